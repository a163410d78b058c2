"""The Events area: editor, invitation list with counts and local times, replies dropped in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt

from tests.ui.loading import settle


def _area(main_window: Any) -> Any:
    area = main_window.show_area("Events")
    settle()
    assert area.select_event(4)
    settle()  # the invitations are read in a worker
    return area


def _cell(panel: Any, email: str, column: int) -> str:
    for row in range(panel.proxy.rowCount()):
        if panel.proxy.index(row, 1).data() == email:
            return str(panel.proxy.index(row, column).data())
    raise AssertionError(email)


def test_invitation_list_shows_counts_and_local_start(main_window: Any, qtbot: Any) -> None:
    from organiser.ui.models.invitations import LOCAL_START_COLUMN, REPLY_COLUMN

    area = _area(main_window)
    panel = area.invitations
    assert panel.event_id == 4
    assert panel.proxy.rowCount() == 19
    counts = panel.counts.text()
    assert counts.startswith("19 invited") and "accepted" in counts and "1 chair" in counts
    # the event is at 13:00 in Paris: 21:00 in Seoul, 09:00 in São Paulo
    assert "21:00 KST" in _cell(panel, "minjun.kim@kpti.example", LOCAL_START_COLUMN)
    assert "09:00" in _cell(panel, "luiza.araujo@ibcp.example", LOCAL_START_COLUMN)

    assert panel.select_email("wang.fang@cgpt.example")
    panel.reply_button.menu().findChild(type(area.new_action), "setReply:declined").trigger()
    settle()
    assert _cell(panel, "wang.fang@cgpt.example", REPLY_COLUMN) == "Declined"
    from organiser.services.events import event_details

    details = event_details(main_window.db, 4)
    assert next(i for i in details["invitations"]
                if i["email"] == "wang.fang@cgpt.example")["reply"] == "declined"


def test_add_people_by_search_and_tag(main_window: Any, qtbot: Any) -> None:
    from organiser.services.invitations import invitee_choices
    from organiser.ui.dialogs.event_invitations import AddInviteesDialog

    area = _area(main_window)
    dialog = AddInviteesDialog(invitee_choices(main_window.db), area)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "itag")
    visible = [dialog.list.item(r).text() for r in range(dialog.list.count())
               if not dialog.list.item(r).isHidden()]
    assert any(text.startswith("ITAG") for text in visible)
    assert any(text.startswith("Kwame Asante") for text in visible)
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "Ostergard")  # accents ignored
    dialog.check_visible()
    dialog.role.setCurrentIndex(dialog.role.findData("observer"))
    chosen = dialog.chosen()
    assert [c.label for c in chosen] == ["Henrik Østergård"]
    area.invitations.invite_choices(chosen, dialog.role.currentData())
    settle()
    assert area.invitations.proxy.rowCount() == 20
    assert _cell(area.invitations, "h.ostergard@oecd-dac.example", 3) == "Observer"
    assert area.model.row_at(
        area.table.selectionModel().selectedRows()[0].row()).invited == 20


def test_event_editor_creates_and_refuses_bad_dates(main_window: Any, qtbot: Any) -> None:
    from organiser.services.events import event_details
    from organiser.ui.dialogs.event_editor import EventEditorDialog

    dialog = EventEditorDialog(main_window.db, None, main_window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Regional consultation, Nairobi")
    dialog.kind.setCurrentIndex(dialog.kind.findData("consultation"))
    dialog.timezone.setCurrentText("Africa/Nairobi")
    dialog.start.setDateTime(QDateTime(2027, 4, 13, 9, 30, 0))
    dialog.end.setDateTime(QDateTime(2027, 4, 13, 9, 0, 0))
    qtbot.keyClicks(dialog.venue, "UN Gigiri")
    dialog.accept()
    assert dialog.isVisible() or dialog.result() == 0
    assert dialog.error.isVisibleTo(dialog) and "after the start" in dialog.error.text()
    assert dialog.event_id is None
    dialog.end.setDateTime(QDateTime(2027, 4, 13, 12, 0, 0))
    dialog.accept()
    assert dialog.result() == EventEditorDialog.DialogCode.Accepted
    assert dialog.event_id is not None
    details = event_details(main_window.db, dialog.event_id)
    assert details["start"] == "2027-04-13T09:30:00+03:00"
    assert details["venue"] == "UN Gigiri" and details["timezone"] == "Africa/Nairobi"

    editor = EventEditorDialog(main_window.db, dialog.event_id, main_window)
    qtbot.addWidget(editor)
    assert editor.title.text() == "Regional consultation, Nairobi"
    editor.description.setPlainText("Only the description changes.")
    editor.accept()
    assert event_details(main_window.db, dialog.event_id)["sequence"] == 0


def test_duplicate_and_cancel_from_the_area(main_window: Any, qtbot: Any) -> None:
    from organiser.services.events import list_events

    area = _area(main_window)
    before = len(list_events(main_window.db))
    area.duplicate_action.trigger()
    rows = list_events(main_window.db)
    assert len(rows) == before + 1
    copy = area.selected_event_id()
    assert copy is not None and copy != 4
    area.cancel_event(copy, confirm=False)
    assert next(r for r in list_events(main_window.db) if r.id == copy).status.value == \
        "cancelled"


def test_dropped_reply_is_applied_and_reported(main_window: Any, qtbot: Any,
                                               tmp_path: Path) -> None:
    from organiser.services.events import event_details
    from organiser.ui.models.invitations import REPLY_COLUMN

    details = event_details(main_window.db, 4)
    reply = tmp_path / "reply.ics"
    reply.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar//EN\r\n"
        "METHOD:REPLY\r\nBEGIN:VEVENT\r\n"
        f"UID:{details['uid']}\r\nSEQUENCE:{details['sequence']}\r\n"
        "DTSTAMP:20261201T090000Z\r\n"
        "ATTENDEE;PARTSTAT=TENTATIVE;CN=Sofía:mailto:Sofia.Hernandez@IMCP.example\r\n"
        "COMMENT:Depends on my flight\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    junk = tmp_path / "notes.eml"
    junk.write_text("From: a@b.example\r\nSubject: hello\r\n\r\nNo calendar.\r\n",
                    encoding="utf-8")
    area = main_window.show_area("Contacts") and main_window.area("Events")
    assert area.accepts_file(reply) and area.accepts_file(junk)
    main_window.open_files([reply, junk])
    assert main_window.stack.currentWidget() is area
    box = area.reply_results
    assert box.isVisible()
    assert "1 of 2 replies applied" in box.text()
    assert "sofia.hernandez@imcp.example tentative" in box.informativeText()
    assert "without a calendar reply" in box.informativeText()
    assert area.selected_event_id() == 4
    settle()  # the invitations read, the reply's invitee selected
    assert _cell(area.invitations, "sofia.hernandez@imcp.example", REPLY_COLUMN) == "Tentative"
    box.close()


def test_calendar_file_and_feed_from_the_area(main_window: Any, qtbot: Any, tmp_path: Path,
                                              isolated_user: Path) -> None:
    from tests.exporters.ics_support import set_coordinator

    set_coordinator()
    area = _area(main_window)
    target = tmp_path / "invite.ics"
    area.save_calendar_file(4, str(target))
    assert b"METHOD:REQUEST" in target.read_bytes()
    feed = tmp_path / "feed.ics"
    area.save_feed(str(feed))
    assert b"METHOD:PUBLISH" in feed.read_bytes()
    assert main_window.findChild(type(area.new_action), "importReplies") is not None


def test_the_editor_sets_the_documents_language(main_window, qtbot) -> None:
    """The event editor's "Documents in" choice is stored and the agenda follows it."""
    from organiser.services.documents import render_document
    from organiser.services.events import event_details
    from organiser.ui.dialogs.event_editor import EventEditorDialog

    editor = EventEditorDialog(main_window.db, 4, main_window)
    qtbot.addWidget(editor)
    assert editor.language.currentData() == event_details(main_window.db, 4)["language"]
    assert [editor.language.itemData(i) for i in range(editor.language.count())] == \
        ["en", "fr", "ar"]
    editor.language.setCurrentIndex(editor.language.findData("fr"))
    editor.accept()
    assert event_details(main_window.db, 4)["language"] == "fr"
    pdf = render_document(main_window.db, "agenda", 4)
    import subprocess

    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    assert "Ordre du jour" in text and "Page 1 sur" in text


def test_the_events_local_times_are_worked_out_in_the_worker(main_window: Any,
                                                             monkeypatch: Any) -> None:
    """Each event's dates in its own zone: the first use of a zone reads its file from the
    system's tz database, and that was done on the UI thread as rows were drawn (~60 ms of
    opening the workshop on the large database)."""
    import threading
    import zoneinfo

    from organiser.services import event_list

    opened: list[str] = []

    def recording(key: str) -> zoneinfo.ZoneInfo:
        opened.append(threading.current_thread().name)
        return zoneinfo.ZoneInfo(key)

    monkeypatch.setattr(event_list, "ZoneInfo", recording)
    area = main_window.show_area("Events")
    area.refresh()
    settle()
    model = area.model
    model.set_rows([model.row_at(r) for r in range(model.rowCount())])  # no cell remembered
    dates = next(c for c in range(model.columnCount())
                 if model.headerData(c, Qt.Orientation.Horizontal) == "Dates")
    shown = [model.index(r, dates).data() for r in range(model.rowCount())]
    assert opened and threading.main_thread().name not in opened
    for r, text in enumerate(shown):
        row = model.row_at(r)
        local = row.start.astimezone(zoneinfo.ZoneInfo(row.timezone))
        assert local.strftime("%H:%M") in text
