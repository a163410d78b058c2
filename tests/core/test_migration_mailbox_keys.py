"""One key per mailbox (migration after legacy_mailbox_keys.BEFORE): the stored matching keys
of addresses with an international domain become its ASCII form, on an old database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from organiser.core.storage import open_database
from tests.core.legacy_mailbox_keys import (
    BEFORE,
    check_downgraded,
    check_upgraded,
    fill_before,
    refused_values,
)
from tests.core.migration_files import assert_schema_is_the_models, downgraded, old_file


@pytest.fixture
def old_path(tmp_path: Path) -> Path:
    return old_file(tmp_path / "old.sqlite", fill_before)


def test_both_spellings_of_a_mailbox_become_one_key(old_path: Path, tmp_path: Path) -> None:
    db = open_database(old_path)
    try:
        assert_schema_is_the_models(db)
        check_upgraded(db, tmp_path)
        for statement in refused_values():
            with pytest.raises(IntegrityError), db.transaction() as session:
                session.execute(text(statement))
    finally:
        db.close()


def test_downgrade_gives_back_the_case_folded_keys(old_path: Path) -> None:
    open_database(old_path).close()
    with downgraded(old_path, BEFORE) as connection:
        check_downgraded(connection)
