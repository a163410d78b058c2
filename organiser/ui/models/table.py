"""A read-only table model over a list of rows, described by columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from organiser.ui.widgets import isolate_foreign

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    display: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[Row], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in, cells out; SORT_ROLE gives a proxy the value to sort on."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        # cells computed once: a sorting proxy and every repaint ask again and again, and a
        # localised date costs half a millisecond
        self._memo: dict[tuple[int, int, int], Any] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._memo = {}
        self.endResetModel()

    def update_rows(self, rows: Sequence[Row], key: Callable[[Row], Any]) -> None:
        """New contents after a reload: when the same records are there in the same order,
        only the rows that changed are redrawn (selection, scroll position and an open
        editor stay); otherwise the model is reset."""
        new = list(rows)
        if [key(r) for r in new] != [key(r) for r in self._rows]:
            self.set_rows(new)
            return
        old, self._rows = self._rows, new
        last = self.columnCount() - 1
        for position, (before, after) in enumerate(zip(old, new, strict=True)):
            if before != after:
                self._forget(position)
                self.dataChanged.emit(self.index(position, 0), self.index(position, last))

    def _forget(self, position: int) -> None:
        for column in range(len(self._columns)):
            for role in _MEMO_ROLES:
                self._memo.pop((position, column, role), None)

    def upsert(self, row: Row, key: Callable[[Row], Any]) -> None:
        """Put one changed record in place, or add it at the end (a proxy sorts it)."""
        wanted = key(row)
        for position, existing in enumerate(self._rows):
            if key(existing) == wanted:
                self._rows[position] = row
                self._forget(position)
                self.dataChanged.emit(self.index(position, 0),
                                      self.index(position, self.columnCount() - 1))
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def remove_key(self, wanted: Any, key: Callable[[Row], Any]) -> None:
        for position, existing in enumerate(self._rows):
            if key(existing) == wanted:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self._memo = {}  # the rows after it moved up
                self.endRemoveRows()
                return

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # titles are English keys; the interface language shows them translated
            return QCoreApplication.translate("Column", self._columns[section].title)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in _MEMO_ROLES:
            key = (index.row(), index.column(), role)
            try:
                return self._memo[key]
            except KeyError:
                value = self._memo[key] = self._cell(index.row(), index.column(), role)
                return value
        return self._cell(index.row(), index.column(), role)

    def _cell(self, position: int, column_number: int, role: int) -> Any:
        row = self._rows[position]
        column = self._columns[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate_foreign(column.display(row))  # English stays whole in Arabic
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.display(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        return None


_MEMO_ROLES = (int(Qt.ItemDataRole.DisplayRole.value), int(SORT_ROLE))


class SortedRowTableModel(RowTableModel[Row]):
    """A RowTableModel that keeps its rows in the view's sort order itself (`sort`, which a
    view with sorting enabled calls when a header is clicked): no QSortFilterProxyModel in
    between, whose every comparison asked the model for two values through Python (500
    events: about 9,000 calls, 35 ms, at each reload). New and changed rows go to their place.
    Sorting is by the column's `sort` key, else its text, and stable, like the proxy's."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self._sort_column = -1  # as read until sorted
        self._sort_order = Qt.SortOrder.AscendingOrder

    def sort_column(self) -> int:
        return self._sort_column

    def _ordered(self, rows: list[Row]) -> list[Row]:
        if not 0 <= self._sort_column < len(self._columns):
            return rows
        column = self._columns[self._sort_column]
        key = column.sort or column.display
        return sorted(rows, key=key, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._arrange()

    def _arrange(self) -> None:
        """Put the rows in order, keeping the selection and the current row on their rows."""
        ordered = self._ordered(self._rows)
        if all(a is b for a, b in zip(ordered, self._rows, strict=True)):
            return
        self.layoutAboutToBeChanged.emit()
        position = {id(row): i for i, row in enumerate(ordered)}
        before = self.persistentIndexList()
        after = [self.index(position[id(self._rows[i.row()])], i.column()) for i in before]
        self._rows = ordered
        self._memo = {}
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def set_rows(self, rows: Sequence[Row]) -> None:
        super().set_rows(self._ordered(list(rows)))

    def update_rows(self, rows: Sequence[Row], key: Callable[[Row], Any]) -> None:
        super().update_rows(self._ordered(list(rows)), key)
        self._arrange()  # rows whose sort key changed in place

    def upsert(self, row: Row, key: Callable[[Row], Any]) -> None:
        super().upsert(row, key)
        self._arrange()

FIRST_BATCH = 200  # rows a view is given at once after a reset: a screenful many times over
BATCH = 1000  # rows added each time the view scrolls near the end of those given


class Incremental:
    """A table model that hands its rows to the view in batches (`canFetchMore`/`fetchMore`).

    Mixed into a model that holds in `_rows` every row its own filter keeps, in its own sort
    order: filtering and sorting always work on all of them, only the view's share grows.
    `rowCount()` is the view's share; `shown()` is how many rows the filter keeps, which is
    what any count, export or "select all" must use. A reset gives the view the first batch.
    """

    _rows: list[Any]
    _exposed: int = 0

    def _expose_first(self) -> None:
        """Call between beginResetModel and endResetModel."""
        self._exposed = min(len(self._rows), FIRST_BATCH)

    def shown(self) -> int:
        """Rows the filter keeps (the view may hold fewer so far)."""
        return len(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else min(self._exposed, len(self._rows))

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._exposed < len(self._rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not parent.isValid():
            self.expose(self._exposed + BATCH)

    def expose(self, count: int) -> None:
        """Give the view at least the first `count` rows (e.g. to select one further down)."""
        count = min(count, len(self._rows))
        if count <= self._exposed:
            return
        model: Any = self
        model.beginInsertRows(QModelIndex(), self._exposed, count - 1)
        self._exposed = count
        model.endInsertRows()

    def expose_all(self) -> None:
        self.expose(len(self._rows))
