"""Alembic migrations, shipped with the app; `upgrade head` runs when a database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

# The newest revision of this Organiser. Opening a database at this revision needs no Alembic
# import (start-up stays fast); tests check it equals the script directory's head.
HEAD_REVISION = "0013"

# env.py, script.py.mako and versions/ beside this file (also in the frozen bundle, where they
# ship as data next to the frozen package); nothing here imports the rest of Organiser
SCRIPT_DIRECTORY = Path(__file__).resolve().parent


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_DIRECTORY))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def script_heads() -> tuple[str, ...]:
    from alembic.script import ScriptDirectory

    return tuple(ScriptDirectory.from_config(alembic_config()).get_heads())


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)
