"""`unshame analyze` and `unshame eval` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from unshame import analyze
from unshame.cli import cli, main

DEV = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "dev_statements.jsonl"


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    """Run the command line as the console script does: (status, stdout, stderr)."""
    with CliRunner().isolation(input=input) as streams:
        code = main(list(args))
    return code, streams[0].getvalue().decode(), streams[1].getvalue().decode()


def test_analyze_prints_her_words_and_a_verdict() -> None:
    code, out, _ = run("analyze", "I yelled at him this morning. I'm a horrible mom.")
    assert code == 0
    assert "I yelled at him this morning" in out
    assert "Part of this is guilt" in out


def test_analyze_json_is_the_contract_object() -> None:
    code, out, _ = run("analyze", "--json", "im a terrible mom")
    assert code == 0
    data = json.loads(out)
    assert data["kind"] == "shame"
    assert data["signals"][0]["text"] == "im a terrible mom"


def test_analyze_reads_stdin() -> None:
    code, out, _ = run("analyze", "--json", "-", input="I forgot her lunch today.")
    assert code == 0
    assert json.loads(out)["kind"] == "guilt"


def test_crisis_comes_first_in_the_terminal() -> None:
    code, out, _ = run("analyze", "Everyone would be better off if I was gone.")
    assert code == 0
    assert out.index("988") < out.index("Everyone would be better off")


def test_batch_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "text": "I forgot her lunch."}),
        "{not json",
        json.dumps({"id": 3, "note": "no text here"}),
        "",
        json.dumps({"id": 5, "text": "   "}),
        json.dumps({"id": 6, "text": "I'm a horrible mom.", "extra": [1, 2]}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("analyze", "--jsonl", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r.get("id") for r in rows] == [1, None, 3, 5, 6]
    assert rows[0]["kind"] == "guilt" and rows[4]["kind"] == "shame"
    assert "not valid JSON" in rows[1]["error"]
    assert "no 'text'" in rows[2]["error"]
    assert "empty" in rows[3]["error"]
    assert "3 line(s) could not be read" in err


def test_a_batch_longer_than_one_chunk_keeps_every_line_in_place(tmp_path: Path) -> None:
    from unshame.analysis.analyzer import BATCH

    texts = ["I forgot her lunch.", "I'm a horrible mom.", "We went to the park.", "   "]
    lines = [json.dumps({"id": i, "text": texts[i % 4]}) for i in range(2 * BATCH + 7)]
    lines[BATCH] = "{not json"
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run("analyze", "--jsonl", str(path))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert f"{1 + (2 * BATCH + 7) // 4} line(s) could not be read" in err
    assert len(rows) == len(lines)
    for i, row in enumerate(rows):
        if i == BATCH:
            assert row == {"id": None, "line": BATCH + 1, "error": row["error"]}
        elif i % 4 == 3:
            assert row["id"] == i and "empty" in row["error"] and row["line"] == i + 1
        else:
            assert row == json.loads(analyze(texts[i % 4], id=i).to_json())


def test_batch_from_stdin_succeeds_with_status_zero() -> None:
    data = json.dumps({"id": "a", "text": "I forgot her lunch."}) + "\n"
    code, out, _ = run("analyze", "--jsonl", "-", input=data)
    assert code == 0
    assert json.loads(out)["id"] == "a"


def test_binary_input_is_a_clear_message_not_a_traceback() -> None:
    code, _, err = run("analyze", "-", input=b"\xff\xfe\x00binary")
    assert code == 1
    assert "not UTF-8 text" in err
    assert "Traceback" not in err


def test_empty_text_is_a_clear_message() -> None:
    assert main(["analyze", "   "]) == 1


def test_a_missing_batch_file_is_a_clear_message(tmp_path: Path) -> None:
    code, _, err = run("analyze", "--jsonl", str(tmp_path / "nope.jsonl"))
    assert code == 1
    assert "no such file" in err


@pytest.mark.skipif(not DEV.exists(), reason="the shared development set is not next to the repo")
def test_eval_prints_the_scores() -> None:
    code, out, _ = run("eval", str(DEV))
    assert code == 0
    assert "macro-F1" in out and "crisis: recall" in out


def test_eval_json_has_every_measure(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {"text": "I forgot her lunch.", "kind": "guilt", "expectation": False,
         "comparison": False, "harsh": False, "crisis": False, "sources": []},
        {"text": "I'm such an idiot.", "kind": "shame", "expectation": False,
         "comparison": False, "harsh": True, "crisis": False, "sources": []},
    ]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run("eval", "--json", str(path))
    data = json.loads(out)
    assert code == 0
    assert data["accuracy"] == 1.0
    assert set(data["flags"]) == {"expectation", "comparison", "harsh"}
    assert {"recall", "false_alarms"} <= set(data["crisis"])


def test_every_command_has_help_with_an_example() -> None:
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        code, out, _ = run(name, "--help")
        assert code == 0, name
        assert "unshame " in out.split("Options")[0], f"{name} help has no example"


def test_the_console_script_starts_quickly() -> None:
    """A smoke test of the installed entry point (the timing itself is `make bench`'s job)."""
    result = subprocess.run(
        [sys.executable, "-m", "unshame", "analyze", "--json", "I forgot her lunch."],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["kind"] == "guilt"
