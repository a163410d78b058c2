"""Selecting an event reads its invitations in a worker, never on the UI thread (issue 15)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from organiser.services import counters, invitations
from tests.ui.loading import settle


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, str]]:
    """Every read of an event's invitations or proposals: (what, event, thread name)."""
    seen: list[tuple[str, int, str]] = []
    for module, name in ((invitations, "list_invitations"), (counters, "list_counters")):
        original = getattr(module, name)

        def recording(db: Any, event_id: int, *args: Any, _name: str = name,
                      _original: Any = original, **kwargs: Any) -> Any:
            seen.append((_name, event_id, threading.current_thread().name))
            return _original(db, event_id, *args, **kwargs)

        monkeypatch.setattr(module, name, recording)
    return seen


def _emails(panel: Any) -> set[str]:
    return {panel.model.row_at(r).email for r in range(panel.model.rowCount())}


def test_selecting_an_event_reads_its_invitations_in_a_worker(main_window: Any,
                                                              reads: Any) -> None:
    from organiser.services.invitations import list_invitations

    area = main_window.show_area("Events")
    settle()
    panel = area.invitations
    reads.clear()
    assert area.select_event(4)
    # the event is selected at once; its invitations are on their way
    assert not [r for r in reads if r[2] == threading.main_thread().name]
    assert panel.model.rowCount() == 0  # never the previous event's people under this one
    assert panel.counts.text() == "Loading the invitations…"
    assert not panel.add_button.isEnabled()
    settle()
    assert {(what, event) for what, event, _ in reads} == {("list_invitations", 4),
                                                           ("list_counters", 4)}
    assert not [r for r in reads if r[2] == threading.main_thread().name]
    assert panel.counts.text().startswith("19 invited")
    assert panel.add_button.isEnabled()
    assert _emails(panel) == {i.email for i in list_invitations(main_window.db, 4)}


def test_a_quick_change_of_event_shows_the_last_one_chosen(main_window: Any,
                                                           reads: Any) -> None:
    from organiser.services.invitations import list_invitations

    area = main_window.show_area("Events")
    settle()
    panel = area.invitations
    assert area.select_event(4)
    assert area.select_event(5)  # before the first read is shown
    settle()
    assert panel.event_id == 5
    assert _emails(panel) == {i.email for i in list_invitations(main_window.db, 5)}
    # a reply's invitee chosen while the list is read is selected once it is shown
    wanted = sorted(i.email for i in list_invitations(main_window.db, 4))[3]
    assert area.select_event(4)
    assert not panel.select_email(wanted)  # not yet
    settle()
    assert [panel.model.row_at(panel.proxy.mapToSource(r).row()).email
            for r in panel.table.selectionModel().selectedRows()] == [wanted]


def test_a_read_that_fails_is_said_once_and_the_panel_stops_waiting(main_window: Any,
                                                                     reads: Any) -> None:
    """Another computer deleted the event meanwhile: the read fails (not found). The panel
    used to wait for it for ever: "Loading…", its add button off, a chosen invitee pending."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from organiser.core.models import Event

    area = main_window.show_area("Events")
    settle()
    panel = area.invitations
    assert area.select_event(4)
    settle()
    with main_window.db.transaction() as session:  # as the other computer does
        session.delete(session.get(Event, 4))
    panel.reload()
    assert panel.loading()
    settle()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.objectName() == "backgroundError" and w.isVisible()]
    assert len(boxes) == 1
    assert not panel.loading()
    assert panel.counts.text() == "The invitations could not be read."
    assert panel.add_button.isEnabled()  # no longer waiting for the read
    for box in boxes:
        box.close()


def test_the_invitees_clocks_are_worked_out_in_the_worker(main_window: Any,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The Local start column: each invitee's zone was checked (and the system's list of zones
    read, tens of milliseconds the first time) on the UI thread, as the table sized its
    columns and drew its rows."""
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import Qt

    from organiser.core import zones

    checked: list[str] = []
    original = zones.zone

    def recording(name: str | None) -> Any:
        checked.append(threading.current_thread().name)
        return original(name)

    monkeypatch.setattr(zones, "zone", recording)
    area = main_window.show_area("Events")
    settle()
    assert area.select_event(4)
    settle()
    panel = area.invitations
    panel.table.viewport().repaint()
    assert panel.model.rowCount() > 0
    assert checked and threading.main_thread().name not in checked
    column = next(c for c in range(panel.model.columnCount())
                  if panel.model.headerData(c, Qt.Orientation.Horizontal) == "Local start")
    zones_seen = set()
    for r in range(panel.model.rowCount()):
        row = panel.model.row_at(r)
        own = row.person_timezone.strip()
        zone = own if original(own) is not None else row.event_timezone
        zones_seen.add(zone)
        expected = row.event_start.astimezone(ZoneInfo(zone))
        assert row.local_start == expected
        text = panel.model.index(r, column).data()
        assert expected.strftime("%H:%M") in text and str(expected.tzname()) in text
    assert len(zones_seen) > 1  # invitees on other clocks than the event's
