"""Keyboard users reach menu entries by Alt+letter: no two entries of one menu share a letter.

Checked on the main window (every area's menus contributed) and the live window, in every
language the interface ships, since each translation picks its own letters.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

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


def menu_clashes(window: QWidget) -> list[str]:
    bar = window.findChild(QMenuBar)
    assert bar is not None and bar.actions(), "the window has menus"
    return list(clashes(bar.actions(), window.objectName() or type(window).__name__))


@pytest.fixture(params=["en", "fr", "ar"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    from organiser.ui import i18n
    from organiser.ui.app import make_application

    app = make_application()
    code = i18n.install(app, request.param)
    assert code == request.param
    yield code
    i18n.install(app, "en")


def test_no_two_entries_of_a_main_window_menu_share_a_letter(language: str, qtbot,
                                                             demo_db) -> None:
    from organiser.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_database(demo_db)
    try:
        window.build_areas()
        for area in window.areas:
            window.show_area(area.title)
            settle()
        assert not (found := menu_clashes(window)), "\n".join(found)
    finally:
        window.db = None


def test_no_two_entries_of_a_live_window_menu_share_a_letter(language: str, qtbot,
                                                             demo_db) -> None:
    from organiser.ui.live.window import LiveWindow

    window = LiveWindow(demo_db, 5)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert not (found := menu_clashes(window)), "\n".join(found)
    finally:
        window.close()
