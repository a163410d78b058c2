"""Next steps area on 20,000 steps: load, filter (in a worker) and sort in the Qt model.

Usage: .venv/bin/python bench/nextsteps_filter.py [DB.sqlite]
Without a database, one is made with bench/make_large_db.py (20,000 next steps).
Prints milliseconds per operation (median of 5 runs).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(action, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _filter_in_worker(model, flt) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Milliseconds on the UI thread: asking for the filter, and showing its rows once a
    worker has made them."""
    from PySide6.QtWidgets import QApplication

    shown: list[float] = []
    show = model._show

    def timed_show(arranged):  # type: ignore[no-untyped-def]
        started = time.perf_counter()
        show(arranged)
        shown.append((time.perf_counter() - started) * 1000)

    model._show = timed_show
    started = time.perf_counter()
    model.set_filter(flt)
    asked = (time.perf_counter() - started) * 1000
    while model.arranging():
        QApplication.processEvents()
        time.sleep(0.0005)
    del model._show
    return asked, sum(shown)


def main() -> None:
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from organiser.core.enums import NextStepStatus
    from organiser.core.storage import open_database
    from organiser.services.nextsteps import NextStepFilter, list_next_steps
    from organiser.ui.models.nextsteps_table import NextStepsTableModel

    folder = tempfile.mkdtemp()
    if len(sys.argv) > 1:
        target = Path(sys.argv[1])
    else:
        target = Path(folder) / "large.sqlite"
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_large_db.py")),
                        str(target)], check=True, stdout=subprocess.DEVNULL)
    db = open_database(target)
    _app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    rows = list_next_steps(db)
    load_ms = (time.perf_counter() - started) * 1000
    model = NextStepsTableModel()
    today = dt.date.today()
    started = time.perf_counter()
    model.set_rows(rows, today)
    first_ms = (time.perf_counter() - started) * 1000
    some_org = next(r.organisation_id for r in rows if r.organisation_id is not None)
    active = frozenset({NextStepStatus.OPEN, NextStepStatus.IN_PROGRESS})
    filters = {
        "status open/in progress": NextStepFilter(statuses=active),
        "overdue": NextStepFilter(overdue=True),
        "organisation": NextStepFilter(owner_organisation_id=some_org),
        "text 'draft'": NextStepFilter(text="draft"),
        "everything": NextStepFilter(),
    }
    print(f"{len(rows):,} next steps; load from the database {load_ms:.0f} ms; "
          f"first model fill (sort keys built) {first_ms:.0f} ms")
    print("a filter change: the UI thread's part (asking, then showing the rows made) against "
          "the filter pass over every step, which runs in a worker (it ran on the UI thread "
          "before)")
    for label, flt in filters.items():
        ui, worker = [], []
        for _ in range(5):
            asked, shown = _filter_in_worker(model, flt)
            ui.append(asked + shown)
            view = (flt, model.today, *model.view()[2:])
            started = time.perf_counter()
            model.arrange(model.all_rows(), model._orders, view)
            worker.append((time.perf_counter() - started) * 1000)
        print(f"filter {label:<24} UI thread {statistics.median(ui):5.1f} ms, worker "
              f"{statistics.median(worker):5.1f} ms  ({model.shown():,} shown)")
    _filter_in_worker(model, NextStepFilter())
    for column, title in enumerate(("due", "status", "what", "owner")):
        started = time.perf_counter()
        model.sort(column, Qt.SortOrder.AscendingOrder)
        first = (time.perf_counter() - started) * 1000
        print(f"sort by {title:<27} {first:6.1f} ms the first time (the column's order is "
              "computed once per load)")
        ms = timed(lambda c=column: (model.sort(c, Qt.SortOrder.DescendingOrder),
                                     model.sort(c, Qt.SortOrder.AscendingOrder))) / 2
        print(f"sort by {title:<27} {ms:6.1f} ms afterwards")
    db.close()


if __name__ == "__main__":
    main()
