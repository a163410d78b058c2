"""Live mode's walk-in and capture dialogs open at once: their lists are read in a worker
(issue 15). What is typed before the lists arrive is kept and matched when they do; Enter
before that waits for them, so nobody's owner or organisation is made up from a half-known list.

The reads are held back with an event the test opens, so "before the list arrives" is certain.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from organiser.core.models import Organisation, Person
from organiser.services import live
from tests.ui.live_support import live_window
from tests.ui.loading import settle

WORKSHOP = 5
OFFSCREEN_POPUPS = pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")


class HeldReads:
    """Each read of the dialogs' lists: (what, thread name); they wait for `gate` to open."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self.gate = threading.Event()

    def on_ui_thread(self) -> list[str]:
        return [name for name, thread in self.seen if thread == threading.main_thread().name]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldReads]:
    held = HeldReads()
    for name in ("organisation_names", "owner_choices", "lines_of_action", "roster"):
        original = getattr(live, name)

        def holding(*args: Any, _name: str = name, _original: Any = original,
                    **kwargs: Any) -> Any:
            held.seen.append((_name, threading.current_thread().name))
            if threading.current_thread() is not threading.main_thread():
                assert held.gate.wait(20), "the test never let the read finish"
            return _original(*args, **kwargs)

        monkeypatch.setattr(live, name, holding)
    yield held
    held.gate.set()  # nothing left waiting in a worker


@pytest.fixture
def window(qtbot: Any, demo_db: Any, reads: HeldReads) -> Iterator[Any]:
    reads.gate.set()  # live mode's own first read
    with live_window(qtbot, demo_db, WORKSHOP) as opened:
        settle()
        reads.gate.clear()
        reads.seen.clear()
        yield opened


def _in_dialog(qtbot: Any, steps: Callable[[QDialog], None]) -> list[str]:
    """Run `steps` in the next modal dialog (the call that opens it blocks until it closes)."""
    done: list[str] = []

    def run() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        try:
            steps(dialog)
        finally:
            done.append(dialog.objectName())
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return done


def _count(db: Any, model: Any) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@OFFSCREEN_POPUPS
def test_a_walk_in_typed_and_entered_before_the_organisations_arrive(
        window: Any, qtbot: Any, demo_db: Any, reads: HeldReads) -> None:
    organisations, people = _count(demo_db, Organisation), _count(demo_db, Person)
    seen: dict[str, Any] = {}

    def steps(dialog: Any) -> None:
        seen["read on the UI thread"] = reads.on_ui_thread()
        assert dialog.lists.note.isVisible()  # "Reading the organisations…"
        qtbot.keyClicks(dialog.organisation, "procurement watch network")
        qtbot.keyClick(dialog.organisation, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.email, "nadia@pwn.example")
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
        # not matched against an empty list: it waits (a new "procurement watch network"
        # organisation was what Enter made of it, had it gone on)
        seen["open after Enter"] = dialog.isVisible()
        seen["note"] = dialog.lists.note.text()
        seen["people meanwhile"] = _count(demo_db, Person)
        reads.gate.set()
        qtbot.waitUntil(lambda: not dialog.isVisible())

    done = _in_dialog(qtbot, steps)
    window.walk_in("Nadia Benali")
    assert done == ["walkInDialog"]
    assert seen == {"read on the UI thread": [], "open after Enter": True,
                    "note": "Reading the organisations… the walk-in is added once they are "
                            "read.",
                    "people meanwhile": people}
    assert [name for name, _ in reads.seen] == ["organisation_names"]  # not the roster too
    assert _count(demo_db, Organisation) == organisations  # the existing one was taken
    with demo_db.session() as session:
        nadia = session.scalars(select(Person).where(Person.family_name == "Benali")).one()
        assert nadia.organisation is not None
        assert nadia.organisation.name == "Procurement Watch Network"


@OFFSCREEN_POPUPS
def test_what_was_typed_is_completed_once_the_organisations_arrive(
        window: Any, qtbot: Any, demo_db: Any, reads: HeldReads) -> None:
    from organiser.services.organisations import OrganisationData, save_organisation

    # a name with a bracket and no acronym came back cut ("Institut") from the old labels
    save_organisation(demo_db, OrganisationData(name="Institut (Lyon)"))
    seen: dict[str, Any] = {}

    def steps(dialog: Any) -> None:
        qtbot.keyClicks(dialog.organisation, "lyon")
        popup = dialog.completer.popup()
        seen["popup before"] = popup.isVisible()
        reads.gate.set()
        qtbot.waitUntil(popup.isVisible)
        seen["suggested"] = [dialog.completer.completionModel().index(r, 0).data()
                             for r in range(dialog.completer.completionModel().rowCount())]
        seen["typed"] = dialog.organisation.text()

    done = _in_dialog(qtbot, steps)
    window.walk_in("Nadia Benali")
    assert done == ["walkInDialog"]
    assert seen == {"popup before": False, "suggested": ["Institut (Lyon)"], "typed": "lyon"}


@OFFSCREEN_POPUPS
def test_a_next_step_owner_typed_and_entered_before_the_people_arrive(
        window: Any, qtbot: Any, demo_db: Any, reads: HeldReads) -> None:
    seen: dict[str, Any] = {}

    def steps(dialog: Any) -> None:
        seen["read on the UI thread"] = reads.on_ui_thread()
        assert dialog.focusWidget() is dialog.owner.edit  # the text came along
        qtbot.keyClicks(dialog.owner.edit, "tanaka")
        qtbot.keyClick(dialog.owner.edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.due.edit, "2027-03-31")
        qtbot.keyClick(dialog.due.edit, Qt.Key.Key_Return)
        seen["open after Enter"] = dialog.isVisible()  # not saved with a free-text owner
        reads.gate.set()
        qtbot.waitUntil(lambda: not dialog.isVisible())

    done = _in_dialog(qtbot, steps)
    captured = window.ask_outcome("next step", "Map e-procurement pilots")
    assert done == ["captureDialog"]
    assert seen == {"read on the UI thread": [], "open after Enter": True}
    assert captured is not None
    assert captured.owner is not None and captured.owner.label.startswith("田中明子")
    assert captured.owner.person_id is not None and captured.owner_name == ""
    assert str(captured.due_date) == "2027-03-31"


def test_escape_while_waiting_saves_nothing_later(window: Any, qtbot: Any,
                                                  reads: HeldReads) -> None:
    def steps(dialog: Any) -> None:
        qtbot.keyClicks(dialog.owner.edit, "tanaka")
        qtbot.keyClick(dialog.owner.edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        qtbot.keyClick(dialog.owner.edit, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
        reads.gate.set()
        settle()  # the lists arrive after all

    done = _in_dialog(qtbot, steps)
    assert window.ask_outcome("next step", "Map e-procurement pilots") is None
    assert done == ["captureDialog"]


def test_a_line_of_action_asked_for_is_chosen_once_the_lines_arrive(
        window: Any, qtbot: Any, demo_db: Any, reads: HeldReads) -> None:
    line_id, label = live.lines_of_action(demo_db)[1]
    reads.seen.clear()
    seen: dict[str, Any] = {}

    def steps(dialog: Any) -> None:
        seen["before"] = dialog.line.currentData()
        reads.gate.set()
        qtbot.waitUntil(lambda: not dialog.lists.note.isVisible())
        seen["after"] = dialog.line.currentText()
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    done = _in_dialog(qtbot, steps)
    captured = window.ask_outcome("decision", "Adopt the charter", line_of_action_id=line_id)
    assert done == ["captureDialog"]
    assert seen == {"before": None, "after": label}
    assert captured is not None and captured.line_of_action_id == line_id
