"""Waiting for the areas' background reads in tests: poll with a deadline, never sleep."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication


def settle(timeout: float = 20.0) -> None:
    """Process events until no background read is running or waiting to deliver."""
    from organiser.ui import background

    deadline = time.monotonic() + timeout
    QApplication.processEvents()
    while not background.idle():
        if time.monotonic() > deadline:
            raise AssertionError(f"background reads still running after {timeout} s")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.001)  # let the worker thread run
