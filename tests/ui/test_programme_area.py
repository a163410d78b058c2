"""The Programme area on the demo, the conflict message, and the interface in Arabic."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableView

from organiser.core.enums import NextStepStatus
from organiser.core.models import NextStep
from organiser.core.storage import open_database
from tests.ui.loading import settle


@pytest.fixture
def area(qtbot, demo_db):
    """The Programme area on the demo, shown offscreen."""
    from organiser.ui.areas.programme import ProgrammeArea

    widget = ProgrammeArea()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_database(demo_db)
    widget.refresh()
    settle()
    yield widget
    widget.db = None


def test_timeline_lines_and_budget_flags(area) -> None:
    assert area.heading.text() == "Strengthening Coalitions for Procurement Reform"
    assert len(area.timeline.events) == 6
    assert area.timeline.isVisible() and area.timeline.height() >= area.timeline.sizeHint().height()
    lines = area.findChild(QTableView, "linesOfActionTable").model()
    assert [lines.index(r, 0).data() for r in range(lines.rowCount())] == [
        "LAW – Law and regulatory reform", "CAP – Implementation capacity",
        "MON – Media/CSO monitoring", "EGP – E-procurement"]
    assert lines.index(0, 6).data().startswith("50")
    stated = area.findChild(QTableView, "statedTotalsTable").model()
    assert stated.rowCount() == 3
    assert stated.index(0, 4).data() == "disagrees with the lines"
    assert stated.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    def money(amount: float) -> str:  # as the locale in use writes it
        return f"{QLocale().toString(float(amount), 'f', 2)} USD"

    assert money(430000) in area.grand_total.text()
    assert area.flag_label.text().startswith("3 stated total")
    totals = area.findChild(QTableView, "budgetTotalsTable").model()
    assert [totals.index(r, 2).data() for r in range(totals.rowCount())] == [
        money(210000), money(25000), money(45000), money(150000)]


def _select_open_step(area) -> int:
    area.lines_table.selectRow(0)  # LAW: one done, one open
    model = area.items_model
    row = next(r for r in range(model.rowCount())
               if model.row_at(r).kind == "next step"
               and model.row_at(r).status is NextStepStatus.OPEN)
    area.items_table.selectRow(row)
    return model.row_at(row).id


def test_mark_done_from_the_line_of_action(area, qtbot, demo_db) -> None:
    step_id = _select_open_step(area)
    qtbot.mouseClick(area.findChild(QPushButton, "markDoneButton"),
                     Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        assert session.get(NextStep, step_id).status is NextStepStatus.DONE
    settle()  # the progress is read again in the background
    assert area.lines_model.row_at(0).done == 2


def test_save_after_someone_else_changed_it_says_so(area, qtbot, demo_db,
                                                     db_path: Path) -> None:
    step_id = _select_open_step(area)
    colleague = open_database(db_path)  # another app instance on the same file
    try:
        with colleague.transaction() as session:
            session.get(NextStep, step_id).status = NextStepStatus.DROPPED
    finally:
        colleague.close()
    qtbot.mouseClick(area.findChild(QPushButton, "markDoneButton"),
                     Qt.MouseButton.LeftButton)
    box = area.findChild(QMessageBox, "conflictMessage")
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Changed by someone else"
    assert "was changed by someone else since you opened it; reload to see their change" \
        in box.text()
    box.close()
    with demo_db.session() as session:
        assert session.get(NextStep, step_id).status is NextStepStatus.DROPPED


def test_exports_from_the_area(area, tmp_path: Path) -> None:
    assert area.write_csv(str(tmp_path / "steps.csv"))
    assert (tmp_path / "steps.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert area.write_report(str(tmp_path / "report.pdf"))
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_arabic_interface_is_right_to_left_with_arabic_numbers(qtbot, demo_db) -> None:
    from organiser.ui import i18n
    from organiser.ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        assert i18n.install(app, "ar") == "ar"
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = MainWindow()
        qtbot.addWidget(window)
        titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert titles == ["جهات الاتصال", "الفعاليات", "الخطوات التالية", "البرنامج"]
        assert window.menu("&File").title() == "&ملف"
        area = window.show_area("Programme")  # titles stay the keys
        assert area.tabs.tabText(1) == "الميزانية"
        area.set_database(demo_db)
        area.refresh()
        settle()
        assert "٤٣٠" in area.grand_total.text()  # Arabic digits from the locale
        area.db = None
        assert i18n.install(app, "fr") == "fr"
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert QLocale().toString(1234.5, "f", 2) == "1\u202f234,50"
    finally:
        i18n.install(app, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_translations_are_complete() -> None:
    import xml.etree.ElementTree as ET

    from organiser.core.paths import resource_path

    folder = resource_path("translations")
    for language in ("fr", "ar"):
        tree = ET.parse(folder / f"organiser_{language}.ts")
        unfinished = [m.findtext("source") for m in tree.iter("message")
                      if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], language


def test_a_next_step_of_a_line_opens_in_next_steps_to_change_its_owner(main_window,
                                                                      qtbot) -> None:
    """The line's table shows owner and due date; Enter on a step takes it to the Next
    steps area, its Owner cell current, where F2 edits it (a done step too: the filter that
    hid it is cleared)."""
    from PySide6.QtWidgets import QLineEdit

    from organiser.ui.models.nextsteps_table import OWNER

    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    programme = main_window.show_area("Programme")
    settle()
    programme.tabs.setCurrentIndex(1)
    programme.lines_table.selectRow(0)  # LAW: one done, one open
    model = programme.items_model
    for status in (NextStepStatus.OPEN, NextStepStatus.DONE):
        main_window.show_area("Programme")
        settle()
        row = next(r for r in range(model.rowCount())
                   if model.row_at(r).kind == "next step" and model.row_at(r).status is status)
        step_id = model.row_at(row).id
        programme.items_table.setFocus()
        programme.items_table.setCurrentIndex(model.index(row, 0))
        qtbot.keyClick(programme.items_table, Qt.Key.Key_Return)
        settle()
        steps = main_window.visible_area()
        assert steps.title == "Next steps"
        current = steps.table.currentIndex()
        assert steps.model.row_at(current.row()).id == step_id and current.column() == OWNER
        assert QApplication.focusWidget() is steps.table
        qtbot.keyClick(steps.table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.objectName() == "ownerEditor"
        assert editor.text() == steps.model.row_at(current.row()).owner_name
        qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_marking_a_step_done_shows_in_its_line_without_a_reload(main_window, qtbot,
                                                                 monkeypatch) -> None:
    """One row, not the programme read again (issue 15), nor a second later by the window's
    change poll: the step's line below and its line of action's counts; the same as a full
    read gives."""
    from organiser.services.programme import lines_of_action
    from organiser.ui.areas.programme import ProgrammeArea

    area = main_window.show_area("Programme")
    settle()
    loads: list[int] = []
    full = ProgrammeArea.load

    def counted(db: object) -> object:
        loads.append(1)
        return full(db)  # type: ignore[arg-type]

    monkeypatch.setattr(ProgrammeArea, "load", staticmethod(counted))
    step_id = _select_open_step(area)
    selected = area.items_table.currentIndex().row()
    done_before = area.lines_model.row_at(0).done
    qtbot.mouseClick(area.findChild(QPushButton, "markDoneButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.wait(1500)  # past the window's change poll
    settle()
    assert loads == []
    assert area.lines_model.row_at(0).done == done_before + 1
    assert area.lines_model.index(0, 3).data() == str(done_before + 1)
    fresh = lines_of_action(area.db)
    assert [line.as_json() for line in area.lines] == [line.as_json() for line in fresh]
    assert area.items_model.rows() == [*fresh[0].decisions, *fresh[0].next_steps,
                                       *fresh[0].ideas]
    assert area.items_model.row_at(selected).id == step_id
    assert area.items_table.currentIndex().row() == selected
