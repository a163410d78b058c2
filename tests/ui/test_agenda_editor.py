"""The agenda editor: keyboard and drag reorder, start times, the attendee time-zone column."""

from __future__ import annotations

from PySide6.QtCore import Qt

from organiser.services import agenda
from tests.ui.drag_support import drag_and_drop

WORKSHOP = 5


def test_reorder_by_keyboard_and_drop_with_time_zone_column(qtbot, demo_db) -> None:
    from organiser.ui.agenda import AgendaEditor
    from organiser.ui.app import make_application

    make_application()
    editor = AgendaEditor(demo_db, WORKSHOP)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    model, table = editor.model, editor.table
    first, second = model.rows[0].id, model.rows[1].id
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in agenda.get_agenda(demo_db, WORKSHOP).day_items(1)][:2] == [
        second, first]
    assert model.data(model.index(0, 1)) == "09:00" and model.data(model.index(1, 1)) == "09:30"
    # drag the first item of day 2 onto row 0 (day 1)
    day2 = next(r for r in model.rows if r.day == 2)
    drag_and_drop(table, [model.index(model.rows.index(day2), 0)],
                  table.visualRect(model.index(0, 3)).center())
    assert agenda.get_agenda(demo_db, WORKSHOP).day_items(1)[0].id == day2.id
    assert "runs 60 min past its end (17:00)" in editor.status.text()  # 450 + 90 minutes
    editor.zone.setCurrentIndex(editor.zone.findData("America/New_York"))
    assert model.headerData(7, Qt.Orientation.Horizontal) == "Time in America/New_York"
    assert model.data(model.index(0, 7)) == "01:00–02:30"


def _order(db, day: int) -> list[int]:
    return [r.id for r in agenda.get_agenda(db, WORKSHOP).day_items(day)]


def test_every_edit_is_undone_and_redone_with_the_keyboard(qtbot, demo_db) -> None:
    from organiser.ui.agenda import AgendaEditor
    from organiser.ui.app import make_application

    make_application()
    editor = AgendaEditor(demo_db, WORKSHOP)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    model, table = editor.model, editor.table
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    def undo() -> None:
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Z, ctrl)

    def redo() -> None:
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Z, ctrl | shift)

    # reorder by drag: the fourth item dropped on the second row
    start = _order(demo_db, 1)
    drag_and_drop(table, [model.index(3, 0)], table.visualRect(model.index(1, 3)).center())
    moved = [start[0], start[3], start[1], start[2], *start[4:]]
    assert _order(demo_db, 1) == moved
    undo()
    assert _order(demo_db, 1) == start
    assert model.data(model.index(3, 1)) == "10:30"
    redo()
    assert _order(demo_db, 1) == moved

    # title and duration typed in the form, Enter saves
    table.selectRow(0)
    editor.form.title_edit.selectAll()
    qtbot.keyClicks(editor.form.title_edit, "Coffee and badges")
    editor.form.duration.setFocus()
    editor.form.duration.selectAll()
    qtbot.keyClicks(editor.form.duration, "45")
    editor.form.title_edit.setFocus()
    qtbot.keyClick(editor.form.title_edit, Qt.Key.Key_Return)
    first = agenda.get_agenda(demo_db, WORKSHOP).items[0]
    assert (first.title, first.duration_minutes) == ("Coffee and badges", 45)
    assert model.data(model.index(1, 1)) == "09:45"
    undo()
    first = agenda.get_agenda(demo_db, WORKSHOP).items[0]
    assert (first.title, first.duration_minutes) == ("Registration and coffee", 30)
    assert editor.form.title_edit.text() == "Registration and coffee"  # the form follows
    redo()
    assert agenda.get_agenda(demo_db, WORKSHOP).items[0].title == "Coffee and badges"

    # add (Ctrl+N) then delete (Del): undone and redone with the same item
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_N, ctrl)
    added = _order(demo_db, 1)[1]
    assert agenda.get_agenda(demo_db, WORKSHOP).item(added).title == "New item"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert added not in _order(demo_db, 1)
    undo()
    assert _order(demo_db, 1)[1] == added
    undo()
    assert _order(demo_db, 1) == moved
    redo()
    redo()
    assert added not in _order(demo_db, 1)
    undo()
    assert _order(demo_db, 1)[1] == added


def test_a_day_of_its_own_start_time(qtbot, demo_db) -> None:
    from organiser.ui.agenda import AgendaEditor
    from organiser.ui.app import make_application

    make_application()
    editor = AgendaEditor(demo_db, WORKSHOP)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    model, table = editor.model, editor.table
    assert not editor.form.day_start.isEnabled()  # day 1 starts with the event
    day2 = next(i for i, r in enumerate(model.rows) if r.day == 2)
    table.selectRow(day2)
    day_start = editor.form.day_start
    assert day_start.isEnabled() and day_start.time().toString("HH:mm") == "09:00"
    editor.form.day_start.setFocus()  # the hours are selected, as when tabbing in
    qtbot.keyClicks(editor.form.day_start, "0830")
    qtbot.keyClick(editor.form.day_start, Qt.Key.Key_Return)
    assert model.data(model.index(day2, 1)) == "08:30"
    assert model.data(model.index(day2 + 1, 1)) == "10:00"
    assert model.data(model.index(0, 1)) == "09:00"
    assert "Day 2: Wed 10 Feb 08:30" in editor.status.text()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert model.data(model.index(day2, 1)) == "09:00"
    assert editor.form.day_start.time().toString("HH:mm") == "09:00"
    # the keyboard reorder keeps the day's start: the first item of day 2 moves down
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)
    table.selectRow(day2)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert model.rows[day2].title != "Themes and dot voting"
    assert model.data(model.index(day2, 1)) == "08:30"


def test_typed_changes_survive_a_row_click_and_return_saves_from_every_field(
        qtbot, demo_db) -> None:
    """Finding 6: a title typed then another row clicked was lost; Return did nothing in
    Duration."""
    from organiser.ui.agenda import AgendaEditor
    from organiser.ui.app import make_application

    make_application()
    editor = AgendaEditor(demo_db, WORKSHOP)
    qtbot.addWidget(editor)
    editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    table = editor.table
    first, second, third = (r.id for r in editor.model.rows[:3])
    table.selectRow(0)
    editor.form.title_edit.setFocus()
    editor.form.title_edit.selectAll()
    qtbot.keyClicks(editor.form.title_edit, "Badges at the door")
    # the mouse picks another row before Return
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(editor.model.index(1, 3)).center())
    assert agenda.get_agenda(demo_db, WORKSHOP).item(first).title == "Badges at the door"
    assert editor.selected() is not None and editor.selected().id == second
    assert editor.form.title_edit.text() == agenda.get_agenda(demo_db, WORKSHOP).item(second).title
    # Return in Duration saves
    editor.form.duration.setFocus()
    editor.form.duration.selectAll()
    qtbot.keyClicks(editor.form.duration, "45")
    qtbot.keyClick(editor.form.duration, Qt.Key.Key_Return)
    assert agenda.get_agenda(demo_db, WORKSHOP).item(second).duration_minutes == 45
    assert editor.isVisible()  # Return saved, it did not close the editor
    # both edits are undoable steps
    editor.undo_action.trigger()
    assert agenda.get_agenda(demo_db, WORKSHOP).item(second).duration_minutes != 45
    # Escape with a typed, unsaved title keeps it
    table.selectRow(2)
    editor.form.title_edit.setText("Coffee break (longer)")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert agenda.get_agenda(demo_db, WORKSHOP).item(third).title == "Coffee break (longer)"
