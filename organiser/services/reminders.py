"""Reminders of next steps: one message per person, in their language, never twice a day.

A step is reminded when it is open or in progress and due within the next N days or overdue.
It goes to its owner: the person who owns it, or, for a step owned by an organisation alone,
every contact of that organisation with an address. Each person gets one message listing all
their steps (their own, then each organisation's), overdue ones first, with due dates, in the
person's preferred language when the documents have it (English otherwise). A step reminded
today is not reminded again today unless asked (`again`): the reminders prepared are recorded
in the database with the day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.enums import MailPurpose, NextStepStatus, OutboxStatus
from organiser.core.errors import InputError
from organiser.core.i18n_docs import heading, is_right_to_left, language_of
from organiser.core.models import NextStep, NextStepReminder, OutboxMessage, Person
from organiser.core.storage import Database
from organiser.exporters.email import Mailbox, build_message, html_from_text, mailbox
from organiser.services.mail import PreparedMessage, coordinator, write_eml

ACTIVE = (NextStepStatus.OPEN, NextStepStatus.IN_PROGRESS)
DEFAULT_DAYS = 7


@dataclass(frozen=True)
class ReminderLine:
    step_id: int
    text: str
    due_date: dt.date
    status: NextStepStatus
    event_title: str


@dataclass
class Reminder:
    """One message to one person, and the steps it reminds."""

    person_id: int
    message: PreparedMessage
    step_ids: list[int]
    language: str

    def as_json(self) -> dict[str, Any]:
        return {"recipient": self.message.recipient, "name": self.message.recipient_name,
                "subject": self.message.subject, "steps": self.step_ids,
                "language": self.language}


@dataclass
class ReminderBatch:
    reminders: list[Reminder] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # no address, bad address
    already: list[int] = field(default_factory=list)  # steps reminded earlier today
    files: list[Path] = field(default_factory=list)
    queued: list[int] = field(default_factory=list)

    @property
    def messages(self) -> list[PreparedMessage]:
        return [r.message for r in self.reminders]

    def summary(self) -> str:
        steps = len({s for r in self.reminders for s in r.step_ids})
        text = (f"{len(self.reminders)} reminder{'' if len(self.reminders) == 1 else 's'} "
                f"({steps} next step{'' if steps == 1 else 's'})")
        if self.already:
            text += (f"; {len(self.already)} step{'' if len(self.already) == 1 else 's'} "
                     "already reminded today (--again to remind them anyway)")
        if self.skipped:
            text += f"; {len(self.skipped)} owner{'' if len(self.skipped) == 1 else 's'} " \
                    "without a usable address"
        return text

    def as_json(self) -> dict[str, Any]:
        return {"reminders": [r.as_json() for r in self.reminders], "skipped": self.skipped,
                "already_reminded_today": self.already, "files": [str(p) for p in self.files],
                "queued": self.queued}


def _date(value: dt.date) -> str:
    return value.isoformat()  # read the same way in every language and time zone


def _line(item: ReminderLine, language: str, today: dt.date) -> list[str]:
    if item.due_date < today:
        when = heading("reminder_overdue", language).format(
            date=_date(item.due_date), days=(today - item.due_date).days)
    elif item.due_date == today:
        when = heading("reminder_due_today", language).format(date=_date(item.due_date))
    else:
        when = heading("reminder_due", language).format(date=_date(item.due_date))
    if item.status is NextStepStatus.IN_PROGRESS:
        when += f", {heading('reminder_in_progress', language)}"
    lines = [f"- {' '.join(item.text.split())}", f"  {when}"]
    if item.event_title:
        lines.append("  " + heading("reminder_agreed_at", language).format(
            event=item.event_title))
    return lines


def _body(person: Person, sections: list[tuple[str, list[ReminderLine]]], language: str,
          today: dt.date, sender: Mailbox) -> str:
    greeting = (heading("reminder_greeting", language).format(name=person.name)
                if person.name else heading("reminder_hello", language))
    lines = [greeting, "", heading("reminder_intro", language)]
    for title, items in sections:
        lines += ["", title]
        for item in sorted(items, key=lambda i: (i.due_date, i.step_id)):
            lines += _line(item, language, today)
    lines += ["", heading("reminder_closing", language), "",
              heading("reminder_regards", language), sender.name or sender.address]
    return "\n".join(lines)


def _reminded_today(session: Any, today: dt.date) -> set[int]:
    return set(session.scalars(select(NextStepReminder.next_step_id)
                               .where(NextStepReminder.day == today)))


def prepare_reminders(db: Database, *, days: int = DEFAULT_DAYS, today: dt.date | None = None,
                      again: bool = False, sender: Mailbox | None = None) -> ReminderBatch:
    """The reminders due today (nothing is written: see `write_reminders`/`queue_reminders`)."""
    if days < 0:
        raise InputError(f"{days} is not a number of days ahead", field="--days")
    today = today or dt.date.today()
    sender = sender or coordinator()
    horizon = today + dt.timedelta(days=days)
    batch = ReminderBatch()
    # person id -> [(section title key, organisation name or "", line)]
    owed: dict[int, list[tuple[str, ReminderLine]]] = {}
    people: dict[int, Person] = {}
    with db.session() as session:
        done_today = set() if again else _reminded_today(session, today)
        steps = session.scalars(
            select(NextStep).where(NextStep.status.in_(ACTIVE), NextStep.due_date.is_not(None),
                                   NextStep.due_date <= horizon)
            .options(selectinload(NextStep.owner_person).selectinload(Person.emails),
                     selectinload(NextStep.owner_organisation),
                     selectinload(NextStep.event))
            .order_by(NextStep.due_date, NextStep.id)).all()
        for step in steps:
            if step.id in done_today:
                batch.already.append(step.id)
                continue
            assert step.due_date is not None
            line = ReminderLine(step.id, step.text, step.due_date, step.status,
                                step.event.title if step.event else "")
            owners: list[tuple[Person, str]] = []
            if step.owner_person is not None and step.owner_person.primary_email:
                owners = [(step.owner_person, "")]
            elif step.owner_organisation is not None:
                organisation = step.owner_organisation
                contacts = session.scalars(
                    select(Person).where(Person.organisation_id == organisation.id)
                    .options(selectinload(Person.emails)).order_by(Person.latin_name,
                                                                   Person.id)).all()
                owners = [(p, organisation.name) for p in contacts if p.primary_email]
                if not owners:
                    batch.skipped.append(f"{organisation.name}: no contact with an e-mail "
                                         f"address for step {step.id}")
            else:
                name = step.owner_person.name if step.owner_person else step.owner_name
                batch.skipped.append(f"{name or 'no owner'}: no e-mail address for step "
                                     f"{step.id}")
            for person, organisation_name in owners:
                people[person.id] = person
                owed.setdefault(person.id, []).append((organisation_name, line))
        for person_id, entries in owed.items():
            person = people[person_id]
            reminder = _reminder(person, entries, today, sender, batch)
            if reminder is not None:
                batch.reminders.append(reminder)
    batch.reminders.sort(key=lambda r: (r.message.recipient_name.casefold(),
                                        r.message.recipient))
    return batch


def _reminder(person: Person, entries: list[tuple[str, ReminderLine]], today: dt.date,
              sender: Mailbox, batch: ReminderBatch) -> Reminder | None:
    try:
        to = mailbox(person.name, person.primary_email, field=person.name or "address")
    except InputError as exc:
        batch.skipped.append(str(exc))
        return None
    language = language_of(person.language)
    sections: list[tuple[str, list[ReminderLine]]] = []
    own = [line for organisation, line in entries if not organisation]
    if own:
        sections.append((heading("reminder_yours", language), own))
    for organisation in dict.fromkeys(o for o, _ in entries if o):
        sections.append((heading("reminder_of", language).format(name=organisation),
                         [line for o, line in entries if o == organisation]))
    lines = [line for _, line in entries]
    overdue = sum(1 for line in lines if line.due_date < today)
    key = "reminder_subject_overdue" if overdue else "reminder_subject"
    subject = heading(key, language).format(count=len(lines), overdue=overdue)
    text = _body(person, sections, language, today, sender)
    html = html_from_text(text)
    if is_right_to_left(language):
        html = html.replace("<html>", '<html dir="rtl" lang="ar">', 1)
    message = build_message(sender=sender, to=[to], subject=subject, text=text,
                            html_body=html)
    prepared = PreparedMessage(MailPurpose.REMINDER, None, to.address, to.name, subject, message)
    return Reminder(person.id, prepared, sorted({line.step_id for line in lines}), language)


def _records(batch: ReminderBatch, today: dt.date) -> list[NextStepReminder]:
    return [NextStepReminder(next_step_id=step_id, day=today, recipient=r.message.recipient)
            for r in batch.reminders for step_id in r.step_ids]


def write_reminders(db: Database, batch: ReminderBatch, directory: str | Path,
                    today: dt.date | None = None) -> list[Path]:
    """Draft .eml files (they open ready to send), then the reminders are recorded."""
    batch.files = write_eml(batch.messages, directory)
    with db.transaction() as session:
        session.add_all(_records(batch, today or dt.date.today()))
    _log(db, batch, f"written to {directory}")
    return batch.files


def queue_reminders(db: Database, batch: ReminderBatch,
                    today: dt.date | None = None) -> list[int]:
    """Into the outbox, and recorded, in one transaction."""
    with db.transaction() as session:
        rows = [OutboxMessage(event_id=None, purpose=m.purpose, recipient=m.recipient,
                              subject=m.subject, message=m.data, status=OutboxStatus.QUEUED)
                for m in batch.messages]
        session.add_all(rows)
        session.add_all(_records(batch, today or dt.date.today()))
        session.flush()
        batch.queued = [row.id for row in rows]
    _log(db, batch, "queued in the outbox")
    return batch.queued


def _log(db: Database, batch: ReminderBatch, where: str) -> None:
    from organiser.services.sync import record

    record(db, "remind", f"{batch.summary()}, {where}", reached=True, ok=not batch.skipped)


def remind(db: Database, *, days: int = DEFAULT_DAYS, output: str | Path | None = None,
           queue: bool = False, again: bool = False, today: dt.date | None = None,
           sender: Mailbox | None = None) -> ReminderBatch:
    """Prepare the reminders and put them where asked: .eml drafts, or the outbox."""
    if (output is None) == (not queue):
        raise InputError("say where the reminders go: -o DIR for .eml files, or --queue for "
                         "the outbox (one of them)", field="nextsteps remind")
    batch = prepare_reminders(db, days=days, today=today, again=again, sender=sender)
    if not batch.reminders:
        return batch
    if output is not None:
        write_reminders(db, batch, output, today)
    else:
        queue_reminders(db, batch, today)
    return batch


__all__ = [
    "DEFAULT_DAYS",
    "Reminder",
    "ReminderBatch",
    "prepare_reminders",
    "queue_reminders",
    "remind",
    "write_reminders",
]
