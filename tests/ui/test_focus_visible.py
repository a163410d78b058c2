"""Issue 18: the keyboard focus can be seen, in a light and a dark palette, on the controls a
workshop day is run with; and Tab leaves every list and table (no focus trap).

Seen means: the control painted with the focus differs from the same control painted without
it, over at least a line's worth of pixels, by a contrast of 3:1 or more (WCAG 2.1 1.4.11, the
contrast asked of a focus indicator).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTableView, QWidget

from organiser.ui import colours
from tests.ui.loading import settle

WORKSHOP = 5
ROLES = QPalette.ColorRole


def _dark() -> QPalette:
    palette = QPalette()
    for role, value in ((ROLES.Window, "#2b2b2b"), (ROLES.WindowText, "#e8e8e8"),
                        (ROLES.Base, "#1e1e1e"), (ROLES.AlternateBase, "#262626"),
                        (ROLES.Text, "#e8e8e8"), (ROLES.Button, "#353535"),
                        (ROLES.ButtonText, "#e8e8e8"), (ROLES.Highlight, "#2a82da"),
                        (ROLES.HighlightedText, "#ffffff"), (ROLES.PlaceholderText, "#9a9a9a"),
                        (ROLES.Light, "#505050"), (ROLES.Mid, "#404040"),
                        (ROLES.Dark, "#202020"), (ROLES.Shadow, "#101010")):
        palette.setColor(role, QColor(value))
    return palette


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    before = QApplication.palette()
    QApplication.setPalette(QApplication.style().standardPalette() if request.param == "light"
                            else _dark())
    assert colours.is_dark() == (request.param == "dark")
    yield request.param
    QApplication.setPalette(before)


def _idle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _image(widget: QWidget) -> QImage:
    """The widget and a few pixels around it, as the window shows them (a focus ring may be
    drawn just outside the widget)."""
    _idle()
    window = widget.window()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(-4, -4, 4, 4)
    return window.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB32)


def focus_change(widget: QWidget, elsewhere: QWidget) -> tuple[int, float]:
    """Pixels that change when `widget` takes the focus (with Tab, from `elsewhere`), and the
    strongest contrast between a pixel with and without the focus."""
    elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
    assert not widget.hasFocus()
    without = _image(widget)
    for _ in range(80):  # Tab until it has the focus (styles paint it for the keyboard only)
        current = QApplication.focusWidget()
        assert current is not None
        QTest.keyClick(current, Qt.Key.Key_Tab)
        if widget.hasFocus():
            break
    assert widget.hasFocus(), f"Tab never reaches {widget.objectName()}"
    with_focus = _image(widget)
    assert without.size() == with_focus.size()
    changed, best = 0, 1.0
    for y in range(0, without.height()):
        for x in range(0, without.width()):
            before, after = without.pixel(x, y), with_focus.pixel(x, y)
            if before != after:
                changed += 1
                if changed % 3 == 0:  # enough pixels to find the strongest, three times faster
                    best = max(best, colours.contrast(QColor(before), QColor(after)))
    return changed, best


def assert_focus_visible(widget: QWidget, elsewhere: QWidget) -> None:
    changed, contrast = focus_change(widget, elsewhere)
    name = widget.objectName() or type(widget).__name__
    assert changed >= min(widget.width(), widget.height()), f"{name}: focus not painted"
    assert contrast >= 3.0, f"{name}: focus painted at {contrast:.1f}:1 only"


def test_focus_is_visible_in_the_live_window(scheme: str, qtbot, demo_db) -> None:
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    window.resize(1240, 780)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    settle()
    checkin = window.checkin
    assert_focus_visible(checkin.search, checkin.table)
    assert_focus_visible(checkin.table, checkin.search)
    window.show_tab(1)
    assert_focus_visible(window.minutes_edit, window.agenda_view)
    assert_focus_visible(window.agenda_view, window.minutes_edit)
    window.show_tab(2)
    board = window.board
    _idle()
    first, theme = board.columns.columns[0], board.columns.columns[1]
    first.setCurrentRow(0)
    assert_focus_visible(first, board.idea_edit)  # the column of cards being worked in
    assert_focus_visible(theme, first)  # an empty-handed column too
    assert_focus_visible(board.idea_edit, first)
    assert_focus_visible(board.voter, first)
    assert_focus_visible(board.close_button, first)
    window.close()


def test_focus_is_visible_in_the_events_area(scheme: str, main_window, qtbot) -> None:
    events = main_window.show_area("Events")
    settle()
    events.select_event(WORKSHOP)
    assert_focus_visible(events.table, main_window.navigation)
    assert_focus_visible(main_window.navigation, events.table)


def test_focus_is_visible_on_a_pdf_preview(scheme: str, qtbot, demo_db) -> None:
    """The preview opens with the keys on its pages (arrows and Page Down scroll them): a
    scroll area the style marks with nothing."""
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog

    make_application()
    dialog = PdfPreviewDialog(demo_db, "minutes", WORKSHOP)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    pages = QApplication.focusWidget()
    assert pages is not None and pages.objectName() != "approveMinutes"
    assert_focus_visible(pages, dialog.approve_button)
    assert_focus_visible(dialog.approve_button, pages)


# grids edited cell by cell keep Tab for the next cell, as a spreadsheet does (Ctrl+Tab leaves)
EDITABLE_GRIDS = {"nextStepsTable"}


def test_tab_leaves_every_table(main_window, qtbot, demo_db) -> None:
    """A read-only table kept Tab for moving between its cells: the keyboard could not get
    out with Tab (only with Ctrl+Tab, which nobody knows)."""
    from organiser.ui.live.window import LiveWindow

    main_window.build_areas()
    tables: list[QTableView] = []
    for area in main_window.areas:
        main_window.show_area(area.title)
        settle()
        tables += area.findChildren(QTableView)
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    window.show()
    tables += window.findChildren(QTableView)
    assert len(tables) >= 9
    trapped = [t.objectName() or t.accessibleName() for t in tables
               if t.tabKeyNavigation() and t.objectName() not in EDITABLE_GRIDS]
    assert trapped == []
    # nor does a text box keep Tab for a tab character (the minutes, an event's address)
    from organiser.ui.dialogs.event_editor import EventEditorDialog

    editor = EventEditorDialog(demo_db, WORKSHOP)
    qtbot.addWidget(editor)
    boxes = window.findChildren(QPlainTextEdit) + editor.findChildren(QPlainTextEdit)
    assert len(boxes) >= 3
    assert [b.objectName() or b.accessibleName() for b in boxes if not b.tabChangesFocus()] == []
    # and Tab does leave: from the events table to the next control
    events = main_window.show_area("Events")
    events.table.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(events.table, Qt.Key.Key_Tab)
    assert not events.table.hasFocus()
    window.close()
