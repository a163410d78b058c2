"""Next steps as a Qt table model that filters and sorts itself (fast on 20,000 rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from organiser.ui import colours
from organiser.ui.labels import enum_text, local_date
from organiser.ui.models.table import ROW_ROLE, SORT_ROLE, AnyIndex, Incremental

if TYPE_CHECKING:
    from organiser.services.nextsteps import NextStepFilter, NextStepRow

OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 10
STATUS_ORDER = {"open": 0, "in progress": 1, "done": 2, "dropped": 3}


def _step_id(row: NextStepRow) -> int:
    return row.id


@dataclass(frozen=True)
class Arranged:
    """The rows shown for one view (filter, day, sort), made off the UI thread."""

    view: tuple[Any, ...]
    rows: list[NextStepRow]
    overdue: int


@dataclass(frozen=True)
class StepColumn:
    title: str
    display: Callable[[NextStepRow], str]
    sort: Callable[[NextStepRow], Any]


_EARLIEST = dt.datetime(1, 1, 1, tzinfo=dt.UTC)
_OVERDUE: Any = None  # NextStepFilter(overdue=True), made on first use (no service import
# when the module loads)


def _due(row: NextStepRow) -> str:
    return local_date(row.due_date, "dd MMM yyyy") if row.due_date else ""


def overdue_text(date_text: str) -> str:
    """An overdue step's due date, said in words too, not only by the colour."""
    return "⚠ " + QCoreApplication.translate("NextStepsTable", "{date}, overdue").format(
        date=date_text)


def due_column_width(font: QFont) -> int:
    """Wide enough for the longest overdue date in the interface's language, in bold:
    "⚠ 06 Nov 202…" hid the year and the word that says overdue."""
    from PySide6.QtGui import QFontMetrics

    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    widest = max(metrics.horizontalAdvance(overdue_text(local_date(dt.date(2026, month, 28),
                                                                    "dd MMM yyyy")))
                 for month in range(1, 13))
    return widest + 2 * metrics.averageCharWidth() + 8  # the cell's margins


COLUMNS: list[StepColumn] = [
    StepColumn("Due", _due, lambda r: r.due_date.toordinal() if r.due_date else 10**7),
    StepColumn("Status", lambda r: enum_text(r.status, capital=True),
               lambda r: STATUS_ORDER.get(r.status.value, 9)),
    StepColumn("What", lambda r: r.text, lambda r: r.folded[0]),
    StepColumn("Owner", lambda r: r.owner_name, lambda r: r.folded[1]),
    StepColumn("Organisation", lambda r: r.organisation_name,
               lambda r: r.folded[2]),
    StepColumn("Event", lambda r: r.event_title,
               lambda r: (r.event_start is None, r.event_start or _EARLIEST, r.event_title)),
    StepColumn("Line of action", lambda r: r.line_of_action, lambda r: r.folded[4]),
]
DUE, STATUS, WHAT, OWNER = 0, 1, 2, 3


def _in_column_order(rows: list[NextStepRow], orders: dict[int, list[NextStepRow]],
                     column: int) -> list[NextStepRow]:
    """Every step in the column's ascending order, taken from `orders` or made there once
    (with the steps by id under -1): a stable sort of the steps in id order, so ties stay
    in id order, no tuple keys."""
    order = orders.get(column)
    if order is None:
        by_id = orders.get(-1)
        if by_id is None:
            by_id = orders[-1] = sorted(rows, key=_step_id)
        order = orders[column] = sorted(by_id, key=COLUMNS[column].sort)
    return order
EDITABLE = frozenset({DUE, STATUS, OWNER})


def owner_key(row: NextStepRow) -> str:
    """The owner as the screens list owners: `person:ID`, `org:ID`, or empty for nobody."""
    if row.owner_person_id is not None:
        return f"person:{row.owner_person_id}"
    if row.owner_organisation_id is not None:
        return f"org:{row.owner_organisation_id}"
    return ""


class NextStepsTableModel(Incremental, QAbstractTableModel):
    """All steps are held; the filter and the sort pick and order the visible ones, and the
    view is given them in batches (`Incremental`: `shown()` is how many the filter keeps).

    A new filter (`set_filter`) is applied to every step in a worker, not on the UI thread;
    the rows it keeps are shown when made (only those of the newest filter: typing fast
    shows the last text's), then `arranged` is emitted. Until then the rows shown stay.

    Editing the Status, Owner or Due cell does not change the row: it emits
    `status_change_requested`, `owner_change_requested` (`person:ID`, `org:ID` or empty)
    or `due_change_requested` (a date or None), and the area records the change through
    the service, then calls `replace_row`.
    """

    status_change_requested = Signal(int, str)
    owner_change_requested = Signal(int, str)
    due_change_requested = Signal(int, object)
    arranged = Signal()  # the rows of the view (filter, day, sort) made in a worker are shown

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[NextStepRow] = []
        self._rows: list[NextStepRow] = []
        self._filter: NextStepFilter | None = None
        self._sort_column = DUE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._orders: dict[int, list[NextStepRow]] = {}
        self._overdue: int | None = None  # among the rows the filter keeps; None: count again
        self._replaced = 0  # rows put in place by `replace_row`: an arrangement made from
        # the rows before such a change is made again
        # whether rows made in a worker must wait to be shown (a cell is being edited: a
        # reset would close its editor under the typing); `release` shows them
        self.hold: Callable[[], bool] = lambda: False
        self._held: Callable[[], None] | None = None
        self.today = dt.date.today()

    # --- contents ---------------------------------------------------------------------

    def set_rows(self, rows: list[NextStepRow], today: dt.date | None = None,
                 orders: dict[int, list[NextStepRow]] | None = None,
                 flt: NextStepFilter | object | None = ...,
                 arranged: Arranged | None = None) -> None:
        """All the steps; `orders` as made by `prepare` (in the worker that read them), and
        the filter to show them with (the current one when not given). `arranged`, made by
        `arrange` in the worker for this filter, today and the model's sort, spares the UI
        thread the pass over every step. One made for another view (the filter changed while
        the worker read) is not used: the view's rows are made in a worker, the rows shown
        until then stay. Without `arranged` (a few rows: tests, an empty list), they are
        made here."""
        self.today = today or dt.date.today()
        self._all = list(rows)
        self._orders = dict(orders) if orders is not None else {}
        if flt is not ...:
            self._filter = flt  # type: ignore[assignment]
        if arranged is not None and arranged.view != self.view():
            self._arrange_in_worker()
            return
        from organiser.ui.background import forget

        forget(self, "arrange")  # rows being made from the steps replaced here: not shown
        self._held = None
        self._show(arranged or self.arrange(self._all, self._orders, self.view()))

    def view(self) -> tuple[Any, ...]:
        """What the shown rows depend on besides the steps: filter, day, sort."""
        return (self._filter, self.today, self._sort_column, self._sort_order)

    @staticmethod
    def arrange(rows: list[NextStepRow], orders: dict[int, list[NextStepRow]],
                view: tuple[Any, ...]) -> Arranged:
        """The rows a `view` (as `view()` gives it) shows, in its order, and how many are
        overdue: the filter over every step, in the worker that read them."""
        global _OVERDUE
        if _OVERDUE is None:
            from organiser.services.nextsteps import NextStepFilter

            _OVERDUE = NextStepFilter(overdue=True)
        flt, today, column, order = view
        model_rows = _in_column_order(rows, orders, column)
        if flt is not None:
            model_rows = flt.keep(model_rows, today)
        if order == Qt.SortOrder.DescendingOrder:
            model_rows = model_rows[::-1]
        overdue = len(_OVERDUE.keep(model_rows, today))
        return Arranged(view, list(model_rows), overdue)

    @staticmethod
    def prepare(rows: list[NextStepRow], column: int = 0,
                known: dict[int, list[NextStepRow]] | None = None
                ) -> dict[int, list[NextStepRow]]:
        """The sort orders the model needs first (by id, and by `column`), computed off the
        UI thread: 20,000 steps sorted in Python take a tenth of a second. `known`: orders
        the caller has already (by id under -1; a column's ascending order, ties by id)."""
        orders: dict[int, list[NextStepRow]] = dict(known or {})
        _in_column_order(rows, orders, column)
        return orders

    def set_filter(self, flt: NextStepFilter | None) -> None:
        """Show the steps `flt` keeps, once a worker has found them (`arranged` then)."""
        self._filter = flt
        self._arrange_in_worker()

    def _arrange_in_worker(self) -> None:
        """Filter and order every step for the current view in a worker; shown when made,
        unless a newer view was asked for meanwhile (then only the newest is shown)."""
        from organiser.ui.background import QueryOp

        # the worker's own copies: the UI thread may replace a row or sort meanwhile
        rows, orders, view = list(self._all), dict(self._orders), self.view()
        source, replaced = self._all, self._replaced

        def take(arranged: tuple[Arranged, dict[int, list[NextStepRow]]]) -> None:
            if self.hold():
                self._held = lambda: take(arranged)
                return
            made, made_orders = arranged
            if source is not self._all or replaced != self._replaced \
                    or made.view != self.view():
                self._arrange_in_worker()  # made from rows or for a view no longer shown
                return
            for column, order in made_orders.items():  # an order the worker sorted
                self._orders.setdefault(column, order)
            self._show(made)
            self.arranged.emit()

        QueryOp(self, lambda: (self.arrange(rows, orders, view), orders), take) \
            .latest("arrange").run()

    def release(self) -> None:
        """Show the rows held back by `hold` (made again first if the steps changed)."""
        held, self._held = self._held, None
        if held is not None:
            held()

    def arranging(self) -> bool:
        """The rows of a new view are being made in a worker, or wait (`hold`): what is
        shown is about to change."""
        from organiser.ui.background import reading

        return self._held is not None or reading(self, "arrange")

    def all_rows(self) -> list[NextStepRow]:
        return list(self._all)

    def row_at(self, row: int) -> NextStepRow:
        return self._rows[row]

    def row_of(self, step_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == step_id), -1)

    def overdue_count(self) -> int:
        if self._overdue is None:
            self._overdue = sum(1 for r in self._rows if r.is_overdue(self.today))
        return self._overdue

    def replace_row(self, new: NextStepRow) -> None:
        """Put a changed step in place (it stays visible until the filter is next applied)."""
        self._replaced += 1
        old = None
        for position, row in enumerate(self._all):  # in place: no copy of 20,000 rows
            if row.id == new.id:
                old, self._all[position] = row, new
                break
        for column, spec in enumerate(COLUMNS):  # the row moves in the orders it changed
            if old is None or spec.sort(old) != spec.sort(new):
                self._orders.pop(column, None)
        for order in self._orders.values():
            for position, row in enumerate(order):
                if row.id == new.id:
                    order[position] = new
                    break
        index = self.row_of(new.id)
        if index >= 0:
            self._rows[index] = new
            self._overdue = None
            if index < self.rowCount():  # a row the view has (else it reads it when given)
                self.dataChanged.emit(self.index(index, 0),
                                      self.index(index, self.columnCount() - 1))

    def _ordered(self, column: int) -> list[NextStepRow]:
        """Every step in the column's ascending order, computed once per column and load."""
        return _in_column_order(self._all, self._orders, column)

    def _in_order(self, ids: set[int] | None) -> list[NextStepRow]:
        order = self._ordered(self._sort_column)
        rows = order if ids is None else [r for r in order if r.id in ids]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            rows = rows[::-1]
        return list(rows)

    def _show(self, arranged: Arranged) -> None:
        self.beginResetModel()
        self._rows = list(arranged.rows)
        self._overdue = arranged.overdue
        self._expose_first()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column, self._sort_order = column, order
        visible = None if len(self._rows) == len(self._all) else {r.id for r in self._rows}
        rows = self._in_order(visible)
        positions = {r.id: n for n, r in enumerate(rows)}
        # a selected row may move past the rows the view has: give it those first
        self.expose(max((positions[self._rows[i.row()].id] + 1
                         for i in self.persistentIndexList()), default=0))
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._rows[i.row()].id, i.column()) for i in old]
        self._rows = rows
        if old:
            self.changePersistentIndexList(
                old, [self.index(positions[i], c) for i, c in old_ids])
        self.layoutChanged.emit()

    # --- Qt model ---------------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Column", COLUMNS[section].title)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DUE and row.is_overdue(self.today):
                return overdue_text(_due(row))  # said in words too, not only by the colour
            return COLUMNS[column].display(row)
        if role == Qt.ItemDataRole.EditRole:
            if column == STATUS:
                return row.status.value
            if column == OWNER:
                return owner_key(row)
            if column == DUE:
                return row.due_date
            return COLUMNS[column].display(row)
        overdue = row.is_overdue(self.today)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QBrush(colours.foreground("overdue"))
            if row.status.value in ("done", "dropped"):
                return QBrush(colours.foreground("finished"))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            fill = colours.background("overdue") if overdue else None
            return QBrush(fill) if fill else None
        if role == Qt.ItemDataRole.FontRole and overdue and column == DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                days = row.days_overdue(self.today)
                return (QCoreApplication.translate("NextStepsTable", "Overdue by {days} day")
                        if days == 1 else
                        QCoreApplication.translate("NextStepsTable", "Overdue by {days} days")
                        ).format(days=days)
            if column == WHAT:
                return row.text
            return None
        if role == OVERDUE_ROLE:
            return overdue
        if role == SORT_ROLE:
            return COLUMNS[column].sort(row)
        if role == ROW_ROLE:
            return row
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() not in EDITABLE \
                or role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        column = index.column()
        if column == STATUS and str(value) != row.status.value:
            self.status_change_requested.emit(row.id, str(value))
        elif column == OWNER and str(value or "") != owner_key(row):
            self.owner_change_requested.emit(row.id, str(value or ""))
        elif column == DUE and value != row.due_date:
            self.due_change_requested.emit(row.id, value)
        return False
