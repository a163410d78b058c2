"""Helpers for the PDF tests: an event with names in every script, text read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

from organiser.core.enums import AttendanceStatus, NextStepStatus
from organiser.core.models import (
    Attendance,
    Decision,
    Event,
    NextStep,
    Organisation,
    Person,
)
from organiser.core.storage import Database

EVENT_ID = 3  # the demo's "Information sharing with the OECD/DAC Task Force and ITAG" (held)
MALICIOUS = ['Zoë <b>Bold</b> & Sons', '&amp; <font name="Courier">Font</font>',
             '<para>Evil</para> O\'Brien', 'Tag <br/> <img src="x"/>']
ARABIC_MINUTES = ("ناقش المشاركون إنشاء منهج تدريبي مشترك مع المعاهد الإقليمية، واتفقوا على أن "
                  "يبدأ العمل بمعهدين تجريبيين قبل نهاية العام، وأن تعرض النتائج الأولى في "
                  "ورشة العمل القادمة في أنقرة مع خطة للتوسع إلى بقية الشبكة")
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalise(text: str) -> str:
    """pdftotext output made comparable: presentation forms folded (NFKC), bidi marks gone,
    white space collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = _BIDI_CONTROLS.sub("", text)
    return " ".join(text.split())


def pdf_text(data: bytes, tmp_path: Path, *args: str) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    result = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                            check=True)
    return result.stdout.decode("utf-8")


def enrich(db: Database) -> dict[str, list[str]]:
    """Walk-ins in every script, malicious names, an Arabic discussion, more outcomes."""
    names: list[str] = []
    with db.transaction() as session:
        event = session.get(Event, EVENT_ID)
        assert event is not None
        org = Organisation(name="Coalition <Watch> & Partners")
        session.add(org)
        walk_in_keys = ["Шевченко", "حسن", "王", "김", "Nguyễn Văn"]
        people = session.query(Person).all()
        for person in people:
            if person.family_name in walk_in_keys:
                event.attendances.append(Attendance(person=person, walk_in=True,
                                                    status=AttendanceStatus.PRESENT))
        for bad in MALICIOUS:
            person = Person(display_name=bad, organisation=org)
            session.add(person)
            event.attendances.append(Attendance(person=person, walk_in=True,
                                                status=AttendanceStatus.LATE))
        session.flush()
        names = [a.person.name for a in event.attendances]
        event.agenda_items[1].minutes = ARABIC_MINUTES
        event.decisions.append(Decision(text="Le réseau adopte une charte <provisoire> & "
                                             "ouverte.", position=5))
        steps = [
            NextStep(text="Переслать методологию всем институтам", owner_name="Олена Шевченко",
                     due_date=dt.date(2026, 12, 20), event=event),
            NextStep(text="إعداد مسودة المنهج", owner_name="أحمد حسن",
                     due_date=dt.date(2027, 1, 15), event=event),
            NextStep(text="翻译培训材料", owner_name="王芳", due_date=dt.date(2027, 2, 1),
                     event=event, status=NextStepStatus.IN_PROGRESS),
        ]
        session.add_all(steps)
        decisions = [d.text for d in event.decisions]
        next_steps = [s.text for s in session.query(NextStep)
                      .filter(NextStep.event_id == EVENT_ID)]
    return {"names": names, "decisions": decisions, "next_steps": next_steps}
