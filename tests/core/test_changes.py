"""ChangeWatch: the window's cheap question "did anyone commit since I last asked?"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from organiser.core.changes import ChangeWatch
from organiser.core.storage import Database, open_database


def _cli(target: str, *args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "organiser", "--db", target, *args],
                            capture_output=True, text=True, timeout=120, env=env, check=False)
    assert result.returncode == 0, result.stderr


def another_process_and_this_one(target: str, *, quiet_when_unchanged: bool = True) -> None:
    """A commit by another process, then by another connection of this process, is seen once.

    On a server, other databases' activity (autovacuum's ANALYZE) may also be seen, so only
    there the "nothing changed" answers are not asserted.
    """
    _cli(target, "demo")
    db: Database = open_database(target)
    try:
        watch = ChangeWatch(db)
        from organiser.services.event_list import list_events

        list_events(db)  # reading is not changing
        if quiet_when_unchanged:
            assert not watch.changed()
        _cli(target, "nextsteps", "set", "1", "--status", "dropped")  # the demo has it done
        assert watch.changed()
        if quiet_when_unchanged:
            assert not watch.changed()  # once per change
        from organiser.services.nextsteps import set_status

        set_status(db, 1, "open")  # this process, through the pool's other connection
        assert watch.changed()
        watch.close()
    finally:
        db.close()


def test_sqlite_data_version_sees_other_processes_and_connections(tmp_path: Path) -> None:
    another_process_and_this_one(str(tmp_path / "shared.sqlite"))
