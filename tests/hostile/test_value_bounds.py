"""Findings 5 and 6: ordinary arguments out of range are one line (never a traceback), and
what the import refuses is refused from the command line too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.services.mail_support import configure, free_port

HUGE = "99999999999999999999"
ADD = ["events", "add", "--title", "T", "--kind", "workshop", "--tz", "Europe/Paris",
       "--start", "2027-03-01T09:00", "--end", "2027-03-01T17:00"]


@pytest.mark.parametrize("args", [
    ["events", "show", HUGE], ["invite", "1", "--person", HUGE],
    ["contacts", "merge", "1", HUGE], ["nextsteps", "set", HUGE, "--status", "done"],
    ["pdf", "agenda", HUGE, "-o", "never-written.pdf"],
    ["events", "show", "-5"],
])
def test_twenty_digit_ids_are_usage_errors(cli, demo_db, args: list[str]) -> None:
    result = cli(*args)
    assert result.code == 2, result.err
    assert "is not a valid id" in result.err and "Traceback" not in result.err


def test_dates_outside_1900_2200_are_refused(cli, demo_db) -> None:
    result = cli("events", "add", "--title", "T", "--kind", "workshop", "--tz",
                 "Pacific/Kiritimati", "--start", "9999-12-31T20:00", "--end", "9999-12-31T22:00")
    assert result.code == 1 and "outside the years 1900–2200" in result.err
    assert "start" in result.err


def test_the_feed_survives_an_event_stored_out_of_range(cli, demo_db, tmp_path: Path) -> None:
    event = cli(*ADD)
    with demo_db.transaction() as session:
        session.execute(text("UPDATE event SET start = '9999-12-31 06:00:00.000000', "
                             "\"end\" = '9999-12-31 08:00:00.000000' WHERE id = :id"),
                        {"id": int(event.out)})
    result = cli("calendar", "-o", str(tmp_path / "feed.ics"))
    assert result.code in (0, 1) and "unexpected" not in result.err, result.err


def test_status_of_a_new_event(cli, demo_db) -> None:
    result = cli(*ADD, "--status", "cancelled")
    assert result.code == 1 and "a new event is a draft or planned" in result.err
    assert cli(*ADD, "--status", "draft").code == 0


@pytest.mark.parametrize(("field", "size"), [("--title", 255), ("--venue", 255),
                                              ("--description", 20_001)])
def test_free_text_lengths(cli, demo_db, field: str, size: int) -> None:
    args = list(ADD)
    if field in args:
        args[args.index(field) + 1] = "x" * size
    else:
        args += [field, "x" * size]
    result = cli(*args)
    assert result.code == 1, result.err
    assert f"{field.strip('-')}: is {size} characters long" in result.err
    args[args.index(field) + 1] = "x" * (size - 1)
    assert cli(*args).code == 0


def test_invite_by_address_follows_the_import_rules(cli, demo_db) -> None:
    event_id = cli(*ADD).out.strip()
    long = cli("invite", event_id, "--email", "a" * 10_000 + "@x.example")
    assert long.code == 1 and "too long" in long.err and len(long.err) < 300
    local = cli("invite", event_id, "--email", "a" * 65 + "@x.example")
    assert local.code == 1 and "over 64 characters" in local.err
    assert cli("invite", event_id, "--email", "bob\r\nBcc: x@evil.example").code == 1


def test_cancel_for_someone_never_invited(cli, demo_db, tmp_path: Path) -> None:
    configure(free_port())
    event_id = cli(*ADD).out.strip()
    assert cli("invite", event_id, "--email", "ana@partner.example").code == 0
    out = str(tmp_path / "c.ics")
    result = cli("ics", event_id, "--cancel-for", "stranger@x.example", "-o", out)
    assert result.code == 1 and "'stranger@x.example' was never invited" in result.err
    assert cli("uninvite", event_id, "--email", "ana@partner.example").code == 0
    assert cli("ics", event_id, "--cancel-for", "ana@partner.example", "-o", out).code == 0


def test_unknown_time_zone_in_a_contacts_csv(cli, db, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,E-mail,Time zone\nAna Lima,ana@x.example,America/Sao_Paulo\n"
                    "A B,ab@x.example,Mars/Olympus\n", encoding="utf-8")
    result = cli("contacts", "import", str(path))
    assert result.code == 1
    assert f"{path}:3: time zone 'Mars/Olympus' is not a known zone" in result.err
    assert cli("contacts", "list", "--json").json() == []
