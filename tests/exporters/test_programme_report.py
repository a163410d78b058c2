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
    for amount in ("US$210,000.00", "US$25,000.00", "US$45,000.00", "US$150,000.00",
                   "US$430,000.00"):
        assert amount in text
    assert text.count("Disagrees with the lines: US$430,000.00") == 3
    assert "(-150,000.00)" in text
    assert "10 Dec 2026" in text and "Page 1 of 2" in text


def test_report_follows_the_language_and_its_formats(demo_db, tmp_path: Path) -> None:
    """French words from the one translation source, French numbers, dates and currency."""
    import re

    text = _text(programme_report(demo_db, language="fr", today=dt.date(2026, 12, 10)),
                 tmp_path)
    spaces = "[ \u00a0\u202f]"
    assert "Rapport du programme" in text
    assert "Axes d’action" in text
    assert "Ne correspond pas aux lignes" in text
    assert re.search(f"210{spaces}000,00{spaces}\\$US", text), text
    assert "210,000.00" not in text and "USD" not in text
    assert re.search(f"\\(-150{spaces}000,00\\)", text)
    assert "10 déc. 2026" in text
    assert "Page 1 sur 2" in text and "Page 1 of" not in text
    # statuses and kinds as the interface says them, never the English values
    assert "tenue" in text and "prévue" in text and "atelier" in text
    assert not re.search(r"\b(held|planned|overdue|open|done)\b", text)
    assert "ouverte — en" in text and "En cours" not in text  # open and overdue: not "En cours"
    assert "Prochaines étapes" in text


def test_report_from_the_cli(cli, tmp_path: Path) -> None:
    assert cli("demo").code == 0
    target = tmp_path / "programme.pdf"
    result = cli("programme", "report", "-o", str(target))
    assert result.code == 0, result.err
    assert "Budget" in _text(target.read_bytes(), tmp_path)
