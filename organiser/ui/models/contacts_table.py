"""People and organisations as Qt table models, and the proxy that filters as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from organiser.core.text import fold, sort_key
from organiser.ui.labels import number
from organiser.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:
    from organiser.services.contacts import PersonRow

AnyIndex = QModelIndex | QPersistentModelIndex


def _tags(row: PersonRow) -> str:
    return ", ".join(row.tags)


PERSON_COLUMNS: list[Column[Any]] = [
    Column("Name", lambda r: r.name, tooltip=lambda r: r.latin_name or r.name),
    Column("Family name", lambda r: r.family_name),
    Column("Organisation", lambda r: r.organisation),
    Column("E-mail", lambda r: r.emails[0] if r.emails else "",
           tooltip=lambda r: "\n".join(r.emails)),
    Column("Country", lambda r: r.country),
    Column("Tags", _tags),
]

# Sorting happens on the source rows with precomputed keys: Qt's own sort would call back
# into Python for every comparison, far too slow for 10,000 people while typing.
_PERSON_SORT_KEYS: list[Callable[[Any], Any]] = [
    lambda r: (r.sort_rank,),
    lambda r: (sort_key(r.family_name or r.name), r.sort_rank),
    lambda r: (sort_key(r.organisation), r.sort_rank),
    lambda r: (fold(r.emails[0]) if r.emails else "\uffff", r.sort_rank),
    lambda r: (sort_key(r.country), r.sort_rank),
    lambda r: (fold(_tags(r)) or "\uffff", r.sort_rank),
]


class _RankedRow:
    """A PersonRow with its position in the family-name order across scripts."""

    __slots__ = ("accepted", "row", "sort_rank")

    def __init__(self, row: PersonRow, rank: int) -> None:
        self.row = row
        self.sort_rank = rank
        self.accepted = True  # by the proxy's current filter

    def __getattr__(self, name: str) -> Any:
        return getattr(self.row, name)


class PeopleTableModel(RowTableModel[Any]):
    """Every person; rows arrive sorted by family name (services.contacts.list_people)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PERSON_COLUMNS, parent)
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.matches: Callable[[PersonRow], bool] | None = None  # set by the filter proxy

    def set_people(self, rows: list[PersonRow]) -> None:
        ranked = [_RankedRow(r, i) for i, r in enumerate(rows)]
        if self.matches is not None:
            for item in ranked:
                item.accepted = self.matches(item.row)
        ranked.sort(key=_PERSON_SORT_KEYS[self._sort_column],
                    reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self.set_rows(ranked)

    def person(self, row: int) -> PersonRow:
        return self._rows[row].row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_PERSON_SORT_KEYS):
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows.sort(key=_PERSON_SORT_KEYS[column],
                        reverse=order == Qt.SortOrder.DescendingOrder)
        position = {id(r): i for i, r in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(position[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


class PeopleFilterProxy(QSortFilterProxyModel):
    """Filters on the folded search key (case and accents ignored), an organisation and a tag;
    sorting is passed to the source model, which sorts on precomputed keys."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._organisation_id: int | None = None
        self._tag: str | None = None
        self._people: PeopleTableModel | None = None

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        super().setSourceModel(model)
        self._people = model if isinstance(model, PeopleTableModel) else None
        if self._people is not None:
            self._people.matches = self.matches

    def _change(self, name: str, value: Any) -> None:
        """Set one filter criterion and re-filter the rows (Qt 6.10's begin/endFilterChange
        where available, invalidateRowsFilter before).

        Whether a row matches is decided here in one Python pass and kept on the row;
        Qt's per-row callback only reads that flag. Typing one more letter narrows the
        search, so only the rows shown so far are looked at again."""
        old = getattr(self, name)
        if old == value:
            return
        narrowing = name == "_tokens" and all(any(o in n for n in value) for o in old)
        modern = hasattr(self, "endFilterChange")
        if modern:
            self.beginFilterChange()
        setattr(self, name, value)
        if self._people is not None:
            matches = self.matches
            for item in self._people._rows:
                if item.accepted or not narrowing:
                    item.accepted = matches(item.row)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def set_query(self, text: str) -> None:
        self._change("_tokens", fold(text).split())

    def set_organisation(self, organisation_id: int | None) -> None:
        self._change("_organisation_id", organisation_id)

    def set_tag(self, tag: str | None) -> None:
        self._change("_tag", tag)

    def matches(self, row: PersonRow) -> bool:
        if self._organisation_id is not None and row.organisation_id != self._organisation_id:
            return False
        if self._tag is not None and self._tag not in row.tags:
            return False
        key = row.search_key
        return all(token in key for token in self._tokens)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        people = self._people
        return people is None or bool(people._rows[source_row].accepted)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._people is not None:
            self._people.sort(column, order)


ORGANISATION_COLUMNS: list[Column[Any]] = [
    Column("Organisation", lambda r: r.name,
           tooltip=lambda r: f"{r.name} ({r.acronym})" if r.acronym else r.name),
    Column("Country", lambda r: r.country),
    Column("People", lambda r: "" if r.id < 0 else number(r.people), sort=lambda r: r.people,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
]


class OrganisationsTableModel(RowTableModel[Any]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(ORGANISATION_COLUMNS, parent)


IMPORT_COLUMNS: list[Column[Any]] = [
    Column("Line", lambda r: str(r.line), sort=lambda r: r.line,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column("Outcome", lambda r: r.outcome),
    Column("Name", lambda r: r.record.name),
    Column("E-mail", lambda r: ", ".join(r.record.emails)),
    Column("Organisation", lambda r: r.record.organisation),
    Column("Details", lambda r: r.details, tooltip=lambda r: r.details),
]

OUTCOME_COLOURS = {"error": "#f8d7da", "warning": "#fff3cd", "duplicate": "#e2e3e5",
                   "update": "#d1ecf1", "new": "#d4edda"}


class ImportPreviewModel(RowTableModel[Any]):
    """Each row of the file with what importing it would do, coloured by outcome."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(IMPORT_COLUMNS, parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            from PySide6.QtGui import QColor

            return QColor(OUTCOME_COLOURS.get(self._rows[index.row()].outcome, "#ffffff"))
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            from PySide6.QtGui import QColor

            return QColor("#000000")
        return super().data(index, role)
