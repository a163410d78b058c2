"""How long live mode's walk-in and capture dialogs hold the UI thread as they open.

Usage: .venv/bin/python bench/live_dialogs.py [LARGE.sqlite] [--event ID] [--repeats 5] [--json]
Without a database, one is made with bench/make_large_db.py (10,000 people, 1,000
organisations). The database is copied first (live mode may write to it). The event is the one
with the most invitations unless --event says otherwise.

Measured: from the key's handler being called (`walk_in`, `ask_outcome`) to the first turn of
the dialog's own event loop, i.e. how long the window could not answer; "first" is the first
opening in the process (what a coordinator meets once a day), "again" the median of the repeats.
Then, separately, how long until the dialog's lists were there (0 when read before it opened).
Compare two checkouts by running this script from each, interleaved, and comparing ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description="stall of opening live mode's dialogs")
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--event", type=int)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="one line of JSON")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="organiser-live-dialogs-"))
    os.environ.setdefault("ORGANISER_CONFIG_DIR", str(home / "conf"))
    os.environ.setdefault("ORGANISER_DATA_DIR", str(home / "data"))
    path = home / "large.sqlite"
    if args.db is None:
        subprocess.run([sys.executable, str(Path(__file__).parent / "make_large_db.py"),
                        str(path)], check=True)
    else:
        shutil.copy2(args.db, path)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog
    from sqlalchemy import func, select

    from organiser.core.models import Invitation
    from organiser.core.storage import open_database
    from organiser.ui import background
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    app = make_application()
    db = open_database(path, create=False)
    event_id = args.event
    if event_id is None:
        with db.session() as session:
            event_id = session.execute(
                select(Invitation.event_id).group_by(Invitation.event_id)
                .order_by(func.count().desc()).limit(1)).scalar_one()

    def settle() -> None:
        while not background.idle():
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()

    window = LiveWindow(db, event_id)
    window.show()
    deadline = time.monotonic() + 60
    while not window.loaded:  # its read starts on the next turn of the event loop
        assert time.monotonic() < deadline, "live mode never loaded"
        app.processEvents()
        time.sleep(0.001)
    settle()

    def lists_shown(dialog: QDialog) -> bool:
        lists = getattr(dialog, "lists", None)  # before: read before the dialog opened
        return lists is None or bool(lists.ready)

    def measure(open_dialog: Any) -> tuple[float, float]:
        times: dict[str, float] = {}

        def in_dialog() -> None:
            times["open"] = time.perf_counter()
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, QDialog), dialog
            while not lists_shown(dialog):
                app.processEvents()
                time.sleep(0.0005)
            times["lists"] = time.perf_counter()
            dialog.reject()

        QTimer.singleShot(0, in_dialog)
        start = time.perf_counter()
        open_dialog()
        settle()
        return (times["open"] - start) * 1000, (times["lists"] - start) * 1000

    results: dict[str, Any] = {"event": event_id}
    for name, open_dialog in (
            ("walk-in", lambda: window.walk_in("Nadia Benali")),
            ("next step", lambda: window.ask_outcome("next step", "Map the pilots")),
            ("decision", lambda: window.ask_outcome("decision", "Adopt the charter"))):
        first = measure(open_dialog)
        again = [measure(open_dialog) for _ in range(args.repeats)]
        results[name] = {"first": first[0], "again": statistics.median(a[0] for a in again),
                         "lists first": first[1],
                         "lists again": statistics.median(a[1] for a in again)}
    window.close()
    db.close()
    shutil.rmtree(home, ignore_errors=True)
    if args.json:
        print(json.dumps(results))
        return
    print(f"event {event_id}; ms from the key to the dialog's event loop (stall), and to its "
          f"lists shown")
    for name in ("walk-in", "next step", "decision"):
        r = results[name]
        print(f"{name:<10} stall first {r['first']:6.1f}  again {r['again']:6.1f}   "
              f"lists first {r['lists first']:6.1f}  again {r['lists again']:6.1f}")


if __name__ == "__main__":
    main()
