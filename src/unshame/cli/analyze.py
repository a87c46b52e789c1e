"""`unshame analyze` and `unshame eval`: the analyser from the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from unshame.cli.common import exit_with
from unshame.errors import InputError

if TYPE_CHECKING:
    from unshame.analysis import Reading

_PROGRESS_MIN_BYTES = 256 * 1024  # show a progress bar for inputs at least this big


@click.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the reading as one JSON object.")
@click.option(
    "--jsonl",
    "jsonl",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Read JSON Lines (objects with 'text'; '-' for stdin); write one reading per line.",
)
def analyze(text: str | None, as_json: bool, jsonl: str | None) -> None:
    """Read an entry and show which words are guilt, which are shame.

    \b
    Examples:
      unshame analyze "I yelled at him this morning. I'm a horrible mom."
      unshame analyze --json "im a terrible mom"
      echo "I forgot her lunch" | unshame analyze -
      unshame analyze --jsonl entries.jsonl > readings.jsonl
    """
    if jsonl is not None:
        if text is not None:
            raise click.UsageError("give either TEXT or --jsonl FILE, not both")
        exit_with(_batch(jsonl))
        return
    if text is None or text == "-":
        text = _read_stdin()
    from unshame.analysis import analyze as read

    reading = read(text)
    if as_json:
        click.echo(reading.to_json())
    else:
        from unshame.cli.render import print_reading

        print_reading(text, reading)


def _read_stdin() -> str:
    if sys.stdin.isatty():
        raise click.UsageError('give the text to read, e.g. unshame analyze "I forgot her lunch"')
    return decode(sys.stdin.buffer.read(), "standard input")


def decode(data: bytes, where: str) -> str:
    """Her bytes as text, or a clear message when they are not UTF-8 text."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where} is not UTF-8 text (byte {exc.start} is {data[exc.start]:#04x})"
        ) from None


def _open_lines(path: str) -> tuple[IO[bytes], int]:
    if path == "-":
        return sys.stdin.buffer, 0
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{path}: no such file")
    return p.open("rb"), p.stat().st_size


def _lines(path: str) -> Iterator[tuple[int, bytes]]:
    stream, size = _open_lines(path)
    show = size >= _PROGRESS_MIN_BYTES and sys.stderr.isatty()
    try:
        if not show:
            yield from enumerate(stream, 1)
            return
        from rich.progress import Progress

        with Progress(transient=True, console=_stderr_console()) as progress:
            task = progress.add_task("Reading", total=size)
            for n, raw in enumerate(stream, 1):
                progress.advance(task, len(raw))
                yield n, raw
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def _stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True)


def parse_line(n: int, raw: bytes) -> tuple[Any, str] | dict[str, Any] | None:
    """(id, text) for a good line, an error object for a bad one, None for a blank one."""
    if not raw.strip():
        return None
    try:
        obj = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return {"id": None, "line": n, "error": f"line {n} is not valid JSON: {_short(exc)}"}
    if not isinstance(obj, dict):
        return {"id": None, "line": n, "error": f"line {n} is not a JSON object"}
    rid = obj.get("id")
    text = obj.get("text")
    if "text" not in obj:
        return {"id": rid, "line": n, "error": f"line {n} has no 'text' field"}
    if not isinstance(text, str):
        return {"id": rid, "line": n, "error": f"line {n}: 'text' is not a string"}
    return rid, text


def _short(exc: Exception) -> str:
    return str(exc).split(":")[0] if isinstance(exc, json.JSONDecodeError) else str(exc)


def readings(path: str) -> Iterator[tuple[bytes, Any, Reading | dict[str, Any]]]:
    """(raw line, id, reading) for each line of a JSON Lines file, in order.

    A line that cannot be read gives an error object instead of a reading; blank
    lines are skipped. Shared by batches and evaluation. A file is read up to 4,096
    lines at a time (`analyze_batch`); lines from standard input one by one, as they
    come, so that a reading is written as soon as its line arrives.
    """
    from unshame.analysis import analyze_batch
    from unshame.analysis.analyzer import BATCH, chunks

    size = 1 if path == "-" else BATCH
    for chunk in chunks(_lines(path), size, lambda line: len(line[1])):
        parsed = [(n, raw, parse_line(n, raw)) for n, raw in chunk]
        read = analyze_batch([p for _, _, p in parsed if isinstance(p, tuple)], size=size)
        for n, raw, line in parsed:
            if line is None:
                continue
            if isinstance(line, dict):
                yield raw, line["id"], line
                continue
            rid = line[0]
            result = next(read)
            if isinstance(result, InputError):
                yield raw, rid, {"id": rid, "line": n, "error": str(result)}
            else:
                yield raw, rid, result


def _batch(path: str) -> int:
    failed = 0
    out = sys.stdout
    for _, _, result in readings(path):
        if isinstance(result, dict):
            failed += 1
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            out.write(result.to_json() + "\n")
    out.flush()
    if failed:
        click.echo(f"unshame: {failed} line(s) could not be read; see their 'error'", err=True)
    return 1 if failed else 0


@click.command("eval")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as a JSON object.")
@click.option("--errors", "show_errors", is_flag=True, help="Also list the lines it got wrong.")
def evaluate(file: str, as_json: bool, show_errors: bool) -> None:
    """Score the analyser against labelled JSON Lines.

    Each line has "text" and the labels of the shared development set: "kind",
    "expectation", "comparison", "harsh", "crisis", "sources".

    \b
    Example:
      unshame eval corpus/test.jsonl
    """
    from unshame.evaluate import evaluate as score

    pairs = []
    bad = 0
    for raw, _, result in readings(file):
        if isinstance(result, dict):
            bad += 1
            error = str(result["error"])
            where = "" if error.startswith("line") else f"line {result.get('line')}: "
            click.echo(f"unshame: skipped {where}{error}", err=True)
        else:
            pairs.append((json.loads(raw), result))
    if not pairs:
        raise InputError(f"{file} holds no labelled lines")
    report = score(pairs)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        from unshame.cli.render import print_report

        print_report(report, show_errors=show_errors)
    if bad:
        exit_with(1)
