"""A change made in the Contacts area shows as one row, not a reload of every person (issue 15:
a single edit reflected in < 50 ms): the person's row is read again and put at its sorted
place, or left out when the filter hides it, and counted either way. The rows given to the view
so far (`fetchMore`), the selection and the scroll position stay. What a full reload would show
is what the area shows. A colleague's change (another connection) still shows."""

from __future__ import annotations

import importlib.util
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox

from organiser.core.storage import Database, open_database
from organiser.services.people import get_person, list_people, save_person
from organiser.ui.areas.contacts import ContactsArea
from organiser.ui.labels import number
from organiser.ui.models.table import FIRST_BATCH
from tests.ui.loading import settle

REPO = Path(__file__).resolve().parents[2]
PEOPLE = 600
POLL_WAIT_MS = 1500  # longer than the window's change poll (one second)


@pytest.fixture(scope="module")
def moderate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark's generator, at a size where the view is given only part of the rows."""
    spec = importlib.util.spec_from_file_location("make_large_db",
                                                  REPO / "bench" / "make_large_db.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("moderate") / "moderate.sqlite"
    module.generate(path, people=PEOPLE, organisations=60, events=10, invitations=300,
                    next_steps=100)
    return path


@pytest.fixture
def contacts(qtbot, moderate: Path, tmp_path: Path, monkeypatch) -> Iterator[Any]:
    """The Contacts area of a real window on a copy of that database, with its full loads
    counted (`area.full_loads`)."""
    from organiser.ui.app import make_application
    from organiser.ui.main_window import MainWindow

    shutil.copy2(moderate, tmp_path / "db.sqlite")
    db: Database = open_database(tmp_path / "db.sqlite", create=False)
    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    window.set_database(db)
    area = window.show_area("Contacts")
    settle()
    loads: list[int] = []
    full_load = ContactsArea.load

    def counted(database: Database) -> Any:
        loads.append(1)
        return full_load(database)

    monkeypatch.setattr(ContactsArea, "load", staticmethod(counted))
    area.full_loads = loads
    yield area
    window.set_database(None)


def _fill_form(fill: Callable[[Any], None]) -> None:
    """When the person or organisation form shows (it is modal), fill it and press Save."""
    def attempt(tries: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() not in ("personDialog", "organisationDialog"):
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        fill(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, attempt)


def _set(dialog: Any, **texts: str) -> None:
    for name, text in texts.items():
        dialog.set_text(name, text)


def _as_reloaded(area: Any) -> list[Any]:
    """What a full reload would show, with the area's filter and sort order."""
    model = area.people
    rows = [r for r in list_people(area.db) if model.matches(r)]
    fresh = type(model)()
    fresh.set_people(rows)
    fresh.sort(model._sort_column, model._sort_order)
    return fresh.rows()


def _after_the_poll(qtbot) -> None:
    """Wait past the window's change poll, and for any read it started."""
    qtbot.wait(POLL_WAIT_MS)
    settle()


def test_editing_a_person_redraws_their_row_only(contacts, qtbot) -> None:
    area, model = contacts, contacts.people
    area.table.scrollTo(model.index(60, 0))
    scrolled = area.table.verticalScrollBar().value()
    assert scrolled > 0
    middle = area.table.rowAt(area.table.viewport().height() // 2)  # a row in sight
    assert middle > 30
    person = model.person(middle)
    area.select_people({person.id})
    resets: list[int] = []
    changed: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, _last, _roles=(): changed.append(first.row()))

    _fill_form(lambda d: _set(d, country="Sénégal", phone="+221 33 000 00 00"))
    area.edit_person()
    _after_the_poll(qtbot)

    assert area.full_loads == []  # neither the save nor the poll read everyone again
    assert not resets
    assert changed == [middle]
    assert model.index(middle, 4).data() == "Sénégal"
    assert model.person(middle) == next(r for r in list_people(area.db) if r.id == person.id)
    assert area.selected_person_ids() == [person.id]
    assert area.table.verticalScrollBar().value() == scrolled
    assert model.rowCount() == FIRST_BATCH  # the view was given nothing more
    assert model.rows() == _as_reloaded(area)


def test_a_renamed_person_moves_to_their_sorted_place(contacts, qtbot) -> None:
    area, model = contacts, contacts.people
    first = model.person(0)
    other = model.person(3)
    area.select_people({first.id})
    assert model.rowCount() == FIRST_BATCH
    # sorted after every Latin name: among the rows the view was not given yet
    _fill_form(lambda d: _set(d, family_name="Zzyzx", given_name="Ana", latin_name=""))
    area.edit_person()
    _after_the_poll(qtbot)
    assert area.full_loads == []
    assert model.rows() == _as_reloaded(area)
    moved = [r.id for r in model.rows()].index(first.id)
    assert moved > FIRST_BATCH and model.rows()[moved].family_name == "Zzyzx"
    assert model.total() == model.shown() == PEOPLE
    # the edited person is selected and shown, wherever they went
    assert area.selected_person_ids() == [first.id]
    row = area._selected_rows()[0]
    assert row == moved and row < model.rowCount()
    assert area.table.rowAt(area.table.visualRect(model.index(row, 0)).center().y()) == row

    # sorted by organisation, descending: a move among the rows the view has keeps them
    # selected (a move, not a removal)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    area.select_people({other.id})
    _fill_form(lambda d: _set(d, family_name="Aaberg"))
    area.edit_person()
    settle()
    assert area.full_loads == []
    assert model.rows() == _as_reloaded(area)
    assert area.selected_person_ids() == [other.id]


def test_a_new_person_hidden_by_the_filter_is_counted(contacts, qtbot) -> None:
    area, model = contacts, contacts.people
    area.search.setText("person1@")  # person1@, person10…@, person100…@
    shown = model.shown()
    assert 0 < shown < PEOPLE

    _fill_form(lambda d: _set(d, given_name="Chinwe", family_name="Okafor",
                              emails="c.okafor@ppa.example"))
    area.new_person()
    settle()
    assert area.full_loads == []
    assert model.total() == PEOPLE + 1 and model.shown() == shown  # not shown, but counted
    assert area.summary.text() == f"{number(shown)} of {number(PEOPLE + 1)} people shown"
    assert area.window().statusBar().currentMessage().startswith(
        "Saved. Chinwe Okafor is not listed: the search")
    assert model.rows() == _as_reloaded(area)

    _fill_form(lambda d: _set(d, given_name="Amadou", family_name="Diallo",
                              emails="person1@new.example"))
    area.new_person()
    settle()
    assert area.full_loads == []
    assert model.total() == PEOPLE + 2 and model.shown() == shown + 1
    assert model.rows() == _as_reloaded(area)
    assert model.person(area._selected_rows()[0]).family_name == "Diallo"

    area.search.clear()  # both are there, each at their place
    assert model.rows() == _as_reloaded(area)
    assert {"Okafor", "Diallo"} <= {r.family_name for r in model.rows()}
    _after_the_poll(qtbot)
    assert area.full_loads == []


def test_deleting_a_person_takes_out_their_row(contacts, qtbot, monkeypatch) -> None:
    area, model = contacts, contacts.people
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    person = model.person(5)
    organisation = person.organisation_id
    counted = next(o.people for o in area.organisations.rows() if o.id == organisation)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    area.select_people({person.id})
    area.delete_people()
    _after_the_poll(qtbot)
    assert area.full_loads == [] and not resets
    assert model.total() == PEOPLE - 1
    assert model.rows() == _as_reloaded(area)
    assert area.summary.text() == f"{number(PEOPLE - 1)} people"
    # the organisation's count follows (read in the background)
    assert next(o.people for o in area.organisations.rows()
                if o.id == organisation) == counted - 1


def test_tagging_one_person(contacts, qtbot, monkeypatch) -> None:
    area, model = contacts, contacts.people
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_args: ("Speakers", True))
    person = model.person(2)
    area.select_people({person.id})
    area.tag_selected()
    _after_the_poll(qtbot)
    assert area.full_loads == []
    assert model.index(2, 5).data() == "Speakers"
    assert model.rows() == _as_reloaded(area)
    assert area.tag_filter.findText("Speakers (1)") > 0  # the tag filter offers it, counted
    area.tag_filter.setCurrentIndex(area.tag_filter.findText("Speakers (1)"))
    assert [r.id for r in model.rows()] == [person.id]


def test_renaming_an_organisation_rereads_its_people_off_the_ui_thread(
        contacts, qtbot, monkeypatch) -> None:
    area, model = contacts, contacts.people
    organisation = model.person(0).organisation_id
    assert organisation is not None
    members = {r.id for r in model.rows() if r.organisation_id == organisation}
    read_on: list[bool] = []
    load_lists = ContactsArea.load_lists

    def watched(db: Database, people: Any = ()) -> Any:
        read_on.append(threading.current_thread() is threading.main_thread())
        return load_lists(db, people)

    monkeypatch.setattr(ContactsArea, "load_lists", staticmethod(watched))
    area.select_organisation(organisation)
    assert {r.id for r in model.rows()} == members
    _fill_form(lambda d: _set(d, name="Zebra Institute Ünïcode"))
    area.edit_organisation()
    _after_the_poll(qtbot)
    assert area.full_loads == []
    assert read_on and not any(read_on)
    assert {r.organisation for r in model.rows()} == {"Zebra Institute Ünïcode"}
    assert area.selected_organisation_id() == organisation
    area.search.setText("zebra unicode")  # the filter's key knows the new name
    assert {r.id for r in model.rows()} == members
    area.search.clear()
    area.select_organisation(None)
    assert model.rows() == _as_reloaded(area)
    assert "Zebra Institute Ünïcode" in [o.name for o in area.organisations.rows()]

    # deleting it: its people stay, without an organisation
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    area.select_organisation(organisation)
    area.delete_organisation()
    _after_the_poll(qtbot)
    assert area.full_loads == []
    assert all(r.organisation == "" for r in model.rows() if r.id in members)
    assert model.rows() == _as_reloaded(area)
    assert organisation not in [o.id for o in area.organisations.rows()]


def test_a_colleagues_change_still_shows(contacts, qtbot) -> None:
    area, model = contacts, contacts.people
    colleague = open_database(area.db.path, create=False)
    try:
        theirs = model.person(1)
        data = get_person(colleague, theirs.id)
        data.country = "Kenya"
        save_person(colleague, data)  # before this window's own edit: the poll may not see it
        mine = model.person(4)
        area.select_people({mine.id})
        _fill_form(lambda d: _set(d, country="Chile"))
        area.edit_person()
        qtbot.waitUntil(lambda: next(r for r in model.rows() if r.id == theirs.id).country
                        == "Kenya", timeout=15_000)
        settle()
        assert next(r for r in model.rows() if r.id == mine.id).country == "Chile"

        data = get_person(colleague, theirs.id)  # after it
        data.country = "Peru"
        save_person(colleague, data)
        qtbot.waitUntil(lambda: next(r for r in model.rows() if r.id == theirs.id).country
                        == "Peru", timeout=15_000)
        settle()
        assert model.rows() == _as_reloaded(area)
    finally:
        colleague.close()


@pytest.mark.parametrize("column", range(6))
@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_one_row_put_in_place_is_where_a_reload_puts_it(qapp, demo_db: Database, column: int,
                                                        order: Qt.SortOrder) -> None:
    """The model alone, each column and order: people renamed (to the same name as another,
    to the first and the last place), moved to another organisation, added and deleted one
    at a time end up where a model filled from a full read has them."""
    from organiser.core.people import PersonData
    from organiser.services.people import delete_person, listed_people
    from organiser.ui.models.contacts_table import PeopleTableModel

    model = PeopleTableModel()
    model.set_people(list_people(demo_db))
    model.sort(column, order)
    model.expose_all()

    def reflect(person_id: int) -> None:
        row = listed_people(demo_db, [person_id]).get(person_id)
        if row is None:
            model.take(person_id)
        else:
            model.put(row)
        fresh = PeopleTableModel()
        fresh.set_people(list_people(demo_db))
        fresh.sort(column, order)
        assert model.rows() == fresh.rows()
        assert model.rowCount() == model.total() == fresh.total()

    people = list_people(demo_db)
    twin = people[len(people) // 2]
    for person, changes in [
            (people[3], {"family_name": twin.family_name, "given_name": twin.given_name,
                         "latin_name": twin.latin_name, "display_name": ""}),
            (people[0], {"family_name": "Zzz", "latin_name": ""}),
            (people[-1], {"family_name": "Aaa", "latin_name": ""}),
            (people[7], {"organisation": "", "tags": ["Zulu"], "country": "Åland"}),
            (people[9], {"emails": []})]:
        data = get_person(demo_db, person.id)
        for name, value in changes.items():
            setattr(data, name, value)
        save_person(demo_db, data)
        reflect(person.id)
    for given in ("Ana", "Zoë", "Ана"):  # the same name three times: by id among them
        reflect(save_person(demo_db, PersonData(given_name=given, family_name="Ng")))
    delete_person(demo_db, people[12].id)
    reflect(people[12].id)


def test_many_people_put_between_the_same_two(qapp, demo_db: Database) -> None:
    """Each new person goes between the previous one and the same neighbour: the ranks in
    between run out (halved each time) and are numbered again, the order unchanged."""
    from organiser.core.people import PersonData
    from organiser.services.people import listed_people
    from organiser.ui.models.contacts_table import PeopleTableModel

    model = PeopleTableModel()
    model.set_people(list_people(demo_db))
    model.sort(1, Qt.SortOrder.AscendingOrder)
    for n in range(70):
        person_id = save_person(demo_db, PersonData(given_name=f"Ana {n:02d}",
                                                    family_name="Diallo"))
        model.put(listed_people(demo_db, [person_id])[person_id])
    fresh = PeopleTableModel()
    fresh.set_people(list_people(demo_db))
    fresh.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.rows() == fresh.rows()
    assert len({e.rank for e in model._base}) == model.total()


def test_the_person_form_takes_the_lists_the_area_shows(contacts, qtbot, monkeypatch) -> None:
    """Opening the form reads no organisation or tag on the UI thread (a thousand
    organisations through the ORM took a third of a second at the large size): it offers
    those the area lists."""
    import organiser.services.organisations as organisations
    import organiser.services.tags as tags

    on_ui: list[str] = []

    def watch(module: Any, name: str) -> None:
        real = getattr(module, name)

        def watched(*args: Any) -> Any:
            if threading.current_thread() is threading.main_thread():
                on_ui.append(name)
            return real(*args)

        monkeypatch.setattr(module, name, watched)

    watch(organisations, "list_organisation_rows")
    watch(tags, "list_tags")
    area = contacts
    area.select_people({area.people.person(0).id})
    offered: list[list[str]] = []

    def look(dialog: Any) -> None:
        combo = dialog.fields["organisation"]
        offered.append([combo.itemText(i) for i in range(1, combo.count())])

    _fill_form(look)
    area.edit_person()
    settle()
    assert on_ui == []
    assert offered == [[o.name for o in organisations.list_organisation_rows(area.db)]]
