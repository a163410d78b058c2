"""The programme report PDF, read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from organiser.services.programme import programme_report


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_report_has_events_lines_and_the_flagged_budget(demo_db, tmp_path: Path) -> None:
    pdf = programme_report(demo_db, today=dt.date(2026, 12, 10))
    assert pdf.startswith(b"%PDF")
    text = _text(pdf, tmp_path)
    assert "Programme report" in text
    assert "Strengthening Coalitions for Procurement Reform" in text
    assert "Consultation with OPCPR: a common agenda" in text
    assert "Held: 3 / 6; Attended: 12" in text
    assert "CAP – Implementation capacity — Done 0, Open 3, Overdue 2" in text
    assert "A training curriculum is developed with the regional institutes." in text
    assert "Collect regional priorities in one table" in text
    assert "open — overdue" in text
    assert "田中明子" in text  # the owner's name in its own script
    for amount in ("210,000.00 USD", "25,000.00 USD", "45,000.00 USD", "150,000.00 USD",
                   "430,000.00 USD"):
        assert amount in text
    assert text.count("Disagrees with the lines: 430,000.00 USD") == 3
    assert "(-150,000.00)" in text


def test_report_headings_follow_the_language(demo_db, tmp_path: Path) -> None:
    text = _text(programme_report(demo_db, language="fr"), tmp_path)
    assert "Rapport du programme" in text
    assert "Axes d'action" in text
    assert "Ne correspond pas aux lignes" in text


def test_report_from_the_cli(cli, tmp_path: Path) -> None:
    assert cli("demo").code == 0
    target = tmp_path / "programme.pdf"
    result = cli("programme", "report", "-o", str(target))
    assert result.code == 0, result.err
    assert "Budget" in _text(target.read_bytes(), tmp_path)
