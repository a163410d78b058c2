"""Undoable live edits: each command runs a service call and knows the call that reverses it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand


class Call(QUndoCommand):
    """An edit made through the services; `undo` runs the reversing call.

    `redo` receives the command's `memo` dict to keep what undo needs (ids made, old values).
    """

    def __init__(self, text: str, redo: Callable[[dict[str, Any]], None],
                 undo: Callable[[dict[str, Any]], None],
                 after: Callable[[], None] | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._after = after
        self._on_error = on_error
        self.memo: dict[str, Any] = {}
        self._skip = False
        self.refused = ""  # why the last undo or redo was refused ("" when it went through)

    def run_first(self) -> None:
        """Do the edit outside the stack, so a refusal raises here and nothing is pushed."""
        self._redo(self.memo)
        self._skip = True

    def redo(self) -> None:
        if self._skip:
            self._skip = False
        else:
            self._run(self._redo)
        if self._after is not None:
            self._after()

    def undo(self) -> None:
        self._run(self._undo)
        if self._after is not None:
            self._after()

    def _run(self, call: Callable[[dict[str, Any]], None]) -> None:
        """A step the database refuses now (changed meanwhile) is reported, not raised into Qt."""
        from organiser.core.errors import OrganiserError

        self.refused = ""
        try:
            call(self.memo)
        except OrganiserError as exc:
            if self._on_error is None:
                raise
            self.refused = exc.message
            self._on_error(exc.message)


class WindowUndo(QObject):
    """Lets Ctrl+Z/Ctrl+Shift+Z in a one-line field undo the window's last edit.

    A line edit cleared after each entry has nothing worth undoing in itself; the check-in or
    idea just recorded is what the coordinator means to take back.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Undo) or \
                    event.matches(QKeySequence.StandardKey.Redo):
                event.ignore()
                return True
        return False


def route_undo_to_window(widget: QObject) -> None:
    route = WindowUndo(widget)
    widget.installEventFilter(route)
