"""Starting the app: QApplication, the main window, then the database (after it is shown)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from organiser import APP_ID, APP_NAME, ORG_NAME, __version__
from organiser.core.uptime import process_uptime

if TYPE_CHECKING:
    from organiser.ui.main_window import MainWindow


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    from organiser.ui.i18n import install

    install(app)  # the interface language, its locale and text direction
    return app


def run_app(db: str | None = None, *, startup_probe: bool = False) -> int:
    app = make_application()
    from organiser.ui.main_window import MainWindow

    window = MainWindow(lazy_areas=True)  # the other areas are built once it is on screen
    window.show()
    shown: list[float] = []

    def load() -> None:
        shown.append(process_uptime())
        from organiser.ui import crash

        crash.install()  # an unexpected exception: logged, and a dialog with details to copy
        from organiser.core.errors import OrganiserError
        from organiser.core.paths import default_database

        target = db or default_database()
        listed_early = _show_events_early(window, target)
        if startup_probe and listed_early:
            print(f"shown={shown[0]:.3f} listed={process_uptime():.3f}", flush=True)
        window.build_areas()
        from organiser.ui.fonts import install_bundled_fonts

        install_bundled_fonts()  # CJK and Arabic names show even where the system lacks fonts
        from organiser.ui.startup import install_data_actions, on_quit, open_with_recovery

        install_data_actions(window)
        on_quit(window)
        try:
            # locked, damaged, read-only, missing or newer: a dialog offers a way forward
            database = open_with_recovery(window, target, create_folder=db is None,
                                          interactive=not startup_probe)
        except OrganiserError as exc:
            print(f"organiser: error: {exc}", file=sys.stderr)
            app.exit(1)
            return
        if database is None:  # the user chose to quit
            window.close()
            app.quit()
            return
        window.set_database(database)
        window.statusBar().clearMessage()  # "Opening the database…" is done
        if database.read_only:
            window.setWindowTitle(window.windowTitle() + " (read-only)")
        if startup_probe:
            if not listed_early:
                app.processEvents()
                print(f"shown={shown[0]:.3f} listed={process_uptime():.3f}", flush=True)
            QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, load)
    return app.exec()


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
