"""Contacts out: CSV that Excel opens (UTF-8 with BOM, no live formulas) and vCard 4.0."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.errors import InputError
from organiser.core.models import Person
from organiser.core.storage import Database
from organiser.importers.contacts_common import looks_like_formula

CSV_HEADERS = ["Given name", "Family name", "Full name", "Latin name", "E-mail",
               "Organisation", "Job title", "Country", "Time zone", "Language", "Phone", "Notes",
               "Tags"]


def _people(db: Database, person_ids: list[int] | None) -> list[Person]:
    from organiser.services.contacts import list_people

    order = [row.id for row in list_people(db)]
    wanted = set(person_ids) if person_ids is not None else None
    with db.session() as session:
        people = {p.id: p for p in session.scalars(select(Person).options(
            selectinload(Person.emails), selectinload(Person.organisation),
            selectinload(Person.tags)))}
    return [people[i] for i in order if wanted is None or i in wanted]


def safe_cell(value: str) -> str:
    """A value a spreadsheet shows as text: formula-looking cells get a leading apostrophe."""
    return "'" + value if looks_like_formula(value) else value


def contacts_csv(people: list[Person]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADERS)
    for p in people:
        values = [p.given_name, p.family_name, p.display_name, p.latin_name,
                  " ::: ".join(e.address for e in p.emails),
                  p.organisation.name if p.organisation else "", p.job_title, p.country,
                  p.timezone, p.language, p.phone, p.notes,
                  " ::: ".join(sorted(t.name for t in p.tags))]
        writer.writerow([safe_cell(v) for v in values])
    return out.getvalue().encode("utf-8-sig")


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continuation lines starting with a space (RFC 6350)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not parts else 74
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
        current += ch
        size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def vcard(person: Person) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{_escape(person.name)}"]
    n = ";".join(_escape(v) for v in (person.family_name, person.given_name, "", "", ""))
    lines.append(f"N:{n}")
    if person.latin_name:
        lines.append(f"X-ORGANISER-LATIN-NAME:{_escape(person.latin_name)}")
    for position, email in enumerate(person.emails, start=1):
        lines.append(f"EMAIL;TYPE=work;PREF={position}:{_escape(email.address)}")
    if person.organisation:
        lines.append(f"ORG:{_escape(person.organisation.name)}")
    if person.job_title:
        lines.append(f"TITLE:{_escape(person.job_title)}")
    if person.phone:
        lines.append(f"TEL;TYPE=work;VALUE=text:{_escape(person.phone)}")
    if person.country:
        lines.append(f"ADR;TYPE=work:;;;;;;{_escape(person.country)}")
    if person.timezone:
        lines.append(f"TZ:{_escape(person.timezone)}")
    if person.language:
        lines.append(f"LANG:{_escape(person.language)}")
    if person.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t.name) for t in
                                               sorted(person.tags, key=lambda t: t.name)))
    if person.notes:
        lines.append(f"NOTE:{_escape(person.notes)}")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def contacts_vcard(people: list[Person]) -> bytes:
    return "".join(vcard(p) for p in people).encode("utf-8")


def export_contacts(db: Database, path: str | Path,
                    person_ids: list[int] | None = None) -> dict[str, Any]:
    """Write the people (all, or the ids given) to a .csv or .vcf file, by its extension."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".vcf", ".vcard"):
        raise InputError("export to .csv or .vcf (the extension chooses the format)",
                         file=str(path))
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", file=str(target.parent))
    people = _people(db, person_ids)
    data = contacts_csv(people) if suffix == ".csv" else contacts_vcard(people)
    tmp = target.with_name(target.name + ".partial")
    tmp.write_bytes(data)
    tmp.replace(target)
    return {"file": str(target), "people": len(people), "format": suffix.lstrip(".")}
