"""The interface language: Qt translators, the locale for dates and numbers, text direction.

The language comes from the `ui.language` setting (en, fr, ar), else from the system locale;
Arabic lays the whole window out right to left. The words come from
`resources/translations/*.ts` through `organiser.core.translations`, the same catalogue the
documents use (nothing is compiled to `.qm`); see `scripts/translations.sh`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

LANGUAGES = {"en": "English", "fr": "Français", "ar": "العربية"}
RIGHT_TO_LEFT = {"ar"}

# Names the window shows that live in class attributes (marked here so lupdate finds them).
AREA_TITLES = [
    QT_TRANSLATE_NOOP("Area", "Contacts"),
    QT_TRANSLATE_NOOP("Area", "Events"),
    QT_TRANSLATE_NOOP("Area", "Next steps"),
    QT_TRANSLATE_NOOP("Area", "Programme"),
]

# Menu titles are keys of `MainWindow.menu(title)`; the menu bar shows them translated.
MENU_TITLES = [
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Event"),
    QT_TRANSLATE_NOOP("MainWindow", "&Contacts"),
    QT_TRANSLATE_NOOP("MainWindow", "&Workshop"),
    QT_TRANSLATE_NOOP("MainWindow", "&Tools"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
]

# Common column titles of the tables (RowTableModel translates every title in context "Column").
COLUMN_TITLES = [
    QT_TRANSLATE_NOOP("Column", "Title"),
    QT_TRANSLATE_NOOP("Column", "Kind"),
    QT_TRANSLATE_NOOP("Column", "Dates"),
    QT_TRANSLATE_NOOP("Column", "Time zone"),
    QT_TRANSLATE_NOOP("Column", "Venue"),
    QT_TRANSLATE_NOOP("Column", "Status"),
    QT_TRANSLATE_NOOP("Column", "Invited"),
    QT_TRANSLATE_NOOP("Column", "Name"),
    QT_TRANSLATE_NOOP("Column", "Organisation"),
    QT_TRANSLATE_NOOP("Column", "Email"),
    QT_TRANSLATE_NOOP("Column", "Country"),
    QT_TRANSLATE_NOOP("Column", "Job title"),
    QT_TRANSLATE_NOOP("Column", "Tags"),
    QT_TRANSLATE_NOOP("Column", "Owner"),
    QT_TRANSLATE_NOOP("Column", "Due"),
    QT_TRANSLATE_NOOP("Column", "Event"),
    QT_TRANSLATE_NOOP("Column", "Line of action"),
    QT_TRANSLATE_NOOP("Column", "Next step"),
]

_installed: list[QTranslator] = []
_current = "en"


class CatalogueTranslator(QTranslator):
    """A QTranslator answering from the .ts catalogue (organiser.core.translations)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        from organiser.core.translations import catalogue

        self._catalogue = catalogue(language)
        self._language = language

    def language(self) -> str:
        return self._language

    def isEmpty(self) -> bool:
        return not self._catalogue.messages

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null string) lets Qt keep the source; Qt itself puts n in for %n
        return self._catalogue.lookup(context, source, n)


def choose_language(setting: str | None = None) -> str:
    """The language to use: the setting when it names one we ship, else the system's."""
    if setting is None:
        from organiser.core.settings import UI_LANGUAGE, Settings

        setting = Settings(strict=False).get(UI_LANGUAGE)
    for candidate in (setting or "", QLocale.system().name()):
        code = candidate.replace("-", "_").split("_", 1)[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QCoreApplication | None = None, language: str | None = None) -> str:
    """Load the translations for `language` (chosen when None) and set locale and direction.

    Can be called again to switch language; returns the language now in use.
    """
    global _current
    app = app or QCoreApplication.instance()
    code = language if language in LANGUAGES else choose_language(language)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        ours = CatalogueTranslator(code)
        if not ours.isEmpty():
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator()  # Qt's standard dialogs and buttons
        if qt_own.load(f"qtbase_{code}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_own)
            _installed.append(qt_own)
    system = QLocale.system().name()
    # English: the system's English (en_US, en_IN...) for dates and numbers, else British
    locale = QLocale(code if code != "en" else (system if system.startswith("en") else "en_GB"))
    QLocale.setDefault(locale)
    # left to right is Qt's default: touch the direction only for (or after) Arabic, which also
    # spares an English start-up PySide's one-off building of every Qt.* enum (~15 ms)
    if isinstance(app, QApplication) and (code in RIGHT_TO_LEFT or _current in RIGHT_TO_LEFT):
        from PySide6.QtCore import Qt  # importing Qt builds all its enums: only when needed

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    _current = code
    return code


def current_language() -> str:
    return _current


def area_title(title: str) -> str:
    """An area's title as the navigation shows it (the class attribute stays the key)."""
    return QCoreApplication.translate("Area", title)
