"""Compiled rule patterns kept between runs, so a command starts fast.

The analyser's combined patterns are large (the crisis layer alone is some 300,000
characters), and Python spends most of a one-line `unshame analyze` parsing them.
Like Python's own `.pyc` files, the compiled form is cached on disk: the regex
engine's code for each pattern, keyed by the pattern, its flags and the exact Python
build, and checked against a digest before use. Any mismatch, damage or error falls
back to compiling afresh, so the cache can only ever make things faster. It holds
rule patterns only, never anything she wrote.

The cache lives in the platform's user cache folder (`UNSHAME_CACHE_DIR` overrides it;
set it to `off` to disable caching).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import json
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

_sre: Any
_compiler: Any
_parser: Any
try:  # the engine's own compiler; private, so everything here is optional
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

_VERSION = 1


def cache_dir() -> Path | None:
    """Where compiled patterns are kept, or None when caching is off."""
    value = os.environ.get("UNSHAME_CACHE_DIR")
    if value is not None:
        return None if value.strip().lower() in {"", "off", "0", "false", "no"} else Path(value)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("unshame", appauthor=False)) / "patterns"


def _key(pattern: str, flags: int) -> str:
    build = f"{_VERSION}|{sys.version}|{getattr(_sre, 'MAGIC', '')}|{flags}|"
    return hashlib.sha256((build + pattern).encode("utf-8", "surrogatepass")).hexdigest()[:40]


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, through the on-disk cache when it can be used."""
    folder = cache_dir()
    if folder is None or _sre is None or array("I").itemsize != _sre.CODESIZE:
        return re.compile(pattern, flags)
    path = folder / (_key(pattern, flags) + ".sre")
    try:
        return _load(path, pattern)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        pass
    compiled, parts = _compile(pattern, flags)
    with contextlib.suppress(OSError):  # a read-only home or a full disk: no cache
        _save(path, parts)
    return compiled


def compile_bundle(patterns: list[str], flags: int = 0) -> list[re.Pattern[str]] | None:
    """Many patterns compiled together, through one cache file, or None when the cache
    is off (the caller then compiles what it needs, when it needs it). One file for the
    whole set keeps what is cached the same whatever texts were read."""
    folder = cache_dir()
    if folder is None or _sre is None or array("I").itemsize != _sre.CODESIZE:
        return None
    path = folder / (_key("\x00".join(patterns), flags) + ".bundle")
    try:
        return _load_bundle(path, patterns)
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, IndexError):
        pass
    built = [_compile(pattern, flags) for pattern in patterns]
    heads = [{k: v for k, v in parts.items() if k != "code"} for _, parts in built]
    code = b"".join(parts["code"] for _, parts in built)
    for head, (_, parts) in zip(heads, built, strict=True):
        head["length"] = len(parts["code"])
    head_all = {"sha256": hashlib.sha256(code).hexdigest(), "length": len(code), "patterns": heads}
    with contextlib.suppress(OSError):  # a read-only home or a full disk: no cache
        _write(path, json.dumps(head_all).encode("utf-8") + b"\n" + code)
        for old in folder.glob("*.bundle"):  # an earlier set of rules: not needed again
            if old != path:
                old.unlink(missing_ok=True)
    return [compiled for compiled, _ in built]


def _load_bundle(path: Path, patterns: list[str]) -> list[re.Pattern[str]]:
    head, code_bytes = _read_checked(path)
    if len(head["patterns"]) != len(patterns):
        raise ValueError("another set of patterns")
    out = []
    at = 0
    for pattern, part in zip(patterns, head["patterns"], strict=True):
        code = array("I")
        code.frombytes(code_bytes[at : at + int(part["length"])])
        at += int(part["length"])
        out.append(_rebuild(pattern, part, code))
    return out


def _rebuild(pattern: str, head: dict[str, Any], code: array[int]) -> re.Pattern[str]:
    """A compiled pattern from its saved pieces (checked by the engine's validator)."""
    compiled: re.Pattern[str] = _sre.compile(
        pattern,
        int(head["flags"]),
        code.tolist(),
        int(head["groups"]),
        {str(k): int(v) for k, v in head["groupindex"].items()},
        tuple(head["indexgroup"]),
    )
    return compiled


def parser() -> Any:
    """The regex engine's own parser module, or None where it is not available."""
    return _parser if _sre is not None else None


def class_chars(items: list[Any], widest: int) -> set[str] | None:
    """The characters a parsed character class (`items`) stands for, any white space as
    one " "; None when it holds a category other than white space, a negation, or a
    range of more than `widest` characters."""
    c = _parser
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < widest:
            out.update(chr(x) for x in range(av[0], av[1] + 1))
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
            out.add(" ")
        else:
            return None
    return out


@lru_cache(maxsize=4096)
def parsed(pattern: str) -> Any:
    """`pattern` read by the engine's parser (once for everyone who reads the same
    pattern; the tree is only read), or None where the parser is not available."""
    p = parser()
    return None if p is None else p.parse(pattern)


def cached_json(name: str, compute: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """`compute()`, kept in the cache folder as JSON under `name` (which should hold a
    digest of everything the value depends on). A missing, damaged or not `valid` file
    is made again."""
    folder = cache_dir()
    if folder is None:
        return compute()
    digest = hashlib.sha256(f"{_VERSION}|{sys.version}|{name}".encode()).hexdigest()[:40]
    path = folder / (digest + ".json")
    try:
        kept = json.loads(path.read_text("utf-8"))["value"]
        if valid(kept):
            return kept
    except (OSError, ValueError, KeyError, TypeError):
        pass
    value = compute()
    with contextlib.suppress(OSError):  # a read-only home or a full disk: no cache
        _write(path, json.dumps({"value": value}).encode("utf-8"))
    return value


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], dict[str, Any]]:
    """Compile as `re` does, keeping the pieces needed to rebuild the pattern."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    parts = {
        "flags": flags | parsed.state.flags,
        "groups": parsed.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
        "code": array("I", code).tobytes(),
    }
    compiled = _sre.compile(
        pattern, parts["flags"], code, parts["groups"], groupindex, tuple(indexgroup)
    )
    return compiled, parts


def _save(path: Path, parts: dict[str, Any]) -> None:
    code: bytes = parts["code"]
    head = {k: v for k, v in parts.items() if k != "code"}
    head["sha256"] = hashlib.sha256(code).hexdigest()
    head["length"] = len(code)
    _write(path, json.dumps(head).encode("utf-8") + b"\n" + code)


def _write(path: Path, blob: bytes) -> None:
    """Write a whole file or nothing: a reader never sees half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(blob)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_checked(path: Path) -> tuple[dict[str, Any], bytes]:
    """A cache file's header and code, checked against the header's length and digest."""
    blob = path.read_bytes()
    newline = blob.index(b"\n")
    head = json.loads(blob[:newline])
    code_bytes = blob[newline + 1 :]
    if len(code_bytes) != head["length"]:
        raise ValueError("truncated")
    if hashlib.sha256(code_bytes).hexdigest() != head["sha256"]:
        raise ValueError("damaged")
    return head, code_bytes


def _load(path: Path, pattern: str) -> re.Pattern[str]:
    head, code_bytes = _read_checked(path)
    code = array("I")
    code.frombytes(code_bytes)
    return _rebuild(pattern, head, code)
