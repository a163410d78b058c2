"""Issue 18: a whole workshop day with the keyboard alone.

Every step is a key event sent to the widget that has the focus (`QApplication.focusWidget()`),
as a keyboard user's keys would go: no clicks, no calls on widgets. After each step the test
reads the database (and the screen) to prove the step happened, and checks that the focus is
where the next keys should go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from shiboken6 import isValid
from sqlalchemy import select

from organiser.core.enums import AttendanceStatus
from organiser.core.models import Attendance, Decision, NextStep, Person
from organiser.services import agenda, brainstorm, live
from organiser.services.minutes import minutes_state

WORKSHOP = 5
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# popups (completers) ask the offscreen platform for things it cannot do
OFFSCREEN_POPUPS = pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard",
                                             "propagateSizeHints")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def idle() -> None:
    """What the event loop does between two keystrokes (queued shows, layouts, timers due)."""
    for _ in range(3):
        QApplication.processEvents()


class Keys:
    """Key events to whatever has the focus, each followed by a turn of the event loop; and
    a record of every shortcut used (Help › Keyboard shortcuts must list them)."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.used: list[tuple[str, str]] = []  # (window object name, keys)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        # an open popup (a completer's list) takes the keys first, as it does from a keyboard
        target = QApplication.activePopupWidget() or focused()
        if modifiers & ~SHIFT or Qt.Key.Key_F1 <= key <= Qt.Key.Key_F12:
            combo = QKeySequence(modifiers.value | key.value).toString()
            self.used.append((target.window().objectName(), combo))
        before = QApplication.activeWindow()
        under = [before, before.parentWidget()] if before is not None else []
        self.qtbot.keyClick(target, key, modifiers)
        idle()
        self._like_a_window_manager(under)

    def _like_a_window_manager(self, under: list[QWidget | None]) -> None:
        """A window closed: a window manager gives the window under it back the keyboard
        (on Xvfb with openbox it does, within a moment); the offscreen platform has none, so
        there the test does (where the focus lands inside that window is the app's doing)."""
        if QApplication.platformName() != "offscreen":
            for _ in range(50):
                if QApplication.activeWindow() is not None:
                    return
                self.qtbot.wait(20)
        if QApplication.activeWindow() is not None:
            return
        for window in under:
            if window is not None and isValid(window) and window.isVisible():
                with self.qtbot.waitActive(window.window()):
                    window.window().activateWindow()
                return

    def type(self, text: str) -> None:
        """One key at a time, each to where the focus (or a popup) is by then."""
        for char in text:
            self.qtbot.keyClick(QApplication.activePopupWidget() or focused(), char)
            idle()

    def in_dialog(self, name: str, steps: Callable[[QDialog], None]) -> list[str]:
        """Run `steps` in the next modal dialog once it has the focus (the key that opens it
        blocks until it closes). Returns what was seen: the dialog's object name, or why not."""
        seen: list[str] = []
        tries = [250]

        def poll() -> None:
            tries[0] -= 1
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QDialog) and dialog.isVisible() and \
                    QApplication.activeWindow() is dialog and QApplication.focusWidget():
                seen.append(dialog.objectName() or type(dialog).__name__)
                if seen[0] != name:
                    dialog.reject()  # not the one expected: the test fails, never hangs
                    return
                try:
                    steps(dialog)
                finally:
                    if dialog.isVisible():
                        seen.append("still open")
                        dialog.reject()
                    else:
                        seen.append("done")
                return
            if tries[0] > 0:
                QTimer.singleShot(20, poll)
            else:
                seen.append("no dialog")

        QTimer.singleShot(0, poll)
        return seen

    def until_closed(self, seen: list[str]) -> list[str]:
        """After the key that opens a dialog: wait until it was used and closed (a button's
        mnemonic clicks it a moment later, so the key returns before the dialog opens)."""
        self.qtbot.waitUntil(lambda: bool(seen) and seen[-1] in ("done", "still open",
                                                                   "no dialog"), timeout=8000)
        return seen


def _status(db, person_id: int) -> AttendanceStatus | None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        row = session.scalars(select(Attendance).where(
            Attendance.event_id == WORKSHOP, Attendance.person_id == person_id)).one_or_none()
        return row.status if row else None


def _person(db, text: str) -> int:  # type: ignore[no-untyped-def]
    return live.search(live.roster(db, WORKSHOP), text)[0].person_id


def test_choosing_an_area_gives_the_keys_to_its_list(main_window, qtbot) -> None:
    """View › area (Ctrl+1…4), and Enter on the navigation, put the keys in the area's main
    list; they stayed on the navigation, where typing a name did nothing."""
    keys = Keys(qtbot)
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    expected = {1: "peopleTable", 2: "eventsTable", 3: "nextStepsTable",
                4: "linesOfActionTable"}
    for number, name in expected.items():
        keys.press(getattr(Qt.Key, f"Key_{number}"), CTRL)
        assert focused().objectName() == name, number
    main_window.navigation.setFocus()  # as Shift+Tab back to it would
    keys.press(Qt.Key.Key_Up)  # browsing the areas: the keys stay on the navigation
    assert focused() is main_window.navigation
    area = main_window.visible_area()
    assert area is not None and area.objectName() == "nextStepsArea"
    keys.press(Qt.Key.Key_Return)  # Enter: into the area shown
    assert focused().objectName() == expected[3]


@OFFSCREEN_POPUPS
def test_a_workshop_day_with_the_keyboard_alone(main_window, qtbot, demo_db) -> None:
    from organiser.ui.live.window import LiveWindow

    keys = Keys(qtbot)
    with qtbot.waitActive(main_window):
        main_window.activateWindow()

    # --- open the event: the events table, the workshop found by typing, Ctrl+L --------
    keys.press(Qt.Key.Key_2, CTRL)  # View › Events
    events = main_window.visible_area()
    assert events is not None and events.objectName() == "eventsArea"
    assert focused().objectName() == "eventsTable"  # the area's list, ready for typing
    keys.type("brain")  # the table's own type-to-find: "Brainstorming workshop…"
    assert events.selected_event_id() == WORKSHOP
    keys.press(Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), LiveWindow))
    live_window = QApplication.activeWindow()
    assert isinstance(live_window, LiveWindow) and live_window.event_id == WORKSHOP
    # typing starts in the check-in search
    qtbot.waitUntil(lambda: focused() is live_window.checkin.search)
    # the roster is read in a worker: before it is shown, Enter marks nobody (and says so)
    qtbot.waitUntil(lambda: live_window.loaded)

    # --- check in three people ----------------------------------------------------------
    for typed, found in (("oster", "ostergard"), ("tanaka", "tanaka"), ("kwa", "kwame")):
        keys.type(typed)
        keys.press(Qt.Key.Key_Return)
        assert _status(demo_db, _person(demo_db, found)) is AttendanceStatus.PRESENT, typed
        assert focused() is live_window.checkin.search and focused().text() == ""
    assert live_window.counts_label.text() == "3 present of 28 invited"
    assert live_window.checkin.feedback.text() == "Kwame Asante: present"

    # --- a walk-in: the name typed, Ctrl+N, the organisation completed, the address --------
    def walk_in(dialog: QDialog) -> None:
        assert focused().objectName() == "walkInOrganisation"  # the name came along
        keys.type("watch")
        popup = focused().completer().popup()  # type: ignore[attr-defined]
        qtbot.waitUntil(popup.isVisible)
        keys.press(Qt.Key.Key_Down)
        keys.press(Qt.Key.Key_Return)  # takes the completion
        assert dialog.organisation.text() == "Procurement Watch Network"  # type: ignore[attr-defined]
        keys.press(Qt.Key.Key_Tab)
        assert focused().objectName() == "walkInEmail"
        keys.type("nadia.benali@pwn.example")
        keys.press(Qt.Key.Key_Return)

    keys.type("Nadia Benali")
    seen = keys.in_dialog("walkInDialog", walk_in)
    keys.press(Qt.Key.Key_N, CTRL)
    assert keys.until_closed(seen) == ["walkInDialog", "done"]
    with demo_db.session() as session:
        nadia = session.scalars(select(Person).where(Person.family_name == "Benali")).one()
        assert nadia.organisation.acronym == "PWN" and nadia.emails[0].address == \
            "nadia.benali@pwn.example"
        nadia_id = nadia.id
    assert _status(demo_db, nadia_id) is AttendanceStatus.PRESENT
    assert live_window.counts_label.text() == "4 present of 28 invited (+1 walk-in)"
    assert focused() is live_window.checkin.search

    # --- the next agenda item, its minutes --------------------------------------------
    keys.press(Qt.Key.Key_2, CTRL)  # the agenda and minutes
    assert focused() is live_window.minutes_edit
    keys.press(Qt.Key.Key_F9)
    first = agenda.get_agenda(demo_db, WORKSHOP).items[0]
    assert first.running and first.actual_start is not None
    assert live_window.current_item_id == first.id
    assert "left — Registration and coffee" in live_window.timer_label.text()
    keys.press(Qt.Key.Key_F9)  # registration is over: the welcome starts
    welcome = agenda.get_agenda(demo_db, WORKSHOP).items[1]
    assert welcome.running and live_window.current_item_id == welcome.id
    assert focused() is live_window.minutes_edit  # the minutes follow the item
    keys.type("Welcome by the host institute.")
    keys.press(Qt.Key.Key_Return)
    keys.type("The network adopts its charter")
    qtbot.waitUntil(lambda: agenda.get_agenda(demo_db, WORKSHOP).item(welcome.id).minutes
                    .startswith("Welcome by the host institute."), timeout=6000)

    # --- a decision from the current line -------------------------------------------------
    def confirm(dialog: QDialog) -> None:
        assert focused().objectName() == "captureText"
        assert focused().text() == "The network adopts its charter"  # type: ignore[attr-defined]
        keys.press(Qt.Key.Key_Return)

    seen = keys.in_dialog("captureDialog", confirm)
    keys.press(Qt.Key.Key_D, CTRL)
    assert keys.until_closed(seen) == ["captureDialog", "done"]
    with demo_db.session() as session:
        decision = session.scalars(select(Decision).where(
            Decision.event_id == WORKSHOP)).one()
        assert (decision.text, decision.agenda_item_id) == (
            "The network adopts its charter", welcome.id)
    assert live_window.outcomes.item(0).text() == "Decision: The network adopts its charter"
    assert focused() is live_window.minutes_edit  # back to the minutes

    # --- a next step with its owner and due date ------------------------------------------
    keys.press(Qt.Key.Key_Return)
    keys.type("Map e-procurement pilots")

    def next_step(dialog: QDialog) -> None:
        assert focused() is dialog.owner.edit  # type: ignore[attr-defined]
        keys.type("tanaka")
        keys.press(Qt.Key.Key_Tab)
        assert focused() is dialog.due.edit  # type: ignore[attr-defined]
        keys.type("2027-03-31")
        keys.press(Qt.Key.Key_Return)

    seen = keys.in_dialog("captureDialog", next_step)
    keys.press(Qt.Key.Key_T, CTRL)
    assert keys.until_closed(seen) == ["captureDialog", "done"]
    with demo_db.session() as session:
        step = session.scalars(select(NextStep).where(NextStep.event_id == WORKSHOP)).one()
        assert (step.text, step.owner_name, step.due_date, step.agenda_item_id) == (
            "Map e-procurement pilots", "田中明子", dt.date(2027, 3, 31), welcome.id)
    assert live_window.outcomes.item(1).text() == \
        "Next step: Map e-procurement pilots — 田中明子, 2027-03-31"
    assert focused() is live_window.minutes_edit
    minutes_typed = ("Welcome by the host institute.\nThe network adopts its charter\n"
                     "Map e-procurement pilots")
    assert live_window.minutes_edit.toPlainText() == minutes_typed

    # --- an idea typed on the board, moved into a theme -----------------------------------
    keys.press(Qt.Key.Key_3, CTRL)
    board = live_window.board
    assert focused() is board.idea_edit
    keys.type("Shared glossary of procurement terms")
    keys.press(Qt.Key.Key_Return)
    board_id = brainstorm.board_for_event(demo_db, WORKSHOP)
    assert board_id is not None
    view = brainstorm.get_board(demo_db, board_id)
    idea = next(i for i in view.ideas if i.text == "Shared glossary of procurement terms")
    assert idea.theme_id is None
    assert focused() is board.idea_edit and board.idea_edit.text() == ""  # the next idea
    keys.press(Qt.Key.Key_Down)  # to the cards: the new idea chosen
    column = focused()
    assert column in board.columns.columns and column.theme_id is None  # type: ignore[attr-defined]
    assert board.selected_ideas() == [idea.id]
    theme = view.themes[0]
    target = board.columns.columns[1]
    step_to_first_theme = Qt.Key.Key_Right if board.isLeftToRight() else Qt.Key.Key_Left
    keys.press(step_to_first_theme, CTRL)  # the card moves one column: the first theme
    assert target.theme_id == theme.id
    view = brainstorm.get_board(demo_db, board_id)
    assert next(i for i in view.ideas if i.id == idea.id).theme_id == theme.id
    column = focused()
    assert getattr(column, "theme_id", "none") == theme.id  # the focus went with the card
    assert board.selected_ideas() == [idea.id]

    # --- dots for two voters --------------------------------------------------------------
    keys.type("oster")  # a name typed on a card: that voter
    assert focused() is board.voter  # its line edit: what was typed goes on
    keys.press(Qt.Key.Key_Return)
    henrik = _person(demo_db, "ostergard")
    assert board.voter.currentData() == henrik
    # back on the card (its column was made anew with the voter's dots)
    assert getattr(focused(), "theme_id", "none") == theme.id
    assert board.selected_ideas() == [idea.id]
    keys.press(Qt.Key.Key_2)
    assert brainstorm.votes_of(demo_db, board_id, henrik) == {idea.id: 2}
    assert "Henrik Østergård: 2 of" in board.dots_label.text()
    keys.type("kwa")
    keys.press(Qt.Key.Key_Return)
    kwame = _person(demo_db, "kwame")
    assert board.voter.currentData() == kwame
    keys.press(Qt.Key.Key_1)
    assert brainstorm.votes_of(demo_db, board_id, kwame).get(idea.id) == 1  # and his others
    assert brainstorm.votes_of(demo_db, board_id, henrik) == {idea.id: 2}

    # --- close voting ---------------------------------------------------------------------
    keys.press(Qt.Key.Key_E, CTRL | SHIFT)  # Live › Close voting
    view = brainstorm.get_board(demo_db, board_id)
    assert view.voting_closed and view.totals_visible
    assert next(i for i in view.ideas if i.id == idea.id).votes == 3
    assert any("Shared glossary of procurement terms" in board.ranking.item(r).text() and
               r_text.endswith("— 3") for r in range(board.ranking.count())
               for r_text in [board.ranking.item(r).text()])

    # --- F1: the live window's keyboard shortcuts, read off the screen -------------------
    listed: dict[str, set[str]] = {}
    seen = keys.in_dialog("shortcutsDialog", lambda dialog: listed.update(
        liveWindow=_listed_keys(dialog)))
    keys.press(Qt.Key.Key_F1)
    assert keys.until_closed(seen) == ["shortcutsDialog", "done"]

    # --- live mode closed; the minutes approved from the Events area ----------------------
    keys.press(Qt.Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: not live_window.isVisible())
    assert agenda.get_agenda(demo_db, WORKSHOP).item(welcome.id).minutes == minutes_typed.split(
        "\n", 1)[0] + "\n" + minutes_typed.split("\n", 1)[1]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    assert focused() is events.table and events.selected_event_id() == WORKSHOP

    def approve(dialog: QDialog) -> None:
        assert isinstance(focused(), QLineEdit) and dialog.isAncestorOf(focused())
        keys.type("Sarah Whitfield")
        keys.press(Qt.Key.Key_Return)

    keys.press(Qt.Key.Key_M, CTRL | SHIFT)  # Minutes PDF…: the preview
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not main_window)
    preview = QApplication.activeWindow()
    assert preview is not None and preview.objectName() == "pdfPreviewDialog"
    assert "Draft" in preview.info.text()  # type: ignore[attr-defined]
    seen = keys.in_dialog("QInputDialog", approve)
    keys.press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Approve…
    assert keys.until_closed(seen) == ["QInputDialog", "done"]
    state = minutes_state(demo_db, WORKSHOP)
    assert state.approved and state.revisions[-1].approved_by == "Sarah Whitfield"
    assert "Approved (version 1) by Sarah Whitfield" in preview.info.text()  # type: ignore[attr-defined]
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(preview) or not preview.isVisible())
    assert QApplication.activeWindow() is main_window and focused() is events.table

    # --- every key used is in Help › Keyboard shortcuts (F1) of its window ----------------
    seen = keys.in_dialog("shortcutsDialog", lambda dialog: listed.update(
        mainWindow=_listed_keys(dialog)))
    keys.press(Qt.Key.Key_F1)
    assert keys.until_closed(seen) == ["shortcutsDialog", "done"]
    used = {(window, QKeySequence(combo).toString(QKeySequence.SequenceFormat.NativeText))
            for window, combo in keys.used}
    assert ("liveWindow", "Ctrl+Right") in used and ("mainWindow", "Ctrl+L") in used
    missing = [(window, combo) for window, combo in sorted(used)
               if window in listed and combo not in listed[window]]
    assert missing == []
    assert {window for window, _combo in used} <= set(listed) | {"pdfPreviewDialog"}


def _listed_keys(dialog: QDialog) -> set[str]:
    """The keys column of the Keyboard shortcuts table, one entry per key."""
    table = dialog.table  # type: ignore[attr-defined]
    header = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    column = header.index("Keys")
    found: set[str] = set()
    for row in range(table.rowCount()):
        found.update(k.strip() for k in table.item(row, column).text().split(", "))
    keys = dialog.findChild(QWidget, "shortcutsTable")
    assert keys is table
    QTest.keyClick(focused(), Qt.Key.Key_Escape)
    return found
