"""Exporting contacts: the people read from the database, written by the pure exporter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from organiser.core.storage import Database
from organiser.exporters.contacts import check_export_path, write_contacts_file
from organiser.services.people import sorted_people


def export_contacts(db: Database, path: str | Path,
                    person_ids: list[int] | None = None) -> dict[str, Any]:
    """Write the people (all, or the ids given, in the contacts list's order) to a .csv or .vcf
    file, by its extension."""
    check_export_path(path)
    people = sorted_people(db)
    if person_ids is not None:
        wanted = set(person_ids)
        people = [p for p in people if p.id in wanted]
    return write_contacts_file(people, path)
