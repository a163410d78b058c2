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


def test_a_form_save_waits_for_an_import_then_says_so(tmp_path: Path) -> None:
    """While another process holds the write lock, a save waits, then fails with a message
    (nothing half-written) instead of deciding on what it read before the import."""
    import time

    from organiser.core.errors import DatabaseError
    from organiser.core.people import PersonData
    from organiser.core.storage import open_database
    from organiser.services.people import save_person

    path = tmp_path / "w.sqlite"
    assert organiser("--db", str(path), "demo").returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(30)",
         str(path)], stdout=subprocess.PIPE, text=True)
    db = open_database(path)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        with pytest.raises(DatabaseError, match="busy for 10 s; nothing was written"):
            save_person(db, PersonData(given_name="Ana", family_name="Lima",
                                       emails=["ana@tb.example"]))
        assert time.monotonic() - started >= 9
    finally:
        holder.kill()
        holder.wait(30)
        if holder.stdout is not None:
            holder.stdout.close()
        db.close()
