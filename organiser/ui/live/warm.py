"""Live mode's one-off costs paid ahead, in idle time, once an event is chosen (issue 15).

Entering live mode for the first time imported its modules (the live, agenda and minutes
services, the window's own) in the same event-loop turn that built the window: about 40 ms of
imports in a turn of 60; the board's first visit imported the board's. Here they are done
before, once, after an event is first selected and no read is running: the services in a
worker (plain Python, no Qt), each window module on the UI thread in a turn of its own, then
the text of live mode and of the projector drawn once at their sizes into an image nobody
sees (the first use of a size costs a few ms). Entering live mode before this has run costs
what it did; nothing waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

# after the selection is handled (the chosen event's invitations are read first)
DELAY_MS = 0

# the fonts live mode and the projector use beyond the application's own: (scale, bold)
FONTS = ((1.0, True), (1.3, True), (1.4, False),  # title; timer and counts; check-in search
         (1.6, False), (2.0, False), (2.2, False), (3.2, True))  # the projector's labels
SAMPLE = "0123456789:–— Loading… Next item present of invited walk-ins over-run left"

_started = False


def warm_up() -> None:
    """Start the warm-up (once per process; later calls do nothing)."""
    global _started
    if _started:
        return
    _started = True
    QTimer.singleShot(DELAY_MS, _when_idle)


def started() -> bool:
    return _started


def _when_idle() -> None:
    from organiser.ui import background

    background.when_idle(_import_services)


def _services() -> None:
    import organiser.services.agenda
    import organiser.services.brainstorm
    import organiser.services.live
    import organiser.services.minutes  # noqa: F401


def _import_services() -> None:
    from organiser.ui.background import QueryOp

    QueryOp(None, _services, lambda _none: QTimer.singleShot(0, _import_window)).run()


def _import_window() -> None:
    import organiser.ui.live.window  # noqa: F401

    QTimer.singleShot(0, _import_board)


def _import_board() -> None:
    import organiser.ui.live.board  # noqa: F401

    QTimer.singleShot(0, _draw_text)


def _draw_text() -> None:
    """Each font of live mode used once, on the UI thread (Qt keeps a cache of fonts and
    glyphs per thread: drawn in a worker, they would not be there for the window)."""
    from PySide6.QtGui import QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    base = QApplication.font()
    image = QImage(64, 64, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        for scale, bold in FONTS:
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            font.setBold(bold)
            painter.setFont(font)
            painter.drawText(0, 48, SAMPLE)
    finally:
        painter.end()
