"""Opening the database for the window: one instance per file, backups, and a way forward
(read-only, a backup, another file) when it cannot be opened; never a traceback."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

if TYPE_CHECKING:
    from organiser.core.errors import OrganiserError
    from organiser.core.instance import InstanceLock
    from organiser.core.storage import Database
    from organiser.ui.main_window import MainWindow

log = logging.getLogger("organiser")


class DataGuard(QObject):
    """What the window holds on its database: the instance lock, and backups on quit.

    The copy on the way out is made in a worker thread: closing the window first says
    "Saving a backup…" (the window disabled, still drawn) and closes once it is written;
    quitting any other way waits for it too, the event loop ticking meanwhile.
    """

    backup_done = Signal()  # from the worker; delivered on the UI thread

    def __init__(self) -> None:
        super().__init__()
        self.lock: InstanceLock | None = None
        self.path: Path | None = None
        self.read_only = False
        self._backup: threading.Thread | None = None
        self._backed_up: Path | None = None  # the file whose copy on closing is made
        self._written = threading.Event()

    def hold(self, path: Path | None, lock: InstanceLock | None, *, read_only: bool) -> None:
        self.release()
        self.path, self.lock, self.read_only = path, lock, read_only

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
        self.lock = None

    def backup_due(self) -> bool:
        return (self.path is not None and not self.read_only and self._backed_up != self.path
                and self.path.is_file())

    def saving(self) -> bool:
        """The copy on closing is being written."""
        return self._backup is not None and not self._written.is_set()

    def start_backup(self) -> None:
        """Today's copy on the way out, in a worker thread (`backup_done` when written)."""
        if self.saving() or not self.backup_due():
            return
        path = self._backed_up = self.path
        assert path is not None
        written = self._written = threading.Event()

        def work() -> None:
            try:
                from organiser.services.backups import take_backup

                take_backup(path, when="close")
            except Exception:  # a failed backup must not stop the app from closing
                log.exception("backup on close failed")
            finally:
                written.set()
                self.backup_done.emit()

        # not a daemon: the interpreter never exits halfway through the copy
        self._backup = threading.Thread(target=work, name="backup-on-close")
        self._backup.start()

    def backup_on_close(self) -> None:
        """Quitting: the copy made (or finished) before the database is let go; the process
        waits for it, the event loop ticking meanwhile (no frozen window)."""
        try:
            self.start_backup()
            while self._backup is not None and self._backup.is_alive():
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
                self._backup.join(0.005)
        finally:
            self.release()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window: first the backup, in the background, then the close."""
        if event.type() != QEvent.Type.Close or not isinstance(watched, QWidget):
            return False
        if self.saving():
            event.ignore()  # closed again while saving: it closes once the copy is made
            return True
        if not self.backup_due():
            return False
        window = watched
        window.setEnabled(False)  # nothing changes under the copy
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                QCoreApplication.translate("Startup", "Saving a backup…"))
        self.backup_done.connect(window.close, type=Qt.ConnectionType.SingleShotConnection)
        self.start_backup()
        event.ignore()
        return True


def guard_of(window: QWidget) -> DataGuard:
    guard = getattr(window, "_data_guard", None)
    if not isinstance(guard, DataGuard):
        guard = DataGuard()
        window._data_guard = guard  # type: ignore[attr-defined]
    return guard


def open_locked(target: str, *, create_folder: bool) -> tuple[Database, InstanceLock | None]:
    """Take the instance lock, then open (creating the demo for a new file)."""
    from organiser.core.errors import DatabaseError
    from organiser.core.instance import acquire
    from organiser.core.storage import open_database

    if "://" in target:
        return open_database(target), None
    path = Path(target).expanduser()
    fresh = not path.exists()
    if fresh:
        if create_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise DatabaseError(f"the folder {path.parent} does not exist (is the drive "
                                "connected?)", file=str(path))
    lock = acquire(path)
    try:
        # only a missing file is a first start; an empty one is reported (a lost copy?)
        database = open_database(path, create=fresh)
        if fresh:
            from organiser.services.demo import build_demo

            build_demo(database)
    except BaseException:
        lock.release()
        raise
    return database, lock


def backup_in_background(path: Path) -> threading.Thread:
    """The day's first copy, off the UI thread (SQLite's backup API reads consistently)."""
    def work() -> None:
        try:
            from organiser.services.backups import take_backup

            take_backup(path, when="open")
        except Exception:
            log.exception("backup on open failed")

    thread = threading.Thread(target=work, name="backup-on-open", daemon=True)
    thread.start()
    return thread


def adopt(window: QWidget, database: Database, lock: InstanceLock | None) -> None:
    """The window holds a database opened by `open_locked` (in a worker): its lock, and the
    day's first backup."""
    path = database.path
    guard_of(window).hold(path, lock, read_only=database.read_only)
    if path is not None and lock is not None:
        backup_in_background(path)


def open_with_recovery(window: QWidget, target: str, *, create_folder: bool = False,
                       interactive: bool = True,
                       first_error: OrganiserError | None = None) -> Database | None:
    """Open `target`, or ask what to do until it opens or the user gives up (None).

    Non-interactive (the start-up probe), the first error is raised as it is. With
    `first_error` (the open already failed, in the background), the dialog comes at once.
    """
    from organiser.core.errors import OrganiserError
    from organiser.core.storage import open_database
    from organiser.ui.dialogs.restore import (
        OTHER,
        READ_ONLY,
        RESTORE,
        RETRY,
        OpenProblemDialog,
        RestoreDialog,
    )

    guard = guard_of(window)
    while True:
        try:
            if first_error is not None:
                failed, first_error = first_error, None
                raise failed
            database, lock = open_locked(target, create_folder=create_folder)
        except OrganiserError as exc:
            if not interactive:
                raise
            error: OrganiserError = exc
        else:
            path = database.path
            guard.hold(path, lock, read_only=False)
            if path is not None:
                backup_in_background(path)
            return database
        while True:  # ask until something opens or the user stops
            dialog = OpenProblemDialog(error, target, window)
            dialog.exec()
            dialog.deleteLater()
            if dialog.choice == READ_ONLY:
                try:
                    database = open_database(target, create=False, read_only=True)
                except OrganiserError as exc:
                    error = exc
                    continue
                guard.hold(database.path, None, read_only=True)
                return database
            if dialog.choice == RESTORE:
                restore = RestoreDialog(target, window)
                accepted = restore.exec()
                restore.deleteLater()
                if accepted and restore.chosen is not None:
                    try:
                        restore_file(restore.chosen, target)
                    except OrganiserError as exc:
                        error = exc
                        continue
                    break
                continue
            if dialog.choice == OTHER:
                from organiser.ui.file_dialogs import get_save_file_name

                chosen, _ = get_save_file_name(
                    window, QCoreApplication.translate("MainWindow", "Open or create a database"),
                    str(Path(target).expanduser().parent),
                    QCoreApplication.translate("MainWindow",
                                               "Organiser database (*.sqlite);;All files (*)"),
                    confirm_overwrite=False)
                if not chosen:
                    continue
                target, create_folder = chosen, False
                break
            if dialog.choice == RETRY:
                break
            return None


def restore_file(backup: Path, target: str) -> Path | None:
    """Restore under the instance lock (refused while another Organiser has the file)."""
    from organiser.core.instance import acquire
    from organiser.services.backups import restore

    with acquire(Path(target).expanduser()):
        return restore(backup, target)


def restore_into_window(window: MainWindow) -> None:
    """File → Restore from a backup: close, restore (current file kept aside), reopen."""
    from organiser.core.errors import OrganiserError
    from organiser.ui.dialogs.restore import RestoreDialog

    db = window.db
    if db is None or db.path is None:
        QMessageBox.information(
            window, QCoreApplication.translate("Startup", "Restore"),
            QCoreApplication.translate("Startup",
                                       "Restore works on a database file; open one first."))
        return
    target = str(db.path)
    dialog = RestoreDialog(target, window)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted or dialog.chosen is None:
        return
    guard = guard_of(window)
    window.set_database(None)
    guard.release()
    try:
        aside = restore_file(dialog.chosen, target)
    except OrganiserError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("Startup", "Restore"), str(exc))
        aside = None
    reopened = open_with_recovery(window, target)
    window.set_database(reopened)
    if aside is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "Startup", "Restored. The previous file is kept as {path}").format(path=aside), 10000)


def show_outbox(window: MainWindow) -> None:
    from organiser.ui.dialogs.outbox import OutboxDialog

    if window.db is None:
        return
    dialog = OutboxDialog(window.db, window)
    dialog.exec()
    dialog.deleteLater()


def install_data_actions(window: MainWindow) -> None:
    """File menu: Outbox, Restore from a backup; Events: mail invitations and minutes."""
    from PySide6.QtGui import QAction

    file_menu = window.menu("&File")
    first = file_menu.actions()[1] if len(file_menu.actions()) > 1 else None
    outbox_action = QAction(QCoreApplication.translate("Startup", "O&utbox…"), window)
    outbox_action.setObjectName("outboxAction")
    outbox_action.triggered.connect(lambda: show_outbox(window))
    restore_action = QAction(QCoreApplication.translate("Startup", "Restore from a &backup…"),
                             window)
    restore_action.setObjectName("restoreAction")
    restore_action.triggered.connect(lambda: restore_into_window(window))
    if first is not None:
        file_menu.insertActions(first, [outbox_action, restore_action])
    else:
        file_menu.addActions([outbox_action, restore_action])
    def open_other(target: str) -> bool:
        # File → Open database… goes through the same lock, backups and recovery dialog
        database = open_with_recovery(window, target)
        if database is None:
            return False
        window.set_database(database)
        return True

    window.open_database = open_other  # type: ignore[method-assign]
    events: Any = window.area("Events")
    if hasattr(events, "add_event_action"):
        from organiser.ui.dialogs.outbox import mail_event

        def mail(what: str) -> Any:
            def run(event_id: int) -> None:
                if window.db is not None:
                    line = mail_event(window, window.db, event_id, what)
                    if line:
                        window.statusBar().showMessage(line, 8000)
            return run

        events.add_event_action(QCoreApplication.translate("Startup", "Mail &invitations…"),
                                mail("invitations"), object_name="mailInvitations")
        events.add_event_action(QCoreApplication.translate("Startup", "Mail minu&tes…"),
                                mail("minutes"), object_name="mailMinutes")


def on_quit(window: QWidget) -> None:
    """Today's copy on the way out: in the background when the window is closed, waited
    for when the app quits."""
    app = QApplication.instance()
    if app is not None:
        guard = guard_of(window)
        window.installEventFilter(guard)
        app.aboutToQuit.connect(guard.backup_on_close)
