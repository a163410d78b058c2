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
            people_before = connection.execute(text("SELECT count(*) FROM person")).scalar_one()
            orgs_before = connection.execute(
                text("SELECT count(*) FROM organisation")).scalar_one()
        reports = _import_at_once(pg_url, _csv(tmp_path / "partners.csv"))
        assert sorted(int(r["new_people"]) for r in reports) == [0, ROWS]  # type: ignore[call-overload]
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM person")).scalar() == \
                people_before + ROWS
            assert connection.execute(text("SELECT count(*) FROM organisation")).scalar() == \
                orgs_before + ORGS
    finally:
        engine.dispose()


@pytest.mark.slow
def test_two_senders_on_one_server_database_send_each_message_once(pg_url: str) -> None:
    import collections

    from organiser.core.storage import open_database
    from organiser.services import outbox
    from tests.services.mail_support import configure, smtp_server
    from tests.services.test_outbox_senders import Counting, _queue_everything, _send_to

    made = organiser("--db", pg_url, "demo")
    assert made.returncode == 0, made.stderr
    db = open_database(pg_url, create=False)
    try:
        handler = Counting()
        with smtp_server(handler) as port:  # type: ignore[arg-type]
            configure(port)
            queued = _queue_everything(db)
            senders = [_send_to(pg_url), _send_to(pg_url)]
            results = [s.communicate(timeout=300) for s in senders]
        for sender, (_out, err) in zip(senders, results, strict=True):
            assert sender.returncode == 0, err
        counts = collections.Counter(handler.received)
        assert sorted(counts) == sorted(queued.values())
        assert set(counts.values()) == {1}
        assert {r.status.value for r in outbox.list_outbox(db)} == {"sent"}
    finally:
        db.close()
