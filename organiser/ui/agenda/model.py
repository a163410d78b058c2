"""The agenda editor's table: items of all days in order, dragged and dropped to reorder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)

from organiser.ui import colours
from organiser.ui.labels import enum_text
from organiser.ui.models.table import AnyIndex

if TYPE_CHECKING:
    from organiser.services.agenda import Agenda, AgendaRow
    from organiser.ui.agenda.editor import AgendaEditor

ITEM_MIME = "application/x-organiser-agenda-item"


class AgendaModel(QAbstractTableModel):
    """Items of all days in order; rows move by drag and drop (the editor saves the move)."""

    HEADERS = [QT_TRANSLATE_NOOP("AgendaModel", "Day"), QT_TRANSLATE_NOOP("AgendaModel", "Start"),
               QT_TRANSLATE_NOOP("AgendaModel", "End"), QT_TRANSLATE_NOOP("AgendaModel", "Title"),
               QT_TRANSLATE_NOOP("AgendaModel", "Kind"), QT_TRANSLATE_NOOP("AgendaModel", "Min"),
               QT_TRANSLATE_NOOP("AgendaModel", "Presenter"),
               QT_TRANSLATE_NOOP("AgendaModel", "Attendee time")]

    def __init__(self, editor: AgendaEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: list[AgendaRow] = []
        self.zone = ZoneInfo("UTC")
        self.other_zone: ZoneInfo | None = None

    def set_agenda(self, agenda: Agenda, other_zone: str | None) -> None:
        self.beginResetModel()
        self.rows = list(agenda.items)
        self.zone = ZoneInfo(agenda.timezone)
        self.other_zone = ZoneInfo(other_zone) if other_zone else None
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 7 and self.other_zone is not None:
                return self.tr("Time in {zone}").format(zone=self.other_zone.key)
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.day)
            if column == 1:
                return f"{row.start.astimezone(self.zone):%H:%M}"
            if column == 2:
                return f"{row.end.astimezone(self.zone):%H:%M}"
            if column == 3:
                extra = (" " + self.tr("({count} open actions)").format(count=len(row.actions))
                         if row.actions else "")
                return row.title + extra
            if column == 4:
                return enum_text(row.kind)
            if column == 5:
                return str(row.duration_minutes)
            if column == 6:
                return row.presenter
            if column == 7 and self.other_zone is not None:
                start = row.start.astimezone(self.other_zone)
                end = row.end.astimezone(self.other_zone)
                day = start.date() - row.start.astimezone(self.zone).date()
                shift = (" " + self.tr("({days} day)").format(days=f"{day.days:+d}")
                         if day else "")
                return f"{start:%H:%M}–{end:%H:%M}{shift}"
        if role == Qt.ItemDataRole.ForegroundRole and row.overruns_day:
            return colours.foreground("alert")
        if role == Qt.ItemDataRole.ToolTipRole and row.overruns_day:
            return self.tr("This item ends after the day's end")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        if indexes:
            mime.setData(ITEM_MIME, QByteArray(str(self.rows[indexes[0].row()].id).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: AnyIndex) -> bool:
        if not data.hasFormat(ITEM_MIME):
            return False
        item_id = int(bytes(data.data(ITEM_MIME).data()).decode())
        if item_id not in {r.id for r in self.rows}:
            return False  # an item of another event's agenda editor
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        self.editor.drop_at(item_id, row)
        return False  # reloaded from the database
