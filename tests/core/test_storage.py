"""Opening databases: migrations, pragmas, refusal of newer and foreign files, backups."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from organiser.core.db import Base
from organiser.core.errors import DatabaseError, NewerDatabaseError
from organiser.core.storage import backup_to, current_revision, integrity_check, open_database
from organiser.migrations import HEAD_REVISION, script_heads


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_constant_matches_the_scripts() -> None:
    assert script_heads() == (HEAD_REVISION,)


def test_upgrade_from_empty_gives_exactly_the_models(db) -> None:
    assert current_revision(db.engine) == HEAD_REVISION
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_sqlite_runs_with_wal_and_foreign_keys(db) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_database_file_is_private(db, db_path: Path) -> None:
    assert db_path.stat().st_mode & 0o077 == 0


def test_newer_database_is_refused_and_left_untouched(db, db_path: Path) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    before = _digest(db_path)
    with pytest.raises(NewerDatabaseError, match="newer Organiser"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE songs (id INTEGER)")
    connection.close()
    with pytest.raises(DatabaseError, match="not an Organiser database"):
        open_database(path)


def test_file_that_is_not_sqlite_is_refused_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "minutes.sqlite"
    path.write_bytes(b"%PDF-1.7 not a database")
    with pytest.raises(DatabaseError) as info:
        open_database(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == b"%PDF-1.7 not a database"


def _damaged(path: Path) -> None:
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    path.write_bytes(bytes(data))


def _locked(path: Path) -> sqlite3.Connection:
    """A database another program holds in an exclusive write (a rollback journal, so no
    reader gets in)."""
    open_database(path).close()
    holder = sqlite3.connect(path, isolation_level=None, timeout=0)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE alembic_version SET version_num = version_num")
    return holder


@pytest.mark.parametrize(("problem", "advice"), [
    ("not sqlite", "check the file chosen, or restore a backup (organiser restore --list)"),
    ("damaged", "is damaged (not a valid SQLite database); restore a backup (organiser "
                "restore --list)"),
    ("locked", "is busy (another Organiser, a backup, a sync or another program is using it); "
               "close the other program or try again in a moment"),
])
def test_a_database_problem_reads_the_same_everywhere(tmp_path: Path, problem: str,
                                                      advice: str) -> None:
    """Opening a file, probing it and the command line's report of a driver error use one
    table: the database's name, what happened, what to do, and the driver's own words."""
    from organiser.cli.context import database_problem

    path = tmp_path / "organiser.sqlite"
    holder = None
    if problem == "not sqlite":
        path.write_bytes(b"%PDF-1.7 not a database" * 200)
    elif problem == "damaged":
        _damaged(path)
    else:
        holder = _locked(path)
    try:
        with pytest.raises(DatabaseError) as info:
            open_database(path)
    finally:
        if holder is not None:
            holder.execute("ROLLBACK")
            holder.close()
    message = str(info.value)
    assert message.startswith(f"{path}: ") and advice in message, message
    driver = message.rsplit(" (", 1)[1].rstrip(")")
    assert database_problem(driver, str(path)) == message


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "no-such-drive" / "x.sqlite")


def test_backup_while_open_is_consistent(demo_db, tmp_path: Path) -> None:
    copy = backup_to(demo_db, tmp_path / "copy.sqlite")
    restored = open_database(copy)
    try:
        assert integrity_check(restored) == []
        with restored.session() as session:
            assert session.execute(text("SELECT count(*) FROM event")).scalar() == 6
    finally:
        restored.close()


def test_read_only_open_never_writes(demo_db, db_path: Path) -> None:
    demo_db.close()
    before = _digest(db_path)
    ro = open_database(db_path, read_only=True)
    try:
        with ro.session() as session:
            assert session.execute(text("SELECT count(*) FROM person")).scalar() == 28
    finally:
        ro.close()
    assert _digest(db_path) == before


def test_no_index_duplicates_another(db) -> None:
    """An index whose columns begin another index's (ix_vote_idea beside the unique
    (idea_id, voter_id)) only slows writes: none in the migrated schema."""
    from sqlalchemy import inspect

    inspector = inspect(db.engine)
    found = []
    for table in inspector.get_table_names():
        indexes = [tuple(i["column_names"]) for i in inspector.get_indexes(table)]
        indexes += [tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)]
        for columns in indexes:
            if any(other != columns and other[:len(columns)] == columns for other in indexes):
                found.append((table, columns))
    assert not found, found
