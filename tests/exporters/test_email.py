"""The MIME messages: structure mail clients expect, encoded headers, no header injection."""

from __future__ import annotations

import pytest

from organiser.core.errors import InputError
from organiser.exporters.email import (
    Attachment,
    build_message,
    clean_header_text,
    mailbox,
    message_bytes,
    parse_message,
    validate_address,
)

CALENDAR = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\n"
            "BEGIN:VEVENT\r\nUID:1@x\r\nSUMMARY:Atelier régional — Київ\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n").encode()


def _invitation(**overrides: object) -> bytes:
    options: dict[str, object] = {
        "sender": mailbox("Élodie Marchand", "elodie@oecd-dac.example"),
        "to": [mailbox("Олена Шевченко", "o.shevchenko@kipz.example")],
        "subject": "Invitation: Atelier régional — 中国政府采购",
        "text": "Dear Олена,\n\nSee https://meet.example/a?b=1&c=2 for details.",
        "calendar": CALENDAR,
    }
    options.update(overrides)
    return message_bytes(build_message(**options))  # type: ignore[arg-type]


def test_invitation_has_the_structure_outlook_and_gmail_expect() -> None:
    data = _invitation()
    assert data.isascii(), "the message must be 7-bit clean for any server"
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    message = parse_message(data)
    assert message.get_content_type() == "multipart/mixed"
    alternative, attachment = message.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    parts = list(alternative.iter_parts())
    kinds = [part.get_content_type() for part in parts]
    assert kinds == ["text/plain", "text/html", "text/calendar"]
    inline = parts[2]
    assert inline.get_param("method") == "REQUEST"
    assert inline.get_content_charset() == "utf-8"
    assert "SUMMARY:Atelier régional — Київ" in inline.get_content()
    assert attachment.get_content_type() == "application/ics"
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_content() == CALENDAR
    html = parts[1].get_content()
    assert '<a href="https://meet.example/a?b=1&amp;c=2">' in html
    assert "Dear Олена" in parts[0].get_content()


def test_non_ascii_names_are_encoded_words_and_decode_back() -> None:
    data = _invitation()
    head = data.split(b"\r\n\r\n", 1)[0]
    assert b"=?utf-8?" in head
    message = parse_message(data)
    assert message["Subject"] == "Invitation: Atelier régional — 中国政府采购"
    assert message["From"].addresses[0].display_name == "Élodie Marchand"
    assert message["To"].addresses[0].display_name == "Олена Шевченко"
    assert message["To"].addresses[0].addr_spec == "o.shevchenko@kipz.example"
    assert message["Message-ID"].endswith("@oecd-dac.example>")
    assert message["Date"]


def test_cancel_method_and_pdf_attachment() -> None:
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
    data = _invitation(calendar_method="cancel", calendar_filename="Atelier: régional.ics",
                       attachments=[Attachment("Minutes – Atelier.pdf", pdf, "application/pdf")])
    message = parse_message(data)
    inline = list(next(message.iter_parts()).iter_parts())[2]
    assert inline.get_param("method") == "CANCEL"
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["Atelier - régional.ics",
                                                        "Minutes – Atelier.pdf"]
    assert attachments[1].get_content_type() == "application/pdf"
    assert attachments[1].get_content() == pdf


def test_plain_message_is_just_text_and_html() -> None:
    message = parse_message(_invitation(calendar=None))
    assert message.get_content_type() == "multipart/alternative"
    assert list(message.iter_attachments()) == []


@pytest.mark.parametrize("field", ["subject", "name"])
def test_no_header_injection_through_subject_or_name(field: str) -> None:
    evil = "Workshop\r\nBcc: spy@evil.example\r\nX-Injected: yes"
    if field == "subject":
        data = _invitation(subject=evil)
    else:
        data = _invitation(to=[mailbox(evil, "o.shevchenko@kipz.example")])
    message = parse_message(data)
    assert message["Bcc"] is None and message["X-Injected"] is None
    assert [a.addr_spec for a in message["To"].addresses] == ["o.shevchenko@kipz.example"]
    head = data.split(b"\r\n\r\n", 1)[0].decode()
    assert "\r\nBcc:" not in head and "\r\nX-Injected:" not in head


@pytest.mark.parametrize("address", [
    "spy@evil.example\r\nBcc: other@evil.example",
    "a@b.example, c@d.example",
    "Name <a@b.example>",
    "no-at-sign.example",
    "two@@ats.example",
    "a@localhost",
    "a@-bad-.example",
    ".dot@start.example",
    "double..dot@x.example",
    "",
    "   ",
    "олена@kipz.example",
])
def test_bad_addresses_are_refused_with_the_field(address: str) -> None:
    with pytest.raises(InputError) as info:
        validate_address(address, field="Олена Шевченко")
    assert info.value.field == "Олена Шевченко"


def test_good_addresses_pass_and_international_domains_become_ascii() -> None:
    assert validate_address("  o.shevchenko+work@kipz.example ") == \
        "o.shevchenko+work@kipz.example"
    assert validate_address("li.ming@例子.中国") == "li.ming@xn--fsqu00a.xn--fiqs8s"
    assert validate_address("O'Brien@Example.ORG") == "O'Brien@Example.ORG"


def test_clean_header_text_flattens_every_line_break() -> None:
    assert clean_header_text("a\r\nb\u2028c\x00d\te") == "a b c d e"


def test_long_subject_has_no_leading_space_after_folding() -> None:
    subject = "Updated invitation: Information sharing with the regional training institutes"
    data = _invitation(subject=subject)
    assert parse_message(data)["Subject"] == subject
    assert all(len(line) <= 998 for line in data.split(b"\r\n"))
