"""UI-stall watchdog over a scripted session on the large database.

Usage: .venv/bin/python bench/session.py [--large LARGE.sqlite] [--runs 1] [--platform offscreen]
       [--raw] [--profile]
Without --large, a large database is generated first (bench/make_large_db.py).

A timer on the UI thread ticks every 5 ms and records the longest gap between two ticks: the
longest time the window could not answer the user. The session, one user action per event-loop
turn at a brisk human pace: start the app, open each area (waiting until it shows its data),
filter contacts by typing, open the workshop with the most invitations, enter live mode, check in
20 people by typing their names and Enter, open the brainstorm board, type a paragraph of
minutes, close.
The workshop is given a day's agenda (with a review of earlier actions) and a brainstorm board
of 40 ideas first, as on a workshop day: live mode then reads and shows what it would there,
and the minutes typed are saved (the session checks that they were, after closing).
Each stall over 40 ms is listed with what filled it: the UI thread's own CPU time, its wait for
a CPU (Linux; a loaded machine) and the rest, when it was blocked: in practice waiting for the
GIL while a worker held it (where each worker was in the app's code when the stall ended is
listed too). --profile adds the UI thread's costliest calls in each such stall.
Target: longest stall < 100 ms; memory < 250 MB at the large size.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

TICK_MS = 5
STALL_DETAIL = 0.040  # gaps longer than this are listed with their CPU times (--raw)
PACE_MS = 40  # between two user actions (a fast typist: 25 keys a second)


class Clocks:
    """The UI thread's time on a CPU and waiting for one (Linux's schedstat, read without
    opening a file each tick; elsewhere its CPU time alone), and every thread's CPU time."""

    def __init__(self) -> None:
        try:  # opened on the UI thread: the numbers are this thread's
            self.fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self.fd = None

    def read(self) -> tuple[float, float, float]:
        if self.fd is None:
            return time.thread_time(), 0.0, time.process_time()
        ran, waited = (int(n) / 1e9 for n in os.pread(self.fd, 128, 0).split()[:2])
        return ran, waited, time.process_time()


class Watchdog:
    """The longest gap between ticks of a 5 ms timer, with the step it happened in.

    Gaps are counted from the first tick: before it the event loop has not started and the
    window has not been drawn (that wait is the start-up time, which bench/startup.py
    measures); `first_tick` says how long it took, from the watchdog's creation.
    Each gap over STALL_DETAIL is kept with what took its time: the UI thread's own CPU, its
    wait for a CPU (a loaded machine), the other threads' CPU; the rest of the gap the UI
    thread was blocked, in practice waiting for the GIL that a worker held. With `profile`,
    the UI thread's calls in such a gap are kept too (the 8 costliest, cumulatively).
    """

    def __init__(self, profile: bool = False) -> None:
        from PySide6.QtCore import QTimer

        self.step = "start"
        self.created = self.last = time.perf_counter()
        self.first_tick: float | None = None
        self.longest = 0.0
        self.where = ""
        self.by_step: dict[str, float] = {}
        self.clocks = Clocks()
        self.cpu = self.clocks.read()
        self.stalls: list[dict[str, object]] = []
        self.profiler: cProfile.Profile | None = None
        if profile:
            self.profiler = cProfile.Profile()
            self.profiler.enable()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        if self.first_tick is None:
            self.first_tick = now - self.created
            self.last, self.cpu = now, self.clocks.read()
            return
        gap = now - self.last - TICK_MS / 1000
        cpu = self.clocks.read()
        if gap > STALL_DETAIL:
            ran, waited, everyone = (b - a for a, b in zip(self.cpu, cpu, strict=True))
            self.stalls.append({"ms": ms(gap), "step": self.step, "ui_cpu": ms(ran),
                                "cpu_wait": ms(waited), "others_cpu": ms(everyone - ran),
                                "blocked": ms(gap - ran - waited), "workers": _workers(),
                                **self._calls()})
        self.by_step[self.step] = max(self.by_step.get(self.step, 0.0), gap)
        if gap > self.longest:
            self.longest, self.where = gap, self.step
        if self.profiler is not None:  # a fresh profile for the next gap
            self.profiler.disable()
            self.profiler = cProfile.Profile()
            self.profiler.enable()
        self.last, self.cpu = time.perf_counter(), self.clocks.read()

    def _calls(self) -> dict[str, list[str]]:
        if self.profiler is None:
            return {}
        self.profiler.disable()
        stats = pstats.Stats(self.profiler).stats  # type: ignore[attr-defined]
        costly = sorted(stats.items(), key=lambda kv: -kv[1][3])[:8]
        return {"calls": [f"{ms(cum)} ms {Path(file).name}:{line} {name}"
                          for (file, line, name), (_, _, _, cum, _) in costly]}


def _workers() -> list[str]:
    """Where each other thread is in the app's code now: the one that held the GIL through
    a blocked gap has just let it go, usually right after the long call. (No source lines:
    reading them would keep whole files in linecache, counted in the peak memory.)"""
    import threading

    here = threading.get_ident()
    found = []
    for ident, frame in sys._current_frames().items():
        at: Any = frame
        while ident != here and at is not None and "/organiser/" not in at.f_code.co_filename:
            at = at.f_back
        if ident != here and at is not None:
            found.append(f"{Path(at.f_code.co_filename).name}:{at.f_lineno} {at.f_code.co_name}")
    return found


def ms(seconds: float) -> int:
    return round(seconds * 1000)


AGENDA = [("Welcome and introductions", "session", 20),
          ("Review of actions", "review of actions", 30),
          ("E-procurement pilots", "presentation", 45), ("Coffee", "break", 15),
          ("Regional roll-out", "discussion", 60), ("Lunch", "break", 60),
          ("Brainstorm: obstacles", "brainstorm", 45), ("Priorities", "discussion", 45),
          ("Coffee", "break", 15), ("Terms of reference", "session", 45),
          ("Next steps", "session", 30), ("Closing", "session", 15)]
MINUTES = ("The participants agreed to map e-procurement pilots in three regions; "
           "Fatima Al-Zahra and Олег Коваленко will draft the terms of reference.")


def workshop_of(db_path: Path) -> int:
    """The workshop with the most invitations."""
    import sqlite3

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
        workshop, = connection.execute(
            "SELECT e.id FROM event e JOIN invitation i ON i.event_id = e.id "
            "WHERE e.kind = 'workshop' GROUP BY e.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    return int(workshop)


def prepare(db_path: Path) -> None:
    """The workshop's day as the coordinator prepared it: an agenda and a board of ideas."""
    from organiser.core.enums import AgendaKind
    from organiser.core.storage import open_database
    from organiser.services import agenda, brainstorm, live

    workshop = workshop_of(db_path)
    db = open_database(db_path)
    try:
        if not agenda.get_agenda(db, workshop).items:
            for title, kind, minutes in AGENDA:
                agenda.add_item(db, workshop, title, kind=AgendaKind(kind),
                                duration_minutes=minutes)
            board = brainstorm.board_for_event(db, workshop)
            people = [r.person_id for r in live.roster(db, workshop)]
            for i in range(40):
                brainstorm.add_ideas(db, board, f"Idea {i + 1}: shared price references",
                                     author_id=people[i % len(people)])
    finally:
        db.close()
    import sqlite3

    with sqlite3.connect(db_path) as connection:  # all in the main file: it is copied alone
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def plan(db_path: Path) -> tuple[int, list[str]]:
    """The workshop and the addresses of 20 invitees not checked in (read before the session
    starts, so that the watchdog measures the app, not the script)."""
    import sqlite3

    workshop = workshop_of(db_path)
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
        emails = [e for e, in connection.execute(
            "SELECT pe.address FROM invitation i JOIN person_email pe "
            "ON pe.person_id = i.person_id AND pe.position = 0 "
            "WHERE i.event_id = ? AND i.person_id NOT IN "
            "(SELECT person_id FROM attendance WHERE event_id = ?) "
            "ORDER BY i.person_id LIMIT 20", (workshop, workshop))]
    return workshop, emails


def script(window, db_path: Path, workshop: int, names: list[str]  # type: ignore[no-untyped-def]
           ) -> Iterator[tuple[str, Callable[[], bool] | None]]:
    """(step name, action): an action returning False is asked again later (a wait)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from organiser.ui import background

    def idle() -> bool:
        return background.idle()

    def type_text(widget, text: str) -> bool:  # type: ignore[no-untyped-def]
        """Key presses carrying any script (QTest.keyClicks knows ASCII only)."""
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         ch))
        return True

    yield "start: ready", lambda: hasattr(window, "startup_times")
    for title in ("Contacts", "Next steps", "Programme", "Events"):
        yield f"open {title}", lambda t=title: bool(window.show_area(t)) or True
        yield f"open {title}: data shown", idle
    contacts = window.show_area("Contacts")
    yield "open Contacts again", idle
    for letter in "mart":
        yield "filter contacts", lambda ch=letter: QTest.keyClicks(contacts.search, ch) or True
    for _ in range(4):
        yield "filter contacts", lambda: QTest.keyClick(contacts.search,
                                                         Qt.Key.Key_Backspace) or True
    events = window.show_area("Events")
    yield "back to Events", idle
    yield "open the workshop", lambda: events.select_event(workshop) or True
    yield "open the workshop: invitations shown", idle
    holder: dict[str, object] = {}

    def enter_live() -> bool:
        from organiser.ui.live.window import open_live_window

        holder["live"] = open_live_window(window.db, workshop, window)
        return True

    yield "enter live mode", enter_live
    yield "live mode: settle", idle
    live_window = holder
    for index in range(len(names)):
        def check_in(i: int = index) -> bool:
            live = live_window["live"]
            name = names[i]
            live.show_tab(0)  # type: ignore[attr-defined]
            QTest.keyClicks(live.checkin.search, name)  # type: ignore[attr-defined]
            return True

        def press_enter() -> bool:
            live = live_window["live"]
            QTest.keyClick(live.checkin.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
            return True

        yield "check in: type a name", check_in
        yield "check in: Enter", press_enter
    def to_board() -> bool:
        live_window["live"].show_tab(2)  # type: ignore[attr-defined]
        return True

    yield "board: open", to_board  # its first visit: 40 ideas
    yield "board: shown", idle

    def to_minutes() -> bool:
        live = live_window["live"]
        live.show_tab(1)  # type: ignore[attr-defined]
        live.minutes_edit.setFocus()  # type: ignore[attr-defined]
        return True

    yield "minutes: open", to_minutes
    for word in MINUTES.split(" "):
        yield "type minutes", lambda w=word: type_text(
            live_window["live"].minutes_edit, w + " ")  # type: ignore[attr-defined]
    yield "close live mode", lambda: live_window["live"].close() or True  # type: ignore[attr-defined]
    yield "after live mode", idle
    yield "close the window", lambda: window.close() or True


def check(db_path: Path, workshop: int, names: list[str]) -> None:
    """What the session did is stored: the check-ins and the minutes as typed."""
    import sqlite3

    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
        present = connection.execute(
            "SELECT count(*) FROM attendance WHERE event_id = ? AND status = 'present'",
            (workshop,)).fetchone()[0]
        minutes = [m for m, in connection.execute(
            "SELECT minutes FROM agenda_item WHERE event_id = ?", (workshop,)) if m]
    if present != len(names):
        raise SystemExit(f"{present} people checked in, not {len(names)}")
    if minutes != [MINUTES + " "]:
        raise SystemExit(f"the minutes stored are {minutes!r}, not what was typed")


def session(db_path: Path, profile: bool = False) -> dict[str, object]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from organiser.ui.app import make_application, start_window

    workshop, names = plan(db_path)
    app = make_application()
    dog = Watchdog(profile)
    started = time.perf_counter()
    window = start_window(str(db_path))
    assert window is not None
    steps = script(window, db_path, workshop, names)
    current: list[tuple[str, Callable[[], bool] | None]] = []
    failure: list[str] = []

    def run_next() -> None:
        if not current:
            try:
                current.append(next(steps))
            except StopIteration:
                QTimer.singleShot(200, app.quit)  # the last reads settle, then quit
                return
        name, action = current[0]
        dog.step = name
        try:
            done = action is None or action()
        except Exception as exc:  # a broken script: say where, never wait on a dialog
            failure.append(f"{name}: {exc!r}")
            app.quit()
            return
        if done:
            current.clear()
            QTimer.singleShot(PACE_MS, run_next)
        else:
            QTimer.singleShot(TICK_MS, run_next)  # waiting: look again soon

    QTimer.singleShot(0, run_next)
    app.exec()
    QApplication.processEvents()
    if failure:
        raise SystemExit(f"session failed at {failure[0]}")
    check(db_path, workshop, names)
    return {"longest": dog.longest, "where": dog.where, "by_step": dict(dog.by_step),
            "first_tick": dog.first_tick, "stalls": dog.stalls,
            "seconds": time.perf_counter() - started,
            "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description="UI stalls over a scripted session")
    parser.add_argument("--large", "--db", type=Path, dest="large")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--raw", action="store_true", help="print each run's figures too")
    parser.add_argument("--profile", action="store_true",
                        help="list the UI thread's costliest calls in each long stall")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:  # one session in this process (a fresh process per run)
        os.environ["QT_QPA_PLATFORM"] = args.platform
        result = session(args.large, args.profile)
        print(json.dumps(result), flush=True)
        return
    home = Path(tempfile.mkdtemp(prefix="organiser-session-"))
    env = {**os.environ, "QT_QPA_PLATFORM": args.platform,
           "ORGANISER_DATA_DIR": str(home / "data"), "ORGANISER_CONFIG_DIR": str(home / "conf"),
           "ORGANISER_LOG_DIR": str(home / "log")}
    env.pop("ORGANISER_DB", None)
    source = args.large
    if source is None:
        source = home / "source.sqlite"
        subprocess.run([sys.executable, str(HERE / "make_large_db.py"), str(source)], check=True)
    # an installed app has its bytecode: without it every run compiled each module it imported
    # (entering live mode compiled five modules, ~60 ms, on this machine's PYTHONDONTWRITEBYTECODE)
    import compileall

    compileall.compile_dir(HERE.parent / "organiser", quiet=1)
    prepared = home / "prepared.sqlite"
    shutil.copyfile(source, prepared)
    prepare(prepared)
    results = []
    for _ in range(args.runs):
        target = home / "large.sqlite"
        shutil.copyfile(prepared, target)  # every run starts from the same data
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        out = subprocess.run([sys.executable, __file__, "--one", "--large", str(target),
                              "--platform", args.platform,
                              *(["--profile"] if args.profile else [])],
                             env=env, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(out.stderr[-3000:])
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    longest = [float(r["longest"]) for r in results]
    if args.raw:  # one JSON line per run, for pooling runs of several invocations
        for r in results:
            print("run " + json.dumps(r))
    print(f"runs: {args.runs}, platform: {args.platform}")
    print(f"longest UI stall: median {statistics.median(longest) * 1000:.0f} ms, "
          f"worst {max(longest) * 1000:.0f} ms (target < 100 ms)")
    worst = max(results, key=lambda r: float(r["longest"]))
    print(f"  worst run's longest stall during: {worst['where']}")
    steps: dict[str, list[float]] = {}
    for r in results:
        for step, gap in r["by_step"].items():  # type: ignore[attr-defined]
            steps.setdefault(step, []).append(gap)
    print("  longest stall by step (median over runs):")
    for step, gaps in sorted(steps.items(), key=lambda kv: -statistics.median(kv[1]))[:12]:
        print(f"    {statistics.median(gaps) * 1000:7.0f} ms  {step}")
    stalls = sorted((st for r in results for st in r["stalls"]),  # type: ignore[attr-defined]
                    key=lambda st: -int(st["ms"]))
    print("  longest stalls (all runs): the UI thread's CPU, its wait for a CPU, blocked (GIL):")
    for st in stalls[:8]:
        print(f"    {st['ms']:5} ms  {st['step']:<38} {st['ui_cpu']:4} / {st['cpu_wait']:4} / "
              f"{st['blocked']:4}")
        for worker in st.get("workers", []):
            print(f"              worker at {worker}")
        for call in st.get("calls", [])[:8]:
            print(f"              {call}")
    print(f"  first tick (window drawn, events listed) after "
          f"{statistics.median(float(r['first_tick']) for r in results) * 1000:.0f} ms")
    print(f"peak memory: {max(float(r['rss']) for r in results):.0f} MiB (target < 250 MB); "
          f"session {statistics.median(float(r['seconds']) for r in results):.1f} s")
    shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
