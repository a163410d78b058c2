"""Helpers for item views that behave the same left to right and right to left."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView


class IncrementalTableView(QTableView):
    """A table over a model that hands its rows in batches (models.table.Incremental):
    what acts on "all rows" or "the last row" gets them all first, never only the rows
    fetched so far (Ctrl+A then Delete must not miss the people not scrolled to yet)."""

    def _fetch_all(self) -> None:
        model = self.model()
        expose_all = getattr(model, "expose_all", None)
        if expose_all is not None:
            expose_all()

    def selectAll(self) -> None:
        self._fetch_all()
        super().selectAll()

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action == QAbstractItemView.CursorAction.MoveEnd:  # End, Ctrl+End, Shift+End
            self._fetch_all()
        return super().moveCursor(action, modifiers)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select a whole row and make it current, in either layout direction.

    QTableView.selectRow selects nothing right to left (Qt looks for the column at x = the
    viewport's width, one pixel past its end), which left Arabic users with no selection.
    """
    model = view.model()
    selection = view.selectionModel()
    expose = getattr(model, "expose", None)
    if expose is not None:  # a row the view has not been given yet (models.table.Incremental)
        expose(row + 1)
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    selection.setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def size_columns_from_sample(table: QTableView, columns: range | list[int], *,
                             sample: int = 60, cap: int = 200) -> None:
    """Fit columns to their header and the first `sample` rows, at most `cap` pixels wide.

    resizeColumnToContents measures every row: on 10,000 rows that froze the window.
    """
    model = table.model()
    if model is None:
        return
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    rows = min(sample, model.rowCount())
    padding = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin) + 16
    for column in columns:
        title = model.headerData(column, Qt.Orientation.Horizontal)
        width = header.fontMetrics().horizontalAdvance(str(title or "")) + 24
        for row in range(rows):
            text = model.index(row, column).data()
            if text:
                width = max(width, metrics.horizontalAdvance(str(text)) + padding)
        table.setColumnWidth(column, min(width, cap))


def stretch_column(table: QTableView, column: int) -> None:
    """The column takes the width the others leave, but never less than its title: on a
    narrow window (200% on a laptop) the table scrolls sideways instead of cutting it."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    model = table.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    need = header.fontMetrics().horizontalAdvance(title) + 2 * margin + arrow
    header.setMinimumSectionSize(max(header.minimumSectionSize(), need))
