"""The bundled fonts, made available to Qt so names in every script show on any machine."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from organiser.core.paths import resource_path

_installed: list[str] = []


def install_bundled_fonts() -> list[str]:
    """Register resources/fonts with Qt once; Qt's fallback then finds CJK and Arabic glyphs.

    Called after the window is shown: it parses several megabytes of font files.
    """
    if _installed:
        return _installed
    folder = resource_path("fonts")
    if not folder.is_dir():
        return _installed
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".ttf", ".ttc", ".otf"):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _installed.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _installed
