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
