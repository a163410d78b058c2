"""Choosing a backup to restore, and the dialog shown when a database cannot be opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.ui.labels import number
from organiser.ui.models.table import Column, RowTableModel
from organiser.ui.widgets import fit_to_screen

if TYPE_CHECKING:
    from organiser.services.backups import BackupInfo


def _size(info: BackupInfo) -> str:
    return QCoreApplication.translate("RestoreDialog", "{size} KiB").format(
        size=number(max(1, info.size // 1024)))


BACKUP_COLUMNS: list[Column[Any]] = [
    Column("Day", lambda b: b.day.isoformat()),
    Column("Taken at", lambda b: b.taken_at.strftime("%H:%M")),
    Column("Size", _size),
    Column("File", lambda b: b.path.name, tooltip=lambda b: str(b.path)),
]
COLUMN_TITLES = [QT_TRANSLATE_NOOP("Column", "Taken at"), QT_TRANSLATE_NOOP("Column", "Size"),
                 QT_TRANSLATE_NOOP("Column", "File")]


class RestoreDialog(QDialog):
    """The automatic backups of a database, newest first; or any backup file chosen."""

    def __init__(self, database: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from organiser.services.backups import list_backups

        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.database = Path(database).expanduser()
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("Restoring puts the chosen copy in place of <b>{name}</b>. The current file "
                    "is not deleted: it is kept beside it as <i>{kept}</i>.").format(
                name=self.database.name,
                kept=f"{self.database.stem}.before-restore-…{self.database.suffix}"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model: RowTableModel[Any] = RowTableModel(BACKUP_COLUMNS, self)
        self.model.set_rows(list_backups(self.database))
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setAccessibleDescription(self.tr(
            "The automatic backups, newest first; Enter or double-click restores the chosen one."))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("There is no automatic backup of this database yet."), self)
        self.empty.setVisible(self.model.rowCount() == 0)
        layout.addWidget(self.empty)
        if self.model.rowCount():
            self.table.selectRow(0)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("&Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(self.model.rowCount() > 0)
        self.file_button = buttons.addButton(self.tr("Choose a &file…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.setObjectName("chooseBackupFile")
        self.file_button.clicked.connect(self.choose_file)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 320)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return Path(self.model.row_at(rows[0].row()).path)

    def choose_file(self) -> None:
        from organiser.services.backups import backup_folder
        from organiser.ui.file_dialogs import get_open_file_name

        folder = backup_folder(self.database)
        path, _ = get_open_file_name(
            self, self.tr("Choose a backup"), str(folder) if folder.is_dir() else "",
            self.tr("Organiser database (*.sqlite);;All files (*)"))
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        if self.chosen is None:
            self.chosen = self.selected()
        if self.chosen is not None:
            super().accept()


# --- a database that cannot be opened --------------------------------------------------

RETRY, READ_ONLY, RESTORE, OTHER, QUIT = "retry", "read-only", "restore", "other", "quit"
CHOICE_TEXT = {
    RESTORE: QT_TRANSLATE_NOOP("OpenProblemDialog", "&Restore a backup…"),
    READ_ONLY: QT_TRANSLATE_NOOP("OpenProblemDialog", "Open &read-only"),
    RETRY: QT_TRANSLATE_NOOP("OpenProblemDialog", "&Try again"),
    OTHER: QT_TRANSLATE_NOOP("OpenProblemDialog", "&Choose another file…"),
    QUIT: QT_TRANSLATE_NOOP("OpenProblemDialog", "&Quit"),
}


def offers(error: Exception, target: str) -> tuple[str, list[str]]:
    """What the problem is in a word, and what can be done about it (best first)."""
    from organiser.core.errors import NewerDatabaseError
    from organiser.core.instance import DatabaseInUseError

    has_backups = False
    if "://" not in target:
        from organiser.services.backups import list_backups

        has_backups = bool(list_backups(target))
    backup = [RESTORE] if has_backups else []
    message = str(error).lower()
    if isinstance(error, DatabaseInUseError):
        return "in use", [READ_ONLY, RETRY, OTHER, QUIT]
    if isinstance(error, NewerDatabaseError):
        return "newer", [*backup, OTHER, QUIT]
    if "read-only" in message:
        return "read-only", [READ_ONLY, OTHER, QUIT]
    if "damaged" in message or "not an organiser database" in message \
            or "malformed" in message:
        return "damaged", [*backup, OTHER, QUIT]
    if "locked" in message:
        return "locked", [RETRY, READ_ONLY, OTHER, QUIT]
    if "does not exist" in message or "no such" in message or "cannot be opened" in message:
        return "missing", [RETRY, *backup, OTHER, QUIT]
    return "other", [RETRY, READ_ONLY, *backup, OTHER, QUIT]


ADVICE = {
    "in use": QT_TRANSLATE_NOOP(
        "OpenProblemDialog", "Only one Organiser at a time works on a database, so that no "
        "change is lost. Read-only, you can look things up while the other one keeps working."),
    "newer": QT_TRANSLATE_NOOP(
        "OpenProblemDialog", "A newer version of Organiser wrote this database. Update "
        "Organiser to work on it; the file was not changed."),
    "read-only": QT_TRANSLATE_NOOP(
        "OpenProblemDialog", "The file or its folder cannot be written (a read-only drive or "
        "share). You can look at it read-only, or copy it somewhere writable."),
    "damaged": QT_TRANSLATE_NOOP(
        "OpenProblemDialog", "The file is damaged or is not an Organiser database. It was not "
        "changed. Restore the last good backup (the damaged file is kept aside)."),
    "locked": QT_TRANSLATE_NOOP(
        "OpenProblemDialog", "Another program is writing to the database. Wait a moment and "
        "try again."),
    "missing": QT_TRANSLATE_NOOP(
        "OpenProblemDialog", "The file or its folder is not there. If it is on a USB stick or "
        "a network drive, connect it and try again."),
    "other": QT_TRANSLATE_NOOP(
        "OpenProblemDialog", "The database could not be opened. It was not changed."),
}


class OpenProblemDialog(QDialog):
    """What went wrong, in words, and one button per way forward; `choice` says which."""

    def __init__(self, error: Exception, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openProblemDialog")
        self.setWindowTitle(self.tr("Cannot open the database"))
        self.kind, self.choices = offers(error, target)
        self.choice = QUIT
        layout = QVBoxLayout(self)
        message = QLabel(f"<b>{_html(str(error))}</b>", self)
        message.setObjectName("problemMessage")
        message.setWordWrap(True)
        layout.addWidget(message)
        advice = QLabel(self.tr(str(ADVICE[self.kind])), self)
        advice.setWordWrap(True)
        layout.addWidget(advice)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for choice in self.choices:
            button = QPushButton(self.tr(str(CHOICE_TEXT[choice])), self)
            button.setObjectName(f"choice-{choice}")
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            row.addWidget(button)
            self.buttons[choice] = button
        self.buttons[self.choices[0]].setDefault(True)
        layout.addLayout(row)
        self.setMinimumWidth(520)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == QUIT:
            self.reject()
        else:
            self.accept()


def _html(text: str) -> str:
    import html

    return html.escape(text)
