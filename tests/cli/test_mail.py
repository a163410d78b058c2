"""`organiser mail`, `outbox`, `restore`, and the messages for a database that cannot be used."""

from __future__ import annotations

import hashlib
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from organiser.core.instance import acquire
from organiser.core.storage import open_database
from organiser.exporters.email import parse_message
from organiser.services.backups import take_backup
from tests.services.mail_support import Handler, configure, free_port, smtp_server


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_mail_writes_one_eml_per_invitee(cli, demo_db, tmp_path: Path) -> None:
    configure(free_port())
    out = tmp_path / "mail"
    result = cli("mail", "4", "--what", "invitations", "-o", str(out))
    assert result.code == 0, result.err
    files = sorted(out.glob("*.eml"))
    assert files and f"{len(files)} message(s) written" in result.out
    message = parse_message(files[0].read_bytes())
    assert message["Subject"].endswith("Information sharing with the regional training "
                                       "institutes")
    assert any(p.get_content_type() == "text/calendar" for p in message.walk())


def test_mail_minutes_json(cli, demo_db, tmp_path: Path) -> None:
    configure(free_port())
    result = cli("mail", "1", "--what", "minutes", "-o", str(tmp_path / "m"), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["messages"] and {m["purpose"] for m in data["messages"]} == {"minutes"}
    assert len(data["files"]) == len(data["messages"])


def test_mail_needs_a_destination_and_a_known_event(cli, demo_db) -> None:
    configure(free_port())
    result = cli("mail", "4")
    assert result.code == 1 and result.err.startswith("organiser: error: mail: say where")
    result = cli("mail", "999", "-o", "x")
    assert result.code == 1 and "no event with id 999" in result.err


def test_outbox_queue_list_send_and_down_server(cli, demo_db) -> None:
    configure(free_port())
    assert cli("mail", "4", "--queue").code == 0
    listed = cli("outbox", "list", "--json").json()
    assert listed and {row["status"] for row in listed} == {"queued"}

    down = cli("outbox", "send")
    assert down.code == 1
    assert "organiser: error: not all sent" in down.err and "stay queued" in down.err
    assert {row["status"] for row in cli("outbox", "list", "--json").json()} == {"queued"}

    handler = Handler()
    with smtp_server(handler) as port:
        configure(port)
        sent = cli("outbox", "send", "--json")
    assert sent.code == 0, sent.err
    assert len(sent.json()["sent"]) == len(listed) == len(handler.received)
    assert "sent" in cli("outbox", "list").out


def test_restore_from_the_cli_and_refusal_while_open(cli, demo_db, db_path: Path) -> None:
    backup = take_backup(db_path, when="open")
    assert backup is not None
    listed = cli("restore", "--list")
    assert str(backup) in listed.out
    demo_db.close()
    with acquire(db_path):
        refused = cli("restore", str(backup))
    assert refused.code == 1 and "is open in another Organiser" in refused.err
    result = cli("restore", str(backup))
    assert result.code == 0, result.err
    assert "previous file is kept as" in result.out
    assert cli("check").code == 0


def make_read_only(path: Path) -> None:
    """A file on a read-only drive: chmod for a user; root ignores modes, so immutable."""
    if os.geteuid() != 0:
        path.chmod(0o400)
        path.parent.chmod(0o500)
        return
    result = subprocess.run(["chattr", "+i", str(path), str(path.parent)],
                            capture_output=True, check=False)
    if result.returncode != 0:
        pytest.skip("running as root on a file system without immutable files")


def make_writable(path: Path) -> None:
    if os.geteuid() != 0:
        path.parent.chmod(0o700)
        path.chmod(0o600)
    else:
        subprocess.run(["chattr", "-i", str(path), str(path.parent)], check=False)


def _damaged(path: Path) -> None:
    db = open_database(path)
    db.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("problem", ["corrupt", "newer", "read-only", "missing drive"])
def test_database_problems_are_one_line_and_leave_the_file_alone(cli, tmp_path: Path,
                                                                 problem: str) -> None:
    path = tmp_path / "organiser.sqlite"
    if problem == "corrupt":
        _damaged(path)
        expect = "damaged"
    elif problem == "newer":
        db = open_database(path)
        with db.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        db.close()
        expect = "newer Organiser"
    elif problem == "read-only":
        open_database(path).close()
        make_read_only(path)
        expect = "read-only"
    else:
        path = tmp_path / "usb-stick" / "organiser.sqlite"
        expect = "is the drive connected?"
    before = _digest(path) if path.exists() else None
    try:
        result = cli("events", "list", db=path)
        if problem == "read-only":  # a check only reads: it works on a read-only drive
            checked = cli("check", db=path)
            assert checked.code == 0 and "integrity: ok" in checked.out, checked.err
    finally:
        if problem == "read-only":
            make_writable(path)
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("organiser: error: ")
    assert str(path) in lines[0] and expect in lines[0], lines[0]
    assert "Traceback" not in result.err
    if before is not None:
        assert _digest(path) == before
