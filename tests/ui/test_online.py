"""Fetch replies, publish the calendar, remind owners and the sync indicator, in the window."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from organiser.core.models import Event, OutboxMessage
from organiser.core.settings import IMAP_HOST, IMAP_PORT, IMAP_SECURITY, IMAP_USER, Settings
from tests.services.mail_support import MemoryKeyring, configure, free_port, use_keyring
from tests.ui.loading import settle


def _menu_names(window: Any) -> list[str]:
    return [a.objectName() for a in window.menu("&File").actions()]


def _message_box(qtbot: Any, name: str = "") -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()
                 and (not name or w.objectName() == name)]
        assert boxes
        found.append(boxes[0])

    qtbot.waitUntil(shown, timeout=20_000)
    return found[0]


def test_actions_and_indicator_follow_the_sync_log(main_window: Any, demo_db: Any) -> None:
    from organiser.services.sync import record

    assert {"fetchReplies", "publishCalendar"} <= set(_menu_names(main_window))
    indicator = main_window.online.indicator
    settle()
    assert "Not synced yet" in indicator.text()
    record(demo_db, "send", "2 still queued (the server refused the connection)",
           reached=False, ok=False)
    main_window.online.refresh_status()
    settle()
    assert "Offline" in indicator.text()
    assert "not reached" in indicator.toolTip()
    record(demo_db, "fetch", "1 reply applied, 0 not applied, 3 other messages left alone")
    main_window.online.refresh_status()
    settle()
    assert "Online" in indicator.text() and "replies " in indicator.text()
    assert "1 reply applied" in indicator.toolTip()


def test_fetch_never_blocks_the_window_and_a_dead_server_changes_nothing(
        main_window: Any, demo_db: Any, qtbot: Any) -> None:
    """A server that accepts the connection and then says nothing: the window goes on."""
    from organiser.services.reply_fetch import ImapConfig

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True).start()
    settings = Settings()
    settings.set(IMAP_HOST, "127.0.0.1")
    settings.set(IMAP_PORT, listener.getsockname()[1])
    settings.set(IMAP_SECURITY, "none")
    settings.set(IMAP_USER, "coordinator")
    settings.save()
    with use_keyring(MemoryKeyring()):
        ImapConfig.from_settings().set_password("secret")
        ticks: list[float] = []
        timer = QTimer(main_window)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start(20)
        main_window.online.fetch_action.trigger()
        qtbot.waitUntil(lambda: len(accepted) == 1, timeout=5000)
        qtbot.wait(600)  # the server is silent: the window keeps running meanwhile
        assert len(ticks) >= 10
        assert not main_window.online.fetch_action.isEnabled()  # one fetch at a time
        accepted[0].close()  # the server goes away
        box = _message_box(qtbot)
        assert box.windowTitle() == "Replies not fetched"
        assert "Nothing was changed" in box.text()
        box.close()
        timer.stop()
    listener.close()
    settle()
    assert main_window.online.fetch_action.isEnabled()
    from organiser.services.sync import sync_status

    status = sync_status(demo_db)
    assert status.last_fetch is not None and not status.last_fetch.reached
    qtbot.waitUntil(lambda: "Offline" in main_window.online.indicator.text(), timeout=5000)


def test_fetch_without_settings_says_where_to_set_them(main_window: Any, qtbot: Any) -> None:
    main_window.online.fetch_action.trigger()
    box = _message_box(qtbot)
    assert "Preferences → Replies" in box.text()
    box.close()


def test_remind_owners_from_the_next_steps_area(main_window: Any, demo_db: Any,
                                                qtbot: Any) -> None:
    configure(free_port())
    area = main_window.show_area("Next steps")
    settle()
    area.remind_action.trigger()
    dialog = area.remind_dialog
    dialog.days.setValue(1000)
    assert dialog.to_outbox.isChecked()
    dialog.prepare_button.click()
    qtbot.waitUntil(lambda: "reminder" in dialog.result_label.text(), timeout=20_000)
    assert "In the outbox" in dialog.result_label.text()
    with demo_db.session() as session:
        purposes = set(session.scalars(select(OutboxMessage.purpose)))
    assert purposes == {"reminder"}
    dialog.prepare_button.click()
    qtbot.waitUntil(lambda: "already reminded today" in dialog.result_label.text(),
                    timeout=20_000)
    dialog.close()


def test_publish_from_the_window_and_overwrite_what_changed_on_the_server(
        main_window: Any, demo_db: Any, qtbot: Any, tmp_path: Any) -> None:
    from caldav.collection import Calendar as DavCalendar
    from icalendar import Calendar

    from organiser.core.enums import EventStatus
    from organiser.services.events import list_events, update_event
    from tests.exporters.ics_support import radicale_server
    from tests.services import test_calendar_publish as caldav_support

    with use_keyring(MemoryKeyring()), radicale_server(
            tmp_path, {"coordinator": "kalender-Ünïcode-7"}) as server:
        url = caldav_support.make_calendar(server)
        caldav_support.configure(url)
        main_window.online.publish_action.trigger()
        box = _message_box(qtbot, "publishReport")
        assert "events published" in box.text()
        box.close()
        planned = next(e for e in list_events(demo_db) if e.status == EventStatus.PLANNED)
        with demo_db.session() as session:
            event = session.get(Event, planned.id)
            assert event is not None
            uid = event.uid
        with caldav_support.dav_client(server) as client:  # someone edits the entry on the server
            item = DavCalendar(client=client, url=url).event_by_uid(uid)
            cal = Calendar.from_ical(item.data)
            cal.walk("VEVENT")[0]["SUMMARY"] = "Edited on the server"
            item.data = cal.to_ical()
            item.save()
        update_event(demo_db, planned.id, venue="Another room")
        main_window.online.publish_action.trigger()
        box = _message_box(qtbot, "publishReport")
        assert "changed on the server, not overwritten" in box.text()
        overwrite = next(b for b in box.buttons() if b.objectName() == "overwriteButton")
        overwrite.click()
        qtbot.waitUntil(lambda: caldav_support.on_server(server, url)[uid][1] == planned.title,
                        timeout=20_000)
        settle()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox):
                widget.close()


def test_fetch_every_n_minutes_only_when_a_mailbox_is_set_up(main_window: Any) -> None:
    from organiser.core.settings import IMAP_INTERVAL

    online = main_window.online
    online.schedule()
    assert not online.auto_timer.isActive()  # nothing set up: never
    settings = Settings()
    settings.set(IMAP_INTERVAL, 15)
    settings.save()
    online.schedule()
    assert not online.auto_timer.isActive()  # an interval without a server: still never
    settings.set(IMAP_HOST, "imap.example.org")
    settings.save()
    online.schedule()
    assert online.auto_timer.isActive() and online.auto_timer.interval() == 15 * 60_000
    main_window.set_database(None)  # no database, no fetch
    assert not online.auto_timer.isActive()


def test_the_indicator_never_goes_back_to_an_older_reading(main_window: Any, demo_db: Any,
                                                           qtbot: Any, monkeypatch: Any) -> None:
    """Two status reads under way (the timer, then a fetch finishing): the first one answering
    last used to overwrite the newer status on the indicator."""
    from organiser.services import sync_state
    from organiser.services.sync import record

    indicator = main_window.online.indicator
    settle()
    original, gate, calls = sync_state.sync_status, threading.Event(), []

    def slow_first(db: Any) -> Any:
        calls.append(db)
        status = original(db)  # read now, delivered late
        if len(calls) == 1:
            assert gate.wait(20)
        return status

    monkeypatch.setattr(sync_state, "sync_status", slow_first)
    record(demo_db, "send", "2 still queued (the server refused the connection)",
           reached=False, ok=False)
    main_window.online.refresh_status()
    qtbot.waitUntil(lambda: len(calls) == 1)
    record(demo_db, "fetch", "1 reply applied, 0 not applied, 3 other messages left alone")
    main_window.online.refresh_status()
    qtbot.waitUntil(lambda: "Online" in indicator.text())
    gate.set()  # the older reading ("Offline") arrives now
    settle()
    assert "Online" in indicator.text()
