"""Text for ReportLab: literal escaping, Arabic shaping and right-to-left order, font runs.

ReportLab draws characters as given: Arabic would come out unjoined and in the wrong order, and
`<`, `&` or `<b>` in a name would be read as markup. Every piece of user text goes through
`para()` (a flowable) or `draw_text()` (straight onto a canvas), which:

- escape `&`, `<` and `>` so names print literally;
- shape Arabic (`arabic_reshaper`) and lay right-to-left runs in visual order (`python-bidi`),
  line by line after wrapping in logical order, so a long Arabic paragraph reads top to bottom;
  each line's words are written into the PDF in reading order, each where it is seen
  (`logical_pieces`), so that text taken out of the file reads first word first;
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


def logical_pieces(line: str, base_dir: str) -> tuple[str, list[tuple[int, str]]]:
    """One line laid out for drawing in reading order.

    Returns the line's visual string (Arabic shaped, right-to-left runs reversed, brackets
    mirrored) and its words in logical order, each as (where it starts in the visual string,
    its visual text). Drawing the words in that order, each at its place, puts the text in the
    content stream as it is read (first word first) while the page shows it as it is seen:
    a reader that takes the stream's order, or re-sorts words by position, reads it right.
    """
    import arabic_reshaper

    shaped = str(arabic_reshaper.reshape(line))
    order = _visual_order(shaped, base_dir)  # logical indices, in visual order
    seen = "".join(_mirror(shaped[i]) if odd else shaped[i] for i, odd in order)
    place = {index: position for position, (index, _odd) in enumerate(order)}
    pieces: list[tuple[int, str]] = []
    word: list[int] = []

    def close() -> None:
        if word:
            low, high = min(place[i] for i in word), max(place[i] for i in word)
            pieces.append((low, seen[low:high + 1]))
            word.clear()

    for index in sorted(place):  # logical order
        if shaped[index].isspace():
            close()
            continue
        if word and abs(place[index] - place[word[-1]]) != 1:
            close()  # the next character is drawn elsewhere: a new piece
        word.append(index)
    close()
    return seen, pieces


def _levels(text: str, base_dir: str) -> list[int]:
    """The Unicode bidi embedding level of each character (paired brackets included, rule
    N0), from python-bidi's Rust implementation: it reports them only in its debug text, one
    per UTF-8 byte (python-bidi is pinned in constraints.txt; tests/exporters read its use)."""
    from bidi.bidi import get_display_inner

    report = get_display_inner(text, base_dir, True)
    start = report.index("levels:")
    per_byte = [int(n) for n in re.findall(r"Level\(\s*(\d+),?\s*\)",
                                           report[start:report.index("]", start)])]
    levels, offset = [], 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


def _visual_order(text: str, base_dir: str) -> list[tuple[int, bool]]:
    """Each character's logical index in drawing order, and whether it runs right to left
    (rule L2: from the highest level down, reverse every run at that level or higher)."""
    levels = _levels(text, base_dir)
    order = list(range(len(text)))
    if not levels:
        return []
    lowest_odd = min(level for level in levels if level % 2) if any(
        level % 2 for level in levels) else max(levels) + 1
    for level in range(max(levels), lowest_odd - 1, -1):
        position = 0
        while position < len(order):
            if levels[order[position]] >= level:
                end = position
                while end < len(order) and levels[order[end]] >= level:
                    end += 1
                order[position:end] = reversed(order[position:end])
                position = end
            else:
                position += 1
    return [(index, levels[index] % 2 == 1) for index in order]


def _mirror(char: str) -> str:
    """A bracket in right-to-left text drawn facing the other way (rule L4)."""
    from bidi.algorithm import MIRRORED

    return str(MIRRORED.get(char, char))


def draw_logical(canvas: Canvas, x: float, y: float, line: str, size: float, *,
                 bold: bool = False, base_dir: str = "L") -> float:
    """Draw one line with right-to-left text, its words in reading order (see
    `logical_pieces`); returns its width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    seen, pieces = logical_pieces(line, base_dir)
    offsets = [0.0]
    for face, chunk in font_runs(seen, bold=bold):
        for char in chunk:
            offsets.append(offsets[-1] + stringWidth(char, face, size))
    for start, piece in pieces:
        left = x + offsets[start]
        for face, chunk in font_runs(piece, bold=bold):
            canvas.setFont(face, size)
            canvas.drawString(left, y, chunk)
            left += stringWidth(chunk, face, size)
    return offsets[-1]


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *,
              bold: bool = False, align: str = "left") -> float:
    """Draw one line of user text on a canvas (header, footer); returns its width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line = clean(text).replace("\n", " ")
    if has_rtl(line):
        total = text_width(line, size, bold=bold)
        if align == "right":
            x -= total
        elif align == "center":
            x -= total / 2
        return draw_logical(canvas, x, y, line, size, bold=bold, base_dir="L")
    runs = font_runs(line, bold=bold)
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
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

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
        """Wraps in logical order, then draws each line with its words in reading order
        (`draw_logical`), where a Paragraph of visual lines put them in the stream backwards."""

        def __init__(self, lines: list[str] | None = None) -> None:
            super().__init__()
            self._lines = lines or []
            self._fixed = lines is not None  # a part of a split keeps its lines
            self._width = -1.0

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            if not self._fixed and avail_width != self._width:
                inner = avail_width - style.leftIndent - style.rightIndent
                self._lines = logical_lines(inner - 1.0)
                self._width = avail_width
            self.width = avail_width
            self.height = len(self._lines) * style.leading
            return avail_width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            self.wrap(avail_width, avail_height)
            fits = int(avail_height // style.leading)
            if fits <= 0:
                return []
            if fits >= len(self._lines):
                return [self]
            return [BidiParagraph(self._lines[:fits]), BidiParagraph(self._lines[fits:])]

        def draw(self) -> None:
            canvas = self.canv
            canvas.saveState()
            canvas.setFillColor(style.textColor)
            inner = self.width - style.leftIndent - style.rightIndent
            y = self.height - style.fontSize
            for line in self._lines:
                width = measure(line)
                x = float(style.leftIndent)
                if style.alignment == TA_RIGHT:
                    x += inner - width
                elif style.alignment == TA_CENTER:
                    x += (inner - width) / 2
                draw_logical(canvas, x, y, line, style.fontSize, bold=bold, base_dir=direction)
                y -= style.leading
            canvas.restoreState()

        def getSpaceBefore(self) -> float:
            return float(style.spaceBefore)

        def getSpaceAfter(self) -> float:
            return float(style.spaceAfter)

        def minWidth(self) -> float:
            return float(max((measure(w) for w in text.split()), default=0.0))

    return BidiParagraph()
