"""Check-in at the door: type a few letters, Enter marks present; one key for other statuses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from organiser.core.enums import AttendanceStatus
from organiser.ui import colours
from organiser.ui.labels import enum_text
from organiser.ui.live.picker import ReadFirst
from organiser.ui.models.table import Column, RowTableModel
from organiser.ui.organisation_field import choose_organisation, take_suggestions
from organiser.ui.views import select_row
from organiser.ui.widgets import announce

if TYPE_CHECKING:
    from organiser.services.live import RosterRow

STATUS_KEYS = {
    Qt.Key.Key_Return: AttendanceStatus.PRESENT,
    Qt.Key.Key_Enter: AttendanceStatus.PRESENT,
    Qt.Key.Key_F5: AttendanceStatus.PRESENT,
    Qt.Key.Key_F6: AttendanceStatus.LATE,
    Qt.Key.Key_F7: AttendanceStatus.LEFT_EARLY,
    Qt.Key.Key_F8: AttendanceStatus.APOLOGIES,
}
CLEAR_KEY = Qt.Key.Key_F4
HINT = QT_TRANSLATE_NOOP("CheckInPanel", "Type part of a name, organisation or e-mail · "
                         "Enter present · F6 late · F7 left early · F8 apologies · "
                         "F4 not here · ↑↓ choose · Ctrl+N walk-in")


def _status(row: RosterRow) -> str:
    if row.status is None:
        return ""
    text = enum_text(row.status, capital=True)
    return (QCoreApplication.translate("CheckInPanel", "{status} (walk-in)").format(status=text)
            if row.walk_in else text)


ROSTER_COLUMNS: list[Column[Any]] = [
    Column("Name", lambda r: r.name),
    Column("Organisation", lambda r: r.organisation),
    Column("Reply", lambda r: enum_text(r.reply) if r.reply else
           QCoreApplication.translate("CheckInPanel", "not invited")),
    Column("Status", _status),
]


def _person_id(row: RosterRow) -> int:
    return row.person_id


class RosterModel(RowTableModel[Any]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ROSTER_COLUMNS, parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            status = self.row_at(index.row()).status
            if status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE):
                return colours.foreground("positive")
            if status in (AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT):
                return colours.foreground("finished")
        return super().data(index, role)


class WalkInDialog(QDialog):
    """Name, organisation and e-mail (optional); Enter adds.

    The organisations are given, or read in a worker (`read`) while the dialog is already open:
    what is typed meanwhile is completed once they arrive, and Enter before that adds the
    walk-in once they have (never a new organisation made because the list was not there yet).
    """

    def __init__(self, name: str, organisations: list[str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QCompleter

        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Walk-in"))
        self.lists = ReadFirst(self, self.tr("Reading the organisations…"),
                               self.tr("Reading the organisations… the walk-in is added once "
                                       "they are read."))
        self.name = QLineEdit(name, self)
        self.name.setObjectName("walkInName")
        self.organisation = QLineEdit(self)
        self.organisation.setObjectName("walkInOrganisation")
        self.names = QStringListModel(organisations or [], self)
        completer = QCompleter(self.names, self.organisation)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.completer = completer
        self.organisations = organisations or []
        # Tab takes the suggestion shown, Enter the only one ("Kamu", Tab, made a new
        # organisation "Kamu" beside "Kamu İhale Eğitim Enstitüsü"; "watch", Enter, a "watch")
        take_suggestions(completer)
        self.email = QLineEdit(self)
        self.email.setObjectName("walkInEmail")
        self.error = QLabel(self)
        self.error.setStyleSheet(colours.text_style("alert"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.lists.note)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.organisation if name else self.name).setFocus()
        # wide enough for a name, an organisation and an address, and for its title
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def read(self, query: Callable[[], list[str]]) -> None:
        """Read the organisations' names in a worker (the dialog is usable meanwhile)."""
        self.lists.start(query, self.set_organisations)

    def set_organisations(self, names: list[str]) -> None:
        self.organisations = names
        self.names.setStringList(names)
        typed = self.organisation.text()
        if typed.strip() and self.focusWidget() is self.organisation:  # typed meanwhile
            self.completer.setCompletionPrefix(typed)
            self.completer.complete()

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("A walk-in needs a name."))
            return
        if self.organisation.text().strip() and self.lists.wait():
            return  # matched against the organisations once they are read
        chosen = choose_organisation(self, self.organisation.text(), self.organisations)
        if chosen is None:  # back to the field, to choose from the list
            self.organisation.setFocus()
            return
        self.organisation.setText(chosen)
        super().accept()


class CheckInPanel(QWidget):
    """Emits requests; the live window runs them as undoable commands."""

    status_requested = Signal(int, object)  # person id, AttendanceStatus | None
    walk_in_requested = Signal(str)  # the text typed so far

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPanel")
        self._rows: list[RosterRow] = []
        # the words last searched for and the lines they matched: a longer text searches
        # those lines only (None: the roster changed since)
        self._narrowed: tuple[list[str], list[RosterRow]] | None = None
        self.refusal = ""  # why the last mark was refused (set by the window)
        self._loading = False
        self._chosen = False  # a row chosen by arrows or mouse (not just the first match)
        self.search = QLineEdit(self)
        self.search.setObjectName("checkInSearch")
        self.search.setAccessibleName(self.tr("Find a person to check in"))
        self.search.setPlaceholderText(self.tr("Find a person…"))
        self.search.setClearButtonEnabled(True)
        font = self.search.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.search.setFont(font)
        self.model = RosterModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("checkInTable")
        self.table.setAccessibleDescription(self.tr(str(HINT)))
        self.table.setAccessibleName(self.tr("Invited people and their attendance"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.hint = QLabel(self.tr(str(HINT)), self)
        self.hint.setWordWrap(True)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("checkInFeedback")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.feedback)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        from organiser.ui.live.commands import route_undo_to_window

        route_undo_to_window(self.search)
        self.table.installEventFilter(self)
        self.table.pressed.connect(lambda _i: self._choose())
        self.table.doubleClicked.connect(lambda _i: self._mark(AttendanceStatus.PRESENT))
        # Ctrl+N (the walk-in with the name typed so far) is the live window's Walk-in action
        self.setFocusProxy(self.search)

    def set_loading(self) -> None:
        """Until the roster is read: typing is kept, nobody can be marked yet."""
        self._loading = True
        self.table.setEnabled(False)
        self.feedback.setText(self.tr("Loading the list of people…"))

    def key_help(self) -> list[tuple[str, str]]:
        """Keys of the search field that are not menu commands (Help › Keyboard shortcuts)."""
        return [(self.tr("Mark present"), QKeySequence(Qt.Key.Key_Return).toString(
                    QKeySequence.SequenceFormat.NativeText)),
                (self.tr("Mark late"), "F6"), (self.tr("Mark left early"), "F7"),
                (self.tr("Mark apologies"), "F8"), (self.tr("Mark not here"), "F4"),
                (self.tr("Choose another match"), "↑, ↓")]

    def set_rows(self, rows: list[RosterRow]) -> None:
        selected = self.selected()
        self._rows = rows
        self._narrowed = None
        if self._loading:
            self._loading = False
            self.table.setEnabled(True)
            self.feedback.clear()
        self._filter(self.search.text(), keep=selected.person_id if selected else None)

    def roster(self) -> list[RosterRow]:
        """Everyone on the list, as last read (not only those matching the search)."""
        return list(self._rows)

    def update_person(self, person_id: int, row: RosterRow | None) -> None:
        """One person's line as stored now (None: off the list, an undone walk-in): put in
        place in the list and the table, without reading or redrawing the others."""
        from bisect import bisect_right

        from organiser.services.live import search

        self._narrowed = None
        old = next((i for i, r in enumerate(self._rows) if r.person_id == person_id), None)
        if old is not None:
            del self._rows[old]
        if row is not None:
            self._rows.insert(bisect_right([r.order for r in self._rows], row.order), row)
        shown = next((i for i, r in enumerate(self.model.rows()) if r.person_id == person_id),
                     None)
        if row is not None and shown is not None and search([row], self.search.text()):
            self.model.upsert(row, _person_id)  # the same place: one row redrawn
        elif row is not None or shown is not None:
            self._filter(self.search.text())  # it joins or leaves the rows shown

    def _choose(self) -> None:
        self._chosen = True

    def _filter(self, text: str, keep: int | None = None) -> None:
        from organiser.services.live import narrows, search_terms, search_words

        words = search_terms(text)
        within = self._rows
        if self._narrowed is not None and narrows(words, self._narrowed[0]):
            within = self._narrowed[1]  # one more letter: only the lines matching so far
        matches = search_words(within, words)
        self._narrowed = (words, matches)
        shown = self.model.rows()
        if len(matches) != len(shown) or any(
                a is not b for a, b in zip(matches, shown, strict=True)):
            self.model.set_rows(matches)  # else the same lines: nothing to redraw
        row = 0
        if keep is not None:
            row = next((i for i, r in enumerate(matches) if r.person_id == keep), 0)
        if matches and (text.strip() or keep is not None):
            if self.table.currentIndex().row() != row or not self.selected():
                select_row(self.table, row)
        else:
            # nobody looked for: no row lit up as if chosen (Enter marks nobody then);
            # ↓ starts from the top
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())

    def selected(self) -> RosterRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def _mark(self, status: AttendanceStatus | None) -> None:
        if self._loading:
            self.feedback.setText(self.tr("Still loading the list of people: one moment."))
            return
        row = self.selected()
        if not self.search.text().strip() and not self._chosen:
            # Enter on an empty search would mark whoever sorts first (maybe someone who
            # declined): a person is found by typing, or chosen with the arrows or the mouse
            self.feedback.setText(self.tr("Type part of a name first (or choose with ↑↓)."))
            return
        if row is None:
            self.feedback.setText(self.tr("Nobody matches; Ctrl+N adds a walk-in."))
            return
        self.refusal = ""
        self.status_requested.emit(row.person_id, status)
        if self.refusal:  # changed by someone else meanwhile: the line now shows theirs
            self.feedback.setText(self.refusal)
            announce(self.feedback, self.refusal)
            return
        label = enum_text(status) if status else self.tr("not here")
        text = f"{row.name}: {label}"
        if status in STATUS_KEYS.values() and row.reply is not None and \
                row.reply.value in ("declined", "delegated"):
            text += " " + self.tr("(had replied: {reply})").format(reply=enum_text(row.reply))
        self.feedback.setText(text)
        announce(self.feedback, text)
        self._chosen = False
        if self.search.text():
            self.search.clear()
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods == Qt.KeyboardModifier.NoModifier:
                if key in STATUS_KEYS:
                    self._mark(STATUS_KEYS[key])
                    return True
                if key == CLEAR_KEY:
                    self._mark(None)
                    return True
                if watched is self.search and key in (Qt.Key.Key_Down, Qt.Key.Key_Up,
                                                      Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                    step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10,
                            Qt.Key.Key_PageUp: -10}[key]
                    current = self.table.currentIndex().row()
                    count = self.model.rowCount()
                    if count:
                        select_row(self.table, max(0, min(count - 1, current + step)))
                        self._chosen = True
                    return True
        return super().eventFilter(watched, event)
