"""The brainstorming board: ideas typed at speed, themes by drag and drop, dot voting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from organiser.ui import colours
from organiser.ui.labels import number
from organiser.ui.live.board_columns import IDEA_MIME, BoardColumns
from organiser.ui.live.commands import route_undo_to_window
from organiser.ui.models.table import AnyIndex
from organiser.ui.widgets import isolate, isolate_foreign

if TYPE_CHECKING:
    from organiser.services.brainstorm import BoardView, IdeaRow
    from organiser.ui.live.window import LiveWindow

UNSORTED = QT_TRANSLATE_NOOP("BoardModel", "Not in a theme yet")


@dataclass(frozen=True)
class BoardRead:
    """What the board shows first, read in a worker on the tab's first visit."""

    board_id: int | None  # None: the event has no board yet (made on the UI thread)
    view: BoardView | None
    lines: list[tuple[int, str]]  # the lines of action an idea can be filed under


def read_board(db: Any, event_id: int) -> BoardRead:
    """Reads only: a worker never makes the board (two could be made at once)."""
    from organiser.services import brainstorm, live

    existing = brainstorm.boards(db, event_id)
    board_id = existing[0][0] if existing else None
    return BoardRead(board_id, brainstorm.get_board(db, board_id) if board_id else None,
                     live.lines_of_action(db))


class Group:
    def __init__(self, theme_id: int | None, title: str, votes: int | None,
                 ideas: list[IdeaRow]) -> None:
        self.theme_id = theme_id
        self.title = title
        self.votes = votes
        self.ideas = ideas


class BoardModel(QAbstractItemModel):
    """Themes at the top (the unsorted ideas first), their ideas below; ideas drag onto themes."""

    COLUMNS = (QT_TRANSLATE_NOOP("BoardModel", "Idea"), QT_TRANSLATE_NOOP("BoardModel", "By"),
               QT_TRANSLATE_NOOP("BoardModel", "Line"), QT_TRANSLATE_NOOP("BoardModel", "Votes"),
               QT_TRANSLATE_NOOP("BoardModel", "Dots of voter"))

    def __init__(self, on_drop: Callable[[list[int], int | None], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_drop = on_drop
        self.groups: list[Group] = []
        self.voter_dots: dict[int, int] = {}
        self.totals_visible = False

    def set_board(self, view: BoardView, voter_dots: dict[int, int]) -> None:
        self.beginResetModel()
        self.totals_visible = view.totals_visible
        self.voter_dots = voter_dots
        self.groups = [Group(None, QCoreApplication.translate("BoardModel", str(UNSORTED)), None,
                             view.ideas_of(None))]
        self.groups += [Group(t.id, t.title, t.votes, view.ideas_of(t.id)) for t in view.themes]
        self.endResetModel()

    # structure
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()].ideas)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BoardModel", str(self.COLUMNS[section]))
        return None

    def group_of(self, index: AnyIndex) -> Group:
        if index.internalId() == 0:
            return self.groups[index.row()]
        return self.groups[index.internalId() - 1]

    def idea_at(self, index: AnyIndex) -> IdeaRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1].ideas[index.row()]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        idea = self.idea_at(index)
        column = index.column()
        if idea is None:
            group = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    return f"{group.title} ({number(len(group.ideas))})"
                if column == 3 and group.theme_id is not None:
                    return (number(group.votes or 0) if self.totals_visible
                            else QCoreApplication.translate("BoardModel", "hidden"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return isolate_foreign(idea.text)
            if column == 1:
                return isolate_foreign(idea.author)
            if column == 2:
                return idea.line_code
            if column == 3:
                return (number(idea.votes or 0) if self.totals_visible
                        else QCoreApplication.translate("BoardModel", "hidden"))
            if column == 4:
                dots = self.voter_dots.get(idea.id, 0)
                return "●" * dots if dots else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return idea.text
        return None

    # drag and drop
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        if index.internalId() == 0:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [IDEA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = sorted({idea.id for i in indexes if (idea := self.idea_at(i)) is not None})
        mime = QMimeData()
        mime.setData(IDEA_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: AnyIndex) -> bool:
        return data.hasFormat(IDEA_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: AnyIndex) -> bool:
        if not data.hasFormat(IDEA_MIME):
            return False
        raw = bytes(data.data(IDEA_MIME).data()).decode()
        ids = [int(x) for x in raw.split(",") if x]
        if not ids:
            return False
        theme_id = self.group_of(parent).theme_id if parent.isValid() else None
        self.on_drop(ids, theme_id)
        return False  # the board is reloaded from the database; nothing to remove here


class BoardPanel(QWidget):
    def __init__(self, window: LiveWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("boardPanel")
        self.board_id: int | None = None
        self.view: BoardView | None = None
        self._last_added: list[int] = []  # the ideas the last Enter added
        self._people: list[tuple[int, str]] = []
        self._lines: list[tuple[int, str]] = []
        # built at once, filled once read (`load` in a worker, `ensure_loaded` here)
        self.loaded = False
        self._voter_return: QWidget | None = None  # where a name typed on the board came from
        entry = self._build_entry()
        self._build_tree()
        themes = self._build_views_and_theme_buttons()
        self._build_voting_controls()
        voting = self._build_voting_panel()
        self._lay_out(entry, themes, voting)
        self.show_view(0)
        self.message.setText(QCoreApplication.translate("LiveWindow", "Loading…"))

    # --- reading ------------------------------------------------------------------------

    def load(self) -> None:
        """Read the board in a worker; shown when read (an edit meanwhile reads again)."""
        from organiser.ui.background import QueryOp

        db, event_id = self.db, self.window_.event_id
        QueryOp(self, lambda: read_board(db, event_id),
                lambda read: self._show_read(read, choices_later=True)).latest("board").run()

    def ensure_loaded(self) -> None:
        """Read the board here and now unless it is already shown (a command on the board
        before its read arrived acts on what is stored, never on an empty board)."""
        if self.loaded:
            return
        from organiser.ui.background import forget

        forget(self, "board")  # the read under way is not shown after this one
        self._show_read(read_board(self.db, self.window_.event_id))

    def _show_read(self, read: BoardRead, *, choices_later: bool = False) -> None:
        """The board as read; `choices_later`: the cards in this turn of the event loop, the
        author, voter and line lists (a name per participant) in the next one."""
        if self.loaded:
            return
        from organiser.services import brainstorm

        self.loaded = True
        self.board_id, self._lines = read.board_id, read.lines
        view = read.view
        if self.board_id is None or view is None:  # the event's first board, made here
            self.board_id = brainstorm.board_for_event(self.db, self.window_.event_id)
            view = brainstorm.get_board(self.db, self.board_id)
        self.message.clear()
        if choices_later:
            QTimer.singleShot(0, self, self._fill_choices)
        else:
            self._load_choices()
        self._show_view(view, {})

    def _fill_choices(self) -> None:
        if self.author.count() == 0:  # not filled meanwhile (a check-in, a command)
            self._load_choices()

    def _button(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(lambda _=False: slot())
        return b

    def _build_entry(self) -> QHBoxLayout:
        """A new idea, by whom, for which line of action."""
        self.idea_edit = QLineEdit(self)
        self.idea_edit.setObjectName("ideaEdit")
        self.idea_edit.setAccessibleName(self.tr("New idea"))
        self.idea_edit.setPlaceholderText(self.tr("Type an idea and press Enter (one per line "
                                                  "when pasting several); ↓ to its card"))
        self.idea_edit.returnPressed.connect(self.add_idea)
        self.idea_edit.installEventFilter(self)  # ↓: to the cards, the idea just typed chosen
        route_undo_to_window(self.idea_edit)
        self.author = QComboBox(self)
        self.author.setObjectName("ideaAuthor")
        self.author.setEditable(True)
        self.author.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.line = QComboBox(self)
        self.line.setObjectName("ideaLine")
        entry = QHBoxLayout()
        entry.addWidget(self.idea_edit, 3)
        entry.addWidget(QLabel(self.tr("by")))
        entry.addWidget(self.author, 1)
        entry.addWidget(self.line, 1)
        return entry

    def _build_tree(self) -> None:
        """The list view: themes and their ideas in a tree."""
        self.model = BoardModel(self.move_ideas, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("boardTree")
        self.tree.setAccessibleDescription(self.tr(
            "Themes and their ideas; 1–9 or + give the chosen idea dots, 0 or − take them back, "
            "Ctrl+M moves it to a theme."))
        self.tree.setAccessibleName(self.tr("Ideas by theme"))
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):  # short values under long titles ("Gommettes du votant")
            self.tree.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.installEventFilter(self)

    def _build_views_and_theme_buttons(self) -> QHBoxLayout:
        """The columns and the list, one shown at a time; the buttons that choose one and
        those that make and change themes."""
        self.columns = BoardColumns(self.move_ideas, self)
        self.columns.key_handler = self.handle_key
        self.columns.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its columns take the focus
        self.views = QStackedWidget(self)
        self.views.setObjectName("boardViews")
        self.views.addWidget(self.columns)
        self.views.addWidget(self.tree)
        self.columns_button = self._button(self.tr("Columns"), lambda: self.show_view(0),
                                     "showColumns")
        self.list_button = self._button(self.tr("List"), lambda: self.show_view(1), "showList")
        for view_button in (self.columns_button, self.list_button):
            view_button.setCheckable(True)
            view_button.setAutoExclusive(True)
        themes = QHBoxLayout()
        themes.addWidget(self.columns_button)
        themes.addWidget(self.list_button)
        themes.addSpacing(12)
        self.theme_buttons = [
            self._button(self.tr("New theme…"), self.new_theme, "newTheme"),
            self._button(self.tr("Rename…"), self.rename_theme, "renameTheme"),
            self._button(self.tr("Merge into…"), self.merge_theme, "mergeTheme"),
            self._button(self.tr("Move to theme… (Ctrl+M)"), self.move_to_theme, "moveToTheme"),
            self._button(self.tr("Out of theme (Ctrl+U)"), lambda: self.move_ideas(
                self.selected_ideas(), None), "outOfTheme")]
        for theme_button in self.theme_buttons:
            themes.addWidget(theme_button)
        themes.addStretch(1)
        return themes

    def _build_voting_controls(self) -> None:
        self.votes_per_person = QSpinBox(self)
        self.votes_per_person.setObjectName("votesPerPerson")
        self.votes_per_person.setRange(1, 20)
        self.hide_totals = QCheckBox(self.tr("Hide totals until voting closes"), self)
        self.hide_totals.setObjectName("hideTotals")
        self.apply_voting = self._button(self.tr("Apply"), self.set_voting, "applyVoting")
        self.voter = QComboBox(self)
        self.voter.setObjectName("voter")
        self.voter.setEditable(True)
        self.voter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.voter.currentIndexChanged.connect(lambda _i: self.refresh())
        voter_line = self.voter.lineEdit()
        if voter_line is not None:  # a name typed, Enter: that voter, back to the ideas
            voter_line.returnPressed.connect(self._voter_typed)
            voter_line.installEventFilter(self)
        self.dots_label = QLabel(self)
        self.dots_label.setObjectName("dotsLabel")
        self.message = QLabel(self)
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(colours.text_style("alert", "font-weight: bold;"))
        self.close_button = self._button(self.tr("Close voting"), self.toggle_voting, "closeVoting")
        self.ranking = QListWidget(self)
        self.ranking.setObjectName("ranking")
        self.ranking.setAccessibleDescription(self.tr(
            "The ideas with the most dots first, once totals are shown."))
        self.ranking.setWordWrap(True)
        self.ranking.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.ranking.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _build_voting_panel(self) -> QScrollArea:
        """Dot voting, the ranking, and making an idea a decision or a next step."""
        voting = QGroupBox(self.tr("Dot voting"), self)
        voting.setObjectName("votingPanel")
        form = QFormLayout(voting)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        per = QHBoxLayout()
        per.addWidget(self.votes_per_person)
        per.addWidget(self.apply_voting)
        form.addRow(self.tr("Votes per person"), per)
        form.addRow(self.hide_totals)
        form.addRow(self.tr("Voter"), self.voter)
        form.addRow(self.dots_label)
        form.addRow(self.message)
        hint = QLabel(self.tr("Select an idea: 1–9 or + give dots, 0 or − take them back; "
                              "type a name (Enter) to change voter."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        dots = QHBoxLayout()
        self.dot_buttons = [self._button(self.tr("+ dot"), lambda: self.vote(1), "addDot"),
                            self._button(self.tr("− dot"), lambda: self.vote(-1), "removeDot")]
        for dot_button in self.dot_buttons:
            dots.addWidget(dot_button)
        form.addRow(dots)
        form.addRow(self.close_button)
        ranking_title = QLabel(self.tr("Ranking (when totals are shown):"), self)
        ranking_title.setWordWrap(True)
        form.addRow(ranking_title)
        form.addRow(self.ranking)
        promote = QVBoxLayout()
        self.promote_buttons = [
            self._button(self.tr("→ Decision (Ctrl+D)"), lambda: self.promote("decision"),
                   "promoteDecision"),
            self._button(self.tr("→ Next step (Ctrl+T)"), lambda: self.promote("next step"),
                   "promoteNextStep")]
        for promote_button in self.promote_buttons:
            promote.addWidget(promote_button)
        form.addRow(promote)
        voting.setMinimumWidth(max(260, voting.sizeHint().width()))
        # scrolls when the screen is short (200% on a 1920×1080 laptop: 540 logical pixels)
        voting_scroll = QScrollArea(self)
        voting_scroll.setObjectName("votingScroll")
        voting_scroll.setWidget(voting)
        voting_scroll.setWidgetResizable(True)
        voting_scroll.setFrameShape(QFrame.Shape.NoFrame)
        voting_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        voting_scroll.setMinimumWidth(voting.minimumWidth() + self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent))
        return voting_scroll

    def _lay_out(self, entry: QHBoxLayout, themes: QHBoxLayout,
                 voting_scroll: QScrollArea) -> None:
        middle = QSplitter(self)
        middle.setObjectName("boardSplitter")
        middle.addWidget(self.views)
        middle.addWidget(voting_scroll)
        middle.setStretchFactor(0, 3)
        middle.setStretchFactor(1, 1)
        middle.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addLayout(themes)
        layout.addWidget(middle, 1)

    @property
    def db(self) -> Any:
        return self.window_.db

    def _load_choices(self) -> None:
        self._people = self._participants()
        for combo, empty in ((self.author, self.tr("(no author)")),
                             (self.voter, self.tr("(choose a voter)"))):
            combo.blockSignals(True)
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(empty, None)
            for person_id, name in self._people:
                combo.addItem(name, person_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            combo.setCompleter(completer)
            combo.blockSignals(False)
        if self.line.count() == 0:
            self.line.addItem(self.tr("(no line of action)"), None)
            for line_id, label in self._lines:
                self.line.addItem(label, line_id)

    def _participants(self) -> list[tuple[int, str]]:
        """Who can author or vote: not those who declined, sent apologies or are absent.

        From the roster the window holds (kept up to date row by row as people check in):
        the board never reads everyone again."""
        from organiser.core.enums import AttendanceStatus, Reply

        away = (AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT)
        return [(r.person_id, r.name) for r in self.window_.checkin.roster()
                if r.status not in away and not (r.reply is Reply.DECLINED and r.status is None)]

    def people_changed(self) -> None:
        """Someone checked in or sent apologies: the author and voter choices follow."""
        if self.loaded and self._participants() != self._people:
            self._load_choices()

    def show_view(self, index: int) -> None:
        """0: the board as columns of cards; 1: the list (tree) with its columns of details."""
        self.views.setCurrentIndex(index)
        (self.columns_button if index == 0 else self.list_button).setChecked(True)
        if index == 1:
            self._fit_tree()
        self._order_focus()

    def _fit_tree(self) -> None:
        """The list's themes opened and its By column fitted: done when the list is shown,
        not while it is hidden behind the columns (a layout pass over every row)."""
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)

    def _order_focus(self) -> None:
        """Tab goes as the eye reads: the idea's fields, the buttons above the board, the
        cards (each column, in reading order) or the list, then the voting panel top down.
        The columns are made anew at each refresh, which would put them last."""
        cards: list[QWidget] = (list(self.columns.columns) if self.views.currentIndex() == 0
                                else [self.tree])
        chain: list[QWidget] = [self.idea_edit, self.author, self.line, self.columns_button,
                                self.list_button, *self.theme_buttons, *cards,
                                self.votes_per_person, self.apply_voting, self.hide_totals,
                                self.voter, *self.dot_buttons, self.close_button,
                                self.ranking, *self.promote_buttons]
        from itertools import pairwise

        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_cards(self) -> None:
        """↓ from the idea field: to the cards, with the idea just typed chosen (else the
        first card), so that it can be moved (Ctrl+←/→, Ctrl+M) or voted on at once."""
        last = self._last_added[-1] if self._last_added else None
        if self.views.currentIndex() == 0:
            if last is not None and self.columns.select_idea(last):
                return
            column = next((c for c in self.columns.columns if c.count()),
                          self.columns.columns[0] if self.columns.columns else None)
            if column is not None:
                if column.count():
                    column.setCurrentRow(0)
                column.setFocus(Qt.FocusReason.TabFocusReason)
            return
        for group_row, group in enumerate(self.model.groups):
            for row, idea in enumerate(group.ideas):
                if last is None or idea.id == last:
                    self.tree.setCurrentIndex(
                        self.model.index(row, 0, self.model.index(group_row, 0)))
                    self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                    return
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)

    def active_view(self) -> QWidget:
        return self.views.currentWidget() or self.columns

    def refresh(self) -> None:
        """The board as stored now (after an edit, a change of voter)."""
        from organiser.services import brainstorm

        if not self.loaded:  # its first read is under way: read again, after this edit
            self.load()
            return
        if self.board_id is None:
            return
        self.people_changed()
        voter = self.voter.currentData()
        self._show_view(brainstorm.get_board(self.db, self.board_id),
                        brainstorm.votes_of(self.db, self.board_id, voter) if voter else {})

    def _show_view(self, view: BoardView, dots: dict[int, int]) -> None:
        keep = self.selected_ideas()
        self.view = view
        voter = self.voter.currentData()
        self.model.set_board(self.view, dots)
        self.columns.set_board(self.view, dots,
                               QCoreApplication.translate("BoardModel", str(UNSORTED)))
        self._order_focus()
        for group_row, group in enumerate(self.model.groups):
            for row, idea in enumerate(group.ideas):
                if idea.id in keep:
                    index = self.model.index(row, 0, self.model.index(group_row, 0))
                    self.tree.setCurrentIndex(index)
        if self.views.currentWidget() is self.tree:
            self._fit_tree()
        self.votes_per_person.setValue(self.view.votes_per_person)
        self.hide_totals.setChecked(self.view.hide_totals)
        self.close_button.setText(self.tr("Reopen voting") if self.view.voting_closed else
                                  self.tr("Close voting and show totals"))
        action = getattr(self.window_, "voting_action", None)  # Live › Close voting
        if action is not None:
            action.setText(self.tr("Reopen v&oting") if self.view.voting_closed else
                           self.tr("Close voting and show &totals"))
        if voter:
            used = sum(dots.values())
            self.dots_label.setText(self.tr("{voter}: %Ln of {total} dots used", "", used).format(
                voter=self.voter.currentText(), total=number(self.view.votes_per_person)))
        else:
            self.dots_label.setText("")
        self.ranking.clear()
        # each name isolated: an English idea in an Arabic list keeps its words in order
        for rank, idea in enumerate(self.view.ranking()[:10], start=1):
            self.ranking.addItem(f"{number(rank)}. {isolate(idea.text)} — "
                                 f"{number(idea.votes or 0)}")
        if self.view.totals_visible and self.view.themes:
            self.ranking.addItem(self.tr("Themes:"))
            for theme in self.view.theme_ranking():
                self.ranking.addItem(f"   {isolate(theme.title)} — {number(theme.votes or 0)}")

    # --- selection ----------------------------------------------------------------------

    def selected_ideas(self) -> list[int]:
        if self.views.currentWidget() is self.columns:
            return self.columns.selected_ideas()
        ids = []
        for index in self.tree.selectionModel().selectedRows(0):
            idea = self.model.idea_at(index)
            if idea is not None:
                ids.append(idea.id)
        return ids

    def selected_theme(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.group_of(index).theme_id

    def _theme_titles(self, exclude: int | None = None) -> list[tuple[int, str]]:
        return [(t.id, t.title) for t in (self.view.themes if self.view else [])
                if t.id != exclude]

    def _ask_theme(self, title: str, exclude: int | None = None,
                   allow_new: bool = False) -> int | None:
        themes = self._theme_titles(exclude)
        labels = [t for _i, t in themes]
        if not labels and not allow_new:
            self.window_.show_error(self.tr("No theme yet: make one with New theme…"))
            return None
        choice, ok = QInputDialog.getItem(self, title, self.tr("Theme:"), labels, 0,
                                          allow_new)
        if not ok or not choice.strip():
            return None
        for theme_id, label in themes:
            if label == choice:
                return theme_id
        return self._create_theme(choice) if allow_new else None

    # --- edits (each one undoable) ----------------------------------------------------

    def _shown_versions(self, idea_ids: list[int]) -> dict[int, int | None]:
        """The version of each idea as the board shows it (None: not shown, not checked)."""
        versions = {i.id: i.version for i in (self.view.ideas if self.view else [])}
        return {idea_id: versions.get(idea_id) for idea_id in idea_ids}

    def add_idea(self) -> None:
        from organiser.services import brainstorm

        text = self.idea_edit.text()
        if not text.strip() or self.board_id is None:
            return
        board_id, author, line = self.board_id, self.author.currentData(), self.line.currentData()

        def redo(memo: dict[str, Any]) -> None:
            memo["ids"] = brainstorm.add_ideas(self.db, board_id, text, author_id=author,
                                               line_of_action_id=line, ids=memo.get("ids"))

        def undo(memo: dict[str, Any]) -> None:
            # as the board shows them now: one reworded or moved by a colleague since the
            # board was last read is refused, not deleted unseen
            brainstorm.delete_ideas(self.db, self._shown_versions(memo["ids"]))

        if self.window_.push(self.tr("New idea"), redo, undo):
            self.idea_edit.clear()
            command = self.window_.last_command
            self._last_added = list(command.memo.get("ids", [])) if command else []

    def move_ideas(self, idea_ids: list[int], theme_id: int | None) -> None:
        from organiser.services import brainstorm

        if not idea_ids:
            return

        # the first run must find the ideas as the board showed them (a colleague's move
        # since is refused, not overwritten); redo after undo moves what undo put back
        versions = {i.id: i.version for i in (self.view.ideas if self.view else [])}
        first = [{i: versions.get(i) for i in idea_ids}]

        def redo(memo: dict[str, Any]) -> None:
            shown = first.pop() if first else dict.fromkeys(idea_ids)
            memo["old"] = brainstorm.move_ideas(self.db, shown, theme_id)

        def undo(memo: dict[str, Any]) -> None:
            for idea_id, old in memo["old"].items():
                brainstorm.move_idea(self.db, idea_id, old)

        if not self.window_.push(self.tr("Move idea") if len(idea_ids) == 1
                                 else self.tr("Move ideas"), redo, undo):
            self.refresh()  # shows where the ideas are now, beside the message

    def move_to_theme(self) -> None:
        ideas = self.selected_ideas()
        if not ideas:
            self.window_.show_error(self.tr("Select one or more ideas first."))
            return
        theme_id = self._ask_theme(self.tr("Move to theme"), allow_new=True)
        if theme_id is not None:
            self.move_ideas(ideas, theme_id)

    def _create_theme(self, title: str) -> int | None:
        from organiser.services import brainstorm

        board_id = self.board_id
        if board_id is None:
            return None

        def redo(memo: dict[str, Any]) -> None:
            memo["id"] = brainstorm.create_theme(self.db, board_id, title,
                                                 theme_id=memo.get("id"))

        def undo(memo: dict[str, Any]) -> None:
            shown = {t.id: t.version for t in (self.view.themes if self.view else [])}
            brainstorm.delete_theme(self.db, memo["id"], expected_version=shown.get(memo["id"]))

        pushed = self.window_.push(self.tr("New theme {title}").format(title=title), redo, undo)
        if pushed and self.window_.last_command:
            return int(self.window_.last_command.memo["id"])
        return None

    def new_theme(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New theme"),
                                         self.tr("Title of the theme:"))
        if ok and title.strip():
            self._create_theme(title)

    def rename_theme(self) -> None:
        from organiser.services import brainstorm

        theme_id = self.selected_theme()
        if theme_id is None:
            self.window_.show_error(self.tr("Select a theme first."))
            return
        shown = next(t for t in (self.view.themes if self.view else []) if t.id == theme_id)
        title, ok = QInputDialog.getText(self, self.tr("Rename theme"), self.tr("Title:"),
                                         text=shown.title)
        if not ok or not title.strip():
            return
        # the first run must find the theme as the board showed it (a colleague's rename
        # since is refused, not overwritten); redo after undo renames what undo restored
        seen = [shown.version]

        def redo(memo: dict[str, Any]) -> None:
            memo["old"] = brainstorm.rename_theme(self.db, theme_id, title,
                                                  expected_version=seen.pop() if seen else None)

        def undo(memo: dict[str, Any]) -> None:
            brainstorm.rename_theme(self.db, theme_id, memo["old"])

        if not self.window_.push(self.tr("Rename theme"), redo, undo):
            self.refresh()  # shows the title as stored now, beside the message

    def merge_theme(self) -> None:
        from organiser.services import brainstorm

        absorbed = self.selected_theme()
        if absorbed is None:
            self.window_.show_error(self.tr("Select the theme to merge into another first."))
            return
        keep = self._ask_theme(self.tr("Merge into"), exclude=absorbed)
        if keep is None:
            return
        board_id = self.board_id or 0
        title = next(t for i, t in self._theme_titles() if i == absorbed)
        # the first run must find both themes as the board showed them (a colleague's rename
        # since is refused, not merged away); redo after undo merges what undo put back
        versions = {t.id: t.version for t in (self.view.themes if self.view else [])}
        seen = [(versions.get(keep), versions.get(absorbed))]

        def redo(memo: dict[str, Any]) -> None:
            memo["ideas"] = brainstorm.merge_themes(
                self.db, keep, absorbed,
                expected_versions=seen.pop() if seen else (None, None))

        def undo(memo: dict[str, Any]) -> None:
            brainstorm.create_theme(self.db, board_id, title, theme_id=absorbed)
            brainstorm.set_theme_of(self.db, memo["ideas"], absorbed)

        if not self.window_.push(self.tr("Merge themes"), redo, undo):
            self.refresh()  # shows the themes as stored now, beside the message

    def set_voting(self) -> None:
        from organiser.services import brainstorm

        board_id = self.board_id or 0
        new = (self.votes_per_person.value(), self.hide_totals.isChecked())
        old = (self.view.votes_per_person, self.view.hide_totals) if self.view else new

        def redo(memo: dict[str, Any]) -> None:
            brainstorm.set_voting(self.db, board_id, votes_per_person=new[0],
                                  hide_totals=new[1])

        def undo(memo: dict[str, Any]) -> None:
            brainstorm.set_voting(self.db, board_id, votes_per_person=old[0],
                                  hide_totals=old[1])

        if not self.window_.push(self.tr("Voting rules"), redo, undo):
            self.refresh()

    def vote(self, delta: int) -> None:
        from organiser.services import brainstorm

        voter = self.voter.currentData()
        if voter is None:
            self.window_.show_error(self.tr("Choose the voter first: type their name."))
            self.voter.setFocus()
            return
        ideas = self.selected_ideas()
        if len(ideas) != 1:
            self.window_.show_error(self.tr("Select one idea."))
            return
        idea = ideas[0]
        # said here, in the interface's language (the service's refusals are English)
        if self.view is not None and self.view.voting_closed:
            self.window_.show_error(self.tr(
                "Voting is closed: reopen it to give or take back dots."))
            return
        if self.view is not None and self.board_id is not None and delta > 0:
            used = sum(brainstorm.votes_of(self.db, self.board_id, voter).values())
            total = self.view.votes_per_person
            if used + delta > total:
                self.window_.show_error(self.tr(
                    "{total} votes per person: {voter} has used them all; take one back "
                    "first (0 or −).").format(total=number(total),
                                              voter=self.voter.currentText()))
                return
        self.message.clear()

        def redo(memo: dict[str, Any]) -> None:
            brainstorm.change_vote(self.db, idea, voter, delta)

        def undo(memo: dict[str, Any]) -> None:
            brainstorm.change_vote(self.db, idea, voter, -delta)

        self.window_.push(self.tr("Vote") if delta > 0 else self.tr("Take back a vote"), redo, undo)

    def toggle_voting(self) -> None:
        from organiser.services import brainstorm

        board_id = self.board_id or 0
        closed = not (self.view.voting_closed if self.view else False)

        def redo(memo: dict[str, Any]) -> None:
            brainstorm.close_voting(self.db, board_id, closed)

        def undo(memo: dict[str, Any]) -> None:
            brainstorm.close_voting(self.db, board_id, not closed)

        self.window_.push(self.tr("Close voting") if closed else self.tr("Reopen voting"), redo,
                          undo)

    def promote(self, kind: str) -> None:
        ideas = self.selected_ideas()
        index = self.tree.currentIndex()
        idea_id = theme_id = None
        text = ""
        line = None
        if len(ideas) == 1 and self.view is not None:
            idea_id = ideas[0]
            row = next(i for i in self.view.ideas if i.id == idea_id)
            text, line = row.text, row.line_of_action_id
        elif index.isValid() and self.model.idea_at(index) is None:
            group = self.model.group_of(index)
            if group.theme_id is not None:
                theme_id, text = group.theme_id, group.title
        if idea_id is None and theme_id is None:
            self.window_.show_error(self.tr("Select one idea or a theme to promote."))
            return
        captured = self.window_.ask_outcome(kind, text, line)
        if captured is None:
            return
        board_item = None
        if self.board_id is not None:
            from organiser.services import brainstorm

            board_item = brainstorm.board_agenda_item(self.db, self.board_id)
        self.window_.record_outcome(captured, agenda_item_id=board_item,
                                    source_idea_id=idea_id, source_theme_id=theme_id)

    # --- keys on the board ------------------------------------------------------------

    def key_help(self) -> list[tuple[str, str]]:
        """Keys on the cards that are not menu commands (Help › Keyboard shortcuts)."""
        native = QKeySequence.SequenceFormat.NativeText
        return [
            (self.tr("From the idea field to the cards"), "↓"),
            (self.tr("Move the card to the next or previous theme"),
             ", ".join(QKeySequence(k).toString(native) for k in ("Ctrl+Right", "Ctrl+Left"))),
            (self.tr("Move to theme…"), QKeySequence("Ctrl+M").toString(native)),
            (self.tr("Out of theme"), QKeySequence("Ctrl+U").toString(native)),
            (self.tr("Give the voter that many dots"), "0–9"),
            (self.tr("One dot more, one dot less"), "+, −"),
            (self.tr("Change the voter: type the name, then Enter"), self.tr("letters of a name")),
            (self.tr("Rename the theme"), "F2"),
        ]

    def set_dots(self, count: int) -> None:
        """A digit typed on an idea: the voter's dots on it become that many."""
        from organiser.services import brainstorm

        voter = self.voter.currentData()
        ideas = self.selected_ideas()
        if voter is None or len(ideas) != 1 or self.board_id is None:
            self.vote(1)  # says what is missing
            return
        current = brainstorm.votes_of(self.db, self.board_id, voter).get(ideas[0], 0)
        if count != current:
            self.vote(count - current)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys on the ideas (list or columns); True when the key was used."""
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        if mods == ctrl and key == Qt.Key.Key_M:
            self.move_to_theme()
            return True
        if mods == ctrl and key == Qt.Key.Key_U:
            self.move_ideas(self.selected_ideas(), None)
            return True
        if mods == ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and \
                self.views.currentWidget() is self.columns:
            step = 1 if key == Qt.Key.Key_Right else -1
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                step = -step
            target = self.columns.neighbour(step)
            ideas = self.selected_ideas()
            if target is not None and ideas:
                self.move_ideas(ideas, target.theme_id)
                self.columns.select_idea(ideas[0])
            return True
        if mods & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.vote(1)
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.vote(-1)
            return True
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.set_dots(key - Qt.Key.Key_0)
            return True
        if key == Qt.Key.Key_F2:
            self.rename_theme()
            return True
        text = event.text()
        if text and text.isalpha():  # a name typed: look for that voter
            self._voter_return = self.active_view()
            line = self.voter.lineEdit()
            if line is not None:
                self.voter.setFocus()
                line.setText(text)
                completer = self.voter.completer()
                if completer is not None:
                    completer.setCompletionPrefix(text)
                    completer.complete()
            return True
        return False

    def _voter_typed(self) -> None:
        """Enter in the voter field: the first participant whose name holds what was typed."""
        from organiser.core.text import fold

        typed = fold(self.voter.currentText()).split()
        match = next((i for i in range(1, self.voter.count())
                      if all(w in fold(self.voter.itemText(i)) for w in typed)), None)
        if match is None:
            self.window_.show_error(self.tr("Nobody named “{name}” can vote here.").format(
                name=self.voter.currentText()))
            return
        self.voter.setCurrentIndex(match)
        self.voter.setEditText(self.voter.itemText(match))
        back, self._voter_return = self._voter_return or self.active_view(), None
        if back is self.columns:
            current = self.columns.current_column()
            (current or self.columns).setFocus()
        else:
            back.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.tree:
                return self.handle_key(event)
            if watched is self.idea_edit and event.key() == Qt.Key.Key_Down and \
                    not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.focus_cards()
                return True
            if watched is self.voter.lineEdit() and event.key() == Qt.Key.Key_Escape:
                self.voter.setEditText(self.voter.itemText(self.voter.currentIndex()))
                self.active_view().setFocus()
                return True
        return super().eventFilter(watched, event)
