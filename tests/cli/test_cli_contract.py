"""The command-line contract: subcommands, exit codes, JSON and error lines."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from organiser.migrations import HEAD_REVISION


def test_demo_then_events_list_json(cli) -> None:
    made = cli("demo")
    assert made.code == 0 and "6 events" in made.out
    listed = cli("events", "list", "--json")
    assert listed.code == 0
    events = listed.json()
    assert [e["id"] for e in events] == sorted(e["id"] for e in events)
    first = events[0]
    assert set(first) == {"id", "title", "kind", "status", "start", "end", "timezone", "venue",
                          "invited"}
    assert first["start"] == "2026-10-06T14:00:00-04:00"
    assert first["invited"] == 3


def test_json_is_utf8_not_escaped_with_sorted_keys(cli) -> None:
    cli("demo")
    out = cli("contacts", "list", "--json").out
    assert "Олена" in out and "\\u" not in out
    person = cli("contacts", "list", "--json").json()[0]
    assert list(person) == sorted(person)
    assert set(person) == {"id", "name", "given_name", "family_name", "emails", "organisation",
                           "country", "timezone", "tags"}


def test_events_show(cli) -> None:
    cli("demo")
    shown = cli("events", "show", "5", "--json")
    assert shown.code == 0
    event = shown.json()
    assert event["kind"] == "workshop" and event["start"].endswith("+03:00")
    assert {"uid", "sequence", "invitations", "agenda", "attendance", "ideas", "decisions",
            "next_steps"} <= set(event)
    invitation = event["invitations"][0]
    assert {"email", "name", "role", "reply", "comment"} <= set(invitation)


def test_unknown_event_is_exit_1_with_one_line(cli) -> None:
    cli("demo")
    result = cli("events", "show", "999")
    assert result.code == 1
    assert result.err == "organiser: error: EVENT: no event with id 999\n"


def test_usage_errors_are_exit_2(cli) -> None:
    assert cli("events", "show", "abc").code == 2
    assert cli("no-such-command").code == 2


def test_check_reports_schema(cli) -> None:
    cli("demo")
    result = cli("check")
    assert result.code == 0
    assert f"schema: {HEAD_REVISION}" in result.out
    assert "integrity: ok" in result.out


def test_check_of_missing_file_names_it(cli, tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite"
    result = cli("check", db=missing)
    assert result.code == 1
    assert result.err.startswith(f"organiser: error: no database at {missing}")
    assert not missing.exists()


def test_corrupt_database_gets_a_message_not_a_traceback(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_text("this is not a database")
    result = cli("events", "list", db=bad)
    assert result.code == 1
    assert result.err.startswith("organiser: error:") and "Traceback" not in result.err
    assert bad.read_text() == "this is not a database"


def test_backup(cli, tmp_path: Path) -> None:
    cli("demo")
    target = tmp_path / "backup.sqlite"
    assert cli("backup", str(target)).code == 0
    assert cli("events", "list", "--json", db=target).json()[0]["invited"] == 3


def test_db_from_environment_and_url(tmp_path: Path) -> None:
    path = tmp_path / "env.sqlite"
    env = {**os.environ, "ORGANISER_DB": str(path)}
    made = subprocess.run([sys.executable, "-m", "organiser", "demo"], env=env,
                          capture_output=True, text=True, check=False)
    assert made.returncode == 0, made.stderr
    url = f"sqlite:///{path}"
    listed = subprocess.run([sys.executable, "-m", "organiser", "--db", url, "events", "list"],
                            capture_output=True, text=True, check=False)
    assert listed.returncode == 0 and "Brainstorming workshop" in listed.stdout


def test_default_database_lives_in_the_user_data_folder(cli, isolated_user: Path) -> None:
    assert cli("demo", db=None).code == 0
    assert (isolated_user / "data" / "organiser.sqlite").exists()


def test_a_database_url_without_the_team_extra_says_what_to_install(
        cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """psycopg is the `team` extra: without it, a PostgreSQL URL gets one clear line."""
    import sys

    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if it were not installed
    result = cli("events", "list", db="postgresql+psycopg://organiser@127.0.0.1:9/programme")
    assert result.code == 1
    assert result.err.startswith("organiser: error: ")
    assert 'pip install "organiser[team]"' in result.err
    assert "Traceback" not in result.err
