"""one organisation per name: a stored key with a unique index

"Kamu İhale Kurumu" created by the app and "KAMU IHALE KURUMU" by an import at the same time
were two organisations. `organisation.name_key` holds the name's key (core.text's
organisation_key, frozen below: a migration keeps the rule of its day: case, accents and
punctuation ignored, a leading "The" and trailing legal forms dropped), unique, so the database
itself refuses a second one whoever writes it.

Organisations already sharing a key are not merged here (nothing is merged unseen): the oldest
(lowest id) holds the key, the later ones keep their people, next steps and names with no key
(NULL, which a unique index allows any number of), and the contacts' organisations list shows
them side by side for the coordinator to merge (`organiser contacts merge-organisations`).
A name with no letters or digits has no key either. The downgrade drops the column.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 17:35:00
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORGANISATION = sa.table('organisation', sa.column('id'), sa.column('name'),
                        sa.column('name_key'))
_EXTRA_FOLDS = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe",
                              "þ": "th", "ð": "d"})
_LEGAL_SUFFIXES = frozenset({
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "plc", "corp", "corporation", "co",
    "company", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "oy",
    "kg", "pty", "pvt", "ev"})


def _fold(value: str) -> str:
    """core.text.fold as of this revision."""
    if value.isascii():
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().translate(_EXTRA_FOLDS)


def name_key(name: str | None) -> str:
    """core.text.organisation_key as of this revision."""
    words = "".join(c if c.isalnum() else " " for c in _fold(name or "").replace(".", "")
                    ).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def upgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.String(length=300), nullable=True))
    connection = op.get_bind()
    taken: set[str] = set()
    keys: list[dict[str, object]] = []
    for row in connection.execute(sa.select(ORGANISATION.c.id, ORGANISATION.c.name)
                                  .order_by(ORGANISATION.c.id)):
        key = name_key(row.name)[:300]
        if key and key not in taken:  # the oldest holds it; later twins stay, keyless
            taken.add(key)
            keys.append({"row_id": row.id, "key": key})
    if keys:
        connection.execute(ORGANISATION.update()
                           .where(ORGANISATION.c.id == sa.bindparam("row_id"))
                           .values(name_key=sa.bindparam("key")), keys)
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index('ux_organisation_name_key', ['name_key'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index('ux_organisation_name_key')
        batch_op.drop_column('name_key')
