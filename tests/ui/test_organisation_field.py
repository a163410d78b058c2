"""Issue 14 (sibling of the walk-in's Tab): typing part of an organisation's name and pressing
Enter must not create a near-duplicate silently ("watch", Enter, made an organisation "watch"
beside "Procurement Watch Network"). By keys only, in the walk-in and the person form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.test_workshop_day import answer_next_dialog

ORGANISATIONS = ["Kamu İhale Eğitim Enstitüsü", "Procurement Watch Network",
                 "Public Procurement Agency", "Open Contracting Partnership"]


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    def act(box: QWidget) -> None:
        qtbot.keyClick(box, key, modifier)
    return act


def _walk_in(qtbot):  # type: ignore[no-untyped-def]
    from organiser.ui.app import make_application
    from organiser.ui.live.checkin import WalkInDialog

    make_application()
    dialog = WalkInDialog("Nilüfer Yılmaz", ORGANISATIONS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.organisation.setFocus()
    return dialog


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the popup
def test_walk_in_enter_takes_the_only_suggestion(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _walk_in(qtbot)
    qtbot.keyClicks(dialog.organisation, "watch")
    popup = dialog.organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.organisation.text() == "Procurement Watch Network"
    assert dialog.isVisible()  # the coordinator sees what was taken; Enter again adds
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.organisation.text() == "Procurement Watch Network"


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")
def test_walk_in_enter_on_a_fragment_asks_and_offers_the_matches(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _walk_in(qtbot)
    # several suggestions, none chosen: Enter closes the list, Enter again asks
    qtbot.keyClicks(dialog.organisation, "procurement")
    popup = dialog.organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.organisation.text() == "procurement"
    seen: list[list[str]] = []

    def enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        qtbot.keyClick(box, Qt.Key.Key_Return)

    asked = answer_next_dialog(qtbot, QMessageBox, enter)
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked))
    assert "Procurement Watch Network" in seen[0] and "Public Procurement Agency" in seen[0]
    # Enter at the question takes the first existing organisation, never a new "procurement"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.organisation.text() in ("Procurement Watch Network",
                                          "Public Procurement Agency")


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")
def test_walk_in_new_organisation_on_purpose_and_same_name_differently_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _walk_in(qtbot)
    qtbot.keyClicks(dialog.organisation, "Watch")
    popup = dialog.organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # the list closes, not the dialog
    assert dialog.isVisible()

    def create(box: QWidget) -> None:  # Tab to "Create “Watch”", Space
        for _ in range(6):
            focused = box.focusWidget()
            if focused is not None and "Create" in getattr(focused, "text", str)():
                break
            qtbot.keyClick(focused or box, Qt.Key.Key_Tab)
        qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Space)

    asked = answer_next_dialog(qtbot, QMessageBox, create)
    qtbot.keyClick(dialog.organisation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(asked))
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.organisation.text() == "Watch"  # created on purpose
    # the same name written otherwise is the existing one, without a question
    again = _walk_in(qtbot)
    qtbot.keyClicks(again.organisation, "the procurement watch network ltd")
    qtbot.keyClick(again.organisation, Qt.Key.Key_Return)
    assert again.result() == again.DialogCode.Accepted
    assert again.organisation.text() == "Procurement Watch Network"
    # a name like none stays as typed
    other = _walk_in(qtbot)
    qtbot.keyClicks(other.organisation, "Zeta Institute")
    qtbot.keyClick(other.organisation, Qt.Key.Key_Return)
    assert other.result() == other.DialogCode.Accepted
    assert other.organisation.text() == "Zeta Institute"


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")
def test_person_form_enter_on_a_fragment_never_makes_a_near_duplicate(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from organiser.services.organisations import list_organisation_rows
    from organiser.services.people import get_person, list_people
    from organiser.ui.dialogs.contacts_forms import PersonDialog

    names = [o.name for o in list_organisation_rows(demo_db)]
    target = next(n for n in names if len(n.split()) > 1)
    fragment = target.split()[-1][:5]
    dialog = PersonDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.fields["given_name"], "Chinwe")
    qtbot.keyClicks(dialog.fields["family_name"], "Okafor")
    organisation = dialog.fields["organisation"]
    assert isinstance(organisation, QComboBox)
    organisation.setFocus()
    organisation.lineEdit().selectAll()
    qtbot.keyClicks(organisation.lineEdit(), fragment)
    before = {p.id for p in list_people(demo_db)}
    popup = organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # the list closes; nothing chosen
    asked = answer_next_dialog(qtbot, QMessageBox, _press(qtbot, Qt.Key.Key_Return))
    qtbot.keyClick(organisation.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    new = [p for p in list_people(demo_db) if p.id not in before]
    assert len(new) == 1
    saved = get_person(demo_db, new[0].id).organisation
    assert saved in names and fold_contains(saved, fragment), (saved, asked)
    assert fragment not in [o.name for o in list_organisation_rows(demo_db)]


def fold_contains(name: str, fragment: str) -> bool:
    from organiser.core.text import fold

    return fold(fragment) in fold(name)
