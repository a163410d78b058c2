"""One edit of the agenda as a step of the editor's undo stack."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from organiser.ui.agenda.editor import AgendaEditor


class AgendaChange(QUndoCommand):
    """One edit of the agenda: undo puts the agenda back as it was, redo as the edit left it."""

    def __init__(self, text: str, editor: AgendaEditor, before: list[dict[str, Any]],
                 after: list[dict[str, Any]], select_id: int | None) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.select_id = select_id
        self._done = True  # the edit has just been made; the stack's first redo skips it
        # the agenda as this editor last left it: an undo or redo over someone else's edit
        # made since is refused, not applied over theirs
        self.expected = after

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)

    def _restore(self, saved: list[dict[str, Any]]) -> None:
        now = self.editor.restore(saved, self.select_id, expected=self.expected)
        if now is not None:
            self.expected = now
