"""Finding 11.2: the same file imported twice at the same moment, by two real processes.

Both must succeed, nobody and no organisation may be there twice: the second import waits
for the first one's write lock, then finds everyone and reports them as already there.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.processes import REPO, env, organiser

ROWS = 3000
ORGS = 60


def _csv(path: Path) -> Path:
    lines = ["name,email,organisation,country"]
    for n in range(ROWS):
        # addresses differ only in case between the two halves of the alphabet of names
        lines.append(f"Participant {n:05d} Ndiaye,p{n:05d}@Partner{n % ORGS}.example,"
                     f"Partner institute {n % ORGS},Senegal")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import_at_once(db: str, file: Path, copies: int = 2) -> list[dict[str, object]]:
    command = [sys.executable, "-m", "organiser", "--db", db, "contacts", "import", "--json",
               str(file)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env(), cwd=REPO) for _ in range(copies)]
    reports = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        reports.append(json.loads(out))
    return reports


@pytest.mark.slow
def test_two_imports_of_one_file_at_once_duplicate_nobody(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    made = organiser("--db", str(path), "demo")
    assert made.returncode == 0, made.stderr
    connection = sqlite3.connect(path)
    people_before = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    orgs_before = connection.execute("SELECT count(*) FROM organisation").fetchone()[0]
    connection.close()
    reports = _import_at_once(str(path), _csv(tmp_path / "partners.csv"))
    created = sorted(int(r["new_people"]) for r in reports)  # type: ignore[call-overload]
    assert created == [0, ROWS]  # one inserted everybody, the other found them all
    connection = sqlite3.connect(path)
    try:
        people = connection.execute("SELECT count(*) FROM person").fetchone()[0]
        orgs = connection.execute("SELECT count(*) FROM organisation").fetchone()[0]
        twice = connection.execute(
            "SELECT count(*) FROM (SELECT address_key FROM person_email "
            "GROUP BY address_key HAVING count(*) > 1)").fetchone()[0]
    finally:
        connection.close()
    assert people == people_before + ROWS
    assert orgs == orgs_before + ORGS
    assert twice == 0
