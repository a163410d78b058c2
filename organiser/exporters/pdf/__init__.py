"""PDF documents of an event (minutes, agenda, sign-in sheet, dot-vote sheet) with ReportLab.

Pure: `render_event_document(data, kind)` gives the bytes of one document from an
`eventdata.EventData`; the use case that reads the event is `services.documents.render_document`.
The pieces are meant to be reused for other documents (a programme report, say):

- `fonts.register_fonts()` registers the bundled TrueType faces (`resources/fonts/`);
  `fonts.font_runs(text)` splits text into runs each set in a face that has its characters
  (Latin/Cyrillic: Noto Sans; Arabic: Noto Naskh; CJK and Hangul: WenQuanYi Micro Hei;
  anything else: DejaVu Sans).
- `text.para(text, style)` is the one way to put user text in a flowable: escaped (a name
  with `<b>` or `&amp;` prints literally), Arabic shaped and laid right to left, fonts per run.
  `text.draw_text(canvas, x, y, text, size)` does the same straight on a canvas.
- `styles.styles()` gives the named paragraph styles (title, subtitle, h1, h2, body, meta,
  small, note, cell, cell_bold, cell_head, cell_small, cell_right, cell_center) and
  `styles.table_style()` the house table style.
- `template.PageSetup` + `template.build_pdf(story, setup)` lay flowables on A4 pages with a
  running header, a footer line, "Page X of Y" and, when `draft=True`, a DRAFT watermark;
  `template.frame_width(setup)` gives the width for table columns.
- `blocks` has the shared title block, dates in the event's zone and `grid()` (a table whose
  string cells become literal paragraphs).

ReportLab is imported inside functions only: importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from organiser.exporters.pdf.eventdata import EventData

DOCUMENT_KINDS = ("minutes", "agenda", "signin", "votes")
DOCUMENT_TITLES = {
    "minutes": "Minutes",
    "agenda": "Agenda",
    "signin": "Sign-in sheet",
    "votes": "Dot-vote sheet",
}


def check_kind(kind: str) -> None:
    """Refuse a document kind that is not one of DOCUMENT_KINDS."""
    from organiser.core.errors import InputError

    if kind not in DOCUMENT_KINDS:
        raise InputError(f"unknown document {kind!r}; choose one of {', '.join(DOCUMENT_KINDS)}",
                         field="document")


def render_event_document(data: EventData, kind: str, **options: Any) -> bytes:
    """The PDF bytes of one document of an event, in the event's language (not the
    interface's).

    `kind` is one of DOCUMENT_KINDS. Options: agenda `second_timezone="America/New_York"`;
    signin `blank_rows=12`; votes `boxes=12`, `blank_ideas=10`.
    """
    check_kind(kind)
    from organiser.core.i18n_docs import document_language
    from organiser.exporters.pdf.documents import RENDERERS

    with document_language(data.language):
        return RENDERERS[kind](data, **options)


def suggested_filename(kind: str, event_title: str, day: str = "") -> str:
    """A file name for saving: 'Minutes - Consultation with OPCPR - 2026-10-06.pdf'."""
    import re

    title = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", event_title)
    title = " ".join(title.split())[:80].strip()  # "workshop: a plan", not "workshop  a plan"
    parts = [DOCUMENT_TITLES.get(kind, kind), title] + ([day] if day else [])
    return " - ".join(p for p in parts if p) + ".pdf"


__all__ = ["DOCUMENT_KINDS", "DOCUMENT_TITLES", "check_kind", "render_event_document",
           "suggested_filename"]
