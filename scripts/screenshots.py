"""Regenerate every screenshot in docs/screenshots from the demo.

    .venv/bin/python scripts/screenshots.py [OUT_FOLDER]               (the documented way)
    .venv/bin/python scripts/screenshots.py --offscreen [OUT_FOLDER]   (no Xvfb at hand)

By default each set of pictures is taken on a real X server: the script starts its own Xvfb
(on a free display) with the openbox window manager, opens the windows as a user would
(maximised, dialogs where openbox places them) and grabs the screen, so the pictures show the
window decorations, the fonts and the layout a coordinator sees. Three sets:

- `laptop`: a 1280×800 screen, in English, Arabic and French (`main-window.png`, `live.png`,
  `board.png`, `projector.png`, `main-arabic.png`, ...);
- `dark`: the same screen with a dark system palette (the app follows the palette; its state
  colours come from organiser/ui/colours.py): `*-dark.png`;
- `scaled`: a 1920×1080 screen at 150 % (`QT_SCALE_FACTOR=1.5`, 1280×720 logical pixels, a
  Windows laptop's default): `*-150.png`.

Needs `Xvfb` and `openbox` (Debian/Ubuntu: `apt-get install xvfb openbox`); without openbox the
windows have no decorations (a warning says so). `--offscreen` takes the laptop set with Qt's
offscreen platform and widget grabs instead (no decorations; for a machine without Xvfb).
The bundled fonts are registered first, so names in Arabic, Chinese, Korean and Cyrillic show
whatever fonts the machine has. The demo is built in a temporary folder, the settings too:
nothing of the user's is read or changed. Live mode is shown at a fixed moment of the workshop
(Tuesday 9 February 2027, 10:04 in Ankara) so that the pictures do not change from run to run.
The PNGs are reduced to 256 colours (Pillow) to keep the repository small.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parent.parent
WORKSHOP = 5  # the demo's brainstorming workshop (Ankara)
HELD = 3  # a held event with minutes
ANKARA = ZoneInfo("Europe/Istanbul")
MOMENT = dt.datetime(2027, 2, 9, 10, 4, 30, tzinfo=ANKARA)


@dataclass(frozen=True)
class Config:
    """One set of pictures: a screen, a palette, a scale, and the languages to take."""

    name: str
    width: int
    height: int
    scale: float = 1.0
    dark: bool = False
    suffix: str = ""  # added to every file name of the set
    languages: tuple[str, ...] = ("en",)
    shots: tuple[str, ...] = field(default=())  # empty: every shot


CONFIGS = {
    "laptop": Config("laptop", 1280, 800, languages=("en", "ar", "fr")),
    "dark": Config("dark", 1280, 800, dark=True, suffix="-dark",
                   shots=("main-window", "nextsteps", "live", "board", "agenda")),
    "scaled": Config("scaled", 1920, 1080, scale=1.5, suffix="-150",
                     shots=("main-window", "live", "board", "agenda")),
}


# --- the X server ----------------------------------------------------------------------------

class XServer:
    """Xvfb on a free display, with openbox: started on entry, stopped (both) on exit."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        self.processes: list[subprocess.Popen[bytes]] = []
        self.display = ""

    def __enter__(self) -> XServer:
        if shutil.which("Xvfb") is None:
            sys.exit("screenshots: Xvfb is not installed (apt-get install xvfb), "
                     "or take them with --offscreen")
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0",
             f"{self.width}x{self.height}x24", "-nolisten", "tcp", "-dpi", "96"],
            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        self.processes.append(xvfb)
        with os.fdopen(read) as stream:
            number = stream.readline().strip()
        if not number:
            self.__exit__()
            sys.exit("screenshots: Xvfb did not start")
        self.display = f":{number}"
        if shutil.which("openbox") is None:
            print("screenshots: openbox is not installed (apt-get install openbox): "
                  "the windows will have no title bars", file=sys.stderr)
        else:
            self.processes.append(subprocess.Popen(
                ["openbox"], env=dict(os.environ, DISPLAY=self.display),
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            time.sleep(1.0)  # the window manager takes the screen before the first window
        return self

    def __exit__(self, *_exc: object) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


def run_sets(out: Path, names: list[str]) -> None:
    """Each set in its own process on its own X server (the scale and the screen are read once,
    when Qt starts)."""
    for name in names:
        config = CONFIGS[name]
        with XServer(config.width, config.height) as server:
            env = dict(os.environ, DISPLAY=server.display, QT_QPA_PLATFORM="xcb")
            env.pop("WAYLAND_DISPLAY", None)
            if config.scale != 1.0:
                env["QT_SCALE_FACTOR"] = str(config.scale)
            else:
                env.pop("QT_SCALE_FACTOR", None)
            print(f"{name}: {config.width}×{config.height} on {server.display}")
            subprocess.run([sys.executable, __file__, "--set", name, str(out)],
                           env=env, check=True)


# --- inside one set ------------------------------------------------------------------------

def _environment(folder: Path, offscreen: bool, config: Config) -> None:
    """A private home for settings and logs; an offscreen screen of the set's size if asked."""
    for name in ("DATA", "CONFIG", "LOG"):
        os.environ[f"ORGANISER_{name}_DIR"] = str(folder / name.lower())
    os.environ["XDG_CONFIG_HOME"] = str(folder / "xdg")
    if offscreen:
        screen = folder / "screen.json"
        screen.write_text(json.dumps({"screens": [{
            "name": "laptop", "x": 0, "y": 0, "width": config.width, "height": config.height,
            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def dark_palette() -> Any:
    """What a dark system scheme gives Qt's Fusion style (the colours of Qt's own dark Fusion)."""
    from PySide6.QtGui import QColor, QPalette

    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#323232", roles.WindowText: "#f0f0f0", roles.Base: "#242424",
        roles.AlternateBase: "#2c2c2c", roles.ToolTipBase: "#3c3c3c",
        roles.ToolTipText: "#f0f0f0", roles.PlaceholderText: "#a0a0a0",
        roles.Text: "#f0f0f0", roles.Button: "#3a3a3a", roles.ButtonText: "#f0f0f0",
        roles.BrightText: "#ffffff", roles.Light: "#505050", roles.Midlight: "#444444",
        roles.Mid: "#2a2a2a", roles.Dark: "#1e1e1e", roles.Shadow: "#141414",
        roles.Highlight: "#2f65ca", roles.HighlightedText: "#ffffff",
        roles.Link: "#8ab4f8", roles.LinkVisited: "#c58af9",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def optimise(path: Path) -> None:
    """256 colours (screenshots have few), the smallest PNG Pillow writes."""
    from PIL import Image

    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(
            colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    reduced.save(path, optimize=True)


def shoot(out: Path, config: Config, offscreen: bool) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from organiser.core.storage import open_database
    from organiser.services import live
    from organiser.services.demo import build_demo
    from organiser.ui import i18n
    from organiser.ui.app import make_application
    from organiser.ui.fonts import install_bundled_fonts
    from organiser.ui.startup import install_data_actions

    app = make_application()
    install_bundled_fonts()
    if config.dark:
        app.setPalette(dark_palette())
    out.mkdir(parents=True, exist_ok=True)
    # a fixed place: the window title and the status bar show the database's path
    folder = Path(tempfile.gettempdir()) / "organiser-screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    db = open_database(folder / "workshop.sqlite")
    build_demo(db)
    # the workshop under way: registration on time, the welcome started late
    live.next_item(db, WORKSHOP, now=MOMENT.replace(hour=9, minute=0))
    live.next_item(db, WORKSHOP, now=MOMENT.replace(hour=9, minute=42))

    def settle(seconds: float = 0.0) -> None:
        """Let the window manager map and decorate, the background reads arrive, Qt paint."""
        end = time.monotonic() + seconds
        while True:
            for _ in range(20):
                app.processEvents()
            if time.monotonic() >= end:
                return
            time.sleep(0.05)

    def wanted(name: str) -> bool:
        return not config.shots or name in config.shots

    def file_name(name: str, language: str) -> str:
        words = {"ar": "-arabic", "fr": "-french"}.get(language, "")
        base = "main" if name == "main-window" and words else name
        return f"{base}{words}{config.suffix}.png"

    def save(widget: QWidget, name: str, *, whole_screen: bool = False) -> None:
        target = out / name
        if offscreen:
            settle()
            pixmap = widget.grab()
        else:
            widget.raise_()
            widget.activateWindow()
            settle(1.2)
            screen = widget.screen() or QGuiApplication.primaryScreen()
            frame = screen.geometry() if whole_screen else widget.frameGeometry()
            frame = frame.intersected(screen.geometry()) or QRect(screen.geometry())
            pixmap = screen.grabWindow(0, frame.x() - screen.geometry().x(),
                                       frame.y() - screen.geometry().y(),
                                       frame.width(), frame.height())
        if not isinstance(pixmap, QPixmap) or pixmap.isNull() or not pixmap.save(str(target)):
            sys.exit(f"screenshots: could not take {target}")
        optimise(target)
        print(f"saved {target} ({pixmap.width()}×{pixmap.height()})")

    def show(window: QWidget) -> None:
        if offscreen:
            window.resize(config.width, config.height)
            window.show()
        else:
            window.showMaximized()

    def main_window(area: str, name: str, language: str) -> None:
        from organiser.ui.main_window import MainWindow

        if not wanted(name):
            return
        window = MainWindow()
        show(window)
        window.set_database(db)
        install_data_actions(window)  # as the app's start-up does: Outbox, Restore, Mail
        shown = window.show_area(area)
        settle(0.5)  # areas read in the background
        if area == "Events" and hasattr(shown, "select_event"):
            shown.select_event(WORKSHOP)
        save(window, file_name(name, language), whole_screen=True)
        window.db = None
        window.close()

    def live_window(name: str, language: str,
                    prepare: Callable[[Any], QWidget | None]) -> None:
        from organiser.ui.live.window import LiveWindow

        if not wanted(name):
            return
        window = LiveWindow(db, WORKSHOP)
        window.now = lambda: MOMENT  # type: ignore[method-assign]
        show(window)
        window.refresh()
        settle(0.3)
        target = prepare(window) or window
        save(target, file_name(name, language), whole_screen=True)
        if window.projector is not None:
            window.projector.close()
        window.close()

    def checkin_tab(window: Any) -> None:
        window.show_tab(0)
        window.checkin.search.setText("oster")

    def minutes_tab(window: Any) -> None:
        window.show_tab(1)
        window._update_timer()

    def board_columns(window: Any) -> None:
        window.show_tab(2)
        window.board.show_view(0)
        kwame = window.board.voter.findText("Kwame Asante")
        window.board.voter.setCurrentIndex(kwame)

    def projector(mode: int) -> Callable[[Any], QWidget | None]:
        def run(window: Any) -> QWidget | None:
            window.toggle_projector()
            screen = window.projector
            if offscreen:
                screen.showNormal()
                screen.resize(config.width, config.height)
            if mode:
                screen.switch()
            window._feed_projector()
            return screen
        return run

    def agenda_editor(name: str) -> None:
        from organiser.ui.agenda import AgendaEditor

        if not wanted(name):
            return
        editor = AgendaEditor(db, WORKSHOP)
        editor.show()
        save(editor, f"{name}{config.suffix}.png")
        editor.close()

    def minutes_page(name: str) -> None:
        from organiser.services.documents import render_document
        from organiser.ui.dialogs.pdf_preview import render_pages

        if not wanted(name):
            return
        target = out / f"{name}{config.suffix}.png"
        render_pages(render_document(db, "minutes", HELD), width_px=900)[0].save(str(target))
        optimise(target)
        print(f"saved {target}")

    for language in config.languages:
        i18n.install(app, language)
        main_window("Events", "main-window", language)
        main_window("Programme", "programme", language)
        live_window("live", language, minutes_tab)
        live_window("board", language, board_columns)
        if language != "en":
            continue
        main_window("Contacts", "contacts", language)
        main_window("Next steps", "nextsteps", language)
        live_window("checkin", language, checkin_tab)
        live_window("projector", language, projector(0))
        live_window("projector-board", language, projector(1))
        agenda_editor("agenda")
        minutes_page("minutes-p1")
    i18n.install(app, "en")
    db.close()
    QApplication.processEvents()
    shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--offscreen", action="store_true",
                        help="the laptop set without an X server (no window decorations)")
    parser.add_argument("--only", action="append", choices=sorted(CONFIGS),
                        help="take only this set (repeatable)")
    parser.add_argument("--set", choices=sorted(CONFIGS), help=argparse.SUPPRESS)  # a child
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    out = args.out.resolve()
    if args.set or args.offscreen:
        config = CONFIGS[args.set or "laptop"]
        with tempfile.TemporaryDirectory() as name:
            _environment(Path(name), args.offscreen, config)
            shoot(out, config, args.offscreen)
        return
    run_sets(out, args.only or list(CONFIGS))


if __name__ == "__main__":
    main()
