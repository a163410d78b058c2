"""The agenda editor: timed items per day, drag and drop or Ctrl+↑/↓ to reorder, time zones.

`editor` is the dialog; `model` its table, `form` the fields of the chosen item, `undo` one
edit as a step of the undo stack.
"""

from __future__ import annotations

from organiser.ui.agenda.editor import AgendaEditor

__all__ = ["AgendaEditor"]
