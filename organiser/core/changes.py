"""Noticing that the database changed, whoever changed it (this process, the CLI, a colleague).

SQLite: `PRAGMA data_version` on one connection kept for the purpose changes whenever another
connection (of any process, this one included) commits; it costs microseconds and reads no data.

PostgreSQL: the server's transaction snapshot (`txid_current_snapshot()`, as text) changes
whenever a transaction that writes starts or ends anywhere on the server, and only then (reads get
no transaction id). No table, trigger or migration is needed, it is one cheap statement, and it
catches deletions, which `max(updated_at)` would not. It also changes for writes to other
databases on the same server: that costs a needless reload of what is on screen, never a missed
change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from organiser.core.storage import Database


class ChangeWatch:
    """`changed()` is true when something was committed since the previous call."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._connection: Any = None
        self._last: object = None
        self._last = self._token()

    def _token(self) -> object:
        if self.db.is_sqlite:
            if self._connection is None:
                # a connection of its own (never one in a transaction): PRAGMA data_version
                # compares what other connections committed since this one last asked
                self._connection = self.db.engine.raw_connection()
            cursor = self._connection.cursor()
            try:
                cursor.execute("PRAGMA data_version")
                row = cursor.fetchone()
            finally:
                cursor.close()
            return row[0] if row else None
        from sqlalchemy import text

        with self.db.engine.connect().execution_options(
                isolation_level="AUTOCOMMIT") as connection:
            return connection.execute(text("SELECT txid_current_snapshot()::text")).scalar()

    def changed(self) -> bool:
        token = self._token()
        if token == self._last:
            return False
        self._last = token
        return True

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            finally:
                self._connection = None
