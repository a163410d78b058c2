"""People and organisations as Qt table models; the people model filters as you type."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt

from organiser.core.text import fold, sort_key
from organiser.ui.labels import UNMAILABLE_MARK, number, unmailable_reasons
from organiser.ui.models.table import ROW_ROLE, AnyIndex, Column, Incremental, RowTableModel

if TYPE_CHECKING:
    from organiser.services.people import PersonRow



def _tags(row: PersonRow) -> str:
    return ", ".join(row.tags)


def _unmailable(row: PersonRow) -> bool:
    """Whether one of the person's addresses breaks core.addresses' rule: stored before it
    (`jürgen@…`), it would only show among the messages left out when mail is prepared."""
    from organiser.core.addresses import address_fault

    return any(address_fault(address) is not None for address in row.emails)


def _email_cell(row: PersonRow) -> str:
    first = row.emails[0] if row.emails else ""
    return f"{UNMAILABLE_MARK} {first}" if _unmailable(row) else first


PERSON_COLUMNS: list[Column[Any]] = [
    Column("Name", lambda r: r.name, tooltip=lambda r: r.latin_name or r.name),
    Column("Family name", lambda r: r.family_name),
    Column("Organisation", lambda r: r.organisation),
    Column("E-mail", _email_cell, tooltip=lambda r: "\n".join(r.emails)),
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
    the family-name order across scripts (`rank`: a number, fractional for a person put in
    between two others since the last reload), and the folded search key."""

    __slots__ = ("_cells", "_unmailable", "key", "rank", "row")

    def __init__(self, row: PersonRow, rank: float) -> None:
        self.row = row
        self.rank = rank
        self.key = row.search_key
        self._cells: tuple[str, ...] | None = None
        self._unmailable: bool | None = None

    @property
    def cells(self) -> tuple[str, ...]:
        """What each column shows, made when first drawn (only for the rows scrolled to)."""
        cells = self._cells
        if cells is None:
            cells = self._cells = tuple(column.display(self.row) for column in PERSON_COLUMNS)
        return cells

    @property
    def unmailable(self) -> bool:
        """Whether an address breaks the rule: checked once, not at each paint of the cell."""
        unmailable = self._unmailable
        if unmailable is None:
            unmailable = self._unmailable = _unmailable(self.row)
        return unmailable


_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole.value)
_EMAIL_COLUMN = next(i for i, c in enumerate(PERSON_COLUMNS) if c.title == "E-mail")
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ROW = int(ROW_ROLE)
_CACHED_FILTERS = 64
_ONE_BY_ONE = 50  # people taken out one row at a time; more: one reset


class _Reversed:
    """A sort key compared the other way round (finding a place in a descending list)."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.key < self.key)


def _position(entries: list[_Entry], entry: _Entry) -> int:
    """Where that very entry is in the list, or -1 (entries compare by identity)."""
    try:
        return entries.index(entry)
    except ValueError:
        return -1


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
        self._base: list[_Entry] = []  # everyone, by rank (family name, then id)
        self._by_id: dict[int, _Entry] | None = None  # made on the first one-row change
        self._all: list[_Entry] = []  # everyone, in the current sort order
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._sort_keys: dict[int, dict[_Entry, Any]] = {}  # by column, then entry
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
        self._base = list(base)
        self._by_id = None
        self._all = self._sorted(base)
        self._cache = {}
        self.beginResetModel()
        self._rows = self._select(self._all)
        self._expose_first()
        self.endResetModel()

    def remove_people(self, ids: set[int]) -> None:
        """Take people out (after deleting them): a few one by one (the selection and the
        scroll position stay), many in one reset."""
        if len(ids) <= _ONE_BY_ONE:
            for person_id in ids:
                self.take(person_id)
            return
        self.beginResetModel()
        self._base = [e for e in self._base if e.row.id not in ids]
        self._by_id = None
        self._all = [e for e in self._all if e.row.id not in ids]
        self._rows = [e for e in self._rows if e.row.id not in ids]
        self._sort_keys = {}
        self._cache = {}
        self._expose_first()
        self.endResetModel()

    # --- one person at a time (a change this window made) -------------------------------

    def put(self, row: PersonRow) -> None:
        """Show one person as stored now, changed or new: at their place in the sort order,
        if the filter keeps them (counted in `total()` either way). Nothing else moves: the
        selection, the scroll position and the rows given to the view so far stay."""
        from organiser.services.people import listed_order

        old = self._entry(row.id)
        if old is not None and old.row == row:
            return
        if old is not None:
            self._base.remove(old)
            self._all.remove(old)
        # the place list_people would give them: a rank between their neighbours'
        at = bisect_left(self._base, listed_order(row), key=lambda e: listed_order(e.row))
        before = self._base[at - 1].rank if at > 0 else None
        after = self._base[at].rank if at < len(self._base) else None
        if before is not None and after is not None:
            rank = (before + after) / 2
        elif before is not None:
            rank = before + 1
        else:
            rank = 0.0 if after is None else after - 1
        entry = _Entry(row, rank)
        self._base.insert(at, entry)
        self._index()[row.id] = entry
        if before is not None and after is not None and not before < rank < after:
            for position, each in enumerate(self._base):  # no number left in between
                each.rank = position
            self._sort_keys = {}
        for column, keys in self._sort_keys.items():
            if old is not None:
                keys.pop(old, None)
            keys[entry] = _PERSON_SORT_KEYS[column](entry)
        self._all.insert(self._place(self._all, entry), entry)
        self._cache = {}
        shown = -1 if old is None else _position(self._rows, old)
        if not self.matches(row):
            if shown >= 0:
                self._remove_at(shown)
            return
        if shown >= 0:
            del self._rows[shown]
            target = self._place(self._rows, entry)
            self._rows.insert(shown, old)
            if target == shown:  # same place: the row is redrawn
                self._rows[shown] = entry
                if shown < self._exposed:
                    self.dataChanged.emit(self.index(shown, 0),
                                          self.index(shown, self.columnCount() - 1))
                return
            if shown < self._exposed and target < self._exposed:  # moved: stays selected
                self.beginMoveRows(QModelIndex(), shown, shown, QModelIndex(),
                                   target if target < shown else target + 1)
                del self._rows[shown]
                self._rows.insert(target, entry)
                self.endMoveRows()
                self.dataChanged.emit(self.index(target, 0),
                                      self.index(target, self.columnCount() - 1))
                return
            self._remove_at(shown)
        self._insert_at(self._place(self._rows, entry), entry)

    def take(self, person_id: int) -> None:
        """Take one person out (deleted)."""
        old = self._entry(person_id)
        if old is None:
            return
        self._base.remove(old)
        self._all.remove(old)
        self._index().pop(person_id, None)
        for keys in self._sort_keys.values():
            keys.pop(old, None)
        self._cache = {}
        shown = _position(self._rows, old)
        if shown >= 0:
            self._remove_at(shown)

    def find(self, person_id: int) -> PersonRow | None:
        """That person's row, shown or not."""
        entry = self._entry(person_id)
        return None if entry is None else entry.row

    def positions(self, ids: set[int]) -> list[int]:
        """Where those people are among the rows the filter keeps, in order."""
        if len(ids) > _ONE_BY_ONE:
            return [n for n, e in enumerate(self._rows) if e.row.id in ids]
        index = self._index()
        found = (_position(self._rows, index[i]) for i in ids if i in index)
        return sorted(n for n in found if n >= 0)

    def people_of(self, organisation_id: int) -> list[int]:
        """The ids of everyone in that organisation, shown or not."""
        return [e.row.id for e in self._base if e.row.organisation_id == organisation_id]

    def _entry(self, person_id: int) -> _Entry | None:
        return self._index().get(person_id)

    def _index(self) -> dict[int, _Entry]:
        """Everyone by id."""
        if self._by_id is None:
            self._by_id = {e.row.id: e for e in self._base}
        return self._by_id

    def _place(self, entries: list[_Entry], entry: _Entry) -> int:
        """Where `entry` goes in `entries` (in the current sort order)."""
        keys = self._keys(self._sort_column)
        wanted = keys[entry]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            return bisect_left(entries, _Reversed(wanted), key=lambda e: _Reversed(keys[e]))
        return bisect_left(entries, wanted, key=keys.__getitem__)

    def _remove_at(self, position: int) -> None:
        if position < self._exposed:
            self.beginRemoveRows(QModelIndex(), position, position)
            del self._rows[position]
            self._exposed -= 1
            self.endRemoveRows()
        else:  # beyond the rows the view has: it never saw it
            del self._rows[position]

    def _insert_at(self, position: int, entry: _Entry) -> None:
        if position < self._exposed or self._exposed >= len(self._rows):
            self.beginInsertRows(QModelIndex(), position, position)
            self._rows.insert(position, entry)
            self._exposed += 1
            self.endInsertRows()
        else:  # among the rows the view is given when it scrolls there
            self._rows.insert(position, entry)

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
            entry = self._rows[index.row()]
            row = entry.row
            if role == _ROW:
                return row
            tooltip = PERSON_COLUMNS[index.column()].tooltip
            text = tooltip(row) if tooltip else None
            if index.column() == _EMAIL_COLUMN and text and entry.unmailable:
                return "\n\n".join((text, *unmailable_reasons(row.emails)))
            return text
        if role in (_FOREGROUND, _DESCRIPTION) and index.isValid() \
                and index.column() == _EMAIL_COLUMN:
            entry = self._rows[index.row()]
            if not entry.unmailable:
                return None
            if role == _DESCRIPTION:  # what a screen reader says after the cell's text
                return " ".join(unmailable_reasons(entry.row.emails))
            from organiser.ui import colours

            return colours.foreground("alert")
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

    def _keys(self, column: int) -> dict[_Entry, Any]:
        """Every entry's key for sorting by `column`, computed once per column and load."""
        keys = self._sort_keys.get(column)
        if keys is None:
            make = _PERSON_SORT_KEYS[column]
            keys = self._sort_keys[column] = {e: make(e) for e in self._base}
        return keys

    def _sorted(self, entries: list[_Entry]) -> list[_Entry]:
        keys = self._keys(self._sort_column)
        return sorted(entries, key=keys.__getitem__,
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
