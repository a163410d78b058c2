"""mailbox keys in IDNA 2008: straße.de is not strasse.de

Migration 0010 stored the matching keys of addresses with an international domain in their
IDNA 2003 form (Python's "idna" codec), which maps ß to ss, a final ς to σ and drops ZWJ/ZWNJ:
`anna@straße.de` was keyed `anna@strasse.de`, someone else's domain. core.addresses now uses
IDNA 2008 with UTS #46 non-transitional mapping (the `idna` package; `xn--strae-oqa.de`), so
the keys of rows whose address has a non-ASCII domain are recomputed (a frozen copy below);
rows with an ASCII domain keep their key as stored. Collisions as in 0010, except that a row
with an ASCII domain keeps the key it holds (it is the one matched until now):
- another person's row already holds the new key: this row gets `key#person_id`, and the
  duplicates view shows the pair to merge (nothing of a person is deleted);
- the same person already holds the mailbox under another spelling: this row goes;
- an event's removed invitee under both spellings: merged as 0010 does;
- a row keyed `key#person_id` only because the old rule gave it this row's key (`strasse.de`
  beside `straße.de`) gets its plain key back.
The downgrade writes the IDNA 2003 keys back for those rows (`key#person_id#id` where two
rows of one person would share one); a dropped spelling stays dropped.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 18:20:00
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSON_EMAIL = sa.table('person_email', *(sa.column(name) for name in (
    'id', 'person_id', 'address', 'address_key', 'position')))
REMOVED = sa.table('removed_invitee', *(sa.column(name) for name in (
    'id', 'event_id', 'email', 'email_key', 'name', 'sent', 'cancelled_at')))


def mailbox_key(address: str | None) -> str:
    """core.addresses.address_key as of this revision (IDNA 2008, UTS #46 non-transitional)."""
    import idna

    text = (address or '').strip()
    local, at, domain = text.rpartition('@')
    if not at:
        return text.casefold()
    domain = domain.rstrip('.')
    if not domain.isascii():
        try:
            domain = idna.encode(domain, uts46=True, transitional=False).decode('ascii')
        except UnicodeError:
            pass
    return f"{unicodedata.normalize('NFC', local).casefold()}@{domain.casefold()}"


def idna2003_key(address: str | None) -> str:
    """The key of 0010 to 0012 (IDNA 2003)."""
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


def _international(address: str | None) -> bool:
    return not (address or '').strip().rpartition('@')[2].isascii()


def upgrade() -> None:
    connection = op.get_bind()
    _person_email_keys(connection, mailbox_key, drop_same_person=True)
    _removed_invitee_keys(connection, mailbox_key)


def downgrade() -> None:
    connection = op.get_bind()
    _person_email_keys(connection, idna2003_key, drop_same_person=False)
    _removed_invitee_keys(connection, idna2003_key)


def _person_email_keys(connection: sa.Connection, key: Callable[[str | None], str], *,
                       drop_same_person: bool) -> None:
    rows = connection.execute(sa.select(PERSON_EMAIL).order_by(
        PERSON_EMAIL.c.person_id, PERSON_EMAIL.c.position, PERSON_EMAIL.c.id)).all()
    changing = [row for row in rows if _international(row.address)]
    if not changing:
        return
    staying = [row for row in rows if not _international(row.address)]
    taken = {row.address_key for row in staying}
    mailboxes = {(row.person_id, key(row.address)[:320]) for row in staying}
    wanted: dict[int, str] = {}
    gone: list[int] = []
    for row in changing:
        plain = key(row.address)[:320]
        if (row.person_id, plain) in mailboxes:
            if drop_same_person:
                gone.append(row.id)
                continue
            value = f'{plain}#{row.person_id}#{row.id}'
        else:
            mailboxes.add((row.person_id, plain))
            value = plain if plain not in taken else f'{plain}#{row.person_id}'
            if value in taken:
                value = f'{plain}#{row.person_id}#{row.id}'
        wanted[row.id] = value[:320]
        taken.add(value[:320])
    # a row made distinct (`key#person_id`) only because the old rule gave it another
    # mailbox's key gets its plain key back once nobody holds it
    for row in staying:
        plain = key(row.address)[:320]
        if row.address_key.startswith(f'{plain}#') and plain not in taken:
            wanted[row.id] = plain
            taken.add(plain)
    if gone:
        connection.execute(PERSON_EMAIL.delete().where(PERSON_EMAIL.c.id.in_(gone)))
    _set(connection, PERSON_EMAIL, 'address_key', wanted,
         {row.id: row.address_key for row in rows})


def _removed_invitee_keys(connection: sa.Connection, key: Callable[[str | None], str]) -> None:
    rows = connection.execute(sa.select(REMOVED).order_by(REMOVED.c.id)).all()
    if not any(_international(row.email) for row in rows):
        return
    groups: dict[tuple[int, str], list[Any]] = {}
    for row in rows:  # an ASCII domain's key is the same under both rules
        groups.setdefault((row.event_id, key(row.email)[:320]), []).append(row)
    wanted: dict[int, str] = {}
    for (_event_id, new_key), entries in groups.items():
        kept = entries[-1]  # the latest removal: its address and name
        wanted[kept.id] = new_key
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
    a key another row still holds before its own update (unique indexes, row by row)."""
    changed = {row_id: value for row_id, value in wanted.items() if stored.get(row_id) != value}
    if not changed:
        return
    update = table.update().where(table.c.id == sa.bindparam('row_id')).values(
        {column: sa.bindparam('value')})
    connection.execute(update, [{'row_id': row_id, 'value': f'#0013#{row_id}'}
                                for row_id in changed])
    connection.execute(update, [{'row_id': row_id, 'value': value}
                                for row_id, value in changed.items()])
