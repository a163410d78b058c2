"""One organisation per name (migration 0012): "Kamu İhale Kurumu", "KAMU IHALE KURUMU" and
"The Kamu Ihale Kurumu Ltd." are one organisation, whoever writes it: the form, a person's
organisation typed, a walk-in, an import, or two of them at once on one database. The same
scenarios run on PostgreSQL (tests/postgres)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from organiser.core.errors import InputError
from organiser.core.models import Organisation
from organiser.core.storage import Database
from tests.services.test_locking import _workshop, two_coordinators

NAME = "Kamu İhale Kurumu"


def _count(db: Database, key: str = "kamu ihale kurumu") -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Organisation)
                                  .where(Organisation.name_key == key)) or 0)


def every_way_in_finds_the_one_organisation(target: str) -> None:
    from organiser.core.people import PersonData
    from organiser.services import live
    from organiser.services.organisations import (
        OrganisationData,
        get_organisation,
        save_organisation,
    )
    from organiser.services.people import get_person, save_person

    with two_coordinators(target) as (a, b):
        org_id = save_organisation(a, OrganisationData(name=NAME, country="Türkiye"))
        # the form, from the other laptop, in capitals or with "The ... Ltd.": refused, named
        for spelling in ("KAMU IHALE KURUMU", "The Kamu Ihale Kurumu Ltd."):
            with pytest.raises(InputError, match=f"“{NAME}” is already in the organisations"):
                save_organisation(b, OrganisationData(name=spelling))
        # renaming another one onto it: refused the same way; its own new spelling is fine
        other = save_organisation(b, OrganisationData(name="Anadolu Denetim Derneği"))
        form = get_organisation(b, other)
        form.name = "kamu ihale kurumu"
        with pytest.raises(InputError, match="already in the organisations") as info:
            save_organisation(b, form)
        assert info.value.field == "name"
        own = get_organisation(a, org_id)
        own.name = "KAMU İHALE KURUMU"
        save_organisation(a, own)
        # a person's organisation typed differently, a walk-in's: the existing one
        person = save_person(b, PersonData(given_name="Ayşe", family_name="Kaya",
                                           organisation="kamu ihale kurumu ltd"))
        assert get_person(a, person).organisation == "KAMU İHALE KURUMU"
        walk_in = live.add_walk_in(a, _workshop(a), "Mehmet Demir", "The Kamu Ihale Kurumu")
        assert get_person(b, walk_in).organisation == "KAMU İHALE KURUMU"
        assert _count(a) == 1


def two_writers_at_the_same_moment(target: str) -> None:
    """A looked and found no such organisation; B saves one before A writes: the database's
    unique key refuses A's, with a message that says what to do; nothing of A's is half
    written."""
    with two_coordinators(target) as (a, b):
        with pytest.raises(InputError, match="saved by someone else at the same moment"), \
                a.transaction() as mine:
            mine.add(Organisation(name="KAMU IHALE KURUMU"))  # not yet written
            with b.transaction() as theirs:
                theirs.add(Organisation(name=NAME))
            mine.flush()
        assert _count(a) == 1
        with a.session() as session:
            assert session.scalar(select(Organisation.name).where(
                Organisation.name_key == "kamu ihale kurumu")) == NAME


SCENARIOS = [every_way_in_finds_the_one_organisation, two_writers_at_the_same_moment]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.__name__)
def test_on_one_sqlite_file(scenario: Callable[[str], None], db_path: Path) -> None:
    scenario(str(db_path))


def test_an_import_with_two_spellings_makes_one_organisation(demo_db: Database,
                                                            tmp_path: Path) -> None:
    from organiser.services.contacts_import import apply_import, read_contact_file

    path = tmp_path / "contacts.csv"
    path.write_text("given_name,family_name,email,organisation\n"
                    "Ayşe,Kaya,ayse@kik.example,Kamu İhale Kurumu\n"
                    "Mehmet,Demir,mehmet@kik.example,KAMU IHALE KURUMU\n"
                    "Zeynep,Arslan,zeynep@kik.example,The Kamu Ihale Kurumu Ltd.\n",
                    encoding="utf-8")
    apply_import(demo_db, read_contact_file(path), path.name)
    assert _count(demo_db) == 1
    with demo_db.session() as session:
        org = session.scalar(select(Organisation).where(
            Organisation.name_key == "kamu ihale kurumu"))
        assert org is not None and len(org.people) == 3


def test_the_command_line_merges_twins(cli, demo_db: Database) -> None:
    with demo_db.transaction() as session:  # twins as a database from before 0012 holds them
        kept = Organisation(name=NAME)
        twin = Organisation(name="KAMU IHALE KURUMU", country="Türkiye")
        twin.name_key = None
        session.add_all([kept, twin])
        session.flush()
        kept_id, twin_id = kept.id, twin.id
    result = cli("contacts", "merge-organisations", str(kept_id), str(twin_id))
    assert result.code == 0, result.err
    assert f"merged organisation #{twin_id} into #{kept_id}" in result.out
    with demo_db.session() as session:
        assert session.get(Organisation, twin_id) is None
        assert session.get(Organisation, kept_id).country == "Türkiye"  # type: ignore[union-attr]
