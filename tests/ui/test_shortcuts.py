"""Help › Keyboard shortcuts lists every action of the window that has a key, from the actions."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from organiser.ui.dialogs.shortcuts import ShortcutsDialog, window_shortcuts
from tests.ui.test_accessibility import unnamed


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_every_action_with_a_key_is_listed(main_window, qtbot) -> None:
    dialog = ShortcutsDialog(main_window)
    qtbot.addWidget(dialog)
    rows = {(s.menu, s.action, s.keys) for s in dialog.shortcuts}
    assert ("File", "Open database", _native("Ctrl+O")) in rows
    assert ("Events", "Live mode", _native("Ctrl+L")) in rows  # the area's toolbar
    assert any(menu == "View" and action == "Contacts" and keys == _native("Ctrl+1")
               for menu, action, keys in rows)
    assert any(action == "Reload" and _native("F5") in keys for _m, action, keys in rows)
    listed = {s.keys for s in dialog.shortcuts}
    with_keys = [a for a in main_window.findChildren(QAction)
                 if not a.shortcut().isEmpty() and a.text()]
    assert len(with_keys) >= 8
    for action in with_keys:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts())
        assert keys in listed, action.text()
    assert dialog.table.rowCount() == len(dialog.shortcuts)
    assert not any("&" in s.action for s in dialog.shortcuts)
    assert unnamed(dialog) == []


def test_a_changed_shortcut_shows_the_next_time(main_window) -> None:
    main_window.reload_action.setShortcuts([QKeySequence("Ctrl+Alt+F5")])
    reload_rows = [s for s in window_shortcuts(main_window) if s.action == "Reload"]
    assert [s.keys for s in reload_rows] == [_native("Ctrl+Alt+F5")]


def test_help_menu_opens_it(main_window, qtbot) -> None:
    shown: list[int] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        shown.append(dialog.table.rowCount())
        dialog.reject()

    help_texts = [a.text() for a in main_window.menu("&Help").actions()]
    assert "&Keyboard shortcuts…" in help_texts
    QTimer.singleShot(0, close_it)
    main_window.shortcuts_action.trigger()
    assert shown and shown[0] > 0
