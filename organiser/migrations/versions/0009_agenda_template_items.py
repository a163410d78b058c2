"""agenda templates keep their items as rows (agenda_template_item) instead of a JSON list

An item's kind is then one of the agenda kinds (a CHECK constraint), its duration a number of
minutes and its day a day number, as on the agenda items they were saved from. Existing
templates are carried over, odd values included: an entry that is not an object is dropped;
a kind none of the known ones (matched ignoring case and spaces) becomes 'session', a duration
that is not a whole number of minutes 30, a day that is not a whole number from 1 day 1 (what
applying the template took when they were missing; an unknown kind made it fail).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 14:40:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = ('session', 'presentation', 'discussion', 'brainstorm', 'break', 'review of actions')
MAX_DURATION = 24 * 60

TEMPLATE = sa.table('agenda_template', sa.column('id', sa.Integer()),
                    sa.column('items', sa.JSON()))
ITEM = sa.table('agenda_template_item', *(sa.column(name) for name in (
    'template_id', 'position', 'day', 'title', 'kind', 'duration_minutes', 'presenter_text',
    'notes')))


def upgrade() -> None:
    op.create_table(
        'agenda_template_item',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('template_id', sa.Integer(), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('day', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=300), nullable=False),
        sa.Column('kind', sa.Enum(*KINDS, name='agendakind', native_enum=False,
                                  create_constraint=True, length=30), nullable=False),
        sa.Column('duration_minutes', sa.Integer(), nullable=False),
        sa.Column('presenter_text', sa.String(length=300), nullable=False),
        sa.Column('notes', sa.Text(), nullable=False),
        sa.CheckConstraint('duration_minutes >= 0',
                           name=op.f('ck_agenda_template_item_duration_not_negative')),
        sa.CheckConstraint('day >= 1', name=op.f('ck_agenda_template_item_day_positive')),
        sa.ForeignKeyConstraint(['template_id'], ['agenda_template.id'],
                                name=op.f('fk_agenda_template_item_template_id_agenda_template'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template_item')),
        sa.UniqueConstraint('template_id', 'position',
                            name=op.f('uq_agenda_template_item_template_id')),
    )
    connection = op.get_bind()
    rows = connection.execute(sa.select(TEMPLATE.c.id, sa.cast(TEMPLATE.c['items'], sa.Text()))
                              ).all()
    items = [item for template_id, text in rows for item in _items(template_id, text)]
    if items:
        connection.execute(ITEM.insert(), items)
    with op.batch_alter_table('agenda_template', schema=None) as batch_op:
        batch_op.drop_column('items')


def downgrade() -> None:
    with op.batch_alter_table('agenda_template', schema=None) as batch_op:
        batch_op.add_column(sa.Column('items', sa.JSON(), nullable=True))
    connection = op.get_bind()
    plans: dict[int, list[dict[str, Any]]] = {}
    for row in connection.execute(sa.select(ITEM).order_by(ITEM.c.template_id,
                                                           ITEM.c.position)):
        plans.setdefault(row.template_id, []).append(
            {'title': row.title, 'kind': row.kind, 'duration_minutes': row.duration_minutes,
             'day': row.day, 'notes': row.notes, 'presenter_text': row.presenter_text})
    for (template_id,) in connection.execute(sa.select(TEMPLATE.c.id)).all():
        connection.execute(TEMPLATE.update().where(TEMPLATE.c.id == template_id)
                           .values(items=plans.get(template_id, [])))
    op.drop_table('agenda_template_item')  # before the table it refers to is rebuilt
    with op.batch_alter_table('agenda_template', schema=None) as batch_op:
        batch_op.alter_column('items', existing_type=sa.JSON(), nullable=False)


def _items(template_id: int, text: str | None) -> list[dict[str, Any]]:
    try:
        plan = json.loads(text) if text else []
    except ValueError:
        plan = []
    if not isinstance(plan, list):
        return []
    items = []
    for entry in plan:
        if not isinstance(entry, dict):
            continue
        kind = ' '.join(str(entry.get('kind') or '').split()).casefold()
        items.append({
            'template_id': template_id, 'position': len(items),
            'day': _whole(entry.get('day'), 1, 1, 10_000),
            'title': str(entry.get('title') or '')[:300],
            'kind': kind if kind in KINDS else 'session',
            'duration_minutes': _whole(entry.get('duration_minutes'), 30, 0, MAX_DURATION),
            'presenter_text': str(entry.get('presenter_text') or '')[:300],
            'notes': str(entry.get('notes') or '')})
    return items


def _whole(value: object, default: int, low: int, high: int) -> int:
    """A whole number within [low, high] (a numeric string counts); else the default."""
    if isinstance(value, bool):
        return default
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().lstrip('-').isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and low <= value <= high else default
