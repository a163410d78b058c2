"""`organiser nextsteps list|set`."""

from __future__ import annotations

import datetime as dt

from organiser.core.storage import Database


def test_list_json_and_text(cli, demo_db: Database) -> None:
    result = cli("nextsteps", "list", "--json")
    assert result.code == 0, result.err
    steps = result.json()
    assert len(steps) == 7
    assert {"id", "text", "owner", "due_date", "status", "overdue", "event"} <= set(steps[0])
    assert any(s["owner"] == "田中明子" for s in steps)  # UTF-8, not escaped
    text = cli("nextsteps", "list")
    assert text.code == 0 and "Collect regional priorities in one table" in text.out


def test_overdue_and_owner_filters(cli, demo_db: Database) -> None:
    today = dt.date.today().isoformat()
    overdue = cli("nextsteps", "list", "--overdue", "--json").json()
    assert all(s["overdue"] and s["due_date"] < today and s["status"] in ("open", "in progress")
               for s in overdue)
    everything = cli("nextsteps", "list", "--json").json()
    grace = next(s for s in everything if s["owner"] == "Grace Wanjiru")
    mine = cli("nextsteps", "list", "--owner", str(grace["owner_person_id"]), "--json").json()
    assert [s["id"] for s in mine] == [grace["id"]]
    itag = next(s for s in everything if s["owner"] == "International Technical Advisory Group")
    org = cli("nextsteps", "list", "--owner", f"org:{itag['owner_organisation_id']}",
              "--json").json()
    assert {s["text"] for s in org} == {"Outline a curriculum with two pilot institutes",
                                        "Map e-procurement systems in partner countries"}
    bad = cli("nextsteps", "list", "--owner", "someone")
    assert bad.code == 1 and bad.err.startswith("organiser: error: --owner:")


def test_set_status_records_the_change(cli, demo_db: Database) -> None:
    step = cli("nextsteps", "list", "--json").json()[1]
    result = cli("nextsteps", "set", str(step["id"]), "--status", "in progress", "--json")
    assert result.code == 0, result.err
    assert result.json()["status"] == "in progress"
    done = cli("nextsteps", "set", str(step["id"]), "--status", "done")
    assert done.code == 0 and done.out.strip() == f"next step {step['id']}: done"
    from organiser.services.nextsteps import status_history

    assert [c.new_status.value for c in status_history(demo_db, step["id"])][-2:] == [
        "in progress", "done"]


def test_set_refuses_unknown_status_and_step(cli, demo_db: Database) -> None:
    bad = cli("nextsteps", "set", "1", "--status", "finished")
    assert bad.code == 1
    assert bad.err == ("organiser: error: status: unknown status 'finished'; choose one of "
                       "open, in progress, done, dropped\n")
    missing = cli("nextsteps", "set", "999", "--status", "done")
    assert missing.code == 1 and "no next step with id 999" in missing.err
    usage = cli("nextsteps", "set", "1")
    assert usage.code == 2
