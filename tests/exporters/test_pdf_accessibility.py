"""Issue 18: every PDF says what it is (title, author, subject, keywords, language) and its text
comes out in reading order: headings before what they head, Arabic in logical order.

Read back as a reader or a screen reader gets it: `pdfinfo` for the information dictionary,
the catalogue's bytes for /Lang and the viewer preferences, `pdftotext` (reading order, not
-layout) and `pdftotext -raw` (the content stream's own order) for the text.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import zlib
from pathlib import Path

import pytest

from organiser.core.storage import Database
from organiser.services.documents import render_document
from tests.exporters.pdf_support import normalise, pdf_text

WORKSHOP = 5  # "Brainstorming workshop: a plan for moving forward", Ankara
KINDS = ("minutes", "agenda", "signin", "votes")
TITLES = {"en": {"minutes": "Minutes", "agenda": "Agenda", "signin": "Sign-in sheet",
                 "votes": "Dot-vote sheet"},
          "fr": {"minutes": "Compte rendu", "agenda": "Ordre du jour",
                 "signin": "Feuille d’émargement"},
          "ar": {"minutes": "المحضر", "agenda": "جدول الأعمال"}}
TAGS = {"en": "en-GB", "fr": "fr-FR", "ar": "ar"}


def pdf_info(data: bytes, tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "info.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return {key.strip(): value.strip() for key, _, value in
            (line.partition(":") for line in out.splitlines())}


def catalogue(data: bytes) -> str:
    """The document catalogue's dictionary as written (ReportLab writes it uncompressed)."""
    found = re.search(rb"<<([^<>]*/Type /Catalog[^<>]*)>>", data, re.S)
    assert found is not None, "no catalogue"
    return found.group(1).decode("latin-1")


def pdf_string(value: str) -> str:
    """How ReportLab writes a text string: ASCII as is, anything else UTF-16 in hex."""
    if value.isascii():
        return f"({value})"
    return "<FEFF" + value.encode("utf-16-be").hex().upper() + ">"


def _set_language(db: Database, language: str) -> None:
    from organiser.core.models import Event

    with db.transaction() as session:
        event = session.get(Event, WORKSHOP)
        assert event is not None
        event.language = language


@pytest.fixture
def coordinator() -> str:
    from organiser.core.settings import COORDINATOR_NAME, Settings

    settings = Settings()
    settings.set(COORDINATOR_NAME, "Sarah Whitfield")
    settings.save()
    return "Sarah Whitfield"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_document_says_what_it_is_and_its_language(demo_db: Database, tmp_path: Path,
                                                         coordinator: str,
                                                         language: str) -> None:
    _set_language(demo_db, language)
    event = "Brainstorming workshop: a plan for moving forward"
    for kind in KINDS:
        data = render_document(demo_db, kind, WORKSHOP)
        info = pdf_info(data, tmp_path)
        document = TITLES[language].get(kind)
        if document is not None:
            assert info["Title"] == f"{document} — {event}", (language, kind)
        else:
            assert info["Title"].endswith(f" — {event}") and \
                len(info["Title"]) > len(event) + 4, (language, kind)
        assert info["Author"] == coordinator
        assert event in info["Subject"] and "2027" in info["Subject"]
        keywords = info["Keywords"]
        assert "Strengthening Coalitions for Procurement Reform" in keywords  # the programme
        assert "Ankara" in keywords or "Kamu İhale Eğitim Enstitüsü" in keywords
        assert info["Creator"].startswith("Organiser ")
        assert "ReportLab" in info["Producer"]
        cat = catalogue(data)
        assert f"/Lang {pdf_string(TAGS[language])}" in cat, (language, kind, cat)
        # a viewer's title bar (and a screen reader) shows the title, not the file name
        assert re.search(r"/DisplayDocTitle true", data.decode("latin-1")), (language, kind)


def test_without_a_coordinator_the_app_is_the_author(demo_db: Database,
                                                      tmp_path: Path) -> None:
    info = pdf_info(render_document(demo_db, "agenda", WORKSHOP), tmp_path)
    assert info["Author"] == "Organiser"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_programme_report_says_what_it_is(demo_db: Database, tmp_path: Path,
                                              coordinator: str, language: str) -> None:
    from organiser.services.programme import programme_report

    data = programme_report(demo_db, language=language, today=dt.date(2027, 3, 1))
    info = pdf_info(data, tmp_path)
    assert info["Title"] and "Strengthening Coalitions for Procurement Reform" in info["Title"]
    assert info["Author"] == coordinator
    assert info["Subject"] and info["Keywords"]
    assert f"/Lang {pdf_string(TAGS[language])}" in catalogue(data)


def _content_streams(data: bytes) -> list[bytes]:
    streams = []
    for match in re.finditer(rb"/Filter \[ /ASCII85Decode /FlateDecode \] /Length \d+ >>\s*"
                             rb"stream\r?\n(.*?)endstream", data, re.S):
        import base64

        raw = match.group(1).strip()
        if raw.endswith(b"~>"):
            raw = raw[:-2]
        streams.append(zlib.decompress(base64.a85decode(raw)))
    return streams


def _order(text: str, *parts: str) -> list[int]:
    places = [text.find(p) for p in parts]
    assert all(p >= 0 for p in places), list(zip(parts, places, strict=True))
    return places


@pytest.mark.parametrize("mode", [(), ("-raw",)])
def test_headings_come_before_their_content(demo_db: Database, tmp_path: Path,
                                            mode: tuple[str, ...]) -> None:
    """In reading order and in the content stream's own order, on every page: the running
    header, the document's title, its sections each before its rows, the footer last."""
    text = normalise(pdf_text(render_document(demo_db, "agenda", WORKSHOP), tmp_path, *mode))
    places = _order(text, "Strengthening Coalitions for Procurement Reform", "Agenda",
                    "Brainstorming workshop: a plan for moving forward", "When",
                    "Day 1 — Tuesday 9 February 2027", "Registration and coffee",
                    "Day 2 — Wednesday 10 February 2027", "Themes and dot voting",
                    "Page 1 of 1")
    assert places == sorted(places), places


def test_an_arabic_event_reads_in_logical_order(demo_db: Database, tmp_path: Path) -> None:
    """In the content stream (what a reader that does not re-sort by position reads, and
    `pdftotext -raw` shows) an Arabic line comes first word first, a date inside Arabic as
    written (day, month, year), the label before its value; the page looks as it did (the
    words are drawn where they were, only in reading order). It was stored as drawn, right
    to left: "الأعمال جدول", "17:00 2027 فبراير 10 الأربعاء – 09:00 …"."""
    _set_language(demo_db, "ar")
    data = render_document(demo_db, "agenda", WORKSHOP)
    text = normalise(pdf_text(data, tmp_path, "-raw"))
    assert text.startswith("Strengthening Coalitions for Procurement Reform جدول الأعمال"), text
    assert re.search("الموعد الثلاثاء 9 فبراير 2027 09:00 – الأربعاء 10 فبراير 2027 17:00 "
                     r"\(Europe/Istanbul, UTC\+03:00\)", text), text
    assert "اليوم 1 — الثلاثاء 9 فبراير 2027" in text, text
    # the full stop ends the Arabic sentence: drawn at its left end, read after the bracket
    assert re.search(r"الأوقات بتوقيت Europe/Istanbul \(UTC\+03:00\) ?\.", text), text
    assert "صفحة 1 من 1" in text and "moving forward · 9 فبراير 2027" in text, text
    # in reading order by position (pdftotext without -raw) Arabic words read right to left
    # too; a line that mixes an Arabic date into a page of Latin text is read left to right
    # there (the page is not laid out right to left: the README's Accessibility section)
    ordered = normalise(pdf_text(data, tmp_path))
    assert "جدول الأعمال" in ordered and "الأوقات بتوقيت" in ordered
