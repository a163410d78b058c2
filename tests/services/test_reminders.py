"""Next-step reminders: one message per owner, in their language, never twice the same day."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from organiser.core.models import NextStep, Organisation, OutboxMessage, Person
from tests.services.mail_support import COORDINATOR, configure, free_port

TODAY = dt.date(2026, 11, 20)


@pytest.fixture(autouse=True)
def coordinator() -> None:
    configure(free_port())


def parse(data: bytes) -> EmailMessage:
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage) and not message.defects
    return message


def text_of(message: EmailMessage) -> str:
    body = message.get_body(("plain",))
    assert body is not None
    return str(body.get_content())


def by_recipient(paths: list[Path]) -> dict[str, EmailMessage]:
    messages = [parse(p.read_bytes()) for p in paths]
    return {m["To"].addresses[0].addr_spec: m for m in messages}


def test_one_draft_per_owner_in_their_language_with_due_dates(demo_db: Any,
                                                               tmp_path: Path) -> None:
    from organiser.services.reminders import remind

    with demo_db.transaction() as session:  # Grace reads Arabic
        session.execute(update(Person).where(Person.given_name == "Grace")
                        .values(language="ar"))
    batch = remind(demo_db, days=14, output=tmp_path / "out", today=TODAY)
    mails = by_recipient(batch.files)
    # overdue: Grace (6 Nov), Rafael (10 Nov, in progress); within 14 days: Élodie (1 Dec);
    # Lucía (15 Dec) and the steps of 2027 are not due yet; done steps never
    assert set(mails) == {"g.wanjiru@bank.example", "r.ortiz@bank.example",
                          "elodie.marchand@oecd-dac.example"}
    for message in mails.values():
        assert message["X-Unsent"] == "1"  # a draft, ready to check and send
        assert message["From"].addresses[0].addr_spec == COORDINATOR[1]

    elodie = mails["elodie.marchand@oecd-dac.example"]
    assert elodie["Subject"] == "Prochaines étapes : 1 à suivre"
    body = text_of(elodie)
    assert body.startswith("Bonjour Élodie Marchand,")
    assert "Share the Task Force's benchmarking" in body and "échéance le 2026-12-01" in body

    rafael = text_of(mails["r.ortiz@bank.example"])  # Spanish: not in the documents, English
    assert mails["r.ortiz@bank.example"]["Subject"] == \
        "Next steps: 1 to follow up, 1 overdue"
    assert "overdue since 2026-11-10 (10 days), in progress" in rafael
    assert "agreed at: " in rafael

    grace = mails["g.wanjiru@bank.example"]
    assert grace["Subject"] == "الخطوات التالية: 1 للمتابعة، منها 1 متأخرة"
    assert "متأخرة منذ 2026-11-06 (14 يومًا)" in text_of(grace)
    html = grace.get_body(("html",))
    assert html is not None and 'dir="rtl"' in str(html.get_content())


def test_never_twice_the_same_day_unless_asked(demo_db: Any, tmp_path: Path) -> None:
    from organiser.services.reminders import remind

    first = remind(demo_db, days=14, output=tmp_path / "a", today=TODAY)
    assert len(first.reminders) == 3
    second = remind(demo_db, days=14, output=tmp_path / "b", today=TODAY)
    assert second.reminders == [] and sorted(second.already) == sorted(
        s for r in first.reminders for s in r.step_ids)
    assert not (tmp_path / "b").exists()
    assert "already reminded today" in second.summary()
    again = remind(demo_db, days=14, output=tmp_path / "c", today=TODAY, again=True)
    assert len(again.reminders) == 3
    tomorrow = remind(demo_db, days=14, output=tmp_path / "d",
                      today=TODAY + dt.timedelta(days=1))
    assert len(tomorrow.reminders) == 3


def test_an_organisation_step_goes_to_its_contacts_in_one_message_each(
        demo_db: Any, tmp_path: Path) -> None:
    from organiser.services.reminders import remind

    batch = remind(demo_db, days=90, output=tmp_path, today=TODAY)
    mails = by_recipient(batch.files)
    with demo_db.session() as session:
        itag = session.scalars(select(Organisation).where(
            Organisation.name == "International Technical Advisory Group")).one()
        contacts = {p.primary_email for p in itag.people if p.primary_email}
        step = session.scalars(select(NextStep).where(
            NextStep.owner_organisation_id == itag.id, NextStep.owner_person_id.is_(None))).one()
    assert contacts <= set(mails)
    for address in contacts:
        body = text_of(mails[address])
        assert "Next steps of International Technical Advisory Group" in body
        assert step.text.split()[0] in body
    # one message per person, even with steps of their own and of their organisation
    assert len(mails) == len(batch.files)


def test_queue_puts_them_in_the_outbox_and_records_them_together(demo_db: Any) -> None:
    from organiser.services.reminders import remind
    from organiser.services.sync import sync_log

    batch = remind(demo_db, days=14, queue=True, today=TODAY)
    with demo_db.session() as session:
        rows = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()
        assert [r.id for r in rows] == batch.queued and len(rows) == 3
        assert {r.purpose for r in rows} == {"reminder"}
        for row in rows:
            assert parse(bytes(row.message))["X-Unsent"] is None  # sent mail is no draft
    assert sync_log(demo_db)[0].kind == "remind"
    assert remind(demo_db, days=14, queue=True, today=TODAY).reminders == []


def test_cli_remind(demo_db: Any, cli: Any, tmp_path: Path) -> None:
    result = cli("nextsteps", "remind", "--days", "1000", "-o", str(tmp_path / "out"),
                 "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["reminders"] and len(data["files"]) == len(data["reminders"])
    for path in data["files"]:
        assert parse(Path(path).read_bytes())["X-Unsent"] == "1"
    again = cli("nextsteps", "remind", "--days", "1000", "-o", str(tmp_path / "out2"))
    assert again.code == 0 and "already reminded today" in again.out
    from organiser.core.logs import log_file

    lines = log_file().read_text(encoding="utf-8").splitlines()
    assert any("organiser.sync: remind:" in line and "written to" in line for line in lines)
    usage = cli("nextsteps", "remind")
    assert usage.code == 2 and "-o" in usage.err
