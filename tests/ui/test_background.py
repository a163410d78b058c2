"""Only the newest read is shown, in one place: `QueryOp.latest` (issue 15).

Real QueryOps on the real worker pool; the order of the reads is forced with events the queries
wait on, never with sleeps.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from organiser.core.errors import OrganiserError
from organiser.ui import background
from organiser.ui.background import QueryOp, forget, reading, when_idle
from tests.ui.loading import settle


@pytest.fixture
def owner(qtbot: Any) -> Iterator[QWidget]:
    from organiser.ui.app import make_application

    make_application()
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    settle()


def _gated(value: Any, gate: threading.Event, ran: list[Any] | None = None) -> Callable[[], Any]:
    """A query that waits for `gate`, then answers `value` (raises it, when an exception)."""
    def query() -> Any:
        if ran is not None:
            ran.append(value)
        assert gate.wait(20), "the test never opened the gate"
        if isinstance(value, BaseException):
            raise value
        return value

    return query


def _error_boxes() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "backgroundError" and w.isVisible()]


def test_a_slow_first_read_finishing_after_a_fast_second_is_not_shown(owner: QWidget,
                                                                       qtbot: Any) -> None:
    shown: list[str] = []
    slow = threading.Event()
    QueryOp(owner, _gated("first", slow), shown.append).latest().run()
    QueryOp(owner, lambda: "second", shown.append).latest().run()
    assert reading(owner)
    qtbot.waitUntil(lambda: shown == ["second"])  # the second worker answered first
    assert not reading(owner)
    slow.set()  # now the first read finishes, late
    settle()
    assert shown == ["second"]
    assert background.idle()


def test_a_stale_failure_shows_no_dialog(owner: QWidget, qtbot: Any,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    hooked: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: hooked.append(exc))
    shown: list[str] = []
    slow = threading.Event()
    QueryOp(owner, _gated(OrganiserError("the first read failed"), slow),
            shown.append).latest().run()
    QueryOp(owner, _gated(RuntimeError("a bug in the first read"), slow),
            shown.append).latest().run()
    QueryOp(owner, lambda: "third", shown.append).latest().run()
    slow.set()
    settle()
    assert shown == ["third"]
    assert _error_boxes() == []  # neither the person's message ...
    assert hooked == []  # ... nor the crash dialog


def test_the_newest_failure_is_reported_once(owner: QWidget, qtbot: Any) -> None:
    shown: list[str] = []
    QueryOp(owner, lambda: "old", shown.append).latest().run()
    problem = OrganiserError("the database is locked")

    def fail() -> str:
        raise problem

    QueryOp(owner, fail, shown.append).latest().run()
    settle()
    boxes = _error_boxes()
    assert [box.text() for box in boxes] == ["the database is locked"]
    assert shown == []  # nor the older result, finished after it or not
    assert not reading(owner)
    for box in boxes:
        box.close()


def test_a_superseded_read_still_waiting_for_a_worker_is_never_run(owner: QWidget) -> None:
    gate = threading.Event()
    ran: list[Any] = []
    shown: list[Any] = []
    # both workers busy with other reads
    QueryOp(owner, _gated("busy 1", gate), shown.append).run()
    QueryOp(owner, _gated("busy 2", gate), shown.append).run()
    for text in ("a", "ab", "abc"):  # typed quickly: each search supersedes the one before
        QueryOp(owner, _gated(text, gate, ran), shown.append).latest("search").run()
    idle: list[bool] = []
    when_idle(lambda: idle.append(True))
    gate.set()
    settle()
    assert ran == ["abc"]
    assert sorted(shown) == ["abc", "busy 1", "busy 2"]
    assert idle == [True]  # when_idle fires though two reads were dropped


def test_forget_drops_the_read_under_way(owner: QWidget) -> None:
    gate = threading.Event()
    shown: list[str] = []
    QueryOp(owner, _gated("read", gate), shown.append).latest().run()
    assert reading(owner)
    forget(owner)  # e.g. the list it was for was cleared
    assert not reading(owner)
    gate.set()
    settle()
    assert shown == []


def test_reads_of_other_keys_and_other_parents_do_not_supersede(owner: QWidget,
                                                                qtbot: Any) -> None:
    other = QWidget()
    qtbot.addWidget(other)
    shown: list[str] = []
    during: list[bool] = []

    def show(value: str) -> None:
        during.append(reading(owner, "rows"))
        shown.append(value)

    QueryOp(owner, lambda: "rows", show).latest("rows").run()
    QueryOp(owner, lambda: "counts", shown.append).latest("counts").run()
    QueryOp(other, lambda: "other rows", shown.append).latest("rows").run()
    QueryOp(owner, lambda: "plain", shown.append).run()  # not `latest`: always shown
    settle()
    assert sorted(shown) == ["counts", "other rows", "plain", "rows"]
    assert during == [False]  # its own read is over when its result is shown


def test_a_read_for_a_closed_widget_is_dropped(qtbot: Any) -> None:
    from organiser.ui.app import make_application

    make_application()
    widget = QWidget()
    gate = threading.Event()
    shown: list[str] = []
    QueryOp(widget, _gated("late", gate), shown.append).latest().run()
    shiboken6.delete(widget)  # the dialog was closed and deleted meanwhile
    gate.set()
    settle()
    assert shown == []
    assert not background._newest  # nothing left listed for it


def test_the_gil_switches_sooner_while_a_worker_reads(owner: QWidget, qtbot: Any) -> None:
    """With a worker busy, the UI thread waited up to Python's switch interval (5 ms) each
    time C++ called into Python, for every cell of a table it painted: a paint of 1,000 rows
    took 4-8 times as long. While reads run, the interval is 1 ms; afterwards, as it was."""
    before = sys.getswitchinterval()
    reading_at: list[float] = []
    shown: list[str] = []

    def query(name: str, gate: threading.Event) -> Callable[[], str]:
        def read() -> str:
            reading_at.append(sys.getswitchinterval())
            assert gate.wait(20)
            return name
        return read

    first, second = threading.Event(), threading.Event()
    QueryOp(owner, query("first", first), shown.append).run()
    QueryOp(owner, query("second", second), shown.append).run()
    qtbot.waitUntil(lambda: len(reading_at) == 2)
    assert max(reading_at) <= 0.001
    first.set()
    qtbot.waitUntil(lambda: shown == ["first"])
    assert sys.getswitchinterval() <= 0.001  # the other read still runs
    second.set()
    settle()
    assert shown == ["first", "second"]
    assert sys.getswitchinterval() == before
    background.hold_collector()  # start-up's reads too, until ready
    assert sys.getswitchinterval() <= 0.001
    background.release_collector()
    assert sys.getswitchinterval() == before
