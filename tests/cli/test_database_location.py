"""Which database the app opens: --db, then ORGANISER_DB, then the setting, then the default."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.core.paths import default_database
from organiser.core.settings import DATABASE_LOCATION, Settings


def _set_location(value: str) -> None:
    settings = Settings()
    settings.set(DATABASE_LOCATION, value)
    settings.save()


def test_precedence_db_then_environment_then_setting_then_default(
        cli, tmp_path: Path, isolated_user: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    default = isolated_user / "data" / "organiser.sqlite"
    from_setting = tmp_path / "team" / "shared.sqlite"
    from_env = tmp_path / "env.sqlite"
    from_flag = tmp_path / "flag.sqlite"

    _set_location(str(from_setting))
    assert cli("demo", db=None).code == 0
    assert from_setting.exists() and not default.exists()

    monkeypatch.setenv("ORGANISER_DB", str(from_env))
    assert cli("demo", db=None).code == 0
    assert from_env.exists()

    assert cli("demo", db=from_flag).code == 0
    assert from_flag.exists()

    # each one answers from its own file: the flag's is the only one with an extra event
    added = cli("events", "add", "--title", "Flag only", "--kind", "workshop",
                "--start", "2026-03-02T09:00", "--end", "2026-03-02T17:00", "--tz", "UTC",
                db=from_flag)
    assert added.code == 0, added.err
    assert "Flag only" in cli("events", "list", db=from_flag).out
    assert "Flag only" not in cli("events", "list", db=None).out  # ORGANISER_DB's file
    monkeypatch.delenv("ORGANISER_DB")
    assert "Flag only" not in cli("events", "list", db=None).out  # the setting's file
    assert not default.exists()

    _set_location("")
    assert cli("demo", db=None).code == 0
    assert default.exists()


def test_setting_takes_a_url_or_a_home_relative_path(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    url = "postgresql+psycopg://coordinator@db.example.org/organiser"
    _set_location(f"  {url} ")
    assert default_database() == url
    monkeypatch.setenv("HOME", str(tmp_path))
    _set_location("~/shared/organiser.sqlite")
    assert default_database() == str(tmp_path / "shared" / "organiser.sqlite")
    monkeypatch.setenv("ORGANISER_DB", "sqlite:////elsewhere.sqlite")
    assert default_database() == "sqlite:////elsewhere.sqlite"


def test_missing_database_named_by_the_setting_is_reported(cli, tmp_path: Path) -> None:
    missing = tmp_path / "gone" / "organiser.sqlite"
    _set_location(str(missing))
    result = cli("check", db=None)
    assert result.code == 1
    assert result.err.startswith("organiser: error:") and str(missing) in result.err
