"""Migration 0012: organisations get a unique name key; twins already stored are kept (the
oldest holds the key), never merged unseen."""

from __future__ import annotations

from pathlib import Path

from organiser.core.storage import open_database
from tests.core.legacy_organisations import (
    BEFORE,
    KEYS,
    check_downgraded,
    check_upgraded,
    fill_before,
    stored,
)
from tests.core.migration_files import assert_schema_is_the_models, downgraded, old_file


def test_twins_stay_and_the_oldest_holds_the_key(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old_file(path, fill_before)
    db = open_database(path)
    try:
        assert_schema_is_the_models(db)
        check_upgraded(db)
    finally:
        db.close()


def test_the_frozen_rule_is_the_apps_today() -> None:
    import importlib

    from organiser.core.text import organisation_key

    frozen = importlib.import_module(
        "organiser.migrations.versions.0012_one_organisation_per_name")
    for name in ("Kamu İhale Kurumu", "The ACME Ltd.", "Łódź Sp. GmbH", "Østergård & Co",
                 "Шевченко і партнери", "—", "  The  Gmbh "):
        assert frozen.name_key(name) == organisation_key(name), name
    assert KEYS[1] == organisation_key("Kamu İhale Kurumu")


def test_downgrade_drops_the_key_and_keeps_every_organisation(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old_file(path, fill_before)
    db = open_database(path)
    names = {i: name for i, (name, _key) in stored(db).items()}
    db.close()
    with downgraded(path, BEFORE) as connection:
        check_downgraded(connection)
    assert len(names) == 6
