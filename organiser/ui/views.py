"""Helpers for item views that behave the same left to right and right to left."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def select_row(view: QAbstractItemView, row: int) -> None:
    """Select a whole row and make it current, in either layout direction.

    QTableView.selectRow selects nothing right to left (Qt looks for the column at x = the
    viewport's width, one pixel past its end), which left Arabic users with no selection.
    """
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None or not 0 <= row < model.rowCount():
        return
    selection.setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
