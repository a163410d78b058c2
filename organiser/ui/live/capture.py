"""Capture of a decision or a next step: text, owner picked by typing, due date, line of action."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from organiser.ui import colours
from organiser.ui.live.picker import Choice, FoldedPicker, ReadFirst
from organiser.ui.widgets import name_form_fields

if TYPE_CHECKING:
    from organiser.services.live import Owner

DECISION = "decision"
NEXT_STEP = "next step"


@dataclass
class Captured:
    kind: str
    text: str
    owner: Owner | None
    owner_name: str
    due_date: dt.date | None
    line_of_action_id: int | None


class DateField(QWidget):
    """A typed date (2027-03-31, 31/03/2027, 31 Mar 2027) with a calendar button beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dueDate")
        self.edit.setPlaceholderText(self.tr("2027-03-31 (optional)"))
        self.button = QToolButton(self)
        self.button.setText(self.tr("Calendar…"))
        self.button.setObjectName("dueDateCalendar")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _picked(self, date: QDate) -> None:
        self.edit.setText(date.toString("yyyy-MM-dd"))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()

    def date(self) -> dt.date | None:
        from organiser.services.live import parse_due_date

        return parse_due_date(self.edit.text())


class CaptureDialog(QDialog):
    """Enter saves from any field; Escape cancels.

    The owners and lines of action are given, or read in a worker (`read`) while the dialog
    is already open: an owner typed meanwhile is matched once they arrive, and Enter before
    that saves once they have (never a typed owner left unmatched because it came too soon).
    """

    def __init__(self, kind: str, text: str, owners: list[Owner] | None,
                 lines: list[tuple[int, str]] | None, parent: QWidget | None = None,
                 line_of_action_id: int | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._line_wanted = line_of_action_id
        self.lists = ReadFirst(self, self.tr("Reading the people and organisations…"),
                               self.tr("Reading the people and organisations… saved once "
                                       "they are read."))
        self.setObjectName("captureDialog")
        self.setWindowTitle(self.tr("New decision") if kind == DECISION
                            else self.tr("New next step"))
        self.text_edit = QLineEdit(text, self)
        self.text_edit.setObjectName("captureText")
        self.owner = FoldedPicker(None, self,
                                  self.tr("type a few letters of a person or organisation"))
        self.owner.setObjectName("captureOwner")
        self.due = DateField(self)
        self.line = QComboBox(self)
        self.line.setObjectName("captureLine")
        self.line.addItem(self.tr("(no line of action)"), None)
        self.error = QLabel(self)
        self.error.setStyleSheet(colours.text_style("alert"))
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&Text"), self.text_edit)
        if kind == NEXT_STEP:
            form.addRow(self.tr("&Owner"), self.owner)
            form.addRow(self.tr("&Due date"), self.due)
        else:
            self.owner.hide()
            self.due.hide()
        form.addRow(self.tr("&Line of action"), self.line)
        form.addRow(self.lists.note)
        form.addRow(self.error)
        name_form_fields(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_value: Captured | None = None
        if owners is not None and lines is not None:
            self._show_lists((owners, lines))
        self.setMinimumWidth(560)
        (self.owner if kind == NEXT_STEP and text else self.text_edit).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def read(self, query: Callable[[], tuple[list[Owner], list[tuple[int, str]]]]) -> None:
        """Read the owners and lines of action in a worker (the dialog is usable meanwhile)."""
        self.lists.start(query, self._show_lists)

    def _show_lists(self, lists: tuple[list[Owner], list[tuple[int, str]]]) -> None:
        owners, lines = lists
        self.owner.set_choices([Choice(o.label, o.key, o) for o in owners])
        for line_id, label in lines:
            self.line.addItem(label, line_id)
        if self._line_wanted is not None and self.line.currentIndex() == 0:
            self.line.setCurrentIndex(max(0, self.line.findData(self._line_wanted)))

    def accept(self) -> None:
        from organiser.core.errors import OrganiserError

        text = self.text_edit.text().strip()
        if not text:
            self.error.setText(self.tr("Type the text first."))
            self.text_edit.setFocus()
            return
        try:
            due = self.due.date() if self.kind == NEXT_STEP else None
        except OrganiserError as exc:
            self.error.setText(exc.message)
            self.due.setFocus()
            return
        if self.lists.wait():  # the owner and line are matched once the lists are read
            return
        chosen = self.owner.chosen() if self.kind == NEXT_STEP else None
        self.result_value = Captured(
            kind=self.kind, text=text, owner=chosen.value if chosen else None,
            owner_name="" if chosen else self.owner.text(), due_date=due,
            line_of_action_id=self.line.currentData())
        super().accept()
