"""An event's life on the server: a reschedule resets the answers, the old reply is stale, the
new one applies, a counter-proposal is stored and accepted (the same code as on SQLite)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.exporters.ics_support import set_coordinator
from tests.importers.reply_support import exported_values, reply_ics

pytestmark = pytest.mark.timeout(300)
INFO = 4


def test_reschedule_replies_and_counter_on_postgresql(cli: Any, pg_url: str,
                                                      tmp_path: Path) -> None:
    from organiser.core.storage import open_database

    set_coordinator()
    assert cli("demo", db=pg_url).code == 0
    db = open_database(pg_url)
    try:
        jose = ("jose.martinez@ilcp.example", "José Martínez")
        old = exported_values(db, INFO, *jose)
        edited = cli("events", "edit", str(INFO), "--venue", "OECD, Room C", db=pg_url)
        assert edited.code == 0 and "16 answer(s) reset" in edited.out, edited.err
        new = exported_values(db, INFO, *jose)
        stale = tmp_path / "old.ics"
        stale.write_text(reply_ics(old), encoding="utf-8")
        fresh = tmp_path / "new.ics"
        fresh.write_text(reply_ics(new, partstat="TENTATIVE"), encoding="utf-8")
        counter = tmp_path / "counter.ics"
        counter.write_text(reply_ics(dict(new, DTSTART_UTC="20261209T090000Z",
                                          DTEND_UTC="20261209T110000Z"), method="COUNTER"),
                           encoding="utf-8")
        result = cli("replies", "import", str(stale), str(fresh), str(counter), db=pg_url)
        assert result.code == 1 and "before the time or place changed" in result.err
        shown = cli("events", "show", str(INFO), "--json", db=pg_url).json()
        assert isinstance(shown, dict) and shown["sequence"] == 1
        answer = next(i for i in shown["invitations"] if i["email"] == jose[0])
        assert (answer["reply"], answer["reply_sequence"]) == ("tentative", 1)
        (proposal,) = shown["counter_proposals"]
        assert cli("counters", "accept", str(proposal["id"]), db=pg_url).code == 0
        moved = cli("events", "show", str(INFO), "--json", db=pg_url).json()
        assert isinstance(moved, dict) and moved["sequence"] == 2
        assert moved["start"] == "2026-12-09T10:00:00+01:00"
        assert {i["reply"] for i in moved["invitations"]} == {"needs action"}
    finally:
        db.close()
