"""Renders resources/icons/organiser.svg (the source) to the app's icon files:
organiser-SIZE.png (the window icon, Linux desktops), organiser.ico (Windows) and organiser.icns
(macOS), which build_installer.spec uses. Run after editing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "organiser.svg"))
    if not renderer.isValid():
        print("organiser.svg cannot be read", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        image.save(str(ICONS / f"organiser-{size}.png"))
    for name, fmt in (("organiser.ico", b"ico"), ("organiser.icns", b"icns")):
        writer = QImageWriter(str(ICONS / name), fmt)
        if not writer.write(images[256]):
            print(f"{name}: {writer.errorString()}", file=sys.stderr)
            return 1
    print(f"wrote {len(images)} PNGs, organiser.ico and organiser.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
