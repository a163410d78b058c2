"""Every kind of live edit goes through the window's undo stack: undo, then redo, of each."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from organiser.core.enums import AttendanceStatus
from organiser.core.models import Attendance, Person
from organiser.services import agenda, brainstorm, live
from tests.ui.drag_support import drag_and_drop
from tests.ui.live_support import live_window

WORKSHOP = 5
IST = ZoneInfo("Europe/Istanbul")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo_db):
    with live_window(qtbot, demo_db, WORKSHOP) as win:
        yield win


def _undo(qtbot, window, times: int = 1) -> None:
    """Ctrl+Z from whatever widget has the focus (a one-line field routes it to the window)."""
    for _ in range(times):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, window, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, CTRL | SHIFT)


def _status(db, person_id: int) -> AttendanceStatus | None:
    with db.session() as session:
        att = session.scalars(select(Attendance).where(
            Attendance.event_id == WORKSHOP, Attendance.person_id == person_id)).one_or_none()
        return att.status if att else None


def _board(db, window):
    return brainstorm.get_board(db, window.board.board_id)


def _theme_of(db, window, text: str) -> str | None:
    view = _board(db, window)
    idea = next(i for i in view.ideas if i.text == text)
    return next((t.title for t in view.themes if t.id == idea.theme_id), None)


def _select_idea(window, text: str) -> None:
    model, tree = window.board.model, window.board.tree
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if model.data(index) == text:
                tree.setCurrentIndex(index)
                tree.setFocus()
                return
    raise AssertionError(text)


def _select_theme(window, title: str) -> None:
    model, tree = window.board.model, window.board.tree
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index).startswith(title + " ("):
            tree.setCurrentIndex(index)
            tree.setFocus()
            return
    raise AssertionError(title)


def test_walk_in_then_late_undone_and_redone_keep_the_same_person(window, qtbot, demo_db,
                                                                  monkeypatch) -> None:
    from organiser.ui.live import window as window_module

    class Accepting:
        DialogCode = window_module.WalkInDialog.DialogCode

        def __init__(self, typed, organisations, parent) -> None:
            from PySide6.QtWidgets import QLineEdit

            self.name, self.organisation, self.email = (QLineEdit(typed), QLineEdit("PWN"),
                                                        QLineEdit(""))

        def read(self, _query) -> None:  # the organisation is typed in full: nothing to match
            pass

        def exec(self) -> object:
            return self.DialogCode.Accepted

    monkeypatch.setattr(window_module, "WalkInDialog", Accepting)
    search = window.checkin.search
    search.setFocus()
    qtbot.keyClicks(search, "Nadia Benali")
    qtbot.keyClick(search, Qt.Key.Key_N, CTRL)
    with demo_db.session() as session:
        person_id = session.scalars(select(Person.id).where(Person.family_name == "Benali")).one()
    qtbot.keyClicks(search, "benali")
    qtbot.keyClick(search, Qt.Key.Key_F6)  # late after all
    assert _status(demo_db, person_id) is AttendanceStatus.LATE
    _undo(qtbot, window)
    assert _status(demo_db, person_id) is AttendanceStatus.PRESENT
    _undo(qtbot, window)
    with demo_db.session() as session:
        assert session.get(Person, person_id) is None
    assert window.counts_label.text() == "0 present of 28 invited"
    _redo(qtbot, window, 2)  # the same person again, so the later edit still applies
    assert _status(demo_db, person_id) is AttendanceStatus.LATE
    assert window.counts_label.text() == "1 present of 28 invited (+1 walk-in)"


def test_timer_moves_undone_and_redone_with_the_real_times(window, qtbot, demo_db) -> None:
    clock = [dt.datetime(2027, 2, 9, 9, 0, tzinfo=IST)]
    window.now = lambda: clock[0]
    window.show_tab(1)
    qtbot.keyClick(window.minutes_edit, Qt.Key.Key_F9)
    clock[0] = dt.datetime(2027, 2, 9, 9, 50, tzinfo=IST)
    qtbot.keyClick(window.minutes_edit, Qt.Key.Key_F9)
    taken = [(i.actual_start, i.actual_end) for i in agenda.get_agenda(demo_db, WORKSHOP).items]
    window.agenda_view.setFocus()
    _undo(qtbot, window, 2)
    assert all(i.actual_start is None for i in agenda.get_agenda(demo_db, WORKSHOP).items)
    assert window.agenda_model.data(window.agenda_model.index(2, 2)) == ""
    clock[0] = dt.datetime(2027, 2, 9, 11, 0, tzinfo=IST)  # redone later: same times
    _redo(qtbot, window, 2)
    assert [(i.actual_start, i.actual_end)
            for i in agenda.get_agenda(demo_db, WORKSHOP).items] == taken
    assert window.agenda_model.data(window.agenda_model.index(2, 2)) == "10:20"


def test_decision_and_next_step_undone_and_redone(window, qtbot, demo_db) -> None:
    from organiser.ui.live.capture import Captured

    window.show_tab(1)
    item = window.current_item_id
    window.record_outcome(Captured("decision", "Form the network", None, "", None, None),
                          agenda_item_id=item)
    window.record_outcome(Captured("next step", "Draft the charter", None, "ITAG",
                                   dt.date(2027, 3, 31), None), agenda_item_id=item)
    before = live.outcomes(demo_db, WORKSHOP)
    assert [o.kind for o in before] == ["decision", "next step"]
    window.agenda_view.setFocus()
    _undo(qtbot, window, 2)
    assert live.outcomes(demo_db, WORKSHOP) == []
    assert window.outcomes.count() == 0
    _redo(qtbot, window, 2)
    assert live.outcomes(demo_db, WORKSHOP) == before  # same ids, texts, owner and date
    assert window.outcomes.count() == 2


def test_idea_and_vote_undone_and_redone(window, qtbot, demo_db) -> None:
    window.show_tab(2)
    board = window.board
    board.show_view(1)  # the list
    qtbot.keyClicks(board.idea_edit, "Regional hubs")
    qtbot.keyClick(board.idea_edit, Qt.Key.Key_Return)
    idea_id = next(i.id for i in _board(demo_db, window).ideas if i.text == "Regional hubs")
    board.voter.setCurrentIndex(board.voter.findText("Kwame Asante"))
    _select_idea(window, "Regional hubs")
    qtbot.keyClick(board.tree, Qt.Key.Key_Plus)
    assert brainstorm.votes_of(demo_db, board.board_id, board.voter.currentData()) == {
        idea_id: 1, next(i.id for i in _board(demo_db, window).ideas
                         if i.text.startswith("Joint curriculum")): 1}
    _undo(qtbot, window)
    assert idea_id not in brainstorm.votes_of(demo_db, board.board_id, board.voter.currentData())
    board.idea_edit.setFocus()
    _undo(qtbot, window)  # from the idea field: the idea goes, the field is not touched
    assert "Regional hubs" not in [i.text for i in _board(demo_db, window).ideas]
    _redo(qtbot, window, 2)
    assert brainstorm.votes_of(demo_db, board.board_id,
                               board.voter.currentData())[idea_id] == 1
    assert board.dots_label.text() == "Kwame Asante: 2 of 3 dots used"


def test_themes_new_rename_drag_merge_undone_and_redone(window, qtbot, demo_db,
                                                        monkeypatch) -> None:
    window.show_tab(2)
    board = window.board
    board.show_view(1)  # the list
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Platform", True))
    qtbot.mouseClick(board.findChild(type(board.close_button), "newTheme"),
                     Qt.MouseButton.LeftButton)
    tree, model = board.tree, board.model
    _select_idea(window, "Knowledge-exchange platform for the network")
    target = next(model.index(r, 0) for r in range(model.rowCount())
                  if model.data(model.index(r, 0)).startswith("Platform"))
    drag_and_drop(tree, [tree.currentIndex()], tree.visualRect(target).center())
    assert _theme_of(demo_db, window, "Knowledge-exchange platform for the network") == "Platform"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Exchange platform", True))
    _select_theme(window, "Platform")
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Training", True))
    _select_theme(window, "Exchange platform")
    qtbot.mouseClick(board.findChild(type(board.close_button), "mergeTheme"),
                     Qt.MouseButton.LeftButton)
    final = sorted(t.title for t in _board(demo_db, window).themes)
    assert final == ["Coalitions", "Monitoring", "Training"]
    assert _theme_of(demo_db, window, "Knowledge-exchange platform for the network") == \
        "Training"
    tree.setFocus()
    _undo(qtbot, window)  # the merge
    assert _theme_of(demo_db, window, "Knowledge-exchange platform for the network") == \
        "Exchange platform"
    _undo(qtbot, window)  # the rename
    assert "Platform" in [t.title for t in _board(demo_db, window).themes]
    _undo(qtbot, window)  # the drag
    assert _theme_of(demo_db, window, "Knowledge-exchange platform for the network") is None
    _undo(qtbot, window)  # the new theme
    assert sorted(t.title for t in _board(demo_db, window).themes) == [
        "Coalitions", "Monitoring", "Training"]
    _redo(qtbot, window, 4)
    assert sorted(t.title for t in _board(demo_db, window).themes) == final
    assert _theme_of(demo_db, window, "Knowledge-exchange platform for the network") == \
        "Training"
    _undo(qtbot, window)  # and the merge undone again restores the same theme
    assert _theme_of(demo_db, window, "Knowledge-exchange platform for the network") == \
        "Exchange platform"


def test_voting_rules_and_closing_undone_and_redone(window, qtbot, demo_db) -> None:
    window.show_tab(2)
    board = window.board
    board.show_view(1)  # the list
    board.votes_per_person.setValue(5)
    board.hide_totals.setChecked(False)
    qtbot.mouseClick(board.apply_voting, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(board.close_button, Qt.MouseButton.LeftButton)
    view = _board(demo_db, window)
    assert (view.votes_per_person, view.hide_totals, view.voting_closed) == (5, False, True)
    board.tree.setFocus()
    _undo(qtbot, window)
    assert _board(demo_db, window).voting_closed is False
    _undo(qtbot, window)
    view = _board(demo_db, window)
    assert (view.votes_per_person, view.hide_totals) == (3, True)
    assert board.votes_per_person.value() == 3
    _redo(qtbot, window, 2)
    view = _board(demo_db, window)
    assert (view.votes_per_person, view.hide_totals, view.voting_closed) == (5, False, True)
    assert window.undo_stack.undoText() == "Close voting"


def test_undo_of_a_check_in_a_colleague_changed_since_is_refused(window, qtbot, demo_db,
                                                                 db_path) -> None:
    """Two laptops at the door: Ctrl+Z here must not take back what the other one marked."""
    from organiser.core.storage import open_database

    colleague = open_database(db_path)
    try:
        search = window.checkin.search
        search.setFocus()
        qtbot.keyClicks(search, "shevchenko")
        qtbot.keyClick(search, Qt.Key.Key_Return)
        olena = next(r for r in window.checkin._rows if r.name == "Олена Шевченко")
        assert _status(demo_db, olena.person_id) is AttendanceStatus.PRESENT
        # the other laptop sees her leave at noon
        seen = live.roster_row(colleague, WORKSHOP, olena.person_id)
        assert seen is not None
        live.mark(colleague, WORKSHOP, olena.person_id, AttendanceStatus.LEFT_EARLY,
                  expected_version=seen.version)
        _undo(qtbot, window)
        assert "check-in of “Олена Шевченко” was changed by someone else" in \
            window.statusBar().currentMessage()
        assert _status(demo_db, olena.person_id) is AttendanceStatus.LEFT_EARLY

        # a line still showing "not here" while the other laptop checked him in: F8
        # (apologies) from it is refused, said where the coordinator looks, and the line
        # shows what is stored now
        kwame = next(r for r in window.checkin._rows if r.status is None and r.name.isascii()
                     and r.person_id != olena.person_id)  # QTest types ASCII keys only
        live.mark(colleague, WORKSHOP, kwame.person_id, AttendanceStatus.LATE)
        search.setFocus()
        qtbot.keyClicks(search, kwame.name)
        qtbot.keyClick(search, Qt.Key.Key_F8)
        assert "was changed by someone else" in window.checkin.feedback.text()
        assert _status(demo_db, kwame.person_id) is AttendanceStatus.LATE
        shown = next(r for r in window.checkin._rows if r.person_id == kwame.person_id)
        assert shown.status is AttendanceStatus.LATE
        # and checking him in again from the old line is the same fact: no conflict
        assert live.mark(demo_db, WORKSHOP, kwame.person_id, AttendanceStatus.LATE,
                         expected_version=kwame.version).version == shown.version
    finally:
        colleague.close()
