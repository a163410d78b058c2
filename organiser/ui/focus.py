"""A focus ring the eye can find on lists, tables and buttons, in any palette.

The styles show the keyboard focus on a list or a table by the current cell's dotted outline
and a slightly brighter selection: measured at 1.2:1 against the same table without the focus,
where WCAG 2.1 asks 3:1 of a focus indicator (a light Fusion button: 2.3:1). A `QFocusFrame`
(Qt's ring drawn around a widget, outside its own painting) follows the focus onto item views,
and onto buttons reached by keyboard; the style draws it in the palette's window text colour,
so it stands out on a light and on a dark scheme alike. One ring per application, moved when
the focus moves: nothing is added to painting or to events.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFocusFrame,
    QScrollArea,
    QWidget,
)


class FocusRing(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("focusRing")
        self.frame: QFocusFrame | None = None
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        from shiboken6 import isValid

        if self.frame is not None and not isValid(self.frame):
            self.frame = None  # it went with the window it was in
        if new is not None and self.wants_ring(new):
            if self.frame is None:
                self.frame = QFocusFrame(new)
                self.frame.setObjectName("focusFrame")
            self.frame.setWidget(new)
            self.frame.show()
        elif self.frame is not None:
            self.frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes none: no widget
            self.frame.hide()


    @staticmethod
    def wants_ring(widget: QWidget | None) -> bool:
        """Lists, tables and scrolled pages always (keys go there); buttons once the keyboard
        moved the focus, as styles do (a light Fusion button's own outline: 2.3:1)."""
        if widget is None or widget.isWindow():
            return False
        if isinstance(widget, QAbstractItemView | QScrollArea):  # a PDF preview's pages too
            return True
        if not isinstance(widget, QAbstractButton):
            return False
        # imported here: the ring is installed before the window shows, and importing `Qt`
        # builds every enum of Qt's namespace (~15 ms) that the window does not need yet
        from PySide6.QtCore import Qt

        return widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def install(app: QApplication) -> None:
    """Once per application (make_application calls it)."""
    if app.findChild(FocusRing, "focusRing") is None:
        FocusRing(app)
