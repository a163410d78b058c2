"""Finding 3 and 4: every reply file on its own; a broken or hostile one is one line naming the
file, the batch goes on, nothing hangs or eats the memory."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from tests.exporters.ics_support import set_coordinator
from tests.hostile.reply_bombs import variant
from tests.importers.reply_support import exported_values, reply_ics

EMAILS = ["elodie.marchand@oecd-dac.example", "h.ostergard@oecd-dac.example",
          "k.asante@itag.example"]


@pytest.fixture
def replies(demo_db: Any) -> dict[str, str]:
    from organiser.services.events import create_event
    from organiser.services.invitations import invite

    set_coordinator()
    event_id = create_event(demo_db, title="Réunion", kind="consultation",
                            start="2026-12-08T13:00", end="2026-12-08T15:00",
                            timezone="Europe/Paris", venue="OECD")
    invite(demo_db, event_id, emails=EMAILS)
    return {email: reply_ics(exported_values(demo_db, event_id, email, "X"))
            for email in EMAILS}


BROKEN = ["february 30", "hour 25", "year 99999", "huge sequence", "negative sequence",
          "nested multiparts"]


@pytest.mark.parametrize("broken", BROKEN)
def test_a_broken_reply_between_two_good_ones(cli, replies: dict[str, str], tmp_path: Path,
                                              broken: str) -> None:
    first, middle, last = (tmp_path / "1.ics", tmp_path / "2.eml", tmp_path / "3.ics")
    first.write_text(replies[EMAILS[0]], encoding="utf-8")
    data = variant(replies[EMAILS[1]], broken)
    middle.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    last.write_text(replies[EMAILS[2]], encoding="utf-8")
    result = cli("replies", "import", str(first), str(middle), str(last))
    assert result.code == 1, result.err
    assert f"{first}: {EMAILS[0]} accepted" in result.out
    assert f"{last}: {EMAILS[2]} accepted" in result.out
    [line] = [x for x in result.err.splitlines() if x.startswith("organiser: error:")]
    assert line.startswith(f"organiser: error: {middle}: ") and "unexpected" not in line


@pytest.mark.parametrize("bomb", ["secondly vtimezone", "fifty secondly vtimezones",
                                  "many parts"])
def test_resource_bombs_are_refused_quickly(cli, replies: dict[str, str], tmp_path: Path,
                                            bomb: str) -> None:
    path = tmp_path / "bomb.eml"
    data = variant(replies[EMAILS[1]], bomb)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    started = time.perf_counter()
    result = cli("replies", "import", str(path))
    elapsed = time.perf_counter() - started
    assert elapsed < 20, f"{bomb}: {elapsed:.1f} s"  # generous: a loaded CI machine
    assert "unexpected" not in result.err
    if bomb == "many parts":
        assert result.code == 1 and f"{path}: " in result.err and "parts" in result.err
    else:
        # the time zone is refused or read without expanding it; never a hang
        assert result.code in (0, 1)


def test_fifo_and_device_links_are_not_read(cli, replies: dict[str, str],
                                            tmp_path: Path) -> None:
    fifo = tmp_path / "reply.ics"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.ics"
    zero.symlink_to("/dev/zero")
    good = tmp_path / "good.ics"
    good.write_text(replies[EMAILS[0]], encoding="utf-8")
    result = cli("replies", "import", str(fifo), str(zero), str(tmp_path), str(good))
    assert result.code == 1
    assert f"{fifo}: is not a regular file" in result.err
    assert f"{zero}: is not a regular file" in result.err
    assert f"{tmp_path}: is a folder" in result.err
    assert f"{good}: {EMAILS[0]} accepted" in result.out
