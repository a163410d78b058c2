"""A person's details as they come in: the one input shape of the contacts.

`PersonData` is what the person form edits and what every contact importer fills (an
importer's `ContactRecord` is a `PersonData` with the file line and what was wrong on it); the
services validate it and write it. What the contacts list reads back is
`services.people.PersonRow`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from organiser.core.text import fold


def full_name(display_name: str, given_name: str, family_name: str) -> str:
    """The name shown everywhere: the display name, else given and family name."""
    if display_name:
        return display_name
    return " ".join(p for p in (given_name, family_name) if p)


def name_key(name: str) -> str:
    """Names compare ignoring case, accents, punctuation and word order."""
    words = re.sub(r"[^\w]+", " ", fold(name)).split()
    return " ".join(sorted(words))


@dataclass(slots=True)
class PersonData:
    """A person's details as the form edits them or a file gives them (before validation).

    `organisation` is by name: a new name creates the organisation. `id` and `version` are set
    when the form edits a stored person (the version is the optimistic lock's check)."""

    given_name: str = ""
    family_name: str = ""
    display_name: str = ""
    latin_name: str = ""
    emails: list[str] = field(default_factory=list)
    organisation: str = ""
    job_title: str = ""
    country: str = ""
    timezone: str = ""
    language: str = ""
    phone: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    id: int | None = None
    version: int | None = None

    @property
    def name(self) -> str:
        return full_name(self.display_name, self.given_name, self.family_name)


# The one-line text fields of a person, as named on `PersonData`, `Person` and `PersonRow`.
SCALAR_FIELDS = ("given_name", "family_name", "display_name", "latin_name", "job_title",
                 "country", "phone", "timezone", "language")
