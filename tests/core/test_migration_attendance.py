"""Migration 0011: check-ins get a version; stored ones start at 1, nothing else moves."""

from __future__ import annotations

from pathlib import Path

from organiser.core.storage import open_database
from tests.core.legacy_attendance import BEFORE, check_downgraded, check_upgraded, fill_before
from tests.core.migration_files import assert_schema_is_the_models, downgraded, old_file


def test_stored_check_ins_come_through_at_version_one(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old_file(path, fill_before)
    db = open_database(path)
    try:
        assert_schema_is_the_models(db)
        check_upgraded(db)
    finally:
        db.close()


def test_downgrade_drops_the_version_and_keeps_the_check_ins(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old_file(path, fill_before)
    open_database(path).close()
    with downgraded(path, BEFORE) as connection:
        check_downgraded(connection)
