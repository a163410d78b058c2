"""What every contact importer produces: one record per person, with its own warnings and errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from organiser.core import limits
from organiser.core.addresses import address_problem
from organiser.core.people import PersonData
from organiser.core.text import (
    clean_line,
    clean_text,
    email_key,
    looks_like_formula,
    nfc,
    removed_characters,
)

# Fields a column of a contact file can be mapped to (value: what the wizard shows).
FIELDS: dict[str, str] = {
    "": "(ignore)",
    "given_name": "Given name",
    "middle_name": "Middle name",
    "family_name": "Family name",
    "display_name": "Full name",
    "latin_name": "Latin name",
    "email": "E-mail",
    "organisation": "Organisation",
    "job_title": "Job title",
    "country": "Country",
    "phone": "Phone",
    "timezone": "Time zone",
    "language": "Language",
    "notes": "Notes",
    "tags": "Tags",
}

LABELS = {
    "given_name": "given name", "middle_name": "middle name", "family_name": "family name",
    "display_name": "name", "latin_name": "Latin name", "email": "e-mail",
    "organisation": "organisation", "job_title": "job title", "country": "country",
    "phone": "phone", "timezone": "time zone", "language": "language", "notes": "notes",
    "tags": "tags",
}

# Largest file an import reads: bigger ones are almost certainly not a contact list.
MAX_FILE_BYTES = limits.CONTACT_FILE_BYTES

_EMAIL = re.compile(r"^[^@\s\"(),:;<>\[\\\]]+@[A-Za-z0-9\u00a0-\uffff](?:[A-Za-z0-9\u00a0-\uffff-]*"
                    r"[A-Za-z0-9\u00a0-\uffff])?(?:\.[A-Za-z0-9\u00a0-\uffff](?:"
                    r"[A-Za-z0-9\u00a0-\uffff-]*[A-Za-z0-9\u00a0-\uffff])?)+$")
_ANGLE = re.compile(r"<([^<>]+)>")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BREAKS = re.compile(r"[\r\n\u2028\u2029]")
# Fields that end up in mail headers and calendar properties: a line break there is suspect.
_ONE_LINE_NAMES = ("given_name", "middle_name", "family_name", "display_name", "latin_name")


def email_problem(address: str) -> str | None:
    """Why an address cannot be used, or None when it looks deliverable."""
    if not address:
        return "an e-mail address is empty"
    if len(address) > limits.EMAIL_CHARS:
        return f"e-mail address too long ({len(address)} characters, at most 254)"
    if len(address.split("@", 1)[0]) > limits.EMAIL_LOCAL_CHARS:
        return f"the part before @ of {address[:80]!r} is over 64 characters"
    if address.count("@") != 1:
        return f"malformed e-mail address {address!r} (needs exactly one @)"
    if not _EMAIL.match(address):
        return f"malformed e-mail address {address!r}"
    local = address.split("@", 1)[0]
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return f"malformed e-mail address {address!r}"
    return address_problem(address)  # the rule the mail builder applies (core.addresses)


def split_emails(cell: str) -> list[str]:
    """Addresses in one cell: Google's ` ::: `, semicolons, commas, 'Name <a@b>' forms."""
    text = nfc(cell).strip()
    if not text:
        return []
    angled = [a.strip() for a in _ANGLE.findall(text) if "@" in a]
    parts = angled or re.split(r"\s*:::\s*|\s*;\s*|\s*,\s*|\s+(?=\S+@)", text)
    addresses = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if part.lower().startswith("mailto:"):
            part = part[7:]
        addresses.append(part)
    return addresses


def split_tags(cell: str) -> list[str]:
    """Tags/labels in one cell: ` ::: ` (Google) or `;` (Outlook categories); Google's system
    groups (`* myContacts`, `* starred`) are not tags."""
    tags: list[str] = []
    for part in re.split(r"\s*:::\s*|\s*;\s*", nfc(cell)):
        name = clean_line(part)
        if not name or name.startswith("* ") or name in tags:
            continue
        tags.append(name[:100])
    return tags


@dataclass(slots=True, kw_only=True)
class ContactRecord(PersonData):
    """One person as read from a file: the details, the file's line, and what was wrong on it
    (warnings keep the row, errors leave it out); matched against the database later."""

    line: int
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def set_field(self, name: str, raw: str) -> None:
        """Store one cell into a field, cleaning it and noting what had to change."""
        if name == "email":
            for address in split_emails(raw):
                cleaned = clean_line(address)
                if cleaned != address:
                    self.errors.append(f"e-mail address {address!r} contains control characters "
                                       "or line breaks")
                    continue
                problem = email_problem(cleaned)
                if problem:
                    self.errors.append(problem)
                elif email_key(cleaned) not in {email_key(e) for e in self.emails}:
                    self.emails.append(cleaned)
            return
        if name == "tags":
            for tag in split_tags(raw):
                if tag not in self.tags:
                    self.tags.append(tag)
            return
        if raw.startswith("'") and looks_like_formula(raw[1:]):
            raw = raw[1:]  # our own export's guard against formulas: the value is the text
        label = LABELS.get(name, name)
        removed = removed_characters(raw, multiline=name == "notes",
                                     line_breaks=name in _ONE_LINE_NAMES)
        value = clean_text(raw).strip() if name == "notes" else clean_line(raw)
        if removed:
            why = " (a name is one line)" if "line breaks" in removed else ""
            self.warnings.append(f"{label}: {removed} removed{why}")
        if looks_like_formula(value):
            self.warnings.append(f"{label}: {_short(value)} looks like a spreadsheet formula; "
                                 "kept as plain text")
        if name == "middle_name":
            if value:
                self.given_name = f"{self.given_name} {value}".strip()
            return
        current = getattr(self, name)
        if current and value and name in ("given_name", "family_name", "display_name"):
            value = f"{current} {value}"
        elif current and value and name == "notes":
            value = f"{current}\n{value}"
        elif current:
            value = current  # several columns for one field (home and work country): first wins
        setattr(self, name, value)

    def finish(self) -> None:
        """Checks that need the whole record: a name, an address, field lengths."""
        if not self.given_name and not self.family_name and self.display_name:
            self.given_name, self.family_name = split_full_name(self.display_name)
            if self.name == self.display_name:
                self.display_name = ""
        joined = " ".join(p for p in (self.given_name, self.family_name) if p)
        if self.display_name and self.display_name == joined:
            self.display_name = ""  # nothing more than the given and family names
        if not self.name:
            if self.emails:
                self.warnings.append("no name: the address is used as the name")
                self.display_name = self.emails[0]
            elif not self.errors:
                self.errors.append("no name and no e-mail address")
        if not self.emails and not self.errors:
            self.warnings.append("no e-mail address: kept, but cannot be invited")
        if self.timezone:
            from organiser.core.zones import windows_zone, zone

            named = windows_zone(self.timezone) or self.timezone
            if zone(named) is None:
                self.errors.append(f"time zone {self.timezone[:64]!r} is not a known zone "
                                   "(IANA names such as Europe/Paris or Asia/Tokyo)")
            else:
                self.timezone = named
        lengths = {"given_name": 200, "family_name": 200, "display_name": 300, "latin_name": 300,
                  "organisation": 300, "job_title": 200, "country": 100, "phone": 60,
                  "timezone": 64, "language": 20}
        for name, limit in lengths.items():
            value = getattr(self, name)
            if len(value) > limit:
                self.errors.append(f"{LABELS[name]} is {len(value)} characters long "
                                   f"(at most {limit})")


def split_full_name(name: str) -> tuple[str, str]:
    """'Maria Rossi' → ('Maria', 'Rossi'); one word stays the family name."""
    words = name.split()
    if len(words) <= 1:
        return "", name
    return " ".join(words[:-1]), words[-1]


def _short(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:37] + "...")
