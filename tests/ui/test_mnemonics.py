"""Keyboard users reach menu entries by Alt+letter (a letter alone once a menu is open): every
entry of every menu has one, and no two entries of one menu share it.

Checked on the main window (every area's menus contributed, and the menus of its tool buttons:
an event's documents, an invitation's role and reply) and the live window, in every language
the interface ships, since each translation picks its own letters.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolButton, QWidget, QWidgetAction

from tests.ui.loading import settle


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
    from organiser.ui import i18n
    from organiser.ui.app import make_application

    app = make_application()
    code = i18n.install(app, request.param)
    assert code == request.param
    yield code
    i18n.install(app, "en")


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
