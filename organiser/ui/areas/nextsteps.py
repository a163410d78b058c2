"""Next steps area: what was agreed, by whom, by when, across events; decisions searchable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from organiser.core.cache import Latest
from organiser.core.enums import NextStepStatus
from organiser.ui import colours
from organiser.ui.areas.base import Area
from organiser.ui.areas.nextstep_editors import DueDelegate, OwnerDelegate, Owners
from organiser.ui.labels import enum_text, local_datetime, number
from organiser.ui.models.nextsteps_table import (
    DUE,
    OWNER,
    STATUS,
    Arranged,
    NextStepsTableModel,
    due_column_width,
)
from organiser.ui.models.table import SORT_ROLE, Column, RowTableModel
from organiser.ui.views import IncrementalTableView

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.nextsteps import NextStepFilter, NextStepRow
    from organiser.ui.main_window import MainWindow

STATUSES = ["open", "in progress", "done", "dropped"]
STATUS_CHOICES = [
    (QT_TRANSLATE_NOOP("NextStepsArea", "Open and in progress"), ("open", "in progress")),
    (QT_TRANSLATE_NOOP("NextStepsArea", "All statuses"), None),
    (QT_TRANSLATE_NOOP("NextStepsArea", "Open"), ("open",)),
    (QT_TRANSLATE_NOOP("NextStepsArea", "In progress"), ("in progress",)),
    (QT_TRANSLATE_NOOP("NextStepsArea", "Done"), ("done",)),
    (QT_TRANSLATE_NOOP("NextStepsArea", "Dropped"), ("dropped",)),
]
DUE_CHOICES = [
    (QT_TRANSLATE_NOOP("NextStepsArea", "Any due date"), "any"),
    (QT_TRANSLATE_NOOP("NextStepsArea", "Overdue"), "overdue"),
    (QT_TRANSLATE_NOOP("NextStepsArea", "Due in the next 7 days"), "7"),
    (QT_TRANSLATE_NOOP("NextStepsArea", "Due in the next 30 days"), "30"),
    (QT_TRANSLATE_NOOP("NextStepsArea", "Due this month or earlier"), "month"),
]
COLUMN_TITLES = [QT_TRANSLATE_NOOP("Column", "When"), QT_TRANSLATE_NOOP("Column", "From"),
                 QT_TRANSLATE_NOOP("Column", "To"), QT_TRANSLATE_NOOP("Column", "Note"),
                 QT_TRANSLATE_NOOP("Column", "Decision"), QT_TRANSLATE_NOOP("Column", "Date"),
                 QT_TRANSLATE_NOOP("Column", "Agenda item")]


class NextStepsData(NamedTuple):
    """What the area shows, read in a worker thread."""

    choices: dict[str, Any]  # services.nextsteps.filter_choices
    owners: list[tuple[Any, str]]  # the owner filter's entries: data, text ("All owners" first)
    owner_rows: dict[Any, int]  # ChoiceModel.rows_of(owners)
    steps: list[NextStepRow]
    orders: dict[int, list[NextStepRow]]  # NextStepsTableModel.prepare
    arranged: Arranged | None  # the rows the view asked for shows, in its order
    owner_choices: Owners  # every person and organisation, indexed for the Owner editor


def _owner_filter_texts() -> tuple[str, str]:
    return (QCoreApplication.translate("NextStepsArea", "All owners"),
            QCoreApplication.translate("NextStepsArea", "{name} (organisation)"))


def _owner_filter(choices: dict[str, Any]) -> tuple[list[tuple[Any, str]], dict[Any, int]]:
    """The owner filter's entries ("All owners" first) and `ChoiceModel.rows_of` them."""
    everyone, organisation = _owner_filter_texts()
    owners: list[tuple[Any, str]] = [
        (None, everyone), *((f"person:{c.id}", c.name) for c in choices["people"]),
        *((f"org:{c.id}", organisation.format(name=c.name)) for c in choices["organisations"])]
    return owners, ChoiceModel.rows_of(owners)


# the owner filter's entries as last made, made again when the owners or the language change
_OWNER_FILTER: Latest[tuple[list[tuple[Any, str]], dict[Any, int]]] = Latest()


class ChoiceModel(QAbstractListModel):
    """(data, text) pairs for a combo box, set in one go."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[Any, str]] = []
        self._rows: dict[Any, int] = {}

    def set_choices(self, choices: list[tuple[Any, str]],
                    rows: dict[Any, int] | None = None) -> None:
        """`rows`: `rows_of(choices)` when made already (off the UI thread)."""
        self.beginResetModel()
        self._choices = choices
        self._rows = rows if rows is not None else self.rows_of(choices)
        self.endResetModel()

    @staticmethod
    def rows_of(choices: list[tuple[Any, str]]) -> dict[Any, int]:
        rows: dict[Any, int] = {}
        for row, (data, _text) in enumerate(choices):
            rows.setdefault(data, row)
        return rows

    def row_of(self, data: Any) -> int:
        return self._rows.get(data, -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        data, text = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return data
        return None


class StatusDelegate(QStyledItemDelegate):
    """A drop-down of the four statuses in the Status cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("statusEditor")
        for status in STATUSES:
            combo.addItem(enum_text(NextStepStatus(status), capital=True), status)
        combo.activated.connect(lambda _=0: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
                      ) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _when(value: dt.datetime) -> str:
    return local_datetime(value.astimezone(), "dd MMM yyyy HH:mm")


HISTORY_COLUMNS: list[Column[Any]] = [
    Column("When", lambda c: _when(c.changed_at), sort=lambda c: c.changed_at.timestamp()),
    Column("From", lambda c: enum_text(c.old_status, capital=True) if c.old_status else "—"),
    Column("To", lambda c: enum_text(c.new_status, capital=True)),
    Column("Note", lambda c: c.note),
]

DECISION_COLUMNS: list[Column[Any]] = [
    Column("Decision", lambda d: d.text),
    Column("Event", lambda d: d.event_title),
    Column("Date", lambda d: local_datetime(d.event_start, "dd MMM yyyy"),
           sort=lambda d: d.event_start.timestamp()),
    Column("Agenda item", lambda d: d.agenda_item),
    Column("Line of action", lambda d: d.line_of_action),
]


class NextStepsArea(Area):
    title = "Next steps"
    object_name = "nextStepsArea"

    def __init__(self) -> None:
        super().__init__()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("nextStepsTabs")
        self.tabs.addTab(self._build_steps_tab(), self.tr("Next steps"))
        self.tabs.addTab(self._build_decisions_tab(), self.tr("Decisions"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Next steps") + "</h2>"))
        layout.addWidget(self.tabs, 1)
        self._loading = False
        self._refresh_after_edit = False
        self._selected_before_reset: int | None = None
        self._after_arranged: list[Callable[[], None]] = []  # once a filter's rows are shown
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.arranged.connect(self._arranged)
        # a filter's rows made while a cell is edited wait until editing ends
        self.model.hold = lambda: self.table.state() == QAbstractItemView.State.EditingState

    # --- building -----------------------------------------------------------------------

    def _combo(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        # shrinks with the window (long names elide) instead of forcing a wide window
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.setMaximumWidth(280)
        return combo

    def _build_steps_tab(self) -> QWidget:
        page = QWidget(self)
        self.owner_filter = self._combo("ownerFilter", self.tr(
            "Owner: a person or an organisation (its own steps and its people's)"))
        self.event_filter = self._combo("eventFilter", self.tr("Event that agreed the step"))
        self.line_filter = self._combo("lineFilter", self.tr("Line of action"))
        self.status_filter = self._combo("statusFilter", self.tr("Status"))
        for label, value in STATUS_CHOICES:
            self.status_filter.addItem(self.tr(str(label)), value)
        self.due_filter = self._combo("dueFilter", self.tr("Due date"))
        for label, due in DUE_CHOICES:
            self.due_filter.addItem(self.tr(str(label)), due)
        self.search = QLineEdit(page)
        self.search.setObjectName("nextStepsSearch")
        self.search.setAccessibleName(self.tr("Search next steps"))
        self.search.setPlaceholderText(self.tr("Search what, who, event…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.setMaximumWidth(280)
        for combo in (self.owner_filter, self.event_filter, self.line_filter,
                      self.status_filter, self.due_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(self.apply_filter)
        # two rows so that the area (and the window) can be narrow
        filters = QGridLayout()
        filters.addWidget(self.owner_filter, 0, 0)
        filters.addWidget(self.event_filter, 0, 1)
        filters.addWidget(self.line_filter, 0, 2)
        filters.addWidget(self.status_filter, 1, 0)
        filters.addWidget(self.due_filter, 1, 1)
        filters.addWidget(self.search, 1, 2)
        for column in range(4):
            filters.setColumnStretch(column, 1)

        self.model = NextStepsTableModel(self)
        self.model.status_change_requested.connect(self.change_status)
        self.model.owner_change_requested.connect(
            lambda step_id, key: self.change_step(step_id, owner=key))
        self.model.due_change_requested.connect(
            lambda step_id, due: self.change_step(step_id, due_date=due))
        self.table = IncrementalTableView(page)
        self.table.setObjectName("nextStepsTable")
        self.table.setAccessibleDescription(self.tr(
            "One row per next step; Enter or F2 on the owner, due date or status edits it."))
        self.table.setAccessibleName(self.tr("Next steps"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.status_delegate = StatusDelegate(self.table)
        self.table.setItemDelegateForColumn(STATUS, self.status_delegate)
        self.status_delegate.closeEditor.connect(self._editor_closed)
        # owner and due date are typed in place (F2 or Return; Tab to the next; Escape)
        self.owner_delegate = OwnerDelegate(self.table)
        self.due_delegate = DueDelegate(self.table)
        self.table.setItemDelegateForColumn(OWNER, self.owner_delegate)
        self.table.setItemDelegateForColumn(DUE, self.due_delegate)
        for delegate in (self.owner_delegate, self.due_delegate):
            delegate.problem.connect(self._show_edit_problem)
            delegate.closeEditor.connect(self._editor_closed)
        self.table.installEventFilter(self)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((96, 92, 300, 140, 170, 200, 150)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(DUE, max(96, due_column_width(self.table.font())))
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_history)

        self.toolbar = QToolBar(page)
        self.toolbar.setObjectName("nextStepsToolbar")
        self.status_actions: dict[str, QAction] = {}
        for status, text, shortcut in (("done", self.tr("Mark &done"), "Ctrl+D"),
                                       ("in progress", self.tr("In &progress"), "Ctrl+Shift+P"),
                                       ("dropped", self.tr("D&rop"), ""),
                                       ("open", self.tr("Re&open"), "")):
            action = QAction(text, self)
            action.setObjectName(f"markAction_{status.replace(' ', '_')}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=status: self._mark_selected(s))
            action.setEnabled(False)
            self.toolbar.addAction(action)
            self.addAction(action)
            self.status_actions[status] = action
        self.toolbar.addSeparator()
        self.remind_action = QAction(self.tr("Remind &owners…"), self)
        self.remind_action.setObjectName("remindOwners")
        self.remind_action.setToolTip(self.tr(
            "One message per owner with their open and overdue steps"))
        self.remind_action.triggered.connect(lambda _=False: self.remind_owners())
        self.toolbar.addAction(self.remind_action)

        self.history_model: RowTableModel[Any] = RowTableModel(HISTORY_COLUMNS, self)
        self.history = QTableView(page)
        self.history.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.history.setObjectName("nextStepHistory")
        self.history.setAccessibleDescription(self.tr(
            "Each change of the chosen next step: when, who and what changed."))
        self.history.setAccessibleName(self.tr("History of the selected next step"))
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setColumnWidth(0, 140)
        self.history_label = QLabel(self.tr("Select a next step to see its history."), page)
        history_box = QWidget(page)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_label)
        history_layout.addWidget(self.history, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.addWidget(self.table)
        splitter.addWidget(history_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.summary = QLabel(page)
        self.summary.setObjectName("nextStepsSummary")
        # why an owner or due date typed in the table was not taken (no dialog: the editor
        # stays open with the text as typed)
        self.edit_problem = QLabel(page)
        self.edit_problem.setObjectName("nextStepEditProblem")
        self.edit_problem.setStyleSheet(colours.text_style("alert"))
        self.edit_problem.setWordWrap(True)
        self.edit_problem.hide()

        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.edit_problem)
        layout.addWidget(self.summary)
        return page

    def _build_decisions_tab(self) -> QWidget:
        page = QWidget(self)
        self.decision_search = QLineEdit(page)
        self.decision_search.setObjectName("decisionSearch")
        self.decision_search.setAccessibleName(self.tr("Search decisions"))
        self.decision_search.setPlaceholderText(
            self.tr("Search decisions across the programme…"))
        self.decision_search.setClearButtonEnabled(True)
        self.decision_event = self._combo("decisionEventFilter", self.tr("Event"))
        self.decision_line = self._combo("decisionLineFilter", self.tr("Line of action"))
        self.decision_search.textChanged.connect(self.refresh_decisions)
        self.decision_event.currentIndexChanged.connect(self.refresh_decisions)
        self.decision_line.currentIndexChanged.connect(self.refresh_decisions)
        bar = QHBoxLayout()
        bar.addWidget(self.decision_search, 1)
        bar.addWidget(self.decision_event)
        bar.addWidget(self.decision_line)
        self.decisions_model: RowTableModel[Any] = RowTableModel(DECISION_COLUMNS, self)
        self.decisions_proxy = QSortFilterProxyModel(self)
        self.decisions_proxy.setSourceModel(self.decisions_model)
        self.decisions_proxy.setSortRole(SORT_ROLE)
        self.decisions_table = QTableView(page)
        self.decisions_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.decisions_table.setObjectName("decisionsTable")
        self.decisions_table.setAccessibleDescription(self.tr(
            "The decisions of every event matching the search, newest first."))
        self.decisions_table.setAccessibleName(self.tr("Decisions"))
        self.decisions_table.setModel(self.decisions_proxy)
        self.decisions_table.setSortingEnabled(True)
        self.decisions_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.decisions_table.verticalHeader().setVisible(False)
        self.decisions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions_table.setWordWrap(True)
        self.decisions_table.setColumnWidth(0, 420)
        self.decisions_table.horizontalHeader().setStretchLastSection(True)
        self.decisions_summary = QLabel(page)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.decisions_table, 1)
        layout.addWidget(self.decisions_summary)
        return page

    # --- data ---------------------------------------------------------------------------

    def loader(self, db: Database) -> Callable[[], Any]:
        """The load, with the filter and sort shown now (read on the UI thread)."""
        view = (self.current_filter(), None, *self.model.view()[2:])
        return lambda: type(self).load(db, view)

    @staticmethod
    def load(db: Database, view: tuple[Any, ...] | None = None) -> NextStepsData:
        """Everything the area shows; with `view` (filter, day or None for today, sort
        column and order), also the rows it shows, filtered and sorted here."""
        from organiser.services.nextsteps import read_next_steps

        read = read_next_steps(db)
        steps, choices = read.steps, read.choices
        owners, owner_rows = _OWNER_FILTER.get(
            (choices["people"], choices["organisations"], _owner_filter_texts()),
            lambda: _owner_filter(choices))
        column = view[2] if view is not None else 0
        # read by id and sorted by due date (none last), then id: the Due column's order
        orders = NextStepsTableModel.prepare(steps, column, {-1: read.by_id, DUE: steps})
        arranged = None
        if view is not None:
            flt, today, *sort = view
            arranged = NextStepsTableModel.arrange(
                steps, orders, (flt, today or dt.date.today(), *sort))
        return NextStepsData(choices, list(owners), owner_rows, steps, orders, arranged,
                             Owners.of(read.owners))

    def show_loaded(self, data: NextStepsData | None) -> None:
        if data is None:
            self.model.set_rows([])
            self.decisions_model.set_rows([])
            self.summary.setText(self.tr("No database open."))
            return
        selected = self.selected_step_id()
        choices = data.choices
        self._loading = True
        try:
            self._fill(self.owner_filter, "", data.owners, data.owner_rows)
            events = [(str(c.id), c.name) for c in choices["events"]]
            lines = [(str(c.id), c.name) for c in choices["lines"]]
            self._fill(self.event_filter, self.tr("All events"), events)
            self._fill(self.line_filter, self.tr("All lines of action"), lines)
            self._fill(self.decision_event, self.tr("All events"), events)
            self._fill(self.decision_line, self.tr("All lines of action"), lines)
        finally:
            self._loading = False
        # the sort orders, and the rows this filter keeps, were made in the worker (the
        # filter is applied here only if it, the day or the sort changed meanwhile)
        self.model.set_rows(data.steps, orders=data.orders, flt=self.current_filter(),
                            arranged=data.arranged)
        self._update_summary()
        self._update_actions()
        if selected is not None:
            self.select_step(selected)
        self.refresh_decisions()
        # every person and organisation for the Owner editor, read and indexed in the worker
        self.owner_delegate.owners.take(data.owner_choices)

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[Any, str]],
              rows: dict[Any, int] | None = None) -> None:
        """The choices as one list model (thousands of owners: addItem one by one took a
        tenth of a second on the UI thread). With `rows` (`ChoiceModel.rows_of`, made in the
        worker), `items` are every entry, the one for everything first."""
        current = combo.currentData()
        combo.blockSignals(True)
        model = combo.model()
        if not isinstance(model, ChoiceModel):
            model = ChoiceModel(combo)
            combo.setModel(model)
        if rows is not None:
            model.set_choices(items, rows)
        else:
            model.set_choices([(None, everything), *items])
        index = model.row_of(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def current_filter(self) -> NextStepFilter:
        from organiser.core.enums import NextStepStatus
        from organiser.services.nextsteps import NextStepFilter

        owner = self.owner_filter.currentData()
        person = int(owner.split(":")[1]) if owner and owner.startswith("person:") else None
        org = int(owner.split(":")[1]) if owner and owner.startswith("org:") else None
        event = self.event_filter.currentData()
        line = self.line_filter.currentData()
        statuses = self.status_filter.currentData()
        due = self.due_filter.currentData() or "any"
        today = self.model.today
        due_to = None
        if due in ("7", "30"):
            due_to = today + dt.timedelta(days=int(due))
        elif due == "month":
            following = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            due_to = following - dt.timedelta(days=1)
        return NextStepFilter(
            owner_person_id=person, owner_organisation_id=org,
            event_id=int(event) if event else None, line_of_action_id=int(line) if line else None,
            statuses=frozenset(NextStepStatus(s) for s in statuses) if statuses else None,
            due_to=due_to, overdue=due == "overdue", text=self.search.text(),
        )

    def apply_filter(self, *_: Any, then: Callable[[], None] | None = None) -> None:
        """Show the steps the filters keep: found among every step in a worker (typing fast
        in the search shows the last text's), then `then` is called."""
        if then is not None:
            self._after_arranged.append(then)
        if self._loading:
            return
        self.model.set_filter(self.current_filter())

    def _remember_selection(self) -> None:
        self._selected_before_reset = self.selected_step_id()

    def _arranged(self) -> None:
        """The rows of the filters shown now are in the table: the selection back, the
        counts, and what waited for them."""
        if self._selected_before_reset is not None:
            self.select_step(self._selected_before_reset)
        self._update_summary()
        self._update_actions()
        waiting, self._after_arranged = self._after_arranged, []
        for then in waiting:
            then()

    def _update_summary(self) -> None:
        total = len(self.model.all_rows())
        shown = self.model.shown()  # every step the filter keeps, scrolled to or not
        overdue = self.model.overdue_count()
        text = self.tr("{shown} of {total} next steps").format(shown=number(shown),
                                                                  total=number(total))
        if overdue:
            colour = colours.html_colour("alert")
            text += f" · <span style='color:{colour}'><b>⚠ " + self.tr(
                "{count} overdue").format(count=number(overdue)) + "</b></span>"
        self.summary.setText(text)

    def selected_step_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).id

    def select_step(self, step_id: int) -> bool:
        row = self.model.row_of(step_id)
        if row < 0:
            return False
        self.model.expose(row + 1)  # further down than the view has been given so far
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def show_step(self, step_id: int, column: int = OWNER) -> None:
        """Select a step and make its `column` cell current, with the table focused (from
        another area); once loaded, and with the filters cleared if they hide it."""
        if self.loading or self.stale:
            def then() -> None:
                self.loaded.disconnect(then)
                self.show_step(step_id, column)

            self.loaded.connect(then)
            if not self.loading:
                self.refresh()
            return

        def select() -> None:
            if self.select_step(step_id):
                self.table.setCurrentIndex(self.model.index(self.model.row_of(step_id), column))
                self.table.setFocus()

        if self.model.row_of(step_id) < 0:
            self._loading = True
            try:
                for combo in (self.owner_filter, self.event_filter, self.line_filter,
                              self.due_filter):
                    combo.setCurrentIndex(0)
                self.status_filter.setCurrentIndex(
                    self.status_filter.findText(self.tr("All statuses")))
                self.search.clear()
            finally:
                self._loading = False
            self.apply_filter(then=select)
        elif self.model.arranging():  # the rows of a filter just chosen: select among them
            self._after_arranged.append(select)
        else:
            select()

    def _update_actions(self) -> None:
        step = self.selected_step_id()
        current = self.model.row_at(self.model.row_of(step)).status.value if step else None
        for status, action in self.status_actions.items():
            action.setEnabled(step is not None and status != current)

    def _show_history(self, *_: Any) -> None:
        self._update_actions()
        step = self.selected_step_id()
        if self.db is None or step is None:
            self.history_model.set_rows([])
            self.history_label.setText(self.tr("Select a next step to see its history."))
            return
        from organiser.services.nextsteps import status_history

        row = self.model.row_at(self.model.row_of(step))
        self.history_model.set_rows(status_history(self.db, step))
        self.history_label.setText(self.tr("<b>History</b> of “{text}” — {owner}").format(
            text=row.text, owner=row.owner_name))

    def _mark_selected(self, status: str) -> None:
        step = self.selected_step_id()
        if step is not None:
            self.change_status(step, status)

    def change_status(self, step_id: int, status: str) -> None:
        if self.db is None:
            return
        from organiser.core.errors import ConflictError, OrganiserError
        from organiser.services.nextsteps import get_next_step, set_status

        shown = self.model.row_at(self.model.row_of(step_id))
        try:
            with self.own_write():
                row = set_status(self.db, step_id, status, expected_version=shown.version)
        except ConflictError as exc:
            from organiser.ui.conflict import tell_conflict

            self.model.replace_row(get_next_step(self.db, step_id))  # as stored now
            self._update_summary()
            self._show_history()
            tell_conflict(self, str(exc))
            return
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Cannot change the status"), str(exc))
            return
        self.model.replace_row(row)
        self._update_summary()
        self._show_history()
        self.status_message.emit(self.tr("“{text}” is now {status}").format(
            text=row.text, status=enum_text(row.status)))

    def change_step(self, step_id: int, **changes: Any) -> None:
        """Record another owner (`owner=`) or due date (`due_date=`) typed in the table; the
        row shows it at once, or what is stored now when someone changed it meanwhile."""
        if self.db is None:
            return
        from organiser.core.errors import ConflictError, OrganiserError
        from organiser.services.nextsteps import get_next_step, set_owner_and_due

        shown = self.model.row_at(self.model.row_of(step_id))
        try:
            with self.own_write():
                row = set_owner_and_due(self.db, step_id, expected_version=shown.version,
                                        **changes)
        except ConflictError as exc:
            from organiser.ui.conflict import tell_conflict

            self._show_edit_problem("")
            self.model.replace_row(get_next_step(self.db, step_id))  # as stored now
            self._update_summary()
            self._show_history()
            tell_conflict(self, str(exc))
            return
        except OrganiserError as exc:  # e.g. the person chosen was deleted meanwhile
            self._show_edit_problem(exc.message)
            return
        self._show_edit_problem("")
        self.model.replace_row(row)
        self._update_summary()
        self._show_history()
        self.status_message.emit(self.tr("“{text}” changed").format(text=row.text))

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read again, but not under an open cell editor (a reload would close it and lose
        what is being typed): then once editing ends."""
        if self.table.state() == QAbstractItemView.State.EditingState and then is None:
            self._refresh_after_edit = True
            return
        self._refresh_after_edit = False
        super().refresh(then)

    def _show_edit_problem(self, message: str) -> None:
        self.edit_problem.setText(message)
        self.edit_problem.setVisible(bool(message))

    def _editor_closed(self, _editor: QWidget, hint: Any) -> None:
        if hint == QStyledItemDelegate.EndEditHint.RevertModelCache:  # Escape: as it was
            self._show_edit_problem("")
        # after Tab opened the next editor, if it did
        QTimer.singleShot(0, self._refresh_if_not_editing)

    def _refresh_if_not_editing(self) -> None:
        if self.table.state() == QAbstractItemView.State.EditingState:
            return
        if self._refresh_after_edit:
            self.refresh()
        else:
            self.model.release()  # a filter's rows held back while the cell was edited

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Return or Enter on an Owner, Due or Status cell edits it (as F2 does)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and self.table.state() != QAbstractItemView.State.EditingState:
            assert isinstance(event, QKeyEvent)
            index = self.table.currentIndex()
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid() \
                    and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable \
                    and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.table.edit(index)
                return True
        return super().eventFilter(watched, event)

    def refresh_decisions(self) -> None:
        """The decisions matching the search and filters, read in the background."""
        if self._loading:
            return
        from organiser.ui.background import QueryOp, forget

        db = self.db
        if db is None:
            forget(self, "decisions")
            self.decisions_model.set_rows([])
            return
        from organiser.services.nextsteps import search_decisions

        event = self.decision_event.currentData()
        line = self.decision_line.currentData()
        text = self.decision_search.text()
        QueryOp(self, lambda: search_decisions(db, text,
                                               event_id=int(event) if event else None,
                                               line_of_action_id=int(line) if line else None),
                self._show_decisions).latest("decisions").current(lambda: self.db is db).run()

    def _show_decisions(self, rows: list[Any]) -> None:
        self.decisions_model.set_rows(rows)
        self.decisions_table.resizeRowsToContents()
        self.decisions_summary.setText(
            (self.tr("{count} decision") if len(rows) == 1 else self.tr("{count} decisions"))
            .format(count=number(len(rows))))

    # --- the window ---------------------------------------------------------------------

    def remind_owners(self) -> None:
        if self.db is None:
            return
        from organiser.ui.dialogs.reminders import RemindDialog

        dialog = RemindDialog(self.db, self)
        dialog.open()
        self.remind_dialog = dialog

    @classmethod
    def contribute_menus(cls, window: MainWindow) -> None:
        """Preview-and-save of each PDF document, on the Events area's selected event."""
        from organiser.ui.dialogs.pdf_preview import install_event_actions

        install_event_actions(window)
