"""Starting the app: QApplication, the main window, then the database (after it is shown)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from organiser import APP_ID, APP_NAME, ORG_NAME, __version__
from organiser.core.uptime import process_uptime

if TYPE_CHECKING:
    from organiser.core.storage import Database


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    return app


def run_app(db: str | None = None, *, startup_probe: bool = False) -> int:
    app = make_application()
    from organiser.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    shown: list[float] = []

    def load() -> None:
        shown.append(process_uptime())
        from organiser.core.errors import OrganiserError
        from organiser.core.paths import default_database

        target = db or default_database()
        try:
            database = _open_or_create(target)
        except OrganiserError as exc:
            if startup_probe:
                print(f"organiser: error: {exc}", file=sys.stderr)
                app.exit(1)
                return
            QMessageBox.critical(window, "Cannot open the database", str(exc))
            return
        window.set_database(database)
        if startup_probe:
            app.processEvents()
            print(f"shown={shown[0]:.3f} listed={process_uptime():.3f}", flush=True)
            QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, load)
    return app.exec()


def _open_or_create(target: str) -> Database:
    """Open the database; a new one (none at the default place yet) gets the demo programme."""
    from pathlib import Path

    from organiser.core.storage import open_database

    is_file = "://" not in target
    fresh = is_file and not Path(target).expanduser().exists()
    if fresh:
        Path(target).expanduser().parent.mkdir(parents=True, exist_ok=True)
    database = open_database(target)
    if fresh:
        from organiser.services.demo import build_demo

        build_demo(database)
    return database
