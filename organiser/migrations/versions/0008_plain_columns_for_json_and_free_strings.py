"""plain columns where a JSON column and free strings stood:
event.sent_state becomes event.time_place_sequence (an integer) and the removed_invitee table
(the people taken off the event, who need a CANCEL); outbox_message.purpose and sync_log.kind
become enums (CHECK constraints, as every other closed vocabulary)

Existing data is carried over. A `sent_state` that is not a JSON object, a sequence that is
not a whole number, and removed entries that are not objects or have no address are dropped
(the app ignored them too); a `cancelled_at` that is set but unreadable counts as sent now.
An outbox purpose or sync kind is matched ignoring case and spaces; an outbox purpose none of
the known ones becomes 'other' (its message is kept, still sendable); a sync log line of an
unknown kind is deleted (nothing reads it; the log file keeps the run).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 14:10:00
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PURPOSES = ('invitation', 'update', 'cancellation', 'declinecounter', 'minutes', 'reminder',
            'other')
# spellings of a purpose an older or hand-edited database may hold
PURPOSE_ALIASES = {'invite': 'invitation', 'invitations': 'invitation',
                   'cancel': 'cancellation', 'cancellations': 'cancellation',
                   'decline-counter': 'declinecounter', 'decline_counter': 'declinecounter',
                   'decline counter': 'declinecounter', 'reminders': 'reminder'}
KINDS = ('fetch', 'publish', 'send', 'remind')


def _purpose() -> sa.Enum:
    return sa.Enum(*PURPOSES, name='mailpurpose', native_enum=False, create_constraint=True,
                   length=20)


def _kind() -> sa.Enum:
    return sa.Enum(*KINDS, name='synckind', native_enum=False, create_constraint=True,
                   length=20)


def upgrade() -> None:
    op.create_table(
        'removed_invitee',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=320), nullable=False),
        sa.Column('email_key', sa.String(length=320), nullable=False),
        sa.Column('name', sa.String(length=300), nullable=False),
        sa.Column('sent', sa.Boolean(), nullable=False),
        sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['event_id'], ['event.id'],
                                name=op.f('fk_removed_invitee_event_id_event'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_removed_invitee')),
        sa.UniqueConstraint('event_id', 'email_key', name=op.f('uq_removed_invitee_event_id')),
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.add_column(sa.Column('time_place_sequence', sa.Integer(), server_default='0',
                                      nullable=False))
    _carry_sent_state()
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('sent_state')
        batch_op.create_check_constraint(op.f('ck_event_time_place_sequence_not_negative'),
                                         'time_place_sequence >= 0')

    _normalise('outbox_message', 'purpose', PURPOSES, PURPOSE_ALIASES, unknown='other')
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.alter_column('purpose', existing_type=sa.String(length=40), type_=_purpose(),
                              existing_nullable=False)
    _normalise('sync_log', 'kind', KINDS, {}, unknown=None)
    with op.batch_alter_table('sync_log', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=sa.String(length=20), type_=_kind(),
                              existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_log', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=_kind(), type_=sa.String(length=20),
                              existing_nullable=False)
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.alter_column('purpose', existing_type=_purpose(), type_=sa.String(length=40),
                              existing_nullable=False)
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_event_time_place_sequence_not_negative'),
                                 type_='check')
        batch_op.add_column(sa.Column('sent_state', sa.JSON(), nullable=True))
    _restore_sent_state()
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_column('time_place_sequence')
    op.drop_table('removed_invitee')


# --- data --------------------------------------------------------------------------------

EVENT = sa.table('event', sa.column('id', sa.Integer()), sa.column('sent_state', sa.JSON()),
                 sa.column('time_place_sequence', sa.Integer()))
REMOVED = sa.table('removed_invitee', sa.column('id', sa.Integer()),
                   sa.column('event_id', sa.Integer()), sa.column('email', sa.String()),
                   sa.column('email_key', sa.String()), sa.column('name', sa.String()),
                   sa.column('sent', sa.Boolean()),
                   sa.column('cancelled_at', sa.DateTime(timezone=True)))


def _carry_sent_state() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == 'sqlite'
    now = dt.datetime.now(dt.UTC)
    rows = connection.execute(sa.select(EVENT.c.id, sa.cast(EVENT.c.sent_state, sa.Text()))
                              .where(EVENT.c.sent_state.is_not(None))).all()
    removed: list[dict[str, Any]] = []
    for event_id, text in rows:
        try:
            state = json.loads(text) if text else None
        except ValueError:
            state = None
        if not isinstance(state, dict):
            continue
        sequence = state.get('time_place_sequence')
        if isinstance(sequence, int) and sequence > 0:
            connection.execute(EVENT.update().where(EVENT.c.id == event_id)
                               .values(time_place_sequence=int(sequence)))
        entries: dict[str, dict[str, Any]] = {}  # the last entry of an address is the one read
        for entry in state.get('removed') or []:
            if not isinstance(entry, dict):
                continue
            email = str(entry.get('email') or '').strip()
            if not email:
                continue
            cancelled = _instant(entry.get('cancelled_at'), now)
            entries[email.casefold()] = {
                'event_id': event_id, 'email': email[:320], 'email_key': email.casefold()[:320],
                'name': str(entry.get('name') or '')[:300],
                'sent': bool(entry.get('sent', True)),
                'cancelled_at': cancelled.replace(tzinfo=None) if sqlite and cancelled
                else cancelled}
        removed.extend(entries.values())
    if removed:
        connection.execute(REMOVED.insert(), removed)


def _instant(value: object, now: dt.datetime) -> dt.datetime | None:
    """When a CANCEL went out, as UTC; a value that is set but unreadable: now."""
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return now
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def _restore_sent_state() -> None:
    connection = op.get_bind()
    removed: dict[int, list[dict[str, Any]]] = {}
    for row in connection.execute(sa.select(REMOVED).order_by(REMOVED.c.id)):
        entry: dict[str, Any] = {'email': row.email, 'name': row.name, 'sent': bool(row.sent)}
        if row.cancelled_at is not None:
            moment = row.cancelled_at
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            entry['cancelled_at'] = moment.isoformat()
        removed.setdefault(row.event_id, []).append(entry)
    for event_id, sequence in connection.execute(sa.select(EVENT.c.id,
                                                           EVENT.c.time_place_sequence)).all():
        state: dict[str, Any] = {'time_place_sequence': int(sequence or 0)}
        if event_id in removed:
            state['removed'] = removed[event_id]
        connection.execute(EVENT.update().where(EVENT.c.id == event_id)
                           .values(sent_state=state))


def _normalise(table: str, column: str, known: tuple[str, ...], aliases: dict[str, str], *,
               unknown: str | None) -> None:
    """Each stored value as one of `known`: matched ignoring case and spaces, through
    `aliases`, else `unknown` (None: the row is deleted)."""
    connection = op.get_bind()
    target = sa.table(table, sa.column(column, sa.String()))
    values = connection.execute(sa.select(target.c[column]).distinct()).scalars().all()
    for value in values:
        if value in known:
            continue
        plain = ' '.join(str(value or '').split()).casefold()
        plain = aliases.get(plain, plain)
        wanted = plain if plain in known else unknown
        where = target.c[column] == value
        if wanted is None:
            connection.execute(target.delete().where(where))
        else:
            connection.execute(target.update().where(where).values({column: wanted}))
