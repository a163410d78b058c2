"""An event's invitation list as a Qt table model (one row per invitee)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from organiser.core.text import sort_key
from organiser.ui.labels import enum_text, local_datetime
from organiser.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from organiser.services.invitations import InvitationRow


def _local(row: InvitationRow) -> str:
    local = row.local_start
    return f"{local_datetime(local, 'ddd dd MMM, HH:mm')} {local.tzname() or ''}".strip()


def _replied(row: InvitationRow) -> str:
    if row.replied_at is None:
        return ""
    return local_datetime(row.replied_at.astimezone(), "dd MMM yyyy HH:mm")


INVITATION_COLUMNS: list[Column[Any]] = [
    Column("Name", lambda r: r.name, sort=lambda r: sort_key(r.name),
           tooltip=lambda r: QCoreApplication.translate(
               "InvitationsTable", "delegated by {name}").format(name=r.delegated_from)
           if r.delegated_from else ""),
    Column("E-mail", lambda r: r.email),
    Column("Organisation", lambda r: r.organisation),
    Column("Role", lambda r: enum_text(r.role, capital=True)),
    Column("Reply", lambda r: enum_text(r.reply, capital=True)),
    Column("Local start", _local, sort=lambda r: r.local_start.replace(tzinfo=None),
           tooltip=lambda r: QCoreApplication.translate(
               "InvitationsTable", "{zone} (the invitee's own clock)").format(zone=r.zone)),
    Column("Comment", lambda r: r.comment.replace("\n", " "), tooltip=lambda r: r.comment),
    Column("Replied", _replied, sort=lambda r: r.replied_at.timestamp() if r.replied_at else 0,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
]
REPLY_COLUMN = 4
LOCAL_START_COLUMN = 5


class InvitationsTableModel(RowTableModel["InvitationRow"]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(INVITATION_COLUMNS, parent)
