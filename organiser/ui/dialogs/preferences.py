"""Preferences: one form over the settings declared in organiser.core.settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.core.settings import DATABASE_LOCATION, OPTIONS, UI_LANGUAGE, Option, Settings

# The pages and titles declared in organiser.core.settings, as the dialog shows them.
SETTING_TEXTS = [
    QT_TRANSLATE_NOOP("Settings", "Identity"),
    QT_TRANSLATE_NOOP("Settings", "Events"),
    QT_TRANSLATE_NOOP("Settings", "Mail"),
    QT_TRANSLATE_NOOP("Settings", "Data"),
    QT_TRANSLATE_NOOP("Settings", "Interface"),
    QT_TRANSLATE_NOOP("Settings", "Your name"),
    QT_TRANSLATE_NOOP("Settings", "Your e-mail address"),
    QT_TRANSLATE_NOOP("Settings", "Default time zone"),
    QT_TRANSLATE_NOOP("Settings", "SMTP server"),
    QT_TRANSLATE_NOOP("Settings", "SMTP port"),
    QT_TRANSLATE_NOOP("Settings", "Security (starttls, ssl, none)"),
    QT_TRANSLATE_NOOP("Settings", "SMTP user name"),
    QT_TRANSLATE_NOOP("Settings", "Daily backups kept"),
    QT_TRANSLATE_NOOP("Settings", "Interface language (empty: system)"),
    QT_TRANSLATE_NOOP("Settings", "Database (file or URL; empty: the default file)"),
]


def setting_text(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class DatabaseLocationEditor(QWidget):
    """The database of team mode: a file (Browse…) or a SQLAlchemy URL typed in."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(value, self)
        self.line.setObjectName("databaseLocationEdit")
        self.line.setPlaceholderText(self.tr("the default file in your data folder"))
        self.line.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.setObjectName("databaseBrowseButton")
        self.browse.clicked.connect(self._browse)
        row.addWidget(self.line, 1)
        row.addWidget(self.browse)
        self.note = QLabel(self.tr(
            "A shared PostgreSQL database works too: "
            "postgresql+psycopg://user@host/organiser. "
            "--db and ORGANISER_DB take precedence; the change applies at the next start."), self)
        self.note.setObjectName("databaseLocationNote")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("x" * 48))
        # the dialog shows the note on its own full-width row, under the field

    def text(self) -> str:
        return self.line.text().strip()

    def _browse(self) -> None:
        current = self.text()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), "" if "://" in current else current,
            self.tr("Organiser database (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.line.setText(path)


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.settings = Settings(strict=False)
        if self.settings.problem:
            QMessageBox.warning(self, self.tr("Settings"),
                                self.tr("{problem}\nDefaults are shown instead.").format(
                                    problem=self.settings.problem))
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        pages: dict[str, QFormLayout] = {}
        for option in OPTIONS.values():
            if option.page not in pages:
                box = QGroupBox(setting_text(option.page), self)
                pages[option.page] = QFormLayout(box)
                layout.addWidget(box)
            editor = self._editor(option)
            editor.setObjectName(option.key)
            self.editors[option.key] = editor
            pages[option.page].addRow(setting_text(option.title), editor)
            if isinstance(editor, DatabaseLocationEditor):
                pages[option.page].addRow(editor.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 680), self.sizeHint().height())

    def _editor(self, option: Option[Any]) -> QWidget:
        value = self.settings.get(option)
        if option is DATABASE_LOCATION:
            return DatabaseLocationEditor(str(value), self)
        if option is UI_LANGUAGE:
            from organiser.ui.i18n import LANGUAGES

            combo = QComboBox(self)
            combo.addItem(self.tr("As the system"), "")
            for code, name in LANGUAGES.items():
                combo.addItem(name, code)  # each language in its own words
            combo.setCurrentIndex(max(0, combo.findData(str(value))))
            combo.setToolTip(self.tr("The change applies at the next start."))
            return combo
        if isinstance(option.default, bool):
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        if isinstance(option.default, int):
            spin = QSpinBox(self)
            spin.setRange(0, 65535)
            spin.setValue(int(value))
            return spin
        line = QLineEdit(str(value), self)
        return line

    def accept(self) -> None:
        for key, editor in self.editors.items():
            option = OPTIONS[key]
            if isinstance(editor, QCheckBox):
                self.settings.set(option, editor.isChecked())
            elif isinstance(editor, QSpinBox):
                self.settings.set(option, editor.value())
            elif isinstance(editor, QComboBox):
                self.settings.set(option, str(editor.currentData()))
            elif isinstance(editor, (QLineEdit, DatabaseLocationEditor)):
                self.settings.set(option, editor.text().strip())
        try:
            self.settings.save()
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Preferences"),
                                 self.tr("Cannot save the settings: {error}").format(error=exc))
            return
        super().accept()
