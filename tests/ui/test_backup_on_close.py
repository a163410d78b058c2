"""The backup on the way out is written in a worker thread, never lost (issue 15).

Closing the window says "Saving a backup…" and closes once the copy is made; quitting any other
way waits for it, the event loop ticking meanwhile.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from organiser.services import backups


@pytest.fixture
def slow_backup(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[str]]:
    """take_backup waits for `release` (set by a timer: only while the event loop ticks), and
    records the thread it ran on."""
    release = threading.Event()
    threads: list[str] = []
    original = backups.take_backup

    def waiting(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        release.wait(10)
        return original(*args, **kwargs)

    monkeypatch.setattr(backups, "take_backup", waiting)
    return release, threads


def _guarded(window: Any, db_path: Path) -> Any:
    from organiser.ui.startup import guard_of, on_quit

    guard = guard_of(window)
    guard.hold(db_path, None, read_only=False)
    on_quit(window)
    QApplication.instance().aboutToQuit.disconnect(guard.backup_on_close)  # not in a test run
    return guard


def test_closing_the_window_saves_the_backup_in_the_background(main_window, qtbot, db_path,
                                                               slow_backup) -> None:
    release, threads = slow_backup
    _guarded(main_window, db_path)
    assert not backups.list_backups(db_path)
    main_window.close()
    # still drawn, saying what it does, and nothing can change under the copy
    assert main_window.isVisible()
    assert not main_window.isEnabled()
    assert main_window.statusBar().currentMessage() == "Saving a backup…"
    main_window.close()  # closed again meanwhile: still one copy, then closed
    QTimer.singleShot(50, release.set)
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=10_000)
    assert threads == ["backup-on-close"]
    assert len(backups.list_backups(db_path)) == 1


def test_quitting_waits_for_the_backup_with_the_event_loop_ticking(qtbot, demo_db, db_path,
                                                                   slow_backup) -> None:
    from PySide6.QtWidgets import QWidget

    from organiser.ui.startup import guard_of

    release, threads = slow_backup
    window = QWidget()
    qtbot.addWidget(window)
    guard = guard_of(window)
    guard.hold(db_path, None, read_only=False)
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    QTimer.singleShot(100, release.set)  # fires only if the loop runs while quitting waits
    guard.backup_on_close()  # what aboutToQuit calls
    ticker.stop()
    assert threads == ["backup-on-close"]
    assert len(backups.list_backups(db_path)) == 1  # written before quitting went on
    assert len(ticks) >= 5
    guard.backup_on_close()  # twice (closed, then quit): one copy
    assert threads == ["backup-on-close"]
