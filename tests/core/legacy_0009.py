"""A database at revision 0008 holding agenda templates as JSON, odd entries included, and
what the app must find once migration 0009 made them rows (used on SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from organiser import migrations
from tests.core.legacy_0008 import fill_0007

TEMPLATE = sa.table("agenda_template", sa.column("id"), sa.column("name"),
                    sa.column("items", sa.JSON()))
PLANS: dict[int, Any] = {
    1: [{"title": "Welcome", "kind": "session", "duration_minutes": 15, "day": 1,
         "notes": "", "presenter_text": "Amina Diallo"},
        {"title": "Coffee", "kind": "Break ", "duration_minutes": "20", "day": 1},
        "not an item",
        {"title": "Keynote", "kind": "keynote", "duration_minutes": -5, "day": 0,
         "notes": "Room B"},
        {"title": "Review", "kind": "review of actions", "duration_minutes": 45.0,
         "day": "2", "presenter_text": None}],
    2: {"not": "a list"},
    3: [],
}
# what the template items read after the upgrade: (position, day, title, kind, minutes,
# presenter, notes)
ITEMS = {1: [(0, 1, "Welcome", "session", 15, "Amina Diallo", ""),
             (1, 1, "Coffee", "break", 20, "", ""),
             (2, 1, "Keynote", "session", 30, "", "Room B"),
             (3, 2, "Review", "review of actions", 45, "", "")],
         2: [], 3: []}


def fill_0008(connection: Connection) -> None:
    fill_0007(connection)
    migrations.upgrade(connection, "0008")
    connection.execute(TEMPLATE.insert(), [
        {"id": template_id, "name": f"Template {template_id}", "items": plan}
        for template_id, plan in PLANS.items()])


def check_templates(db: Any) -> None:
    from organiser.core.models import AgendaTemplateItem
    from organiser.services import agenda

    assert agenda.list_templates(db) == [(1, "Template 1", 4), (2, "Template 2", 0),
                                         (3, "Template 3", 0)]
    with db.session() as session:
        rows = session.execute(sa.select(
            AgendaTemplateItem.template_id, AgendaTemplateItem.position, AgendaTemplateItem.day,
            AgendaTemplateItem.title, AgendaTemplateItem.kind,
            AgendaTemplateItem.duration_minutes, AgendaTemplateItem.presenter_text,
            AgendaTemplateItem.notes).order_by(AgendaTemplateItem.template_id,
                                                AgendaTemplateItem.position)).all()
    found: dict[int, list[tuple[Any, ...]]] = {key: [] for key in ITEMS}
    for template_id, *rest in rows:
        found[template_id].append(tuple(rest))
    assert found == ITEMS
    # the use case: an event's agenda from the template (event 2 of legacy_0008 has none)
    assert agenda.apply_template(db, 1, 2) == 4
    made = agenda.get_agenda(db, 2).items
    assert [(i.day, i.title, i.kind.value, i.duration_minutes) for i in made] == [
        (1, "Welcome", "session", 15), (1, "Coffee", "break", 20),
        (1, "Keynote", "session", 30), (2, "Review", "review of actions", 45)]
    # and saved back (over the same name) from an agenda
    assert agenda.save_template(db, 2, "Template 3", overwrite=True) == 3
    assert agenda.list_templates(db)[2] == (3, "Template 3", 4)


def refused_values() -> list[str]:
    return [
        "UPDATE agenda_template_item SET kind = 'keynote' WHERE template_id = 1",
        "UPDATE agenda_template_item SET duration_minutes = -1 WHERE template_id = 1",
        "UPDATE agenda_template_item SET day = 0 WHERE template_id = 1",
        "UPDATE agenda_template_item SET position = 0 WHERE template_id = 1",
    ]
