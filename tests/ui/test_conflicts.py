"""A form saved after someone else changed the record: refused in the form, Reload shows
their change and keeps what the user typed (real dialogs, a second Database on the file)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton
from sqlalchemy import func, select

from organiser.core.enums import EventKind
from organiser.core.models import Event, Person
from organiser.core.storage import Database, open_database
from tests.ui.loading import settle

REFUSED = "was changed by someone else since you opened it; reload to see their change"


@pytest.fixture
def colleague(demo_db: Database, db_path: Path) -> Iterator[Database]:
    """Another coordinator's connection to the same database file."""
    other = open_database(db_path)
    yield other
    other.close()


def _workshop(db: Database) -> int:
    with db.session() as session:
        found = session.scalar(select(Event.id).where(Event.kind == EventKind.WORKSHOP))
        assert found is not None
        return found


def _your_texts(dialog: Any) -> list[str]:
    return [label.text() for label in dialog.findChildren(QLabel, "conflictYourText")
            if label.isVisibleTo(dialog)]


def test_event_editor_refuses_then_reloads_keeping_what_was_typed(
        qtbot: Any, demo_db: Database, colleague: Database) -> None:
    from organiser.services.events import event_form_values, update_event
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.event_editor import EventEditorDialog

    make_application()
    event_id = _workshop(demo_db)
    editor = EventEditorDialog(demo_db, event_id)
    qtbot.addWidget(editor)
    editor.show()
    opened = event_form_values(demo_db, event_id)
    # A types a new title, venue and description ...
    editor.title.setText("Gathering of partners, revised")
    editor.venue.setText("Istanbul, Congress Centre")
    editor.description.setPlainText("A: bring the draft charter")
    # ... while B saves another venue and a new address
    theirs = event_form_values(colleague, event_id)
    update_event(colleague, event_id, expected_version=theirs["version"],
                 venue="Ankara, Hall B", address="Atatürk Blv. 1, Ankara")

    editor.accept()
    assert editor.isVisible() and editor.result() == 0  # the dialog stays, nothing lost
    assert editor.conflict.isVisible()
    message = editor.conflict.message.text()
    assert REFUSED in message and opened["title"] in message
    assert editor.venue.text() == "Istanbul, Congress Centre"  # untouched until Reload
    stored = event_form_values(demo_db, event_id)
    assert stored["venue"] == "Ankara, Hall B" and stored["title"] == opened["title"]

    qtbot.mouseClick(editor.conflict.reload_button, Qt.MouseButton.LeftButton)
    # their venue and address are shown; my title and description are kept
    assert editor.venue.text() == "Ankara, Hall B"
    assert editor.address.toPlainText() == "Atatürk Blv. 1, Ankara"
    assert editor.title.text() == "Gathering of partners, revised"
    assert editor.description.toPlainText() == "A: bring the draft charter"
    # the venue we both changed: mine is shown beside it, and can be put back
    qtbot.waitUntil(lambda: _your_texts(editor) == ["Istanbul, Congress Centre"])
    use_mine = [b for b in editor.findChildren(QPushButton, "conflictUseMine")
                if b.isVisibleTo(editor)]
    assert len(use_mine) == 1
    use_mine[0].click()
    assert editor.venue.text() == "Istanbul, Congress Centre"

    editor.accept()
    assert editor.result() == EventEditorDialog.DialogCode.Accepted
    saved = event_form_values(colleague, event_id)
    assert saved["venue"] == "Istanbul, Congress Centre"
    assert saved["address"] == "Atatürk Blv. 1, Ankara"  # B's address survived
    assert saved["title"] == "Gathering of partners, revised"
    assert saved["version"] == opened["version"] + 2


def test_person_form_refuses_then_reloads_keeping_what_was_typed(
        qtbot: Any, demo_db: Database, colleague: Database) -> None:
    from organiser.services.people import get_person, save_person
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.contacts_forms import PersonDialog

    make_application()
    with demo_db.session() as session:
        person_id = session.scalar(select(Person.id).where(Person.family_name == "Asante"))
        assert person_id is not None
    form = PersonDialog(demo_db, person_id)
    qtbot.addWidget(form)
    form.show()
    form.fields["phone"].setText("+233 30 555 0101")
    form.fields["notes"].setPlainText("Chairs the ITAG session")
    # meanwhile a colleague adds an address and writes other notes
    theirs = get_person(colleague, person_id)
    theirs.emails = [*theirs.emails, "kwame.asante@gmail.example"]
    theirs.notes = "Prefers WhatsApp"
    save_person(colleague, theirs)

    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert form.isVisible() and form.result() == 0
    assert form.conflict.isVisible()
    assert "person “Kwame Asante” " + REFUSED in form.conflict.message.text()
    assert get_person(demo_db, person_id).phone == theirs.phone  # nothing half-saved

    form.conflict.reload_button.click()
    assert "kwame.asante@gmail.example" in form.text("emails")
    assert form.text("phone") == "+233 30 555 0101"  # only I changed it: kept
    assert form.text("notes") == "Prefers WhatsApp"  # both changed: theirs in the field
    qtbot.waitUntil(lambda: _your_texts(form) == ["Chairs the ITAG session"])  # mine beside
    form.set_text("notes", "Prefers WhatsApp; chairs the ITAG session")
    save.click()
    assert form.result() == form.DialogCode.Accepted
    stored = get_person(colleague, person_id)
    assert stored.phone == "+233 30 555 0101"
    assert stored.notes == "Prefers WhatsApp; chairs the ITAG session"
    assert "kwame.asante@gmail.example" in stored.emails


def test_organisation_form_refuses_a_stale_save(qtbot: Any, demo_db: Database,
                                                colleague: Database) -> None:
    from organiser.services.organisations import get_organisation, save_organisation
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.contacts_forms import OrganisationDialog

    make_application()
    with demo_db.session() as session:
        from organiser.core.models import Organisation

        org_id = session.scalar(select(Organisation.id).order_by(Organisation.id))
        assert org_id is not None
    form = OrganisationDialog(demo_db, org_id)
    qtbot.addWidget(form)
    form.show()
    form.set_text("country", "Côte d’Ivoire")
    theirs = get_organisation(colleague, org_id)
    theirs.acronym = "NEWACR"
    save_organisation(colleague, theirs)
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert form.conflict.isVisible() and REFUSED in form.conflict.message.text()
    form.conflict.reload_button.click()
    assert form.text("acronym") == "NEWACR" and form.text("country") == "Côte d’Ivoire"
    assert "so is yours" in form.conflict.message.text()
    assert _your_texts(form) == []
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert form.result() == form.DialogCode.Accepted
    stored = get_organisation(colleague, org_id)
    assert (stored.acronym, stored.country) == ("NEWACR", "Côte d’Ivoire")


def test_next_steps_area_refuses_a_status_over_someone_elses(
        main_window: Any, qtbot: Any, colleague: Database) -> None:
    from PySide6.QtWidgets import QMessageBox

    from organiser.core.enums import NextStepStatus
    from organiser.services.nextsteps import get_next_step, set_status

    area = main_window.show_area("Next steps")
    settle()
    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    settle()
    row = next(r for r in range(area.model.rowCount())
               if area.model.row_at(r).text == "Collect regional priorities in one table")
    step_id = area.model.row_at(row).id
    area.table.selectRow(row)
    # a colleague (or `organiser nextsteps set` in a terminal) drops it meanwhile
    set_status(colleague, step_id, NextStepStatus.DROPPED, note="merged into another step")
    area.status_actions["done"].trigger()
    box = area.findChild(QMessageBox, "conflictMessage")
    assert box is not None and box.isVisible()
    assert "next step “Collect regional priorities in one table” " + REFUSED in box.text()
    box.close()
    assert get_next_step(main_window.db, step_id).status is NextStepStatus.DROPPED
    # the screen now shows their change, and a second try from it goes through
    assert area.model.row_at(area.model.row_of(step_id)).status is NextStepStatus.DROPPED
    area.change_status(step_id, "done")
    assert get_next_step(colleague, step_id).status is NextStepStatus.DONE


def _agenda_editor_on_first_item(qtbot: Any, db: Database) -> tuple[Any, int, Any]:
    """The workshop's agenda editor, shown, with its first item chosen."""
    from organiser.ui.agenda import AgendaEditor
    from organiser.ui.app import make_application

    make_application()
    event_id = _workshop(db)
    editor = AgendaEditor(db, event_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.table.selectRow(0)
    item = editor.selected()
    assert item is not None
    return editor, event_id, item


def test_agenda_editor_refuses_then_reloads_keeping_what_was_typed(
        qtbot: Any, demo_db: Database, colleague: Database) -> None:
    from organiser.services import agenda

    editor, event_id, item = _agenda_editor_on_first_item(qtbot, demo_db)
    editor.form.title_edit.setText("Welcome and tour de table")
    editor.form.notes.setPlainText("A: name cards on the tables")
    # a colleague changes the duration and the notes of the same item meanwhile
    agenda.update_item(colleague, item.id, expected_version=item.version,
                       duration_minutes=item.duration_minutes + 15, notes="B: interpreters")
    editor.findChild(QPushButton, "saveItem").click()
    assert editor.conflict.isVisible()
    assert f"agenda item “{item.title}” " + REFUSED in editor.conflict.message.text()
    assert editor.form.title_edit.text() == "Welcome and tour de table"  # nothing typed is lost
    stored = agenda.get_agenda(demo_db, event_id).item(item.id)
    assert stored.title == item.title and stored.notes == "B: interpreters"

    editor.conflict.reload_button.click()
    assert editor.form.duration.value() == item.duration_minutes + 15  # theirs
    assert editor.form.title_edit.text() == "Welcome and tour de table"  # mine
    assert editor.form.notes.toPlainText() == "B: interpreters"  # both: theirs, mine beside
    qtbot.waitUntil(lambda: _your_texts(editor) == ["A: name cards on the tables"])
    editor.findChild(QPushButton, "saveItem").click()
    saved = agenda.get_agenda(colleague, event_id).item(item.id)
    assert (saved.title, saved.duration_minutes, saved.notes) == (
        "Welcome and tour de table", item.duration_minutes + 15, "B: interpreters")


def test_board_rename_over_a_colleagues_rename_is_refused(
        qtbot: Any, demo_db: Database, colleague: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from organiser.services import brainstorm
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    event_id = _workshop(demo_db)
    board_id = brainstorm.board_for_event(demo_db, event_id)
    theme_id = brainstorm.create_theme(demo_db, board_id, "Peer learning")
    window = LiveWindow(demo_db, event_id)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    window.show()
    window.show_tab(2)
    board = window.board
    board.refresh()
    board.tree.setCurrentIndex(next(
        board.model.index(r, 0) for r in range(board.model.rowCount())
        if board.model.data(board.model.index(r, 0)).startswith("Peer learning")))
    assert board.selected_theme() == theme_id
    seen = next(t for t in brainstorm.get_board(colleague, board_id).themes if t.id == theme_id)
    brainstorm.rename_theme(colleague, theme_id, "Training and curriculum",
                            expected_version=seen.version)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Capacity building", True))
    board.rename_theme()
    assert REFUSED in window.save_label.text()
    titles = [t.title for t in brainstorm.get_board(demo_db, board_id).themes]
    assert "Training and curriculum" in titles and "Capacity building" not in titles
    assert any(title == "Training and curriculum" for _i, title in board._theme_titles())
    window.close()


def test_an_answer_recorded_by_hand_over_a_newer_one_is_refused(
        main_window: Any, colleague: Database) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox

    from organiser.services.events import event_details
    from organiser.services.invitations import set_reply
    from organiser.ui.models.invitations import REPLY_COLUMN

    area = main_window.show_area("Events")
    settle()
    assert area.select_event(4)
    settle()  # the invitations are read in a worker
    panel = area.invitations
    assert panel.select_email("wang.fang@cgpt.example")
    invitation_id = panel.selected_ids()[0]
    set_reply(colleague, invitation_id, "tentative")  # a mailed reply, applied elsewhere
    panel.reply_button.menu().findChild(QAction, "setReply:declined").trigger()
    box = panel.findChild(QMessageBox, "conflictMessage")
    assert box is not None and box.isVisible() and REFUSED in box.text()
    box.close()
    settle()
    answer = next(i for i in event_details(main_window.db, 4)["invitations"]
                  if i["id"] == invitation_id)
    assert answer["reply"] == "tentative"
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 1).data() == "wang.fang@cgpt.example")
    assert panel.proxy.index(row, REPLY_COLUMN).data() == "Tentative"  # shown as stored


def test_live_minutes_typed_on_two_laptops_are_never_overwritten_unseen(
        qtbot: Any, demo_db: Database, colleague: Database) -> None:
    from organiser.services import agenda, live
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    event_id = _workshop(demo_db)
    window = LiveWindow(demo_db, event_id)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    window.show()
    window.show_tab(1)  # agenda and minutes
    item_id = window.current_item_id
    assert item_id is not None
    shown = agenda.get_agenda(colleague, event_id).item(item_id)
    # the agenda editor elsewhere retitles the item: not the minutes, so no conflict
    agenda.update_item(colleague, item_id, expected_version=shown.version,
                       title="Opening and welcome")
    window.minutes_edit.setPlainText("A: the chair welcomed the partners")
    assert window.save_minutes()
    assert agenda.get_agenda(colleague, event_id).item(item_id).minutes == \
        "A: the chair welcomed the partners"
    # now the second laptop writes this item's minutes while A types on
    stored = agenda.get_agenda(colleague, event_id).item(item_id)
    live.save_minutes(colleague, item_id, "B: welcome by the chair; 27 present",
                      expected_version=stored.version)
    window.minutes_edit.setPlainText("A: the chair welcomed the partners; tour de table")
    assert not window.save_minutes()
    assert window.minutes_conflict.isVisible()
    assert REFUSED in window.minutes_conflict.message.text()
    assert agenda.get_agenda(demo_db, event_id).item(item_id).minutes == \
        "B: welcome by the chair; 27 present"
    # moving to another item or closing keeps the typed minutes on screen
    window.agenda_view.selectRow(1)
    assert window.current_item_id == item_id
    assert window.minutes_edit.toPlainText() == \
        "A: the chair welcomed the partners; tour de table"
    window.minutes_conflict.reload_button.click()
    assert window.minutes_edit.toPlainText() == "B: welcome by the chair; 27 present"
    qtbot.waitUntil(lambda: _your_texts(window) == [
        "A: the chair welcomed the partners; tour de table"])
    window.minutes_edit.setPlainText(
        "B: welcome by the chair; 27 present\nA: tour de table")  # the two put together
    assert window.save_minutes()
    assert agenda.get_agenda(colleague, event_id).item(item_id).minutes == \
        "B: welcome by the chair; 27 present\nA: tour de table"
    window.close()


def test_agenda_editor_keeps_a_refused_item_when_another_row_is_chosen_or_it_closes(
        qtbot: Any, demo_db: Database, colleague: Database) -> None:
    from organiser.services import agenda

    editor, event_id, item = _agenda_editor_on_first_item(qtbot, demo_db)
    editor.form.notes.setPlainText("A: name cards")
    agenda.update_item(colleague, item.id, expected_version=item.version, notes="B: badges")
    editor.table.selectRow(1)  # choosing another row saves the typing first: refused
    assert editor.conflict.isVisible()
    assert editor.selected() is not None and editor.selected().id == item.id
    assert editor.form.notes.toPlainText() == "A: name cards"
    editor.reject()  # closing would lose the typing: the editor stays
    assert editor.isVisible()
    assert agenda.get_agenda(demo_db, event_id).item(item.id).notes == "B: badges"
    editor.conflict.reload_button.click()
    assert editor.form.notes.toPlainText() == "B: badges"
    editor.reject()  # nothing typed is pending now (theirs is shown): it closes
    assert not editor.isVisible()


def test_agenda_undo_over_a_colleagues_later_edit_is_refused(
        qtbot: Any, demo_db: Database, colleague: Database) -> None:
    from PySide6.QtWidgets import QMessageBox

    from organiser.services import agenda

    editor, event_id, item = _agenda_editor_on_first_item(qtbot, demo_db)
    editor.form.title_edit.setText("Welcome")
    editor.findChild(QPushButton, "saveItem").click()
    assert agenda.get_agenda(demo_db, event_id).item(item.id).title == "Welcome"
    # a colleague then lengthens the next item
    second = agenda.get_agenda(colleague, event_id).items[1]
    agenda.update_item(colleague, second.id, expected_version=second.version,
                       duration_minutes=second.duration_minutes + 30)
    editor.undo_stack.undo()  # would put back the agenda as before my edit: theirs lost
    box = editor.findChild(QMessageBox, "conflictMessage")
    assert box is not None and box.isVisible()
    assert f"the agenda of event “{agenda.get_agenda(demo_db, event_id).title}” " + REFUSED \
        in box.text()
    box.close()
    now = agenda.get_agenda(demo_db, event_id)
    assert now.item(item.id).title == "Welcome"  # nothing undone over their change
    assert now.item(second.id).duration_minutes == second.duration_minutes + 30
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 0)  # that history no longer applies
    # undo without anyone else's change still works
    editor.table.selectRow(0)
    editor.form.title_edit.setText("Welcome and tour de table")
    editor.findChild(QPushButton, "saveItem").click()
    editor.undo_stack.undo()
    assert agenda.get_agenda(demo_db, event_id).item(item.id).title == "Welcome"


def test_board_moving_ideas_someone_else_moved_is_refused_whole(
        qtbot: Any, demo_db: Database, colleague: Database) -> None:
    from organiser.services import brainstorm
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    event_id = _workshop(demo_db)
    board_id = brainstorm.board_for_event(demo_db, event_id)
    mine = brainstorm.create_theme(demo_db, board_id, "Peer learning")
    theirs = brainstorm.create_theme(demo_db, board_id, "Platforms")
    window = LiveWindow(demo_db, event_id)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    window.show()
    window.show_tab(2)
    board = window.board
    board.refresh()
    first, second = [i.id for i in board.view.ideas[:2]]
    # a colleague files the second idea under their theme meanwhile
    brainstorm.move_idea(colleague, second, theirs)
    board.move_ideas([first, second], mine)
    assert REFUSED in window.save_label.text()
    view = brainstorm.get_board(demo_db, board_id)
    by_id = {i.id: i.theme_id for i in view.ideas}
    assert by_id[second] == theirs  # their move stands
    assert by_id[first] != mine  # and nothing half-done: the first did not move either
    assert {i.id: i.theme_id for i in board.view.ideas}[second] == theirs  # shown as stored
    window.close()


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the list
def test_next_steps_area_refuses_an_owner_over_someone_elses_due_date(
        main_window: Any, qtbot: Any, colleague: Database) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

    from organiser.services.nextsteps import get_next_step, set_owner_and_due
    from organiser.ui.models.nextsteps_table import OWNER
    from tests.ui.loading import settle

    area = main_window.show_area("Next steps")
    settle()
    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    settle()
    row = next(r for r in range(area.model.rowCount())
               if area.model.row_at(r).text == "Collect regional priorities in one table")
    step_id = area.model.row_at(row).id
    before = get_next_step(main_window.db, step_id)
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    area.table.setFocus()
    area.table.setCurrentIndex(area.model.index(row, OWNER))
    qtbot.keyClick(area.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Kwame Asante")
    # meanwhile a colleague gives the step another due date; the window notices...
    set_owner_and_due(colleague, step_id, due_date=dt.date(2027, 2, 1))
    main_window.poll_changes()
    settle()
    # ...but does not close the editor under the typing
    assert QApplication.focusWidget() is editor and editor.text() == "Kwame Asante"
    if QApplication.activePopupWidget() is not None:
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate saves on the next turn of the event loop
    box = area.findChild(QMessageBox, "conflictMessage")
    assert box is not None and box.isVisible()
    assert REFUSED in box.text()
    assert len(area.findChildren(QMessageBox)) == 1  # one message, no stack
    box.close()
    stored = get_next_step(main_window.db, step_id)
    assert stored.due_date == dt.date(2027, 2, 1) and stored.owner_name == before.owner_name
    # the row shows their change at once, and a second try from it goes through
    shown = area.model.row_at(area.model.row_of(step_id))
    assert shown.due_date == dt.date(2027, 2, 1) and shown.version == stored.version
    settle()  # the reload put off while the editor was open
    area.change_step(step_id, owner="")
    assert get_next_step(colleague, step_id).owner_name == ""
    assert get_next_step(colleague, step_id).due_date == dt.date(2027, 2, 1)


# --- deleting, cancelling, removing: from what the screen showed -----------------------


def _conflict_box(parent: Any) -> Any:
    from PySide6.QtWidgets import QMessageBox

    box = parent.findChild(QMessageBox, "conflictMessage")
    assert box is not None and box.isVisible()
    text = box.text()
    box.close()
    return text


def test_deleting_a_person_a_colleague_changed_meanwhile_is_refused(
        main_window: Any, qtbot: Any, colleague: Database, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from organiser.services.people import get_person, save_person

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    area = main_window.show_area("Contacts")
    settle()
    area.table.selectRow(0)
    shown = area.people.person(0)
    # a colleague adds the address they were given at the door
    theirs = get_person(colleague, shown.id)
    theirs.emails = [*theirs.emails, "new.address@example.org"]
    save_person(colleague, theirs)
    area.delete_person_action.trigger()
    assert f"person “{shown.name}” " + REFUSED in _conflict_box(area)
    assert "new.address@example.org" in get_person(main_window.db, shown.id).emails
    settle()  # the list read again shows them as stored now: deleting goes through
    row = next(r for r in range(area.people.rowCount()) if area.people.person(r).id == shown.id)
    area.table.selectRow(row)
    area.delete_person_action.trigger()
    with colleague.session() as session:
        assert session.get(Person, shown.id) is None


def test_cancelling_an_event_a_colleague_moved_meanwhile_is_refused(
        main_window: Any, qtbot: Any, colleague: Database) -> None:
    from organiser.core.enums import EventStatus
    from organiser.services.events import event_form_values, update_event

    area = main_window.show_area("Events")
    settle()
    event_id = _workshop(main_window.db)
    theirs = event_form_values(colleague, event_id)
    update_event(colleague, event_id, expected_version=theirs["version"], venue="Ankara, Hall B")
    area.cancel_event(event_id, confirm=False)
    assert REFUSED in _conflict_box(area)
    with colleague.session() as session:
        stored = session.get(Event, event_id)
        assert stored is not None and stored.status is not EventStatus.CANCELLED
    # the line shows the stored event now; cancelling from it goes through
    assert next(r for r in area.model.rows() if r.id == event_id).venue == "Ankara, Hall B"
    area.cancel_event(event_id, confirm=False)
    with colleague.session() as session:
        assert session.get(Event, event_id).status is EventStatus.CANCELLED  # type: ignore[union-attr]


def test_removing_invitees_one_of_whom_answered_meanwhile_removes_none(
        main_window: Any, qtbot: Any, colleague: Database, monkeypatch: Any) -> None:
    from organiser.core.enums import Reply
    from organiser.services.invitations import list_invitations, set_reply
    from organiser.ui.dialogs import outbox

    mailed: list[str] = []

    def mail_event(parent: Any, db: Any, event_id: int, what: str) -> str:
        mailed.append(what)
        return ""

    monkeypatch.setattr(outbox, "mail_event", mail_event)

    area = main_window.show_area("Events")
    settle()
    event_id = _workshop(main_window.db)
    assert area.select_event(event_id)
    settle()
    panel = area.invitations
    panel.table.selectAll()
    shown = panel.selected_versions()
    assert len(shown) == 28
    answered = list_invitations(colleague, event_id)[3]
    set_reply(colleague, answered.id, Reply.ACCEPTED, expected_version=answered.version)
    panel.remove_selected(confirm=False, mail=True)
    assert f"invitation of “{answered.name}” " + REFUSED in _conflict_box(panel)
    assert len(list_invitations(colleague, event_id)) == 28
    assert mailed == []  # no cancellation is mailed for a removal that did not happen
    settle()
    assert len(panel.selected_versions()) in (0, 28)  # the list was read again


def test_a_new_organisation_a_colleague_just_created_is_refused_in_the_form(
        qtbot: Any, demo_db: Database, colleague: Database) -> None:
    """Two laptops add "Kamu İhale Kurumu": the second form says it exists, by name, under
    the name field, and stays open; nothing is saved twice."""
    from organiser.core.models import Organisation
    from organiser.services.organisations import OrganisationData, save_organisation
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.contacts_forms import OrganisationDialog

    make_application()
    form = OrganisationDialog(demo_db, None)
    qtbot.addWidget(form)
    form.show()
    form.set_text("name", "KAMU IHALE KURUMU")
    save_organisation(colleague, OrganisationData(name="Kamu İhale Kurumu"))
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert form.isVisible() and form.result() == 0
    assert "“Kamu İhale Kurumu” is already in the organisations" in form.errors["name"].text()
    with colleague.session() as session:
        assert session.scalar(select(func.count()).select_from(Organisation).where(
            Organisation.name_key == "kamu ihale kurumu")) == 1
