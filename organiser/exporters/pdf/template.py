"""The shared page: A4, a running header, the event in the footer, "Page X of Y", DRAFT."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from organiser.exporters.pdf.fonts import register_fonts
from organiser.exporters.pdf.styles import ACCENT, MUTED, RULE
from organiser.exporters.pdf.text import draw_text, fit

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable

MARGIN_MM = 18


@dataclass(frozen=True)
class PageSetup:
    """What every page of one document shows around its content."""

    title: str  # the document ("Minutes", "Agenda", ...): PDF metadata and the header
    header: str = ""  # top left, e.g. the programme
    footer: str = ""  # bottom left, e.g. the event and its dates
    draft: bool = False  # a DRAFT watermark on every page
    draft_mark: str = "DRAFT"
    page_of: str = "Page {page} of {pages}"  # in the document's language
    language: str = "en"
    landscape: bool = False
    # the document's description (PDF metadata: what a viewer's title bar, a search and a
    # screen reader show): the full title, who wrote it, about what, its keywords, its language
    subject: str = ""
    author: str = "Organiser"
    full_title: str = ""  # "Minutes — <event>"; the header's `title` when empty
    keywords: tuple[str, ...] = ()
    language_tag: str = ""  # BCP 47 ("en-GB", "fr-FR", "ar"): the catalogue's /Lang


def frame_width(setup: PageSetup) -> float:
    """The width available to flowables (points), for sizing table columns."""
    from reportlab.lib.units import mm

    return float(_page_size(setup)[0] - 2 * MARGIN_MM * mm)


def _page_size(setup: PageSetup) -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4, landscape

    return tuple(landscape(A4) if setup.landscape else A4)


def _watermark(canvas: Canvas, width: float, height: float, mark: str) -> None:
    from reportlab.lib.colors import Color

    canvas.saveState()
    canvas.setFillColor(Color(0.75, 0.2, 0.15, alpha=0.10))
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    draw_text(canvas, 0, -40, mark, 110, align="center")  # any script, shaped
    canvas.restoreState()


def _header(canvas: Canvas, setup: PageSetup, width: float, height: float) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm

    from organiser.exporters.pdf.text import text_width

    left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
    top = height - 11 * mm
    canvas.saveState()
    canvas.setFillColor(HexColor(MUTED))
    # drawn in reading order (the programme on the left, then the document on the right),
    # which is the order text is read out of the page
    title_width = text_width(setup.title, 8, bold=True)
    if setup.header:
        draw_text(canvas, left, top, fit(setup.header, right - left - title_width - 12, 8), 8)
    draw_text(canvas, right, top, setup.title, 8, bold=True, align="right")
    canvas.setStrokeColor(HexColor(RULE))
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
    canvas.restoreState()


def _footer(canvas: Canvas, setup: PageSetup, page: int, pages: int, width: float) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm

    left, right = MARGIN_MM * mm, width - MARGIN_MM * mm
    base = 10 * mm
    canvas.saveState()
    canvas.setStrokeColor(HexColor(RULE))
    canvas.setLineWidth(0.5)
    canvas.line(left, base + 4.5 * mm, right, base + 4.5 * mm)
    canvas.setFillColor(HexColor(ACCENT))
    number_width = draw_text(canvas, right, base, setup.page_of.format(page=page, pages=pages), 8.5,
                             bold=True,
                             align="right")
    canvas.setFillColor(HexColor(MUTED))
    if setup.footer:
        draw_text(canvas, left, base, fit(setup.footer, right - left - number_width - 16, 8), 8)
    canvas.restoreState()


def _numbered_canvas(setup: PageSetup) -> type:
    """A canvas that holds its pages until the end, so each can say "Page X of Y"."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            # viewers (and screen readers) announce the title, not the file name
            self.setViewerPreference("DisplayDocTitle", "true")

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                _footer(self, setup, number, pages, self._pagesize[0])
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(story: list[Flowable], setup: PageSetup) -> bytes:
    """Lay out the flowables on the shared page and return the PDF's bytes."""
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    size = _page_size(setup)
    buffer = io.BytesIO()
    from organiser import APP_NAME, __version__

    doc = BaseDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN_MM * mm, rightMargin=MARGIN_MM * mm,
        topMargin=20 * mm, bottomMargin=20 * mm, title=setup.full_title or setup.title,
        author=setup.author or APP_NAME, subject=setup.subject,
        keywords=[k for k in setup.keywords if k], creator=f"{APP_NAME} {__version__}",
        lang=setup.language_tag or setup.language,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def on_page(canvas: Canvas, _doc: Any) -> None:
        if setup.draft:
            _watermark(canvas, *size, setup.draft_mark)
        _header(canvas, setup, *size)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page,
                                       pagesize=size)])
    doc.build(story, canvasmaker=_numbered_canvas(setup))
    return buffer.getvalue()
