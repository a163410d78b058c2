"""Screenshots of the Programme area and of the main window in Arabic and French, on the demo.

Run under a display: xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python \
    scripts/screenshot_programme.py docs/screenshots [--all]
`--all` adds the Contacts area and the live window in both languages (to check layouts).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

WORKSHOP = 5  # the demo's brainstorming workshop


def main(out: Path, everything: bool = False) -> None:
    from PySide6.QtWidgets import QApplication

    from organiser.core.storage import open_database
    from organiser.services.demo import build_demo
    from organiser.ui import i18n
    from organiser.ui.fonts import install_bundled_fonts
    from organiser.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_bundled_fonts()  # Arabic and CJK names render without system fonts
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite")
        build_demo(db)
        shots = [("en", "programme.png", "Programme"), ("ar", "main-arabic.png", "Events"),
                 ("fr", "main-french.png", "Events"),
                 ("ar", "programme-arabic.png", "Programme")]
        if everything:
            shots += [("ar", "contacts-arabic.png", "Contacts"),
                      ("fr", "contacts-french.png", "Contacts"),
                      ("ar", "live-arabic.png", "live"), ("fr", "live-french.png", "live")]
        for language, name, area in shots:
            i18n.install(app, language)
            if area == "live":
                from organiser.ui.live.window import LiveWindow

                live = LiveWindow(db, WORKSHOP)
                live.resize(1300, 820)
                live.show()
                live.show_tab(0)
                for _ in range(5):
                    app.processEvents()
                live.grab().save(str(out / name))
                live.close()
                live.deleteLater()
                app.processEvents()
                continue
            window = MainWindow()
            window.resize(1300, 820)
            window.show()
            window.set_database(db)
            shown = window.show_area(area)
            if area == "Events":
                shown.select_event(WORKSHOP)  # type: ignore[attr-defined]
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out / name))
            window.db = None
            window.close()
            window.deleteLater()
            app.processEvents()
        db.close()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "--all"]
    main(Path(arguments[0] if arguments else "docs/screenshots"), "--all" in sys.argv)
