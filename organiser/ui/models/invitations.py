"""An event's invitation list as a Qt table model (one row per invitee)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from organiser.core.text import sort_key
from organiser.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from organiser.services.invitations import InvitationRow


def _local(row: InvitationRow) -> str:
    local = row.local_start
    return f"{local:%a %d %b, %H:%M} {local.tzname() or ''}".strip()


def _replied(row: InvitationRow) -> str:
    if row.replied_at is None:
        return ""
    return row.replied_at.astimezone().strftime("%d %b %Y %H:%M")


INVITATION_COLUMNS: list[Column[Any]] = [
    Column("Name", lambda r: r.name, sort=lambda r: sort_key(r.name),
           tooltip=lambda r: f"delegated by {r.delegated_from}" if r.delegated_from else ""),
    Column("E-mail", lambda r: r.email),
    Column("Organisation", lambda r: r.organisation),
    Column("Role", lambda r: r.role.value.capitalize()),
    Column("Reply", lambda r: r.reply.value.capitalize()),
    Column("Local start", _local, sort=lambda r: r.local_start.replace(tzinfo=None),
           tooltip=lambda r: f"{r.zone} (the invitee's own clock)"),
    Column("Comment", lambda r: r.comment.replace("\n", " "), tooltip=lambda r: r.comment),
    Column("Replied", _replied, sort=lambda r: r.replied_at.timestamp() if r.replied_at else 0,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
]
REPLY_COLUMN = 4
LOCAL_START_COLUMN = 5


class InvitationsTableModel(RowTableModel["InvitationRow"]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(INVITATION_COLUMNS, parent)
