"""Crash reports: an unexpected exception is logged and shown with details to copy.

The data stays as it was: every change runs in a transaction that is rolled back when an
exception leaves it, so a crash in the middle of an action leaves nothing half written.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser import APP_NAME, __version__
from organiser.core.logs import log, setup_logging
from organiser.core.logs import log_file as log_file

_showing = threading.local()


def report_text(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> str:
    """What a person pastes into a bug report: versions, platform, the traceback."""
    from PySide6 import __version__ as pyside_version

    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


class CrashDialog(QDialog):
    """'Something went wrong': what it means for the data, the details, a Copy button."""

    def __init__(self, details: str, log_path: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("{name}: unexpected error").format(name=APP_NAME))
        self.details = details
        layout = QVBoxLayout(self)
        where = (" " + self.tr("It was also written to {path}.").format(path=log_path)
                 if log_path else "")
        summary = QLabel(
            "<b>" + self.tr("Something went wrong that Organiser did not expect.") + "</b><br>"
            + self.tr("Your data is as it was before the action that failed: nothing was half "
                      "saved. You can go on working, or restart Organiser to be safe.")
            + "<br><br>"
            + self.tr("Please send the details below to whoever supports Organiser for you.")
            + where, self)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(summary)
        self.text = QPlainTextEdit(details, self)
        self.text.setTabChangesFocus(True)  # Tab goes on to the next control
        self.text.setObjectName("crashDetails")
        self.text.setAccessibleName(self.tr("Details of the error"))
        self.text.setReadOnly(True)
        self.text.setMinimumSize(640, 260)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.copy_button.setObjectName("copyDetails")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """sys.excepthook: log, then show the dialog (never two at once, never recursively)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = report_text(exc_type, exc, tb)
    path = setup_logging()
    friendly = friendly_message(exc)
    if friendly is not None:
        log.warning("%s\n%s", friendly, details)
    else:
        log.error("unexpected error\n%s", details)
    if getattr(_showing, "active", False):
        return
    app = QApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        sys.stderr.write(details)
        return
    _showing.active = True
    try:
        parent = QApplication.activeWindow()
        if parent is not None and not parent.isVisible():
            parent = None
        if friendly is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, friendly,
                              QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("userErrorMessage")
            box.exec()
        else:
            CrashDialog(details, path, parent).exec()
    finally:
        _showing.active = False


def friendly_message(exc: BaseException) -> str | None:
    """Errors a person can act on are not crashes: say what happened and that nothing was
    saved (a read-only or busy database, an OrganiserError that a screen did not catch)."""
    from organiser.core.errors import OrganiserError

    if isinstance(exc, OrganiserError):
        return str(exc)
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "readonly" in text or "read-only" in text:
        return "This database is open read-only: the change was not saved."
    if "database is locked" in text:
        return ("The database is busy (another program is writing to it): the change was not "
                "saved. Try again in a moment.")
    return None


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        details = report_text(args.exc_type, args.exc_value, args.exc_traceback)
        setup_logging()
        log.error("unexpected error in thread %s\n%s",
                  args.thread.name if args.thread else "?", details)


def install() -> Path | None:
    """Route every uncaught exception (main thread and others) to the log and the dialog."""
    path = setup_logging()
    sys.excepthook = handle_exception
    threading.excepthook = _thread_hook
    return path
