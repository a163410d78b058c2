"""`organiser programme ...` and `organiser copy` on SQLite files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from organiser.core.models import NextStep
from organiser.core.storage import open_database


def test_budget_json_shows_computed_totals_and_flags(cli) -> None:
    assert cli("demo").code == 0
    result = cli("programme", "budget", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["totals"] == {"USD": "430000.00"}
    assert [c["amount"] for c in data["by_category"]] == [
        "210000.00", "25000.00", "45000.00", "150000.00"]
    assert [(s["stated"], s["agrees"]) for s in data["stated_totals"]] == [
        ("280000.00", False), ("150000.00", False), ("330000.00", False)]


def test_budget_text_says_which_totals_disagree(cli) -> None:
    assert cli("demo").code == 0
    result = cli("programme", "budget")
    assert result.code == 0
    assert "430,000.00 USD" in result.out
    assert result.out.count("DISAGREES") == 3


def test_timeline_and_lines(cli) -> None:
    assert cli("demo").code == 0
    events = cli("programme", "timeline", "--json").json()
    assert len(events) == 6 and events[0]["attended"] == 3
    lines = cli("programme", "lines", "--json").json()
    assert [line["code"] for line in lines] == ["LAW", "CAP", "MON", "EGP"]
    assert lines[0]["progress"]["done"] == 1


def test_next_steps_csv_opens_in_a_spreadsheet_safely(cli, demo_db, tmp_path: Path) -> None:
    with demo_db.transaction() as session:
        step = session.query(NextStep).filter(NextStep.id == 1).one()
        step.text = "=HYPERLINK(\"http://evil.example\",\"click\")"
        step.owner_name = "@Élodie Marchand"
        other = session.query(NextStep).filter(NextStep.id == 2).one()
        other.text = "-1 budget line; «Київ», 北京, القاهرة"
    target = tmp_path / "next steps.csv"
    result = cli("programme", "next-steps-csv", "-o", str(target))
    assert result.code == 0, result.err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0][:3] == ["Id", "Line of action", "Next step"]
    assert len(rows) == 1 + 7
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id["1"][2] == "'=HYPERLINK(\"http://evil.example\",\"click\")"
    assert by_id["1"][3] == "'@Élodie Marchand"
    assert by_id["2"][2] == "'-1 budget line; «Київ», 北京, القاهرة"
    assert by_id["1"][5] == "done" and by_id["1"][4] == "2026-10-30"


def test_csv_into_a_missing_folder_is_one_line_error(cli, tmp_path: Path) -> None:
    assert cli("demo").code == 0
    result = cli("programme", "next-steps-csv", "-o", str(tmp_path / "nope" / "x.csv"))
    assert result.code == 1
    assert result.err.startswith("organiser: error:") and "nope" in result.err


def test_copy_between_sqlite_files(cli, demo_db, db_path: Path, tmp_path: Path) -> None:
    from organiser.services.transfer import table_contents

    target = tmp_path / "copy.sqlite"
    result = cli("copy", "--from", str(db_path), "--to", str(target), db=None)
    assert result.code == 0, result.err
    assert "copied" in result.out
    copy = open_database(target)
    try:
        assert table_contents(copy) == table_contents(demo_db)
    finally:
        copy.close()
    again = cli("copy", "--from", str(db_path), "--to", str(target), db=None)
    assert again.code == 1 and "already holds data" in again.err
    assert cli("copy", "--from", str(db_path), "--to", str(target), "--replace",
               db=None).code == 0
    same = cli("copy", "--from", str(db_path), "--to", str(db_path), db=None)
    assert same.code == 1 and "same database" in same.err
    missing = cli("copy", "--from", str(tmp_path / "none.sqlite"), "--to", str(target), db=None)
    assert missing.code == 1 and "no database at" in missing.err
