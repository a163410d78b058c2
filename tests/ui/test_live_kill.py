"""Minutes survive the laptop dying: type, get killed with SIGKILL, reopen, find the text."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

CHILD = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from organiser.core.storage import open_database
from organiser.ui.app import make_application
from organiser.ui.live.window import LiveWindow

db = open_database(sys.argv[1])
app = make_application()
window = LiveWindow(db, 5)
window.show()
window.show_tab(1)

def type_minutes():
    if not window.loaded:
        QTimer.singleShot(20, type_minutes)
        return
    QTest.keyClicks(window.minutes_edit, sys.argv[2])
    print("typed", window.current_item_id, flush=True)

QTimer.singleShot(100, type_minutes)  # once the agenda is shown (read in a worker)
app.exec()
"""


def _wait_for_minutes(path: str, item_id: int, *, deadline: float) -> bool:
    """Poll the database file (read-only, its own connection) until the text is committed."""
    while time.monotonic() < deadline:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            row = connection.execute("SELECT minutes FROM agenda_item WHERE id = ?",
                                     (item_id,)).fetchone()
        connection.close()
        if row and row[0] == TYPED:
            return True
        time.sleep(0.05)
    return False

TYPED = "Ghana and Kenya described their coalitions"


@pytest.mark.slow
def test_minutes_typed_survive_sigkill(demo_db, tmp_path: Path) -> None:
    from organiser.services import agenda

    path = str(demo_db.path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, path, TYPED], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("typed"), line
        item_id = int(line.split()[1])
        # kill as soon as the autosave has committed (seen through another connection), no later
        assert _wait_for_minutes(path, item_id, deadline=time.monotonic() + 20), \
            "the typed minutes were not saved within 20 s"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        if child.stdout:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    from organiser.core.storage import open_database

    reopened = open_database(path)
    try:
        assert agenda.get_agenda(reopened, 5).item(item_id).minutes == TYPED
    finally:
        reopened.close()
