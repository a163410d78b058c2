"""Issue 14: the workshop day on a 1280×800 laptop (approval, check-in, forms that keep work)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QWidget

WORKSHOP = 5
HELD = 3


def answer_next_dialog(qtbot, kind: type[QWidget], act: Callable[[QWidget], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of `kind` once it shows; returns the titles of the modal
    dialogs seen (another kind of dialog is recorded and closed, so a test never hangs)."""
    asked: list[str] = []
    tries = [250]  # 5 s

    def poll() -> None:
        tries[0] -= 1
        if tries[0] < 0:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            asked.append(dialog.windowTitle())
            act(dialog)
            return
        if isinstance(dialog, QDialog) and dialog.isVisible():
            asked.append(f"{type(dialog).__name__}: {dialog.windowTitle()}")
            dialog.reject()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return asked


def test_approve_button_asks_who_approves(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from organiser.services.minutes import minutes_state
    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(demo_db, "minutes", HELD)
    qtbot.addWidget(dialog)

    def fill(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Henrik Østergård")
        box.accept()

    asked = answer_next_dialog(qtbot, QInputDialog, fill)
    dialog.approve_button.click()
    assert asked == ["Approve the minutes"]
    state = minutes_state(demo_db, HELD)
    assert state.approved and state.revisions[-1].approved_by == "Henrik Østergård"
    assert not dialog.approve_button.isEnabled()


def test_approve_cancelled_changes_nothing(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from organiser.services.minutes import minutes_state
    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(demo_db, "minutes", HELD)
    qtbot.addWidget(dialog)
    asked = answer_next_dialog(qtbot, QDialog, lambda box: box.reject())
    dialog.approve_button.click()
    assert asked
    assert not minutes_state(demo_db, HELD).approved


@pytest.fixture
def french() -> Iterator[None]:
    from organiser.ui import i18n
    from organiser.ui.app import make_application

    app = make_application()
    i18n.install(app, "fr")
    yield
    i18n.install(app, "en")


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size()).intersected(window.rect()) == QRect(top_left,
                                                                              widget.size())


def test_live_mode_fits_a_1280_by_800_laptop(qtbot, demo_db, french) -> None:  # type: ignore[no-untyped-def]
    """A long item title running (the header label used to set the minimum width to 1456)."""
    from organiser.services import agenda, live
    from organiser.ui.live.window import LiveWindow

    first = agenda.get_agenda(demo_db, WORKSHOP).items[0]
    agenda.update_item(demo_db, first.id, title="Welcome and objectives of the gathering: "
                       "regional priorities, the common agenda and the next two years of the "
                       "procurement reform network")
    live.start_item(demo_db, first.id)
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() <= 1280 and window.height() <= 800
    assert "reste" in window.timer_label.text()
    for tab in range(3):
        window.show_tab(tab)
        for name in ("nextItemButton", "countsLabel", "clockLabel", "timerLabel",
                     "promoteNextStep", "ranking", "addDot"):
            widget = window.findChild(QWidget, name)
            assert widget is not None, name
            if widget.isVisible():
                assert _inside(widget, window), (tab, name, widget.geometry())
    window.statusBar().showMessage("status")
    assert _inside(window.statusBar(), window)
    window.close()


def test_agenda_editor_fits_1280_in_french(qtbot, demo_db, french) -> None:  # type: ignore[no-untyped-def]
    from organiser.ui.agenda import AgendaEditor

    editor = AgendaEditor(demo_db, WORKSHOP)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.minimumSizeHint().width() <= 1280
    assert editor.width() <= 1280
