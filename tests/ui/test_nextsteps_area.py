"""The Next steps area on the demo: filters, overdue rows, inline status change, history,
decisions search; the PDF preview-and-save actions of the Events area."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox

from organiser.ui import colours
from organiser.ui.models.nextsteps_table import STATUS
from tests.ui.loading import settle

TODAY = dt.date(2026, 11, 20)


def _area(main_window):
    area = main_window.show_area("Next steps")
    settle()
    area.model.set_rows(area.model.all_rows(), today=TODAY)
    area.apply_filter()
    settle()  # the filter runs in a worker
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
    settle()
    assert sorted(_texts(area)) == ["Map e-procurement systems in partner countries",
                                    "Outline a curriculum with two pilot institutes"]
    owner.setCurrentIndex(0)
    settle()
    area.due_filter.setCurrentIndex(area.due_filter.findData("overdue"))
    settle()
    assert _texts(area) == ["Collect regional priorities in one table",
                            "Circulate the list of regional training institutes"]
    area.due_filter.setCurrentIndex(0)
    settle()
    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    settle()
    qtbot.keyClicks(area.search, "elodie bench")
    settle()
    assert _texts(area) == ["Share the Task Force's benchmarking methodology"]
    area.search.clear()
    settle()
    area.line_filter.setCurrentIndex(area.line_filter.findText("E-procurement"))
    settle()
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
    settle()
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


def _key(qtbot, widget, key, text: str = "") -> None:
    """A key where the keyboard goes now: an open list, else the focus (table or editor)."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget() or widget
    qtbot.keyClick(target, key)
    QApplication.processEvents()
    _popup_gone(widget.window())


def _popup_gone(window) -> None:
    """The offscreen platform leaves a hidden list the active window (a real one gives the
    activation back to the window): give it back, as a window manager does."""
    if QApplication.activePopupWidget() is None and QApplication.activeWindow() is not window:
        window.activateWindow()
        QApplication.processEvents()


def _type(widget, text: str) -> None:
    """Typed key by key, in any script (QTest's keyClicks takes Latin-1 only); the key code
    is the character's, as a keyboard layout of that script gives it."""
    from PySide6.QtGui import QKeyEvent

    window = widget.window()
    for char in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(
                kind, ord(char.upper()), Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()
    _popup_gone(window)


@pytest.fixture
def british():
    """Dates as the interface shows them in British English (i18n.install sets the default
    locale; the tests' main window is not given a language)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the list
def test_owner_and_due_date_are_edited_in_place_by_keyboard(main_window, qtbot,
                                                             british) -> None:
    from PySide6.QtWidgets import QLineEdit

    from organiser.services.nextsteps import get_next_step
    from organiser.ui.models.nextsteps_table import DUE, OWNER, STATUS

    area = _area(main_window)
    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    settle()
    settle()
    resets: list[int] = []
    area.model.modelReset.connect(lambda: resets.append(1))
    table = area.table
    step_id = area.model.row_at(_row_of(area, "Outline a curriculum with two pilot institutes")).id
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    table.setFocus()
    table.setCurrentIndex(area.model.index(area.model.row_of(step_id), OWNER))

    # F2 on the Owner cell: a line to type in, holding the owner as shown
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.objectName() == "ownerEditor"
    assert editor.text() == "International Technical Advisory Group"
    # someone who owns no step yet, typed in their own script: the list offers them
    _type(editor, "민준")
    popup = editor.list_completer.popup()
    assert popup.isVisible()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered == ["김민준 (KPTI)"]
    _key(qtbot, table, Qt.Key.Key_Down)
    _key(qtbot, table, Qt.Key.Key_Return)  # picked from the list: saved at once
    assert table.state() != table.State.EditingState
    stored = get_next_step(main_window.db, step_id)
    assert stored.owner_person_id is not None and stored.owner_organisation_id is None
    assert "민준" in stored.owner_name
    row = area.model.row_of(step_id)
    assert "민준" in area.model.index(row, OWNER).data()  # the row shows it, in place
    assert area.model.index(row, 4).data() == "한국조달연수원"  # and their organisation

    # a name that is nobody: the editor stays open with the text, the reason beside it
    table.setCurrentIndex(area.model.index(row, OWNER))
    _key(qtbot, table, Qt.Key.Key_Return)  # Return edits, as F2 does
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.objectName() == "ownerEditor"
    editor.selectAll()
    _type(editor, "Nobody Whatsoever")
    _key(qtbot, table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor and editor.text() == "Nobody Whatsoever"
    assert area.edit_problem.isVisible()
    assert "No person or organisation is called “Nobody Whatsoever”" in area.edit_problem.text()
    assert not main_window.findChildren(QMessageBox)
    # Escape: as it was
    _key(qtbot, table, Qt.Key.Key_Escape)
    assert table.state() != table.State.EditingState
    assert not area.edit_problem.isVisible()
    assert get_next_step(main_window.db, step_id) == stored
    # an organisation by its acronym, accents and case ignored
    _key(qtbot, table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    _type(editor, "itag")
    _key(qtbot, table, Qt.Key.Key_Escape)  # the list closes; the text stays
    assert editor.text() == "itag"
    _key(qtbot, table, Qt.Key.Key_Return)
    owned = get_next_step(main_window.db, step_id)
    assert owned.owner_organisation_id is not None and owned.owner_person_id is None
    assert owned.owner_name == "International Technical Advisory Group"
    # a few letters that match one person, Return while the list is open: that person
    _key(qtbot, table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    _type(editor, "kwame")
    assert editor.list_completer.popup().isVisible()
    _key(qtbot, table, Qt.Key.Key_Return)
    assert get_next_step(main_window.db, step_id).owner_name == "Kwame Asante"
    assert table.state() != table.State.EditingState

    # the due date: Return on the Due cell, typed in the interface's format (British here)
    row = area.model.row_of(step_id)
    table.setCurrentIndex(area.model.index(row, DUE))
    _key(qtbot, table, Qt.Key.Key_Return)
    dates = QApplication.focusWidget()
    assert isinstance(dates, QLineEdit) and dates.objectName() == "dueEditor"
    dates.selectAll()
    _type(dates, "31/02/2027")
    _key(qtbot, table, Qt.Key.Key_Tab)  # not a date: nothing moves, nothing is saved
    assert QApplication.focusWidget() is dates and dates.text() == "31/02/2027"
    assert "is not a date" in area.edit_problem.text()
    dates.selectAll()
    _type(dates, "15/01/2027")
    _key(qtbot, table, Qt.Key.Key_Tab)  # saved; Tab goes on to the Status cell's editor
    assert get_next_step(main_window.db, step_id).due_date == dt.date(2027, 1, 15)
    assert not area.edit_problem.isVisible()
    assert table.currentIndex().column() == STATUS
    assert area.model.row_at(area.model.row_of(step_id)).due_date == dt.date(2027, 1, 15)
    _key(qtbot, table, Qt.Key.Key_Escape)
    # emptied: no due date
    table.setCurrentIndex(area.model.index(area.model.row_of(step_id), DUE))
    _key(qtbot, table, Qt.Key.Key_F2)
    dates = QApplication.focusWidget()
    assert dates.text() == "15/01/2027"
    dates.selectAll()
    _key(qtbot, table, Qt.Key.Key_Delete)
    _key(qtbot, table, Qt.Key.Key_Return)
    assert get_next_step(main_window.db, step_id).due_date is None
    assert area.model.index(area.model.row_of(step_id), DUE).data() == ""
    # every change showed in its row: the table was never reloaded, not even by the poll
    # that notices changes to the database (the area's own writes are not news to it)
    main_window.poll_changes()
    settle()
    assert resets == []


@pytest.mark.parametrize(("language", "shown"), [("en_GB", "31/03/2027"),
                                                 ("fr_FR", "31/03/2027"),
                                                 ("ar_EG", "٣١/٣/٢٠٢٧")])
def test_due_dates_are_typed_as_the_interface_writes_them(language, shown, qapp) -> None:
    from PySide6.QtCore import QLocale

    from organiser.core.errors import InputError
    from organiser.ui.areas.nextstep_editors import due_text, parse_due

    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        assert due_text(dt.date(2027, 3, 31)).translate({0x200f: None, 0x61c: None}) == shown
        assert parse_due(due_text(dt.date(2027, 3, 31))) == dt.date(2027, 3, 31)
        assert parse_due(shown) == dt.date(2027, 3, 31)
        assert parse_due("2027-03-31") == dt.date(2027, 3, 31)  # ISO always
        assert parse_due("  ") is None  # empty: no due date
        for wrong in ("31/02/2027", "tomorrow", "2027-13-01"):
            with pytest.raises(InputError, match="is not a date"):
                parse_due(wrong)
    finally:
        QLocale.setDefault(before)
