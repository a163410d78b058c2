"""A realistic set of next steps for comparing reads (tests/services/test_nextsteps_read.py and
its PostgreSQL case): the demo programme plus steps of every kind of owner (a person with an
organisation, a person without one, an organisation, nobody, a person since deleted), every
status, overdue, done, without a date, of cancelled events and of no event, with and without a
line of action, and names in many scripts."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import delete, func, select

from organiser.core.addresses import address_key
from organiser.core.enums import EventKind, EventStatus, NextStepStatus
from organiser.core.models import (
    Event,
    LineOfAction,
    NextStep,
    Organisation,
    Person,
    PersonEmail,
)
from organiser.core.storage import Database

TODAY = dt.date(2026, 11, 20)

ORGANISATIONS = [("Институт закупок", "ИЗ"), ("معهد المشتريات العامة", "مم"),
                 ("公共采购研究院", ""), ("Ελληνικό Ινστιτούτο Προμηθειών", "ΕΙΠ"),
                 ("Viện Mua sắm Công", "VMSC"), ("Østergård Fonden", ""),
                 ("Straßenbau Genossenschaft", "SBG"), ("İstanbul Tedarik Ağı", "ITA"),
                 ("भारतीय खरीद संस्थान", "BKS"), ("Organisation 10", "O10"),
                 ("Organisation 2", "O2"), ("한국조달연구원", "KPPI")]
GIVEN = ["Amélie", "José", "Олег", "فاطمة", "伟", "Aïssatou", "Zeynep", "Nguyễn", "민준",
         "Ιωάννης", "Łukasz", "Þóra", "ıbrahim", "Sofía"]
FAMILY = ["Dubois", "Коваленко", "الزهراء", "张", "Yıldız", "Østergård", "김", "Văn An",
          "Παπαδόπουλος", "Wałęsa", "Guðmundsdóttir", "Hernández"]
TEXTS = ["Circulate the draft terms of reference", "Разослать проект повестки",
         "مشاركة التقرير مع الشركاء", "整理会议纪要并分发", "Gửi báo cáo cho các đối tác",
         "Überarbeitung der Leitlinien", "Ön rapor taslağını paylaş", "Προετοιμασία εγγράφου",
         "  spaces and\ttabs kept  ", "Ünïcödé façade naïve coöperation"]


def add_every_kind(db: Database, steps: int = 240) -> None:
    """Add to the demo programme (already in `db`) the organisations, people, events, lines
    and steps described above (seeded: the same every time, on SQLite and PostgreSQL)."""
    rng = random.Random(15)
    now = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
    with db.transaction() as session:
        orgs = [Organisation(name=name, acronym=acronym) for name, acronym in ORGANISATIONS]
        session.add_all(orgs)
        session.flush()
        people = []
        for n in range(40):
            given, family = rng.choice(GIVEN), rng.choice(FAMILY)
            person = Person(
                given_name=given, family_name=f"{family} {n}",
                display_name=f"{family} {given}" if n % 7 == 0 else "",
                latin_name=f"Latin Name {n}" if n % 3 == 0 else "",
                organisation_id=None if n % 5 == 0 else rng.choice(orgs).id,
                timezone="Europe/Paris")
            person.emails = [PersonEmail(address=f"p{n}.{k}@example{k}.org",
                                         address_key=address_key(f"p{n}.{k}@example{k}.org"),
                                         position=k) for k in range(n % 3)]
            people.append(person)
        session.add_all(people)
        lines = [LineOfAction(name=name, position=position) for name, position in
                 (("Évaluation des achats", 7), ("Закупки онлайн", 7), ("المشتريات", 5))]
        session.add_all(lines)
        start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
        events = [Event(title=title, kind=EventKind.WORKSHOP, start=start, end=start
                        + dt.timedelta(hours=8), timezone="Asia/Tokyo", status=status)
                  for title, status in (("Atelier régional — Dakar", EventStatus.CANCELLED),
                                        ("Семинар в Алматы", EventStatus.HELD),
                                        ("ورشة عمل القاهرة", EventStatus.PLANNED))]
        session.add_all(events)  # (the same start: ties in the event filter's order)
        session.flush()
        all_people = list(session.scalars(select(Person)))
        all_orgs = list(session.scalars(select(Organisation)))
        all_events = list(session.scalars(select(Event)))
        all_lines = list(session.scalars(select(LineOfAction)))
        without_org = [p for p in all_people if p.organisation_id is None]
        for n in range(steps):
            kind = n % 4  # a person, a person without an organisation, an organisation, none
            owner_person = (rng.choice(all_people) if kind == 0
                            else rng.choice(without_org) if kind == 1 else None)
            org = rng.choice(all_orgs) if kind == 2 else None
            owner = owner_person.name if owner_person \
                else org.name if org else rng.choice(["", "Someone"])
            status = rng.choice(list(NextStepStatus))
            due = None if n % 9 == 0 else TODAY + dt.timedelta(days=rng.randint(-60, 60))
            session.add(NextStep(
                text=f"{rng.choice(TEXTS)} {n}",
                owner_person_id=owner_person.id if owner_person else None,
                owner_organisation_id=org.id if org else None, owner_name=owner,
                due_date=due, status=status,
                event_id=rng.choice(all_events).id if n % 6 else None,
                line_of_action_id=rng.choice(all_lines).id if n % 2 else None,
                done_at=now - dt.timedelta(days=n % 30, minutes=n)
                if status is NextStepStatus.DONE else None))
    # a person who owned steps is deleted: the steps keep the name, not the link
    with db.transaction() as session:
        gone = session.scalar(select(NextStep.owner_person_id)
                              .where(NextStep.owner_person_id.is_not(None))
                              .group_by(NextStep.owner_person_id)
                              .order_by(func.count().desc(), NextStep.owner_person_id))
        session.execute(delete(PersonEmail).where(PersonEmail.person_id == gone))
        session.delete(session.get(Person, gone))
