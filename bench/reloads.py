"""Full reload of each area at the large size: the worker's read (`load`) and the UI thread's
part (`show_loaded`), each timed on its own.

Usage: .venv/bin/python bench/reloads.py [DB.sqlite] [--runs 9] [--profile AREA]
Without a database, one is made with bench/make_large_db.py (10,000 people, 500 events,
50,000 invitations, 20,000 next steps). Prints the median of the runs in milliseconds.
Targets: a full reload < 200 ms off the UI thread (load); the UI thread's part small
(show_loaded, which only swaps lists and shows the first batch of rows).
With --profile AREA, prints the 25 most expensive calls of that area's load instead.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

AREAS = ("Events", "Contacts", "Next steps", "Programme")


def main() -> None:
    parser = argparse.ArgumentParser(description="full reload of each area")
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--profile", choices=AREAS)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="organiser-reloads-"))
    os.environ.setdefault("ORGANISER_CONFIG_DIR", str(home / "conf"))
    os.environ.setdefault("ORGANISER_DATA_DIR", str(home / "data"))
    path = args.db
    if path is None:
        path = home / "large.sqlite"
        subprocess.run([sys.executable, str(Path(__file__).parent / "make_large_db.py"),
                        str(path)], check=True)

    from organiser.core.storage import open_database
    from organiser.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    db = open_database(path, create=False)
    window = MainWindow()
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    if args.profile:
        import cProfile
        import pstats

        area = window.area(args.profile)
        type(area).load(db)  # warm
        profile = cProfile.Profile()
        profile.enable()
        type(area).load(db)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        db.close()
        return
    print(f"database: {path.name}, runs: {args.runs} (median ms)")
    print(f"{'area':<12} {'load (worker)':>14} {'its CPU time':>13} {'show_loaded (UI)':>17} "
          f"{'rows given':>11}")
    for title in AREAS:
        area = window.area(title)
        loads, shows, cpus = [], [], []
        for _ in range(args.runs):
            gc.collect()
            gc.disable()  # as in background.QueryOp: no collector passes while a worker reads
            started, cpu = time.perf_counter(), time.thread_time()
            data = type(area).load(db)
            loads.append((time.perf_counter() - started) * 1000)
            cpus.append((time.thread_time() - cpu) * 1000)
            gc.enable()
            started = time.perf_counter()
            area.show_loaded(data)
            shows.append((time.perf_counter() - started) * 1000)
            app.processEvents()
        shown = sum(m.rowCount() for m in _models(area))
        print(f"{title:<12} {statistics.median(loads):>14.0f} {statistics.median(cpus):>13.0f} "
              f"{statistics.median(shows):>17.0f} {shown:>11}")
    print("target: load < 200 ms for every area (CPU time: the worker's own share, what a "
          "loaded machine does not inflate)")
    window.set_database(db)
    _edits(app, window, db, args.runs)
    window.close()
    db.close()


def _settle(app: QApplication) -> None:
    from organiser.ui import background

    app.processEvents()
    while not background.idle():
        app.processEvents()
        time.sleep(0.0005)


def _edits(app: QApplication, window: Any, db: Any, runs: int) -> None:
    """A single edit, as the areas reflect it: the write, then what the table shows."""
    from organiser.core.enums import NextStepStatus
    from organiser.services.nextsteps import set_status
    from organiser.services.people import get_person, save_person
    from organiser.ui.areas.contacts import COUNTS_AFTER_MS

    steps = window.show_area("Next steps")
    _settle(app)
    samples = []
    for n in range(runs):
        step = steps.model.row_at(n)
        started = time.perf_counter()
        row = set_status(db, step.id, NextStepStatus.DONE if step.status is not
                         NextStepStatus.DONE else NextStepStatus.OPEN,
                         expected_version=step.version)
        steps.model.replace_row(row)
        app.processEvents()
        samples.append((time.perf_counter() - started) * 1000)
    print(f"edit: a next step's status, written and redrawn: "
          f"{statistics.median(samples):.0f} ms (target < 50 ms)")
    contacts = window.show_area("Contacts")
    _settle(app)
    whole, written, reflected, reflected_cpu, counted = [], [], [], [], []
    for n in range(runs):  # the old way (a reload of every person) and the new, in turns
        person = contacts.people.person(2 * n)
        data = get_person(db, person.id)
        data.phone = f"+41 22 555 {n:04d}"
        started = time.perf_counter()
        with contacts.own_write():
            save_person(db, data)
        contacts.refresh()  # what the area did after its form was saved, before
        _settle(app)
        whole.append((time.perf_counter() - started) * 1000)

        person = contacts.people.person(2 * n + 1)
        data = get_person(db, person.id)
        data.phone = f"+41 22 556 {n:04d}"
        started = time.perf_counter()
        with contacts.own_write():  # what the area does now
            save_person(db, data)
        saved, cpu = time.perf_counter(), time.thread_time()
        contacts.show_people_changed({person.id}, chosen=person.id)
        app.processEvents()  # the row is drawn
        reflected_cpu.append((time.thread_time() - cpu) * 1000)
        done = time.perf_counter()
        written.append((saved - started) * 1000)
        reflected.append((done - saved) * 1000)
        assert contacts.people.person(2 * n + 1).phone == data.phone
        while time.perf_counter() < done + COUNTS_AFTER_MS / 1000 + 0.01:
            app.processEvents()  # the organisations' and tags' counts are read after a pause
            time.sleep(0.0005)
        _settle(app)  # in the background
        counted.append((time.perf_counter() - started) * 1000)
    total = [w + r for w, r in zip(written, reflected, strict=True)]
    print(f"edit: single person edit reflected: {statistics.median(total):.0f} ms (target "
          f"< 50 ms) = written {statistics.median(written):.0f} + its row read and shown "
          f"{statistics.median(reflected):.0f} (UI thread CPU "
          f"{statistics.median(reflected_cpu):.0f}); the counts, read in the background, "
          f"after {statistics.median(counted):.0f} ms")
    print(f"      before, written and every person read again: "
          f"{statistics.median(whole):.0f} ms; ratio after/before "
          f"{statistics.median(total) / statistics.median(whole):.2f}")


def _models(area: QWidget) -> list[QAbstractItemModel]:
    return [view.model() for view in area.findChildren(QTableView)
            if view.model() is not None and view.isVisibleTo(area)]


if __name__ == "__main__":
    main()
