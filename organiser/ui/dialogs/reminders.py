"""Next steps → Remind owners…: reminders as .eml drafts or into the outbox."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.ui.background import QueryOp

if TYPE_CHECKING:
    from organiser.core.storage import Database


class RemindDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("remindDialog")
        self.setWindowTitle(self.tr("Remind owners of their next steps"))
        intro = QLabel(self.tr(
            "One message per person with the steps they own that are overdue or due soon, in "
            "their language. A step reminded today is not reminded again today."), self)
        intro.setWordWrap(True)
        self.days = QSpinBox(self)
        self.days.setObjectName("remindDays")
        self.days.setRange(0, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days ahead"))
        self.to_files = QRadioButton(self.tr("Save as drafts (.eml) in a folder"), self)
        self.to_files.setObjectName("remindToFiles")
        self.to_outbox = QRadioButton(self.tr("Put them in the outbox"), self)
        self.to_outbox.setObjectName("remindToOutbox")
        self.to_outbox.setChecked(True)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("remindFolder")
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.again = QCheckBox(self.tr("Also steps already reminded today"), self)
        self.again.setObjectName("remindAgain")
        self.result_label = QLabel(self)
        self.result_label.setObjectName("remindResult")
        self.result_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Steps due within"), self.days)
        form.addRow(self.to_outbox)
        form.addRow(self.to_files)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.prepare_button = self.buttons.addButton(self.tr("&Prepare"),
                                                     QDialogButtonBox.ButtonRole.ActionRole)
        self.prepare_button.setObjectName("remindPrepare")
        self.prepare_button.clicked.connect(self.prepare)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.to_files.toggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.folder.setEnabled(self.to_files.isChecked())

    def _browse(self) -> None:
        from organiser.ui.file_dialogs import get_existing_directory

        folder = get_existing_directory(self, self.tr("Folder for the drafts"),
                                        self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.to_files.setChecked(True)

    def prepare(self) -> None:
        from organiser.services.reminders import remind

        output = self.folder.text().strip() if self.to_files.isChecked() else None
        if self.to_files.isChecked() and not output:
            self.result_label.setText(self.tr("Choose a folder for the drafts first."))
            return
        db, days, again, queue = self.db, self.days.value(), self.again.isChecked(), \
            self.to_outbox.isChecked()
        self.prepare_button.setEnabled(False)
        self.result_label.setText(self.tr("Preparing…"))
        QueryOp(self, lambda: remind(db, days=days, output=output, queue=queue, again=again),
                self._done).failure(self._failed).run()

    def _done(self, batch: Any) -> None:
        self.prepare_button.setEnabled(True)
        lines = [batch.summary()]
        if batch.files:
            lines.append(self.tr("Saved in {folder}: open each draft, check it and send it.")
                         .format(folder=self.folder.text()))
        elif batch.queued:
            lines.append(self.tr("In the outbox: send them from File → Outbox."))
        lines += batch.skipped
        self.result_label.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        from organiser.core.errors import OrganiserError
        from organiser.ui.background import report_error

        self.prepare_button.setEnabled(True)
        if isinstance(exc, OrganiserError):
            self.result_label.setText(str(exc))
        else:
            self.result_label.setText("")
            report_error(self, exc)
