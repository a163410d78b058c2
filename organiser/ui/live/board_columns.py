"""The board as a board: one column of idea cards per theme, dots on the cards.

Cards are dragged between columns (or moved with Ctrl+←/→), and voted on with the same keys
as the list (digits, + and −, a name typed to change voter). Big enough to read on a
projector: the projector view uses the same columns, read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from organiser.ui import colours
from organiser.ui.labels import counted, number
from organiser.ui.widgets import isolate

if TYPE_CHECKING:
    from organiser.services.brainstorm import BoardView, IdeaRow

IDEA_MIME = "application/x-organiser-idea-ids"
IDEA_ROLE = Qt.ItemDataRole.UserRole
# What colours.card_style puts around a card's text on each side: margin, the widest border,
# padding.
CARD_INSET = 3 + 2 + 6


class Votes(QObject):
    """A count of votes in its own translation context: lupdate takes a plural message
    (numerus) only from `self.tr(text, "", n)`."""

    def text(self, count: int) -> str:
        return counted(self.tr("%Ln vote(s)", "", count), count)


def votes_text(count: int) -> str:
    """"1 vote", "3 votes" (a theme's total in its heading, an idea's on its card), in the
    language's plural forms (Arabic has six) and the locale's digits (%Ln)."""
    return Votes().text(count)


def card_text(idea: IdeaRow, dots: int, totals: bool) -> str:
    """The card: the idea, its author, the voter's dots, the total once shown."""
    lines = [isolate(idea.text)]
    details = []
    if idea.author:
        details.append(isolate(idea.author))
    if idea.line_code:
        details.append(isolate(idea.line_code))
    if details:
        lines.append(" · ".join(details))
    marks = []
    if dots:
        marks.append("●" * dots)
    if totals and idea.votes:
        marks.append(votes_text(idea.votes))
    if marks:
        lines.append("  ".join(marks))
    return "\n".join(lines)


class CardDelegate(QStyledItemDelegate):
    """Cards as tall as their text wrapped inside the card (margin, border and padding taken
    off the column's width), selected or not: the style's own size wraps the text at the full
    width, so the last line (the author, the dots, the votes) was cut off, on the projector
    too, and a selected card (its border wider) lost a line more."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        text = str(index.data() or "")
        if not isinstance(view, QListWidget) or not text:
            return size
        metrics = view.fontMetrics()
        width = max(view.viewport().width() - 2 * CARD_INSET - 2, metrics.averageCharWidth() * 8)
        needed = metrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                      int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(size.width(), max(size.height(), needed + 2 * CARD_INSET + 2))


class IdeaColumn(QListWidget):
    """The cards of one theme (None: not in a theme yet); a drop moves ideas into it."""

    def __init__(self, theme_id: int | None, on_drop: Callable[[list[int], int | None], None],
                 parent: QWidget | None = None, *, read_only: bool = False,
                 dark: bool | None = None) -> None:
        super().__init__(parent)
        self.theme_id = theme_id
        self.on_drop = on_drop
        self.setObjectName(f"ideaColumn{theme_id or 0}")
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet(colours.card_style(dark))  # the palette's scheme unless told
        self.setItemDelegate(CardDelegate(self))
        if read_only:
            self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def idea_ids(self, items: list[QListWidgetItem] | None = None) -> list[int]:
        chosen = self.selectedItems() if items is None else items
        return [int(item.data(IDEA_ROLE)) for item in chosen]

    def mimeTypes(self) -> list[str]:
        return [IDEA_MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        mime.setData(IDEA_MIME, QByteArray(",".join(map(str, self.idea_ids(items))).encode()))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(self, index: int, data: QMimeData, action: Qt.DropAction) -> bool:
        if not data.hasFormat(IDEA_MIME):
            return False
        raw = bytes(data.data(IDEA_MIME).data()).decode()
        ids = [int(x) for x in raw.split(",") if x]
        if ids:
            self.on_drop(ids, self.theme_id)
        return False  # the board reloads from the database; the view removes nothing


class BoardColumns(QScrollArea):
    """Themes side by side (unsorted ideas first), each a column of cards."""

    def __init__(self, on_drop: Callable[[list[int], int | None], None],
                 parent: QWidget | None = None, *, read_only: bool = False,
                 scale: float = 1.0, width_chars: int = 30, dark: bool | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardColumns")
        self.dark = dark  # the cards' scheme (None: the palette's, when the board is drawn)
        self.on_drop = on_drop
        self.read_only = read_only
        self.scale = scale
        self.width_chars = width_chars  # the narrowest a column gets (the projector: less)
        self.columns: list[IdeaColumn] = []
        self._building = False
        # keys on a column (voting, moves): the panel's handler, True when it took the key
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.inner = QWidget(self)
        self.inner.setObjectName("boardInner")
        self.row = QHBoxLayout(self.inner)
        self.row.setContentsMargins(4, 4, 4, 4)
        self.row.setSpacing(8)
        self.setWidget(self.inner)

    def column_width(self) -> int:
        return int(self.fontMetrics().averageCharWidth() * self.width_chars * self.scale)

    def set_board(self, view: BoardView, dots: dict[int, int], unsorted_title: str) -> None:
        self._building = True
        try:
            self._set_board(view, dots, unsorted_title)
        finally:
            self._building = False

    def _selection_moved(self, column: IdeaColumn) -> None:
        """A card chosen in one column is the board's selection: the cards left selected in
        other columns (after a move or a drop) would make a vote say "Select one idea".
        Ctrl or Shift held keeps them, to move several ideas at once."""
        if self._building or not column.selectedItems():
            return
        held = QApplication.keyboardModifiers()
        if held & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            return
        for other in self.columns:
            if other is not column and other.selectedItems():
                other.blockSignals(True)
                other.clearSelection()
                other.blockSignals(False)
                other.viewport().update()

    def _set_board(self, view: BoardView, dots: dict[int, int], unsorted_title: str) -> None:
        keep = set(self.selected_ideas())
        focused = next((c.theme_id for c in self.columns if c.hasFocus()), -1)
        while self.row.count():
            old = self.row.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.columns = []
        groups: list[tuple[int | None, str, int | None]] = []
        if view.ideas_of(None) or not self.read_only:
            groups.append((None, unsorted_title, None))
        groups += [(t.id, t.title, t.votes) for t in view.themes]
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * self.scale)
        title_font = QFont(font)
        title_font.setBold(True)
        for theme_id, title, votes in groups:
            ideas = view.ideas_of(theme_id)
            box = QWidget(self.inner)
            box.setObjectName(f"themeColumn{theme_id or 0}")
            column_layout = QVBoxLayout(box)
            column_layout.setContentsMargins(0, 0, 0, 0)
            heading = f"{isolate(title)} ({number(len(ideas))})"
            if view.totals_visible and theme_id is not None:
                heading += " — " + votes_text(votes or 0)
            label = QLabel(heading, box)
            label.setObjectName("themeHeading")
            label.setFont(title_font)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            column = IdeaColumn(theme_id, self.on_drop, box, read_only=self.read_only,
                                dark=self.dark)
            label.setBuddy(column)  # a screen reader names the column by its heading
            column.setAccessibleDescription(QCoreApplication.translate(
                "BoardColumns", "The theme's ideas as cards; 1–9 or + give the chosen idea dots, "
                "0 or − take them back, Ctrl+M moves it to a theme."))
            column.setFont(font)
            column.installEventFilter(self)
            column.itemSelectionChanged.connect(
                lambda column=column: self._selection_moved(column))
            for idea in ideas:
                item = QListWidgetItem(card_text(idea, dots.get(idea.id, 0),
                                                 view.totals_visible))
                item.setData(IDEA_ROLE, idea.id)
                item.setToolTip(idea.text)
                if dots.get(idea.id):
                    item.setForeground(colours.card_colour("dotted", self.dark))
                column.addItem(item)
                if idea.id in keep:
                    item.setSelected(True)
                    column.setCurrentItem(item)
            column_layout.addWidget(label)
            column_layout.addWidget(column, 1)
            box.setMinimumWidth(self.column_width())
            box.setMaximumWidth(int(self.column_width() * 30 / self.width_chars * 1.6))
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.row.addWidget(box, 1)
            self.columns.append(column)
            if theme_id == focused or (focused is None and theme_id is None):
                column.setFocus()

    def selected_ideas(self) -> list[int]:
        ids: list[int] = []
        for column in self.columns:
            ids += column.idea_ids()
        return ids

    def current_column(self) -> IdeaColumn | None:
        focused = next((c for c in self.columns if c.hasFocus()), None)
        if focused is not None:
            return focused
        return next((c for c in self.columns if c.selectedItems()), None)

    def neighbour(self, step: int) -> IdeaColumn | None:
        """The column `step` places away on screen (right to left, "next" is to the left)."""
        current = self.current_column()
        if current is None or not self.columns:
            return None
        index = self.columns.index(current) + step
        return self.columns[index] if 0 <= index < len(self.columns) else None

    def select_idea(self, idea_id: int) -> bool:
        for column in self.columns:
            for row in range(column.count()):
                item = column.item(row)
                if item is not None and int(item.data(IDEA_ROLE)) == idea_id:
                    for other in self.columns:
                        other.clearSelection()
                    column.setCurrentItem(item)
                    item.setSelected(True)
                    column.setFocus()
                    return True
        return False

    def sizeHint(self) -> QSize:
        return QSize(self.column_width() * 3, 300)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                isinstance(watched, IdeaColumn) and self.key_handler is not None:
            return self.key_handler(event)
        return super().eventFilter(watched, event)
