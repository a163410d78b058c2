"""Text for ReportLab: literal escaping, Arabic shaping and right-to-left order, font runs.

ReportLab draws characters as given: Arabic would come out unjoined and in the wrong order, and
`<`, `&` or `<b>` in a name would be read as markup. Every piece of user text goes through
`para()` (a flowable) or `draw_text()` (straight onto a canvas), which:

- escape `&`, `<` and `>` so names print literally;
- shape Arabic (`arabic_reshaper`) and lay right-to-left runs in visual order (`python-bidi`),
  line by line after wrapping in logical order, so a long Arabic paragraph reads top to bottom;
- set each run of characters in a bundled face that has them (see `fonts.font_runs`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from organiser.core.text import clean_text
from organiser.exporters.pdf.fonts import SANS, SANS_BOLD, font_runs

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")

_BOLD_FACES = {SANS_BOLD, "OrgArabic-Bold"}


def escape(text: str) -> str:
    """ReportLab markup that prints `text` literally (no tags, no entities)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_text(text: str) -> bool:
    """Text the main face draws as it is: one left-to-right run, no line break."""
    runs = font_runs(text)
    return len(runs) == 1 and runs[0][0] == SANS and "\n" not in text and not has_rtl(text)


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def base_direction(text: str) -> str:
    """'R' when the first strong character is right-to-left, else 'L' (Unicode rules P2, P3)."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return "L"


def visual(line: str, base_dir: str | None = None) -> str:
    """One line in drawing order: Arabic shaped and right-to-left runs reversed."""
    if not has_rtl(line):
        return line
    import arabic_reshaper
    from bidi import get_display

    result = get_display(arabic_reshaper.reshape(line), base_dir=base_dir or base_direction(line))
    return str(result)


def clean(text: str | None) -> str:
    """Text as printed: no control, bidirectional override or stray zero-width characters."""
    return clean_text(text)


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for text already in visual order: escaped, one <font> per run."""
    lines = []
    for line in text.split("\n"):
        lines.append("".join(f'<font face="{face}">{escape(chunk)}</font>'
                             for face, chunk in font_runs(line, bold=bold)))
    return "<br/>".join(lines)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(chunk, face, size)
                     for face, chunk in font_runs(visual(text, "L"), bold=bold)))


def fit(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """The text, shortened with an ellipsis when it is wider than `width`."""
    if text_width(text, size, bold=bold) <= width:
        return text
    while text and text_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *,
              bold: bool = False, align: str = "left") -> float:
    """Draw one line of user text on a canvas (header, footer); returns its width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = font_runs(visual(clean(text).replace("\n", " "), "L"), bold=bold)
    widths = [stringWidth(chunk, face, size) for face, chunk in runs]
    total = float(sum(widths))
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for (face, chunk), width in zip(runs, widths, strict=True):
        canvas.setFont(face, size)
        canvas.drawString(x, y, chunk)
        x += width
    return total


@lru_cache(maxsize=64)
def _cjk_style(style: ParagraphStyle) -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")


def para(text: str | None, style: ParagraphStyle, *, follow_direction: bool = True) -> Flowable:
    """A paragraph of user text, printed literally in any script.

    With `follow_direction`, a paragraph whose first strong character is right-to-left is
    aligned right (body text); table cells pass False to keep their column's alignment.
    """
    from reportlab.platypus import Paragraph

    value = clean(text)
    bold = style.fontName in _BOLD_FACES
    if _CJK.search(value):
        style = _cjk_style(style)
    if not has_rtl(value):
        return Paragraph(markup(value, bold=bold), style)
    return _bidi_paragraph(value, style, bold=bold, follow_direction=follow_direction)


def _bidi_paragraph(text: str, style: ParagraphStyle, *, bold: bool,
                    follow_direction: bool) -> Flowable:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable, Paragraph

    # body text takes its own direction; a cell or a label sits in the (English) document's
    # left-to-right flow, so "أحمد حسن (walk-in)" keeps its mark on the right
    direction = base_direction(text) if follow_direction else "L"
    if direction == "R" and style.alignment == TA_LEFT:
        style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)

    def measure(word: str) -> float:
        return float(sum(stringWidth(chunk, face, style.fontSize)
                         for face, chunk in font_runs(visual(word, direction), bold=bold)))

    def logical_lines(width: float) -> list[str]:
        space = stringWidth(" ", "OrgSans", style.fontSize)
        lines: list[str] = []
        for hard in text.split("\n"):
            current: list[str] = []
            used = 0.0
            for word in hard.split(" "):
                size = measure(word)
                if current and used + space + size > width:
                    lines.append(" ".join(current))
                    current, used = [word], size
                else:
                    used += (space if current else 0.0) + size
                    current.append(word)
            lines.append(" ".join(current))
        return lines

    class BidiParagraph(Flowable):
        """Wraps in logical order, then lays each line out visually."""

        def __init__(self) -> None:
            super().__init__()
            self._inner: Any = None
            self._width = -1.0

        def _build(self, avail_width: float) -> Any:
            if self._inner is None or avail_width != self._width:
                width = avail_width - style.leftIndent - style.rightIndent
                lines = [markup(visual(line, direction), bold=bold)
                         for line in logical_lines(width - 1.0)]
                self._inner = Paragraph("<br/>".join(lines), style)
                self._width = avail_width
            return self._inner

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            width, height = self._build(avail_width).wrap(avail_width, avail_height)
            self.width, self.height = width, height
            return width, height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            return list(self._build(avail_width).split(avail_width, avail_height))

        def draw(self) -> None:
            self._inner.drawOn(self.canv, 0, 0)

        def getSpaceBefore(self) -> float:
            return float(style.spaceBefore)

        def getSpaceAfter(self) -> float:
            return float(style.spaceAfter)

        def minWidth(self) -> float:
            return float(max((measure(w) for w in text.split()), default=0.0))

    return BidiParagraph()
