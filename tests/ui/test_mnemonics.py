"""Keyboard users reach menu entries by Alt+letter (a letter alone once a menu is open): every
entry of every menu has one, and no two entries of one menu share it.

Checked on the main window (every area's menus contributed, and the menus of its tool buttons:
an event's documents, an invitation's role and reply) and the live window, in every language
the interface ships, since each translation picks its own letters.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolButton, QWidget, QWidgetAction

from tests.ui.language_support import interface_in
from tests.ui.loading import settle

if TYPE_CHECKING:
    from organiser.core.storage import Database


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand), as Qt reads it."""
    index = 0
    while (index := text.find("&", index)) != -1:
        if index + 1 < len(text) and text[index + 1] != "&":
            return text[index + 1].casefold()
        index += 2
    return None


def clashes(actions: list[QAction], where: str) -> Iterator[str]:
    seen: dict[str, str] = {}
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.text()
        letter = mnemonic(text)
        if letter is not None:
            if letter in seen:
                yield f"{where}: {seen[letter]!r} and {text!r} both use Alt+{letter}"
            else:
                seen[letter] = text
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from clashes(submenu.actions(), f"{where} › {text}")


def without_letter(actions: list[QAction], where: str) -> Iterator[str]:
    for action in actions:
        if action.isSeparator() or not action.isVisible() or isinstance(action, QWidgetAction):
            continue
        if mnemonic(action.text()) is None:
            yield f"{where}: {action.text()!r} has no Alt letter"
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from without_letter(submenu.actions(), f"{where} › {action.text()}")


def _opened(menu: QMenu) -> QMenu:
    """As when the user opens it: some menus fill or arrange themselves on aboutToShow."""
    menu.aboutToShow.emit()
    for action in menu.actions():
        if isinstance(submenu := action.menu(), QMenu):
            _opened(submenu)
    return menu


def window_menus(window: QWidget) -> dict[str, list[QAction]]:
    """The menu bar's entries, and each tool button's menu (not Qt's toolbar overflow '»',
    which repeats the toolbar's own buttons), opened."""
    bar = window.findChild(QMenuBar)
    assert bar is not None and bar.actions(), "the window has menus"
    name = window.objectName() or type(window).__name__
    for action in bar.actions():
        if isinstance(submenu := action.menu(), QMenu):
            _opened(submenu)
    menus = {name: bar.actions()}
    for button in window.findChildren(QToolButton):
        menu = button.menu()
        if menu is not None and button.objectName() not in ("qt_toolbar_ext_button",
                                                             "qt_menubar_ext_button"):
            menus[f"{name} › {button.objectName() or button.text()} button"] = \
                _opened(menu).actions()
    return menus


def menu_problems(window: QWidget) -> list[str]:
    found: list[str] = []
    for where, actions in window_menus(window).items():
        found += clashes(actions, where)
        found += without_letter(actions, where)
    return found


@pytest.fixture(params=["en", "fr", "ar"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with interface_in(request.param):
        yield request.param


def test_every_entry_of_a_main_window_menu_has_its_own_letter(language: str, qtbot,
                                                             demo_db) -> None:
    from organiser.ui.main_window import MainWindow
    from organiser.ui.startup import install_data_actions

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_database(demo_db)
    try:
        window.build_areas()
        install_data_actions(window)  # as the app does once started: Outbox, Restore, Mail
        for area in window.areas:
            window.show_area(area.title)
            settle()
        assert not (found := menu_problems(window)), "\n".join(found)
    finally:
        window.db = None


def test_every_entry_of_a_live_window_menu_has_its_own_letter(language: str, qtbot,
                                                             demo_db) -> None:
    from organiser.ui.live.window import LiveWindow

    window = LiveWindow(demo_db, 5)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert not (found := menu_problems(window)), "\n".join(found)
    finally:
        window.close()


def test_menus_made_at_run_time_get_a_letter_each() -> None:
    from organiser.ui.widgets import with_mnemonics

    assert with_mnemonics(["Needs action", "Accepted", "Tentative", "Declined", "Delegated"]) \
        == ["&Needs action", "&Accepted", "&Tentative", "&Declined", "D&elegated"]
    assert with_mnemonics(["مقبولة", "مرفوضة", "R&D"]) == ["&مقبولة", "م&رفوضة", "&R&&D"]
    texts = with_mnemonics(["a", "A", "b"])
    assert texts == ["&a", "A", "&b"]  # no letter left: no mnemonic rather than a clash


# --- inside windows: buttons, labels, group boxes, tabs and the menu bar share Alt ----------


def _control_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(text, what) of every control of the window reachable by Alt+letter right now: visible
    buttons, labels (a label's letter moves to its field), group boxes, tabs, the menu bar's
    menus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            yield widget.text(), f"button {widget.text()!r}"
        elif isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText \
                and not (widget.textFormat() == Qt.TextFormat.AutoText and "<" in widget.text()):
            yield widget.text(), f"label {widget.text()!r}"
        elif isinstance(widget, QGroupBox):
            yield widget.title(), f"group {widget.title()!r}"
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget.tabText(index), f"tab {widget.tabText(index)!r}"
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    yield action.text(), f"menu {action.text()!r}"


def control_clashes(window: QWidget, where: str) -> list[str]:
    """Two controls of what the window shows now with one Alt letter (Qt then only moves
    the focus between them, pressing neither); each page of its tab widgets and stacks in
    turn."""
    from PySide6.QtWidgets import QStackedWidget, QTabWidget

    found: list[str] = []

    def check(page: str) -> None:
        seen: dict[str, str] = {}
        for text, what in _control_texts(window):
            letter = mnemonic(text)
            if letter is None:
                continue
            if letter in seen and seen[letter] != what:
                found.append(f"{where}{page}: {seen[letter]} and {what} both use "
                             f"Alt+{letter}")
            seen.setdefault(letter, what)

    check("")
    for stack in window.findChildren(QTabWidget) + window.findChildren(QStackedWidget):
        if not stack.isVisibleTo(window) or stack.count() < 2:
            continue
        current = stack.currentIndex()
        for index in range(stack.count()):
            stack.setCurrentIndex(index)
            check(f" (page {index + 1} of {stack.objectName() or type(stack).__name__})")
        stack.setCurrentIndex(current)
    return sorted(set(found))


def _dialogs(db: Database, db_path: Path, main: QWidget) -> list[tuple[str, Any]]:
    from organiser.services import mail
    from organiser.services.live import lines_of_action
    from organiser.ui.dialogs.outbox import mail_box
    from organiser.ui.live.capture import CaptureDialog
    from tests.ui.screen_fit import WORKSHOP, everyday_dialogs, other_dialogs

    return [
        *everyday_dialogs(db, db_path),
        ("decision capture with no owners",
         lambda: CaptureDialog("decision", "", [], lines_of_action(db))),
        ("mail preview", lambda: mail_box(None, mail.prepare_invitations(db, WORKSHOP))[0]),
        *other_dialogs(db, db_path, main),
    ]


def test_no_two_controls_of_a_dialog_share_a_letter(language: str, qtbot, demo_db,
                                                    db_path: Path) -> None:
    """Every dialog (the contacts import wizard on each page too), the main window's areas
    with its menu bar, and live mode's tabs."""
    from organiser.core.settings import COORDINATOR_EMAIL, COORDINATOR_NAME, Settings
    from organiser.ui.dialogs.import_wizard import ImportWizard
    from organiser.ui.live.window import LiveWindow
    from organiser.ui.main_window import MainWindow

    settings = Settings()  # the mail preview needs a sender (the test's own settings file)
    settings.set(COORDINATOR_NAME, "Amina Diallo")
    settings.set(COORDINATOR_EMAIL, "amina@ppa.example")
    settings.save()
    found: list[str] = []
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    main.set_database(demo_db)
    try:
        main.build_areas()
        for area in main.areas:
            main.show_area(area.title)
            settle()
            found += control_clashes(main, f"main window, {area.title}")
        for where, make in _dialogs(demo_db, db_path, main):
            window = make()
            window.show()
            settle()
            found += control_clashes(window, where)
            window.close()
            window.deleteLater()
        data = Path(__file__).resolve().parents[1] / "data" / "contacts"
        wizard = ImportWizard(demo_db, data / "with_errors.csv")
        wizard.show()
        for _page in range(2):
            settle()
            found += control_clashes(wizard, f"import wizard page {wizard.currentId() + 1}")
            if wizard.currentId() == ImportWizard.PREVIEW:
                break  # its Next imports
            wizard.next()
        wizard.close()
    finally:
        main.db = None
    live = LiveWindow(demo_db, 5)
    qtbot.addWidget(live)
    live.show()
    settle()
    try:
        for tab in range(live.tabs.count()):
            live.show_tab(tab)
            settle()
            found += control_clashes(live, f"live mode tab {tab + 1}")
    finally:
        live.close()
    assert not found, "\n".join(dict.fromkeys(found))
