"""Likely duplicate people, merged two at a time (their invitations and history move)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.ui.models.table import Column, RowTableModel
from organiser.ui.views import select_row
from organiser.ui.widgets import fit_to_screen

if TYPE_CHECKING:
    from organiser.core.storage import Database

DUPLICATE_COLUMNS: list[Column[Any]] = [
    Column("Keep", lambda p: f"{p.keep_name} (#{p.keep_id})"),
    Column("Merge into it", lambda p: f"{p.other_name} (#{p.other_id})"),
    Column("Why", lambda p: p.reason),
]
COLUMN_TITLES = [QT_TRANSLATE_NOOP("Column", "Keep"), QT_TRANSLATE_NOOP("Column", "Merge into it"),
                 QT_TRANSLATE_NOOP("Column", "Why")]


class DuplicatesDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Likely duplicates"))
        self.merged = 0
        self.model: RowTableModel[Any] = RowTableModel(DUPLICATE_COLUMNS, self)
        self.table = QTableView(self)
        self.table.setObjectName("duplicatesTable")
        self.table.setAccessibleDescription(self.tr(
            "Pairs of people who may be the same person, and why; merging keeps the one in the "
            "Keep column (Swap keeps the other)."))
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.summary = QLabel(self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.swap_button = QPushButton(self.tr("&Swap (keep the other)"), self)
        self.swap_button.clicked.connect(self.swap_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Merging moves invitations, attendance, next steps, "
                                        "addresses and tags to the person kept, then deletes "
                                        "the other."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 400)
        self.refresh()

    def refresh(self) -> None:
        from organiser.services.duplicates import find_duplicates

        pairs = find_duplicates(self.db)
        self.model.set_rows(pairs)
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("{count} likely duplicates").format(count=len(pairs))
                             if pairs else self.tr("No likely duplicates."))
        if pairs:
            select_row(self.table, 0)
        self.merge_button.setEnabled(bool(pairs))
        self.swap_button.setEnabled(bool(pairs))

    def _selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def swap_selected(self) -> None:
        pair = self._selected()
        if pair is None:
            return
        from dataclasses import replace

        rows = self.model.rows()
        index = rows.index(pair)
        rows[index] = replace(pair, keep_id=pair.other_id, keep_name=pair.other_name,
                              other_id=pair.keep_id, other_name=pair.keep_name)
        self.model.set_rows(rows)
        select_row(self.table, index)

    def merge_selected(self, *, confirm: bool = True) -> None:
        pair = self._selected()
        if pair is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Merge"),
                self.tr("Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is "
                        "then deleted.").format(other=pair.other_name, other_id=pair.other_id,
                                                keep=pair.keep_name, keep_id=pair.keep_id)) \
                != QMessageBox.StandardButton.Yes:
            return
        from organiser.core.errors import OrganiserError
        from organiser.services.duplicates import merge_people

        try:
            merge_people(self.db, pair.keep_id, pair.other_id)
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Merge"), str(exc))
            return
        self.merged += 1
        self.refresh()
