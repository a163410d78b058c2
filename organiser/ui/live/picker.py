"""A line edit with a list below it that filters as you type (accents and case ignored); the
lists of the live dialogs read in a worker while the dialog is already open (`ReadFirst`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from organiser.core.text import fold

T = TypeVar("T")


@dataclass(frozen=True)
class Choice:
    label: str
    key: str
    value: Any


class ChoiceModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[Choice] = []

    def set_choices(self, choices: list[Choice]) -> None:
        self.beginResetModel()
        self.choices = choices
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self.choices[index.row()].label
        return None


class FoldedPicker(QWidget):
    """Type a few letters of any part of a name; Up/Down choose among the matches."""

    chosen_changed = Signal()

    def __init__(self, choices: list[Choice] | None, parent: QWidget | None = None,
                 placeholder: str = "", rows: int = 5) -> None:
        super().__init__(parent)
        self._all = choices or []  # None: being read (`set_choices`)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.model = ChoiceModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setFixedHeight(rows * self.list.fontMetrics().height() + 10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.list.clicked.connect(self._clicked)
        self.setFocusProxy(self.edit)
        self._filter("")

    def set_choices(self, choices: list[Choice]) -> None:
        """The choices, once read: what was typed meanwhile is kept, and matched now."""
        self._all = choices
        self._filter(self.edit.text())

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        matches = [c for c in self._all if all(w in c.key for w in words)] if words else []
        # what the label itself shows first (typing "itag" wants ITAG, not its people)
        matches.sort(key=lambda c: not all(w in fold(c.label) for w in words))
        self.model.set_choices(matches)
        if matches:
            self.list.setCurrentIndex(self.model.index(0))
        self.chosen_changed.emit()

    def _clicked(self, index: QModelIndex) -> None:
        self.list.setCurrentIndex(index)
        self.chosen_changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step and self.model.rowCount():
                row = max(0, min(self.list.currentIndex().row() + step,
                                 self.model.rowCount() - 1))
                self.list.setCurrentIndex(self.model.index(row))
                self.chosen_changed.emit()
                return True
        return super().eventFilter(watched, event)

    def chosen(self) -> Choice | None:
        """The highlighted match, None when nothing typed matches (free text)."""
        index = self.list.currentIndex()
        if not self.edit.text().strip() or not index.isValid():
            return None
        return self.model.choices[index.row()]

    def text(self) -> str:
        return self.edit.text().strip()


class ReadFirst:
    """A dialog's lists, read in a worker while the dialog is already open (issue 15).

    Typing goes on meanwhile (the dialog matches it when the lists arrive). The dialog's
    `accept` asks `wait()` first: before the lists are there, nothing is matched against a list
    not yet known (no new person or organisation made by mistake); it is accepted once they are.
    """

    def __init__(self, dialog: QDialog, reading: str, waiting: str) -> None:
        self.dialog = dialog
        self.note = QLabel(reading, dialog)  # in the dialog's layout, shown while reading
        self.note.setObjectName("readingNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self._waiting = waiting
        self.ready = True
        self._accept_when_read = False

    def start(self, query: Callable[[], T], show: Callable[[T], None]) -> None:
        """Run `query` in a worker; `show` its result in the dialog (on the UI thread)."""
        from organiser.ui.background import QueryOp

        self.ready = False
        self.note.show()

        def arrived(result: T) -> None:
            self.ready = True
            self.note.hide()
            show(result)
            if self._accept_when_read and self.dialog.isVisible():  # not closed meanwhile
                self.dialog.accept()
            self._accept_when_read = False

        QueryOp(self.dialog, query, arrived).failure(self._failed).run()

    def wait(self) -> bool:
        """In `accept`: True while the lists are still being read (accepted once they are)."""
        if self.ready:
            return False
        self._accept_when_read = True
        self.note.setText(self._waiting)
        return True

    def _failed(self, exc: BaseException) -> None:
        from organiser.ui.background import report_error

        self.dialog.reject()  # nothing saved; said in one place
        report_error(self.dialog.parentWidget(), exc)
