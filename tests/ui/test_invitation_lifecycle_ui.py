"""The invitations panel over an event's life: counter-proposals accepted and declined, and a
removed invitee's cancellation offered where the panel says it is needed."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from tests.exporters.ics_support import set_coordinator
from tests.importers.reply_support import exported_values, reply_ics
from tests.ui.loading import settle

INFO = 4


def _area(main_window: Any) -> Any:
    area = main_window.show_area("Events")
    settle()
    assert area.select_event(INFO)
    settle()  # the invitations are read in a worker
    return area


def _counter(db: Any, tmp_path: Path, email: str, name: str, start: str, end: str) -> None:
    from organiser.services.replies import Outcome, import_replies

    values = exported_values(db, INFO, email, name)
    path = tmp_path / f"{email}.ics"
    path.write_text(reply_ics(dict(values, DTSTART_UTC=start, DTEND_UTC=end), method="COUNTER",
                              extra="COMMENT:Wednesday suits us better\r\n"), encoding="utf-8")
    (result,) = import_replies(db, [path])
    assert result.outcome is Outcome.COUNTER, result.line


def click_text(qtbot: Any, dialog_name: str, text: str) -> None:
    """When the modal dialog `dialog_name` shows, click its button labelled `text`."""
    def attempt(tries: int = 150) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != dialog_name:
            if tries:
                QTimer.singleShot(30, lambda: attempt(tries - 1))
            return
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == text)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, attempt)


def test_counter_proposals_accepted_and_declined_from_the_panel(
        main_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from icalendar import Calendar

    from organiser.services.events import event_details

    set_coordinator()
    db = main_window.db
    _counter(db, tmp_path, "jose.martinez@ilcp.example", "José Martínez", "20261209T090000Z",
             "20261209T110000Z")
    _counter(db, tmp_path, "luiza.araujo@ibcp.example", "Luíza Araújo", "20261210T090000Z",
             "20261210T100000Z")
    panel = _area(main_window).invitations
    assert panel.counters_button.isVisibleTo(panel)
    assert panel.counters_button.text() == "Proposals (2)…"
    dialog = panel.show_counters()
    assert dialog is not None
    qtbot.addWidget(dialog)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert texts[0].startswith("Open — José Martínez <jose.martinez@ilcp.example>\n2026-12-09 "
                               "10:00 to 2026-12-09 12:00 (Europe/Paris)")
    assert "Wednesday suits us better" in texts[0]

    dialog.list.setCurrentRow(1)
    saved = tmp_path / "declined.ics"
    dialog.decline_selected(comment="The room is booked.", path=str(saved))
    vevent = Calendar.from_ical(saved.read_bytes()).walk("VEVENT")[0]
    assert str(vevent["ATTENDEE"]) == "mailto:luiza.araujo@ibcp.example"
    assert dialog.list.item(1).text().startswith("Declined — ")

    dialog.list.setCurrentRow(0)
    assert dialog.accept_button.isEnabled()
    dialog.accept_selected(confirm=False)
    details = event_details(db, INFO)
    assert details["start"] == "2026-12-09T10:00:00+01:00" and details["sequence"] == 1
    assert {i["reply"] for i in details["invitations"]} == {"needs action"}
    assert dialog.list.item(0).text().startswith("Accepted — ")
    assert "16 answers reset to needs action" in dialog.note.text()
    assert not dialog.accept_button.isEnabled()
    dialog.done(0)
    settle()
    assert panel.counters_button.text() == "Proposals…"
    assert "19 needs action" in panel.counts.text()


def test_removing_an_invitee_offers_the_cancellation(main_window: Any, qtbot: Any) -> None:
    from organiser.services import mail
    from organiser.services.outbox import list_outbox, message_data

    set_coordinator()
    db = main_window.db
    mail.mark_sent(db, mail.prepare_invitations(db, INFO).messages)  # the invitations went out
    panel = _area(main_window).invitations
    assert panel.select_email("jose.martinez@ilcp.example")
    click_text(qtbot, "removeInviteesQuestion", "Remove and mail the cancellation…")
    QTimer.singleShot(300, lambda: click_text(qtbot, "mailWayOut", "Put in the outbox"))
    with qtbot.waitSignal(panel.status, timeout=10_000) as shown:
        panel.remove_selected()
    assert "1 message put in the outbox" in shown.args[0]
    settle()
    assert not panel.select_email("jose.martinez@ilcp.example")
    (queued,) = list_outbox(db)
    assert queued.recipient == "jose.martinez@ilcp.example"
    message = message_from_bytes(message_data(db, queued.id), policy=policy.default)
    methods = {part.get_param("method") for part in message.walk()
               if part.get_content_type() in ("text/calendar", "application/ics")}
    assert methods == {"CANCEL"}


def test_the_event_editor_asks_everyone_again_only_for_a_new_time_or_place(
        main_window: Any, qtbot: Any) -> None:
    from organiser.services.events import event_details
    from organiser.ui.dialogs.event_editor import EventEditorDialog

    db = main_window.db
    area = _area(main_window)
    before = event_details(db, INFO)

    editor = EventEditorDialog(db, INFO, area)
    qtbot.addWidget(editor)
    editor.description.setPlainText("Please read the benchmarking note first.")
    editor.accept()
    assert editor.change is not None and not editor.change.bumped
    assert area.saved_message(editor.change) == "Event saved."
    kept = event_details(db, INFO)
    assert kept["sequence"] == before["sequence"]
    assert [i["reply"] for i in kept["invitations"]] == [
        i["reply"] for i in before["invitations"]]

    editor = EventEditorDialog(db, INFO, area)
    qtbot.addWidget(editor)
    editor.start.setDateTime(editor.start.dateTime().addSecs(3600))
    editor.end.setDateTime(editor.end.dateTime().addSecs(3600))
    editor.accept()
    assert editor.change is not None and editor.change.bumped
    assert area.saved_message(editor.change) == (
        "Event saved: SEQUENCE 1, 16 answers reset to needs action. Send the update: Mail "
        "invitations.")
    moved = event_details(db, INFO)
    assert moved["sequence"] == 1 and moved["start"] == "2026-12-08T14:00:00+01:00"
    assert {i["reply"] for i in moved["invitations"]} == {"needs action"}


def test_cancelling_an_event_offers_the_cancellations(main_window: Any, qtbot: Any) -> None:
    from organiser.services import mail
    from organiser.services.events import event_details
    from organiser.services.outbox import list_outbox

    set_coordinator()
    db = main_window.db
    mail.mark_sent(db, mail.prepare_invitations(db, INFO).messages)
    area = _area(main_window)
    click_text(qtbot, "cancelEventQuestion", "Cancel and mail the cancellations…")
    QTimer.singleShot(300, lambda: click_text(qtbot, "mailWayOut", "Put in the outbox"))
    with qtbot.waitSignal(area.status_message, timeout=10_000) as shown:
        area.cancel_event(INFO)
    assert event_details(db, INFO)["status"] == "cancelled"
    assert "19 messages put in the outbox" in shown.args[0]
    assert {m.subject for m in list_outbox(db)} == {
        "Cancelled: Information sharing with the regional training institutes"}
