"""The PDF documents read back with pdftotext: every name in every script, outcomes, pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from organiser.core.errors import InputError, NotFoundError
from organiser.core.storage import Database
from organiser.services.documents import render_document
from tests.exporters.pdf_support import (
    ARABIC_MINUTES,
    EVENT_ID,
    MALICIOUS,
    enrich,
    normalise,
    pdf_text,
)


@pytest.fixture
def rich_db(demo_db: Database) -> tuple[Database, dict[str, list[str]]]:
    return demo_db, enrich(demo_db)


def _pinkish_pixels(data: bytes, tmp_path: Path) -> int:
    """Pixels of the DRAFT watermark's tint (the only red-dominant colour the page uses)."""
    path = tmp_path / "wm.pdf"
    path.write_bytes(data)
    ppm = subprocess.run(["pdftoppm", "-r", "20", "-f", "1", "-l", "1", str(path)],
                         capture_output=True, check=True).stdout
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", ppm)
    assert header is not None
    pixels = ppm[header.end():]
    return sum(1 for i in range(0, len(pixels) - 2, 3)
               if pixels[i] - pixels[i + 2] > 6 and pixels[i] > 200)


def test_minutes_print_every_name_decision_and_next_step(rich_db, tmp_path: Path) -> None:
    db, expected = rich_db
    data = render_document(db, "minutes", EVENT_ID)
    assert data.startswith(b"%PDF")
    text = normalise(pdf_text(data, tmp_path))
    assert len(expected["names"]) >= 14
    # a long name may wrap inside its narrow column: compare without the line breaks
    squeezed = text.replace(" ", "")
    for name in expected["names"]:
        assert normalise(name).replace(" ", "") in squeezed, name
    for decision in expected["decisions"]:
        assert normalise(decision) in text, decision
    for step in expected["next_steps"]:
        assert normalise(step) in text, step
    pages = re.search(r"Page 1 of (\d+)", text)
    assert pages is not None and int(pages.group(1)) >= 2
    assert f"Page {pages.group(1)} of {pages.group(1)}" in text
    # walk-ins are marked, and the event is in the footer of each page
    assert "(walk-in)" in text and "(late, walk-in)" in text
    assert text.count("Information sharing with the OECD/DAC Task Force and ITAG · 17 Nov 2026") \
        == int(pages.group(1))


def test_malicious_names_print_literally(rich_db, tmp_path: Path) -> None:
    db, _ = rich_db
    text = normalise(pdf_text(render_document(db, "minutes", EVENT_ID), tmp_path))
    squeezed = text.replace(" ", "")
    for name in MALICIOUS:
        assert name.replace(" ", "") in squeezed
    assert "Coalition <Watch> & Partners" in text


def test_arabic_is_shaped_and_reads_in_logical_order(rich_db, tmp_path: Path) -> None:
    db, _ = rich_db
    raw = pdf_text(render_document(db, "minutes", EVENT_ID), tmp_path)
    # shaped: the PDF holds contextual forms (presentation forms), not isolated letters
    assert re.search("[\ufe70-\ufefc]", raw)
    text = normalise(raw)
    assert "أحمد حسن" in text
    # a long Arabic paragraph wraps over several lines, each read right to left, in order
    # (pdftotext cuts a line at the Arabic comma, so compare words, not whole lines)
    words = normalise(ARABIC_MINUTES).replace("،", " ").split()
    lines = [normalise(line).replace("،", " ").split() for line in raw.splitlines()]
    arabic_lines = [line for line in lines if len(line) > 3 and set(line) <= set(words)]
    assert len(arabic_lines) >= 2
    assert "ناقش" in arabic_lines[0] and "الشبكة" in arabic_lines[-1]
    assert sorted(w for line in arabic_lines for w in line) == sorted(words)
    assert "ناقش المشاركون إنشاء منهج تدريبي مشترك مع المعاهد الإقليمية" in text


def test_draft_watermark_until_approved(rich_db, tmp_path: Path) -> None:
    from organiser.services.minutes import approve_minutes

    db, _ = rich_db
    draft = render_document(db, "minutes", EVENT_ID)
    assert _pinkish_pixels(draft, tmp_path) > 50
    assert "Draft, not yet approved" in normalise(pdf_text(draft, tmp_path))
    approve_minutes(db, EVENT_ID, "Henrik Østergård")
    approved = render_document(db, "minutes", EVENT_ID)
    assert _pinkish_pixels(approved, tmp_path) == 0
    text = normalise(pdf_text(approved, tmp_path))
    assert "Approved by Henrik Østergård" in text and "(version 1)" in text


def test_agenda_in_the_event_zone_and_a_second_zone(demo_db: Database, tmp_path: Path) -> None:
    text = normalise(pdf_text(render_document(demo_db, "agenda", 5), tmp_path))
    assert "Europe/Istanbul" in text and "09:30–10:00 Welcome and objectives" in text
    assert "Day 2 — Wednesday 10 February 2027" in text
    second = render_document(demo_db, "agenda", 5, second_timezone="America/New_York")
    text = normalise(pdf_text(second, tmp_path))
    # 09:30 in Ankara (UTC+3) is 01:30 in New York (UTC-5)
    assert "09:30–10:00 01:30–02:00 Welcome and objectives" in text
    with pytest.raises(InputError, match="Mars/Olympus"):
        render_document(demo_db, "agenda", 5, second_timezone="Mars/Olympus")


def test_signin_sheet_lists_invitees_by_organisation_with_blank_rows(
        demo_db: Database, tmp_path: Path) -> None:
    text = normalise(pdf_text(render_document(demo_db, "signin", 5), tmp_path, "-layout"))
    for name in ("Олена Шевченко", "أحمد حسن", "王芳", "김민준", "Aïssatou Ndiaye",
                 "An Nguyễn Văn"):
        assert name in text
    assert "Signature" in text and "Kamu İhale Eğitim Enstitüsü" in text
    # 28 invitees then 12 blank numbered rows
    assert re.search(r"\b40\b", text) and not re.search(r"\b41\b", text)


def test_dot_vote_sheet_lists_themes_and_ideas(demo_db: Database, tmp_path: Path) -> None:
    text = normalise(pdf_text(render_document(demo_db, "votes", 5), tmp_path))
    for line in ("Training", "Monitoring", "Joint curriculum with the regional institutes",
                 "Knowledge-exchange platform for the network", "Each participant has 3 dots"):
        assert line in text
    # an event without a board still gets a sheet with rows to write ideas in
    blank = normalise(pdf_text(render_document(demo_db, "votes", 1), tmp_path))
    assert "Dot-vote sheet" in blank and "Page 1 of 1" in blank


def test_unknown_document_or_event(demo_db: Database) -> None:
    with pytest.raises(InputError, match="unknown document"):
        render_document(demo_db, "brochure", 1)
    with pytest.raises(NotFoundError, match="no event with id 999"):
        render_document(demo_db, "minutes", 999)


def test_documents_follow_the_events_language(cli, tmp_path: Path) -> None:
    """An event set to French (`events edit --language fr`) gets French documents: words from
    the .ts files, French dates, "Page 1 sur N"; the interface language does not matter."""
    import subprocess

    assert cli("demo").code == 0
    added = cli("events", "add", "--title", "Atelier régional", "--kind", "workshop",
                "--start", "2027-02-09T09:00", "--end", "2027-02-09T12:00",
                "--tz", "Europe/Paris", "--venue", "Dakar", "--language", "fr")
    assert added.code == 0, added.err
    event = added.out.strip()

    def text_of(kind: str) -> str:
        target = tmp_path / f"{kind}.pdf"
        result = cli("pdf", kind, event, "-o", str(target))
        assert result.code == 0, result.err
        return subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout

    agenda = text_of("agenda")
    assert "Ordre du jour" in agenda and "Quand" in agenda and "Où" in agenda
    assert "mardi 9 février 2027" in agenda
    assert "Page 1 sur 1" in agenda
    assert "Tuesday" not in agenda and "When" not in agenda and "Page 1 of" not in agenda
    minutes = text_of("minutes")
    assert "Compte rendu" in minutes and "Procès-verbal" not in minutes
    assert "Brouillon, pas encore approuvé" in minutes and "Aucune décision" in minutes
    assert "Feuille d’émargement" in text_of("signin")

    edited = cli("events", "edit", event, "--language", "ar")
    assert edited.code == 0, edited.err
    arabic = text_of("agenda")
    assert "Ordre du jour" not in arabic and "Page 1 of" not in arabic
    assert cli("events", "edit", event, "--language", "xx").code == 2  # en, fr or ar
