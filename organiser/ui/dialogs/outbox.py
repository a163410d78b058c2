"""The outbox window (queued, sent, failed with the server's answer) and preparing mail."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.ui import colours
from organiser.ui.labels import counted, local_datetime, number
from organiser.ui.models.table import Column, RowTableModel
from organiser.ui.widgets import fit_to_screen

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.mail import MailBatch
    from organiser.services.outbox import OutboxRow


def _when(row: OutboxRow) -> str:
    moment = row.sent_at or row.created_at
    return local_datetime(moment.astimezone(), "yyyy-MM-dd HH:mm")


OUTBOX_TEXTS = [
    QT_TRANSLATE_NOOP("Column", "Tries"), QT_TRANSLATE_NOOP("Column", "Server's answer"),
    QT_TRANSLATE_NOOP("Column", "Subject"),
    QT_TRANSLATE_NOOP("OutboxStatus", "queued"), QT_TRANSLATE_NOOP("OutboxStatus", "sent"),
    QT_TRANSLATE_NOOP("OutboxStatus", "failed"), QT_TRANSLATE_NOOP("OutboxStatus", "sending"),
    QT_TRANSLATE_NOOP("OutboxStatus", "may have been sent"),
]


OUTBOX_COLUMNS: list[Column[Any]] = [
    Column("Status", lambda r: QCoreApplication.translate("OutboxStatus", r.state)),
    Column("To", lambda r: r.recipient),
    Column("Tries", lambda r: str(r.attempts), sort=lambda r: r.attempts,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column("When", _when),
    Column("Server's answer", lambda r: r.last_error, tooltip=lambda r: r.last_error),
    Column("Subject", lambda r: r.subject, tooltip=lambda r: r.subject),
]
STATUS_COLOURS = {"sent": "positive", "failed": "failed", "queued": "queued",
                  "sending": "sending", "may have been sent": "uncertain"}


class OutboxModel(RowTableModel[Any]):
    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0:
            state = STATUS_COLOURS.get(self.row_at(index.row()).state)
            return colours.foreground(state) if state else None
        return super().data(index, role)


class _Sender(QObject):
    """Sends in a worker thread, so a slow or absent server never freezes the window."""

    finished = Signal(object)
    progressed = Signal(int, int)  # messages done, of how many (queued across threads)

    def start(self, db: Database, include_failed: bool, ids: list[int] | None = None,
              resend_unsure: bool = False) -> None:
        def work() -> None:
            from organiser.core.errors import OrganiserError
            from organiser.services.outbox import send_outbox

            try:
                result: Any = send_outbox(db, include_failed=include_failed, ids=ids,
                                          resend_unsure=resend_unsure,
                                          progress=self.progressed.emit)
            except OrganiserError as exc:
                result = exc
            self.finished.emit(result)

        threading.Thread(target=work, name="outbox-send", daemon=True).start()


class OutboxDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(self.tr("Outbox"))
        self.db = db
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("outboxSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = OutboxModel(OUTBOX_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("outboxTable")
        self.table.setAccessibleDescription(self.tr(
            "Each message waiting, sent or failed, with its tries and the server's answer."))
        self.table.setAccessibleName(self.tr("Messages in the outbox"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.send_button = self._button(buttons, self.tr("&Send queued"), "sendButton", self.send)
        self.retry_button = self._button(buttons, self.tr("&Retry failed"), "retryButton",
                                         self.retry)
        self.resend_button = self._button(buttons, self.tr("Send &again…"), "resendButton",
                                          self.resend)
        self.discard_button = self._button(buttons, self.tr("&Discard selected"), "discardButton",
                                           self.discard)
        self.password_button = self._button(buttons, self.tr("SMTP &password…"), "passwordButton",
                                            self.ask_password)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.sender_worker = _Sender(self)
        self.sender_worker.finished.connect(self._sent)
        self.sender_worker.progressed.connect(self._progress)
        self.sending = False
        fit_to_screen(self, 900, 420)
        self.refresh()

    def _button(self, box: QDialogButtonBox, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    def refresh(self) -> None:
        from organiser.services.outbox import list_outbox

        rows = list_outbox(self.db)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):  # long answers: full in the tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 340))
        counts = {s: sum(1 for r in rows if r.status.value == s)
                  for s in ("queued", "sent", "failed")}
        text = self.tr("{queued} queued, {sent} sent, {failed} failed").format(
            queued=number(counts["queued"]), sent=number(counts["sent"]),
            failed=number(counts["failed"]))
        unsure = sum(1 for r in rows if r.unsure)
        if unsure:
            text += "\n" + self.tr(
                "{count} may have been sent already (sending stopped midway): they are not "
                "sent again unless you choose Send again.").format(count=number(unsure))
        self.summary.setText(text)
        if getattr(self, "sending", False):
            return  # the buttons stay off until the sending ends
        self.send_button.setEnabled(counts["queued"] > 0 or counts["failed"] > 0)
        self.retry_button.setEnabled(counts["failed"] > 0)
        self.resend_button.setEnabled(unsure > 0)
        self.discard_button.setEnabled(bool(rows))

    def _selected_ids(self) -> list[int]:
        return [int(self.model.row_at(index.row()).id)
                for index in self.table.selectionModel().selectedRows()]

    def _set_sending(self, sending: bool) -> None:
        """While sending, nothing that changes the outbox can be pressed (not even Discard)."""
        self.sending = sending
        for button in (self.send_button, self.retry_button, self.resend_button,
                       self.discard_button):
            button.setEnabled(not sending)
        if not sending:
            self.refresh()

    def _progress(self, done: int, total: int) -> None:
        """Each message as it goes: the rows show sent and failed ones, the count moves on."""
        self.refresh()
        self.summary.setText(self.tr("Sending {done} of {total}…").format(
            done=number(min(done + 1, total)), total=number(total)))

    def send(self, include_failed: bool = False) -> None:
        self._set_sending(True)
        self.summary.setText(self.tr("Sending…"))
        self.sender_worker.start(self.db, bool(include_failed))

    def retry(self) -> None:
        self.send(include_failed=True)

    def resend(self) -> None:
        """Messages that may have been sent: only after the person confirms, the selected
        ones (or all of them when none is selected)."""
        unsure = [r.id for r in self.model.rows() if r.unsure]
        chosen = [i for i in self._selected_ids() if i in unsure] or unsure
        if not chosen:
            return
        answer = QMessageBox.question(
            self, self.tr("Send again"),
            self.tr("{count} message(s) may have reached their recipients already: sending "
                    "stopped midway, so nobody knows. Send them again? Someone who got the "
                    "first one receives the same message (same Message-ID) a second time.")
            .format(count=number(len(chosen))))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._set_sending(True)
        self.summary.setText(self.tr("Sending…"))
        self.sender_worker.start(self.db, False, ids=chosen, resend_unsure=True)

    def _sent(self, result: Any) -> None:
        from organiser.core.errors import OrganiserError

        self._set_sending(False)
        if isinstance(result, OrganiserError):
            self.summary.setText(self.tr("Not sent: {reason}").format(reason=result))
            QMessageBox.warning(self, self.tr("Outbox"), str(result))
            return
        text = result.summary()
        if result.error:
            text += ". " + self.tr("The messages stay queued; send again when the connection is "
                                   "back.")
        self.summary.setText(text)

    def discard(self) -> None:
        from organiser.services.outbox import discard

        if self.sending:
            return
        ids = self._selected_ids()
        if ids:
            discard(self.db, ids)
            self.refresh()

    def ask_password(self) -> None:
        from organiser.core.errors import OrganiserError
        from organiser.services.outbox import SmtpConfig

        config = SmtpConfig.from_settings()
        try:
            config.check()
            config.check_user()
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("SMTP password"), str(exc))
            return
        password, ok = QInputDialog.getText(
            self, self.tr("SMTP password"),
            self.tr("Password of {account}\n(kept in the system keyring, never in a file):")
            .format(account=config.account),
            QLineEdit.EchoMode.Password)
        if not ok or not password:
            return
        try:
            config.set_password(password)
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("SMTP password"), str(exc))
            return
        self.summary.setText(self.tr("Password of {account} stored in the system keyring.")
                             .format(account=config.account))


def preview_text(prepared: Any) -> str:
    """One prepared message as the recipient reads it: headers, text, attachments."""
    message = prepared.message
    lines = [QCoreApplication.translate("MailDialog", "From: {value}").format(
                 value=message.get("From", "")),
             QCoreApplication.translate("MailDialog", "To: {value}").format(
                 value=message.get("To", "")),
             QCoreApplication.translate("MailDialog", "Subject: {value}").format(
                 value=message.get("Subject", "")),
             ""]
    body = message.get_body(preferencelist=("plain",))
    lines.append(body.get_content().strip() if body is not None else "")
    attached = [part.get_filename() for part in message.iter_attachments()
                if part.get_filename()]
    if attached:
        lines += ["", QCoreApplication.translate("MailDialog", "Attached: {names}").format(
            names=", ".join(attached))]
    return "\n".join(lines)


SKIPPED_SHOWN = 10  # recipients left out named in the box; the rest counted


class MailDialog(QObject):
    """The mail box's counted words, in its translation context: lupdate takes a message for
    a plural one (numerus) only from `self.tr(text, "", n)`, not from
    QCoreApplication.translate."""

    def prepared(self, n: int) -> str:
        return counted(self.tr("%Ln message(s) prepared.", "", n), n)

    def left_out(self, n: int) -> str:
        return counted(self.tr("%Ln recipient(s) left out:", "", n), n)

    def more(self, n: int) -> str:
        return self.tr("… and %Ln more", "", n)

    def saved(self, n: int) -> str:
        return counted(self.tr("%Ln message(s) saved in {folder}", "", n), n)

    def queued(self, n: int) -> str:
        return counted(self.tr("%Ln message(s) put in the outbox (File → Outbox)", "", n), n)


def prepared_text(batch: MailBatch) -> str:
    """"5 messages prepared." and, when some were left out, how many, who and why (each line
    of the batch names the person and the reason), the first ten of them and a count of the
    rest."""
    words = MailDialog()
    lines = [words.prepared(len(batch.messages))]
    if batch.skipped:
        lines.append(words.left_out(len(batch.skipped)))
        lines += batch.skipped[:SKIPPED_SHOWN]
        rest = len(batch.skipped) - SKIPPED_SHOWN
        if rest > 0:
            lines.append(words.more(rest))
    return "\n".join(lines)


def mail_box(parent: QWidget | None,
             batch: MailBatch) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
    """The prepared messages' way out: save as .eml, put in the outbox, or cancel; the first
    message readable under Show Details… before it goes."""
    box = QMessageBox(parent)
    box.setObjectName("mailWayOut")
    box.setWindowTitle(QCoreApplication.translate("MailDialog", "Mail"))
    box.setText(prepared_text(batch))
    box.setDetailedText(preview_text(batch.messages[0]))  # "Show Details…": the first one
    box.setInformativeText(QCoreApplication.translate(
        "MailDialog", "Show Details… to read the first message before it goes."))
    save = box.addButton(QCoreApplication.translate("MailDialog", "Save as .eml files…"),
                         QMessageBox.ButtonRole.ActionRole)
    queue = box.addButton(QCoreApplication.translate("MailDialog", "Put in the outbox"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box, save, queue


def mail_event(parent: QWidget, db: Database, event_id: int, what: str) -> str:
    """Prepare an event's messages, then save them as .eml files or queue them.

    Returns a line for the status bar ('' when cancelled).
    """
    from organiser.core.errors import OrganiserError
    from organiser.services import mail, outbox

    try:
        batch = mail.prepare(db, event_id, what)
    except OrganiserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("MailDialog", "Mail"), str(exc))
        return ""
    if not batch.messages:
        QMessageBox.information(parent, QCoreApplication.translate("MailDialog", "Mail"),
                                QCoreApplication.translate("MailDialog", "No message to prepare.")
                                + "\n" + "\n".join(batch.skipped))
        return ""
    box, save, queue = mail_box(parent, batch)
    box.exec()
    try:
        if box.clickedButton() is save:
            from organiser.ui.file_dialogs import get_existing_directory

            folder = get_existing_directory(
                parent, QCoreApplication.translate("MailDialog", "Save the messages in"))
            if not folder:
                return ""
            written = mail.write_eml(batch.messages, folder)
            mail.mark_sent(db, batch.messages)
            return MailDialog().saved(len(written)).format(folder=folder)
        if box.clickedButton() is queue:
            outbox.queue_messages(db, batch.messages)
            mail.mark_sent(db, batch.messages)
            return MailDialog().queued(len(batch.messages))
    except OrganiserError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("MailDialog", "Mail"), str(exc))
    return ""
