"""The live-mode window the coordinator lives in during the event."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeySequence,
    QPaintEvent,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from organiser.ui import colours
from organiser.ui.labels import counted, digits, enum_text, number
from organiser.ui.live.checkin import CheckInPanel, WalkInDialog
from organiser.ui.live.commands import Call
from organiser.ui.live.projector import AGENDA, BOARD, ProjectorWindow, clock_text
from organiser.ui.models.table import Column, RowTableModel
from organiser.ui.views import select_row
from organiser.ui.widgets import ElidingLabel, announce, fit_to_screen

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.agenda import ActionLine, Agenda, AgendaRow
    from organiser.services.live import Counts, Outcome, RosterRow
    from organiser.ui.live.board import BoardPanel

# Minutes are written to the database at most this long after the first unsaved keystroke
# (a throttle, not a debounce: fast continuous typing is still saved every interval).
SAVE_INTERVAL_MS = 800


# the first read waits for the window's first paint, at most this long (for a window not shown)
FIRST_PAINT_WAIT_S = 0.2

# the open actions of earlier events listed under a review item: more than this, and the
# rest are counted (thousands of lines made the window taller than any screen)
ACTIONS_SHOWN = 15


@dataclass(frozen=True)
class LiveData:
    """What the live window shows, read in one go in a worker when it opens."""

    counts: Counts
    roster: list[RosterRow]
    agenda: Agenda
    review: tuple[ActionLine, ...]
    outcomes: list[Outcome]


def read_live(db: Database, event_id: int) -> LiveData:
    from organiser.services import agenda, live

    read = agenda.get_agenda(db, event_id)
    review = next((row.actions for row in read.items if row.actions), ())
    return LiveData(live.counts(db, event_id), live.roster(db, event_id), read, review,
                    live.outcomes(db, event_id))


def _state(row: AgendaRow) -> str:
    if row.running:
        return QCoreApplication.translate("LiveWindow", "running")
    if row.done:
        return QCoreApplication.translate("LiveWindow", "done")
    return ""


# the Live menu's entries for the tabs (each with its Alt letter; the tabs show their keys)
TAB_MENU_TEXTS = [QT_TRANSLATE_NOOP("LiveWindow", "&Check-in"),
                  QT_TRANSLATE_NOOP("LiveWindow", "&Agenda and minutes"),
                  QT_TRANSLATE_NOOP("LiveWindow", "B&rainstorm board")]
COLUMN_TITLES = [QT_TRANSLATE_NOOP("Column", "Day"), QT_TRANSLATE_NOOP("Column", "Planned"),
                 QT_TRANSLATE_NOOP("Column", "Expected"),
                 QT_TRANSLATE_NOOP("Column", "Min"), QT_TRANSLATE_NOOP("Column", "Item"),
                 QT_TRANSLATE_NOOP("Column", "Status")]
ITEM_COLUMN = 4


class LiveAgendaModel(RowTableModel[Any]):
    def __init__(self, zone: str, parent: QObject | None = None) -> None:
        self.zone = ZoneInfo(zone)
        columns: list[Column[Any]] = [
            Column("Day", lambda r: number(r.day)),
            Column("Planned", lambda r: digits(f"{r.start.astimezone(self.zone):%H:%M}")),
            Column("Expected", self._expected),
            Column("Min", lambda r: number(r.duration_minutes)),
            Column("Item", lambda r: r.title),
            Column("Status", _state),
        ]
        super().__init__(columns, parent)

    def _expected(self, row: AgendaRow) -> str:
        """The real start once taken, else the forecast; blank while it is as planned."""
        if row.forecast_start == row.start:
            return ""
        return digits(f"{row.forecast_start.astimezone(self.zone):%H:%M}")

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.BackgroundRole and row.running:
                return colours.background("running")
            if role == Qt.ItemDataRole.ForegroundRole:
                if row.running:
                    return colours.foreground("running")
                if row.expected_overruns_day and not row.done:
                    return colours.foreground("alert")
                if row.done:
                    return colours.foreground("finished")
            if role == Qt.ItemDataRole.FontRole and row.running:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)


class LiveWindow(QMainWindow):
    """Check-in, agenda timer, minutes, decisions and next steps, brainstorming board."""

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from organiser.services import live

        self.db = db
        self.event_id = event_id
        self.setObjectName("liveWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        header = live.event_header(db, event_id)
        self.zone = str(header["timezone"])
        self.setWindowTitle(self.tr("Live — {title}").format(title=header["title"]))
        self.undo_stack = QUndoStack(self)
        # each person's attendance version as this window's last mark left it: what its undo
        # and redo expect to find (a colleague's change since is refused, not undone)
        self._own_marks: dict[int, int] = {}
        self.projector: ProjectorWindow | None = None
        self._announced: tuple[int, int] | None = None  # the item and minute last said
        self.last_command: Call | None = None
        self.agenda: Agenda | None = None
        self.current_item_id: int | None = None
        self._dirty = False
        # the item's version and minutes the typing started from (optimistic locking)
        self._minutes_version: int | None = None
        self._minutes_base = ""
        self.read_only = live.minutes_approved(db, event_id)
        # built in stages: the frame at once, the data read in a worker (`loaded` once shown),
        # the board on its first visit; nothing can be acted on before its data is there
        self.loaded = False
        self._review: tuple[ActionLine, ...] | None = None
        self._board: BoardPanel | None = None

        top = self._build_header(header)
        self.checkin = CheckInPanel(self)
        self.checkin.status_requested.connect(self.set_status)
        self.checkin.walk_in_requested.connect(self.walk_in)
        minutes_page = self._build_minutes_page()
        self._build_board_page()
        self._build_tabs(minutes_page)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self._build_actions()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)
        self._tick.start()
        if self.read_only:
            self.minutes_edit.setReadOnly(True)
            self.save_label.setText(self.tr("The minutes are approved: read-only."))
        self._set_loading()
        # started now, read once the frame is drawn: the worker (holding the interpreter
        # lock) does not hold the first paint back
        self._painted = threading.Event()
        self._load()
        fit_to_screen(self, 1240, 780)

    def _build_header(self, header: dict[str, Any]) -> QHBoxLayout:
        """Always visible: the event, the item under way and its timer, Next item, the
        counts and the clock. One line that fits a 1280-pixel laptop: long titles end in "…"
        (full text as tooltip)."""
        self.title_label = ElidingLabel(
            " · ".join(x for x in (header["title"], header["venue"]) if x), self)
        self.title_label.setObjectName("eventTitleLabel")
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("clockLabel")
        self.timer_label = ElidingLabel(parent=self, minimum_chars=16)
        self.timer_label.setObjectName("timerLabel")
        big = self.timer_label.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.timer_label.setFont(big)
        self.counts_label.setFont(big)
        self.next_button = QPushButton(self.tr("Next item (F9)"), self)
        self.next_button.setObjectName("nextItemButton")
        self.next_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_button.clicked.connect(self.next_item)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.timer_label, 2)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.counts_label)
        top.addSpacing(12)
        top.addWidget(self.clock_label)
        return top

    def _build_minutes_page(self) -> QSplitter:
        """The agenda beside the current item's minutes and the event's outcomes."""
        self.agenda_model = LiveAgendaModel(self.zone, self)
        self.agenda_view = QTableView(self)
        self.agenda_view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.agenda_view.setObjectName("liveAgenda")
        self.agenda_view.setAccessibleDescription(self.tr(
            "The day's items with planned and expected times; the item under way is marked "
            "running. F9 starts the next item."))
        self.agenda_view.setAccessibleName(self.tr("Agenda"))
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda_view.verticalHeader().setVisible(False)
        self.agenda_view.horizontalHeader().setSectionResizeMode(
            ITEM_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.agenda_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_item(current.row()))
        self.item_label = QLabel(self)
        self.item_label.setObjectName("itemLabel")
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.PlainText)
        self.minutes_edit = QPlainTextEdit(self)
        self.minutes_edit.setTabChangesFocus(True)  # Tab goes on to the next control
        self.minutes_edit.setObjectName("minutesEdit")
        self.minutes_edit.setAccessibleName(self.tr("Minutes of the current item"))
        self.minutes_edit.setPlaceholderText(
            self.tr("Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next "
                    "step (from the current line or selection) · Alt+↑/↓ previous/next item"))
        self.minutes_edit.textChanged.connect(self._minutes_changed)
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveLabel")
        self.outcomes = QListWidget(self)
        self.outcomes.setObjectName("outcomesList")
        self.outcomes.setAccessibleDescription(self.tr(
            "Captured with Ctrl+D (decision) and Ctrl+T (next step) while the item runs."))
        self.outcomes.setAccessibleName(self.tr("Decisions and next steps of the current item"))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_INTERVAL_MS)
        self._save_timer.timeout.connect(self.save_minutes)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        from organiser.ui.conflict import ConflictPanel

        # minutes of this item changed on another laptop while these were typed
        self.minutes_conflict = ConflictPanel(right)
        self.minutes_conflict.reload_requested.connect(self.reload_minutes)
        right_layout.addWidget(self.item_label)
        right_layout.addWidget(self.minutes_conflict)
        right_layout.addWidget(self.minutes_edit, 3)
        right_layout.addWidget(self.save_label)
        right_layout.addWidget(QLabel(self.tr("Decisions and next steps of the event:")))
        right_layout.addWidget(self.outcomes, 1)
        minutes_page = QSplitter(self)
        minutes_page.addWidget(self.agenda_view)
        minutes_page.addWidget(right)
        minutes_page.setStretchFactor(0, 2)
        minutes_page.setStretchFactor(1, 3)
        return minutes_page

    def _build_board_page(self) -> None:
        # the board is built on its first visit (its reads and widgets are not needed before)
        self.board_page = QWidget(self)
        self.board_page.setObjectName("boardPage")
        board_layout = QVBoxLayout(self.board_page)
        board_layout.setContentsMargins(0, 0, 0, 0)

    def _build_tabs(self, minutes_page: QSplitter) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("liveTabs")
        self.tabs.addTab(self.checkin, self.tr("Check-in (Ctrl+1)"))
        self.tabs.addTab(minutes_page, self.tr("Agenda and minutes (Ctrl+2)"))
        self.tabs.addTab(self.board_page, self.tr("Brainstorm board (Ctrl+3)"))
        self.tabs.currentChanged.connect(self._tab_changed)

    # --- loading in stages ------------------------------------------------------------

    # what acts on the roster, the agenda or the outcomes: off until they are shown
    DATA_ACTIONS = ("nextItem", "previousMinutes", "nextMinutes", "captureDecision",
                    "captureNextStep", "walkIn")

    def _set_loading(self) -> None:
        """The frame is up, the data not yet: say so, and let nothing act on it."""
        self.counts_label.setText(self.tr("Loading…"))
        self.checkin.set_loading()
        # the minutes box takes typing at once: kept, and saved to the item shown once read
        self.item_label.setText(self.tr("Loading the agenda…"))
        self.next_button.setEnabled(False)
        for action in self._data_actions():
            action.setEnabled(False)

    def _data_actions(self) -> list[QAction]:
        return [a for a in self.actions() if a.objectName() in self.DATA_ACTIONS]

    def _load(self) -> None:
        """Read the roster, agenda and outcomes in a worker; shown (and usable) once read."""
        from organiser.ui.background import QueryOp

        db, event_id, painted = self.db, self.event_id, self._painted

        def read() -> LiveData:
            painted.wait(FIRST_PAINT_WAIT_S)
            return read_live(db, event_id)

        # read again after an edit made meanwhile: only the newest read is shown
        QueryOp(self, read, self._show_loaded).latest().run()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted.is_set():  # the children are drawn after this: then read
            QTimer.singleShot(0, self._painted.set)

    def _show_loaded(self, data: LiveData) -> None:
        self._review = data.review
        self.checkin.set_rows(data.roster)
        if self._board is not None:  # the board opened before the roster arrived
            self._board.people_changed()  # its authors and voters
        self._show(data.counts, data.agenda, data.outcomes)
        if not self.loaded:
            self.loaded = True
            self.next_button.setEnabled(True)
            for action in self._data_actions():
                action.setEnabled(True)
            announce(self.counts_label, self.counts_label.text())

    @property
    def board(self) -> BoardPanel:
        """The brainstorm board with its data, built and read when first wanted here (the
        projector, a command on it); its tab's first visit reads it in the background."""
        panel = self._board_panel()
        panel.ensure_loaded()
        return panel

    def _board_panel(self) -> BoardPanel:
        """The board's widgets, built on first use (its data may still be on its way)."""
        if self._board is None:
            from organiser.ui.live.board import BoardPanel

            self._board = BoardPanel(self, self.board_page)
            layout = self.board_page.layout()
            assert layout is not None
            layout.addWidget(self._board)
            self._board.show()  # at once, not at the next turn of the event loop
            layout.activate()
        return self._board

    def _on_board(self) -> bool:
        return self._board is not None and self.tabs.currentWidget() is self.board_page

    # --- actions ----------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot: Any,
                name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):  # every key the platform uses
            action.setShortcuts(shortcut)
        else:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        # what the status lines said is no longer true once undone: say what was undone
        self.undo_action.triggered.connect(lambda _=False: self._undone(redo=False))
        self.redo_action.triggered.connect(lambda _=False: self._undone(redo=True))
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        live_menu = self.menuBar().addMenu(self.tr("&Live"))
        for tab, text in enumerate(TAB_MENU_TEXTS):
            live_menu.addAction(self._action(
                self.tr(str(text)), f"Ctrl+{tab + 1}", lambda n=tab: self.show_tab(n),
                f"tab{tab + 1}"))
        live_menu.addSeparator()
        live_menu.addAction(self._action(self.tr("&Next agenda item"), "F9", self.next_item,
                                         "nextItem"))
        live_menu.addAction(self._action(self.tr("Pre&vious item's minutes"), "Alt+Up",
                                         lambda: self._step_item(-1), "previousMinutes"))
        live_menu.addAction(self._action(self.tr("Ne&xt item's minutes"), "Alt+Down",
                                         lambda: self._step_item(1), "nextMinutes"))
        live_menu.addSeparator()
        live_menu.addAction(self._action(self.tr("New &decision…"), "Ctrl+D",
                                         lambda: self.capture("decision"), "captureDecision"))
        live_menu.addAction(self._action(self.tr("New next &step…"), "Ctrl+T",
                                         lambda: self.capture("next step"), "captureNextStep"))
        walk_in = self._action(self.tr("&Walk-in…"), "Ctrl+N", self._walk_in_typed, "walkIn")
        walk_in.setShortcuts([QKeySequence("Ctrl+N"), QKeySequence("Ctrl+Shift+N")])
        live_menu.addAction(walk_in)
        self.voting_action = self._action(self.tr("Close voting and show &totals"),
                                          "Ctrl+Shift+E", self._toggle_voting, "votingAction")
        live_menu.addAction(self.voting_action)
        live_menu.addSeparator()
        live_menu.addAction(self._action(self.tr("&Projector view (room screen)"),
                                         "Ctrl+Shift+P", self.toggle_projector,
                                         "projectorToggle"))
        live_menu.addAction(self._action(self.tr("Projector shows agenda / &board"),
                                         "Ctrl+Shift+B", self.switch_projector,
                                         "projectorSwitch"))
        live_menu.addSeparator()
        close = self._action(self.tr("C&lose live mode"), QKeySequence.StandardKey.Close,
                             self.close, "closeLive")
        live_menu.addAction(close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts…"), "F1",
                                         self.show_shortcuts, "liveShortcuts"))

    def show_shortcuts(self) -> None:
        from organiser.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _walk_in_typed(self) -> None:
        """A walk-in, with the name typed in the check-in search when that is where we are."""
        typed = self.checkin.search.text() if self.tabs.currentIndex() == 0 else ""
        self.walk_in(typed)

    def _toggle_voting(self) -> None:
        """Close (or reopen) the board's voting from anywhere; the board shows the result."""
        self.show_tab(2)
        self.board.toggle_voting()

    def _undone(self, *, redo: bool) -> None:
        index = self.undo_stack.index() - (1 if redo else 0)
        what = self.undo_stack.text(index) if 0 <= index < self.undo_stack.count() else ""
        if not what:
            return
        command = self.undo_stack.command(index)
        refused = getattr(command, "refused", "")
        if refused:  # nothing was undone (or redone): the reason stays where it was shown
            self.checkin.feedback.setText(refused)
            self.statusBar().showMessage(refused, 8000)
            return
        memo = getattr(command, "memo", {})
        text = memo.get("redone" if redo else "undone") or (
            self.tr("Redone: {what}") if redo else self.tr("Undone: {what}")).format(what=what)
        self.checkin.feedback.setText(text)
        self.statusBar().showMessage(text, 8000)

    # --- the projector ----------------------------------------------------------------

    def toggle_projector(self) -> None:
        """Open the room's full-screen view (on the other screen if there is one), or close."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            from organiser.services import live

            self.projector = ProjectorWindow(str(live.event_header(
                self.db, self.event_id)["title"]))
            self.projector.mode_changed.connect(lambda _m: self._feed_projector())
        self.projector.set_mode(BOARD if self._on_board() else AGENDA)
        self.projector.show_on_room_screen(self)
        self._feed_projector()
        self.activateWindow()  # the keyboard stays with the coordinator

    def switch_projector(self) -> None:
        if self.projector is None or not self.projector.isVisible():
            self.toggle_projector()
            if self.projector is None:
                return
        self.projector.switch()

    def _feed_projector(self) -> None:
        if self.projector is None or not self.projector.isVisible():
            return
        from organiser.ui.live.board import UNSORTED

        self.projector.show_agenda(self.agenda, self.now(), self.zone)
        if self.projector.mode() == BOARD:
            self.projector.show_board(self.board.view, QCoreApplication.translate(
                "BoardModel", str(UNSORTED)))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        if index == 0:
            self.checkin.search.setFocus()
        elif index == 1:
            self.minutes_edit.setFocus()
        else:
            panel = self._board_panel()  # its data read in the background on the first visit
            panel.idea_edit.setFocus()
            panel.message.clear()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.board_page and (
                self._board is None or not self._board.loaded):
            self._board_panel().load()  # built on its first visit, its data read meanwhile
        self.save_minutes()

    def push(self, text: str, redo: Any, undo: Any, after: Any = None) -> bool:
        """Run an edit as an undoable command; a refused edit shows why and is not kept.

        `after` shows what it changed (by default `refresh`), after doing and undoing it."""
        from organiser.core.errors import OrganiserError

        command = Call(text, redo, undo, after=after or self.refresh, on_error=self.show_error)
        try:
            command.run_first()
        except OrganiserError as exc:
            self.show_error(exc.message)
            return False
        self.undo_stack.push(command)
        self.last_command = command
        return True

    def show_error(self, message: str) -> None:
        """Said where the coordinator looks: beside the minutes, on the board, in the status;
        and to a screen reader, at once."""
        self.statusBar().showMessage(message, 8000)
        announce(self, message, assertive=True)
        self.save_label.setText(message)
        if self._on_board() and self._board is not None:
            self._board.message.setText(message)

    # --- refresh ----------------------------------------------------------------------

    def refresh(self) -> None:
        """After an edit: the counts, agenda, outcomes and board as stored now (each a few
        rows of this event; the roster changes row by row, see `person_changed`)."""
        if not self.loaded:  # the first read is under way: read again, after this edit
            self._load()
            return
        if self._board is not None:
            self._board.refresh()
        self._show(*self._read_now())  # and the projector follows

    def person_changed(self, person_id: int) -> None:
        """After a check-in (or its undo): that person's line and the counts, nobody else's."""
        from organiser.services import live

        if not self.loaded:
            self._load()
            return
        row, counts = live.person_now(self.db, self.event_id, person_id)
        self.checkin.update_person(person_id, row)
        self.counts_label.setText(self._counts_text(counts))
        if self._board is not None:
            self._board.people_changed()  # who can author and vote

    def _read_now(self) -> tuple[Counts, Agenda, list[Outcome]]:
        from organiser.services import live

        return (live.counts(self.db, self.event_id), self._read_agenda(),
                live.outcomes(self.db, self.event_id))

    def _read_agenda(self) -> Agenda:
        """The agenda as stored now, with the open actions of earlier events read once."""
        from organiser.services import agenda

        return agenda.get_agenda(self.db, self.event_id, review=self._review)

    def _show(self, counts: Counts, agenda: Agenda, outcomes: list[Outcome]) -> None:
        self.counts_label.setText(self._counts_text(counts))
        self.agenda = agenda
        self.agenda_model.set_rows(self.agenda.items)
        self.agenda_view.resizeColumnsToContents()
        self.agenda_view.horizontalHeader().setSectionResizeMode(
            ITEM_COLUMN, QHeaderView.ResizeMode.Stretch)
        if self.current_item_id is None and self.agenda.items:
            running = next((i for i in self.agenda.items if i.running), self.agenda.items[0])
            self._load_minutes(running, typed=self._dirty)
        elif self.current_item_id is None and self._dirty:
            self.save_label.setText(self.tr(
                "No agenda item yet: these minutes are not saved until the agenda has one."))
        self._select_current()
        self._update_item_label()
        self.outcomes.clear()
        for outcome in outcomes:
            self.outcomes.addItem(self._outcome_text(outcome))
        self.outcomes.scrollToBottom()
        self._update_timer()
        self._feed_projector()

    def _counts_text(self, counts: Counts) -> str:
        """services.live.Counts.label() in the interface language."""
        text = self.tr("{present} present of {invited} invited").format(
            present=number(counts.present), invited=number(counts.invited))
        if counts.walk_ins:
            text += " " + counted(self.tr("(+%Ln walk-in(s))", "", counts.walk_ins),
                                  counts.walk_ins)
        return text

    def _outcome_text(self, outcome: Outcome) -> str:
        """services.live.Outcome.label() in the interface language."""
        if outcome.kind == "decision":
            return self.tr("Decision: {text}").format(text=outcome.text)
        extra = ", ".join(x for x in (outcome.owner, outcome.due_date.isoformat()
                                      if outcome.due_date else "") if x)
        return self.tr("Next step: {text}").format(text=outcome.text) + (
            f" — {extra}" if extra else "")

    def _select_current(self) -> None:
        rows = self.agenda_model.rows()
        for index, row in enumerate(rows):
            if row.id == self.current_item_id:
                self.agenda_view.selectionModel().blockSignals(True)
                select_row(self.agenda_view, index)
                self.agenda_view.selectionModel().blockSignals(False)
                return

    def _update_item_label(self) -> None:
        if self.agenda is None or self.current_item_id is None:
            self.item_label.setText(self.tr("No agenda yet."))
            return
        row = self.agenda.item(self.current_item_id)
        zone = ZoneInfo(self.zone)
        parts = [self.tr("{title} — day {day}, {time}, {minutes} min").format(
            title=row.title, day=number(row.day),
            time=digits(f"{row.start.astimezone(zone):%H:%M}"),
            minutes=number(row.duration_minutes))]
        if row.presenter:
            parts[0] += f", {row.presenter}"
        if row.actual_start:
            end = digits(f"{row.actual_end.astimezone(zone):%H:%M}") if row.actual_end else "…"
            parts.append(self.tr("Real time: {start}–{end}").format(
                start=digits(f"{row.actual_start.astimezone(zone):%H:%M}"), end=end))
        if row.notes:
            parts.append(row.notes)
        if row.actions:
            parts.append(self.tr("Open actions from earlier events:"))
            parts.extend(f"  • {a.label()}" for a in row.actions[:ACTIONS_SHOWN])
            if len(row.actions) > ACTIONS_SHOWN:
                parts.append("  " + self.tr("… and {count} more (Next steps area)").format(
                    count=number(len(row.actions) - ACTIONS_SHOWN)))
        self.item_label.setText("\n".join(parts))

    # --- minutes ----------------------------------------------------------------------

    def _show_item(self, index: int) -> None:
        if index < 0 or index >= self.agenda_model.rowCount():
            return
        row = self.agenda_model.row_at(index)
        if row.id == self.current_item_id:
            return
        if not self.save_minutes():
            self._select_current()  # the typed minutes stay on screen with their item
            return
        self.agenda = self._read_agenda()
        self._load_minutes(self.agenda.item(row.id))
        self._update_item_label()

    def _load_minutes(self, row: AgendaRow, *, typed: bool = False) -> None:
        """The item's minutes in the box. `typed`: the box already holds what was typed
        before the item was known (while live mode loaded): it is kept, after the item's
        stored minutes, and saved as usual."""
        self.current_item_id = row.id
        if typed:
            self._minutes_version, self._minutes_base = row.version, row.minutes
            self.minutes_conflict.hide()
            if row.minutes:  # inserted before the typing: the cursor stays where it was
                cursor = QTextCursor(self.minutes_edit.document())
                cursor.insertText(row.minutes if row.minutes.endswith("\n")
                                  else row.minutes + "\n")
            self._minutes_changed()  # unsaved: the throttle saves it
            return
        self.minutes_edit.blockSignals(True)
        self.minutes_edit.setPlainText(row.minutes)
        self.minutes_edit.blockSignals(False)
        self._minutes_version, self._minutes_base = row.version, row.minutes
        self._dirty = False
        self.minutes_conflict.hide()

    def reload_minutes(self) -> None:
        """After a refused save: their minutes in the editor, the typed ones kept beside."""
        from organiser.ui.conflict import merge_into_form

        if self.current_item_id is None:
            return
        mine, base = self.minutes_edit.toPlainText(), self._minutes_base
        stored = self._read_agenda().item(self.current_item_id)
        self._load_minutes(stored)

        def put(values: dict[str, Any]) -> None:
            self.minutes_edit.setPlainText(values["minutes"])  # typed again: saved as usual

        merge_into_form(self.minutes_conflict, {"minutes": base}, {"minutes": mine},
                        {"minutes": stored.minutes}, put, {"minutes": self.tr("Minutes")})

    def _step_item(self, step: int) -> None:
        current = self.agenda_view.currentIndex().row()
        target = max(0, min(self.agenda_model.rowCount() - 1, current + step))
        select_row(self.agenda_view, target)
        self.minutes_edit.setFocus()

    def _minutes_changed(self) -> None:
        if self.read_only:
            return
        self._dirty = True
        self.save_label.setText(self.tr("Typing…"))
        if not self._save_timer.isActive():
            self._save_timer.start()

    def save_minutes(self) -> bool:
        """Write the minutes being typed (called by the throttle, on item switch and close).

        False when they were not saved because someone else changed this item's minutes
        since (the panel says so and offers Reload; the typed text stays).
        """
        self._save_timer.stop()
        if not self._dirty or self.current_item_id is None or self.read_only:
            return True
        from organiser.core.errors import ConflictError, OrganiserError
        from organiser.services import live

        text = self.minutes_edit.toPlainText()
        try:
            try:
                version = live.save_minutes(self.db, self.current_item_id, text,
                                            expected_version=self._minutes_version)
            except ConflictError:
                stored = self._read_agenda().item(self.current_item_id)
                if stored.minutes != self._minutes_base:
                    raise  # their minutes: never overwritten unseen
                # only the item's times or title moved (the timer, the agenda editor)
                version = live.save_minutes(self.db, self.current_item_id, text,
                                            expected_version=stored.version)
        except ConflictError as exc:
            self.minutes_conflict.show_conflict(exc.message)
            self.show_error(exc.message)
            return False
        except OrganiserError as exc:
            self.show_error(exc.message)
            return True
        self._minutes_version, self._minutes_base = version, text
        self._dirty = False
        self.save_label.setText(
            # in the event's time, as the clock beside it (not the laptop's zone, nor UTC)
            self.tr("Saved {time}").format(
                time=digits(f"{self.now().astimezone(ZoneInfo(self.zone)):%H:%M:%S}")))
        return True

    # --- check-in ---------------------------------------------------------------------

    def set_status(self, person_id: int, status: Any) -> None:
        from organiser.services import live

        row = next((r for r in self.checkin._rows if r.person_id == person_id), None)
        name = row.name if row is not None else ""
        label = enum_text(status) if status is not None else self.tr("not here")
        # the first mark expects the line as shown; undo and redo what this window left
        shown = [row.version] if row is not None else [None]

        def redo(memo: dict[str, Any]) -> None:
            expected = shown.pop() if shown else self._own_marks.get(person_id)
            done = live.mark(self.db, self.event_id, person_id, status,
                             expected_version=expected)
            self._own_marks[person_id] = done.version
            memo["previous"] = done.previous
            before = memo["previous"][0]
            memo["undone"] = self.tr("Undone: {name} is {status} again").format(
                name=name, status=enum_text(before) if before else self.tr("not here"))
            memo["redone"] = f"{name}: {label}"

        def undo(memo: dict[str, Any]) -> None:
            self._own_marks[person_id] = live.restore_status(
                self.db, self.event_id, person_id, *memo["previous"],
                expected_version=self._own_marks.get(person_id))

        # committed at once; then that person's line alone is read again
        if not self.push(self.tr("Check-in: {status}").format(status=label), redo, undo,
                         after=lambda: self.person_changed(person_id)):
            self.checkin.refusal = self.statusBar().currentMessage()
            self.person_changed(person_id)  # the line shows what is stored now

    def walk_in(self, typed: str) -> None:
        from organiser.core.locking import FIRST_VERSION
        from organiser.services import live

        db = self.db
        dialog = WalkInDialog(typed, None, self)
        dialog.read(lambda: live.organisation_names(db))  # in a worker: the dialog opens at once
        if dialog.exec() != WalkInDialog.DialogCode.Accepted:
            return
        name, org, email = (dialog.name.text(), dialog.organisation.text(),
                            dialog.email.text())

        person: list[int] = []  # who was added (a new contact, or one found by address)

        def redo(memo: dict[str, Any]) -> None:
            memo["person"] = live.add_walk_in(self.db, self.event_id, name, org, email,
                                              person_id=memo.get("person"))
            person[:] = [memo["person"]]
            self._own_marks[memo["person"]] = FIRST_VERSION  # a new check-in

        def undo(memo: dict[str, Any]) -> None:
            live.remove_walk_in(self.db, self.event_id, memo["person"],
                                expected_version=self._own_marks.get(memo["person"]))

        def after() -> None:
            if person:
                self.person_changed(person[0])

        if self.push(self.tr("Walk-in {name}").format(name=name), redo, undo, after):
            self.checkin.search.clear()
            self.checkin.feedback.setText(self.tr("{name}: present (walk-in)").format(name=name))
            announce(self.checkin.feedback, self.checkin.feedback.text())
            self.checkin.search.setFocus()

    # --- timer ------------------------------------------------------------------------

    def next_item(self) -> None:
        from organiser.services import live

        def redo(memo: dict[str, Any]) -> None:
            if "after" in memo:  # redo: the real times as they were taken, not the time now
                live.restore_timer(self.db, self.event_id, memo["after"])
                return
            memo["state"] = live.timer_state(self.db, self.event_id)
            memo["started"] = live.next_item(self.db, self.event_id, now=self.now())
            memo["after"] = live.timer_state(self.db, self.event_id)

        def undo(memo: dict[str, Any]) -> None:
            live.restore_timer(self.db, self.event_id, memo["state"])

        self.save_minutes()
        if self.push(self.tr("Next agenda item"), redo, undo):
            started_id = self.last_command.memo.get("started") if self.last_command else None
            if started_id is not None:
                for index, row in enumerate(self.agenda_model.rows()):
                    if row.id == started_id:
                        select_row(self.agenda_view, index)

    def now(self) -> dt.datetime:
        """The current instant (tests replace it to play a day in seconds)."""
        return dt.datetime.now(dt.UTC)

    def _update_timer(self) -> None:
        now = self.now()
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_agenda(self.agenda, now, self.zone)
        zone = ZoneInfo(self.zone)
        self.clock_label.setText(f"{digits(f'{now.astimezone(zone):%H:%M}')} "
                                 f"{self.zone.split('/')[-1]}")
        if self.agenda is None:
            return
        running = next((i for i in self.agenda.items if i.running), None)
        if running is None or running.actual_start is None:
            upcoming = next((i for i in self.agenda.items if i.actual_start is None), None)
            text = (self.tr("Next: {title}").format(title=upcoming.title) if upcoming
                    else self.tr("All items done"))
            self.timer_label.setText(text)
            self.timer_label.setStyleSheet("")
            return
        left = running.actual_start + dt.timedelta(minutes=running.duration_minutes) - now
        seconds = int(left.total_seconds())
        if seconds >= 0:
            # the time first: a long title is what gets cut on a narrow screen
            self.timer_label.setText(self.tr("{time} left — {title}").format(
                title=running.title, time=clock_text(seconds)))
            self.timer_label.setStyleSheet("")
            minute = -(-seconds // 60)  # 4:30 left is said "5 minutes left"
            spoken = self.tr("{minutes} min left — {title}").format(
                minutes=number(minute), title=running.title)
        else:
            over = -seconds
            self.timer_label.setText(
                self.tr("over-run {time} — {title}").format(
                    title=running.title, time=clock_text(over)))
            self.timer_label.setStyleSheet(f"color: {colours.foreground('alert').name()}")
            minute = -(over // 60) - 1
            spoken = self.tr("over-run {minutes} min — {title}").format(
                minutes=number(over // 60), title=running.title)
        # said once a minute (and when an item starts), not at every tick of the clock
        if self._announced != (running.id, minute):
            self._announced = (running.id, minute)
            announce(self.timer_label, spoken)

    # --- decisions and next steps -----------------------------------------------------

    def _current_line(self) -> str:
        cursor = self.minutes_edit.textCursor()
        if cursor.hasSelection():
            return cursor.selectedText().replace("\u2029", " ").strip()
        return cursor.block().text().strip()

    def capture(self, kind: str) -> None:
        if self.tabs.currentIndex() == 2:
            self.board.promote(kind)
            return
        text = self._current_line() if self.tabs.currentIndex() == 1 else ""
        self.save_minutes()
        captured = self.ask_outcome(kind, text)
        if captured is None:
            return
        item_id = self.current_item_id
        self.record_outcome(captured, agenda_item_id=item_id)
        self.minutes_edit.setFocus()

    def ask_outcome(self, kind: str, text: str, line_of_action_id: int | None = None) -> Any:
        from organiser.services import live
        from organiser.ui.live.capture import CaptureDialog

        if self.read_only:
            self.show_error(self.tr("The minutes are approved: nothing can be added."))
            return None
        db, event_id = self.db, self.event_id
        dialog = CaptureDialog(kind, text, None, None, self, line_of_action_id=line_of_action_id)
        dialog.read(lambda: (live.owner_choices(db, event_id), live.lines_of_action(db)))
        self._capture_dialog = dialog
        if dialog.exec() != CaptureDialog.DialogCode.Accepted:
            return None
        return dialog.result_value

    def record_outcome(self, captured: Any, *, agenda_item_id: int | None = None,
                       source_idea_id: int | None = None,
                       source_theme_id: int | None = None) -> bool:
        from organiser.core.locking import FIRST_VERSION
        from organiser.services import live

        def redo(memo: dict[str, Any]) -> None:
            if captured.kind == "decision":
                memo["id"] = live.add_decision(
                    self.db, self.event_id, captured.text, agenda_item_id=agenda_item_id,
                    line_of_action_id=captured.line_of_action_id,
                    source_idea_id=source_idea_id, source_theme_id=source_theme_id,
                    decision_id=memo.get("id"))
            else:
                memo["id"] = live.add_next_step(
                    self.db, self.event_id, captured.text, owner=captured.owner,
                    owner_name=captured.owner_name, due_date=captured.due_date,
                    line_of_action_id=captured.line_of_action_id,
                    agenda_item_id=agenda_item_id, source_idea_id=source_idea_id,
                    source_theme_id=source_theme_id, step_id=memo.get("id"))

        def undo(memo: dict[str, Any]) -> None:
            # as captured (a new record's first version): one reworded, rescheduled or
            # closed since, in the Next steps area or by a colleague, is not deleted unseen
            if captured.kind == "decision":
                live.delete_decision(self.db, memo["id"], expected_version=FIRST_VERSION)
            else:
                live.delete_next_step(self.db, memo["id"], expected_version=FIRST_VERSION)

        return self.push(self.tr("New decision") if captured.kind == "decision"
                         else self.tr("New next step"), redo, undo)

    # --- closing ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and self.current_item_id is None and not self.loaded:
            # closed at once after typing, before the read arrived: its item, read now
            self._show(*self._read_now())
        if not self.save_minutes():
            event.ignore()  # the typed minutes would be lost: Reload first
            return
        self._tick.stop()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)


def open_live_window(db: Database, event_id: int, parent: QWidget | None = None) -> LiveWindow:
    from organiser.core.errors import OrganiserError

    try:
        window = LiveWindow(db, event_id, parent)
    except OrganiserError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("LiveWindow", "Live mode"),
                             exc.message)
        raise
    window.setWindowFlag(Qt.WindowType.Window, True)
    window.show()
    return window
