"""The demo programme: the first year of Strengthening Coalitions for Procurement Reform."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from organiser.core.db import Base
from organiser.core.enums import (
    AgendaKind,
    AttendanceStatus,
    BudgetCategory,
    EventKind,
    EventStatus,
    NextStepStatus,
    OrgKind,
    Reply,
    Role,
)
from organiser.core.errors import InputError
from organiser.core.models import (
    AgendaItem,
    Attendance,
    Board,
    BudgetLine,
    BudgetStatedTotal,
    Decision,
    Event,
    Idea,
    Invitation,
    LineOfAction,
    NextStep,
    NextStepChange,
    Organisation,
    Person,
    PersonEmail,
    Programme,
    Tag,
    Theme,
    Vote,
)
from organiser.core.storage import Database
from organiser.core.text import email_key, nfc

PROGRAMME = "Strengthening Coalitions for Procurement Reform"
_NS = uuid.UUID("6f1c2d0e-5b7a-4c3e-9a51-0d4e2f7c8b90")
# A fixed instant for every creation time, so that two runs give the same database.
_SEEDED_AT = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.UTC)

LINES_OF_ACTION = [
    ("LAW", "Law and regulatory reform"),
    ("CAP", "Implementation capacity"),
    ("MON", "Media/CSO monitoring"),
    ("EGP", "E-procurement"),
]

# (key, name, acronym, kind, country)
ORGANISATIONS = [
    ("opcpr", "Procurement Policy Unit (OPCPR)", "OPCPR", OrgKind.BANK_UNIT, "United States"),
    ("rps", "Regional Procurement Specialists", "RPS", OrgKind.BANK_UNIT, "Kenya"),
    ("dac", "OECD/DAC Task Force on Procurement", "TFP", OrgKind.INTERNATIONAL_PARTNER, "France"),
    ("itag", "International Technical Advisory Group", "ITAG", OrgKind.INTERNATIONAL_PARTNER,
     "Ghana"),
    ("irfm", "Institut régional de formation en passation des marchés", "IRFM",
     OrgKind.TRAINING_INSTITUTE, "Sénégal"),
    ("kipz", "Київський інститут публічних закупівель", "КІПЗ", OrgKind.TRAINING_INSTITUTE,
     "Україна"),
    ("eaip", "Евразийский институт закупок", "ЕАИЗ", OrgKind.TRAINING_INSTITUTE, "Қазақстан"),
    ("aip", "المعهد العربي للمشتريات العامة", "AIPP", OrgKind.TRAINING_INSTITUTE, "مصر"),
    ("cgpt", "中国政府采购培训中心", "CGPTC", OrgKind.TRAINING_INSTITUTE, "China"),
    ("ilcp", "Instituto Latinoamericano de Compras Públicas", "ILCP", OrgKind.TRAINING_INSTITUTE,
     "Chile"),
    ("ibcp", "Instituto Brasileiro de Contratações Públicas", "IBCP", OrgKind.TRAINING_INSTITUTE,
     "Brasil"),
    ("pnpi", "Pacific Northwest Procurement Institute", "PNPI", OrgKind.TRAINING_INSTITUTE,
     "United States"),
    ("imcp", "Instituto Mexicano de Contratación Pública", "IMCP", OrgKind.TRAINING_INSTITUTE,
     "México"),
    ("nipp", "National Institute of Public Procurement", "NIPP", OrgKind.TRAINING_INSTITUTE,
     "India"),
    ("kpti", "한국조달연수원", "KPTI", OrgKind.TRAINING_INSTITUTE, "대한민국"),
    ("eapi", "East African Procurement Institute", "EAPI", OrgKind.TRAINING_INSTITUTE, "Kenya"),
    ("sapt", "Southern African Procurement Training Institute", "SAPTI",
     OrgKind.TRAINING_INSTITUTE, "South Africa"),
    ("kiee", "Kamu İhale Eğitim Enstitüsü", "KİEE", OrgKind.TRAINING_INSTITUTE, "Türkiye"),
    ("vnpi", "Viện Đào tạo Đấu thầu Việt Nam", "VNPI", OrgKind.TRAINING_INSTITUTE, "Việt Nam"),
    ("pwn", "Procurement Watch Network", "PWN", OrgKind.CSO, "Philippines"),
]

# (key, org, given, family, Latin transliteration (family name first), email, job title,
#  time zone, language, tags)
PEOPLE = [
    ("sarah", "opcpr", "Sarah", "Whitfield", "", "s.whitfield@bank.example",
     "Programme Manager", "America/New_York", "en", ()),
    ("rafael", "opcpr", "Rafael", "Ortiz Peña", "", "r.ortiz@bank.example",
     "Senior Procurement Specialist", "America/New_York", "es", ()),
    ("grace", "rps", "Grace", "Wanjiru", "", "g.wanjiru@bank.example",
     "Regional Procurement Specialist, Africa", "Africa/Nairobi", "en", ()),
    ("manuel", "rps", "Manuel", "Santos", "", "m.santos@bank.example",
     "Regional Procurement Specialist, East Asia", "Asia/Manila", "en", ()),
    ("lucia", "rps", "Lucía", "Quispe", "", "l.quispe@bank.example",
     "Regional Procurement Specialist, Latin America", "America/Lima", "es", ()),
    ("elodie", "dac", "Élodie", "Marchand", "", "elodie.marchand@oecd-dac.example",
     "Policy Analyst", "Europe/Paris", "fr", ()),
    ("henrik", "dac", "Henrik", "Østergård", "", "h.ostergard@oecd-dac.example",
     "Task Force Chair", "Europe/Copenhagen", "en", ()),
    ("kwame", "itag", "Kwame", "Asante", "", "k.asante@itag.example",
     "ITAG Coordinator", "Africa/Accra", "en", ("ITAG",)),
    ("akiko", "itag", "明子", "田中", "Tanaka Akiko", "a.tanaka@itag.example",
     "Technical Adviser", "Asia/Tokyo", "ja", ("ITAG",)),
    ("amadou", "irfm", "Amadou", "Diallo", "", "amadou.diallo@irfm.example",
     "Directeur", "Africa/Dakar", "fr", ("Regional institutes network",)),
    ("aissatou", "irfm", "Aïssatou", "Ndiaye", "", "aissatou.ndiaye@irfm.example",
     "Formatrice", "Africa/Dakar", "fr", ("Regional institutes network",)),
    ("olena", "kipz", "Олена", "Шевченко", "Shevchenko Olena", "o.shevchenko@kipz.example",
     "Директорка", "Europe/Kyiv", "uk", ("Regional institutes network",)),
    ("asel", "eaip", "Асель", "Нурланова", "Nurlanova Asel", "a.nurlanova@eaip.example",
     "Руководитель программ", "Asia/Almaty", "ru", ("Regional institutes network",)),
    ("ahmed", "aip", "أحمد", "حسن", "Hassan Ahmed", "ahmed.hassan@aip.example",
     "مدير المعهد", "Africa/Cairo", "ar", ("Regional institutes network",)),
    ("layla", "aip", "ليلى", "منصور", "Mansour Layla", "layla.mansour@aip.example",
     "منسقة التدريب", "Africa/Cairo", "ar", ("Regional institutes network",)),
    ("wangfang", "cgpt", "芳", "王", "Wang Fang", "wang.fang@cgpt.example",
     "培训主任", "Asia/Shanghai", "zh", ("Regional institutes network",)),
    ("liming", "cgpt", "明", "李", "Li Ming", "li.ming@cgpt.example",
     "研究员", "Asia/Shanghai", "zh", ("Regional institutes network",)),
    ("jose", "ilcp", "José", "Martínez", "", "jose.martinez@ilcp.example",
     "Director Académico", "America/Santiago", "es", ("Regional institutes network",)),
    ("luiza", "ibcp", "Luíza", "Araújo", "", "luiza.araujo@ibcp.example",
     "Coordenadora", "America/Sao_Paulo", "pt", ("Regional institutes network",)),
    ("emily", "pnpi", "Emily", "Chen", "", "emily.chen@pnpi.example",
     "Executive Director", "America/Los_Angeles", "en", ("Regional institutes network",)),
    ("sofia", "imcp", "Sofía", "Hernández", "", "sofia.hernandez@imcp.example",
     "Directora de Capacitación", "America/Mexico_City", "es",
     ("Regional institutes network",)),
    ("priya", "nipp", "Priya", "Raghavan", "", "priya.raghavan@nipp.example",
     "Dean", "Asia/Kolkata", "en", ("Regional institutes network",)),
    ("minjun", "kpti", "민준", "김", "Kim Min-jun", "minjun.kim@kpti.example",
     "교수", "Asia/Seoul", "ko", ("Regional institutes network",)),
    ("wanjiru", "eapi", "Wanjiru", "Kamau", "", "w.kamau@eapi.example",
     "Head of Programmes", "Africa/Nairobi", "en", ("Regional institutes network",)),
    ("thabo", "sapt", "Thabo", "Nkosi", "", "thabo.nkosi@sapti.example",
     "Principal", "Africa/Johannesburg", "en", ("Regional institutes network",)),
    ("zeynep", "kiee", "Zeynep", "Yıldız", "", "zeynep.yildiz@kiee.example",
     "Eğitim Koordinatörü", "Europe/Istanbul", "tr", ("Regional institutes network",)),
    ("an", "vnpi", "An", "Nguyễn Văn", "", "an.nguyen@vnpi.example",
     "Giám đốc", "Asia/Ho_Chi_Minh", "vi", ("Regional institutes network",)),
    ("maria", "pwn", "Maria Clara", "Reyes", "", "mc.reyes@pwn.example",
     "Monitoring Lead", "Asia/Manila", "en", ("Civil society",)),
]

_INSTITUTE_PEOPLE = [p[0] for p in PEOPLE if "Regional institutes network" in p[9]]


@dataclass(frozen=True)
class _EventSpec:
    key: str
    title: str
    kind: EventKind
    status: EventStatus
    start: tuple[int, int, int, int, int]
    end: tuple[int, int, int, int, int]
    tz: str
    venue: str
    online_url: str
    description: str
    invited: tuple[tuple[str, Role, Reply], ...]


def _inv(keys: list[str], role: Role = Role.PARTICIPANT,
         replies: tuple[Reply, ...] = (Reply.ACCEPTED,)) -> tuple[tuple[str, Role, Reply], ...]:
    return tuple((k, role, replies[i % len(replies)]) for i, k in enumerate(keys))


EVENTS = [
    _EventSpec(
        "consult-opcpr", "Consultation with OPCPR: a common agenda", EventKind.CONSULTATION,
        EventStatus.HELD, (2026, 10, 6, 14, 0), (2026, 10, 6, 16, 0), "America/New_York",
        "Bank headquarters, room MC 7-100", "https://meet.example/opcpr-consultation",
        "Develop a common agenda and an indicative strategy with the procurement policy unit.",
        _inv(["sarah"], Role.CHAIR) + _inv(["rafael", "elodie"]),
    ),
    _EventSpec(
        "consult-rps", "Consultation with regional procurement specialists",
        EventKind.CONSULTATION, EventStatus.HELD, (2026, 10, 20, 13, 0), (2026, 10, 20, 15, 0),
        "UTC", "Online", "https://meet.example/rps-consultation",
        "Process and agenda for sharing information with partners; indicative lines of action.",
        _inv(["sarah"], Role.CHAIR) + _inv(["grace", "manuel", "lucia"])
        + _inv(["rafael"], Role.OPTIONAL, (Reply.TENTATIVE,)),
    ),
    _EventSpec(
        "info-dac-itag", "Information sharing with the OECD/DAC Task Force and ITAG",
        EventKind.INFORMATION_SHARING, EventStatus.HELD, (2026, 11, 17, 10, 0),
        (2026, 11, 17, 12, 30), "Europe/Paris", "OECD Conference Centre, Paris", "",
        "Discussion of potential lines of action and agreement on next steps.",
        _inv(["henrik"], Role.CHAIR) + _inv(["sarah", "elodie", "kwame", "akiko"])
        + _inv(["rafael"], Role.OBSERVER, (Reply.DECLINED,)),
    ),
    _EventSpec(
        "info-institutes", "Information sharing with the regional training institutes",
        EventKind.INFORMATION_SHARING, EventStatus.PLANNED, (2026, 12, 8, 13, 0),
        (2026, 12, 8, 15, 0), "Europe/Paris", "Online", "https://meet.example/institutes",
        "The programme, its lines of action and the institutes' role in the curriculum.",
        _inv(["sarah"], Role.CHAIR)
        + _inv(_INSTITUTE_PEOPLE, Role.PARTICIPANT,
               (Reply.ACCEPTED, Reply.ACCEPTED, Reply.NEEDS_ACTION, Reply.TENTATIVE,
                Reply.ACCEPTED, Reply.DECLINED)),
    ),
    _EventSpec(
        "workshop", "Brainstorming workshop: a plan for moving forward", EventKind.WORKSHOP,
        EventStatus.PLANNED, (2027, 2, 9, 9, 0), (2027, 2, 10, 17, 0), "Europe/Istanbul",
        "Kamu İhale Eğitim Enstitüsü, Ankara", "",
        "The gathering of all partners to agree a plan for moving forward.",
        _inv(["sarah"], Role.CHAIR)
        + _inv(["rafael", "grace", "manuel", "lucia", "elodie", "henrik", "kwame", "akiko",
                "maria"], Role.PARTICIPANT, (Reply.ACCEPTED, Reply.ACCEPTED, Reply.TENTATIVE))
        + _inv(_INSTITUTE_PEOPLE, Role.PARTICIPANT,
               (Reply.ACCEPTED, Reply.NEEDS_ACTION, Reply.ACCEPTED, Reply.ACCEPTED,
                Reply.DECLINED)),
    ),
    _EventSpec(
        "network", "Formation of the global network: charter and joint work programme",
        EventKind.NETWORK_MEETING, EventStatus.DRAFT, (2027, 6, 15, 9, 0), (2027, 6, 16, 13, 0),
        "Europe/Paris", "OECD Conference Centre, Paris", "https://meet.example/network",
        "Agreement on the network's modus operandi and charter, a joint work programme and "
        "partnerships to carry out the key lines of action.",
        _inv(["sarah", "henrik"], Role.CHAIR, (Reply.NEEDS_ACTION,))
        + _inv(["kwame", "elodie", *_INSTITUTE_PEOPLE], Role.PARTICIPANT, (Reply.NEEDS_ACTION,)),
    ),
]

# (day, title, kind, minutes, presenter key)
WORKSHOP_AGENDA = [
    (1, "Registration and coffee", AgendaKind.BREAK, 30, ""),
    (1, "Welcome and objectives of the gathering", AgendaKind.PRESENTATION, 30, "sarah"),
    (1, "Review of actions from the consultations", AgendaKind.REVIEW_OF_ACTIONS, 30, "rafael"),
    (1, "Reform coalitions: country experiences", AgendaKind.DISCUSSION, 90, "grace"),
    (1, "Lunch", AgendaKind.BREAK, 60, ""),
    (1, "Brainstorm: lines of action for coalition efforts", AgendaKind.BRAINSTORM, 120, ""),
    (1, "Coffee", AgendaKind.BREAK, 30, ""),
    (1, "Training curriculum with the institutes", AgendaKind.DISCUSSION, 60, "priya"),
    (2, "Themes and dot voting", AgendaKind.BRAINSTORM, 90, ""),
    (2, "Coffee", AgendaKind.BREAK, 30, ""),
    (2, "Network charter and modus operandi", AgendaKind.DISCUSSION, 90, "henrik"),
    (2, "Lunch", AgendaKind.BREAK, 60, ""),
    (2, "Joint work programme and next steps", AgendaKind.SESSION, 120, "sarah"),
    (2, "Close", AgendaKind.SESSION, 30, "sarah"),
]

# (title, kind, minutes, text of the minutes) for the held events
HELD_AGENDAS = {
    "consult-opcpr": [
        ("Objectives of the programme", AgendaKind.PRESENTATION, 30,
         "Sarah presented the programme's objectives and the first year's chain of meetings."),
        ("Common agenda and indicative strategy", AgendaKind.DISCUSSION, 60,
         "Agreement that the common agenda centres on four lines of action. OPCPR asked that "
         "e-procurement be added as a later line."),
        ("Next steps", AgendaKind.SESSION, 30, "Next steps agreed as recorded."),
    ],
    "consult-rps": [
        ("Regional priorities", AgendaKind.DISCUSSION, 75,
         "Each region described its priorities: Africa — implementation capacity; East Asia — "
         "e-procurement; Latin America — CSO monitoring."),
        ("Sharing information with partners", AgendaKind.DISCUSSION, 45,
         "A quarterly information note and a shared calendar were proposed."),
    ],
    "info-dac-itag": [
        ("Task Force work programme", AgendaKind.PRESENTATION, 45,
         "Henrik presented the Task Force's work on benchmarking procurement systems."),
        ("Potential lines of action", AgendaKind.DISCUSSION, 75,
         "ITAG supports a curriculum with the regional institutes and offers advisory support."),
        ("Next steps", AgendaKind.SESSION, 30, "Next steps recorded below."),
    ],
}

DECISIONS = {
    "consult-opcpr": [("The common agenda covers four lines of action.", "LAW")],
    "consult-rps": [("A quarterly information note will be shared with all partners.", "MON")],
    "info-dac-itag": [
        ("ITAG and the Task Force join the brainstorming workshop in February.", "CAP"),
        ("A training curriculum is developed with the regional institutes.", "CAP"),
    ],
}

# (event, text, owner person key, owner organisation key, due date, status, line)
NEXT_STEPS = [
    ("consult-opcpr", "Draft the indicative strategy note", "sarah", "", (2026, 10, 30),
     NextStepStatus.DONE, "LAW"),
    ("consult-opcpr", "Circulate the list of regional training institutes", "rafael", "",
     (2026, 11, 10), NextStepStatus.IN_PROGRESS, "CAP"),
    ("consult-rps", "Collect regional priorities in one table", "grace", "", (2026, 11, 6),
     NextStepStatus.OPEN, "CAP"),
    ("consult-rps", "Propose a template for the quarterly information note", "lucia", "",
     (2026, 12, 15), NextStepStatus.OPEN, "MON"),
    ("info-dac-itag", "Share the Task Force's benchmarking methodology", "elodie", "dac",
     (2026, 12, 1), NextStepStatus.OPEN, "LAW"),
    ("info-dac-itag", "Outline a curriculum with two pilot institutes", "", "itag",
     (2027, 1, 31), NextStepStatus.OPEN, "CAP"),
    ("info-dac-itag", "Map e-procurement systems in partner countries", "akiko", "",
     (2027, 3, 31), NextStepStatus.OPEN, "EGP"),
]

BUDGET = [
    (BudgetCategory.STAFF_WEEKS, "Staff weeks", "210000"),
    (BudgetCategory.STAFF_TRAVEL, "Staff travel", "25000"),
    (BudgetCategory.CONSULTANTS, "Consultants", "45000"),
    (BudgetCategory.CONSULTATIONS_WORKSHOP, "Consultations/workshop", "150000"),
]
# The programme document's own totals, kept as stated so the app can flag them.
STATED_TOTALS = [("Total (as printed, column 1)", "280000"),
                 ("Total (as printed, column 2)", "150000"),
                 ("Total (as printed, column 3)", "330000")]

DEMO_IDEAS = [
    ("Peer-review visits between reform coalitions", "Coalitions", "LAW", "kwame"),
    ("Model procurement law commentary in several languages", "Coalitions", "LAW", "elodie"),
    ("Joint curriculum with the regional institutes", "Training", "CAP", "priya"),
    ("Train-the-trainer programme for e-procurement", "Training", "EGP", "minjun"),
    ("Open data standard for contract monitoring by CSOs", "Monitoring", "MON", "maria"),
    ("Media fellowship on procurement journalism", "Monitoring", "MON", "ahmed"),
    ("Knowledge-exchange platform for the network", "", "CAP", "olena"),
]


def event_uid(key: str) -> str:
    return f"{uuid.uuid5(_NS, key)}@organiser"


def _utc(parts: tuple[int, int, int, int, int], tz: str) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=ZoneInfo(tz)).astimezone(dt.UTC)


def _is_demo_only(session: Session) -> bool:
    demo_uids = {event_uid(e.key) for e in EVENTS}
    uids = set(session.scalars(select(Event.uid)).all())
    if not uids <= demo_uids:
        return False
    demo_keys = {email_key(p[5]) for p in PEOPLE}
    keys = set(session.scalars(select(PersonEmail.address_key)).all())
    return keys <= demo_keys


def _clear(session: Session) -> None:
    for table in reversed(Base.metadata.sorted_tables):
        if table.name != "alembic_version":
            session.execute(delete(table))


def build_demo(db: Database, *, replace: bool = False) -> dict[str, int]:
    """Create the demo programme, or refresh it; refuse to wipe someone's real data."""
    with db.transaction() as session:
        if not replace and not _is_demo_only(session):
            raise InputError(
                "the database holds data that is not the demo's; run the demo on a new "
                "database (--db NEW.sqlite) or pass --replace to wipe it", file=db.display_name)
        _clear(session)
        _seed(session)
        session.flush()
        return {
            "organisations": session.scalar(select(func.count()).select_from(Organisation)) or 0,
            "people": session.scalar(select(func.count()).select_from(Person)) or 0,
            "events": session.scalar(select(func.count()).select_from(Event)) or 0,
            "invitations": session.scalar(select(func.count()).select_from(Invitation)) or 0,
            "agenda items": session.scalar(select(func.count()).select_from(AgendaItem)) or 0,
            "next steps": session.scalar(select(func.count()).select_from(NextStep)) or 0,
            "budget lines": session.scalar(select(func.count()).select_from(BudgetLine)) or 0,
        }


def _seed(session: Session) -> None:
    stamp = {"created_at": _SEEDED_AT, "updated_at": _SEEDED_AT}
    programme = Programme(name=PROGRAMME, currency="USD",
                          description="First year: consultations, information sharing, a "
                                      "brainstorming workshop and the formation of a global "
                                      "network.", **stamp)
    session.add(programme)
    lines = {}
    for position, (code, name) in enumerate(LINES_OF_ACTION):
        lines[code] = LineOfAction(code=code, name=name, position=position)
        session.add(lines[code])
    for position, (category, label, amount) in enumerate(BUDGET):
        programme.budget_lines.append(BudgetLine(category=category, description=label,
                                                 amount=Decimal(amount), currency="USD",
                                                 period="Year 1", position=position))
    for label, amount in STATED_TOTALS:
        programme.stated_totals.append(BudgetStatedTotal(label=label, amount=Decimal(amount),
                                                         currency="USD"))
    orgs = {}
    for key, name, acronym, kind, country in ORGANISATIONS:
        orgs[key] = Organisation(name=nfc(name), acronym=nfc(acronym), kind=kind,
                                 country=nfc(country), **stamp)
        session.add(orgs[key])
    tags: dict[str, Tag] = {}
    people = {}
    for key, org, given, family, latin, email, job, tz, lang, tag_names in PEOPLE:
        person = Person(given_name=nfc(given), family_name=nfc(family), latin_name=latin,
                        organisation=orgs[org], job_title=nfc(job), country=orgs[org].country,
                        timezone=tz, language=lang, **stamp)
        if lang in ("zh", "ja", "ko"):
            person.display_name = nfc(family + given)
        person.emails.append(PersonEmail(address=email, address_key=email_key(email)))
        for tag_name in tag_names:
            tag = tags.setdefault(tag_name, Tag(name=tag_name))
            person.tags.append(tag)
        people[key] = person
        session.add(person)

    events = {}
    for spec in EVENTS:
        event = Event(
            programme=programme, title=spec.title, kind=spec.kind, status=spec.status,
            start=_utc(spec.start, spec.tz), end=_utc(spec.end, spec.tz), timezone=spec.tz,
            venue=spec.venue, online_url=spec.online_url, description=spec.description,
            uid=event_uid(spec.key), sequence=0, **stamp,
        )
        for person_key, role, reply in spec.invited:
            person = people[person_key]
            event.invitations.append(Invitation(
                person=person, role=role, reply=reply, email=person.emails[0].address,
                sent_at=_SEEDED_AT,
                replied_at=None if reply is Reply.NEEDS_ACTION else _SEEDED_AT,
            ))
        events[spec.key] = event
        session.add(event)

    for key, items in HELD_AGENDAS.items():
        event = events[key]
        start = event.start
        for position, (title, item_kind, minutes, text) in enumerate(items):
            event.agenda_items.append(AgendaItem(
                day=1, position=position, planned_start=start, duration_minutes=minutes,
                title=title, kind=item_kind, minutes=text, actual_start=start,
                actual_end=start + dt.timedelta(minutes=minutes)))
            start += dt.timedelta(minutes=minutes)
        for invitation in event.invitations:
            status = {Reply.DECLINED: AttendanceStatus.APOLOGIES,
                      Reply.TENTATIVE: AttendanceStatus.ABSENT}.get(invitation.reply,
                                                                      AttendanceStatus.PRESENT)
            event.attendances.append(Attendance(
                person=invitation.person, status=status,
                checked_in_at=event.start if status is AttendanceStatus.PRESENT else None))
        for position, (text, line) in enumerate(DECISIONS.get(key, [])):
            event.decisions.append(Decision(text=text, line_of_action=lines[line],
                                            position=position, created_at=event.end))

    workshop = events["workshop"]
    zone = ZoneInfo(workshop.timezone)
    day_start = {1: dt.datetime(2027, 2, 9, 9, 0, tzinfo=zone),
                 2: dt.datetime(2027, 2, 10, 9, 0, tzinfo=zone)}
    brainstorm_item = None
    for position, (day, title, agenda_kind, minutes, presenter) in enumerate(WORKSHOP_AGENDA):
        start = day_start[day]
        item = AgendaItem(day=day, position=position, planned_start=start.astimezone(dt.UTC),
                          duration_minutes=minutes, title=title, kind=agenda_kind,
                          presenter=people[presenter] if presenter else None)
        workshop.agenda_items.append(item)
        if agenda_kind is AgendaKind.BRAINSTORM and brainstorm_item is None:
            brainstorm_item = item
        day_start[day] = start + dt.timedelta(minutes=minutes)
    board = Board(title="Lines of action for coalition efforts", votes_per_person=3,
                  hide_totals=True, voting_closed=False)
    board.event = workshop
    session.add(board)
    session.flush()
    board.agenda_item_id = brainstorm_item.id if brainstorm_item else None
    themes: dict[str, Theme] = {}
    for position, (text, theme_name, line, author) in enumerate(DEMO_IDEAS):
        idea = Idea(text=text, line_of_action=lines[line], author=people[author],
                    position=position, created_at=_SEEDED_AT)
        board.ideas.append(idea)
        if theme_name:
            if theme_name not in themes:
                themes[theme_name] = Theme(title=theme_name, position=len(themes))
                board.themes.append(themes[theme_name])
            idea.theme = themes[theme_name]
    session.flush()
    # a few dots already given in a rehearsal, within the limit of three per voter
    for voter, idea_index in (("sarah", 2), ("sarah", 4), ("kwame", 2), ("priya", 3)):
        session.add(Vote(idea=board.ideas[idea_index], voter=people[voter], count=1))

    for event_key, text, owner, org, due, step_status, line in NEXT_STEPS:
        event = events[event_key]
        owner_person = people[owner] if owner else None
        owner_org = orgs[org] if org else None
        step = NextStep(
            text=text, owner_person=owner_person, owner_organisation=owner_org,
            owner_name=owner_person.name if owner_person else (owner_org.name if owner_org else ""),
            due_date=dt.date(*due), status=step_status, event=event,
            line_of_action=lines[line],
            done_at=event.end + dt.timedelta(days=14)
            if step_status is NextStepStatus.DONE else None,
            **stamp,
        )
        step.history.append(NextStepChange(old_status=None, new_status=NextStepStatus.OPEN,
                                           changed_at=event.end, note="Agreed at the meeting"))
        if step_status is not NextStepStatus.OPEN:
            step.history.append(NextStepChange(old_status=NextStepStatus.OPEN,
                                               new_status=step_status,
                                               changed_at=event.end + dt.timedelta(days=14)))
        session.add(step)
