"""Screenshots of the Programme area and of the main window in Arabic, on the demo.

Run under a display: xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \
    scripts/screenshot_programme.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from organiser.core.storage import open_database
    from organiser.services.demo import build_demo
    from organiser.ui import i18n
    from organiser.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite")
        build_demo(db)
        for language, name, area in (("en", "programme.png", "Programme"),
                                     ("ar", "main-arabic.png", "Events"),
                                     ("ar", "programme-arabic.png", "Programme")):
            i18n.install(app, language)
            window = MainWindow()
            window.resize(1300, 820)
            window.show()
            window.set_database(db)
            window.show_area(area)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out / name))
            window.db = None
            window.close()
            window.deleteLater()
            app.processEvents()
        db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
