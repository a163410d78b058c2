"""Contacts out: CSV that Excel opens (UTF-8 with BOM, no live formulas) and vCard 4.0.

Pure: the people come in (anything shaped like `ExportedPerson`), bytes or a file come out; the
use case that reads them from the database is `services.contact_export.export_contacts`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol, TextIO

from organiser.core.errors import InputError
from organiser.core.text import clean_text, spreadsheet_text


class ExportedPerson(Protocol):
    """What an export writes of a person (services.people.PersonRow has it all)."""

    @property
    def name(self) -> str: ...
    @property
    def given_name(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def latin_name(self) -> str: ...
    @property
    def emails(self) -> Sequence[str]: ...
    @property
    def organisation(self) -> str: ...
    @property
    def job_title(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def timezone(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def phone(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def tags(self) -> Sequence[str]: ...


CSV_HEADERS = ["Given name", "Family name", "Full name", "Latin name", "E-mail",
               "Organisation", "Job title", "Country", "Time zone", "Language", "Phone", "Notes",
               "Tags"]


def safe_cell(value: str) -> str:
    """A value a spreadsheet shows as text: formula-looking cells get a leading apostrophe."""
    return spreadsheet_text(value)


def write_contacts_csv(people: Iterable[ExportedPerson], out: TextIO) -> None:
    """Rows straight to the file: a 10,000-person list is never held twice in memory."""
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADERS)
    writer.writerows(
        [safe_cell(v) for v in (
            p.given_name, p.family_name, p.display_name, p.latin_name, " ::: ".join(p.emails),
            p.organisation, p.job_title, p.country, p.timezone, p.language, p.phone, p.notes,
            " ::: ".join(p.tags))]
        for p in people)


def contacts_csv(people: list[ExportedPerson]) -> bytes:
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


def vcard(person: ExportedPerson) -> str:
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


def contacts_vcard(people: list[ExportedPerson]) -> bytes:
    return "".join(vcard(p) for p in people).encode("utf-8")


def check_export_path(path: str | Path) -> Path:
    """The target of an export, refused before any work when it cannot be right."""
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".vcf", ".vcard"):
        raise InputError("export to .csv or .vcf (the extension chooses the format)",
                         file=str(path))
    if not target.parent.is_dir():
        raise InputError("the folder does not exist", file=str(target.parent))
    return target


def write_contacts_file(people: Sequence[ExportedPerson], path: str | Path) -> dict[str, Any]:
    """Write the people to a .csv or .vcf file (by its extension), whole or not at all."""
    target = check_export_path(path)
    suffix = target.suffix.lower()
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
