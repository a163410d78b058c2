"""Findings 11.6 and 11.7: a refused file is left byte for byte as it was; a missing or
empty database is reported, never silently created by a data command."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from organiser.core.errors import DatabaseError

pytestmark = pytest.mark.filterwarnings("error")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    connection.execute("INSERT INTO songs (title) VALUES ('Malaika')")
    connection.commit()
    connection.close()


def _newer(path: Path) -> None:
    from sqlalchemy import text

    from organiser.core.storage import open_database

    db = open_database(path)
    with db.engine.begin() as engine_connection:
        engine_connection.execute(
            text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=DELETE")  # a copy made by another tool, say
    connection.close()


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7 minutes, not a database\n" * 20)


MAKERS: dict[str, Callable[[Path], None]] = {
    "foreign": _foreign, "newer": _newer, "not-sqlite": _not_sqlite}


def _journal_mode_bytes(path: Path) -> bytes:
    return path.read_bytes()[18:20]


@pytest.mark.parametrize("kind", sorted(MAKERS))
@pytest.mark.parametrize("read_only", [False, True])
def test_open_database_leaves_a_refused_file_identical(tmp_path: Path, kind: str,
                                                       read_only: bool) -> None:
    from organiser.core.storage import open_database

    path = tmp_path / "refused.sqlite"
    MAKERS[kind](path)
    before = _sha(path)
    with pytest.raises(DatabaseError) as info:
        open_database(path, read_only=read_only)
    assert str(path) in str(info.value)
    assert _sha(path) == before
    if kind != "not-sqlite":
        assert _journal_mode_bytes(path) == b"\x01\x01"  # still rollback-journal, not WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refused.sqlite"]


@pytest.mark.parametrize("kind", sorted(MAKERS))
@pytest.mark.parametrize("command", [("contacts", "list"), ("check",), ("demo",),
                                     ("backup", "copy.sqlite"), ("outbox", "list")])
def test_cli_leaves_a_refused_file_identical(cli, tmp_path: Path, kind: str,
                                             command: tuple[str, ...]) -> None:
    path = tmp_path / "refused.sqlite"
    MAKERS[kind](path)
    before = _sha(path)
    args = [str(tmp_path / a) if a.endswith(".sqlite") else a for a in command]
    result = cli(*args, db=path)
    assert result.code == 1, result.out
    assert str(path) in result.err
    assert _sha(path) == before


@pytest.mark.parametrize("kind", sorted(MAKERS))
def test_the_app_leaves_a_refused_file_identical(tmp_path: Path, kind: str) -> None:
    from organiser.ui.startup import open_locked

    path = tmp_path / "refused.sqlite"
    MAKERS[kind](path)
    before = _sha(path)
    with pytest.raises(DatabaseError):
        open_locked(str(path), create_folder=False)
    assert _sha(path) == before


@pytest.mark.parametrize("command", [("contacts", "list"), ("events", "list"),
                                     ("nextsteps", "list"), ("outbox", "list"),
                                     ("check",), ("backup", "x.sqlite")])
def test_a_data_command_on_a_missing_database_exits_1(cli, tmp_path: Path,
                                                      command: tuple[str, ...]) -> None:
    missing = tmp_path / "wrokshop.sqlite"  # a typo
    args = [str(tmp_path / a) if a.endswith(".sqlite") else a for a in command]
    result = cli(*args, db=missing)
    assert result.code == 1
    assert result.err.strip() == (f"organiser: error: no database at {missing} — create one "
                                   "with `organiser demo` or open the app")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_importing_into_a_missing_database_creates_nothing(cli, tmp_path: Path) -> None:
    people = tmp_path / "people.csv"
    people.write_text("First name,Last name,E-mail\nAmina,Diallo,amina@example.org\n", "utf-8")
    missing = tmp_path / "nothere.sqlite"
    result = cli("contacts", "import", str(people), db=missing)
    assert result.code == 1
    assert "no database at" in result.err
    assert not missing.exists()


def test_the_default_database_is_not_created_by_a_data_command(cli, isolated_user) -> None:
    from organiser.core.paths import default_database

    result = cli("contacts", "list", db=None)
    assert result.code == 1
    assert f"no database at {default_database()}" in result.err
    assert not Path(default_database()).exists()


def test_an_empty_file_is_refused_by_data_commands_and_left_empty(cli, tmp_path: Path) -> None:
    empty = tmp_path / "workshop.sqlite"
    empty.touch()
    result = cli("contacts", "list", db=empty)
    assert result.code == 1
    assert "is empty (0 bytes)" in result.err
    assert "organiser restore --list" in result.err
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workshop.sqlite"]


def test_the_app_reports_an_empty_file_instead_of_filling_it(tmp_path: Path) -> None:
    from organiser.ui.startup import open_locked

    empty = tmp_path / "workshop.sqlite"
    empty.touch()
    with pytest.raises(DatabaseError, match="is empty"):
        open_locked(str(empty), create_folder=False)
    assert empty.stat().st_size == 0


def test_demo_creates_the_database_even_in_an_empty_file(cli, tmp_path: Path) -> None:
    empty = tmp_path / "workshop.sqlite"
    empty.touch()
    assert cli("demo", db=empty).code == 0
    assert cli("events", "list", db=empty).code == 0
    fresh = tmp_path / "new.sqlite"
    assert cli("demo", db=fresh).code == 0
    listed = cli("contacts", "list", db=fresh)
    assert listed.code == 0 and listed.out


def test_the_app_creates_the_database_on_first_start(tmp_path: Path) -> None:
    from organiser.ui.startup import open_locked

    fresh = tmp_path / "first.sqlite"
    database, lock = open_locked(str(fresh), create_folder=False)
    try:
        from organiser.services.people import list_people

        assert list_people(database)
    finally:
        database.close()
        if lock is not None:
            lock.release()
