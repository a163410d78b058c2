"""Events area: the events of the database in a sortable table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QToolBar,
    QVBoxLayout,
)

from organiser.ui.areas.base import Area
from organiser.ui.models.events_table import EventsTableModel
from organiser.ui.models.table import SORT_ROLE

if TYPE_CHECKING:
    from organiser.services.event_list import EventRow


class EventsArea(Area):
    title = "Events"
    object_name = "eventsArea"

    def __init__(self) -> None:
        super().__init__()
        self.model = EventsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("eventsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.summary = QLabel(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("eventsToolbar")
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._event_actions: list[QAction] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>Events</h2>"))
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        from organiser.ui.live import install as install_live_mode  # Agenda… and Live mode…

        install_live_mode(self)

    def refresh(self) -> None:
        if self.db is None:
            self.model.set_rows([])
            self.summary.setText("No database open.")
            return
        from organiser.services.events import list_events

        self.show_rows(list_events(self.db))

    def show_rows(self, rows: list[EventRow]) -> None:
        """Fill the table (also used at start-up, before the database is fully open)."""
        selected = self.selected_event_id()
        self.model.set_rows(rows)
        for column in range(1, self.model.columnCount()):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 200))
        if selected is not None:
            self.select_event(selected)
        self._update_actions()
        self.summary.setText(f"{len(rows)} events")

    # --- actions on the selected event (other features plug in here) ------------------

    def selected_event_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.model.row_at(self.proxy.mapToSource(rows[0]).row()).id)

    def select_event(self, event_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).id == event_id:
                self.table.selectRow(row)
                return True
        return False

    def add_event_action(self, text: str, handler: Callable[[int], None],
                         shortcut: str | None = None, object_name: str = "") -> QAction:
        """A toolbar action that runs `handler(event_id)` on the selected event."""
        action = QAction(text, self)
        if object_name:
            action.setObjectName(object_name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: self._run_event_action(handler))
        action.setEnabled(False)
        self.toolbar.addAction(action)
        self.addAction(action)
        self._event_actions.append(action)
        return action

    def _run_event_action(self, handler: Callable[[int], None]) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            handler(event_id)

    def _update_actions(self) -> None:
        enabled = self.selected_event_id() is not None
        for action in self._event_actions:
            action.setEnabled(enabled)
