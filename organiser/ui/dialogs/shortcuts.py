"""Help › Keyboard shortcuts: every action of a window that has a key, read from the actions
themselves (so the list never goes stale when a shortcut changes or an area adds one)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from organiser.ui.widgets import fit_to_screen


@dataclass(frozen=True)
class Shortcut:
    menu: str
    action: str
    keys: str


def _plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no ellipsis, no tab-separated accelerator."""
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


def _keys(action: QAction) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                     for key in action.shortcuts() if not key.isEmpty())


def _place(action: QAction) -> str:
    """Where an action outside the menus lives: its area (its toolbar), else nothing."""
    from organiser.ui.areas.base import Area
    from organiser.ui.i18n import area_title

    parent = action.parent()
    while parent is not None and not isinstance(parent, Area):
        parent = parent.parent()
    return area_title(parent.title) if isinstance(parent, Area) else ""


def window_shortcuts(window: QWidget) -> list[Shortcut]:
    """The actions with a key: those of the menus first, in menu order (menu › submenu), then
    the window's other actions (toolbars, areas), each once."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {_plain(action.text())}")
                continue
            if action.isSeparator() or id(action) in seen:
                continue
            seen.add(id(action))
            if _keys(action):
                found.append(Shortcut(path, _plain(action.text()), _keys(action)))

    if isinstance(window, QMainWindow):
        for top in window.menuBar().actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu, _plain(top.text()))
    for action in window.findChildren(QAction):
        if id(action) in seen or action.menu() is not None or not _keys(action):
            continue
        seen.add(id(action))
        if action.text():
            # a dialog's own actions (the agenda editor's) go under its title
            place = _place(action) or ("" if isinstance(window, QMainWindow)
                                       else _place_of(window))
            found.append(Shortcut(place, _plain(action.text()), _keys(action)))
    # keys that are no command of a menu (Enter in the check-in, digits on the board): the
    # widget that reads them says which (`key_help()`), under its page's name
    for widget in window.findChildren(QWidget):
        key_help = getattr(widget, "key_help", None)
        if callable(key_help):
            for what, keys in key_help():
                found.append(Shortcut(_page(widget), what, keys))
    return found


def _page(widget: QWidget) -> str:
    """The tab a widget is on (its title without the key in brackets), else its window's."""
    from PySide6.QtWidgets import QTabWidget

    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            return tabs.tabText(tabs.indexOf(child)).split(" (")[0]
        child = parent
    return _place_of(widget)


def _place_of(widget: QWidget) -> str:
    return _plain(widget.window().windowTitle())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.shortcuts = window_shortcuts(window)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every command that has a key, as this window has it now."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.shortcuts), 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleDescription(self.tr(
            "Each command that has a key: its menu, its name and the keys."))
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, shortcut in enumerate(self.shortcuts):
            for column, text in enumerate((shortcut.menu, shortcut.action, shortcut.keys)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 480)
