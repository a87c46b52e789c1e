"""Settings: parsed with clear messages, and every one documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest

from unshame import config
from unshame.errors import SettingError

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


@pytest.mark.parametrize("setting", config.SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_documented_in_the_readme(setting: config.Setting) -> None:
    assert f"`{setting.name}`" in README


def test_defaults() -> None:
    cfg = config.load({"UNSHAME_DATA_DIR": "/tmp/x"})
    assert cfg.host == "127.0.0.1" and cfg.port == 8000 and cfg.region == "US"
    assert cfg.database_url == "sqlite:////tmp/x/journal.db"
    assert cfg.max_entry_chars == 20000 and not cfg.debug


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("UNSHAME_PORT", "abc", "UNSHAME_PORT is 'abc'; expected a port number"),
        ("UNSHAME_PORT", "70000", "from 1 to 65535"),
        ("UNSHAME_LOCK_MINUTES", "-1", "expected 0"),
        ("UNSHAME_REGION", "XX", "expected one of"),
        ("UNSHAME_DEBUG", "maybe", "expected true or false"),
        ("UNSHAME_MAX_ENTRY_CHARS", "0", "above zero"),
    ],
)
def test_a_bad_setting_names_itself_and_the_value(name: str, value: str, message: str) -> None:
    with pytest.raises(SettingError, match=message):
        config.load({name: value})


def test_a_data_dir_flag_moves_the_database_too() -> None:
    cfg = config.load({"UNSHAME_DATA_DIR": "/tmp/a"}).with_changes(data_dir=Path("/tmp/b"))
    assert cfg.database_url == "sqlite:////tmp/b/journal.db"
