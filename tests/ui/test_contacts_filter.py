"""The people model filters itself as you type: its shortcuts (narrowing, the Backspace cache,
sorting) always give what the simple definition gives; the selection survives typing."""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from organiser.core.text import fold
from organiser.services.people import PersonRow
from organiser.ui.models.contacts_table import PeopleTableModel
from organiser.ui.models.table import FIRST_BATCH
from tests.ui.loading import settle

GIVEN = ["José", "Jürgen", "Олег", "Олена", "فاطمة", "伟", "Aïssatou", "Zoë", "Ana", "Åsa"]
FAMILY = ["Martínez", "Müller", "Коваленко", "حسن", "张", "Ndiaye", "Østergård", "Lima", "Ruiz"]
ORGS = ["Institute of Public Procurement", "Институт закупок", "Procurement Watch", ""]
TAGS = ["ITAG", "Regional institutes network", "Speakers"]


def _people(count: int, seed: int = 7) -> list[PersonRow]:
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}{i % 13}"
        org = rng.choice(ORGS)
        emails = (f"{fold(given)}.{i}@partner{i % 5}.example",) if i % 7 else ()
        country = rng.choice(["Sénégal", "Brazil", "Україна", ""])
        rows.append(PersonRow(
            id=i + 1, name=f"{given} {family}", given_name=given, family_name=family,
            latin_name="", emails=emails, organisation=org,
            organisation_id=ORGS.index(org) + 1 if org else None, country=country,
            timezone="", tags=tuple(sorted(rng.sample(TAGS, rng.randint(0, 2)))),
            search_key=fold(" ".join((f"{given} {family}", given, family, org,
                                      " ".join(emails), country)))))
    return rows


def _expected(model: PeopleTableModel, everyone: list[PersonRow], query: str,
              org: int | None, tag: str | None) -> list[int]:
    """The definition: every word of the query in the folded key, in the model's order."""
    words = fold(query).split()
    return [p.id for p in everyone
            if all(w in p.search_key for w in words)
            and (org is None or p.organisation_id == org) and (tag is None or tag in p.tags)]


def test_every_shortcut_agrees_with_the_definition(qtbot) -> None:
    everyone = _people(600)
    model = PeopleTableModel()
    model.set_people(everyone)
    assert model.shown() == model.total() == 600
    assert model.rowCount() == FIRST_BATCH  # the view is given the rest as it scrolls
    rng = random.Random(11)
    alphabet = "aeiouüjoselnmrtz.0123 олегнк"
    sizes: list[int] = []
    query, org, tag = "", None, None
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(model.shown()))
    for step in range(400):
        action = rng.random()
        if action < .55 and len(query.replace(" ", "")) < 4:  # short words: rows to compare
            query += rng.choice(alphabet)
            model.set_query(query)
        elif action < .85:
            query = query[:-rng.randint(1, 3)]  # Backspace, or a selection deleted
            model.set_query(query)
        elif action < .9:
            org = rng.choice([None, 1, 2, 3])
            model.set_organisation(org)
        elif action < .95:
            tag = rng.choice([None, *TAGS])
            model.set_tag(tag)
        else:
            column = rng.choice([0, 1, 2, 3, 4, 5])
            order = rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
            model.sort(column, order)
        # the model's full order (no filter) is the reference order for this step
        shown = [p.id for p in model.rows()]
        wanted = set(_expected(model, everyone, query, org, tag))
        assert shown == [i for i in _order(model) if i in wanted], step
        assert all(model.matches(p) for p in model.rows())
        sizes.append(model.shown())
        assert model.rowCount() == min(model.shown(), FIRST_BATCH)
        assert [model.index(r, 0).data() for r in range(min(3, model.rowCount()))] == \
            [p.name for p in model.rows()[:3]]
    assert resets  # the view was told each time the rows changed
    assert len(set(sizes)) > 40 and sum(1 for n in sizes if 0 < n < 600) > 150


def _order(model: PeopleTableModel) -> list[int]:
    """Everyone in the model's current sort order (what an empty filter would show)."""
    return [entry.row.id for entry in model._all]


def test_sorting_keeps_the_filter_and_sorts_across_scripts(qtbot) -> None:
    model = PeopleTableModel()
    model.set_people(sorted(_people(200), key=lambda p: fold(p.family_name)))
    model.set_tag("ITAG")
    shown = {p.id for p in model.rows()}
    assert 0 < len(shown) < 200
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert {p.id for p in model.rows()} == shown
    orgs = [p.organisation for p in model.rows()]
    # descending: other scripts after Latin reversed, then Latin from the end; no organisation last
    assert orgs[0] == "Институт закупок" and orgs[-1] == ""
    assert orgs.index("Procurement Watch") < orgs.index("Institute of Public Procurement")
    model.set_tag(None)
    assert model.shown() == 200


def _type(widget, text: str) -> None:
    for ch in text:
        key = Qt.Key.Key_Backspace if ch == "\b" else 0
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key,
                                                 Qt.KeyboardModifier.NoModifier,
                                                 "" if ch == "\b" else ch))


def test_selection_survives_typing_while_shown(main_window, qtbot) -> None:
    area = main_window.show_area("Contacts")
    settle()
    area.search.setFocus()
    _type(area.search, "m")
    row = next(r for r, p in enumerate(area.people.rows()) if p.name == "José Martínez")
    area.table.selectRow(row)
    [selected] = area.selected_person_ids()
    assert area.edit_person_action.isEnabled()
    _type(area.search, "arti")  # "marti": José is still shown, still selected
    assert area.selected_person_ids() == [selected]
    assert area.edit_person_action.isEnabled()
    _type(area.search, "\b\b\b\b\b")  # back to everyone
    assert area.selected_person_ids() == [selected]
    assert area.summary.text() == "28 people"
    _type(area.search, "zzz")  # filtered out: nothing selected, nothing to edit
    assert area.selected_person_ids() == [] and not area.edit_person_action.isEnabled()
    assert area.summary.text() == "0 of 28 people shown"


def test_many_selected_narrow_with_the_filter(main_window, qtbot) -> None:
    area = main_window.show_area("Contacts")
    settle()
    area.table.selectAll()
    assert len(area.selected_person_ids()) == 28
    area.search.setFocus()
    _type(area.search, "mar")
    shown = [p.id for p in area.people.rows()]
    assert len(shown) == 5 and area.selected_person_ids() == shown
    assert area.delete_person_action.isEnabled() and not area.edit_person_action.isEnabled()
    _type(area.search, "\b\b\b")  # the people filtered out were dropped from the selection
    assert sorted(area.selected_person_ids()) == sorted(shown)
    assert area.people.rowCount() == 28
