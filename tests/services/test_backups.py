"""Data that survives: daily backups, restore, one instance per database, kill -9 mid-write."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from organiser.core.errors import DatabaseError
from organiser.core.instance import DatabaseInUseError, acquire, holder_of
from organiser.core.storage import integrity_check, open_database
from organiser.migrations import HEAD_REVISION
from organiser.services.backups import (
    backup_folder,
    check_backup,
    list_backups,
    restore,
    take_backup,
)
from organiser.services.events import list_events

REPO = Path(__file__).resolve().parents[2]


def _titles(path: Path) -> list[str]:
    db = open_database(path, create=False)
    try:
        return [e.title for e in list_events(db)]
    finally:
        db.close()


def test_daily_backups_roll_and_keep_the_last_n(demo_db, db_path: Path) -> None:
    start = dt.date(2026, 3, 1)
    for offset in range(5):
        assert take_backup(db_path, when="open", today=start + dt.timedelta(days=offset),
                           keep=3) is not None
    backups = list_backups(db_path)
    assert [b.day for b in backups] == [start + dt.timedelta(days=d) for d in (4, 3, 2)]
    assert all(b.path.stat().st_mode & 0o077 == 0 for b in backups)
    assert backup_folder(db_path).stat().st_mode & 0o077 == 0
    assert check_backup(backups[0].path) == HEAD_REVISION


def test_open_keeps_the_morning_copy_close_refreshes_it(demo_db, db_path: Path) -> None:
    day = dt.date(2026, 3, 2)
    first = take_backup(db_path, when="open", today=day, keep=7)
    assert first is not None
    with demo_db.transaction() as session:
        from organiser.core.models import Event

        session.get(Event, 1).title = "Renamed during the day"
    assert take_backup(db_path, when="open", today=day, keep=7) is None  # morning copy stays
    assert "Renamed during the day" not in _titles(first)
    take_backup(db_path, when="close", today=day, keep=7)
    assert "Renamed during the day" in _titles(first)


def test_a_damaged_database_never_overwrites_a_good_backup(demo_db, db_path: Path,
                                                           tmp_path: Path) -> None:
    day = dt.date(2026, 3, 3)
    good = take_backup(db_path, when="open", today=day, keep=7)
    assert good is not None
    before = good.read_bytes()
    demo_db.close()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(db_path.read_bytes())
    data[4096 * 2: 4096 * 6] = b"\xde\xad\xbe\xef" * 4096  # wreck some pages, keep the header
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseError):
        take_backup(damaged, when="close", today=day, keep=7)
    assert good.read_bytes() == before


def test_restore_puts_the_backup_back_and_keeps_the_current_file(demo_db,
                                                                 db_path: Path) -> None:
    backup = take_backup(db_path, when="open", today=dt.date(2026, 3, 4), keep=7)
    assert backup is not None
    with demo_db.transaction() as session:
        from organiser.core.models import Event

        session.get(Event, 1).title = "A change to undo"
    demo_db.close()
    with acquire(db_path):
        aside = restore(backup, db_path)
    assert aside is not None and "A change to undo" in _titles(aside)
    assert "A change to undo" not in _titles(db_path)
    assert db_path.stat().st_mode & 0o077 == 0


def test_restore_refuses_what_is_not_a_sound_backup(db, db_path: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_bytes(b"Dear all, the minutes")
    with pytest.raises(DatabaseError, match="not an Organiser backup"):
        restore(bogus, db_path)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE songs (id INTEGER)")
    connection.close()
    with pytest.raises(DatabaseError, match="no schema version"):
        restore(foreign, db_path)


def test_second_instance_is_refused_politely_and_the_lock_dies_with_the_process(
        db, db_path: Path) -> None:
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from organiser.core.instance import acquire
        lock = acquire({str(db_path)!r})
        print("locked", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseInUseError) as info:
            acquire(db_path)
        message = str(info.value)
        assert "is open in another Organiser" in message and f"process {child.pid}" in message
        assert "read-only" in message
        assert holder_of(db_path) is not None
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    with acquire(db_path) as lock:  # the OS released it: no stale lock
        assert lock.held
    assert holder_of(db_path) is None


@pytest.mark.slow
def test_kill_9_during_writes_leaves_a_database_that_opens_clean(db, db_path: Path) -> None:
    db.close()
    script = textwrap.dedent(f"""
        import sys, datetime as dt
        sys.path.insert(0, {str(REPO)!r})
        from organiser.core.storage import open_database
        from organiser.core.models import Organisation, Person, PersonEmail
        db = open_database({str(db_path)!r})
        n = 0
        while True:
            with db.transaction() as s:
                org = Organisation(name=f"Org {{n}}", country="Sénégal")
                s.add(org)
                for k in range(5):
                    p = Person(given_name=f"Олена {{n}}-{{k}}", family_name="Шевченко",
                               organisation=org, notes="x" * 2000)
                    p.emails.append(PersonEmail(address=f"p{{n}}-{{k}}@x.example",
                                                address_key=f"p{{n}}-{{k}}@x.example"))
                    s.add(p)
            n += 1
            if n == 20:
                print("writing", flush=True)
    """)
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "writing"
    time.sleep(1.0)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    reopened = open_database(db_path, create=False)
    try:
        assert integrity_check(reopened) == []
        with reopened.engine.connect() as connection:
            from sqlalchemy import text

            orgs = connection.execute(text("SELECT count(*) FROM organisation")).scalar()
            people = connection.execute(text("SELECT count(*) FROM person")).scalar()
        assert orgs is not None and orgs >= 20
        assert people == orgs * 5, "a transaction was half written"
    finally:
        reopened.close()
