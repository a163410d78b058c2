"""Minutes survive the laptop dying: type, get killed with SIGKILL, reopen, find the text."""

from __future__ import annotations

import os
import signal
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
    QTest.keyClicks(window.minutes_edit, "Ghana and Kenya described their coalitions")
    print("typed", window.current_item_id, flush=True)

QTimer.singleShot(100, type_minutes)
app.exec()
"""


@pytest.mark.slow
def test_minutes_typed_survive_sigkill(demo_db, tmp_path: Path) -> None:
    from organiser.services import agenda

    path = str(demo_db.path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, path], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("typed"), line
        item_id = int(line.split()[1])
        time.sleep(2.0)
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
        assert agenda.get_agenda(reopened, 5).item(item_id).minutes == \
            "Ghana and Kenya described their coalitions"
    finally:
        reopened.close()
