"""Addresses with letters outside ASCII: one rule from input to the wire.

A non-ASCII part before the @ (`jürgen@…`, `дмитрий@…`) needs SMTPUTF8 (RFC 6531) all the way
to the recipient, which many organisations' servers lack, and it cannot be downgraded; the
mail builder refuses it, so every way in (contact file, person form, invitation by address)
refuses it too, at once, naming the file and line or the field. An international domain
(`пример.рф`) is fine: it goes out in its ASCII (IDNA) form.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from organiser.core.enums import EventStatus
from organiser.core.errors import InputError
from organiser.core.people import PersonData
from organiser.services import mail, outbox
from organiser.services.contacts_import import apply_import, plan_import, read_contact_file
from organiser.services.events import list_events
from organiser.services.invitations import invite
from organiser.services.people import list_people, save_person, validate_person
from tests.services.mail_support import Handler, configure, free_port, smtp_server

NON_ASCII_LOCAL = ["jürgen@example.org", "дмитрий@пример.рф", "田中@example.jp"]


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "contacts.csv"
    path.write_text("First Name,Last Name,E-mail Address\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("address", NON_ASCII_LOCAL)
def test_import_refuses_a_non_ascii_local_part_naming_file_line_and_field(
        db, tmp_path: Path, address: str) -> None:
    path = _csv(tmp_path, ["Ama,Owusu,ama@example.org", f"Jürgen,Müller,{address}"])
    plan = plan_import(db, read_contact_file(path), "contacts.csv")
    assert [r.outcome for r in plan.rows] == ["new", "error"]
    line = plan.error_lines()[0]
    assert line.startswith("contacts.csv:3: ")
    assert address in line and "e-mail" in line and "before the @" in line
    with pytest.raises(InputError, match="nothing was imported"):
        apply_import(db, read_contact_file(path), "contacts.csv")
    assert list_people(db) == []


def test_person_form_refuses_a_non_ascii_local_part_in_the_emails_field(db) -> None:
    data = PersonData(given_name="Дмитрий", family_name="Орлов",
                      emails=["d.orlov@example.org", "дмитрий@пример.рф"])
    problems = validate_person(data)
    assert set(problems) == {"emails"}
    assert "дмитрий@пример.рф" in problems["emails"]
    assert "before the @" in problems["emails"]
    with pytest.raises(InputError):
        save_person(db, data)
    assert list_people(db) == []


def test_invitation_by_address_refuses_a_non_ascii_local_part(demo_db) -> None:
    event_id = next(e.id for e in list_events(demo_db) if e.status == EventStatus.PLANNED)
    with pytest.raises(InputError, match="before the @") as caught:
        invite(demo_db, event_id, emails=["jürgen@example.org"])
    assert caught.value.field == "email"
    assert caught.value.message.count("jürgen@example.org") == 1  # said once, with the why


def test_international_domain_goes_out_in_ascii_in_mail_calendar_and_envelope(
        demo_db, tmp_path: Path) -> None:
    configure(free_port())
    path = _csv(tmp_path, ["Dmitri,Orlov,dmitri@пример.рф"])
    apply_import(demo_db, read_contact_file(path), "contacts.csv")
    person = next(p for p in list_people(demo_db) if p.family_name == "Orlov")
    assert person.emails == ("dmitri@пример.рф",)  # kept as typed; the wire form is derived
    event_id = next(e.id for e in list_events(demo_db) if e.status == EventStatus.PLANNED)
    invite(demo_db, event_id, person_ids=[person.id])
    batch = mail.prepare(demo_db, event_id, "invitations")
    message = next(m for m in batch.messages if "xn--" in m.recipient)
    assert message.recipient == "dmitri@xn--e1afmkfd.xn--p1ai"
    from organiser.exporters.email import parse_message

    parsed = parse_message(message.data)
    assert [a.addr_spec for a in parsed["To"].addresses] == ["dmitri@xn--e1afmkfd.xn--p1ai"]
    inline = next(p for p in parsed.walk() if p.get_content_type() == "text/calendar")
    attendees = [str(a) for a in Calendar.from_ical(inline.get_content())
                 .walk("VEVENT")[0].get("ATTENDEE")]
    # RFC 5545 CAL-ADDRESS is a URI (ASCII, RFC 3986): the domain in its IDNA form, the same
    # text as the To: header, so the recipient's client finds itself among the attendees
    assert "mailto:dmitri@xn--e1afmkfd.xn--p1ai" in attendees
    assert all(a.isascii() for a in attendees)
    ids = outbox.queue_messages(demo_db, [message])
    handler = Handler()
    with smtp_server(handler) as port:
        configure(port)
        report = outbox.send_outbox(demo_db)
    assert report.sent == ids and not report.failed
    assert handler.received[0].rcpt_tos == ["dmitri@xn--e1afmkfd.xn--p1ai"]


def test_a_reply_giving_back_the_ascii_domain_finds_its_invitation(
        demo_db, tmp_path: Path) -> None:
    from organiser.core.enums import Reply
    from organiser.services.invitations import list_invitations
    from organiser.services.replies import import_reply_file
    from tests.importers.reply_support import exported_values, reply_ics

    configure(free_port())
    apply_import(demo_db, read_contact_file(_csv(tmp_path, ["Dmitri,Orlov,dmitri@пример.рф"])),
                 "contacts.csv")
    person = next(p for p in list_people(demo_db) if p.family_name == "Orlov")
    event_id = next(e.id for e in list_events(demo_db) if e.status == EventStatus.PLANNED)
    invite(demo_db, event_id, person_ids=[person.id])
    values = exported_values(demo_db, event_id, "dmitri@xn--e1afmkfd.xn--p1ai", "Dmitri Orlov")
    reply = tmp_path / "reply.ics"
    reply.write_text(reply_ics(values), encoding="utf-8", newline="")
    result = import_reply_file(demo_db, reply)
    assert result.applied, result.line
    mine = next(i for i in list_invitations(demo_db, event_id) if i.person_id == person.id)
    assert mine.reply == Reply.ACCEPTED


@pytest.mark.parametrize(("address", "wire"), [
    # IDNA 2008 (UTS #46 non-transitional): strasse.de and xn--qxaegecap4c9d.gr, what IDNA
    # 2003 wrote, are other people's domains
    ("anna@straße.de", "anna@xn--strae-oqa.de"),
    ("eleni@ελληνικός.gr", "eleni@xn--qxaegecap6byf.gr"),
])
def test_sharp_s_and_final_sigma_go_to_their_own_domain(
        demo_db, tmp_path: Path, address: str, wire: str) -> None:
    configure(free_port())
    apply_import(demo_db, read_contact_file(_csv(tmp_path, [f"Anna,Weiß,{address}"])),
                 "contacts.csv")
    person = next(p for p in list_people(demo_db) if p.family_name == "Weiß")
    event_id = next(e.id for e in list_events(demo_db) if e.status == EventStatus.PLANNED)
    invite(demo_db, event_id, person_ids=[person.id])
    batch = mail.prepare(demo_db, event_id, "invitations")
    message = next(m for m in batch.messages if m.recipient.startswith(address[:4]))
    assert message.recipient == wire
    from organiser.exporters.email import parse_message

    parsed = parse_message(message.data)
    assert [a.addr_spec for a in parsed["To"].addresses] == [wire]
    inline = next(p for p in parsed.walk() if p.get_content_type() == "text/calendar")
    attendees = [str(a) for a in Calendar.from_ical(inline.get_content())
                 .walk("VEVENT")[0].get("ATTENDEE")]
    assert f"mailto:{wire}" in attendees
    ids = outbox.queue_messages(demo_db, [message])
    handler = Handler()
    with smtp_server(handler) as port:
        configure(port)
        report = outbox.send_outbox(demo_db)
    assert report.sent == ids and not report.failed
    assert handler.received[0].rcpt_tos == [wire]


# IDNA 2003 wrote these (xn--n3h.net; ab.de, the joiner dropped): IDNA 2008 has no such domain
@pytest.mark.parametrize("address", ["ana@☃.net", "ana@a\u200db.de"])
def test_a_domain_idna_2008_refuses_is_refused_naming_the_domain(db, address: str) -> None:
    from organiser.core.addresses import address_problem

    problem = address_problem(address) or ""
    assert "the domain after @" in problem and repr(address) in problem
    problems = validate_person(PersonData(given_name="Ana", family_name="Lima",
                                          emails=[address]))
    assert problems.get("emails")
