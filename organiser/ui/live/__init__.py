"""Live mode: the window the coordinator works in during the event, and its entry points."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from organiser.ui.areas.events import EventsArea


_open: list[QWidget] = []


def install(events_area: EventsArea) -> None:
    """Add "Agenda…" and "Live mode…" to the Events area's actions on the selected event."""

    def agenda(event_id: int) -> None:
        if events_area.db is None:
            return
        from organiser.ui.agenda import AgendaEditor

        AgendaEditor(events_area.db, event_id, events_area).exec()
        events_area.refresh()

    def live(event_id: int) -> None:
        if events_area.db is None:
            return
        from organiser.core.errors import OrganiserError
        from organiser.ui.live.window import open_live_window

        try:
            window = open_live_window(events_area.db, event_id, events_area.window())
        except OrganiserError:
            return
        _open.append(window)
        window.destroyed.connect(lambda *_: _open.remove(window) if window in _open else None)

    from PySide6.QtCore import QCoreApplication

    events_area.add_event_action(QCoreApplication.translate("LiveMode", "&Agenda…"), agenda,
                                 "Ctrl+G", object_name="agendaAction")
    events_area.add_event_action(QCoreApplication.translate("LiveMode", "&Live mode…"), live,
                                 "Ctrl+L", object_name="liveAction")

    def event_chosen() -> None:
        if events_area.selected_event_id() is not None:
            from organiser.ui.live.warm import warm_up

            warm_up()  # live mode's imports and fonts, ahead of its first opening

    events_area.table.selectionModel().selectionChanged.connect(lambda *_: event_chosen())
