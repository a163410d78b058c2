"""one person per e-mail address: a unique index on the normalised address

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 11:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # an address two people already shared stays on both (nothing is deleted): the later
    # rows get a key of their own, and `contacts duplicates` still shows the pair to merge
    op.execute(
        "UPDATE person_email SET address_key = "
        "address_key || '#' || CAST(person_id AS VARCHAR(20)) "
        "WHERE id NOT IN (SELECT MIN(id) FROM person_email GROUP BY address_key)")
    with op.batch_alter_table('person_email', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_email_address_key'))
        batch_op.create_index(batch_op.f('ix_person_email_address_key'), ['address_key'],
                              unique=True)


def downgrade() -> None:
    with op.batch_alter_table('person_email', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_email_address_key'))
        batch_op.create_index(batch_op.f('ix_person_email_address_key'), ['address_key'],
                              unique=False)
