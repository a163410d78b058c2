"""Contacts › Likely duplicates: the two people side by side, field by field, with the
differences said in words; the coordinator picks which value stays; nothing is lost."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from sqlalchemy import select

from organiser.core.enums import AttendanceStatus, Reply
from organiser.core.models import Attendance, Invitation, NextStep, Person, PersonEmail
from organiser.core.storage import Database, integrity_check
from organiser.services.people import PersonData, get_person, save_person
from tests.ui.loading import settle

WORKSHOP = 5


def _kwame(db: Database) -> int:
    with db.session() as session:
        found = session.scalar(select(Person.id).where(Person.family_name == "Asante"))
        assert found is not None
        return found


def _duplicate(db: Database) -> tuple[int, int]:
    """A second Kwame, typed another way at another time, with a history of his own."""
    keep_id = _kwame(db)
    other_id = save_person(db, PersonData(
        given_name="Kwame", family_name="Asanté", emails=["kwame@personal.example"],
        organisation="International Technical Advisory Group", job_title="Coordinator",
        country="Ghana", timezone="Africa/Accra", phone="+233 20 123 4567",
        notes="Prefers calls in the morning", tags=["Workshop speakers"]))
    with db.transaction() as session:  # the same address in another case (an old import)
        session.add(PersonEmail(person_id=other_id, address="K.Asante@ITAG.example",
                                position=1, address_key=f"k.asante@itag.example#{other_id}"))
        event_ids = {i.event_id for i in session.scalars(
            select(Invitation).where(Invitation.person_id == keep_id))}
        free = next(e for e in (1, 2, 3, 4, 6, 7, 8) if e not in event_ids)
        session.add(Invitation(event_id=free, person_id=other_id, reply=Reply.ACCEPTED))
        session.add(Attendance(event_id=free, person_id=other_id,
                               status=AttendanceStatus.PRESENT))
        session.add(NextStep(text="Send the curriculum draft", owner_person_id=other_id,
                             owner_name="Kwame Asanté"))
    return keep_id, other_id


def _dialog(qtbot: Any, db: Database) -> Any:
    from organiser.ui.dialogs.contacts_duplicates import DuplicatesDialog

    dialog = DuplicatesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()  # the pairs are looked for in the background
    return dialog


def _compared(dialog: Any, name: str) -> str:
    label = dialog.merge_view.findChild(QLabel, f"compared_{name}")
    assert label is not None, name
    return str(label.text())


def test_merge_view_compares_fields_and_keeps_the_chosen_values(qtbot: Any,
                                                                 demo_db: Database) -> None:
    keep_id, other_id = _duplicate(demo_db)
    kept_before = get_person(demo_db, keep_id)
    with demo_db.session() as session:
        other_event = session.scalar(select(Invitation.event_id)
                                     .where(Invitation.person_id == other_id))
    dialog = _dialog(qtbot, demo_db)
    pair = dialog._selected()
    assert (pair.keep_id, pair.other_id) == (keep_id, other_id)
    view = dialog.merge_view
    # every field both have, side by side; the differences said in words
    assert _compared(dialog, "given_name") == "same"
    assert _compared(dialog, "family_name") == "differs: choose"
    assert _compared(dialog, "job_title") == "differs: choose"
    assert _compared(dialog, "timezone") == "same"
    assert _compared(dialog, "country") == "same"
    assert _compared(dialog, "phone") == f"only #{other_id} has one: kept"
    assert _compared(dialog, "notes") == f"only #{other_id} has one: kept"
    assert _compared(dialog, "emails") == "all kept"
    assert _compared(dialog, "links") == f"all move to #{keep_id}"
    names = {b.objectName(): b for b in view.findChildren(QRadioButton)}
    assert all(b.accessibleName() for b in names.values())  # "Family name: Asanté (#29)"
    assert names["family_name_keep"].text() == "Asante"
    assert names["family_name_other"].text() == "Asanté"
    assert names["family_name_keep"].isChecked()  # the kept person's value, unless chosen
    assert names["job_title_keep"].text() == "ITAG Coordinator"
    # by keyboard: the other's spelling of the family name
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    names["family_name_keep"].setFocus()
    qtbot.keyClick(names["family_name_keep"], Qt.Key.Key_Right)  # to the next column
    assert names["family_name_other"].isChecked()
    assert QApplication.focusWidget() is names["family_name_other"]
    assert names["job_title_keep"].isChecked()  # another row's choice stays as it was
    assert view.choices() == {"family_name": "other", "job_title": "keep"}

    dialog.merge_selected(confirm=False)
    settle()

    assert "Moved:" in dialog.summary.text() and "next steps: 1" in dialog.summary.text()
    assert integrity_check(demo_db) == []
    kept = get_person(demo_db, keep_id)
    assert kept.family_name == "Asanté"  # chosen
    assert kept.job_title == "ITAG Coordinator"  # kept
    assert kept.phone == "+233 20 123 4567"  # only the other had one
    assert "Prefers calls in the morning" in kept.notes
    assert set(kept.emails) >= {*kept_before.emails, "kwame@personal.example"}
    assert "Workshop speakers" in kept.tags
    with demo_db.session() as session:
        assert session.get(Person, other_id) is None
        assert session.scalar(select(Invitation.person_id)
                              .where(Invitation.event_id == other_event,
                                     Invitation.person_id == keep_id)) == keep_id
        assert session.scalar(select(Attendance.status)
                              .where(Attendance.event_id == other_event,
                                     Attendance.person_id == keep_id)) \
            == AttendanceStatus.PRESENT
        step = session.scalar(select(NextStep)
                              .where(NextStep.text == "Send the curriculum draft"))
        assert step is not None and step.owner_person_id == keep_id
        assert step.owner_name == "Kwame Asanté"  # the kept person's name after the merge
    assert dialog.model.rowCount() == 0 and "No likely duplicates" in dialog.summary.text()


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")
def test_merge_view_refuses_a_person_changed_since_it_was_shown(qtbot: Any,
                                                                demo_db: Database) -> None:
    keep_id, other_id = _duplicate(demo_db)
    dialog = _dialog(qtbot, demo_db)
    with demo_db.transaction() as session:  # someone edits the duplicate meanwhile
        person = session.get(Person, other_id)
        assert person is not None
        person.phone = "+233 55 000 0000"
    dialog.merge_selected(confirm=False)
    from PySide6.QtWidgets import QMessageBox

    box = dialog.findChild(QMessageBox, "conflictMessage")
    assert box is not None and box.isVisible()
    box.close()
    settle()
    with demo_db.session() as session:
        assert session.get(Person, other_id) is not None  # nothing merged
    # the view shows them as stored now; merging from it goes through
    assert dialog.merge_view.comparison.other_version == get_person(demo_db, other_id).version
    dialog.merge_selected(confirm=False)
    assert get_person(demo_db, keep_id).phone == "+233 55 000 0000"
