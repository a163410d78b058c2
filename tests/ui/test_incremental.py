"""Large tables are given to the view in batches (canFetchMore/fetchMore, issue 15), while the
filter, the sort, the counts, "select all" and the End key cover every row: a row the view has
not been given yet is never left out (a silent wrong answer)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from organiser.core.storage import Database, open_database
from organiser.services.nextsteps import NextStepFilter
from organiser.ui.labels import number
from organiser.ui.models.table import BATCH, FIRST_BATCH
from tests.ui.loading import settle

REPO = Path(__file__).resolve().parents[2]
PEOPLE, STEPS = 1500, 2500


@pytest.fixture(scope="module")
def moderate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The benchmark's generator at a moderate size (the large database's shape)."""
    spec = importlib.util.spec_from_file_location("make_large_db",
                                                  REPO / "bench" / "make_large_db.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("moderate") / "moderate.sqlite"
    module.generate(path, people=PEOPLE, organisations=150, events=60, invitations=4000,
                    next_steps=STEPS)
    return path


@pytest.fixture
def window(qtbot, moderate: Path, tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    import shutil

    from organiser.ui.app import make_application
    from organiser.ui.main_window import MainWindow

    shutil.copy2(moderate, tmp_path / "db.sqlite")
    db: Database = open_database(tmp_path / "db.sqlite", create=False)
    make_application()
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1200, 760)
    main.show()
    qtbot.waitExposed(main)
    main.set_database(db)
    settle()
    yield main
    main.set_database(None)


def test_people_come_in_batches_and_every_action_covers_all(window) -> None:
    area = window.show_area("Contacts")
    settle()
    model, table = area.people, area.table
    assert model.total() == model.shown() == PEOPLE
    assert model.rowCount() == FIRST_BATCH  # the view has a first batch, at once
    assert area.summary.text() == f"{number(PEOPLE)} people"  # the count is everyone, not the batch
    assert model.canFetchMore(QModelIndex())

    # the filter looks at every row: the last person in the list, never given to the view
    last = model.rows()[-1]
    assert model.rowCount() < model.shown()
    area.search.setText(last.family_name + " " + last.given_name)
    assert last.id in [model.person(r).id for r in range(model.rowCount())]
    area.search.clear()

    # scrolling to the bottom asks for the next batch
    assert model.rowCount() == FIRST_BATCH
    table.scrollToBottom()
    settle()
    assert model.rowCount() == min(PEOPLE, FIRST_BATCH + BATCH)

    # sorting the other way round brings the tail to the top
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == last.name
    model.sort(0, Qt.SortOrder.AscendingOrder)

    # Ctrl+A selects everyone, not the rows scrolled to so far
    table.setFocus()
    table.selectAll()
    assert len(area.selected_person_ids()) == PEOPLE

    # End goes to the last person of all
    table.clearSelection()
    table.setCurrentIndex(model.index(0, 0))
    from PySide6.QtTest import QTest

    QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert table.currentIndex().row() == PEOPLE - 1
    assert model.person(table.currentIndex().row()).id == last.id

    # a person selected far down stays selected after a reload (re-given to the view)
    area.select_people({last.id})
    area.refresh()
    settle()
    assert area.selected_person_ids() == [last.id]


def test_next_steps_come_in_batches_and_the_filter_sees_them_all(window) -> None:
    area = window.show_area("Next steps")
    settle()
    area.status_filter.setCurrentIndex(1)  # every status
    settle()
    model = area.model
    assert model.shown() == len(model.all_rows()) == STEPS
    assert model.rowCount() == FIRST_BATCH
    assert area.summary.text().startswith(f"{number(STEPS)} of {number(STEPS)} next steps")
    # the step sorted last is found by its text, and can be selected
    last = model._rows[-1]  # never given to the view so far
    assert area.select_step(last.id)
    assert area.selected_step_id() == last.id
    area.search.setText(last.text)
    settle()
    assert last.id in [model.row_at(r).id for r in range(model.rowCount())]
    assert model.shown() == sum(1 for r in model.all_rows() if last.text.lower() in r.text.lower())


ACCEPTS = NextStepFilter.accepts  # before a test watches it


def _watch_the_ui_thread(monkeypatch, *names: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of the calls among `names` (NextStepFilter.accepts, NextStepRow.is_overdue)
    made on the UI thread from now on."""
    import threading

    from organiser.services.nextsteps import NextStepFilter, NextStepRow

    ui = threading.current_thread()
    on_ui: list[str] = []

    def watched(name, function):  # type: ignore[no-untyped-def]
        def call(*args):  # type: ignore[no-untyped-def]
            if threading.current_thread() is ui:
                on_ui.append(name)
            return function(*args)
        return call

    for cls, name in ((NextStepFilter, "accepts"), (NextStepFilter, "keep"),
                      (NextStepRow, "is_overdue")):
        if name in names:
            monkeypatch.setattr(cls, name, watched(name, getattr(cls, name)))
    return on_ui


def _wanted(area) -> list[int]:  # type: ignore[no-untyped-def]
    """The ids the filters shown keep, by due date (the area's default sort), worked out
    here over every step (with the filter's own method, not one a test watches)."""
    model = area.model
    flt = area.current_filter()
    return [r.id for r in sorted(
        (r for r in model.all_rows() if ACCEPTS(flt, r, model.today)),
        key=lambda r: (r.due_date is None, r.due_date or dt.date.min, r.id))]


def test_changing_a_next_steps_filter_filters_in_the_worker(window, qtbot, monkeypatch) -> None:
    """Choosing a status, an owner, an event or typing in the search filters every step in a
    worker (it ran on the UI thread: about 30 ms at the large size, each key typed); the rows
    are those of the newest filter only, and the selection stays."""
    area = window.show_area("Next steps")
    settle()
    model = area.model
    on_ui = _watch_the_ui_thread(monkeypatch, "accepts", "keep")
    shown: list[int] = []  # each time the table shows other rows: how many
    model.modelReset.connect(lambda: shown.append(model.shown()))
    selected = model.row_at(3).id
    assert area.select_step(selected)

    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    assert on_ui == []  # no pass over the steps on the UI thread
    assert not shown  # the rows shown stay until the worker has made the new ones
    settle()
    assert [r.id for r in model._rows] == _wanted(area) and model.shown() == STEPS
    assert area.selected_step_id() == selected  # kept across the new rows
    assert area.summary.text().startswith(f"{number(STEPS)} of {number(STEPS)}")

    owner = model.row_at(0).owner_person_id
    area.owner_filter.setCurrentIndex(area.owner_filter.findData(f"person:{owner}"))
    settle()
    assert [r.id for r in model._rows] == _wanted(area) and model.shown() < 10
    area.owner_filter.setCurrentIndex(0)
    event = model.row_at(0).event_id
    area.event_filter.setCurrentIndex(area.event_filter.findData(str(event)))
    settle()
    assert [r.id for r in model._rows] == _wanted(area)
    assert {r.event_id for r in model._rows} == {event}
    area.event_filter.setCurrentIndex(0)
    settle()

    # typed fast: each key asks for a new filter; only the last text's rows are shown
    shown.clear()
    target = model.row_at(model.shown() - 1)  # the last row, never given to the view
    qtbot.keyClicks(area.search, target.text)
    settle()
    assert shown == [model.shown()]  # one arrangement shown: the last text's
    assert area.current_filter().text == target.text
    assert [r.id for r in model._rows] == _wanted(area) and target.id in _wanted(area)
    area.search.clear()
    settle()
    assert model.shown() == STEPS
    assert on_ui == []  # no filter pass on the UI thread


def test_a_step_changed_while_its_filter_is_made_is_shown_as_changed(window) -> None:
    """A row edited while a filter's rows are made in a worker (from the rows before) is
    not put back as it was: the rows are made again."""
    from organiser.core.enums import NextStepStatus
    from organiser.services.nextsteps import set_status

    area = window.show_area("Next steps")
    settle()
    model = area.model
    step = model.row_at(0)
    area.search.setText(step.text)
    area.change_status(step.id, "in progress")  # while the worker filters
    settle()
    assert [r.id for r in model._rows] == _wanted(area)
    assert model.row_at(model.row_of(step.id)).status is NextStepStatus.IN_PROGRESS
    stored = set_status(window.db, step.id, NextStepStatus.IN_PROGRESS)
    assert model.row_at(model.row_of(step.id)).version == stored.version


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the list
def test_a_filter_made_while_a_cell_is_edited_waits_for_the_editor(window, qtbot) -> None:
    """The rows of a filter chosen just before editing a cell are not shown under the open
    editor (a reset would close it and lose what is typed): once editing ends."""
    from PySide6.QtWidgets import QApplication, QLineEdit

    from organiser.ui.models.nextsteps_table import OWNER

    area = window.show_area("Next steps")
    settle()
    model = area.model
    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    area.table.setFocus()
    area.table.setCurrentIndex(model.index(0, OWNER))
    qtbot.keyClick(area.table, Qt.Key.Key_F2)  # before the worker is back
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Half typed")
    settle()  # the filter's rows are made, and wait
    assert QApplication.focusWidget() is editor and editor.text() == "Half typed"
    assert model.shown() < STEPS  # still the rows from before
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: model.shown() == STEPS)
    assert [r.id for r in model._rows] == _wanted(area)


def test_next_steps_are_filtered_and_sorted_in_the_worker(window, monkeypatch) -> None:
    """Showing the area's data does no pass over every step on the UI thread (the filter
    over 20,000 steps, the overdue count, the owner editor's index of every person and
    organisation ran in show_loaded: a stall of a tenth of a second); the rows shown are
    still the ones the filter and the sort give over all the steps."""
    import threading

    from organiser.services.nextsteps import NextStepFilter, NextStepRow
    from organiser.ui.areas import nextstep_editors

    area = window.show_area("Next steps")
    settle()
    area.status_filter.setCurrentIndex(2)  # open
    settle()
    area.search.setText("a")
    settle()
    area.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by owner, Z to A
    ui = threading.current_thread()
    on_ui: list[str] = []
    accepts, overdue, fold = NextStepFilter.accepts, NextStepRow.is_overdue, nextstep_editors.fold

    def watched(name, function):  # type: ignore[no-untyped-def]
        def call(*args):  # type: ignore[no-untyped-def]
            if threading.current_thread() is ui:
                on_ui.append(name)
            return function(*args)
        return call

    monkeypatch.setattr(NextStepFilter, "accepts", watched("accepts", accepts))
    monkeypatch.setattr(NextStepFilter, "keep", watched("keep", NextStepFilter.keep))
    monkeypatch.setattr(NextStepRow, "is_overdue", watched("is_overdue", overdue))
    monkeypatch.setattr(nextstep_editors, "fold", watched("fold", fold))
    area.refresh()
    settle()
    # a screenful of cells may ask is_overdue when painted; nothing near one call per step
    assert on_ui.count("accepts") == on_ui.count("keep") == 0
    assert on_ui.count("fold") == 0
    assert on_ui.count("is_overdue") < 2 * FIRST_BATCH * 7
    model = area.model
    flt = area.current_filter()
    wanted = sorted((r for r in model.all_rows() if accepts(flt, r, model.today)),
                    key=lambda r: (r.folded[1], r.id), reverse=True)
    assert [r.id for r in model._rows] == [r.id for r in wanted]
    assert model.shown() < STEPS and flt.text == "a"
    assert model.overdue_count() == sum(1 for r in wanted if overdue(r, model.today))
    # the owner editor knows every person and organisation, indexed in the worker
    assert len(area.owner_delegate.owners.options) == PEOPLE + 150
    names = [o.name for o in area.owner_delegate.owners.options]
    one = next(o for o in area.owner_delegate.owners.options if names.count(o.name) == 1)
    assert area.owner_delegate.owners.resolve(one.name) == one.key
