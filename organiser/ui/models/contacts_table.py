"""People and organisations as Qt table models; the people model filters as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from organiser.core.text import fold, sort_key
from organiser.ui.labels import number
from organiser.ui.models.table import ROW_ROLE, AnyIndex, Column, Incremental, RowTableModel

if TYPE_CHECKING:
    from organiser.services.people import PersonRow



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

# Sorting happens on the model's own rows with keys computed once per column: Qt's sort would
# call back into Python for every comparison, far too slow for 10,000 people.
_PERSON_SORT_KEYS: list[Callable[[Any], Any]] = [
    lambda e: (e.rank,),
    lambda e: (sort_key(e.row.family_name or e.row.name), e.rank),
    lambda e: (sort_key(e.row.organisation), e.rank),
    lambda e: (fold(e.row.emails[0]) if e.row.emails else "\uffff", e.rank),
    lambda e: (sort_key(e.row.country), e.rank),
    lambda e: (fold(_tags(e.row)) or "\uffff", e.rank),
]


class _Entry:
    """A PersonRow as the table shows it: cells computed once when first shown, position in
    the family-name order across scripts (`rank`), and the folded search key."""

    __slots__ = ("_cells", "key", "rank", "row")

    def __init__(self, row: PersonRow, rank: int) -> None:
        self.row = row
        self.rank = rank
        self.key = row.search_key
        self._cells: tuple[str, ...] | None = None

    @property
    def cells(self) -> tuple[str, ...]:
        """What each column shows, made when first drawn (only for the rows scrolled to)."""
        cells = self._cells
        if cells is None:
            cells = self._cells = tuple(column.display(self.row) for column in PERSON_COLUMNS)
        return cells


_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ROW = int(ROW_ROLE)
_CACHED_FILTERS = 64


class PeopleTableModel(Incremental, RowTableModel[Any]):
    """Every person, filtered and sorted by the model itself.

    A QSortFilterProxyModel would call back into Python for each of 10,000 rows on every
    keystroke and then work out which ranges appeared or vanished; here one list
    comprehension over precomputed folded keys decides the rows shown and the view is reset.
    Typing one more letter only looks again at the rows shown so far; going back (Backspace)
    finds the earlier result in a small cache. `rows()`/`shown()` are the rows the filter
    keeps, `total()` is everyone; the view is given them in batches (`Incremental`).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PERSON_COLUMNS, parent)
        self._all: list[_Entry] = []  # everyone, in the current sort order
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[int, list[Any]] = {}  # by column, indexed by rank
        self._tokens: tuple[str, ...] = ()
        self._organisation_id: int | None = None
        self._tag: str | None = None
        self._cache: dict[tuple[Any, ...], list[_Entry]] = {}

    # --- rows ---------------------------------------------------------------------------

    @staticmethod
    def entries(rows: list[PersonRow]) -> list[_Entry]:
        """The rows as the table shows them; made in the worker that read them, so that the
        UI thread only swaps lists."""
        return [_Entry(r, i) for i, r in enumerate(rows)]

    def set_people(self, rows: list[PersonRow]) -> None:
        """Everyone, sorted by family name (services.people.list_people); the current
        filter and sort order stay."""
        self.set_entries(self.entries(rows))

    def set_entries(self, base: list[_Entry]) -> None:
        """Everyone, as made by `entries()`."""
        self._sort_keys = {}
        self._all = self._sorted(base)
        self._cache = {}
        self.beginResetModel()
        self._rows = self._select(self._all)
        self._expose_first()
        self.endResetModel()

    def remove_people(self, ids: set[int]) -> None:
        """Take people out at once (after deleting them); a reload confirms later."""
        self.beginResetModel()
        self._all = [e for e in self._all if e.row.id not in ids]
        self._rows = [e for e in self._rows if e.row.id not in ids]
        self._cache = {}
        self._expose_first()
        self.endResetModel()

    def person(self, row: int) -> PersonRow:
        return self._rows[row].row

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row].row

    def rows(self) -> list[PersonRow]:
        """The people shown, in the order shown."""
        return [e.row for e in self._rows]

    def total(self) -> int:
        """Everyone, whatever the filter."""
        return len(self._all)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            if not index.isValid():
                return None
            return self._rows[index.row()].cells[index.column()]
        if role == _ALIGN:
            return _LEFT
        if role in (_TOOLTIP, _ROW):
            if not index.isValid():
                return None
            row = self._rows[index.row()].row
            if role == _ROW:
                return row
            tooltip = PERSON_COLUMNS[index.column()].tooltip
            return tooltip(row) if tooltip else None
        return None

    # --- filtering ----------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Rows whose name, transliteration, organisation, e-mail or country hold every word
        of `text`, ignoring case and accents."""
        self._refilter(tokens=tuple(fold(text).split()))

    def set_organisation(self, organisation_id: int | None) -> None:
        self._refilter(organisation_id=organisation_id)

    def set_tag(self, tag: str | None) -> None:
        self._refilter(tag=tag)

    def matches(self, row: PersonRow) -> bool:
        """The filter's definition, one row at a time (the fast paths must agree with it)."""
        if self._organisation_id is not None and row.organisation_id != self._organisation_id:
            return False
        if self._tag is not None and self._tag not in row.tags:
            return False
        key = row.search_key
        return all(token in key for token in self._tokens)

    _UNSET: Any = object()

    def _refilter(self, tokens: tuple[str, ...] | None = None,
                  organisation_id: Any = _UNSET, tag: Any = _UNSET) -> None:
        new_tokens = self._tokens if tokens is None else tokens
        new_org = self._organisation_id if organisation_id is self._UNSET else organisation_id
        new_tag = self._tag if tag is self._UNSET else tag
        if (new_tokens, new_org, new_tag) == (self._tokens, self._organisation_id, self._tag):
            return
        # one more letter (or word) with the same organisation and tag: every row it accepts
        # is among those shown now
        narrowing = (new_org == self._organisation_id and new_tag == self._tag
                     and all(any(old in new for new in new_tokens) for old in self._tokens))
        self._cache[self._filter_key()] = self._rows
        self._tokens, self._organisation_id, self._tag = new_tokens, new_org, new_tag
        cached = self._cache.pop(self._filter_key(), None)
        if cached is not None:
            rows = cached
        else:
            rows = self._select(self._rows if narrowing else self._all)
        while len(self._cache) > _CACHED_FILTERS:
            del self._cache[next(iter(self._cache))]
        self.beginResetModel()
        self._rows = rows
        self._expose_first()
        self.endResetModel()

    def _filter_key(self) -> tuple[Any, ...]:
        return (self._tokens, self._organisation_id, self._tag)

    def _select(self, entries: list[_Entry]) -> list[_Entry]:
        tokens = self._tokens
        if self._organisation_id is not None:
            org = self._organisation_id
            entries = [e for e in entries if e.row.organisation_id == org]
        if self._tag is not None:
            tag = self._tag
            entries = [e for e in entries if tag in e.row.tags]
        if not tokens:
            return list(entries)
        if len(tokens) == 1:
            token = tokens[0]
            return [e for e in entries if token in e.key]
        return [e for e in entries if all(t in e.key for t in tokens)]

    # --- sorting ------------------------------------------------------------------------

    def _sorted(self, entries: list[_Entry]) -> list[_Entry]:
        column = self._sort_column
        keys = self._sort_keys.get(column)
        if keys is None:
            by_rank = sorted(entries, key=lambda e: e.rank)
            keys = self._sort_keys[column] = [_PERSON_SORT_KEYS[column](e) for e in by_rank]
        return sorted(entries, key=lambda e: keys[e.rank],
                      reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_PERSON_SORT_KEYS):
            return
        if (column, order) == (self._sort_column, self._sort_order):
            return
        self._sort_column, self._sort_order = column, order
        self._all = self._sorted(self._all)
        self._cache = {}
        old = self._rows
        rows = self._select(self._all)  # the same rows, in the new order
        position = {id(e): i for i, e in enumerate(rows)}
        # a selected row may move past the rows the view has: give it those first
        self.expose(max((position[id(old[i.row()])] + 1 for i in self.persistentIndexList()),
                        default=0))
        self.layoutAboutToBeChanged.emit()
        self._rows = rows
        before = self.persistentIndexList()
        after = [self.index(position[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


ORGANISATION_COLUMNS: list[Column[Any]] = [
    Column("Organisation", lambda r: r.name, sort=lambda r: "{} {}".format(*sort_key(r.name)),
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


class ImportPreviewModel(RowTableModel[Any]):
    """Each row of the file with what importing it would do, coloured by outcome."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(IMPORT_COLUMNS, parent)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) \
                and index.isValid():
            from organiser.ui import colours

            state = f"import {self._rows[index.row()].outcome}"
            if state not in colours.STATES:
                return None  # the view's own colours
            text, fill = colours.pair(state)
            return fill if role == Qt.ItemDataRole.BackgroundRole else text
        return super().data(index, role)
