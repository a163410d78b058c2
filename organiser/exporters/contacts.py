"""Contacts out: CSV that Excel opens (UTF-8 with BOM, no live formulas) and vCard 4.0."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from organiser.core.errors import InputError
from organiser.core.storage import Database
from organiser.core.text import clean_text
from organiser.importers.contacts_common import looks_like_formula

if TYPE_CHECKING:
    from organiser.services.contacts import StoredPerson

CSV_HEADERS = ["Given name", "Family name", "Full name", "Latin name", "E-mail",
               "Organisation", "Job title", "Country", "Time zone", "Language", "Phone", "Notes",
               "Tags"]


def _people(db: Database, person_ids: list[int] | None) -> list[StoredPerson]:
    """The people to export, read once, in the contacts list's order."""
    from organiser.services.contacts import sorted_people

    people = sorted_people(db)
    if person_ids is None:
        return people
    wanted = set(person_ids)
    return [p for p in people if p.id in wanted]


def safe_cell(value: str) -> str:
    """A value a spreadsheet shows as text: formula-looking cells get a leading apostrophe."""
    value = clean_text(value)
    return "'" + value if looks_like_formula(value) else value


def write_contacts_csv(people: list[StoredPerson], out: TextIO) -> None:
    """Rows straight to the file: a 10,000-person list is never held twice in memory."""
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADERS)
    writer.writerows(
        [safe_cell(v) for v in (
            p.given_name, p.family_name, p.display_name, p.latin_name, " ::: ".join(p.emails),
            p.organisation, p.job_title, p.country, p.timezone, p.language, p.phone, p.notes,
            " ::: ".join(p.tags))]
        for p in people)


def contacts_csv(people: list[StoredPerson]) -> bytes:
    out = io.StringIO(newline="")
    write_contacts_csv(people, out)
    return out.getvalue().encode("utf-8-sig")


def _escape(value: str) -> str:
    value = clean_text(value)
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


def vcard(person: StoredPerson) -> str:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"FN:{_escape(person.name)}"]
    n = ";".join(_escape(v) for v in (person.family_name, person.given_name, "", "", ""))
    lines.append(f"N:{n}")
    if person.latin_name:
        lines.append(f"X-ORGANISER-LATIN-NAME:{_escape(person.latin_name)}")
    for position, address in enumerate(person.emails, start=1):
        lines.append(f"EMAIL;TYPE=work;PREF={position}:{_escape(address)}")
    if person.organisation:
        lines.append(f"ORG:{_escape(person.organisation)}")
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
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in person.tags))
    if person.notes:
        lines.append(f"NOTE:{_escape(person.notes)}")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def contacts_vcard(people: list[StoredPerson]) -> bytes:
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
    tmp = target.with_name(target.name + ".partial")
    try:
        if suffix == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as out:
                write_contacts_csv(people, out)
        else:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                out.writelines(vcard(p) for p in people)
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"cannot be written: {exc.strerror}", file=str(target)) from exc
    return {"file": str(target), "people": len(people), "format": suffix.lstrip(".")}
