"""What the walk of a workshop day under a real X server (Xvfb 1280×800, openbox) showed.

Each test is one thing seen on the screen that the offscreen tests had not caught.
"""

from __future__ import annotations

import pytest  # noqa: F401

WORKSHOP = 5


def _room_below_title_bar(window) -> None:
    """The window and the title bar a window manager puts above it fit the screen's height:
    a window as tall as the screen has its buttons below the screen's edge."""
    area = window.screen().availableGeometry()
    assert window.height() + 30 <= area.height(), (window.height(), area.height())
    assert window.width() <= area.width()


def test_tall_dialogs_leave_room_for_the_title_bar(qtbot, demo_db) -> None:
    """Preferences and the PDF preview opened with OK/Cancel and Save/Close off the screen."""
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.preferences import PreferencesDialog
    from organiser.ui.live.window import LiveWindow

    make_application()
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    _room_below_title_bar(dialog)
    live = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(live)
    _room_below_title_bar(live)
