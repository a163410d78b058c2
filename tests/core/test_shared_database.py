"""Finding 11.1: nothing in the app's process opens the database files except SQLite.

SQLite's POSIX locks belong to the process: one plain open()/close() of the database file by
any code in the app's process drops them, the next CLI run believes it is alone and deletes
the WAL, and the app's later commits are lost. These tests use real processes: the "app"
holds the database with committed changes in its WAL, runs a code path, a CLI runs, the app
writes again, and a third process must read that write, also after the app is killed -9.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.processes import Child, organiser, read_step_text

APP = r"""
import sys
from sqlalchemy import text
from organiser.core.storage import open_database

path = sys.argv[1]
db = open_database(path)

def write(value):
    with db.transaction() as session:
        session.execute(text("UPDATE next_step SET text = :v WHERE id = 1"), {"v": value})

print("ready", flush=True)
for line in sys.stdin:
    command, _, argument = line.strip().partition(" ")
    try:
        if command == "write":
            write(argument)
        elif command == "open-read-only":  # File > Open database… falling back to read-only
            open_database(path, read_only=True).close()
        elif command == "check-backup":  # the restore dialog checking a chosen file
            from organiser.services.backups import check_backup
            check_backup(path)
        elif command == "take-backup":
            from organiser.services.backups import take_backup
            take_backup(path, when="close")
        elif command == "plain-open":
            with open(argument or path, "rb") as handle:
                handle.read(16)
    except Exception as exc:
        print("refused", type(exc).__name__, exc, flush=True)
    else:
        print("ok", flush=True)
"""


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    path = tmp_path / "w.sqlite"
    made = organiser("--db", str(path), "demo")
    assert made.returncode == 0, made.stderr
    return path


@pytest.mark.parametrize("code_path", ["open-read-only", "check-backup", "take-backup"])
def test_a_cli_run_never_loses_what_the_app_writes_next(shared: Path, code_path: str) -> None:
    app = Child(APP, str(shared))
    try:
        assert app.answer() == "ready"
        assert app.ask("write first") == "ok"
        assert app.ask(code_path).startswith(("ok", "refused"))
        listed = organiser("--db", str(shared), "events", "list")
        assert listed.returncode == 0, listed.stderr
        assert app.ask("write second") == "ok"
        assert read_step_text(shared, 1) == "second"  # a third process sees it
    finally:
        app.kill()
    assert read_step_text(shared, 1) == "second"  # and it survives kill -9


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_plain_open_of_a_held_database_file_is_refused(shared: Path, suffix: str) -> None:
    """The guard: any Python open() of the held family fails loudly instead of losing data."""
    app = Child(APP, str(shared))
    try:
        assert app.answer() == "ready"
        assert app.ask("write first") == "ok"
        answer = app.ask(f"plain-open {shared}{suffix}")
        assert answer.startswith("refused DatabaseFileAccessError"), answer
        assert "only SQLite may open it" in answer
        organiser("--db", str(shared), "events", "list")
        assert app.ask("write second") == "ok"
        assert read_step_text(shared, 1) == "second"
    finally:
        app.kill()
    assert read_step_text(shared, 1) == "second"


def test_guard_is_lifted_when_the_database_is_closed(db, db_path: Path) -> None:
    from organiser.core.dbfiles import DatabaseFileAccessError

    with pytest.raises(DatabaseFileAccessError):
        db_path.read_bytes()
    db.close()
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_the_instance_lock_is_not_a_file_of_the_database(db_path: Path) -> None:
    from organiser.core.dbfiles import family
    from organiser.core.instance import lock_path

    assert lock_path(db_path).resolve() not in {p.resolve() for p in family(db_path)}


def test_restore_while_another_process_has_the_database_open(shared: Path,
                                                             tmp_path: Path) -> None:
    """Restore writes through SQLite: the other process keeps valid locks and sees it."""
    from organiser.services.backups import restore

    backup = tmp_path / "backup.sqlite"
    assert organiser("--db", str(shared), "backup", str(backup)).returncode == 0
    other = Child(APP, str(shared))
    try:
        assert other.answer() == "ready"
        assert other.ask("write after-backup") == "ok"
        aside = restore(backup, shared)
        assert aside is not None and read_step_text(aside, 1) == "after-backup"
        assert read_step_text(shared, 1) != "after-backup"  # the backup's text is back
        assert other.ask("write later") == "ok"
        assert read_step_text(shared, 1) == "later"
    finally:
        other.kill()
    assert read_step_text(shared, 1) == "later"
    assert organiser("--db", str(shared), "check").returncode == 0


@pytest.mark.parametrize("command", [
    ("programme", "next-steps-csv", "-o", "{db}"), ("programme", "report", "-o", "{db}"),
    ("calendar", "-o", "{db}"), ("pdf", "agenda", "5", "-o", "{db}")])
def test_an_export_saved_over_the_open_database_is_refused(cli, demo_db, db_path: Path,
                                                           command: tuple[str, ...]) -> None:
    """Writing a file over the database (a slip in a save dialog, a wrong -o) used to
    replace it by a rename; the guard refuses it and the database stays whole."""
    from organiser.core.storage import integrity_check
    from organiser.services.people import list_people

    people = len(list_people(demo_db))
    result = cli(*[part.format(db=db_path) for part in command])
    assert result.code == 1, result.out
    assert "is the database this Organiser has open" in result.err
    assert integrity_check(demo_db) == []
    assert len(list_people(demo_db)) == people
    assert not [p for p in db_path.parent.iterdir() if "partial" in p.name or ".tmp" in p.name]
