"""Live mode's first opening is cheap on the UI thread (issue 15).

Its modules are imported and its fonts drawn ahead, in idle time once an event is chosen;
the first read of its data starts after the window's first paint, so that the worker (holding
the interpreter lock while it reads) does not slow the paint down.
"""

from __future__ import annotations

import threading

import pytest

from tests.ui.loading import settle

WORKSHOP = 5


def test_choosing_an_event_warms_live_mode_up_once(qtbot, main_window,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.ui.live import warm

    monkeypatch.setattr(warm, "_started", False)  # as in a fresh process
    monkeypatch.setattr(warm, "DELAY_MS", 0)
    steps: list[tuple[str, str]] = []
    for name in ("_services", "_import_window", "_import_board", "_draw_text"):
        original = getattr(warm, name)

        def recording(*args, _name=name, _original=original):  # type: ignore[no-untyped-def]
            steps.append((_name, threading.current_thread().name))
            return _original(*args)

        monkeypatch.setattr(warm, name, recording)
    events = main_window.show_area("Events")
    settle()
    events.table.clearSelection()
    steps.clear()
    assert events.select_event(WORKSHOP)
    qtbot.waitUntil(lambda: len(steps) == 4, timeout=10_000)
    ui = threading.main_thread().name
    # the services in a worker; the window's module and the fonts on the UI thread, in turns
    assert [name for name, _ in steps] == ["_services", "_import_window", "_import_board",
                                           "_draw_text"]
    assert steps[0][1] != ui and all(thread == ui for _, thread in steps[1:])
    assert events.select_event(WORKSHOP + 1)  # once per process, not per event chosen
    settle()
    qtbot.wait(50)
    assert len(steps) == 4


def test_the_first_read_starts_after_the_first_paint(qtbot, demo_db,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.ui.app import make_application
    from organiser.ui.live import window as window_module
    from organiser.ui.live.window import LiveWindow

    order: list[str] = []
    original_read = window_module.read_live

    def read_live(*args):  # type: ignore[no-untyped-def]
        order.append("read")
        return original_read(*args)

    original_paint = LiveWindow.paintEvent

    def paint(self, event):  # type: ignore[no-untyped-def]
        order.append("paint")
        original_paint(self, event)

    monkeypatch.setattr(window_module, "read_live", read_live)
    monkeypatch.setattr(LiveWindow, "paintEvent", paint)
    make_application()
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    window.show()
    try:
        settle()
        assert window.loaded
        assert "read" in order and order.index("paint") < order.index("read")
    finally:
        window.close()


def test_a_window_not_shown_still_reads(qtbot, demo_db) -> None:
    """Built but never shown (a test, a screen reader's off-screen build): read anyway."""
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    settle()
    assert window.loaded
    window.close()


def test_the_board_tab_is_read_in_the_background_on_its_first_visit(
        qtbot, demo_db, monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.services import brainstorm, live
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    board = brainstorm.board_for_event(demo_db, WORKSHOP)
    brainstorm.add_ideas(demo_db, board, "\n".join(f"Idea {i}" for i in range(40)))
    reads: list[tuple[str, str]] = []
    for module, name in ((brainstorm, "boards"), (brainstorm, "get_board"),
                         (live, "lines_of_action")):
        original = getattr(module, name)

        def recording(*args, _name=name, _original=original):  # type: ignore[no-untyped-def]
            reads.append((_name, threading.current_thread().name))
            return _original(*args)

        monkeypatch.setattr(module, name, recording)
    make_application()
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    window.show()
    try:
        settle()
        window.show_tab(2)  # as Ctrl+3 does
        panel = window._board
        assert panel is not None and panel.isVisible() and not panel.loaded
        assert panel.idea_edit.hasFocus() or not window.isActiveWindow()
        settle()
        assert panel.loaded
        qtbot.waitUntil(lambda: panel.author.count() > 1)  # the authors, a turn later
        assert panel.voter.count() == panel.author.count()
        ui = threading.main_thread().name
        assert {name for name, _ in reads} == {"boards", "get_board", "lines_of_action"}
        assert all(thread != ui for _, thread in reads)  # nothing read on the UI thread
        cards = sum(column.count() for column in panel.columns.columns)
        assert cards == len(brainstorm.get_board(demo_db, board).ideas) >= 40
        # the list behind the columns is laid out when shown, not while hidden
        unsorted = panel.model.index(0, 0)
        assert not panel.tree.isExpanded(unsorted)
        panel.show_view(1)
        assert panel.tree.isExpanded(unsorted)
    finally:
        window.close()


def test_a_command_on_the_board_before_its_read_arrives_acts_on_the_stored_board(
        qtbot, demo_db) -> None:
    from organiser.services import brainstorm

    board = brainstorm.board_for_event(demo_db, WORKSHOP)
    brainstorm.add_ideas(demo_db, board, "Shared price references")
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    window.show()
    try:
        settle()
        window.show_tab(2)
        assert not window._board.loaded
        view = window.board.view  # read here and now: never an empty board
        assert view == brainstorm.get_board(demo_db, board)
        assert "Shared price references" in [i.text for i in view.ideas]
        settle()  # the read under way is not shown over it
        assert window.board.view is view
    finally:
        window.close()


def test_the_first_visit_of_an_event_without_a_board_makes_one(qtbot, demo_db) -> None:
    """Made on the UI thread once read that there is none: one board, however the first
    visit and a command on the board interleave."""
    from sqlalchemy import select

    from organiser.core.models import Event
    from organiser.services import brainstorm
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    with demo_db.session() as session:
        event = next(e for e in session.scalars(select(Event.id))
                     if not brainstorm.boards(demo_db, e))
    make_application()
    window = LiveWindow(demo_db, event)
    qtbot.addWidget(window)
    window.show()
    try:
        settle()
        window.show_tab(2)
        assert brainstorm.boards(demo_db, event) == []  # not made by the worker's read
        settle()
        assert len(brainstorm.boards(demo_db, event)) == 1
        assert window.board.board_id == brainstorm.boards(demo_db, event)[0][0]
    finally:
        window.close()
