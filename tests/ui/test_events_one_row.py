"""A change made in the Events area shows in its own row (issue 15: a single edit reflected
at once, not a reload of the list): one reply or role set in the invitations panel is read
again alone, and neither the panel's full read nor, after the window's change poll, the events
list's full read runs for it. What a colleague changes (another connection) still shows, the
invitations panel included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from organiser.core.enums import Reply
from organiser.core.storage import open_database
from organiser.services.event_list import event_list_row
from organiser.services.invitations import count_invitations, list_invitations, set_reply
from tests.ui.loading import settle

INFO = 4
POLL_WAIT_MS = 1500  # longer than the window's change poll (one second)


@pytest.fixture
def events(main_window, monkeypatch) -> Iterator[Any]:
    """The Events area with the information session chosen; its full reads are counted
    (`area.reads`: "events" for the list, "invitations" for the panel)."""
    import organiser.ui.dialogs.event_invitations as panel_module
    from organiser.ui.areas.events import EventsArea

    area = main_window.show_area("Events")
    settle()
    assert area.select_event(INFO)
    settle()
    reads: list[str] = []
    list_load, panel_read = EventsArea.load, panel_module._read_invitations

    def load(db: Any) -> Any:
        reads.append("events")
        return list_load(db)

    def read(db: Any, event_id: int) -> Any:
        reads.append("invitations")
        return panel_read(db, event_id)

    monkeypatch.setattr(EventsArea, "load", staticmethod(load))
    monkeypatch.setattr(panel_module, "_read_invitations", read)
    area.reads = reads
    yield area


def _shown_line(panel: Any, invitation_id: int) -> int:
    """The table row (sorted view) of that invitation."""
    for row in range(panel.proxy.rowCount()):
        source = panel.proxy.mapToSource(panel.proxy.index(row, 0))
        if panel.model.row_at(source.row()).id == invitation_id:
            return row
    return -1


def test_one_reply_set_in_the_panel_is_one_line_read_again(events, qtbot) -> None:
    panel = events.invitations
    panel.table.sortByColumn(0, panel.table.horizontalHeader().sortIndicatorOrder())
    target = next(r for r in panel.model.rows() if r.reply is not Reply.DECLINED)
    line = _shown_line(panel, target.id)
    panel.table.selectRow(line)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.set_reply("declined")
    qtbot.wait(POLL_WAIT_MS)
    settle()
    assert events.reads == []  # neither the panel nor, after the poll, the events list
    assert not resets
    stored = {r.id: r for r in list_invitations(events.db, INFO)}
    assert stored[target.id].reply is Reply.DECLINED
    assert sorted(panel.model.rows(), key=lambda r: r.id) == list(stored.values())
    assert panel.counts.text() == panel._summary(count_invitations(stored.values()))
    assert panel.selected_ids() == [target.id] and _shown_line(panel, target.id) == line
    assert "Declined" in [panel.proxy.index(line, c).data()
                          for c in range(panel.proxy.columnCount())]
    # the event's line in the list (its counts) is read again alone
    assert next(r for r in events.model.rows() if r.id == INFO) == \
        event_list_row(events.db, INFO)

    panel.table.selectRow(line)
    panel.set_role("chair")
    settle()
    assert events.reads == []
    assert {r.id: r for r in panel.model.rows()} == {
        r.id: r for r in list_invitations(events.db, INFO)}


def test_a_colleagues_reply_shows_in_the_panel(events, qtbot) -> None:
    panel = events.invitations
    target = next(r for r in panel.model.rows() if r.reply is not Reply.TENTATIVE)
    colleague = open_database(events.db.path, create=False)
    try:
        set_reply(colleague, target.id, "tentative")
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: next(r for r in panel.model.rows() if r.id == target.id).reply
                    is Reply.TENTATIVE, timeout=15_000)
    settle()
    assert panel.counts.text() == panel._summary(
        count_invitations(list_invitations(events.db, INFO)))


def test_a_new_time_shows_in_the_panel_and_the_poll_reads_nothing(events, qtbot) -> None:
    """The editor's save: the event's row is read alone; the panel reads its lines again
    (a new time asks everyone again and moves each local start)."""
    panel = events.invitations
    assert any(r.reply is not Reply.NEEDS_ACTION for r in panel.model.rows())

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "eventEditor":
            QTimer.singleShot(20, edit)
            return
        dialog.start.setDateTime(dialog.start.dateTime().addSecs(3600))
        dialog.end.setDateTime(dialog.end.dateTime().addSecs(3600))
        dialog.accept()

    QTimer.singleShot(0, edit)
    events.edit_event(INFO)
    qtbot.wait(POLL_WAIT_MS)
    settle()
    assert events.reads == ["invitations"]  # the panel, once; not the events list
    assert {r.reply for r in panel.model.rows()} == {Reply.NEEDS_ACTION}
    assert sorted(panel.model.rows(), key=lambda r: r.id) == list_invitations(events.db, INFO)
