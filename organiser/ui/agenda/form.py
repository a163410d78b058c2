"""The agenda editor's form: the fields of the item chosen in the table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from organiser.core.enums import AgendaKind
from organiser.ui.labels import enum_text
from organiser.ui.widgets import label_for

if TYPE_CHECKING:
    from organiser.services.agenda import Agenda, AgendaRow, PresenterChoice


class AgendaItemForm(QWidget):
    """Title, kind, duration, day (and when it starts), presenter, notes of one item; Return in
    a one-line field or Save item asks for it to be saved (`save_requested`)."""

    save_requested = Signal()

    def __init__(self, invitees: list[PresenterChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_fields()
        self._build_day_start()
        self.presenter = self._presenter_box(invitees)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)  # Tab goes on to the next control
        self.notes.setObjectName("itemNotes")
        self.notes.setMaximumHeight(80)
        self.actions_label = QLabel(self)
        self.actions_label.setWordWrap(True)
        self.actions_label.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()
        self.base: dict[str, Any] = {}  # the values as loaded (what a conflict merges from)

    # --- construction -----------------------------------------------------------------

    def _build_fields(self) -> None:
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("itemTitle")
        self.kind = QComboBox(self)
        self.kind.setObjectName("itemKind")
        for kind in AgendaKind:
            self.kind.addItem(enum_text(kind, capital=True), kind.value)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("itemDuration")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.day = QSpinBox(self)
        self.day.setObjectName("itemDay")
        self.day.setRange(1, 30)

    def _build_day_start(self) -> None:
        self.day_start = QTimeEdit(self)
        self.day_start.setObjectName("dayStart")
        self.day_start.setDisplayFormat("HH:mm")
        self.day_start.setKeyboardTracking(False)
        self.day_start_note = QLabel(self)
        self.day_start_note.setObjectName("dayStartNote")
        self.day_start_row = QWidget(self)
        row_layout = QHBoxLayout(self.day_start_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.day_start)
        row_layout.addWidget(self.day_start_note, 1)
        self.day_start_label = QLabel(self.tr("Day &starts at"), self)
        label_for(self.day_start_label, self.day_start)

    def _presenter_box(self, invitees: list[PresenterChoice]) -> QComboBox:
        presenter = QComboBox(self)
        presenter.setObjectName("itemPresenter")
        presenter.setEditable(True)
        presenter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        presenter.addItem("", None)
        for choice in invitees:
            presenter.addItem(choice.name, choice.person_id)
        return presenter

    def _lay_out(self) -> None:
        apply = QPushButton(self.tr("Save item"), self)
        apply.setObjectName("saveItem")
        apply.setAutoDefault(False)
        apply.clicked.connect(lambda: self.save_requested.emit())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.field_labels: dict[str, str] = {}
        for name, label, widget in (("title", self.tr("&Title"), self.title_edit),
                                    ("kind", self.tr("&Kind"), self.kind),
                                    ("duration_minutes", self.tr("D&uration"), self.duration),
                                    ("day", self.tr("Da&y"), self.day),
                                    ("", self.day_start_label, self.day_start_row),
                                    ("presenter", self.tr("&Presenter"), self.presenter),
                                    ("notes", self.tr("&Notes"), self.notes)):
            form.addRow(label, widget)
            if name:
                self.field_labels[name] = str(label).replace("&", "")
        form.addRow(apply)
        form.addRow(self.actions_label)
        self.title_edit.returnPressed.connect(self.save_requested)
        for field in (self.kind, self.duration, self.day, self.presenter):
            field.installEventFilter(self)  # Return saves from every one-line field

    def key_help(self) -> list[tuple[str, str]]:
        """Keys of the form that are no command (Help › Keyboard shortcuts)."""
        return [(self.tr("Save the item (from any one-line field)"),
                 QKeySequence(Qt.Key.Key_Return).toString(
                     QKeySequence.SequenceFormat.NativeText))]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if isinstance(watched, QAbstractSpinBox):
                watched.interpretText()
            self.save_requested.emit()
            return True
        return super().eventFilter(watched, event)

    # --- the item shown ---------------------------------------------------------------

    def show_item(self, item: AgendaRow, agenda: Agenda) -> None:
        self.title_edit.setText(item.title)
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
        self.duration.setValue(item.duration_minutes)
        self.day.setValue(item.day)
        if item.presenter_id is not None:
            self.presenter.setCurrentIndex(max(0, self.presenter.findData(item.presenter_id)))
        else:
            self.presenter.setCurrentIndex(0)
            self.presenter.setEditText(item.presenter)
        self.notes.setPlainText(item.notes)
        self.show_day_start(item.day, agenda)
        if item.actions:
            self.actions_label.setText(
                self.tr("Open actions from earlier events:") + "\n"
                + "\n".join(f"• {a.label()}" for a in item.actions))
        else:
            self.actions_label.setText("")
        self.base = self.values()

    def show_day_start(self, day: int, agenda: Agenda) -> None:
        zone = ZoneInfo(agenda.timezone)
        start = agenda.day_starts.get(day)
        self.day_start.blockSignals(True)
        if start is not None:
            local = start.astimezone(zone)
            self.day_start.setTime(QTime(local.hour, local.minute))
        self.day_start.blockSignals(False)
        self.day_start.setEnabled(day > 1)
        self.day_start_note.setText(
            self.tr("day 1 starts with the event") if day == 1 else
            self.tr("day {day}; its items follow").format(day=day))

    def differs_from(self, item: AgendaRow) -> bool:
        """The fields differ from the stored item (typed, not yet saved)."""
        return (self.title_edit.text().strip() != item.title
                or self.kind.currentData() != item.kind.value
                or self.duration.value() != item.duration_minutes
                or self.day.value() != item.day
                or self.presenter.currentText().strip() != (item.presenter or "")
                or self.notes.toPlainText() != item.notes)

    def changes(self) -> dict[str, Any]:
        """The fields as the agenda service's update_item takes them (the day apart)."""
        presenter_id = self.presenter.currentData() \
            if self.presenter.currentText() == self.presenter.itemText(
                self.presenter.currentIndex()) else None
        return {"title": self.title_edit.text(), "kind": self.kind.currentData(),
                "duration_minutes": self.duration.value(), "notes": self.notes.toPlainText(),
                "presenter_id": presenter_id,
                "presenter_text": "" if presenter_id else self.presenter.currentText()}

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "kind": self.kind.currentData(),
                "duration_minutes": self.duration.value(), "day": self.day.value(),
                "presenter": self.presenter.currentText(), "notes": self.notes.toPlainText()}

    def set_values(self, values: dict[str, Any]) -> None:
        if "title" in values:
            self.title_edit.setText(values["title"])
        if "kind" in values:
            self.kind.setCurrentIndex(self.kind.findData(values["kind"]))
        if "duration_minutes" in values:
            self.duration.setValue(values["duration_minutes"])
        if "day" in values:
            self.day.setValue(values["day"])
        if "presenter" in values:
            found = self.presenter.findText(values["presenter"])
            if found >= 0:
                self.presenter.setCurrentIndex(found)
            else:
                self.presenter.setEditText(values["presenter"])
        if "notes" in values:
            self.notes.setPlainText(values["notes"])
