"""Starting the app: QApplication, the main window, then the database (after it is shown)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from organiser import APP_ID, APP_NAME, ORG_NAME, __version__
from organiser.core.uptime import process_uptime

if TYPE_CHECKING:
    from organiser.core.instance import InstanceLock
    from organiser.core.storage import Database
    from organiser.ui.main_window import MainWindow


def app_icon() -> QIcon:
    """The app's icon (resources/icons, rendered from organiser.svg by scripts/make_icons.py):
    every window's title bar and task bar entry; files are read only when first drawn."""
    from organiser.core.paths import resource_path

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path(f"icons/organiser-{size}.png")), QSize(size, size))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    from organiser.ui import focus

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        if existing.windowIcon().isNull():
            existing.setWindowIcon(app_icon())
        focus.install(existing)
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    from organiser.ui.i18n import install

    install(app)  # the interface language, its locale and text direction
    focus.install(app)  # a ring around the list or table that has the keyboard
    return app


def run_app(db: str | None = None, *, startup_probe: bool = False) -> int:
    app = make_application()
    window = start_window(db, startup_probe=startup_probe)
    if window is None:
        return 1
    return app.exec()


def start_window(db: str | None = None, *, startup_probe: bool = False) -> MainWindow | None:
    """Show the window, then open the database and read the Events area, the rest lazily.

    The start-up probe prints `shown= listed= ready=` (seconds since the process started):
    the window on screen, the events listed, and ready (the database open, every start-up
    task done, nothing left running in the background, the event loop idle); then it quits.
    """
    app = QApplication.instance()
    from organiser.ui.main_window import MainWindow

    window = MainWindow(lazy_areas=True)  # the menus and areas are built once it is on screen
    window.show()
    times: dict[str, float] = {}

    # start-up work in short turns of the event loop, so that the window answers in between
    def load() -> None:
        times["shown"] = process_uptime()
        from organiser.ui import crash

        crash.install()  # an unexpected exception: logged, and a dialog with details to copy
        from organiser.core.paths import default_database

        target = db or default_database()
        window.events_listed_early = _show_events_early(window, target)  # type: ignore[attr-defined]
        if window.events_listed_early:  # type: ignore[attr-defined]
            times["listed"] = process_uptime()
        QTimer.singleShot(0, lambda: open_in_background(target))

    def open_in_background(target: str) -> None:
        # the database opens in a worker (importing SQLAlchemy and the schema check take most
        # of a second): the window answers meanwhile; a problem comes back here for a dialog
        from organiser.ui.background import QueryOp, hold_collector
        from organiser.ui.startup import open_locked

        hold_collector()  # until ready (released there): see organiser.__main__
        collector_held.append(True)
        QueryOp(window, lambda: open_locked(target, create_folder=db is None),
                lambda opened: opened_database(target, *opened)).failure(
            lambda exc: open_failed(target, exc)).run()
        window.area("Events")
        steps.extend(window.menu_steps())
        steps.append(finish)
        QTimer.singleShot(0, next_step)

    steps: list[Callable[[], None]] = []
    collector_held: list[bool] = []

    def next_step() -> None:
        if steps:
            steps.pop(0)()
            QTimer.singleShot(0, next_step)

    def finish() -> None:
        from organiser.ui.fonts import install_bundled_fonts

        install_bundled_fonts()  # CJK and Arabic names show even where the system lacks fonts
        from organiser.ui.startup import install_data_actions, on_quit

        install_data_actions(window)
        if not startup_probe:  # the probe measures starting, not the backup made on quitting
            on_quit(window)
        times["built"] = process_uptime()

    def opened_database(target: str, database: Database, lock: InstanceLock | None) -> None:
        from organiser.ui.startup import adopt

        adopt(window, database, lock)
        show_database(database)

    def open_failed(target: str, exc: BaseException) -> None:
        from organiser.core.errors import OrganiserError
        from organiser.ui.startup import open_with_recovery

        if not isinstance(exc, OrganiserError):
            raise exc
        try:
            # locked, damaged, read-only, missing or newer: a dialog offers a way forward
            database = open_with_recovery(window, target, create_folder=db is None,
                                          interactive=not startup_probe, first_error=exc)
        except OrganiserError as error:
            print(f"organiser: error: {error}", file=sys.stderr)
            QApplication.exit(1)
            return
        if database is None:  # the user chose to quit
            window.close()
            QApplication.quit()
            return
        show_database(database)

    def show_database(database: Database) -> None:
        window.set_database(database)
        window.statusBar().clearMessage()  # "Opening the database…" is done
        if database.read_only:
            window.setWindowTitle(window.windowTitle() + " (read-only)")
        from organiser.ui import background

        # ready once the events are read and shown and nothing else runs: then the loop idles
        background.when_idle(lambda: QTimer.singleShot(0, ready))

    def ready() -> None:
        from organiser.ui import background

        if "built" not in times:  # the menus are still being made
            QTimer.singleShot(10, ready)
            return
        if not background.idle():  # something started meanwhile: wait for it too
            background.when_idle(lambda: QTimer.singleShot(0, ready))
            return
        times["ready"] = process_uptime()
        if collector_held:
            collector_held.clear()
            background.release_collector()  # start-up's objects frozen, the collector back on
        times.setdefault("listed", times["ready"])
        times.pop("built", None)
        window.startup_times = dict(times)  # type: ignore[attr-defined]
        if startup_probe:
            print(f"shown={times['shown']:.3f} listed={times['listed']:.3f} "
                  f"ready={times['ready']:.3f}", flush=True)
            window.close()
            QApplication.quit()

    QTimer.singleShot(0, load)
    return window if isinstance(app, QApplication) else None


def _show_events_early(window: MainWindow, target: str) -> bool:
    """Fill the events table from a SQLite file with the standard library, before the ORM loads.

    Only for a file already at this version's schema; anything else waits for the real open.
    """
    if "://" in target:
        return False
    from pathlib import Path

    from organiser.migrations import HEAD_REVISION
    from organiser.services.event_list import read_events_sqlite

    rows = read_events_sqlite(Path(target).expanduser(), HEAD_REVISION)
    if rows is None:
        return False
    events = window.area("Events")
    events.show_rows(rows)  # type: ignore[attr-defined]
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Opening the database…"))
    QApplication.processEvents()
    return True
