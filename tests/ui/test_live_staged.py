"""Live mode opens at once and fills in stages; a check-in redraws one line (issue 15).

The window is built on the UI thread; the roster, agenda and outcomes are read in a worker, and
nothing can act on them until they are shown. The board is built on its first visit. A check-in
is committed at once and reads back that person's line alone, never the whole roster.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from organiser.core.enums import AgendaKind, AttendanceStatus
from organiser.services import agenda, live
from tests.ui.loading import settle

WORKSHOP = 5


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every read of the live window's data: (what, thread name)."""
    seen: list[tuple[str, str]] = []
    for module, name in ((live, "roster"), (live, "roster_row"), (live, "counts"),
                         (live, "person_now"),
                         (live, "outcomes"), (agenda, "get_agenda")):
        original = getattr(module, name)

        def recording(*args, _name=name, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            seen.append((_name, threading.current_thread().name))
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, recording)
    return seen


def _on_ui_thread(reads: list[tuple[str, str]]) -> list[str]:
    return [name for name, thread in reads if thread == threading.main_thread().name]


def _open(qtbot, demo_db):  # type: ignore[no-untyped-def]
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    window.show()
    return window


def test_entering_live_mode_reads_nothing_on_the_ui_thread(qtbot, demo_db, reads) -> None:
    window = _open(qtbot, demo_db)
    try:
        # the frame is up; the data is on its way, and nothing can act on half of it
        assert _on_ui_thread(reads) == []
        assert not window.loaded
        assert not window.minutes_edit.isReadOnly()  # what is typed is kept (below)
        assert not window.next_button.isEnabled()
        for name in ("nextItem", "captureDecision", "captureNextStep", "walkIn"):
            action = window.findChild(QAction, name)
            assert action is not None and not action.isEnabled(), name
        qtbot.keyClicks(window.checkin.search, "oster")  # typing is kept meanwhile
        qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
        assert "loading" in window.checkin.feedback.text().lower()
        with demo_db.session() as session:
            from sqlalchemy import func, select

            from organiser.core.models import Attendance

            assert session.scalar(select(func.count()).select_from(Attendance).where(
                Attendance.event_id == WORKSHOP)) == 0  # Enter marked nobody
        settle()
        assert window.loaded
        assert _on_ui_thread(reads) == []
        assert {name for name, _ in reads} == {"roster", "counts", "outcomes", "get_agenda"}
        # the search typed while loading now shows its match, ready for Enter
        assert [r.name for r in window.checkin.model.rows()] == ["Henrik Østergård"]
        assert window.counts_label.text() == "0 present of 28 invited"
        assert not window.minutes_edit.isReadOnly() and window.next_button.isEnabled()
        assert window.agenda_model.rowCount() == len(agenda.get_agenda(demo_db,
                                                                       WORKSHOP).items)
        # the board is built on its first visit, not before
        assert window.findChild(type(window.tabs), "liveTabs") is window.tabs
        assert window._board is None
        window.show_tab(2)
        assert window._board is not None and window.board.board_id is not None
        assert window.board.isVisible()
    finally:
        window.close()


def test_a_check_in_updates_one_line_without_reading_the_roster(qtbot, demo_db,
                                                                reads) -> None:
    window = _open(qtbot, demo_db)
    try:
        settle()
        window.show_tab(2)  # the board too: its authors and voters follow the check-ins
        window.show_tab(0)
        reads.clear()
        search = window.checkin.search
        qtbot.keyClicks(search, "oster")
        henrik = window.checkin.model.row_at(0)
        changed: list[int] = []
        window.checkin.model.dataChanged.connect(
            lambda first, last, _roles=(): changed.extend(range(first.row(), last.row() + 1)))
        qtbot.keyClick(search, Qt.Key.Key_Return)
        assert changed == [0]  # that line alone was redrawn
        # that line and the counts read again (together, in one session)
        assert [name for name, _ in reads] == ["person_now"]
        # committed at once: another connection sees it
        assert live.roster_row(demo_db, WORKSHOP, henrik.person_id).status is \
            AttendanceStatus.PRESENT
        assert window.counts_label.text() == "1 present of 28 invited"
        # F8 apologies on someone else: off the board's voters, without a roster read
        qtbot.keyClicks(search, "tanaka")
        tanaka = window.checkin.model.row_at(0)
        assert tanaka.person_id in [p for p, _ in window.board._people]
        qtbot.keyClick(search, Qt.Key.Key_F8)
        assert tanaka.person_id not in [p for p, _ in window.board._people]
        # undone and redone: the line follows each time
        qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert tanaka.person_id in [p for p, _ in window.board._people]
        assert "roster" not in [name for name, _ in reads]
        assert window.checkin.roster() == live.roster(demo_db, WORKSHOP)
    finally:
        window.close()


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")
def test_walk_ins_go_in_their_place_and_leave_on_undo(qtbot, demo_db, monkeypatch) -> None:
    from organiser.ui.live.checkin import WalkInDialog

    window = _open(qtbot, demo_db)
    try:
        settle()
        before = window.checkin.roster()
        for name in ("Zoë Abara", "Ängel Müller", "王 芳"):
            def fill(dialog: WalkInDialog, _name: str = name) -> int:
                dialog.name.setText(_name)
                return WalkInDialog.DialogCode.Accepted

            monkeypatch.setattr(WalkInDialog, "exec", fill)
            window.walk_in("")
            # in its sorted place, as a full read would put it
            assert window.checkin.roster() == live.roster(demo_db, WORKSHOP)
        assert window.counts_label.text() == "3 present of 28 invited (+3 walk-ins)"
        for _ in range(3):
            window.undo_stack.undo()
        assert window.checkin.roster() == before == live.roster(demo_db, WORKSHOP)
        assert [r.name for r in window.checkin.model.rows()] == [r.name for r in before]
    finally:
        window.close()


def test_a_long_review_of_actions_is_counted_not_listed(qtbot, demo_db) -> None:
    """Thousands of open actions from earlier events made one label taller than any
    screen: the first ones are listed, the rest counted."""
    from organiser.ui.live.window import ACTIONS_SHOWN

    earlier = next(e for e in _events(demo_db) if e != WORKSHOP)
    for i in range(40):
        live.add_next_step(demo_db, earlier, f"Action {i}")
    item = agenda.add_item(demo_db, WORKSHOP, "Review of actions",
                           kind=AgendaKind.REVIEW_OF_ACTIONS, position=0)
    actions = len(next(r for r in agenda.get_agenda(demo_db, WORKSHOP).items
                       if r.id == item).actions)
    assert actions > ACTIONS_SHOWN + 30
    window = _open(qtbot, demo_db)
    try:
        settle()
        window.show_tab(1)
        rows = [r.id for r in window.agenda_model.rows()]
        from organiser.ui.views import select_row

        select_row(window.agenda_view, rows.index(item))
        lines = window.item_label.text().splitlines()
        assert sum(1 for line in lines if line.startswith("  • ")) == ACTIONS_SHOWN
        assert f"… and {actions - ACTIONS_SHOWN} more" in lines[-1]
        assert window.height() <= 1000
    finally:
        window.close()


def _events(db) -> list[int]:  # type: ignore[no-untyped-def]
    """Events that started before the workshop (their open actions are reviewed)."""
    from sqlalchemy import select

    from organiser.core.models import Event

    with db.session() as session:
        start = session.get(Event, WORKSHOP).start
        return list(session.scalars(select(Event.id).where(Event.start < start)))


def _stored_minutes(db) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {row.id: row.minutes for row in agenda.get_agenda(db, WORKSHOP).items}


def _first_item(db) -> int:  # type: ignore[no-untyped-def]
    """The item live mode opens on: the one running, else the first."""
    items = agenda.get_agenda(db, WORKSHOP).items
    return next((row for row in items if row.running), items[0]).id


def test_minutes_typed_while_loading_are_kept_and_saved_to_the_item(qtbot, demo_db) -> None:
    """The coordinator types at once: what is typed before the agenda arrives is kept, and
    saved to the item the window then shows, as typed, not to another one."""
    before = _stored_minutes(demo_db)
    item = _first_item(demo_db)
    window = _open(qtbot, demo_db)
    try:
        window.show_tab(1)
        qtbot.keyClicks(window.minutes_edit, "Opened at 9:05")
        assert not window.loaded  # typed before the read delivered
        assert window.minutes_edit.toPlainText() == "Opened at 9:05"
        settle()
        assert window.loaded and window.current_item_id == item
        assert window.minutes_edit.toPlainText() == "Opened at 9:05"
        qtbot.keyClicks(window.minutes_edit, ", Nadia chairs.")  # and typing goes on
        # saved by the autosave, without a switch of item or closing
        qtbot.waitUntil(lambda: _stored_minutes(demo_db)[item] ==
                        "Opened at 9:05, Nadia chairs.", timeout=5000)
        assert {k: v for k, v in _stored_minutes(demo_db).items() if k != item} == \
            {k: v for k, v in before.items() if k != item}  # no other item touched
        assert "Saved" in window.save_label.text()
    finally:
        window.close()


def test_minutes_typed_while_loading_follow_those_already_stored(qtbot, demo_db) -> None:
    """The item had minutes (typed on another laptop, or before a restart): the ones typed
    while loading come after them; neither is lost."""
    item = _first_item(demo_db)
    version = next(r.version for r in agenda.get_agenda(demo_db, WORKSHOP).items
                   if r.id == item)
    live.save_minutes(demo_db, item, "Agreed the agenda.", expected_version=version)
    window = _open(qtbot, demo_db)
    try:
        window.show_tab(1)
        qtbot.keyClicks(window.minutes_edit, "Coffee at 11")
        settle()
        assert window.minutes_edit.toPlainText() == "Agreed the agenda.\nCoffee at 11"
        window.close()  # saved on closing at the latest
        assert _stored_minutes(demo_db)[item] == "Agreed the agenda.\nCoffee at 11"
    finally:
        window.close()


def test_minutes_typed_then_closed_before_the_read_arrives_are_saved(qtbot, demo_db) -> None:
    item = _first_item(demo_db)
    window = _open(qtbot, demo_db)
    window.show_tab(1)
    qtbot.keyClicks(window.minutes_edit, "Short day")
    assert not window.loaded
    window.close()
    settle()
    assert _stored_minutes(demo_db)[item] == "Short day"
