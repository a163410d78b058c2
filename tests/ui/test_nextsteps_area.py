"""The Next steps area on the demo: filters, overdue rows, inline status change, history,
decisions search; the PDF preview-and-save actions of the Events area."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from organiser.ui import colours
from organiser.ui.models.nextsteps_table import STATUS
from tests.ui.loading import settle

TODAY = dt.date(2026, 11, 20)


def _area(main_window):
    area = main_window.show_area("Next steps")
    settle()
    area.model.set_rows(area.model.all_rows(), today=TODAY)
    area.apply_filter()
    return area


def _texts(area) -> list[str]:
    return [area.model.row_at(r).text for r in range(area.model.rowCount())]


def _row_of(area, text: str) -> int:
    return _texts(area).index(text)


def test_lists_active_steps_and_highlights_overdue(main_window) -> None:
    area = _area(main_window)
    # by default: open and in progress, by due date
    assert "Draft the indicative strategy note" not in _texts(area)
    assert _texts(area)[0] == "Collect regional priorities in one table"
    model = area.model
    late = model.index(_row_of(area, "Collect regional priorities in one table"), 0)
    assert model.data(late, Qt.ItemDataRole.BackgroundRole).color() == colours.background(
        "overdue")
    assert model.data(late, Qt.ItemDataRole.DisplayRole).endswith(", overdue")
    assert model.data(late, Qt.ItemDataRole.ToolTipRole) == "Overdue by 14 days"
    on_time = model.index(_row_of(area, "Map e-procurement systems in partner countries"), 0)
    assert model.data(on_time, Qt.ItemDataRole.BackgroundRole) is None
    assert "2 overdue" in area.summary.text()


def test_filters_and_search(main_window, qtbot) -> None:
    area = _area(main_window)
    owner = area.owner_filter
    owner.setCurrentIndex(owner.findText("International Technical Advisory Group (organisation)"))
    assert sorted(_texts(area)) == ["Map e-procurement systems in partner countries",
                                    "Outline a curriculum with two pilot institutes"]
    owner.setCurrentIndex(0)
    area.due_filter.setCurrentIndex(area.due_filter.findData("overdue"))
    assert _texts(area) == ["Collect regional priorities in one table",
                            "Circulate the list of regional training institutes"]
    area.due_filter.setCurrentIndex(0)
    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    qtbot.keyClicks(area.search, "elodie bench")
    assert _texts(area) == ["Share the Task Force's benchmarking methodology"]
    area.search.clear()
    area.line_filter.setCurrentIndex(area.line_filter.findText("E-procurement"))
    assert _texts(area) == ["Map e-procurement systems in partner countries"]


def test_sorting_by_a_column(main_window, qtbot) -> None:
    from organiser.core.text import fold

    area = _area(main_window)
    header = area.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(3) + 5, 5))
    assert header.sortIndicatorSection() == 3
    owners = [area.model.row_at(r).owner_name for r in range(area.model.rowCount())]
    ascending = sorted(owners, key=fold)
    assert owners in (ascending, ascending[::-1])
    assert owners[0] != owners[-1]


def test_inline_status_change_is_recorded_in_the_history(main_window, qtbot) -> None:
    area = _area(main_window)
    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    row = _row_of(area, "Collect regional priorities in one table")
    index = area.model.index(row, STATUS)
    area.table.setCurrentIndex(index)
    area.table.edit(index)
    editor = area.table.findChild(QComboBox, "statusEditor")
    assert editor is not None and editor.currentData() == "open"
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # open → in progress
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.model.row_at(row).status.value == "in progress")
    assert area.history_model.rowCount() == 2
    last = area.history_model.row_at(1)
    assert (last.old_status.value, last.new_status.value) == ("open", "in progress")
    assert "Collect regional priorities" in area.history_label.text()
    # the toolbar marks the selected step done (and the change is in the database)
    area.status_actions["done"].trigger()
    assert area.model.row_at(row).status.value == "done"
    assert not area.status_actions["done"].isEnabled()
    from organiser.services.nextsteps import status_history

    step_id = area.model.row_at(row).id
    assert [c.new_status.value for c in status_history(main_window.db, step_id)] == [
        "open", "in progress", "done"]


def test_decisions_search(main_window, qtbot) -> None:
    area = _area(main_window)
    area.tabs.setCurrentIndex(1)
    assert area.decisions_model.rowCount() == 4
    qtbot.keyClicks(area.decision_search, "curriculum")
    settle()  # searched in the background
    assert [r.text for r in area.decisions_model.rows()] == [
        "A training curriculum is developed with the regional institutes."]
    assert area.decisions_summary.text() == "1 decision"


def test_minutes_preview_save_and_approve(main_window, qtbot, tmp_path: Path) -> None:
    events = main_window.show_area("Events")
    settle()
    names = {a.objectName() for a in events._event_actions}
    assert {"pdfAction_minutes", "pdfAction_agenda", "pdfAction_signin",
            "pdfAction_votes"} <= names
    assert events.select_event(3)
    action = next(a for a in events._event_actions if a.objectName() == "pdfAction_minutes")
    assert action.isEnabled()
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "pdfPreviewDialog" and w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.page_count >= 1
    page = dialog.findChild(QLabel, "pdfPage1")
    assert page is not None and page.pixmap().width() > 500
    assert dialog.info.text().startswith("<b>Draft</b>")
    dialog.save_to(str(tmp_path / "minutes"))
    saved = tmp_path / "minutes.pdf"
    assert saved.read_bytes() == dialog.data and saved.read_bytes().startswith(b"%PDF")
    assert dialog.suggested_name().startswith("Minutes - Information sharing with the OECD")
    assert dialog.approve("Henrik Østergård")
    assert "Approved (version 1) by Henrik Østergård" in dialog.info.text()
    assert not dialog.approve_button.isEnabled() and dialog.new_version_button.isEnabled()
    dialog.close()


def test_agenda_preview_with_a_second_zone(main_window, qtbot) -> None:
    from organiser.ui.dialogs.pdf_preview import open_preview

    dialog = open_preview(main_window, "agenda", 5)
    assert dialog is not None
    qtbot.addWidget(dialog)
    first = dialog.data
    assert dialog.second_zone is not None
    dialog.second_zone.setCurrentIndex(dialog.second_zone.findData("Asia/Tokyo"))
    dialog.rebuild()
    assert dialog.data != first and dialog.page_count >= 1
    dialog.close()
