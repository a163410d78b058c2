"""outbox: a message is claimed (status sending, by whom, when) before it is sent

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD = ('queued', 'sent', 'failed')
NEW = ('queued', 'sending', 'sent', 'failed')


def _status(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name='outboxstatus', native_enum=False, create_constraint=True,
                   length=20)


def upgrade() -> None:
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=200), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.alter_column('status', existing_type=_status(OLD), type_=_status(NEW),
                              existing_nullable=False)


def downgrade() -> None:
    op.execute("UPDATE outbox_message SET status = 'queued' WHERE status = 'sending'")
    with op.batch_alter_table('outbox_message', schema=None) as batch_op:
        batch_op.alter_column('status', existing_type=_status(NEW), type_=_status(OLD),
                              existing_nullable=False)
        batch_op.drop_column('claimed_at')
        batch_op.drop_column('claimed_by')
