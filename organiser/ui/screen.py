"""Keeping a window within the screen; light enough to import before the main window shows
(no `Qt` namespace: PySide builds every one of its enums on first use, ~15 ms)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

# Room for a window's title bar and borders before the window manager has drawn them (the
# guess QDialog makes too): at 150% on a 1920×1080 screen, 720 logical pixels less these.
FRAME_GUESS = QSize(10, 40)


def window_frame(window: QWidget) -> QSize:
    """How much a top-level window's frame adds to its size: its own once shown, else that of
    another window already on screen, else FRAME_GUESS."""
    candidates = [window] + [w for w in QApplication.topLevelWidgets()
                             if w is not window and w.isVisible() and w.isWindow()]
    for candidate in candidates:
        if not candidate.isVisible():
            continue
        from PySide6.QtCore import Qt

        if candidate.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
            extra = candidate.frameGeometry().size() - candidate.size()
            if extra.width() > 0 or extra.height() > 0:
                return extra
    return FRAME_GUESS


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, but never beyond the screen's available area, title bar
    included (a dialog as tall as the screen would hide its buttons under the task bar)."""
    screen = window.screen()
    if screen is not None:
        area = screen.availableGeometry()
        frame = window_frame(window)
        width = min(width, area.width() - frame.width())
        height = min(height, area.height() - frame.height())
    window.resize(width, height)
