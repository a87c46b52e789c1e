"""`unshame insights` and `unshame report`, on back-dated entries."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from unshame.cli import main

GUILT = "I forgot her lunch today."
MIXED = "I yelled at Sam this morning. I'm such a horrible mother."
PLAN = [
    ("2026-10-05T09:00+02:00", GUILT),
    ("2026-10-07T21:00+02:00", MIXED),
    ("2026-10-11T23:30-05:00", MIXED),  # Sunday night on her clock, Monday in UTC
    ("2026-10-12T00:30+02:00", GUILT),  # Monday on her clock, Sunday in UTC
    ("2026-10-20T08:00+02:00", GUILT),
]


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNSHAME_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("UNSHAME_PASSPHRASE", "correct horse")
    monkeypatch.setenv("UNSHAME_KDF_MEMORY_KIB", "1024")
    monkeypatch.setenv("COLUMNS", "120")
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    with CliRunner().isolation() as streams:
        code = main(list(args))
    return code, streams[0].getvalue().decode(), streams[1].getvalue().decode()


def add(at: str, text: str) -> str:
    code, out, err = run("journal", "add", "--at", at, text)
    assert code == 0, err
    return out.split()[0]


def insights_json(*args: str) -> dict[str, Any]:
    code, out, err = run("insights", "--json", *args)
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def test_insights_json_counts_back_dated_entries_per_local_week(env: Path) -> None:
    for at, text in PLAN:
        add(at, text)
    data = insights_json("--period", "all")
    weeks = {w["week"]: w["counts"] for w in data["weeks"] if sum(w["counts"].values())}
    assert weeks == {
        "2026-W41": {"guilt": 1, "shame": 0, "mixed": 2, "neither": 0},
        "2026-W42": {"guilt": 1, "shame": 0, "mixed": 0, "neither": 0},
        "2026-W43": {"guilt": 1, "shame": 0, "mixed": 0, "neither": 0},
    }
    assert data["weeks"][0]["week"] == "2026-W41"
    assert data["entries"] == 5
    assert set(data["sources"]) == {"cultural_ideal", "social_media", "generational", "mental_load"}
    for key in ("headline", "times", "expectations", "phrases", "followups", "closing"):
        assert key in data, key
    assert {"i yelled", "i'm such a horrible mother"} <= {p["text"] for p in data["phrases"]}


def test_the_period_option_limits_the_weeks(env: Path) -> None:
    add("2026-10-05T09:00+02:00", GUILT)
    four = insights_json("--period", "4w")
    assert len(four["weeks"]) == 4 and four["period"]["key"] == "4w"
    assert len(insights_json()["weeks"]) == 13, "three months by default"


def test_insights_in_the_terminal_show_the_tables_and_sentences(env: Path) -> None:
    for at, text in PLAN:
        add(at, text)
    code, out, _ = run("insights", "--period", "all")
    assert code == 0
    assert "Insights: everything so far" in out
    assert "Guilt and shame, week by week" in out and "2026-W41" in out
    assert "What feeds it" in out and "pressure" in out
    assert "When it strikes" in out and "Closing checks" in out
    assert "it is too early to see a trend" in out.lower()


def test_an_empty_journal_is_a_friendly_empty_state(env: Path) -> None:
    entry_id = add("2026-10-05T09:00+02:00", GUILT)
    assert run("journal", "delete", entry_id, "--yes")[0] == 0
    code, out, _ = run("insights")
    assert code == 0
    assert "Nothing to look back on yet" in out and "Traceback" not in out
    data = insights_json("--period", "all")
    assert data["weeks"] == [] and data["entries"] == 0
    assert data["headline"]["trend"] == "none"


def test_insights_without_a_journal_say_so(env: Path) -> None:
    code, _, err = run("insights")
    assert code == 1 and "there is no journal" in err


def test_an_unknown_period_is_refused(env: Path) -> None:
    code, _, err = run("insights", "--period", "2y")
    assert code == 2 and "'2y' is not one of" in err


# --- the report -------------------------------------------------------------------------


def test_report_markdown_includes_only_the_chosen_entries(env: Path) -> None:
    chosen = add("2026-10-05T09:00+02:00", "I snapped at bedtime and slammed the door.")
    add("2026-10-07T21:00+02:00", "I'm a terrible mother and everyone can see it.")
    target = env / "summary.md"
    code, _, err = run("report", "-o", str(target), "--period", "all", "--include", chosen)
    assert code == 0, err
    assert "with 1 entry in full" in err
    text = target.read_text("utf-8")
    assert text.startswith("# A summary from my unshame journal")
    assert "> I snapped at bedtime and slammed the door." in text
    assert "terrible mother" not in text
    assert "| 2026-W41 |" in text and "## When it strikes" in text
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600, "only she can read it"


def test_report_html_is_one_printable_page_with_the_chosen_entries(env: Path) -> None:
    first = add("2026-10-05T09:00+02:00", "I snapped at bedtime and slammed the door.")
    second = add("2026-10-20T08:00+02:00", "I forgot her lunch today.")
    add("2026-10-07T21:00+02:00", "I'm a terrible mother and everyone can see it.")
    target = env / "summary.html"
    args = ["report", "-o", str(target), "--period", "all", "--include", first]
    code, _, err = run(*args, "--include", second)
    assert code == 0, err
    page = target.read_text("utf-8")
    assert page.startswith("<!doctype html>") and "<style>" in page and "@media print" in page
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page and 'role="img"' in page
    assert "slammed the door" in page and "forgot her lunch" in page
    assert "terrible mother" not in page
    assert "<script" not in page and 'src="http' not in page and 'href="http' not in page


def test_a_report_with_no_entries_chosen_holds_only_counts(env: Path) -> None:
    add("2026-10-05T09:00+02:00", "I snapped at bedtime and slammed the door.")
    target = env / "summary.md"
    assert run("report", "-o", str(target), "--period", "all")[0] == 0
    text = target.read_text("utf-8")
    assert "slammed" not in text and "No entries are included" in text


@pytest.mark.parametrize("name", ["summary.pdf", "summary", "summary.txt"])
def test_report_needs_a_markdown_or_html_file_name(env: Path, name: str) -> None:
    add("2026-10-05T09:00+02:00", GUILT)
    code, _, err = run("report", "-o", str(env / name))
    assert code == 1 and "expected a file ending in .md or .html" in err
    assert not (env / name).exists()


def test_report_refuses_an_unknown_entry_id(env: Path) -> None:
    add("2026-10-05T09:00+02:00", GUILT)
    code, _, err = run("report", "-o", str(env / "x.md"), "--include", "nope")
    assert code == 1 and "there is no entry with id 'nope'" in err
    assert not (env / "x.md").exists()


@pytest.mark.parametrize("command", ["insights", "report"])
def test_help_has_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert f"unshame {command} " in out.split("Options")[0]
    assert "--period [4w|3m|all]" in out
