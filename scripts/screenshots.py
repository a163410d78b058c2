"""Regenerate every screenshot in docs/screenshots from the demo, at 1280×800.

    .venv/bin/python scripts/screenshots.py [OUT_FOLDER]        (default: docs/screenshots)

Runs without a display (Qt's offscreen platform, a 1280×800 screen) or under one
(`xvfb-run -a -s "-screen 0 1280x800x24" ...`); the bundled fonts are registered first, so
names in Arabic, Chinese, Korean and Cyrillic show whatever fonts the machine has. The demo is
built in a temporary folder, the settings too: nothing of the user's is read or changed.
Live mode is shown at a fixed moment of the workshop (Tuesday 9 February 2027, 10:04 in
Ankara) so that the pictures do not change from run to run.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

WIDTH, HEIGHT = 1280, 800
WORKSHOP = 5  # the demo's brainstorming workshop (Ankara)
HELD = 3  # a held event with minutes
ANKARA = ZoneInfo("Europe/Istanbul")
MOMENT = dt.datetime(2027, 2, 9, 10, 4, 30, tzinfo=ANKARA)


def _environment(folder: Path) -> None:
    """A private home for settings and logs; an offscreen 1280×800 screen without a display."""
    for name in ("DATA", "CONFIG", "LOG"):
        os.environ[f"ORGANISER_{name}_DIR"] = str(folder / name.lower())
    os.environ["XDG_CONFIG_HOME"] = str(folder / "xdg")
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        screen = folder / "screen.json"
        screen.write_text(json.dumps({"screens": [{
            "name": "laptop", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        _environment(folder)
        shoot(out, folder)


def shoot(out: Path, folder: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from organiser.core.storage import open_database
    from organiser.services import live
    from organiser.services.demo import build_demo
    from organiser.ui import i18n
    from organiser.ui.app import make_application
    from organiser.ui.fonts import install_bundled_fonts

    app = make_application()
    install_bundled_fonts()
    out.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / "demo.sqlite")
    build_demo(db)
    # the workshop under way: registration on time, the welcome started late
    live.next_item(db, WORKSHOP, now=MOMENT.replace(hour=9, minute=0))
    live.next_item(db, WORKSHOP, now=MOMENT.replace(hour=9, minute=42))

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(f"saved {out / name}")

    def main_window(area: str, name: str) -> None:
        from organiser.ui.main_window import MainWindow

        window = MainWindow()
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.set_database(db)
        shown = window.show_area(area)
        settle(200)  # areas read in the background
        if area == "Events" and hasattr(shown, "select_event"):
            shown.select_event(WORKSHOP)
        save(window, name)
        window.db = None
        window.close()

    def live_window(name: str, prepare: Callable[[object], QWidget | None]) -> None:
        from organiser.ui.live.window import LiveWindow

        window = LiveWindow(db, WORKSHOP)
        window.now = lambda: MOMENT  # type: ignore[method-assign]
        window.resize(WIDTH, HEIGHT)
        window.show()
        window.refresh()
        target = prepare(window) or window
        save(target, name)
        if window.projector is not None:
            window.projector.close()
        window.close()

    def minutes_tab(window: object) -> None:
        window.show_tab(1)  # type: ignore[attr-defined]
        window._update_timer()  # type: ignore[attr-defined]

    def board_columns(window: object) -> None:
        window.show_tab(2)  # type: ignore[attr-defined]
        window.board.show_view(0)  # type: ignore[attr-defined]
        kwame = window.board.voter.findText("Kwame Asante")  # type: ignore[attr-defined]
        window.board.voter.setCurrentIndex(kwame)  # type: ignore[attr-defined]

    def projector(mode: int) -> Callable[[object], QWidget | None]:
        def run(window: object) -> QWidget | None:
            window.toggle_projector()  # type: ignore[attr-defined]
            screen = window.projector  # type: ignore[attr-defined]
            screen.showNormal()
            screen.resize(WIDTH, HEIGHT)
            if mode:
                screen.switch()
            window._feed_projector()  # type: ignore[attr-defined]
            return screen  # type: ignore[no-any-return]
        return run

    def agenda_editor(name: str) -> None:
        from organiser.ui.agenda import AgendaEditor

        editor = AgendaEditor(db, WORKSHOP)
        editor.show()
        save(editor, name)
        editor.close()

    def minutes_page(name: str) -> None:
        from organiser.services.documents import render_document
        from organiser.ui.dialogs.pdf_preview import render_pages

        render_pages(render_document(db, "minutes", HELD), width_px=900)[0].save(
            str(out / name))
        print(f"saved {out / name}")

    i18n.install(app, "en")
    main_window("Events", "main-window.png")
    main_window("Events", "events.png")
    main_window("Contacts", "contacts.png")
    main_window("Next steps", "nextsteps.png")
    main_window("Programme", "programme.png")
    agenda_editor("agenda.png")
    live_window("live.png", minutes_tab)
    live_window("board.png", board_columns)
    live_window("projector.png", projector(0))
    live_window("projector-board.png", projector(1))
    minutes_page("minutes-p1.png")
    for language, suffix in (("ar", "arabic"), ("fr", "french")):
        i18n.install(app, language)
        main_window("Events", f"main-{suffix}.png")
        main_window("Programme", f"programme-{suffix}.png")
        live_window(f"live-{suffix}.png", minutes_tab)
        live_window(f"board-{suffix}.png", board_columns)
    i18n.install(app, "en")
    db.close()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else
         Path(__file__).resolve().parent.parent / "docs" / "screenshots")
