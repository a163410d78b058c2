"""Online work from the window: fetch replies (IMAP), publish the calendar (CalDAV), and the
status-bar indicator of the sync state. Network work runs in the background (QueryOp); the
window stays usable, and a server that is down only changes the indicator and says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from organiser.ui import colours
from organiser.ui.background import QueryOp
from organiser.ui.labels import counted

if TYPE_CHECKING:
    from organiser.services.sync_state import LogLine, SyncStatus
    from organiser.ui.main_window import MainWindow

STATUS_MS = 20_000  # the indicator reads the sync state this often (a few indexed rows)


def _time(moment: dt.datetime) -> str:
    """The local time of a moment today, else its local date and time."""
    local = moment.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


class SyncIndicator(QLabel):
    """Online or offline, last fetch, last publish, messages waiting: one short line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.status: SyncStatus | None = None
        self.show_status(None)

    def show_status(self, status: SyncStatus | None) -> None:
        self.status = status
        if status is None:
            self.setText("")
            self.setToolTip("")
            return
        if status.online is None:
            state = self.tr("○ Not synced yet")
        elif status.online:
            colour = colours.html_colour("positive")
            state = (f"<span style='color:{colour}'>●</span> "
                     + self.tr("Online"))
        else:
            colour = colours.html_colour("failed")
            state = (f"<span style='color:{colour}'>○</span> "
                     + self.tr("Offline"))
        parts = [state]
        if status.last_fetch is not None:
            parts.append(self.tr("replies {time}").format(time=_time(status.last_fetch.at)))
        if status.last_publish is not None:
            parts.append(self.tr("calendar {time}").format(
                time=_time(status.last_publish.at)))
        if status.waiting:
            parts.append(self.tr("{count} to send").format(count=status.waiting))
        self.setText(" · ".join(parts))
        tips = []
        for title, line in ((self.tr("Last fetch of replies"), status.last_fetch),
                            (self.tr("Last publish of the calendar"), status.last_publish),
                            (self.tr("Last sending"), status.last_send)):
            if line is not None:
                tips.append(f"{title} ({_time(line.at)}): {self._summary(line)}")
        tips.append(counted(self.tr("%Ln message(s) waiting in the outbox", "", status.waiting),
                            status.waiting))
        self.setToolTip("\n".join(tips))

    def _summary(self, line: LogLine) -> str:
        return line.summary if line.reached else self.tr("not reached: {summary}").format(
            summary=line.summary)


class OnlineActions(QObject):
    """The File menu's Fetch replies and Publish calendar, and the indicator they update."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("onlineActions")
        self.window = window
        self.busy: set[str] = set()
        self.indicator = SyncIndicator(window)
        window.statusBar().insertPermanentWidget(0, self.indicator)
        self.fetch_action = QAction(self.tr("&Fetch replies from the mailbox"), window)
        self.fetch_action.setObjectName("fetchReplies")
        self.fetch_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.fetch_action.triggered.connect(lambda _=False: self.fetch())
        self.publish_action = QAction(self.tr("&Publish the calendar (CalDAV)"), window)
        self.publish_action.setObjectName("publishCalendar")
        self.publish_action.triggered.connect(lambda _=False: self.publish())
        menu = window.menu("&File")
        existing = menu.actions()
        anchor = existing[0] if existing else None
        if anchor is not None:
            menu.insertActions(anchor, [self.fetch_action, self.publish_action])
            menu.insertSeparator(anchor)
        else:
            menu.addActions([self.fetch_action, self.publish_action])
        self.status_timer = QTimer(self)
        self.status_timer.setInterval(STATUS_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        self.status_timer.start()
        self.auto_timer = QTimer(self)
        self.auto_timer.setObjectName("autoFetch")
        self.auto_timer.timeout.connect(lambda: self.fetch(quiet=True))
        window.database_changed.connect(self.refresh_status)
        window.database_changed.connect(self.schedule)
        self.refresh_status()
        self.schedule()

    # --- the indicator ----------------------------------------------------------------

    def refresh_status(self) -> None:
        db = self.window.db
        if db is None:
            self.indicator.show_status(None)
            return
        def read() -> SyncStatus:
            # imported in the worker: a few rows, read without the mapped classes
            from organiser.services.sync_state import sync_status

            return sync_status(db)

        QueryOp(self.indicator, read, self.indicator.show_status).latest("status") \
            .current(lambda: self.window.db is db).failure(lambda _exc: None).run()

    def schedule(self) -> None:
        """Fetch every N minutes (Preferences → Replies) while a mailbox is set up."""
        from organiser.core.settings import IMAP_HOST, IMAP_INTERVAL, Settings

        settings = Settings(strict=False)
        minutes = settings.get(IMAP_INTERVAL)
        if minutes > 0 and settings.get(IMAP_HOST).strip() and self.window.db is not None:
            self.auto_timer.start(minutes * 60_000)
        else:
            self.auto_timer.stop()

    # --- running ----------------------------------------------------------------------

    def _password(self, what: str, account: str, stored: Callable[[], str | None],
                  store: Callable[[str], None], quiet: bool) -> str | None:
        """The stored password, else asked once (and kept in the keyring when there is one)."""
        from organiser.core.errors import OrganiserError

        try:
            password = stored()
        except OrganiserError as exc:
            password = None
            problem = str(exc)
        else:
            problem = ""
        if password is not None or quiet:
            return password
        password, ok = QInputDialog.getText(
            self.window, self.tr("{what} password").format(what=what),
            self.tr("Password of {account}\n(kept in the system keyring, never in a file):")
            .format(account=account), QLineEdit.EchoMode.Password)
        if not ok or not password:
            return None
        try:
            store(password)
        except OrganiserError as exc:  # no keyring: the password serves this once
            problem = problem or str(exc)
        if problem:
            self.window.statusBar().showMessage(problem, 8000)
        return password

    def _start(self, kind: str, work: Callable[[], Any], done: Callable[[Any], None],
               quiet: bool) -> None:
        db = self.window.db
        if db is None or kind in self.busy:
            return
        self.busy.add(kind)
        self._enable()
        self.window.statusBar().showMessage(
            self.tr("Fetching replies…") if kind == "fetch" else self.tr("Publishing…"))

        def finished(result: Any) -> None:
            self.busy.discard(kind)
            self._enable()
            self.window.statusBar().clearMessage()
            done(result)
            self.refresh_status()

        def failed(exc: BaseException) -> None:
            self.busy.discard(kind)
            self._enable()
            self.window.statusBar().clearMessage()
            self.refresh_status()
            from organiser.core.errors import OrganiserError
            from organiser.ui.background import report_error

            if not isinstance(exc, OrganiserError):
                report_error(self.window, exc)  # a bug: the crash dialog, in one place
            elif not quiet:
                self._box(QMessageBox.Icon.Warning, self.tr("Not done"), str(exc), "onlineError")

        QueryOp(self.window, work, finished).failure(failed).run()

    def _enable(self) -> None:
        self.fetch_action.setEnabled("fetch" not in self.busy)
        self.publish_action.setEnabled("publish" not in self.busy)

    def _settings_problem(self, check: Callable[[], None], quiet: bool) -> bool:
        from organiser.core.errors import OrganiserError

        try:
            check()
        except OrganiserError as exc:
            if not quiet:
                self._box(QMessageBox.Icon.Information, self.tr("Not set up yet"), str(exc),
                          "notSetUp")
            return True
        return False

    def fetch(self, *, quiet: bool = False) -> None:
        """Fetch and apply the replies; `quiet` (the timer) shows only the status bar."""
        from organiser.services import reply_fetch

        db = self.window.db
        if db is None or "fetch" in self.busy:
            return
        config = reply_fetch.ImapConfig.from_settings()
        if self._settings_problem(config.check, quiet):
            return
        password = self._password("IMAP", config.account,
                                  config.get_password,
                                  config.set_password, quiet)
        if password is None:
            return
        self._start("fetch", lambda: reply_fetch.fetch_replies(db, config=config,
                                                               password=password),
                    lambda report: self._fetched(report, quiet), quiet)

    def _fetched(self, report: Any, quiet: bool) -> None:
        if report.handled:
            self.window.refresh()
        if quiet:
            if report.handled or report.error:
                self.window.statusBar().showMessage(report.summary(), 10_000)
            return
        if report.error:
            self._box(QMessageBox.Icon.Warning, self.tr("Replies not fetched"), self.tr(
                "{reason}\nNothing was changed; fetch again when the server can be reached.")
                .format(reason=report.error), "fetchError")
            return
        lines = [m.line for m in report.handled] + report.notes
        self._box(QMessageBox.Icon.Information, self.tr("Replies fetched"), report.summary(),
                  "fetchReport", "\n".join(lines))

    def publish(self, *, force: bool = False) -> None:
        from organiser.services import calendar_publish

        db = self.window.db
        if db is None or "publish" in self.busy:
            return
        config = calendar_publish.CalDavConfig.from_settings()
        if self._settings_problem(config.check, False):
            return
        password: str | None = None
        if config.user:
            password = self._password("CalDAV", config.account,
                                      config.get_password,
                                      config.set_password,
                                      False)
            if password is None:
                return
        self._start("publish", lambda: calendar_publish.publish_calendar(
            db, config=config, password=password, force=force), self._published, False)

    def _published(self, report: Any) -> None:
        if report.error and not (report.put or report.deleted):
            self._box(QMessageBox.Icon.Warning, self.tr("Calendar not published"), self.tr(
                "{reason}\nNothing was changed; publish again when the server can be reached.")
                .format(reason=report.error), "publishError")
            return
        box = self._box(QMessageBox.Icon.Information, self.tr("Calendar published"),
                        report.summary(), "publishReport",
                        "\n".join(report.conflicts + report.failed))
        if report.conflicts:
            overwrite = box.addButton(self.tr("Overwrite their changes"),
                                      QMessageBox.ButtonRole.DestructiveRole)
            overwrite.setObjectName("overwriteButton")
            overwrite.clicked.connect(lambda: self.publish(force=True))

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, name: str,
             details: str = "") -> QMessageBox:
        """A message that does not hold up the window (opened, not exec'd)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName(name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if details:
            box.setDetailedText(details)
        box.open()
        return box


def install(window: MainWindow) -> OnlineActions:
    return OnlineActions(window)
