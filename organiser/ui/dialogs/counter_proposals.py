"""Invitees' proposals of another time (iTIP COUNTER): accept (reschedules) or decline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.ui.labels import counted, enum_text, local_datetime
from organiser.ui.widgets import fit_to_screen

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.counters import CounterRow


class CounterProposalsDialog(QDialog):
    """The event's proposals, newest last; the open ones can be accepted or declined."""

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterProposalsDialog")
        self.setWindowTitle(self.tr("Proposals of another time"))
        self.db, self.event_id = db, event_id
        self.changed = False
        self.list = QListWidget(self)
        self.list.setObjectName("counterProposalsList")
        self.list.setAccessibleDescription(self.tr(
            "Other times proposed by invitees; choose one to accept or decline it."))
        self.list.setAccessibleName(self.tr("Proposals"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept (move the event)"), self)
        self.accept_button.setObjectName("acceptCounter")
        self.decline_button = QPushButton(self.tr("Decline…"), self)
        self.decline_button.setObjectName("declineCounter")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.accept_button.clicked.connect(self.accept_selected)
        self.decline_button.clicked.connect(lambda: self.decline_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, 400)
        self.reload()

    def reload(self) -> None:
        from organiser.services.counters import list_counters

        self.list.clear()
        for row in list_counters(self.db, self.event_id):
            item = QListWidgetItem(self._text(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.list.addItem(item)
        open_rows = [r for r in range(self.list.count()) if self._row(r).status.value == "open"]
        if open_rows:
            self.list.setCurrentRow(open_rows[0])
        self.note.setText(self.tr("Accepting moves the event to the proposed time: everyone is "
                                  "asked again with the update. Declining sends the proposer a "
                                  "DECLINECOUNTER; the event stays as it is."))
        self._update_buttons()

    def _row(self, index: int) -> CounterRow:
        row: CounterRow = self.list.item(index).data(Qt.ItemDataRole.UserRole)
        return row

    def _text(self, row: CounterRow) -> str:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(row.timezone)
        when = (self.tr("{start} to {end} ({zone})").format(
            start=local_datetime(row.start.astimezone(zone), "yyyy-MM-dd HH:mm"),
            end=local_datetime(row.end.astimezone(zone), "yyyy-MM-dd HH:mm"),
            zone=row.timezone) if row.start and row.end else self.tr("no time given"))
        status = enum_text(row.status, capital=True)
        text = f"{status} — {row.name or row.email} <{row.email}>\n{when}"
        return f"{text}\n“{row.comment}”" if row.comment else text

    def selected(self) -> CounterRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        row = self.selected()
        is_open = row is not None and row.status.value == "open"
        self.accept_button.setEnabled(is_open and row is not None and row.start is not None)
        self.decline_button.setEnabled(is_open)

    def accept_selected(self, *, confirm: bool = True) -> None:
        from organiser.core.errors import OrganiserError
        from organiser.services.counters import accept_counter

        row = self.selected()
        if row is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Accept the proposal"),
                self.tr("Move the event to the time {name} proposed? Every answer is asked "
                        "again.").format(name=row.name or row.email)
        ) != QMessageBox.StandardButton.Yes:
            return
        try:
            change = accept_counter(self.db, row.id)
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Proposals of another time"), str(exc))
            return
        self.changed = True
        self.reload()
        reset = change.answers_reset
        self.note.setText(counted(self.tr(
            "The event moved (SEQUENCE {sequence}); %Ln answer(s) reset to needs action. "
            "Send the update: Mail invitations.", "", reset), reset).format(
                sequence=change.sequence))

    def decline_selected(self, *, comment: str | None = None, path: str | None = None,
                         queue: bool | None = None) -> None:
        """Decline; the DECLINECOUNTER is saved as a file or queued as a message."""
        from organiser.core.errors import OrganiserError
        from organiser.services import mail, outbox
        from organiser.services.counters import decline_counter

        row = self.selected()
        if row is None:
            return
        if comment is None:
            text, ok = QInputDialog.getText(self, self.tr("Decline the proposal"),
                                            self.tr("A word for {name} (optional):").format(
                                                name=row.name or row.email))
            if not ok:
                return
            comment = text
        if queue is None and path is None:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Decline the proposal"))
            box.setText(self.tr("How should the DECLINECOUNTER reach {name}?").format(
                name=row.name or row.email))
            queue_button = box.addButton(self.tr("Put the message in the outbox"),
                                         QMessageBox.ButtonRole.AcceptRole)
            save_button = box.addButton(self.tr("Save the .ics file…"),
                                        QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is queue_button:
                queue = True
            elif box.clickedButton() is save_button:
                from organiser.ui.file_dialogs import get_save_file_name

                path, _ = get_save_file_name(
                    self, self.tr("Save the DECLINECOUNTER"), "declinecounter.ics",
                    self.tr("iCalendar (*.ics)"))
                if not path:
                    return
            else:
                return
        try:
            declined = decline_counter(self.db, row.id, comment)
            if path:
                from organiser.core.files import write_atomic

                write_atomic(path, declined.calendar)
            if queue:
                outbox.queue_messages(self.db, mail.prepare_declinecounter(
                    self.db, declined, comment).messages)
        except (OrganiserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Proposals of another time"), str(exc))
            return
        self.changed = True
        self.reload()
