"""Start-up as a fresh process sees it (issue 15): what is imported before the window is
ready, and the events listed before the ORM loads. Each case runs in its own interpreter,
since this test process has long imported everything."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from organiser.ui.app import make_application, start_window

app = make_application()
window = start_window(sys.argv[1])

def check():
    if not hasattr(window, "startup_times"):
        QTimer.singleShot(10, check)
        return
    times = window.startup_times
    print(json.dumps({"times": times,
                      "models": "organiser.core.models" in sys.modules,
                      "events": window.area("Events").model.rowCount()}), flush=True)
    window.close()
    app.quit()

QTimer.singleShot(0, check)
app.exec()
"""


def _start(db_path: Path, home: Path) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORGANISER_DATA_DIR": str(home / "d"),
           "ORGANISER_CONFIG_DIR": str(home / "c"), "ORGANISER_LOG_DIR": str(home / "l")}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(db_path)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=80, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_ready_without_the_mapped_classes(demo_template: Path, tmp_path: Path) -> None:
    """The first screen (events, the sync indicator, the menus) needs no ORM model: importing
    and configuring the mapped classes took most of a second on the UI thread before."""
    db_path = tmp_path / "demo.sqlite"
    shutil.copy2(demo_template, db_path)
    found = _start(db_path, tmp_path / "home")
    assert found["events"] == 6
    assert not found["models"], "organiser.core.models was imported before the app was ready"
