"""Reading off the UI thread: one helper, shaped like Anki's `QueryOp`.

`QueryOp(parent, query, success).run()` calls `query()` in a worker thread, then `success(result)`
on the UI thread. The query must not touch widgets; it opens its own session (each worker thread
takes its own connection from the database's pool). Errors are reported in one place
(`report_error`): a message for the person when they caused it, the crash dialog otherwise.
A result is dropped when its parent widget is gone, or when `current()` says it is out of date.

Only the newest read is shown: `.latest(key)` makes an op supersede every earlier op of the same
parent and key. A superseded op's result and error are dropped (no dialog), and its query is not
run at all when it had not started yet. `reading(parent, key)` says whether such a read is under
way, `forget(parent, key)` drops it (e.g. the list it was for was cleared meanwhile).
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

T = TypeVar("T")
log = logging.getLogger("organiser")


class _Courier(QObject):
    """Lives on the UI thread; a signal emitted from a worker is delivered there (queued)."""

    delivered = Signal(object)


_lock = threading.Lock()
_pool: ThreadPoolExecutor | None = None
_courier: _Courier | None = None
_pending = 0
_idle_callbacks: list[Callable[[], None]] = []
# (id of the parent, key) -> the newest op started with `latest(key)` and not yet delivered; the
# op holds its parent, so the id cannot be reused by another object while it is listed
_newest: dict[tuple[int, str], QueryOp[Any]] = {}


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        # two workers: one long reload never holds up a short one (a poll, one row)
        _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="organiser-query")
    return _pool


def _the_courier() -> _Courier:
    global _courier
    if _courier is None:
        _courier = _Courier(QApplication.instance())
        _courier.delivered.connect(lambda job: job())
    return _courier


def pending() -> int:
    """How many queries are running or waiting to deliver."""
    return _pending


def idle() -> bool:
    return _pending == 0


def when_idle(callback: Callable[[], None]) -> None:
    """Call back on the UI thread once no query is left (at once when none is running)."""
    if _pending == 0:
        callback()
    else:
        _idle_callbacks.append(callback)


def reading(parent: QObject | None, key: str = "read") -> bool:
    """Whether a `latest(key)` read of `parent` is under way (started, not yet delivered)."""
    return (id(parent), key) in _newest


def forget(parent: QObject | None, key: str = "read") -> None:
    """Drop the `latest(key)` read of `parent` under way: its result will not be shown."""
    _newest.pop((id(parent), key), None)


def _alive(widget: QObject | None) -> bool:
    if widget is None:
        return True
    try:
        import shiboken6

        return bool(shiboken6.isValid(widget))
    except ImportError:  # pragma: no cover - shiboken6 ships with PySide6
        return True


def report_error(parent: QWidget | None, exc: BaseException) -> None:
    """The one place background errors surface: the person's message, or the crash dialog."""
    from organiser.core.errors import OrganiserError

    if isinstance(exc, OrganiserError):
        from PySide6.QtWidgets import QMessageBox

        window = parent.window() if parent is not None and _alive(parent) else None
        box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate(
            "Background", "Cannot read the database"), str(exc),
            QMessageBox.StandardButton.Ok, window)
        box.setObjectName("backgroundError")
        box.open()
        return
    log.error("background query failed", exc_info=(type(exc), exc, exc.__traceback__))
    sys.excepthook(type(exc), exc, exc.__traceback__)


class QueryOp(Generic[T]):
    """A read in a worker thread, its result shown on the UI thread."""

    def __init__(self, parent: QObject | None, query: Callable[[], T],
                 success: Callable[[T], None]) -> None:
        self._parent = parent
        self._query = query
        self._success = success
        self._failure: Callable[[BaseException], None] | None = None
        self._current: Callable[[], bool] = lambda: True
        self._key: tuple[int, str] | None = None

    def failure(self, callback: Callable[[BaseException], None]) -> QueryOp[T]:
        """Handle errors here instead of `report_error` (which is the default)."""
        self._failure = callback
        return self

    def current(self, check: Callable[[], bool]) -> QueryOp[T]:
        """Deliver only while `check()` is true (e.g. the same database is still open)."""
        self._current = check
        return self

    def latest(self, key: str = "read") -> QueryOp[T]:
        """Only the newest read is shown: running this op supersedes the earlier ones of the
        same parent and key (their results and errors are dropped, their queries skipped when
        not started yet); see `reading` and `forget`."""
        self._key = (id(self._parent), key)
        return self

    def _superseded(self) -> bool:
        return self._key is not None and _newest.get(self._key) is not self

    def run(self) -> None:
        global _pending
        courier = _the_courier()
        with _lock:
            _pending += 1
        if self._key is not None:
            _newest[self._key] = self

        def work() -> None:
            if self._superseded():  # a newer read was started while this one waited
                courier.delivered.emit(_done)  # finished on the UI thread, like the rest
                return
            _collector_paused(True)
            try:
                result: Any = self._query()
            except BaseException as exc:
                error: BaseException | None = exc
                result = None
            else:
                error = None
            courier.delivered.emit(lambda: self._deliver(result, error))

        try:
            _executor().submit(work)
        except RuntimeError:  # the pool is shut down: the app is closing
            self._unlist()
            _done()

    def _unlist(self) -> bool:
        """Take this op off the newest reads; False when a newer one had superseded it."""
        if self._key is None:
            return True
        if _newest.get(self._key) is not self:
            return False
        del _newest[self._key]
        return True

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        try:
            # unlisted before the callbacks run: they see no read under way, and may start one
            if not self._unlist() or not _alive(self._parent) or not self._current():
                return
            if error is not None:
                if self._failure is not None:
                    self._failure(error)
                else:
                    report_error(self._parent if isinstance(self._parent, QWidget) else None,
                                 error)
                return
            self._success(result)
        finally:
            # what was just read stays for long: out of the collector's passes (a pass over
            # 100,000 rows held every thread for 100-300 ms); freed all the same by reference
            # counting once replaced. Frozen before the collector runs again.
            gc.freeze()
            _collector_paused(False)
            _done()


_building = 0  # workers running a query
# While a worker reads, the GIL passes to a waiting thread after 1 ms instead of Python's 5:
# the UI thread takes it each time C++ calls into Python (every data() of a table it paints,
# every timer and signal), and with a busy worker each of those waited for the switch
# interval: painting a table of 1,000 rows took 4-8 times as long (bench/session.py lists the
# time the UI thread was blocked). Python's own interval is back once no read is left.
SWITCH_WHILE_READING = 0.001
_switch_before: float | None = None


def _collector_paused(building: bool) -> None:
    """No cyclic collection while a worker builds rows: each pass would scan every row made
    so far, holding the UI thread too (the GIL); it runs again once no read is left.
    Meanwhile the GIL switches sooner (SWITCH_WHILE_READING)."""
    global _building, _switch_before
    with _lock:
        _building += 1 if building else -1
        if _building == 1 and building:
            gc.disable()
            _switch_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_before, SWITCH_WHILE_READING))
        elif _building == 0:
            gc.enable()
            if _switch_before is not None:
                sys.setswitchinterval(_switch_before)
                _switch_before = None


def hold_collector() -> None:
    """No cyclic collection until `release_collector()`, whatever the reads do meanwhile.

    For start-up: its imports and first reads build objects that live as long as the app,
    and the collector's passes over them cost about a tenth of starting (and, run from a
    worker, held the UI thread through the GIL)."""
    _collector_paused(True)


def release_collector() -> None:
    """The end of `hold_collector()`: what was built meanwhile is frozen out of later passes
    (it stays for good), then the collector runs again once no read is left."""
    gc.freeze()
    _collector_paused(False)


def _done() -> None:
    global _pending
    with _lock:
        _pending -= 1
        finished = _pending == 0
    if finished:
        callbacks = list(_idle_callbacks)
        _idle_callbacks.clear()
        for callback in callbacks:
            callback()


def shutdown() -> None:
    """Let running queries finish without delivering (the app is quitting)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None
