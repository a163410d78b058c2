"""Start-up as a fresh process sees it (issue 15): what is imported before the window is
ready, and the events listed before the ORM loads. Each case runs in its own interpreter,
since this test process has long imported everything."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from organiser.ui.app import make_application, start_window

app = make_application()
window = start_window(sys.argv[1])
early = []

def listed():  # what the events list showed before the database was open
    if window.db is None and not early:
        model = window.area("Events").model
        early.extend(model.index(r, 0).data() for r in range(model.rowCount()))

window.area("Events").model.modelReset.connect(listed)

def check():
    if not hasattr(window, "startup_times"):
        QTimer.singleShot(10, check)
        return
    times = window.startup_times
    print(json.dumps({"times": times,
                      "models": "organiser.core.models" in sys.modules,
                      "imported": sorted(sys.modules),
                      "early": getattr(window, "events_listed_early", None),
                      "early_titles": early,
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
    # the schema check of a current database is one SELECT of the version: no Alembic
    assert "alembic" not in found["imported"]


AT_SHOWN = """
import json, sys
import PySide6.QtCore as QtCore
import organiser.ui.app as app

first = {}
uptime = app.process_uptime

def first_turn():  # the app asks the time first when its window is on screen ("shown")
    if not first:
        first.update(qt="Qt" in QtCore.__dict__, modules=sorted(sys.modules))
    return uptime()

app.process_uptime = first_turn
from organiser.__main__ import run

run(["--db", sys.argv[1], "--startup-probe"])
print(json.dumps(first), flush=True)
"""


def test_the_window_shows_before_the_rest_is_imported(demo_template: Path,
                                                      tmp_path: Path) -> None:
    """The window is on screen before the areas, the item views, the database code and Qt's
    namespace enums are loaded: PySide builds all ~100 enums of `Qt` on its first use (15-30
    ms), and the widgets module and the item views add more; a bare window needs none."""
    db_path = tmp_path / "demo.sqlite"
    shutil.copy2(demo_template, db_path)
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORGANISER_DATA_DIR": str(home / "d"),
           "ORGANISER_CONFIG_DIR": str(home / "c"), "ORGANISER_LOG_DIR": str(home / "l")}
    result = subprocess.run([sys.executable, "-c", AT_SHOWN, str(db_path)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=80, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    early = [m for m in ("organiser.ui.widgets", "organiser.ui.areas.events",
                         "organiser.ui.models.table", "organiser.ui.crash",
                         "organiser.ui.background", "organiser.core.storage", "sqlalchemy",
                         "locale")  # (argparse's messages: the app's options are read by hand)
             if m in found["modules"]]
    assert not early, f"imported before the window showed: {early}"
    assert not found["qt"], "Qt's namespace (every Qt.* enum) was built before the window showed"


def test_events_listed_early_after_a_clean_close(tmp_path: Path) -> None:
    """A database closed cleanly has no -wal or -shm beside it: the early listing (sqlite3,
    read-only, before SQLAlchemy loads) still shows the events, the newest one included."""
    from organiser.core.models import Event
    from organiser.core.storage import open_database
    from organiser.services.demo import build_demo

    db_path = tmp_path / "closed.sqlite"
    database = open_database(db_path)
    build_demo(database)
    with database.transaction() as session:
        session.add(Event(title="Added before closing", kind="workshop", status="planned",
                          start=dt.datetime(2027, 3, 1, 9, tzinfo=dt.UTC),
                          end=dt.datetime(2027, 3, 1, 12, tzinfo=dt.UTC),
                          timezone="Africa/Nairobi", venue="Nairobi"))
    database.close()
    assert [p.name for p in tmp_path.iterdir()] == ["closed.sqlite"]  # no -wal, no -shm
    found = _start(db_path, tmp_path / "home")
    assert found["early"], "the events were not listed before the database was open"
    assert "Added before closing" in found["early_titles"]
    assert found["events"] == 7


GC_PROBE = """
import gc, json, sys
from organiser.core.uptime import process_uptime

passes = []
started = False

def seen(phase, info):
    if started and phase == "start":
        passes.append(process_uptime())

gc.callbacks.append(seen)
from organiser.__main__ import run

started = True
status = run(["--db", sys.argv[1], "--startup-probe"])
print(json.dumps({"status": status, "passes": passes, "enabled": gc.isenabled(),
                  "frozen": gc.get_freeze_count()}), flush=True)
"""


def test_no_collector_pass_before_ready(demo_template: Path, tmp_path: Path) -> None:
    """The app as launched (`python -m organiser`): the cyclic collector stays off while Qt,
    SQLAlchemy and the window's modules are imported and the first rows are read (its passes
    over what start-up builds cost about a tenth of starting), and is on again once the window
    is ready, with start-up's objects frozen out of its passes."""
    db_path = tmp_path / "demo.sqlite"
    shutil.copy2(demo_template, db_path)
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORGANISER_DATA_DIR": str(home / "d"),
           "ORGANISER_CONFIG_DIR": str(home / "c"), "ORGANISER_LOG_DIR": str(home / "l")}
    result = subprocess.run([sys.executable, "-c", GC_PROBE, str(db_path)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=80, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.strip().splitlines()
    probe = dict(part.split("=") for part in lines[-2].split())
    found = json.loads(lines[-1])
    assert found["status"] == 0
    ready = float(probe["ready"])
    before = [t for t in found["passes"] if round(t, 3) < ready]
    assert not before, f"{len(before)} collector passes before ready ({ready:.3f} s)"
    assert found["enabled"], "the collector was left off after start-up"
    assert found["frozen"] > 10_000, "start-up's objects were not frozen out of later passes"


UNWRITABLE = """
import json, sys
from pathlib import Path
from organiser.migrations import HEAD_REVISION
from organiser.services.event_list import read_events_sqlite
rows = read_events_sqlite(Path(sys.argv[1]), HEAD_REVISION)
print(json.dumps(None if rows is None else [r.title for r in rows]))
"""


def test_events_listed_early_from_a_folder_the_user_cannot_write(demo_template: Path) -> None:
    """No -shm beside the file and none can be made there (a shared folder, a read-only
    drive): SQLite's plain read-only mode refused the file, and the list stayed empty until
    the real open (which then offers read-only)."""
    command = [sys.executable, "-c", UNWRITABLE]
    if os.geteuid() == 0:  # root writes anywhere: this process may not (no DAC override)
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv (util-linux) to drop the override")
        drop = "-dac_override,-dac_read_search"
        command = [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", *command]
    folder = Path(tempfile.mkdtemp(prefix="organiser-ro-"))
    try:
        os.chmod(folder, 0o755)
        db_path = folder / "shared.sqlite"
        shutil.copy2(demo_template, db_path)
        os.chmod(folder, 0o555)  # no file can be made here (the -shm)
        result = subprocess.run([*command, str(db_path)], cwd=REPO, capture_output=True,
                                text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stderr[-2000:]
        titles = json.loads(result.stdout.strip().splitlines()[-1])
        assert titles is not None and len(titles) == 6
        assert sorted(p.name for p in folder.iterdir()) == ["shared.sqlite"]  # left as it was
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)
