"""`unshame journal`, backup/restore, passphrase and the guided terminal flow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from unshame.analysis import analyze
from unshame.cli import main
from unshame.practices import plan


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNSHAME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("UNSHAME_PASSPHRASE", "correct horse")
    monkeypatch.setenv("UNSHAME_KDF_MEMORY_KIB", "1024")
    return tmp_path


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    with CliRunner().isolation(input=input) as streams:
        code = main(list(args))
    return code, streams[0].getvalue().decode(), streams[1].getvalue().decode()


def entries() -> list[dict[str, str]]:
    code, out, _ = run("journal", "list", "--json")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def test_add_list_show_and_search(env: Path) -> None:
    assert run("journal", "add", "I yelled at Sam this morning. I'm a horrible mom.")[0] == 0
    assert run("journal", "add", "--at", "2026-10-04T21:30", "Snapped at bedtime.")[0] == 0
    listed = entries()
    assert [e["kind"] for e in listed] == ["mixed", "guilt"]
    assert listed[1]["when"] == "2026-10-04 21:30"
    code, out, _ = run("journal", "list", "--search", "bedtime")
    assert code == 0 and "Snapped at bedtime" in out and "Sam" not in out
    code, out, _ = run("journal", "show", listed[0]["id"])
    assert code == 0 and "Part of this is guilt" in out


def test_back_dated_entries_keep_their_own_offset(env: Path) -> None:
    run("journal", "add", "--at", "2026-10-05T23:30+02:00", "We had a lovely day.")
    _, out, _ = run("journal", "show", entries()[0]["id"], "--json")
    data = json.loads(out)
    assert data["tz_offset_minutes"] == 120
    assert data["created_at"].startswith("2026-10-05T21:30")


def test_a_bad_date_is_a_clear_message(env: Path) -> None:
    code, _, err = run("journal", "add", "--at", "yesterday-ish", "x")
    assert code == 1 and "expected an ISO date-time" in err


def test_an_entry_over_the_limit_is_refused_and_nothing_is_kept(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UNSHAME_MAX_ENTRY_CHARS", "50")
    code, _, err = run("journal", "add", "x" * 51)
    assert code == 1 and "keeps up to 50" in err
    assert entries() == []


def test_wrong_passphrase_is_one_clear_line(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run("journal", "add", "I forgot her lunch.")
    monkeypatch.setenv("UNSHAME_PASSPHRASE", "wrong")
    code, _, err = run("journal", "list")
    assert code == 1
    assert err.strip() == "unshame: that passphrase does not open this journal"


def test_export_and_import_round_trip(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run("journal", "add", "I forgot her lunch.")
    run("journal", "add", "I'm a horrible mom.")
    target = env / "export.json"
    assert run("journal", "export", "-o", str(target))[0] == 0
    code, md, _ = run("journal", "export", "--format", "markdown", "-o", "-")
    assert code == 0 and md.startswith("# My unshame journal") and "> I forgot her lunch." in md
    monkeypatch.setenv("UNSHAME_DATA_DIR", str(env / "other"))
    code, out, _ = run("journal", "import", str(target))
    assert code == 0 and "Imported 2" in out
    assert sorted(e["preview"] for e in entries()) == ["I forgot her lunch.", "I'm a horrible mom."]
    assert "Imported 0" in run("journal", "import", str(target))[1]


def test_import_of_a_non_export_is_a_clear_message(env: Path) -> None:
    bad = env / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run("journal", "import", str(bad))
    assert code == 1 and "is not a JSON export" in err


def test_delete_one_and_everything(env: Path) -> None:
    run("journal", "add", "I forgot her lunch.")
    run("journal", "add", "I'm a horrible mom.")
    first = entries()[0]["id"]
    assert run("journal", "delete", first, "--yes")[0] == 0
    assert len(entries()) == 1
    assert run("journal", "delete", "--all", "--yes")[0] == 0
    assert entries() == []


def test_backup_restores_on_a_fresh_machine(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run("journal", "add", "I forgot her lunch.")
    backup = env / "journal.backup"
    assert run("backup", str(backup))[0] == 0
    assert b"lunch" not in backup.read_bytes()
    monkeypatch.setenv("UNSHAME_DATA_DIR", str(env / "fresh"))
    code, out, _ = run("restore", str(backup))
    assert code == 0 and "Restored 1" in out
    assert entries()[0]["preview"] == "I forgot her lunch."


def test_the_guided_flow_saves_answers_and_the_closing_check(env: Path) -> None:
    text = "I forgot to pick up Mia from practice today.\nI'm such an idiot."
    prompts = sum(len(step.fields) for step in plan(text, analyze(text)).steps)
    answers = "\n".join([text, "", *[""] * prompts, "1", "1"])  # accept every suggestion
    code, out, _ = run(input=answers + "\n")
    assert code == 0, out
    assert "Saved." in out
    entry_id = entries()[0]["id"]
    data = json.loads(run("journal", "show", entry_id, "--json")[1])
    assert data["reading"]["kind"] == "mixed"
    assert data["answers"]
    assert data["closing"]


def test_the_flow_shows_crisis_resources_first_and_can_stop(env: Path) -> None:
    code, out, _ = run(input="I want to die.\n\nn\n")
    assert code == 0
    assert out.index("988") < out.index("Take care of yourself")
    assert entries()[0]["kind"] in {"neither", "shame"}
