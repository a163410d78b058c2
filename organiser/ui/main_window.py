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
from organiser.ui.areas import AREA_TITLES, create_area
from organiser.ui.areas.base import Area
from organiser.ui.i18n import area_title

if TYPE_CHECKING:
    from organiser.core.storage import Database


class MainWindow(QMainWindow):
    database_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, lazy_areas: bool = False) -> None:
        """With lazy_areas, neither the areas nor the menus are built yet: `area(title)` and
        `build_areas()` make them (the app calls them once the window is on screen, so the
        window shows without waiting for them)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.db: Database | None = None
        self._areas: dict[str, Area] = {}

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; }"
            "QListWidget#navigation::item { padding: 8px 12px; }")
        self.stack = QStackedWidget(self)
        for title in AREA_TITLES:
            self.navigation.addItem(area_title(title))
            self.stack.addWidget(QWidget(self.stack))  # replaced by the area when built
        self.navigation.currentRowChanged.connect(self._show_row)

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
        self._menus_built = False
        if not lazy_areas:  # lazily: with the areas (QAction shortcuts cost PySide ~15 ms)
            self._build_menus()
        self.setAcceptDrops(True)
        if lazy_areas:  # the frame shows at once; the app builds the areas right after
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(AREA_TITLES.index("Events"))
            self.navigation.blockSignals(False)
            self.stack.setCurrentIndex(AREA_TITLES.index("Events"))
        else:
            self.show_area("Events")
            self.build_areas()
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
        if self._menus_built:
            return
        self._menus_built = True
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
        for number, title in enumerate(AREA_TITLES, start=1):
            action = QAction(area_title(title), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, t=title: self.show_area(t))
            view_menu.addAction(action)

        help_menu = self.menu("&Help")
        self.about_action = QAction(self.tr("&About {name}").format(name=APP_NAME), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # --- areas and database -----------------------------------------------------------

    @property
    def areas(self) -> list[Area]:
        """The areas built so far, in navigation order (all of them after `build_areas()`)."""
        return [self._areas[t] for t in AREA_TITLES if t in self._areas]

    def build_areas(self) -> None:
        for title in AREA_TITLES:
            self.area(title)

    def area(self, title: str) -> Area:
        """The area of that title, built (and given the open database) on first use."""
        if title not in self._areas:
            self._build_menus()  # the window's own entries come first in every menu
            row = AREA_TITLES.index(title)
            area = create_area(title)
            self._areas[title] = area
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, area)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            area.status_message.connect(self._show_message)
            area.contribute_menus(self)
            if self.navigation.currentRow() == row:
                self.stack.setCurrentIndex(row)
            if self.db is not None:
                area.set_database(self.db)
                area.refresh()
        return self._areas[title]

    def show_area(self, title: str) -> Area:
        area = self.area(title)
        self.navigation.setCurrentRow(AREA_TITLES.index(title))
        return area

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.area(AREA_TITLES[row])
            self.stack.setCurrentIndex(row)

    def set_database(self, db: Database | None) -> None:
        if self.db is not None and self.db is not db:
            self.db.close()
        self.db = db
        # the path stays left to right inside a right-to-left sentence (first-strong isolate)
        name = f"\u2068{db.display_name}\u2069" if db else ""
        self.db_label.setText(self.tr("Database: {name}").format(name=name) if db
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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = self._dropped_paths(event.mimeData())
        self.build_areas()
        if paths and all(any(a.accepts_file(p) for a in self.areas) for p in paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        self.open_files(self._dropped_paths(event.mimeData()))
        event.acceptProposedAction()

    def open_files(self, paths: list[Path]) -> None:
        """Give each file to the first area that accepts it, and show that area."""
        self.build_areas()
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

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)
