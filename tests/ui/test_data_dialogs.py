"""The app's side of data that survives: the open-problem dialog, restore, outbox, crash report."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy import text

from organiser.core.instance import acquire
from organiser.core.storage import open_database
from organiser.services.backups import list_backups, take_backup


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Shown:
    """What a dialog showed (read while it is open: it is deleted once closed)."""

    texts: dict[str, str]
    buttons: set[str]

    @classmethod
    def of(cls, dialog: QWidget) -> Shown:
        texts = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)
                 if w.objectName()}
        return cls(texts, {b.objectName() for b in dialog.findChildren(QPushButton)})


def click_in_dialog(qtbot, dialog_name: str, button_name: str,
                    seen: list[Shown] | None = None, then: Callable[[], None] | None = None
                    ) -> None:
    """When the modal dialog `dialog_name` shows, click its button `button_name`."""
    def attempt(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != dialog_name:
            if tries:
                QTimer.singleShot(30, lambda: attempt(tries - 1))
            return
        if seen is not None:
            seen.append(Shown.of(dialog))
        button = dialog.findChild(QPushButton, button_name)
        assert button is not None, f"{dialog_name} has no {button_name}"
        if then is not None:
            then()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, attempt)


@pytest.fixture
def host(qtbot):
    from organiser.ui.app import make_application

    make_application()
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_database_in_use_offers_read_only_and_changes_nothing(qtbot, host, demo_db,
                                                              db_path: Path) -> None:
    from organiser.ui.startup import guard_of, open_with_recovery

    demo_db.close()
    before = _digest(db_path)
    seen: list[Shown] = []
    with acquire(db_path):  # "another Organiser"
        click_in_dialog(qtbot, "openProblemDialog", "choice-read-only", seen)
        opened = open_with_recovery(host, str(db_path))
    assert opened is not None and opened.read_only
    assert "is open in another Organiser" in seen[0].texts["problemMessage"]
    with opened.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM event")).scalar() == 6
    opened.close()
    guard_of(host).release()
    assert _digest(db_path) == before


def test_damaged_database_is_restored_from_the_last_backup(qtbot, host, demo_db,
                                                           db_path: Path) -> None:
    from organiser.ui.startup import guard_of, open_with_recovery

    take_backup(db_path, when="open")
    demo_db.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    damaged = _digest(db_path)

    click_in_dialog(qtbot, "openProblemDialog", "choice-restore",
                    then=lambda: click_in_dialog(qtbot, "restoreDialog", "restoreButton"))
    opened = open_with_recovery(host, str(db_path))
    assert opened is not None and not opened.read_only
    with opened.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM event")).scalar() == 6
    opened.close()
    guard_of(host).release()
    kept = list(db_path.parent.glob("organiser.before-restore-*.sqlite"))
    assert len(kept) == 1 and _digest(kept[0]) == damaged


def test_newer_database_offers_no_way_to_write_and_quit_leaves_it(qtbot, host, db,
                                                                  db_path: Path) -> None:
    from organiser.ui.startup import open_with_recovery

    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    before = _digest(db_path)
    seen: list[Shown] = []
    click_in_dialog(qtbot, "openProblemDialog", "choice-quit", seen)
    assert open_with_recovery(host, str(db_path)) is None
    names = seen[0].buttons
    assert "choice-read-only" not in names and "choice-other" in names
    assert _digest(db_path) == before


def test_missing_drive_is_not_created_and_retry_is_offered(qtbot, host, tmp_path: Path) -> None:
    from organiser.ui.startup import open_with_recovery

    target = tmp_path / "usb-stick" / "organiser.sqlite"
    seen: list[Shown] = []
    click_in_dialog(qtbot, "openProblemDialog", "choice-quit", seen)
    assert open_with_recovery(host, str(target)) is None
    assert "choice-retry" in seen[0].buttons
    assert not target.parent.exists()


def test_a_second_window_on_the_same_database_is_refused(qtbot, host, demo_db,
                                                         db_path: Path) -> None:
    from organiser.ui.startup import guard_of, open_with_recovery

    demo_db.close()
    first = open_with_recovery(host, str(db_path))
    assert first is not None
    other = QWidget()
    qtbot.addWidget(other)
    seen: list[Shown] = []
    click_in_dialog(qtbot, "openProblemDialog", "choice-quit", seen)
    assert open_with_recovery(other, str(db_path)) is None
    assert seen and "another Organiser" in seen[0].texts["problemMessage"]
    first.close()
    guard_of(host).backup_on_close()
    assert list_backups(db_path)


def test_outbox_dialog_sends_and_shows_each_status(qtbot, demo_db) -> None:
    from organiser.services import mail, outbox
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.outbox import OutboxDialog
    from tests.services.mail_support import Handler, configure, free_port, smtp_server

    make_application()
    configure(free_port())
    batch = mail.prepare(demo_db, 4, "invitations")
    outbox.queue_messages(demo_db, batch.messages[:2])
    dialog = OutboxDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == 2 and "2 queued" in dialog.summary.text()

    with qtbot.waitSignal(dialog.sender_worker.finished, timeout=20000):  # server down
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert "stay queued" in dialog.summary.text()
    assert dialog.model.row_at(0).status.value == "queued"
    assert "refused the connection" in dialog.model.row_at(0).last_error

    handler = Handler(refuse_rcpt={batch.messages[1].recipient: "550 5.1.1 unknown user"})
    with smtp_server(handler) as port:
        configure(port)
        with qtbot.waitSignal(dialog.sender_worker.finished, timeout=20000):
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    statuses = [dialog.model.row_at(i).status.value for i in range(2)]
    assert statuses == ["sent", "failed"]
    assert dialog.model.row_at(1).last_error == "550 5.1.1 unknown user"
    assert "1 sent, 1 refused" in dialog.summary.text()
    assert dialog.retry_button.isEnabled()


def test_crash_dialog_logs_and_offers_the_details_to_copy(qtbot, isolated_user: Path) -> None:
    from organiser.ui import crash
    from organiser.ui.app import make_application

    make_application()
    seen: list[Shown] = []
    click_in_dialog(qtbot, "crashDialog", "copyDetails", seen)

    def close_later(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == "crashDialog" and \
                QApplication.clipboard().text():
            dialog.close()
        elif tries:
            QTimer.singleShot(30, lambda: close_later(tries - 1))

    QTimer.singleShot(0, close_later)
    try:
        raise RuntimeError("the projector caught fire — проектор")
    except RuntimeError as exc:
        crash.handle_exception(type(exc), exc, exc.__traceback__)
    assert seen, "the dialog was shown"
    copied = QApplication.clipboard().text()
    assert "RuntimeError: the projector caught fire — проектор" in copied
    assert "Organiser" in copied.splitlines()[0]
    log = crash.log_file()
    assert log.parent == isolated_user / "log"
    for handler in crash.log.handlers:
        handler.flush()
    assert "the projector caught fire" in log.read_text(encoding="utf-8")
    for handler in list(crash.log.handlers):
        crash.log.removeHandler(handler)
        handler.close()


def test_window_menus_offer_outbox_restore_and_mail(qtbot, main_window, tmp_path: Path) -> None:
    from PySide6.QtGui import QAction

    from organiser.ui.startup import guard_of, install_data_actions

    install_data_actions(main_window)
    names = {a.objectName() for a in main_window.menu("&File").actions()}
    assert {"outboxAction", "restoreAction"} <= names
    assert main_window.findChild(QAction, "mailInvitations") is not None
    assert main_window.findChild(QAction, "mailMinutes") is not None

    seen: list[Shown] = []
    click_in_dialog(qtbot, "outboxDialog", "discardButton", seen,
                    then=lambda: QTimer.singleShot(100, lambda: _close("outboxDialog")))
    main_window.findChild(QAction, "outboxAction").trigger()
    assert seen and "0 queued" in seen[0].texts["outboxSummary"]

    other = tmp_path / "other.sqlite"
    open_database(other).close()
    with acquire(other):
        click_in_dialog(qtbot, "openProblemDialog", "choice-quit")
        assert main_window.open_database(str(other)) is False
    assert main_window.open_database(str(other)) is True
    assert guard_of(main_window).lock is not None
    main_window.db.close()
    main_window.db = None
    guard_of(main_window).release()


def _close(name: str) -> None:
    widget = QApplication.activeModalWidget()
    if widget is not None and widget.objectName() == name:
        widget.close()


def test_writing_to_a_read_only_database_is_explained_not_a_crash(qtbot, demo_db,
                                                                   db_path: Path) -> None:
    from organiser.core.models import Event
    from organiser.ui import crash
    from organiser.ui.app import make_application

    make_application()
    demo_db.close()
    before = _digest(db_path)  # not while it is open: only SQLite may open it then
    read_only = open_database(db_path, create=False, read_only=True)
    seen: list[QWidget] = []

    def close_box(tries: int = 100) -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "userErrorMessage":
            seen.append(box)
            box.close()
        elif tries:
            QTimer.singleShot(30, lambda: close_box(tries - 1))

    QTimer.singleShot(0, close_box)
    try:
        with read_only.transaction() as session:
            session.get(Event, 1).title = "changed"
    except Exception as exc:
        crash.handle_exception(type(exc), exc, exc.__traceback__)
    finally:
        read_only.close()
    assert seen and "read-only" in seen[0].text()
    assert _digest(db_path) == before
    for handler in list(crash.log.handlers):
        crash.log.removeHandler(handler)
        handler.close()


def test_outbox_shows_may_have_been_sent_and_resends_only_when_asked(qtbot, demo_db) -> None:
    import datetime as dt

    from sqlalchemy import update

    from organiser.core.enums import OutboxStatus
    from organiser.core.models import OutboxMessage
    from organiser.services import mail, outbox
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.outbox import OutboxDialog
    from tests.services.mail_support import Handler, configure, free_port, smtp_server

    make_application()
    configure(free_port())
    batch = mail.prepare(demo_db, 4, "invitations")
    first, _second = outbox.queue_messages(demo_db, batch.messages[:2])
    with demo_db.transaction() as session:  # a sender on another laptop died an hour ago
        session.execute(update(OutboxMessage).where(OutboxMessage.id == first).values(
            status=OutboxStatus.SENDING, claimed_by="4242@coordinator-laptop",
            claimed_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)))
    dialog = OutboxDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.data(dialog.model.index(0, 0)) == "may have been sent"
    assert "1 may have been sent already" in dialog.summary.text()
    assert dialog.resend_button.isEnabled()

    handler = Handler()
    with smtp_server(handler) as port:
        configure(port)
        with qtbot.waitSignal(dialog.sender_worker.finished, timeout=20000):
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert len(handler.received) == 1  # the queued one; not the unsure one
        assert dialog.model.row_at(0).unsure

        def answer(reply: QMessageBox.StandardButton, tries: int = 100) -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                box.button(reply).click()
            elif tries:
                QTimer.singleShot(30, lambda: answer(reply, tries - 1))

        QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
        qtbot.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)
        assert len(handler.received) == 1 and dialog.model.row_at(0).unsure
        QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
        with qtbot.waitSignal(dialog.sender_worker.finished, timeout=20000):
            qtbot.mouseClick(dialog.resend_button, Qt.MouseButton.LeftButton)
    assert len(handler.received) == 2
    assert [dialog.model.row_at(i).status.value for i in range(2)] == ["sent", "sent"]
    assert not dialog.resend_button.isEnabled()
    stored = outbox.message_data(demo_db, first)
    assert handler.received[1].data.split(b"Message-ID:")[1][:60] == \
        stored.split(b"Message-ID:")[1][:60]


def test_outbox_shows_each_message_as_it_goes_and_discard_waits(qtbot, demo_db) -> None:
    """Finding 10: only "Sending…" while every row stayed queued; Discard enabled meanwhile."""
    from organiser.services import mail, outbox
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.outbox import OutboxDialog
    from tests.services.mail_support import GatedHandler, configure, free_port, smtp_server

    make_application()
    configure(free_port())
    batch = mail.prepare(demo_db, 4, "invitations")
    outbox.queue_messages(demo_db, batch.messages[:3])
    dialog = OutboxDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[tuple[str, list[str], bool]] = []
    # the server takes each message only once the window has shown the progress before it,
    # so what the rows say at each step does not depend on how fast the machine is
    handler = GatedHandler()

    def look(_done: int, _total: int) -> None:
        seen.append((
            dialog.summary.text(),
            [dialog.model.row_at(i).status.value for i in range(dialog.model.rowCount())],
            dialog.discard_button.isEnabled()))
        handler.gate.release()

    dialog.sender_worker.progressed.connect(look)
    with smtp_server(handler) as port:
        configure(port)
        with qtbot.waitSignal(dialog.sender_worker.finished, timeout=20000):
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert [text for text, _s, _d in seen][:3] == ["Sending 1 of 3…", "Sending 2 of 3…",
                                                  "Sending 3 of 3…"]
    assert seen[1][1].count("sent") == 1  # the first one shows sent while the rest go
    assert not any(enabled for _t, _s, enabled in seen)
    assert dialog.discard_button.isEnabled()
    assert [dialog.model.row_at(i).status.value for i in range(3)] == ["sent"] * 3


def test_mail_shows_the_first_message_before_it_is_queued(qtbot, demo_db) -> None:
    from organiser.services.outbox import list_outbox
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.outbox import mail_event
    from tests.services.mail_support import configure, free_port
    from tests.ui.test_workshop_day import answer_next_dialog

    make_application()
    configure(free_port())
    read: list[str] = []

    def look(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        read.append(box.detailedText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_next_dialog(qtbot, QMessageBox, look)
    assert mail_event(None, demo_db, 4, "invitations") == ""  # type: ignore[arg-type]
    assert read and read[0].startswith("From: ") and "\nSubject: " in read[0]
    assert "Attached: " in read[0] and ".ics" in read[0]
    assert list_outbox(demo_db) == []  # nothing queued
