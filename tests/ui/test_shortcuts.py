"""Help › Keyboard shortcuts lists every action of the window that has a key, from the actions."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from organiser.ui.dialogs.shortcuts import ShortcutsDialog, window_shortcuts
from tests.ui.test_accessibility import unnamed
from tests.ui.test_workshop_day import answer_next_dialog


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


def test_the_agenda_editor_lists_every_key_it_handles_on_f1(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    """The agenda editor's keys (Ctrl+N, Ctrl+↑/↓, Delete, Undo…) were listed in no Help."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QShortcut

    from organiser.ui.agenda.editor import AgendaEditor

    editor = AgendaEditor(demo_db, 5)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.table.setFocus()
    shown: list[set[str]] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        shown.append({s.keys for s in dialog.shortcuts})
        assert dialog.table.rowCount() == len(dialog.shortcuts)
        assert all(s.action and "&" not in s.action for s in dialog.shortcuts)
        dialog.reject()

    answer_next_dialog(qtbot, ShortcutsDialog, read_and_close)
    qtbot.keyClick(editor.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(shown))
    handled = {", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in a.shortcuts()) for a in editor.findChildren(QAction)
               if not a.shortcut().isEmpty()}
    handled |= {s.key().toString(QKeySequence.SequenceFormat.NativeText)
                for s in editor.findChildren(QShortcut)}
    for keys in ("Ctrl+N", "Ctrl+Up", "Ctrl+Down", "Del", "Ctrl+Z"):
        assert any(_native(keys) in k for k in handled), keys
    assert handled <= shown[0], handled - shown[0]
    assert _native("Return") in shown[0]  # Enter in a field of the form saves the item
