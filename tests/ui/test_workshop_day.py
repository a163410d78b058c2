"""Issue 14: the workshop day on a 1280×800 laptop (approval, check-in, forms that keep work)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
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
