"""The bundled TrueType fonts, registered once, and the choice of font for each run of text."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from organiser.core.paths import resource_path

SANS = "OrgSans"
SANS_BOLD = "OrgSans-Bold"
SANS_ITALIC = "OrgSans-Italic"


@dataclass(frozen=True)
class FontFace:
    """One registered face and the face to use for bold text in the same script."""

    name: str
    file: str
    bold: str
    subfont: int = 0


# The fallback chain: each run of text takes the first face that has all its characters.
FACES = [
    FontFace(SANS, "NotoSans-Regular.ttf", SANS_BOLD),
    FontFace("OrgArabic", "NotoNaskhArabic-Regular.ttf", "OrgArabic-Bold"),
    FontFace("OrgCJK", "wqy-microhei.ttc", "OrgCJK"),
    FontFace("OrgSymbols", "DejaVuSans.ttf", "OrgSymbols"),
]
EXTRA_FACES = [
    FontFace(SANS_BOLD, "NotoSans-Bold.ttf", SANS_BOLD),
    FontFace(SANS_ITALIC, "NotoSans-Italic.ttf", SANS_BOLD),
    FontFace("OrgArabic-Bold", "NotoNaskhArabic-Bold.ttf", "OrgArabic-Bold"),
]

_lock = threading.Lock()
_registered = False
_coverage: dict[str, frozenset[int]] = {}
_choice: dict[str, str] = {}


def register_fonts() -> None:
    """Register the bundled faces with ReportLab (once per process); idempotent and cheap."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for face in FACES + EXTRA_FACES:
            path = resource_path(f"fonts/{face.file}")
            font = TTFont(face.name, str(path), subfontIndex=face.subfont, shapable=False)
            pdfmetrics.registerFont(font)
            _coverage[face.name] = frozenset(font.face.charToGlyph)
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD)
        _registered = True


def _face_for(char: str) -> str:
    cached = _choice.get(char)
    if cached is not None:
        return cached
    code = ord(char)
    chosen = next((f.name for f in FACES if code in _coverage[f.name]), SANS)
    _choice[char] = chosen
    return chosen


def _is_neutral(char: str) -> bool:
    return char.isspace() or not (char.isalpha() or char.isdigit())


def font_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Split text into (font name, text) runs, so each character is drawn by a face that has it.

    Spaces and punctuation stay in the current run when its face has them, so a name in one
    script is one run.
    """
    register_fonts()
    runs: list[tuple[str, str]] = []
    current = ""
    buffer: list[str] = []
    for char in text:
        code = ord(char)
        if current and (code in _coverage[current]) and (
                _is_neutral(char) or _face_for(char) == current):
            buffer.append(char)
            continue
        face = _face_for(char)
        if face != current:
            if buffer:
                runs.append((current, "".join(buffer)))
            buffer = []
            current = face
        buffer.append(char)
    if buffer:
        runs.append((current, "".join(buffer)))
    if bold:
        bold_of = {f.name: f.bold for f in FACES}
        runs = [(bold_of.get(name, name), chunk) for name, chunk in runs]
    return runs

