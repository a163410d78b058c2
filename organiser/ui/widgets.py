"""Small widgets that keep a window within a laptop's screen whatever the text they show."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QGuiApplication,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOption,
    QWidget,
)

from organiser.ui.screen import FRAME_GUESS, fit_to_screen, window_frame

__all__ = ["FRAME_GUESS", "fit_to_screen", "window_frame"]  # their home is organiser.ui.screen


def first_strong(text: str) -> str:
    """The bidirectional class of the first strong character ("L", "R" or "AL"), or "" for
    text with none (digits, punctuation)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind
    return ""


def isolate(text: str) -> str:
    """`text` kept whole inside a line of the other direction: a name, a title or a path of
    either script in a sentence (first-strong isolate, FSI…PDI: its ends are not scrambled)."""
    return f"\u2068{text}\u2069"


def isolate_foreign(value: Any) -> Any:
    """Left-to-right text shown in a right-to-left interface, isolated (FSI…PDI).

    Without it Qt lays an English cell out right to left: its final full stop, ellipsis or
    dash jumps to the start (".The common agenda covers…", "-Bank headquarters").
    Anything else is returned as it is.
    """
    if not isinstance(value, str) or not value or \
            QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return value
    if value.startswith("\u2068") or first_strong(value) != "L":
        return value
    return isolate(value)


class ElidingLabel(QLabel):
    """A one-line label that never widens its window: what does not fit ends in "…".

    `text()` is the whole text; the full text shows as a tooltip while it is cut. The
    minimum width is a few characters, so a long agenda title (or a translation) no longer
    sets the window's minimum width.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
                 minimum_chars: int = 8) -> None:
        super().__init__(text, parent)
        self._mode = mode
        self._minimum_chars = minimum_chars
        self._own_tooltip = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * self._minimum_chars, hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.text()) + 4, hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def elided_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), self._mode,
                                             self.contentsRect().width())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        # isolated: English elided in an Arabic window keeps its "…" at its own end
        self.style().drawItemText(painter, self.contentsRect(), int(align), self.palette(),
                                  self.isEnabled(), isolate_foreign(self.elided_text()),
                                  self.foregroundRole())


def with_mnemonics(labels: list[str]) -> list[str]:
    """Menu texts for labels made at run time (an enum's words, in any script), each with its
    own Alt letter: a word's first letter where free, else the first free letter."""
    used: set[str] = set()
    result = []
    for label in labels:
        text = label.replace("&", "&&")
        starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or text[i - 1] == " ")]
        others = [i for i, c in enumerate(text) if c.isalpha() and i not in starts]
        for index in starts + others:
            if text[index].casefold() not in used:
                used.add(text[index].casefold())
                text = text[:index] + "&" + text[index:]
                break
        result.append(text)
    return result


def label_for(label: QLabel, field: QWidget) -> None:
    """Makes `label` the field's label for the keyboard (its mnemonic focuses the field) and for
    screen readers. Qt finds a buddy's name only among the field's siblings, so a field nested in
    a row of its own, or a composite that hands focus to an inner editor, is also given the
    label's text as its accessible name."""
    label.setBuddy(field)
    target = field.focusProxy() or field
    if target.accessibleName():
        return
    if target is not field or label.parentWidget() is not field.parentWidget():
        text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        target.setAccessibleName(text.rstrip(": ").strip())


def name_form_fields(form: QFormLayout) -> None:
    """`label_for` for every labelled row of a form whose field is a widget."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        field = field_item.widget() if field_item is not None else None
        if isinstance(label, QLabel) and field is not None:
            label_for(label, field)


def _send(event: QAccessibleEvent) -> None:
    QAccessible.updateAccessibility(event)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Says `text` to assistive technology (a screen reader speaks it without moving the focus):
    for state changes that matter and would otherwise only be painted. Assertive interrupts
    (a refusal, a failed save); polite waits for the reader to finish."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    _send(event)
