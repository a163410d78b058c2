"""Live mode driven by the keyboard: check-in, walk-in, timer, minutes, capture, undo."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from organiser.core.enums import AttendanceStatus, MinutesStatus
from organiser.core.models import Attendance, Event, NextStep, Person
from organiser.services import agenda, live
from tests.ui.live_support import live_window
from tests.ui.loading import settle

WORKSHOP = 5
IST = ZoneInfo("Europe/Istanbul")
CTRL = Qt.KeyboardModifier.ControlModifier
# popups (completers, calendar) ask the offscreen platform for things it cannot do
OFFSCREEN_POPUPS = pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")


@pytest.fixture
def window(qtbot, demo_db):
    with live_window(qtbot, demo_db, WORKSHOP) as win:
        yield win


def _status(db, person_id: int) -> AttendanceStatus | None:
    with db.session() as session:
        att = session.scalars(select(Attendance).where(
            Attendance.event_id == WORKSHOP, Attendance.person_id == person_id)).one_or_none()
        return att.status if att else None


def _person(db, text: str) -> int:
    return live.search(live.roster(db, WORKSHOP), text)[0].person_id


def _wait_for_dialog(qtbot):
    """The modal dialog once it has the focus (None if it never came: the test then fails)."""
    for _ in range(100):
        dialog = QApplication.activeModalWidget()
        if dialog is not None and QApplication.activeWindow() is dialog:
            return dialog
        qtbot.wait(20)
    return None


def _keys(qtbot, widget, text: str) -> int:
    qtbot.keyClicks(widget, text)
    return len(text)


def test_check_in_by_typing_and_one_key_statuses(window, qtbot, demo_db) -> None:
    search = window.checkin.search
    search.setFocus()
    # "oster" finds Henrik Østergård: accents ignored; Enter marks present
    keystrokes = _keys(qtbot, search, "oster") + 1
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert keystrokes == 6
    henrik = _person(demo_db, "ostergard")
    assert _status(demo_db, henrik) is AttendanceStatus.PRESENT
    assert search.text() == ""  # ready for the next person
    assert window.counts_label.text() == "1 present of 28 invited"
    # Latin transliteration finds a name in another script; F6 is late
    qtbot.keyClicks(search, "tanaka")
    qtbot.keyClick(search, Qt.Key.Key_F6)
    assert _status(demo_db, _person(demo_db, "tanaka")) is AttendanceStatus.LATE
    # one letter, Down picks the second match, F8 apologies
    qtbot.keyClicks(search, "a")
    second = window.checkin.model.row_at(1)
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_F8)
    assert _status(demo_db, second.person_id) is AttendanceStatus.APOLOGIES
    assert window.counts_label.text() == "2 present of 28 invited"
    # undo from the search field takes back the last check-in, not the typing
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert _status(demo_db, second.person_id) is None
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert _status(demo_db, second.person_id) is AttendanceStatus.APOLOGIES


def test_enter_on_an_empty_search_marks_nobody_and_undo_says_so(window, qtbot,
                                                                 demo_db) -> None:
    """Finding 5: the first row (someone who declined) was marked present by a stray Enter."""
    search = window.checkin.search
    search.setFocus()
    first = window.checkin.model.row_at(0)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.keyClick(search, Qt.Key.Key_F6)
    assert _status(demo_db, first.person_id) is None
    assert window.counts_label.text() == "0 present of 28 invited"
    assert "Type part of a name first" in window.checkin.feedback.text()
    qtbot.keyClicks(search, "oster")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    henrik = _person(demo_db, "ostergard")
    assert window.checkin.feedback.text() == "Henrik Østergård: present"
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert _status(demo_db, henrik) is None
    assert "present" not in window.checkin.feedback.text()
    assert window.checkin.feedback.text() == "Undone: Henrik Østergård is not here again"
    # chosen with the arrows from an empty search, Enter marks that person
    qtbot.keyClick(search, Qt.Key.Key_Down)
    chosen = window.checkin.selected()
    assert chosen is not None
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert _status(demo_db, chosen.person_id) is AttendanceStatus.PRESENT


@OFFSCREEN_POPUPS
def test_walk_in_in_seconds_and_undo(window, qtbot, demo_db) -> None:
    search = window.checkin.search
    search.setFocus()
    qtbot.keyClicks(search, "Nadia Benali")
    assert window.checkin.model.rowCount() == 0

    def fill() -> None:
        dialog = _wait_for_dialog(qtbot)
        if dialog is None or dialog.objectName() != "walkInDialog":
            return
        seen["name"] = dialog.name.text()
        qtbot.keyClicks(dialog.organisation, "Procurement Watch Network")
        qtbot.keyClick(dialog.organisation, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.email, "nadia@pwn.example")
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)

    seen: dict[str, str] = {}
    QTimer.singleShot(0, fill)
    qtbot.keyClick(search, Qt.Key.Key_N, CTRL)
    assert seen == {"name": "Nadia Benali"}
    with demo_db.session() as session:
        person = session.scalars(select(Person).where(Person.family_name == "Benali")).one()
        assert person.organisation.acronym == "PWN"  # the known organisation, not a twin
        person_id = person.id
    assert _status(demo_db, person_id) is AttendanceStatus.PRESENT
    assert window.counts_label.text() == "1 present of 28 invited (+1 walk-in)"
    window.undo_action.trigger()
    with demo_db.session() as session:
        assert session.get(Person, person_id) is None
    assert window.counts_label.text() == "0 present of 28 invited"


def test_timer_shifts_the_rest_of_the_day(window, qtbot, demo_db) -> None:
    clock = [dt.datetime(2027, 2, 9, 9, 0, tzinfo=IST)]
    window.now = lambda: clock[0]
    window.show_tab(1)
    qtbot.keyClick(window.minutes_edit, Qt.Key.Key_F9)  # registration starts at 09:00
    assert "30:00 left" in window.timer_label.text()
    clock[0] = dt.datetime(2027, 2, 9, 9, 50, tzinfo=IST)
    window._update_timer()
    assert "over-run 20:00" in window.timer_label.text()
    qtbot.keyClick(window.minutes_edit, Qt.Key.Key_F9)  # welcome starts 20 minutes late
    model = window.agenda_model
    assert model.data(model.index(2, 2)) == "10:20"  # review of actions, planned 10:00
    assert model.data(model.index(2, 1)) == "10:00"  # the plan stays
    assert model.data(model.index(4, 2)) == "12:20"  # lunch, planned 12:00
    assert model.data(model.index(8, 2)) == ""  # day 2 does not move
    assert model.data(model.index(8, 1)) == "09:00"
    assert window.agenda_view.currentIndex().row() == 1  # the minutes follow the item
    first = agenda.get_agenda(demo_db, WORKSHOP).items[0]
    assert first.actual_start == dt.datetime(2027, 2, 9, 9, 0, tzinfo=IST)
    assert first.actual_end == clock[0]
    window.undo_action.trigger()
    assert model.data(model.index(2, 2)) == ""  # back to the plan


def test_minutes_saved_as_typed_and_on_switch(window, qtbot, demo_db) -> None:
    window.show_tab(1)
    editor = window.minutes_edit
    qtbot.keyClicks(editor, "Welcome by the host institute.")
    first = window.current_item_id
    from organiser.ui.live.window import SAVE_INTERVAL_MS

    assert window._save_timer.interval() == SAVE_INTERVAL_MS <= 1000  # at most ~2 s lost
    # the wait allows for a loaded machine; the promise is the timer's interval above
    qtbot.waitUntil(lambda: agenda.get_agenda(demo_db, WORKSHOP).item(first).minutes ==
                    "Welcome by the host institute.", timeout=6000)
    qtbot.keyClicks(editor, " More.")
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next item
    assert agenda.get_agenda(demo_db, WORKSHOP).item(first).minutes.endswith("More.")
    assert window.current_item_id != first and editor.toPlainText() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.toPlainText() == "Welcome by the host institute. More."


@OFFSCREEN_POPUPS
def test_next_step_from_the_minutes_in_few_keystrokes(window, qtbot, demo_db) -> None:
    window.show_tab(1)
    editor = window.minutes_edit
    qtbot.keyClicks(editor, "Discussion.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Map e-procurement pilots")
    count = {"keys": 0}
    seen: dict[str, object] = {}

    def fill() -> None:
        dialog = _wait_for_dialog(qtbot)
        if dialog is None:
            return
        seen["dialog"] = dialog.objectName() if dialog else None
        seen["text"] = dialog.text_edit.text()
        focus = QApplication.focusWidget()
        seen["owner focused"] = focus is dialog.owner.edit
        count["keys"] += _keys(qtbot, focus, "tanaka") + 1
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        due = QApplication.focusWidget()
        seen["due focused"] = due is dialog.due.edit
        count["keys"] += _keys(qtbot, due, "2027-03-31") + 1
        qtbot.keyClick(due, Qt.Key.Key_Return)
        # saved once the owners are read (they may arrive after the keys)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)

    QTimer.singleShot(0, fill)
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL)
    count["keys"] += 1
    assert seen == {"dialog": "captureDialog", "text": "Map e-procurement pilots",
                    "owner focused": True, "due focused": True}
    with demo_db.session() as session:
        step = session.scalars(select(NextStep).where(NextStep.event_id == WORKSHOP)).one()
        assert (step.text, step.owner_name, step.due_date) == (
            "Map e-procurement pilots", "田中明子", dt.date(2027, 3, 31))
        assert step.agenda_item_id == window.current_item_id
        assert step.history[0].old_status is None
    assert count["keys"] == 19  # Ctrl+T, 6 letters, Tab, 10 for the date, Enter
    assert window.outcomes.count() == 1
    # a decision: Ctrl+D then Enter takes the current line
    def confirm() -> None:
        dialog = _wait_for_dialog(qtbot)
        if dialog is not None:
            qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    with qtbot.waitActive(window):  # offscreen: no window manager reactivates it
        window.activateWindow()
    QTimer.singleShot(0, confirm)
    qtbot.keyClick(editor, Qt.Key.Key_D, CTRL)
    assert [o.kind for o in live.outcomes(demo_db, WORKSHOP)] == ["decision", "next step"]
    with qtbot.waitActive(window):
        window.activateWindow()
    window.agenda_view.setFocus()
    qtbot.keyClick(window.agenda_view, Qt.Key.Key_Z, CTRL)  # undo, outside the text editor
    assert [o.kind for o in live.outcomes(demo_db, WORKSHOP)] == ["next step"]


def test_approved_minutes_are_read_only(qtbot, demo_db) -> None:
    from organiser.ui.live.window import LiveWindow

    with demo_db.transaction() as session:
        session.get(Event, WORKSHOP).minutes_status = MinutesStatus.APPROVED
    win = LiveWindow(demo_db, WORKSHOP)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(win)
    assert win.minutes_edit.isReadOnly()
    assert "approved" in win.save_label.text()
    win.capture("decision")
    assert "approved" in win.save_label.text()


def test_events_area_opens_live_mode(main_window, qtbot) -> None:
    area = main_window.show_area("Events")
    settle()
    area.select_event(WORKSHOP)
    action = area.findChild(type(area.actions()[0]), "liveAction")
    assert action is not None and action.isEnabled()
    action.trigger()
    from organiser.ui.live import _open

    assert _open and _open[-1].event_id == WORKSHOP
    _open[-1].close()
