"""One mailbox, one key: an international domain in Unicode (`d@пример.рф`) and in its ASCII
(IDNA) form (`d@xn--e1afmkfd.xn--p1ai`) is one address for the import, the person form, the
duplicates view, invitations and replies alike (core.addresses.address_key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.core.addresses import address_key
from organiser.core.enums import EventStatus
from organiser.core.errors import InputError, NotFoundError
from organiser.core.people import PersonData
from organiser.services.contacts_import import apply_import, plan_import, read_contact_file
from organiser.services.events import list_events
from organiser.services.invitations import invite, list_invitations, uninvite
from organiser.services.people import list_people, save_person, validate_person

UNICODE = "dmitri@пример.рф"
PUNYCODE = "dmitri@xn--e1afmkfd.xn--p1ai"


@pytest.mark.parametrize(("one", "other"), [
    (UNICODE, PUNYCODE), ("Dmitri@ПРИМЕР.РФ", PUNYCODE), (UNICODE, "DMITRI@XN--E1AFMKFD.XN--P1AI"),
    (" dmitri@пример.рф. ", PUNYCODE), ("ayse@örnek.com.tr", "Ayse@xn--rnek-4qa.com.tr"),
    ("li@例え.jp", "LI@xn--r8jz45g.jp"), ("Amina@Partner.example", "amina@partner.example"),
])
def test_spellings_of_one_mailbox_share_a_key(one: str, other: str) -> None:
    assert address_key(one) == address_key(other)


@pytest.mark.parametrize(("one", "other"), [
    (UNICODE, "dmitri@пример.рус"), ("dmitri@пример.рф", "dmitry@пример.рф"),
    ("a@b.example", "a@b.example.org"),
])
def test_other_mailboxes_keep_other_keys(one: str, other: str) -> None:
    assert address_key(one) != address_key(other)


# IDNA 2008 / UTS #46 non-transitional (.de, .gr, browsers, mail clients): ß, a final ς and
# the joiners are letters of their own, so these are other domains, with other owners; IDNA
# 2003 (Python's "idna" codec) mapped them away and made one key of two mailboxes
@pytest.mark.parametrize(("address", "ascii_form", "idna2003_form"), [
    ("anna@straße.de", "anna@xn--strae-oqa.de", "anna@strasse.de"),
    ("Anna@STRAßE.de", "anna@xn--strae-oqa.de", "anna@strasse.de"),
    ("eleni@ελληνικός.gr", "eleni@xn--qxaegecap6byf.gr", "eleni@xn--qxaegecap4c9d.gr"),
    ("sara@نامه\u200cای.ir", "sara@xn--mgba3gch31f060k.ir", "sara@xn--mgba3gch31f.ir"),
    ("ravi@क्\u200dष.in", "ravi@xn--11b2ezcw70k.in", "ravi@xn--11b2ezc.in"),
])
def test_idna_2008_letters_keep_their_own_domain(address: str, ascii_form: str,
                                                 idna2003_form: str) -> None:
    assert address_key(address) == address_key(ascii_form) == ascii_form
    assert address_key(address) != address_key(idna2003_form)


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "contacts.csv"
    path.write_text("First Name,Last Name,E-mail Address\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("stored", "in_file"), [(UNICODE, PUNYCODE), (PUNYCODE, UNICODE)])
def test_import_finds_the_stored_person_under_the_other_spelling(
        db, tmp_path: Path, stored: str, in_file: str) -> None:
    first = save_person(db, PersonData(given_name="Dmitri", family_name="Orlov",
                                       emails=[stored]))
    path = _csv(tmp_path, [f"Дмитрий,Орлов,{in_file.upper()}"])
    plan = plan_import(db, read_contact_file(path), "contacts.csv")
    [row] = plan.rows
    assert row.match_id == first and "same address as Dmitri Orlov" in row.message
    apply_import(db, read_contact_file(path), "contacts.csv")
    [person] = list_people(db)
    assert person.emails == (stored,)  # the known spelling stays; no second address


def test_a_file_with_both_spellings_holds_one_person(db, tmp_path: Path) -> None:
    path = _csv(tmp_path, [f"Dmitri,Orlov,{UNICODE}", f"D.,Orlov,{PUNYCODE}",
                           "Ayşe,Kaya,\"ayse@örnek.com.tr; AYSE@xn--rnek-4qa.com.tr\""])
    plan = plan_import(db, read_contact_file(path), "contacts.csv")
    assert [r.outcome for r in plan.rows] == ["new", "duplicate", "new"]
    assert plan.rows[1].message == "duplicate of line 2 in this file"
    assert plan.rows[2].record.emails == ["ayse@örnek.com.tr"]


def test_person_form_says_the_other_spelling_is_already_someones(db) -> None:
    first = save_person(db, PersonData(given_name="Dmitri", family_name="Orlov",
                                       emails=[UNICODE]))
    with pytest.raises(InputError) as caught:
        save_person(db, PersonData(given_name="D.", family_name="Orlov", emails=[PUNYCODE]))
    assert caught.value.field == "emails"
    assert f"already the address of Dmitri Orlov (#{first})" in caught.value.message
    problems = validate_person(PersonData(family_name="Orlov", emails=[UNICODE, PUNYCODE]))
    assert problems == {"emails": f"{PUNYCODE} is listed twice"}
    assert len(list_people(db)) == 1


def test_invitation_and_removal_by_the_other_spelling_reach_the_stored_person(
        demo_db) -> None:
    person_id = save_person(demo_db, PersonData(given_name="Dmitri", family_name="Orlov",
                                                emails=[UNICODE]))
    people = len(list_people(demo_db))
    event_id = next(e.id for e in list_events(demo_db) if e.status == EventStatus.PLANNED)
    invite(demo_db, event_id, emails=[PUNYCODE])
    assert len(list_people(demo_db)) == people  # nobody new for the punycode spelling
    assert person_id in {i.person_id for i in list_invitations(demo_db, event_id)}
    assert invite(demo_db, event_id, emails=[UNICODE.upper()]).already
    [removed] = uninvite(demo_db, event_id, ["DMITRI@XN--E1AFMKFD.XN--P1AI"])
    assert removed.name == "Dmitri Orlov"
    assert person_id not in {i.person_id for i in list_invitations(demo_db, event_id)}
    with pytest.raises(NotFoundError) as caught:
        uninvite(demo_db, event_id, [UNICODE])
    assert caught.value.message.endswith(": dmitri@пример.рф")  # as typed, not as its key
