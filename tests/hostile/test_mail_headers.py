"""Finding 1: names and titles are text in mail headers, never encoded words or addresses."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest

from organiser.exporters.email import build_message, mailbox, message_bytes
from tests.services.mail_support import configure, free_port

INJECT_TITLE = "=?utf-8?q?Hi=0D=0ABcc=3A_attacker=40evil=2Eexample?="
INJECT_NAME = "=?utf-8?q?attacker=40evil=2Eexample?="
HOSTILE_NAMES = [
    INJECT_NAME,
    "=?utf-8?b?YXR0YWNrZXJAZXZpbC5leGFtcGxl?=",  # base64 of attacker@evil.example
    '"=?utf-8?q?attacker=40evil=2Eexample?=" <attacker@evil.example>',
    "x@evil.example, y@evil.example",
    "Ana <ana@evil.example>",
    'quote " and back\\slash',
    "Ольга =?utf-8?q?=0D=0ABcc:_a@b.example?= Ивановна",
    "=?" * 80,
]


def _parse(data: bytes):  # type: ignore[no-untyped-def]
    return message_from_bytes(data, policy=policy.default)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_display_names_read_back_literally(name: str) -> None:
    to = mailbox(name, "bob@partner.example")
    message = build_message(sender=mailbox(name, "me@org.example"), to=[to],
                            subject=INJECT_TITLE, text="Hello")
    parsed = _parse(message_bytes(message))
    assert parsed.get_all("Bcc") is None
    assert str(parsed["Subject"]) == INJECT_TITLE
    assert [(a.display_name, a.addr_spec) for a in parsed["To"].addresses] == \
        [(name, "bob@partner.example")]
    assert [(a.display_name, a.addr_spec) for a in parsed["From"].addresses] == \
        [(name, "me@org.example")]
    assert sorted(parsed.keys()) == sorted(
        ["Subject", "From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"])


def test_invitation_eml_through_the_cli_keeps_encoded_words_literal(
        cli, db, tmp_path: Path) -> None:
    configure(free_port())
    csv = tmp_path / "people.csv"
    csv.write_text(f"Name,E-mail\n{INJECT_NAME},bob@partner.example\n", encoding="utf-8")
    assert cli("contacts", "import", str(csv)).code == 0
    event = cli("events", "add", "--title", INJECT_TITLE, "--kind", "workshop", "--start",
                "2027-03-01T09:00", "--end", "2027-03-01T17:00", "--tz", "Europe/Paris")
    assert event.code == 0, event.err
    event_id = event.out.strip()
    assert cli("invite", event_id, "--email", "bob@partner.example").code == 0
    out = tmp_path / "mail"
    result = cli("mail", event_id, "--what", "invitations", "-o", str(out))
    assert result.code == 0, result.err
    [eml] = out.glob("*.eml")
    parsed = _parse(eml.read_bytes())
    assert parsed.get_all("Bcc") is None and parsed.get_all("Cc") is None
    assert INJECT_TITLE in str(parsed["Subject"])
    assert [(a.display_name, a.addr_spec) for a in parsed["To"].addresses] == \
        [(INJECT_NAME, "bob@partner.example")]
