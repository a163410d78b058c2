"""Dates as the interface writes them (organiser.ui.labels)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QLocale

from organiser.ui.labels import local_datetime


@pytest.fixture
def machine_in_paris(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """This computer's own zone is Europe/Paris (clocks go forward on 28 March 2027, 02:00)."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    monkeypatch.undo()
    time.tzset()


def test_an_event_time_is_written_as_it_is_whatever_the_machine_zone(
        qapp, machine_in_paris) -> None:  # type: ignore[no-untyped-def]
    """An online session at 02:30 in Nairobi on the night a Paris laptop's clocks go forward:
    02:30 does not exist in Paris that night, and the list said 03:30."""
    start = dt.datetime(2027, 3, 28, 2, 30)  # the event's wall clock (its own zone)
    assert local_datetime(start, "HH:mm") == "02:30"
    assert local_datetime(start, "ddd dd MMM yyyy, HH:mm") == "Sun 28 Mar 2027, 02:30"
    # the hour that happens twice when the clocks go back: still the one written
    assert local_datetime(dt.datetime(2027, 10, 31, 2, 30), "dd MMM HH:mm") == "31 Oct 02:30"


def test_the_events_list_shows_the_time_of_a_session_in_the_machine_gap(
        qapp, machine_in_paris) -> None:  # type: ignore[no-untyped-def]
    from organiser.core.enums import EventKind, EventStatus
    from organiser.services.event_list import EventRow
    from organiser.ui.models.events_table import EventsTableModel

    row = EventRow(id=1, title="Regional call", kind=EventKind.CONSULTATION,
                   status=EventStatus.PLANNED, timezone="Africa/Nairobi", venue="Online",
                   invited=0, start=dt.datetime(2027, 3, 27, 23, 30, tzinfo=dt.UTC),
                   end=dt.datetime(2027, 3, 28, 1, 0, tzinfo=dt.UTC))
    model = EventsTableModel()
    model.set_rows([row])
    dates = str(model.index(0, 2).data())
    assert "02:30" in dates and "04:00" in dates, dates


def test_the_event_editor_keeps_a_time_in_the_machine_gap(
        qtbot, demo_db, machine_in_paris) -> None:  # type: ignore[no-untyped-def]
    """The editor held the event's wall clock as this machine's local time: 02:30 on the night
    a Paris laptop's clocks go forward became 03:30, and saving a new title moved the event an
    hour later without a word."""
    from organiser.services.events import create_event, event_form_values
    from organiser.ui.dialogs.event_editor import EventEditorDialog

    event_id = create_event(demo_db, title="Regional call", kind="consultation",
                            start=dt.datetime(2027, 3, 28, 2, 30),
                            end=dt.datetime(2027, 3, 28, 4, 0), timezone="Africa/Nairobi")
    editor = EventEditorDialog(demo_db, event_id)
    qtbot.addWidget(editor)
    assert editor.start.text().endswith("02:30"), editor.start.text()
    assert editor.values()["start"] == dt.datetime(2027, 3, 28, 2, 30)
    editor.title.setText("Regional call (Eastern Africa)")
    editor.accept()
    stored = event_form_values(demo_db, event_id)
    assert (stored["start"], stored["end"]) == (dt.datetime(2027, 3, 28, 2, 30),
                                                dt.datetime(2027, 3, 28, 4, 0))
