"""The house style of the documents: paragraph styles, colours and table styles."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from organiser.exporters.pdf.fonts import SANS, SANS_BOLD, SANS_ITALIC, register_fonts

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

INK = "#1b2631"
ACCENT = "#1f4e79"
MUTED = "#5d6d7e"
RULE = "#b8c4d0"
HEAD_FILL = "#e4ecf4"
ZEBRA_FILL = "#f5f8fb"
OVERDUE = "#a93226"


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles: title, subtitle, h1, h2, body, meta, small, cell, cell_bold,
    cell_small, cell_right, cell_bold_right, cell_center, note."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    ink, accent, muted = HexColor(INK), HexColor(ACCENT), HexColor(MUTED)
    base = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, textColor=ink,
                          spaceAfter=4)
    made = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=SANS_BOLD, fontSize=20,
                                leading=25, textColor=accent, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontName=SANS_BOLD, fontSize=13,
                                   leading=17, spaceAfter=6),
        "h1": ParagraphStyle("h1", parent=base, fontName=SANS_BOLD, fontSize=13, leading=17,
                             textColor=accent, spaceBefore=12, spaceAfter=5,
                             keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=SANS_BOLD, fontSize=10.5,
                             leading=14, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "meta": ParagraphStyle("meta", parent=base, fontSize=10, leading=14, textColor=ink,
                               spaceAfter=1),
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11,
                                textColor=muted),
        "note": ParagraphStyle("note", parent=base, fontName=SANS_ITALIC, fontSize=9,
                               leading=12, textColor=muted),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=SANS_BOLD, fontSize=9,
                                    leading=11.5, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=base, fontName=SANS_BOLD,
                                    fontSize=8.5, leading=11, textColor=accent, spaceAfter=0),
        "cell_small": ParagraphStyle("cell_small", parent=base, fontSize=8, leading=10,
                                     textColor=muted, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=9, leading=11.5,
                                     spaceAfter=0, alignment=TA_RIGHT),
        "cell_bold_right": ParagraphStyle("cell_bold_right", parent=base, fontName=SANS_BOLD,
                                          fontSize=9, leading=11.5, spaceAfter=0,
                                          alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", parent=base, fontSize=9, leading=11.5,
                                      spaceAfter=0, alignment=TA_CENTER),
    }
    return made


def table_style(*, header_rows: int = 1, zebra: bool = True, rules: bool = True,
                extra: list[tuple[Any, ...]] | None = None) -> Any:
    """A light grid: tinted header, thin rules between rows, optional zebra stripes."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import TableStyle

    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 9, 11.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if rules:
        commands += [
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, HexColor(RULE)),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, HexColor(ACCENT)),
        ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HexColor(HEAD_FILL)),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, HexColor(ACCENT)),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1),
                         [None, HexColor(ZEBRA_FILL)]))
    return TableStyle(commands + (extra or []))
