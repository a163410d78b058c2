"""The main window: navigation between areas, menus, the open database in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from organiser import APP_NAME, __version__
from organiser.ui.areas import create_areas
from organiser.ui.areas.base import Area
from organiser.ui.i18n import area_title

if TYPE_CHECKING:
    from organiser.core.storage import Database


class MainWindow(QMainWindow):
    database_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.db: Database | None = None
        self.areas: list[Area] = create_areas()

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; }"
            "QListWidget#navigation::item { padding: 8px 12px; }")
        self.stack = QStackedWidget(self)
        for area in self.areas:
            self.navigation.addItem(area_title(area.title))
            self.stack.addWidget(area)
            area.status_message.connect(self._show_message)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self.tr("No database open"), self)
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self._menus: dict[str, QMenu] = {}
        self._build_menus()
        for area in self.areas:
            area.contribute_menus(self)
        self.setAcceptDrops(True)
        self.show_area("Events")
        self._restore_geometry()

    # --- menus ------------------------------------------------------------------------

    def menu(self, title: str) -> QMenu:
        """The menu of that title ("&File", "&Edit", "&Event", ...), made on first use."""
        if title not in self._menus:
            help_menu = self._menus.get("&Help")
            created = QMenu(QCoreApplication.translate("MainWindow", title), self)
            if help_menu is not None:
                self.menuBar().insertMenu(help_menu.menuAction(), created)
            else:
                self.menuBar().addMenu(created)
            self._menus[title] = created
        return self._menus[title]

    def _build_menus(self) -> None:
        file_menu = self.menu("&File")
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        edit_menu = self.menu("&Edit")
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menu("&View")
        for number, area in enumerate(self.areas, start=1):
            action = QAction(area_title(area.title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, a=area: self.show_area(a.title))
            view_menu.addAction(action)

        help_menu = self.menu("&Help")
        self.about_action = QAction(self.tr("&About {name}").format(name=APP_NAME), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # --- areas and database -----------------------------------------------------------

    def show_area(self, title: str) -> Area:
        for row, area in enumerate(self.areas):
            if area.title == title:
                self.navigation.setCurrentRow(row)
                return area
        raise KeyError(title)

    def area(self, title: str) -> Area:
        return next(a for a in self.areas if a.title == title)

    def set_database(self, db: Database | None) -> None:
        if self.db is not None and self.db is not db:
            self.db.close()
        self.db = db
        self.db_label.setText(self.tr("Database: {name}").format(name=db.display_name) if db
                              else self.tr("No database open"))
        self.setWindowTitle(f"{APP_NAME} — {db.display_name}" if db else APP_NAME)
        for area in self.areas:
            area.set_database(db)
        self.refresh()
        self.database_changed.emit()

    def refresh(self) -> None:
        for area in self.areas:
            area.refresh()

    def choose_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Open or create a database"), "",
            self.tr("Organiser database (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.open_database(path)

    def open_database(self, target: str) -> bool:
        from organiser.core.errors import OrganiserError
        from organiser.core.storage import open_database

        try:
            db = open_database(target)
        except OrganiserError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the database"), str(exc))
            return False
        self.set_database(db)
        return True

    # --- files dropped on the window -------------------------------------------------

    def _dropped_paths(self, mime: QMimeData) -> list[Path]:
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        paths = self._dropped_paths(event.mimeData())
        if paths and all(any(a.accepts_file(p) for a in self.areas) for p in paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self.open_files(self._dropped_paths(event.mimeData()))
        event.acceptProposedAction()

    def open_files(self, paths: list[Path]) -> None:
        """Give each file to the first area that accepts it, and show that area."""
        by_area: dict[int, list[Path]] = {}
        for path in paths:
            for index, area in enumerate(self.areas):
                if area.accepts_file(path):
                    by_area.setdefault(index, []).append(path)
                    break
            else:
                QMessageBox.warning(self, self.tr("Cannot open"),
                                    self.tr("{path}: not a file Organiser reads").format(path=path))
        for index, area_paths in by_area.items():
            self.show_area(self.areas[index].title)
            self.areas[index].open_files(area_paths)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    # --- dialogs ----------------------------------------------------------------------

    def show_preferences(self) -> None:
        from organiser.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self, self.tr("About {name}").format(name=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3>"
            + self.tr("<p>Plan, run and follow up consultations and brainstorming workshops, "
                      "offline.</p>"),
        )

    # --- geometry ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            return
        self.resize(1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)
