"""The live window as the live-mode tests open it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.ui.loading import settle


@contextmanager
def live_window(qtbot: Any, db: Any, event_id: int, *, active: bool = True) -> Iterator[Any]:
    """The live window of an event with what its workers read shown, on screen and (unless
    `active` is False) the active window; closed afterwards."""
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    window = LiveWindow(db, event_id)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if active:
        with qtbot.waitActive(window):
            window.activateWindow()
    try:
        yield window
    finally:
        window.close()
