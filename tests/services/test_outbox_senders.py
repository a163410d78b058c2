"""Finding 11.3: two senders at once never send one message twice; a crash mid-send leaves
the message "may have been sent", sent again only when the person says so, with the same
Message-ID. Real `organiser outbox send` processes against a real SMTP server (aiosmtpd)."""

from __future__ import annotations

import asyncio
import collections
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from organiser.core.enums import EventStatus
from organiser.exporters.email import parse_message
from organiser.services import mail, outbox
from organiser.services.events import list_events
from tests.processes import REPO, env, organiser
from tests.services.mail_support import configure, smtp_server


@dataclass
class Counting:
    """Counts deliveries by Message-ID; can stall on the Nth message (to kill its sender)."""

    delay: float = 0.05
    stall_on: int = 0
    received: list[str] = field(default_factory=list)
    stalled: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        data = bytes(envelope.original_content or envelope.content)
        self.received.append(str(parse_message(data)["Message-ID"]))
        if self.stall_on and len(self.received) == self.stall_on:
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
        await asyncio.sleep(self.delay)
        return "250 2.0.0 OK"


def _queue_everything(db: Any) -> dict[int, str]:
    """Invitations for every event that has some: the outbox ids and their Message-IDs."""
    ids: dict[int, str] = {}
    for event in list_events(db):
        if event.status == EventStatus.CANCELLED:
            continue
        batch = mail.prepare(db, event.id, "invitations")
        for message_id, message in zip(outbox.queue_messages(db, batch.messages),
                                       batch.messages, strict=True):
            ids[message_id] = str(parse_message(message.data)["Message-ID"])
    return ids


def _send_to(db: str, *extra: str) -> subprocess.Popen[str]:
    """`organiser --db DB outbox send` as its own process."""
    return subprocess.Popen([sys.executable, "-m", "organiser", "--db", db, "outbox", "send",
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env(), cwd=REPO)


def _send(db_path: Path, *extra: str) -> subprocess.Popen[str]:
    return _send_to(str(db_path), *extra)


@pytest.mark.slow
def test_two_senders_at_once_send_each_message_once(demo_db, db_path: Path) -> None:
    handler = Counting()
    with smtp_server(handler) as port:  # type: ignore[arg-type]
        configure(port)
        queued = _queue_everything(demo_db)
        assert len(queued) >= 20
        senders = [_send(db_path), _send(db_path)]
        results = [s.communicate(timeout=300) for s in senders]
    for sender, (_out, err) in zip(senders, results, strict=True):
        assert sender.returncode == 0, err
    counts = collections.Counter(handler.received)
    assert sorted(counts) == sorted(queued.values())
    assert set(counts.values()) == {1}  # every message exactly once
    said = [int(out.split(" sent")[0].split()[-1]) for out, _ in results]
    assert sum(said) == len(queued)  # between them, not each
    assert {r.status.value for r in outbox.list_outbox(demo_db)} == {"sent"}


@pytest.mark.slow
def test_a_sender_killed_mid_send_leaves_may_have_been_sent(demo_db, db_path: Path) -> None:
    handler = Counting(delay=0.0, stall_on=3)
    with smtp_server(handler) as port:  # type: ignore[arg-type]
        configure(port)
        queued = _queue_everything(demo_db)
        sender = _send(db_path)
        try:
            assert handler.stalled.wait(120), "the third message never reached the server"
            sender.kill()  # SIGKILL while the server holds the third message
            sender.wait(30)
        finally:
            handler.release.set()
            if sender.poll() is None:
                sender.kill()
            sender.communicate()
        unsure_mid = handler.received[2]
        [unsure] = [r for r in outbox.list_outbox(demo_db) if r.unsure]
        assert unsure.state == "may have been sent" and unsure.status.value == "sending"
        assert queued[unsure.id] == unsure_mid
        listed = organiser("--db", str(db_path), "outbox", "list")
        assert f"{unsure.id:>5}  may have been sent" in listed.stdout

        again = organiser("--db", str(db_path), "outbox", "send")  # the rest, not that one
        assert again.returncode == 1
        assert f"message(s) {unsure.id} may have been sent already" in again.stderr
        assert "--resend-unsure" in again.stderr
        counts = collections.Counter(handler.received)
        assert counts[unsure_mid] == 1
        assert sorted(counts) == sorted(queued.values())
        assert set(counts.values()) == {1}

        resent = organiser("--db", str(db_path), "outbox", "send", "--resend-unsure")
        assert resent.returncode == 0, resent.stderr
        assert resent.stdout.startswith("1 sent")
    counts = collections.Counter(handler.received)
    assert counts[unsure_mid] == 2  # once more, because the person said so
    assert handler.received[-1] == unsure_mid  # the same Message-ID: the same message
    assert {r.status.value for r in outbox.list_outbox(demo_db)} == {"sent"}
