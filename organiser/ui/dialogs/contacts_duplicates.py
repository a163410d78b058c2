"""Likely duplicate people, merged two at a time (their invitations and history move)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.core.text import email_key
from organiser.ui.models.table import Column, RowTableModel
from organiser.ui.views import select_row
from organiser.ui.widgets import fit_to_screen

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.duplicates import FieldValues, MergeComparison

FIELD_LABELS = {
    "given_name": QT_TRANSLATE_NOOP("MergeView", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("MergeView", "Family name"),
    "display_name": QT_TRANSLATE_NOOP("MergeView", "Full name"),
    "latin_name": QT_TRANSLATE_NOOP("MergeView", "Latin transliteration"),
    "organisation": QT_TRANSLATE_NOOP("MergeView", "Organisation"),
    "job_title": QT_TRANSLATE_NOOP("MergeView", "Job title"),
    "country": QT_TRANSLATE_NOOP("MergeView", "Country"),
    "timezone": QT_TRANSLATE_NOOP("MergeView", "Time zone"),
    "language": QT_TRANSLATE_NOOP("MergeView", "Language"),
    "phone": QT_TRANSLATE_NOOP("MergeView", "Phone"),
    "notes": QT_TRANSLATE_NOOP("MergeView", "Notes"),
}
LINK_LABELS = {
    "invitations": QT_TRANSLATE_NOOP("MergeView", "invitations: {count}"),
    "attendance records": QT_TRANSLATE_NOOP("MergeView", "attendance: {count}"),
    "next steps": QT_TRANSLATE_NOOP("MergeView", "next steps: {count}"),
    "agenda items presented": QT_TRANSLATE_NOOP("MergeView", "agenda items presented: {count}"),
    "ideas": QT_TRANSLATE_NOOP("MergeView", "ideas: {count}"),
    "votes": QT_TRANSLATE_NOOP("MergeView", "votes: {count}"),
    "delegations": QT_TRANSLATE_NOOP("MergeView", "delegations: {count}"),
}
SHOWN_CHARACTERS = 48  # a longer value is cut in its button; the tooltip has it whole


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeView", text)


def _one_line(value: str) -> str:
    line = " ".join(value.split())
    return _shown(line if len(line) <= SHOWN_CHARACTERS else line[:SHOWN_CHARACTERS - 1] + "…")


def _shown(value: str) -> str:
    """A value laid out in its own direction inside a right-to-left window: English isolated,
    and a phone number (no letters) left to right ("+233 20 123 4567", not "4567 123 20
    233+")."""
    from PySide6.QtGui import QGuiApplication

    from organiser.ui.widgets import first_strong, isolate_foreign

    if value and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
            and not first_strong(value):
        return f"\u200e{value}\u200e"
    return str(isolate_foreign(value))


class MergeView(QScrollArea):
    """The two people side by side, a row per field: the same value once, a value only one of
    them has (it is kept), or two values to choose between — the row says which in words
    ("same", "only #12", "differs: choose"), not by colour. Addresses and tags of both are
    kept; what refers to the other person (invitations, attendance, next steps...) moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeView")
        self.setAccessibleName(self.tr("The two people compared"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.comparison: MergeComparison | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.compared: dict[str, QLabel] = {}

    def show_comparison(self, comparison: MergeComparison | None) -> None:
        """Rebuild the rows for two people (None: nothing to compare)."""
        from organiser.services.duplicates import BOTH, KEEP, OTHER

        self.comparison = comparison
        self.groups, self.compared = {}, {}
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        if comparison is None:
            grid.addWidget(QLabel(self.tr("Select a pair to compare the two people."), body), 0, 0)
            self.setWidget(body)
            return
        keep_id, other_id = comparison.keep_id, comparison.other_id
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in enumerate((
                self.tr("Field"),
                self.tr("Kept: {name} (#{id})").format(name=comparison.keep_name, id=keep_id),
                self.tr("Merged into it: {name} (#{id})").format(name=comparison.other_name,
                                                                  id=other_id),
                self.tr("Compared"))):
            header = QLabel(text, body)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        row = 1
        for values in comparison.fields:
            if not values.keep.strip() and not values.other.strip():
                continue  # neither has one: nothing to compare or lose
            label = _tr(str(FIELD_LABELS[values.name]))
            grid.addWidget(QLabel(label, body), row, 0, Qt.AlignmentFlag.AlignTop)
            if values.choice_needed:
                group = QButtonGroup(body)
                group.setObjectName(f"choice_{values.name}")
                for column, (value, person, choice) in enumerate(
                        ((values.keep, keep_id, KEEP), (values.other, other_id, OTHER)), 1):
                    button = QRadioButton(_one_line(value), body)
                    button.setObjectName(f"{values.name}_{choice}")
                    button.setToolTip(value)
                    button.setAccessibleName(self.tr("{field}: {value} (#{id})").format(
                        field=label, value=value, id=person))
                    group.addButton(button)
                    button.setProperty("choice", choice)
                    grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
                compared = QLabel(self.tr("differs: choose"), body)
                compared.setFont(bold)
                cell: QWidget = compared
                if values.name == "notes":  # notes can also be joined
                    both = QRadioButton(self.tr("keep both"), body)
                    both.setObjectName("notes_both")
                    both.setProperty("choice", BOTH)
                    group.addButton(both)
                    cell = QWidget(body)
                    box = QHBoxLayout(cell)
                    box.setContentsMargins(0, 0, 0, 0)
                    box.addWidget(compared)
                    box.addWidget(both)
                    box.addStretch(1)
                    both.setChecked(True)
                else:
                    group.buttons()[0].setChecked(True)
                self.groups[values.name] = group
            else:
                for column, value in enumerate((values.keep, values.other), 1):
                    shown = QLabel(_one_line(value), body)
                    shown.setToolTip(value)
                    grid.addWidget(shown, row, column, Qt.AlignmentFlag.AlignTop)
                compared = QLabel(self._compared(values), body)
                cell = compared
            compared.setObjectName(f"compared_{values.name}")
            self.compared[values.name] = compared
            grid.addWidget(cell, row, 3, Qt.AlignmentFlag.AlignTop)
            row += 1
        for name, label, mine, theirs in (
                ("emails", self.tr("E-mail addresses"), comparison.keep_emails,
                 comparison.other_emails),
                ("tags", self.tr("Tags"), comparison.keep_tags, comparison.other_tags)):
            if not mine and not theirs:
                continue
            grid.addWidget(QLabel(label, body), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, values_list in enumerate((mine, theirs), 1):
                shown = QLabel("\n".join(map(_shown, values_list)) or "—", body)
                grid.addWidget(shown, row, column, Qt.AlignmentFlag.AlignTop)
            fold = email_key if name == "emails" else str.casefold
            same = {fold(v) for v in mine} == {fold(v) for v in theirs}
            compared = QLabel(self.tr("same") if same else self.tr("all kept"), body)
            compared.setObjectName(f"compared_{name}")
            self.compared[name] = compared
            grid.addWidget(compared, row, 3, Qt.AlignmentFlag.AlignTop)
            row += 1
        grid.addWidget(QLabel(self.tr("Linked records"), body), row, 0, Qt.AlignmentFlag.AlignTop)
        for column, links in enumerate((comparison.keep_links, comparison.other_links), 1):
            text = "\n".join(_tr(str(LINK_LABELS.get(k, k))).format(count=v)
                             for k, v in links.items())
            grid.addWidget(QLabel(text or "—", body), row, column, Qt.AlignmentFlag.AlignTop)
        moves = QLabel(self.tr("all move to #{id}").format(id=keep_id) if comparison.other_links
                       else "—", body)
        moves.setObjectName("compared_links")
        grid.addWidget(moves, row, 3, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(row + 1, 1)
        self.setWidget(body)

    def _compared(self, values: FieldValues) -> str:
        assert self.comparison is not None
        if values.same:
            return self.tr("same")
        kept_by = self.comparison.keep_id if values.keep.strip() else self.comparison.other_id
        return self.tr("only #{id} has one: kept").format(id=kept_by)

    def choices(self) -> dict[str, str]:
        """Whose value each differing field keeps, as `merge_people` takes it."""
        found = {}
        for name, group in self.groups.items():
            button: QAbstractButton | None = group.checkedButton()
            if button is not None:
                found[name] = str(button.property("choice"))
        return found

    def choose(self, name: str, choice: str) -> None:
        """Check the button of a field's choice (as a click would)."""
        for button in self.groups[name].buttons():
            if button.property("choice") == choice:
                button.click()

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
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
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
        self.merge_view = MergeView(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_selected)
        self.swap_button = QPushButton(self.tr("&Swap (keep the other)"), self)
        self.swap_button.clicked.connect(self.swap_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        explanation = QLabel(self.tr(
            "Merging moves invitations, attendance, next steps, addresses and tags to the "
            "person kept, then deletes the other. Where the two differ, choose the value "
            "to keep."), self)
        explanation.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.merge_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.compare())

        fit_to_screen(self, 900, 640)
        self._merged_note = ""  # what the last merge moved, before the count
        self.refresh()

    def refresh(self) -> None:
        """Look for likely duplicates in the background (every person is read)."""
        from organiser.services.duplicates import find_duplicates
        from organiser.ui.background import QueryOp

        db = self.db
        self.merge_button.setEnabled(False)
        self.swap_button.setEnabled(False)
        self.summary.setText(self._merged_note + self.tr("Looking for likely duplicates…"))
        QueryOp(self, lambda: find_duplicates(db), self._show_pairs).latest().run()

    def _show_pairs(self, pairs: list[Any]) -> None:
        self.model.set_rows(pairs)
        self.table.resizeColumnsToContents()
        self.summary.setText(self._merged_note + (
            self.tr("{count} likely duplicates").format(count=len(pairs))
            if pairs else self.tr("No likely duplicates.")))
        if pairs:
            select_row(self.table, 0)
        self.merge_button.setEnabled(bool(pairs))
        self.swap_button.setEnabled(bool(pairs))
        self.compare()

    def compare(self) -> None:
        """Show the selected pair's two people side by side."""
        pair = self._selected()
        if pair is None:
            self.merge_view.show_comparison(None)
            return
        from organiser.services.duplicates import compare_people

        self.merge_view.show_comparison(compare_people(self.db, pair.keep_id, pair.other_id))

    def _selected(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            rows = self.table.selectionModel().selectedRows()
            return self.model.row_at(rows[0].row()) if rows else None
        return self.model.row_at(index.row())

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
        self.compare()

    def merge_selected(self, *, confirm: bool = True) -> None:
        pair = self._selected()
        comparison = self.merge_view.comparison
        if pair is None or comparison is None:
            return
        choices = self.merge_view.choices()
        if confirm and QMessageBox.question(
                self, self.tr("Merge"),
                self.tr("Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is "
                        "then deleted.").format(other=pair.other_name, other_id=pair.other_id,
                                                keep=pair.keep_name, keep_id=pair.keep_id)) \
                != QMessageBox.StandardButton.Yes:
            return
        from organiser.core.errors import ConflictError, OrganiserError
        from organiser.services.duplicates import merge_people

        try:
            moved = merge_people(
                self.db, pair.keep_id, pair.other_id, choices=choices,
                expected_versions=(comparison.keep_version, comparison.other_version))
        except ConflictError as exc:
            from organiser.ui.conflict import tell_conflict

            self.refresh()  # both as stored now
            tell_conflict(self, str(exc))
            return
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Merge"), str(exc))
            return
        self.merged += 1
        parts = [_tr(str(LINK_LABELS[k])).format(count=v) for k, v in moved.items()
                 if v and k in LINK_LABELS]
        self._merged_note = self.tr("Merged #{other_id} into #{keep_id}.").format(
            other_id=pair.other_id, keep_id=pair.keep_id) + (
            " " + self.tr("Moved: {what}.").format(what=", ".join(parts)) if parts else "") \
            + " "
        self.model.set_rows([p for p in self.model.rows() if p is not pair])
        self.merge_view.show_comparison(None)
        self.refresh()
