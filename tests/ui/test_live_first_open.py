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
    for name in ("_services", "_import_window", "_draw_text"):
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
    qtbot.waitUntil(lambda: len(steps) == 3, timeout=10_000)
    ui = threading.main_thread().name
    # the services in a worker; the window's module and the fonts on the UI thread, in turns
    assert [name for name, _ in steps] == ["_services", "_import_window", "_draw_text"]
    assert steps[0][1] != ui and all(thread == ui for _, thread in steps[1:])
    assert events.select_event(WORKSHOP + 1)  # once per process, not per event chosen
    settle()
    qtbot.wait(50)
    assert len(steps) == 3


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

