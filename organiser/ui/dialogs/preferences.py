"""Preferences: one form over the settings declared in organiser.core.settings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.core.settings import (
    COORDINATOR_EMAIL,
    DATABASE_LOCATION,
    DEFAULT_TIMEZONE,
    IMAP_AFTER,
    IMAP_SECURITY,
    OPTIONS,
    SMTP_SECURITY,
    UI_LANGUAGE,
    Option,
    Settings,
)
from organiser.ui import colours
from organiser.ui.widgets import name_form_fields

SECURITY_CHOICES = [
    ("starttls", QT_TRANSLATE_NOOP("PreferencesDialog", "STARTTLS (usually port 587)")),
    ("ssl", QT_TRANSLATE_NOOP("PreferencesDialog", "SSL/TLS (usually port 465)")),
    ("none", QT_TRANSLATE_NOOP("PreferencesDialog", "None: not encrypted (port 25)")),
]

IMAP_SECURITY_CHOICES = [
    ("ssl", QT_TRANSLATE_NOOP("PreferencesDialog", "SSL/TLS (usually port 993)")),
    ("starttls", QT_TRANSLATE_NOOP("PreferencesDialog", "STARTTLS (usually port 143)")),
    ("none", QT_TRANSLATE_NOOP("PreferencesDialog", "None: this computer's own server only")),
]
AFTER_CHOICES = [
    ("move", QT_TRANSLATE_NOOP("PreferencesDialog", "Move to the Organiser folders")),
    ("flag", QT_TRANSLATE_NOOP("PreferencesDialog", "Leave them where they are, flagged")),
]

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
    QT_TRANSLATE_NOOP("Settings", "Replies"),
    QT_TRANSLATE_NOOP("Settings", "Calendar"),
    QT_TRANSLATE_NOOP("Settings", "IMAP server (replies are fetched from it)"),
    QT_TRANSLATE_NOOP("Settings", "IMAP port"),
    QT_TRANSLATE_NOOP("Settings", "Security (ssl, starttls, none)"),
    QT_TRANSLATE_NOOP("Settings", "IMAP user name"),
    QT_TRANSLATE_NOOP("Settings", "Folders to read (comma-separated)"),
    QT_TRANSLATE_NOOP("Settings", "Handled replies: move (to Organiser/…) or flag"),
    QT_TRANSLATE_NOOP("Settings", "Fetch every N minutes while the app is open (0: never)"),
    QT_TRANSLATE_NOOP("Settings", "CalDAV calendar URL"),
    QT_TRANSLATE_NOOP("Settings", "CalDAV user name"),
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
        self.setFocusProxy(self.line)
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
        from organiser.ui.file_dialogs import get_save_file_name

        path, _ = get_save_file_name(
            self, self.tr("Database file"), "" if "://" in current else current,
            self.tr("Organiser database (*.sqlite);;All files (*)"), confirm_overwrite=False)
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
        self.errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        scroll, content = self._build_scroll()
        outer.addWidget(scroll, 1)
        layout = content.layout()
        assert isinstance(layout, QVBoxLayout)
        pages: dict[str, QFormLayout] = {}
        for option in OPTIONS.values():
            if option.page not in pages:
                box = QGroupBox(setting_text(option.page), self)
                pages[option.page] = QFormLayout(box)
                layout.addWidget(box)
            self._add_option(pages[option.page], option)
        for page in pages.values():
            name_form_fields(page)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        from organiser.ui.widgets import fit_to_screen

        scroll.setMinimumWidth(content.sizeHint().width() + 4)
        fit_to_screen(self, max(content.sizeHint().width() + 40, 680),
                      content.sizeHint().height() + buttons.sizeHint().height() + 40)

    def _build_scroll(self) -> tuple[QScrollArea, QWidget]:
        """The pages scroll inside a dialog that fits a laptop's 800 pixels (or less)."""
        scroll = QScrollArea(self)
        scroll.setObjectName("preferencesScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(scroll)
        QVBoxLayout(content)
        scroll.setWidget(content)
        return scroll, content

    def _add_option(self, page: QFormLayout, option: Option[Any]) -> None:
        """One setting: its editor, the line that tells what is wrong with it, and its note."""
        editor = self._editor(option)
        editor.setObjectName(option.key)
        self.editors[option.key] = editor
        page.addRow(setting_text(option.title), editor)
        error = QLabel(self)
        error.setObjectName(f"{option.key}.error")
        error.setStyleSheet(colours.text_style("alert"))
        error.setWordWrap(True)
        error.hide()
        self.errors[option.key] = error
        page.addRow(error)
        if isinstance(editor, DatabaseLocationEditor):
            page.addRow(editor.note)
        if option is UI_LANGUAGE:
            self.language_note = QLabel(self.tr("The new language applies at the next "
                                                "start."), self)
            self.language_note.setObjectName("languageNote")
            self.language_note.setVisible(False)
            page.addRow(self.language_note)
            assert isinstance(editor, QComboBox)
            start = editor.currentIndex()
            editor.currentIndexChanged.connect(
                lambda index, start=start: self.language_note.setVisible(index != start))

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
        # fixed answers are chosen, never typed (a typed "tls" was saved, then refused later)
        choices = {SMTP_SECURITY.key: SECURITY_CHOICES, IMAP_SECURITY.key: IMAP_SECURITY_CHOICES,
                   IMAP_AFTER.key: AFTER_CHOICES}.get(option.key)
        if choices is not None:
            combo = QComboBox(self)
            for code, label in choices:
                combo.addItem(self.tr(str(label)), code)
            combo.setCurrentIndex(max(0, combo.findData(str(value).strip().lower())))
            return combo
        if option is DEFAULT_TIMEZONE:
            from organiser.core.zones import zone_names
            from organiser.ui.dialogs.contacts_forms import zone_completer

            combo = QComboBox(self)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems(sorted(z for z in zone_names() if "/" in z or z == "UTC"))
            combo.setCompleter(zone_completer(combo))
            combo.setCurrentText(str(value))
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

    def value(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentText().strip() if editor.isEditable() \
                else str(editor.currentData())
        if isinstance(editor, (QLineEdit, DatabaseLocationEditor)):
            return editor.text().strip()
        return None

    def problems(self) -> dict[str, str]:
        """What is wrong, in words, by setting (nothing is saved while there is any)."""
        from organiser.core.zones import zone
        from organiser.importers.contacts_common import email_problem

        found: dict[str, str] = {}
        address = self.value(COORDINATOR_EMAIL.key)
        if address and email_problem(address):
            found[COORDINATOR_EMAIL.key] = self._address_reason(address)
        zone_name = self.value(DEFAULT_TIMEZONE.key)
        if zone(zone_name) is None:
            found[DEFAULT_TIMEZONE.key] = self.tr(
                "“{zone}” is not a time zone: choose one from the list "
                "(type part of a city)").format(zone=zone_name)
        return found

    def _address_reason(self, address: str) -> str:
        """Why the coordinator's address is refused, by the rule the import and the mail
        builder apply (core.addresses), in the interface's language."""
        from organiser.core.addresses import Fault, address_fault

        fault = address_fault(address)
        if fault is Fault.NON_ASCII_LOCAL:
            return self.tr(
                "“{address}” cannot be used: letters outside ASCII before the @ are not "
                "accepted by most mail servers, so invitations and replies would not get "
                "through. Use an address with only ASCII letters before the @.").format(
                    address=address)
        if fault is Fault.DOMAIN:
            return self.tr("“{address}” is not an e-mail address: the part after the @ is not "
                           "a domain (name@organisation.org)").format(address=address)
        if fault is Fault.LOCAL_PART:
            return self.tr("“{address}” is not an e-mail address: the part before the @ has "
                           "characters an address cannot have (name@organisation.org)").format(
                               address=address)
        if fault is Fault.TOO_LONG:
            return self.tr("“{address}” is too long for an e-mail address (at most 254 "
                           "characters)").format(address=address)
        if fault is Fault.NOT_ONE_AT:
            return self.tr("“{address}” is not an e-mail address: it needs exactly one @ and "
                           "no spaces (name@organisation.org)").format(address=address)
        return self.tr(
            "“{address}” is not an e-mail address (name@organisation.org)").format(
                address=address)

    def accept(self) -> None:
        problems = self.problems()
        for key, label in self.errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        if problems:
            self.editors[next(iter(problems))].setFocus()
            return
        for key in self.editors:
            self.settings.set(OPTIONS[key], self.value(key))
        try:
            self.settings.save()
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Preferences"),
                                 self.tr("Cannot save the settings: {error}").format(
                                     error=exc.strerror or exc))
            return
        super().accept()
