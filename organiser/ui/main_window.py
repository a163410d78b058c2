"""The main window: navigation between areas, menus, the open database in the status bar."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
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
from organiser.ui.areas import AREA_TITLES, area_class, create_area
from organiser.ui.areas.base import Area
from organiser.ui.i18n import area_title
from organiser.ui.screen import fit_to_screen

if TYPE_CHECKING:  # (events: their types are built on first use, after the window shows)
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

    from organiser.core.changes import ChangeWatch
    from organiser.core.storage import Database

# View menu entries for the areas, each with its Alt letter (the navigation shows area_title)
AREA_MENU_TEXTS = {"Contacts": QT_TRANSLATE_NOOP("MainWindow", "&Contacts"),
                   "Events": QT_TRANSLATE_NOOP("MainWindow", "&Events"),
                   "Next steps": QT_TRANSLATE_NOOP("MainWindow", "&Next steps"),
                   "Programme": QT_TRANSLATE_NOOP("MainWindow", "&Programme")}
POLL_MS = 1000  # how often the window asks whether the database changed


# The File menu in one order whichever area was shown first and whenever others added to it:
# the database, then files in and out, then mail and backups, Quit last.
FILE_MENU_ORDER = ["openDatabase", "", "importContactsAction", "exportContactsAction",
                   "importReplies", "exportFeed", "exportMenu", "", "fetchReplies",
                   "publishCalendar", "", "outboxAction", "restoreAction", "", "quitAction"]


def arrange_file_menu(menu: QMenu) -> None:
    """Put the File menu's entries in FILE_MENU_ORDER (entries it does not know go before
    the mail group, in the order they came), with one separator between groups."""
    actions = [a for a in menu.actions() if not a.isSeparator()]

    def name(action: QAction) -> str:
        sub = action.menu()
        return sub.objectName() if sub is not None else action.objectName()

    known = {n: i for i, n in enumerate(FILE_MENU_ORDER) if n}
    middle = FILE_MENU_ORDER.index("fetchReplies") - 0.5
    ordered = sorted(actions, key=lambda a: known.get(name(a), middle))
    wanted: list[QAction | None] = []
    group = 0
    for action in ordered:
        rank = known.get(name(action), middle)
        this = sum(1 for n in FILE_MENU_ORDER[:int(rank) + 1] if n == "")
        if wanted and this != group:
            wanted.append(None)
        group = this
        wanted.append(action)
    current = [None if a.isSeparator() else a for a in menu.actions()]
    if current == wanted:
        return
    for action in menu.actions():
        menu.removeAction(action)
    for entry in wanted:
        if entry is None:
            menu.addSeparator()
        else:
            menu.addAction(entry)


class MainWindow(QMainWindow):
    database_changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, lazy_areas: bool = False) -> None:
        """Areas are built on their first visit (`area(title)`). With lazy_areas, not even the
        menus and the Events area are made yet: the app calls `build_menus()` and
        `area("Events")` once the window is on screen, so that it shows without waiting."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.db: Database | None = None
        self._areas: dict[str, Area] = {}

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleDescription(self.tr(
            "Choose an area to show it; Ctrl+1 to Ctrl+4 from anywhere in the window."))
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.navigation.setFixedWidth(170)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; border: none; }"
            "QListWidget#navigation::item { padding: 8px 12px; }")
        self.stack = QStackedWidget(self)
        for title in AREA_TITLES:
            self.navigation.addItem(area_title(title))
            self.stack.addWidget(QWidget(self.stack))  # replaced by the area when built
        self.navigation.currentRowChanged.connect(self._show_row)
        # arrows browse the areas; Enter goes into the one shown
        self.navigation.activated.connect(lambda _index: self._enter_area())

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
        self._watch: ChangeWatch | None = None
        self._poll_busy = False
        self.poll_timer = QTimer(self)
        self.poll_timer.setObjectName("changePoll")
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll_changes)
        self.setAcceptDrops(True)
        # the navigation shows every area; an area is built (and read) on its first visit
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(AREA_TITLES.index("Events"))
        self.navigation.blockSignals(False)
        self.stack.setCurrentIndex(AREA_TITLES.index("Events"))
        if not lazy_areas:  # lazily, the app builds the menus and Events once on screen
            self.build_menus()
            self.area("Events")
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

    def build_menus(self) -> None:
        """The window's menus, with every area's entries (the areas need not be built)."""
        for step in self.menu_steps():
            step()

    def menu_steps(self) -> list[Callable[[], None]]:
        """`build_menus` in short steps (the app runs one per turn of the event loop, so that
        the window answers in between); empty once the menus are built."""
        if self._menus_built:
            return []
        self._menus_built = True
        # the visible area first (its entries come first where areas insert at the top)
        current = AREA_TITLES[max(0, self.navigation.currentRow())]
        order = [current, *(t for t in AREA_TITLES if t != current)]
        return [self._window_menus,
                *(lambda t=title: area_class(t).contribute_menus(self) for title in order),
                self._online_actions]

    def _window_menus(self) -> None:
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
        self.open_action.setObjectName("openDatabase")
        self.quit_action.setObjectName("quitAction")
        file_menu.aboutToShow.connect(lambda: arrange_file_menu(file_menu))

        edit_menu = self.menu("&Edit")
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        if self.preferences_action.shortcut().isEmpty():
            self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.show_preferences)
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menu("&View")
        self.reload_action = QAction(self.tr("&Reload"), self)
        self.reload_action.setObjectName("reloadAction")
        keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)
        if QKeySequence("F5") not in keys:  # F5 everywhere, besides the platform's own
            keys.append(QKeySequence("F5"))
        self.reload_action.setShortcuts(keys)
        self.reload_action.triggered.connect(self.reload)
        view_menu.addAction(self.reload_action)
        view_menu.addSeparator()
        for number, title in enumerate(AREA_TITLES, start=1):
            action = QAction(self.tr(str(AREA_MENU_TEXTS[title])), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            # the keys then go to the area's list, not to the navigation
            action.triggered.connect(lambda _=False, t=title: self.show_area(t).focus_content())
            view_menu.addAction(action)

        help_menu = self.menu("&Help")
        self.about_action = QAction(self.tr("&About {name}").format(name=APP_NAME), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts…"), self)
        self.shortcuts_action.setObjectName("shortcutsAction")
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _online_actions(self) -> None:
        from organiser.ui.online import OnlineActions

        # File → Fetch replies / Publish the calendar, and the sync state in the status bar
        self.online = OnlineActions(self)

    # --- areas and database -----------------------------------------------------------

    @property
    def areas(self) -> list[Area]:
        """The areas built so far, in navigation order."""
        return [self._areas[t] for t in AREA_TITLES if t in self._areas]

    def build_areas(self) -> None:
        """Build every area (each reads its data when first shown)."""
        for title in AREA_TITLES:
            self.area(title)

    def area(self, title: str) -> Area:
        """The area of that title, built (and given the open database) on first use."""
        if title not in self._areas:
            row = AREA_TITLES.index(title)
            area = create_area(title)
            self._areas[title] = area
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, area)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            area.status_message.connect(self._show_message)
            if self.navigation.currentRow() == row:
                self.stack.setCurrentIndex(row)
            area.set_database(self.db)
            if self.db is not None and self.visible_area() is area:
                area.refresh()
        return self._areas[title]

    def visible_area(self) -> Area | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Area) else None

    def show_area(self, title: str) -> Area:
        area = self.area(title)
        self.navigation.setCurrentRow(AREA_TITLES.index(title))
        return area

    def _enter_area(self) -> None:
        area = self.visible_area()
        if area is not None:
            area.focus_content()

    def _show_row(self, row: int) -> None:
        if row >= 0:
            area = self.area(AREA_TITLES[row])
            self.stack.setCurrentIndex(row)
            if area.stale and self.db is not None:
                area.refresh()

    def set_database(self, db: Database | None) -> None:
        if self.db is not None and self.db is not db:
            self._stop_watching()
            self.db.close()
        self.db = db
        from organiser.ui.widgets import isolate  # (not before the window shows)

        name = isolate(db.display_name) if db else ""  # left to right in a right-to-left line
        self.db_label.setText(self.tr("Database: {name}").format(name=name) if db
                              else self.tr("No database open"))
        # Qt adds " — Organiser" (the application's display name) itself: only the database
        self.setWindowTitle(db.display_name if db else "")
        for area in self.areas:
            area.set_database(db)
        self.refresh()
        if db is not None:
            self._start_watching(db)
        self.database_changed.emit()

    def refresh(self) -> None:
        """Reload the visible area (in the background); the others reload when next shown."""
        visible = self.visible_area()
        for area in self.areas:
            if area is visible:
                area.refresh()
            else:
                area.stale = True

    def reload(self) -> None:
        """View → Reload (F5): read everything again, whatever changed it."""
        self.refresh()
        self._show_message(self.tr("Reloading…"))

    # --- changes made by other processes, colleagues and this app's other windows --------

    @contextmanager
    def own_write(self, area: Area) -> Iterator[None]:
        """Around a change `area` writes and already shows (a cell edited in place): the
        poll does not read the whole area again for it (that closed the editor Tab had just
        opened, a second later). A change by anyone else noticed before it still reloads;
        the other areas read it when next shown. SQLite only: a server is asked in the
        background, and there the poll reloads as before."""
        watch = self._watch if self.db is not None and self.db.is_sqlite else None
        others = watch is not None and watch.changed()
        try:
            yield
        finally:
            if watch is not None and watch is self._watch:
                watch.changed()  # this write, seen
                for other in self.areas:
                    if other is not area:
                        other.stale = True
            if others:
                self.refresh()

    def _start_watching(self, db: Database) -> None:
        from organiser.core.changes import ChangeWatch

        try:
            self._watch = ChangeWatch(db) if db.is_sqlite else None
        except Exception:
            self._watch = None
        self.poll_timer.start()

    def _stop_watching(self) -> None:
        self.poll_timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def poll_changes(self) -> None:
        """Every POLL_MS: when anything was committed since, what is on screen is read again.

        SQLite answers in microseconds on the UI thread; a server is asked in the background.
        """
        db = self.db
        if db is None or self._poll_busy:
            return
        if db.is_sqlite:
            if self._watch is not None and self._watch.changed():
                self.refresh()
            return
        from organiser.ui.background import QueryOp

        def ask() -> bool:
            if self._watch is None or self._watch.db is not db:
                from organiser.core.changes import ChangeWatch

                self._watch = ChangeWatch(db)
                return False
            return self._watch.changed()

        def answered(changed: bool) -> None:
            self._poll_busy = False
            if changed:
                self.refresh()

        def failed(_exc: BaseException) -> None:  # the server is away: try again later
            self._poll_busy = False

        self._poll_busy = True
        QueryOp(self, ask, answered).current(lambda: self.db is db).failure(failed).run()

    def choose_database(self) -> None:
        from organiser.ui.file_dialogs import get_save_file_name

        path, _ = get_save_file_name(
            self, self.tr("Open or create a database"), "",
            self.tr("Organiser database (*.sqlite);;All files (*)"), confirm_overwrite=False)
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

    def _area_for(self, path: Path) -> str | None:
        return next((t for t in AREA_TITLES if area_class(t).accepts_file(path)), None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = self._dropped_paths(event.mimeData())
        if paths and all(self._area_for(p) for p in paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        self.open_files(self._dropped_paths(event.mimeData()))
        event.acceptProposedAction()

    def open_files(self, paths: list[Path]) -> None:
        """Give each file to the first area that accepts it, and show that area."""
        by_area: dict[str, list[Path]] = {}
        for path in paths:
            title = self._area_for(path)
            if title is not None:
                by_area.setdefault(title, []).append(path)
            else:
                QMessageBox.warning(self, self.tr("Cannot open"),
                                    self.tr("{path}: not a file Organiser reads").format(path=path))
        for title, area_paths in by_area.items():
            self.show_area(title).open_files(area_paths)

    def _show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    # --- dialogs ----------------------------------------------------------------------

    def show_preferences(self) -> None:
        from organiser.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def show_shortcuts(self) -> None:
        from organiser.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

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
        fit_to_screen(self, 1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        self._stop_watching()
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)
