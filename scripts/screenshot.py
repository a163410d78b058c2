"""Save a screenshot of the main window (for the README and for looking at what we build).

Usage: xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshot.py \
           --db DB.sqlite --area Events --out docs/screenshots/main-window.png
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from organiser.core.storage import open_database
from organiser.ui.app import make_application
from organiser.ui.fonts import install_bundled_fonts
from organiser.ui.main_window import MainWindow


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--area", default="Events")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    app = make_application()
    install_bundled_fonts()
    window = MainWindow()
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.set_database(open_database(args.db))
    window.show_area(args.area)

    def grab() -> None:
        QApplication.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        print(f"saved {args.out}")
        app.quit()

    QTimer.singleShot(500, grab)
    app.exec()


if __name__ == "__main__":
    main()
