"""drop three indexes that a unique index beginning with the same column already serves:
ix_vote_idea (vote), ix_minutes_revision_event_id, ix_person_email_person_id

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


DUPLICATES = (('vote', 'ix_vote_idea', 'idea_id'),
              ('minutes_revision', 'ix_minutes_revision_event_id', 'event_id'),
              ('person_email', 'ix_person_email_person_id', 'person_id'))


def upgrade() -> None:
    for table, index, _column in DUPLICATES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(index)


def downgrade() -> None:
    for table, index, column in DUPLICATES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(index, [column], unique=False)
