"""one key per mailbox: an address's domain is matched in its ASCII (IDNA) form

`d@пример.рф` and `d@xn--e1afmkfd.xn--p1ai` are one mailbox; they were two matching keys, so
the import made a second person, the duplicates view did not pair them and the person form let
both be saved. The stored keys (`person_email.address_key`, `removed_invitee.email_key`) are
recomputed with core.addresses' `address_key` (a frozen copy below: a migration keeps the rule
of its day). Where two rows now share a key:
- two people's addresses: both stay (nothing of a person is deleted); the later row gets
  `key#person_id`, as migration 0005 did, and the duplicates view shows the pair to merge;
- one person holding both spellings: the later one (by position) goes; it is the same mailbox,
  and keeping it would make the person form refuse to save ("listed twice");
- an event's removed invitee under both spellings: one entry stays, with the later entry's
  address and name; it still needs a CANCEL when either did (a CANCEL too many beats a ghost
  meeting in someone's calendar).
The downgrade gives back the case-folded keys (0005's rule); a dropped spelling stays dropped.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 16:50:00
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSON_EMAIL = sa.table('person_email', *(sa.column(name) for name in (
    'id', 'person_id', 'address', 'address_key', 'position')))
REMOVED = sa.table('removed_invitee', *(sa.column(name) for name in (
    'id', 'event_id', 'email', 'email_key', 'name', 'sent', 'cancelled_at')))


def mailbox_key(address: str | None) -> str:
    """core.addresses.address_key as of this revision."""
    text = (address or '').strip()
    local, at, domain = text.rpartition('@')
    if not at:
        return text.casefold()
    domain = domain.rstrip('.')
    if not domain.isascii():
        try:
            domain = domain.encode('idna').decode('ascii')
        except UnicodeError:
            pass
    return f"{unicodedata.normalize('NFC', local).casefold()}@{domain.casefold()}"


def folded_key(address: str | None) -> str:
    """The key before this revision (core.text.email_key up to 0009)."""
    return (address or '').strip().casefold()


def upgrade() -> None:
    connection = op.get_bind()
    _person_email_keys(connection, mailbox_key, drop_same_person=True)
    _removed_invitee_keys(connection)


def downgrade() -> None:
    connection = op.get_bind()
    _person_email_keys(connection, folded_key, drop_same_person=False)
    rows = connection.execute(sa.select(REMOVED.c.id, REMOVED.c.email, REMOVED.c.email_key)
                              ).all()
    _set(connection, REMOVED, 'email_key', {row.id: folded_key(row.email)[:320] for row in rows},
         {row.id: row.email_key for row in rows})


def _person_email_keys(connection: sa.Connection, key: Callable[[str | None], str], *,
                       drop_same_person: bool) -> None:
    rows = connection.execute(sa.select(PERSON_EMAIL).order_by(
        PERSON_EMAIL.c.person_id, PERSON_EMAIL.c.position, PERSON_EMAIL.c.id)).all()
    wanted: dict[int, str] = {}
    gone: list[int] = []
    kept: list[tuple[Any, str]] = []
    seen: set[tuple[int, str]] = set()
    for row in rows:  # a person's first spelling (by position) of a mailbox stays
        plain = key(row.address)
        if (row.person_id, plain) not in seen:
            seen.add((row.person_id, plain))
            kept.append((row, plain))
        elif drop_same_person:
            gone.append(row.id)
        else:
            wanted[row.id] = f'{plain}#{row.person_id}#{row.id}'[:320]
    # of two people's rows, the oldest (0005's MIN(id)) keeps the key plain
    owner: dict[str, int] = {}
    for row, plain in sorted(kept, key=lambda pair: pair[0].id):
        owner.setdefault(plain, row.id)
    for row, plain in kept:
        wanted[row.id] = (plain if owner[plain] == row.id else f'{plain}#{row.person_id}')[:320]
    if gone:
        connection.execute(PERSON_EMAIL.delete().where(PERSON_EMAIL.c.id.in_(gone)))
    _set(connection, PERSON_EMAIL, 'address_key', wanted,
         {row.id: row.address_key for row in rows})


def _removed_invitee_keys(connection: sa.Connection) -> None:
    rows = connection.execute(sa.select(REMOVED).order_by(REMOVED.c.id)).all()
    groups: dict[tuple[int, str], list[Any]] = {}
    for row in rows:
        groups.setdefault((row.event_id, mailbox_key(row.email)[:320]), []).append(row)
    wanted: dict[int, str] = {}
    for (_event_id, key), entries in groups.items():
        kept = entries[-1]  # the latest removal: its address and name
        wanted[kept.id] = key
        if len(entries) == 1:
            continue
        sent = any(e.sent for e in entries)
        open_cancel = any(e.sent and e.cancelled_at is None for e in entries)
        cancelled = [e.cancelled_at for e in entries if e.cancelled_at is not None]
        connection.execute(REMOVED.delete().where(
            REMOVED.c.id.in_([e.id for e in entries[:-1]])))
        connection.execute(REMOVED.update().where(REMOVED.c.id == kept.id).values(
            sent=sent, cancelled_at=None if open_cancel or not cancelled else max(cancelled)))
    _set(connection, REMOVED, 'email_key', wanted, {row.id: row.email_key for row in rows})


def _set(connection: sa.Connection, table: sa.TableClause, column: str,
         wanted: dict[int, str], stored: dict[int, str]) -> None:
    """Write the new keys in two passes (first a placeholder each), so that no row ever holds
    a key another row still holds before its own update: unique indexes are checked row by
    row, on SQLite and PostgreSQL alike."""
    changed = {row_id: value for row_id, value in wanted.items() if stored.get(row_id) != value}
    if not changed:
        return
    update = table.update().where(table.c.id == sa.bindparam('row_id')).values(
        {column: sa.bindparam('value')})
    connection.execute(update, [{'row_id': row_id, 'value': f'#0010#{row_id}'}
                                for row_id in changed])
    connection.execute(update, [{'row_id': row_id, 'value': value}
                                for row_id, value in changed.items()])
