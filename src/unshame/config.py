"""Settings: one table of name, default and help, read from `UNSHAME_*` variables and flags.

Every setting here is documented in the README (a test checks it).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from unshame.errors import SettingError

PREFIX = "UNSHAME_"


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str
    parse: Callable[[str, str], Any]


def _text(name: str, raw: str) -> str:
    return raw


def _port(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{name} is {raw!r}; expected a port number") from None
    if not 0 < value < 65536:
        raise SettingError(f"{name} is {raw!r}; expected a port number from 1 to 65535")
    return value


def _positive_int(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{name} is {raw!r}; expected a whole number") from None
    if value <= 0:
        raise SettingError(f"{name} is {raw!r}; expected a number above zero")
    return value


def _minutes(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{name} is {raw!r}; expected minutes as a whole number") from None
    if value < 0:
        raise SettingError(f"{name} is {raw!r}; expected 0 (never) or more minutes")
    return value


def _flag(name: str, raw: str) -> bool:
    low = raw.strip().lower()
    if low in {"1", "true", "yes", "on"}:
        return True
    if low in {"", "0", "false", "no", "off"}:
        return False
    raise SettingError(f"{name} is {raw!r}; expected true or false")


def _region(name: str, raw: str) -> str:
    from unshame.helplines import REGIONS

    code = raw.strip().upper()
    if code not in REGIONS:
        known = ", ".join(sorted(REGIONS))
        raise SettingError(f"{name} is {raw!r}; expected one of {known}")
    return code


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "UNSHAME_DATA_DIR",
        "",
        "Folder for the journal; default: the platform's user data folder.",
        _text,
    ),
    Setting(
        "UNSHAME_DATABASE_URL",
        "",
        "SQLAlchemy URL of the journal database; default: SQLite in the data folder.",
        _text,
    ),
    Setting(
        "UNSHAME_PASSPHRASE",
        "",
        "Passphrase for scripts and tests; creates the journal on first use.",
        _text,
    ),
    Setting(
        "UNSHAME_CACHE_DIR",
        "",
        "Folder for compiled rule patterns (never her words); `off` disables the cache;"
        " default: the platform's user cache folder.",
        _text,
    ),
    Setting("UNSHAME_HOST", "127.0.0.1", "Address `unshame serve` listens on.", _text),
    Setting("UNSHAME_PORT", "8000", "Port `unshame serve` listens on.", _port),
    Setting(
        "UNSHAME_LOCK_MINUTES",
        "15",
        "Idle minutes before the web journal locks itself (0: never).",
        _minutes,
    ),
    Setting(
        "UNSHAME_REGION",
        "US",
        "Default region for crisis resources until she picks one in her profile.",
        _region,
    ),
    Setting(
        "UNSHAME_MAX_ENTRY_CHARS",
        "20000",
        "Longest entry the journal accepts, in characters.",
        _positive_int,
    ),
    Setting(
        "UNSHAME_REMOTE_PASSWORD",
        "",
        "Login password required before `unshame serve` listens beyond this machine.",
        _text,
    ),
    Setting(
        "UNSHAME_KDF_MEMORY_KIB",
        "65536",
        "Memory cost of the passphrase key derivation (Argon2id), in KiB.",
        _positive_int,
    ),
    Setting("UNSHAME_DEBUG", "false", "Show tracebacks instead of friendly error messages.", _flag),
)

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


@dataclass(frozen=True)
class Config:
    data_dir: Path
    database_url: str
    passphrase: str
    host: str
    port: int
    lock_minutes: int
    region: str
    max_entry_chars: int
    remote_password: str
    kdf_memory_kib: int
    debug: bool

    def with_changes(self, **changes: Any) -> Config:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update({k: v for k, v in changes.items() if v is not None})
        if (
            "data_dir" in changes
            and changes["data_dir"] is not None
            and "database_url" not in changes
        ):
            values["database_url"] = sqlite_url(Path(values["data_dir"]))
        return Config(**values)


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("unshame", appauthor=False))


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'journal.db'}"


def load(env: Mapping[str, str] | None = None) -> Config:
    """Read every setting from `env` (default: the process environment)."""
    env = os.environ if env is None else env
    raw = {s.name: env.get(s.name, s.default) for s in SETTINGS}
    value = {s.name: s.parse(s.name, raw[s.name]) for s in SETTINGS}
    data_dir = (
        Path(value["UNSHAME_DATA_DIR"]).expanduser()
        if value["UNSHAME_DATA_DIR"]
        else default_data_dir()
    )
    return Config(
        data_dir=data_dir,
        database_url=value["UNSHAME_DATABASE_URL"] or sqlite_url(data_dir),
        passphrase=value["UNSHAME_PASSPHRASE"],
        host=value["UNSHAME_HOST"],
        port=value["UNSHAME_PORT"],
        lock_minutes=value["UNSHAME_LOCK_MINUTES"],
        region=value["UNSHAME_REGION"],
        max_entry_chars=value["UNSHAME_MAX_ENTRY_CHARS"],
        remote_password=value["UNSHAME_REMOTE_PASSWORD"],
        kdf_memory_kib=value["UNSHAME_KDF_MEMORY_KIB"],
        debug=value["UNSHAME_DEBUG"],
    )
