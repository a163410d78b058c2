"""Issue 11 on PostgreSQL (team mode): two colleagues importing or sending at the same time."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.cli.test_concurrent_import import ORGS, ROWS, _csv, _import_at_once
from tests.processes import organiser


@pytest.mark.slow
def test_two_imports_of_one_file_at_once_duplicate_nobody(pg_url: str, tmp_path: Path) -> None:
    made = organiser("--db", pg_url, "demo")
    assert made.returncode == 0, made.stderr
    engine = create_engine(pg_url)
    try:
        with engine.connect() as connection:
            people_before = connection.execute(text("SELECT count(*) FROM person")).scalar()
            orgs_before = connection.execute(text("SELECT count(*) FROM organisation")).scalar()
        reports = _import_at_once(pg_url, _csv(tmp_path / "partners.csv"))
        assert sorted(int(r["new_people"]) for r in reports) == [0, ROWS]  # type: ignore[call-overload]
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM person")).scalar() == \
                people_before + ROWS
            assert connection.execute(text("SELECT count(*) FROM organisation")).scalar() == \
                orgs_before + ORGS
    finally:
        engine.dispose()
