"""Finding 7: every error names its file (the database included) and says what to do; exports
are written whole or not at all; a crash is logged in organiser.log."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

ADD = ["events", "add", "--title", "T", "--kind", "workshop", "--tz", "Europe/Paris",
       "--start", "2027-03-01T09:00", "--end", "2027-03-01T17:00"]


def test_a_locked_database_is_named_with_what_to_do(cli, db, db_path: Path) -> None:
    holder = sqlite3.connect(db_path)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = cli(*ADD)
    finally:
        holder.rollback()
        holder.close()
    assert result.code == 1
    [line] = result.err.splitlines()
    assert line.startswith("organiser: error: ") and str(db_path) in line
    assert "try again" in line


def test_pdf_onto_a_full_disk_leaves_nothing_and_names_the_target(
        cli, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import organiser.core.files as files

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "m.pdf"
    result = cli("pdf", "agenda", "1", "-o", str(target))
    assert result.code == 1
    assert result.err == (f"organiser: error: {target}: not written: no space left on the disk: "
                          "free some space or choose another disk; nothing was changed\n")
    assert list(out.iterdir()) == [], "no partial or temporary file is left"


def test_pdf_into_a_folder_names_the_folder(cli, demo_db, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = cli("pdf", "agenda", "1", "-o", str(out))
    assert result.code == 1
    assert result.err.startswith(f"organiser: error: {out}: is a folder: give a file name")
    assert ".partial" not in result.err and ".tmp" not in result.err
    assert list(out.iterdir()) == []


def test_exports_replace_the_old_file_whole(cli, demo_db, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "feed.ics"
    target.write_bytes(b"old")
    assert cli("calendar", "-o", str(target)).code == 0
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert sorted(p.name for p in out.iterdir()) == ["feed.ics"]


def test_a_crash_is_logged_with_its_traceback(cli, demo_db, isolated_user: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import organiser.services.events as events

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom in the events service")

    monkeypatch.setattr(events, "list_events", broken)
    result = cli("events", "list")
    assert result.code == 3
    log = isolated_user / "log" / "organiser.log"
    assert f"the details are in {log}" in result.err and "Traceback" not in result.err
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "boom in the events service" in text
