"""The event editor: kind, title, dates in the event's own zone, place, link, description."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from organiser.core.enums import EventKind, EventStatus
from organiser.ui import colours
from organiser.ui.labels import AS_WRITTEN, enum_text
from organiser.ui.widgets import fit_to_screen

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.events import EventChange


def _zones() -> list[str]:
    from zoneinfo import available_timezones

    skipped = ("Etc/", "SystemV/", "US/", "posix/", "right/")
    zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith(skipped))
    return [*zones, "UTC"]


def _qt(value: dt.datetime) -> QDateTime:
    """The event's wall clock (in its own zone), held as UTC by the fields: as this machine's
    local time, 02:30 on the night its clocks go forward did not exist and became 03:30."""
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute), AS_WRITTEN)


def _py(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


class EventEditorDialog(QDialog):
    """Create (event_id None) or edit an event; errors stay in the dialog, nothing is lost."""

    def __init__(self, db: Database, event_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.setObjectName("eventEditor")
        self.setWindowTitle(self.tr("New event") if event_id is None else self.tr("Edit event"))
        # the version the form was filled from, and the values it showed then
        self.version: int | None = None
        self.change: EventChange | None = None  # what the save did (SEQUENCE, answers reset)
        # around the write (the area's own_write: it shows the row itself, not the poll)
        self.write_guard: Callable[[], AbstractContextManager[Any]] = nullcontext
        self.base: dict[str, Any] = {}
        self._build_what_and_when()
        self._build_where()
        self._build_description_and_language()
        self._build_messages()
        self._lay_out()
        fit_to_screen(self, 560, 560)
        self._load()

    def _build_what_and_when(self) -> None:
        """Title, kind, status; the time zone and the start and end in it."""
        self.title = QLineEdit(self)
        self.title.setObjectName("eventTitle")
        self.kind = QComboBox(self)
        self.kind.setObjectName("eventKind")
        for kind in EventKind:
            self.kind.addItem(enum_text(kind, capital=True), kind.value)
        self.status = QComboBox(self)
        self.status.setObjectName("eventStatus")
        for status in EventStatus:
            self.status.addItem(enum_text(status, capital=True), status.value)
        self.timezone = QComboBox(self)
        self.timezone.setObjectName("eventTimezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(_zones())
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.start = QDateTimeEdit(self)
        self.start.setObjectName("eventStart")
        self.end = QDateTimeEdit(self)
        self.end.setObjectName("eventEnd")
        for edit in (self.start, self.end):
            edit.setTimeZone(AS_WRITTEN)  # wall clock as it is (see _qt)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.start.dateTimeChanged.connect(self._start_moved)

    def _build_where(self) -> None:
        """The venue and its address, or the online link."""
        self.venue = QLineEdit(self)
        self.venue.setObjectName("eventVenue")
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)  # Tab goes on to the next control
        self.address.setObjectName("eventAddress")
        self.address.setFixedHeight(54)
        self.online_url = QLineEdit(self)
        self.online_url.setObjectName("eventOnlineUrl")
        self.online_url.setPlaceholderText("https://…")

    def _build_description_and_language(self) -> None:
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)  # Tab goes on to the next control
        self.description.setObjectName("eventDescription")
        # the language of the event's documents (agenda, minutes, sheets), each in its own name
        from organiser.ui.i18n import LANGUAGES

        self.language = QComboBox(self)
        self.language.setObjectName("eventLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)

    def _build_messages(self) -> None:
        """What the save refused, what it will do to the invitations (SEQUENCE), and the
        panel of a conflict with someone else's save."""
        self.error = QLabel(self)
        self.error.setObjectName("eventError")
        self.error.setStyleSheet(colours.text_style("alert"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.sequence_note = QLabel(self)
        self.sequence_note.setWordWrap(True)
        from organiser.ui.conflict import ConflictPanel

        self.conflict = ConflictPanel(self)
        self.conflict.reload_requested.connect(self.reload)

    def _lay_out(self) -> None:
        """The fields in one form, the messages, Save and Cancel."""
        form = QFormLayout()
        rows = (("title", self.tr("&Title"), self.title), ("kind", self.tr("&Kind"), self.kind),
                ("start", self.tr("&Starts"), self.start), ("end", self.tr("&Ends"), self.end),
                ("timezone", self.tr("Time &zone"), self.timezone),
                ("venue", self.tr("&Venue"), self.venue),
                ("address", self.tr("&Address"), self.address),
                ("online_url", self.tr("&Online link"), self.online_url),
                ("description", self.tr("&Description"), self.description),
                ("language", self.tr("Documents in"), self.language),
                ("status", self.tr("Stat&us"), self.status))
        self.field_labels: dict[str, str] = {}
        for name, label, widget in rows:
            form.addRow(label, widget)
            self.field_labels[name] = label.replace("&", "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sequence_note)
        layout.addWidget(self.error)
        layout.addWidget(self.conflict)
        layout.addWidget(buttons)

    def _load(self) -> None:
        if self.event_id is None:
            from organiser.core.settings import DEFAULT_TIMEZONE, Settings

            tomorrow = dt.datetime.now().replace(hour=9, minute=0, second=0, microsecond=0) \
                + dt.timedelta(days=7)
            self.start.setDateTime(_qt(tomorrow))
            self.end.setDateTime(_qt(tomorrow + dt.timedelta(hours=2)))
            self.timezone.setCurrentText(Settings(strict=False).get(DEFAULT_TIMEZONE))
            self.status.setCurrentIndex(self.status.findData(EventStatus.PLANNED.value))
            self.sequence_note.setText("")
            return
        from organiser.services.events import event_form_values

        values = event_form_values(self.db, self.event_id)
        self.version = values["version"]
        self.set_values({**values, "kind": values["kind"].value,
                         "status": values["status"].value})
        self.base = self.values()
        self.sequence_note.setText(
            "<small>" + self.tr(
                "Calendar version (SEQUENCE) {sequence}: changing the time, place or status "
                "sends an update; the title or description alone do not.").format(
                    sequence=values["sequence"]) + "</small>")

    def _start_moved(self, value: QDateTime) -> None:
        if self.end.dateTime() <= value:
            self.end.setDateTime(value.addSecs(2 * 3600))

    def set_values(self, values: dict[str, Any]) -> None:
        """Put values (as `values()` gives them) into the fields; absent keys stay."""
        texts = {"title": self.title, "venue": self.venue, "online_url": self.online_url}
        for name, line in texts.items():
            if name in values:
                line.setText(values[name])
        for name, combo in (("kind", self.kind), ("status", self.status),
                            ("language", self.language)):
            if name in values:
                combo.setCurrentIndex(combo.findData(values[name]))
        if "timezone" in values:
            self.timezone.setCurrentText(values["timezone"])
        if "start" in values:
            self.start.setDateTime(_qt(values["start"]))
        if "end" in values:
            self.end.setDateTime(_qt(values["end"]))
        if "address" in values:
            self.address.setPlainText(values["address"])
        if "description" in values:
            self.description.setPlainText(values["description"])

    def reload(self) -> None:
        """After a refused save: show the stored event, keeping what the user typed."""
        from organiser.ui.conflict import merge_into_form
        from organiser.ui.labels import enum_text as label

        mine, base = self.values(), self.base
        self._load()
        labels = {name: self.field_labels[name] for name in mine}

        def shown(value: Any) -> str:
            if isinstance(value, dt.datetime):
                return f"{value:%Y-%m-%d %H:%M}"
            for enum in (EventKind, EventStatus):
                if value in {member.value for member in enum}:
                    return label(enum(value), capital=True)
            return str(value)

        merge_into_form(self.conflict, base, mine, self.base, self.set_values, labels, shown)
        self.error.hide()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(), "kind": self.kind.currentData(),
            "start": _py(self.start.dateTime()), "end": _py(self.end.dateTime()),
            "timezone": self.timezone.currentText(), "venue": self.venue.text(),
            "address": self.address.toPlainText(), "online_url": self.online_url.text(),
            "description": self.description.toPlainText(), "status": self.status.currentData(),
            "language": self.language.currentData(),
        }

    def accept(self) -> None:
        from organiser.core.errors import ConflictError, OrganiserError
        from organiser.services.events import create_event, update_event

        try:
            with self.write_guard():
                if self.event_id is None:
                    self.event_id = create_event(self.db, **self.values())
                else:
                    self.change = update_event(self.db, self.event_id,
                                               expected_version=self.version, **self.values())
        except ConflictError as exc:
            self.error.hide()
            self.conflict.show_conflict(str(exc))
            return
        except OrganiserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()
