"""In-place editors of the Next steps table: the owner typed with completion among every
person and organisation, the due date typed in the interface's date format.

Both check what was typed before it is saved: a name that matches nobody (or several people)
or a date that is not one keeps the editor open with the text as typed and says why beside
the table (`problem`); nothing modal. Escape puts the cell back as it was.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from organiser.core.cache import Latest
from organiser.core.errors import InputError
from organiser.core.text import fold
from organiser.ui.widgets import isolate_foreign

if TYPE_CHECKING:
    from organiser.services.nextsteps import OwnerOption

MAX_MATCHES = 50
_COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u2066\u2067\u2068\u2069"))


def owner_label_text() -> str:
    return QCoreApplication.translate("NextStepsArea", "{name} (organisation)")


def owner_label(option: OwnerOption) -> str:
    """How an owner is listed: a person with their organisation, an organisation as such."""
    if option.kind == "organisation":
        return owner_label_text().format(name=option.name)
    return f"{option.name} ({option.detail})" if option.detail else option.name


class OwnerMatches(QAbstractListModel):
    """The owners matching what is typed so far, as the completer lists them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.options: list[OwnerOption] = []

    def set_options(self, options: list[OwnerOption]) -> None:
        self.beginResetModel()
        self.options = options
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self.options)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.options):
            return None
        if role == Qt.ItemDataRole.DisplayRole:  # in the list: Latin names keep their order
            return isolate_foreign(owner_label(self.options[index.row()]))  # right to left
        if role == Qt.ItemDataRole.EditRole:  # what picking it puts in the editor
            return owner_label(self.options[index.row()])
        if role == Qt.ItemDataRole.UserRole:
            return self.options[index.row()].key
        return None


class Owners:
    """Every person and organisation, and what a typed name means among them."""

    # (its indexes are replaced whole, never changed in place: shared by `of` and `take`)

    def __init__(self) -> None:
        self.options: list[OwnerOption] = []
        self._by_label: dict[str, list[OwnerOption]] = {}
        self._by_name: dict[str, list[OwnerOption]] = {}

    def set_options(self, options: list[OwnerOption]) -> None:
        self.options = options
        self._by_label, self._by_name = {}, {}
        for option in options:
            self._by_label.setdefault(fold(owner_label(option)), []).append(option)
            self._by_name.setdefault(fold(option.name), []).append(option)
            if option.kind == "organisation" and option.detail:  # its acronym
                self._by_name.setdefault(fold(option.detail), []).append(option)

    @classmethod
    def of(cls, options: list[OwnerOption]) -> Owners:
        """Owners indexed (folding 11,000 names takes a tenth of a second: in a worker, and
        again only when an owner or the language changed since the last time)."""
        def index() -> Owners:
            indexed = cls()
            indexed.set_options(options)
            return indexed

        owners = cls()
        owners.take(_INDEXED.get((options, owner_label_text()), index))
        return owners

    def take(self, other: Owners) -> None:
        """What `other` holds, indexed already (on the UI thread: no pass over them)."""
        self.options, self._by_label, self._by_name = (
            other.options, other._by_label, other._by_name)

    def matching(self, text: str, limit: int = MAX_MATCHES) -> list[OwnerOption]:
        """Those whose name, other spelling, organisation or address has every typed word
        (any script; case and accents ignored); names that start so first."""
        words = fold(text).split()
        if not words:
            return []
        found = [o for o in self.options if all(w in o.search_key for w in words)]
        start = fold(text).strip()
        found.sort(key=lambda o: not fold(o.name).startswith(start))
        return found[:limit]

    def resolve(self, text: str) -> str:
        """The owner key of a typed name: "" for nobody (empty); InputError when it names
        nobody or more than one."""
        typed = " ".join(text.split())
        if not typed:
            return ""
        key = fold(typed)
        exact = self._by_label.get(key) or self._by_name.get(key) or []
        if len(exact) == 1:
            return exact[0].key
        found = exact or self.matching(typed, limit=MAX_MATCHES + 1)
        if len(found) == 1:
            return found[0].key
        if not found:
            raise InputError(QCoreApplication.translate(
                "NextStepsArea", "No person or organisation is called “{name}”."
            ).format(name=typed), field="owner")
        raise InputError(QCoreApplication.translate(
            "NextStepsArea",
            "“{name}” matches several people or organisations: pick one from the list."
        ).format(name=typed), field="owner")


# the owners as last indexed, with what they were indexed from
_INDEXED: Latest[Owners] = Latest()


class OwnerEditor(QLineEdit):
    """A name typed with a list of matching people and organisations under it."""

    def __init__(self, owners: Owners, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownerEditor")
        self.setAccessibleName(QCoreApplication.translate("NextStepsArea", "Owner"))
        self.setPlaceholderText(QCoreApplication.translate(
            "NextStepsArea", "Type a name; empty: no owner"))
        self.owners = owners
        self.original = ("", "")  # the cell's text and owner key when editing began
        self.matches = OwnerMatches(self)
        # the list is filtered here (words anywhere, accents ignored), not by the completer,
        # and shown as wide as the names need: not the line edit's own completer, which
        # reopens it as narrow as the cell after every key
        self.list_completer = QCompleter(self.matches, self)
        self.list_completer.setWidget(self)
        self.list_completer.setCompletionMode(
            QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.list_completer.setMaxVisibleItems(10)
        self.list_completer.activated.connect(self.setText)
        self.popup().installEventFilter(self)
        self.textEdited.connect(self._typed)

    def popup(self) -> QWidget:
        """The completer's list (asked each time: Qt owns it)."""
        popup = self.list_completer.popup()
        assert popup is not None
        return popup

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the list closes the list only; the editor stays, with the text."""
        if event.type() == QEvent.Type.KeyPress and watched is self.list_completer.popup():
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.popup().hide()
                self.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _typed(self, text: str) -> None:
        found = self.owners.matching(text)
        self.matches.set_options(found)
        if found:
            # as wide as the names need (the cell is narrow), within reason
            metrics = self.popup().fontMetrics()
            wanted = max(metrics.horizontalAdvance(owner_label(o)) for o in found) + 40
            width = max(self.width(), min(wanted, 520))
            left = self.width() - width if self.isRightToLeft() else 0
            self.list_completer.complete(QRect(left, 0, width, self.height()))
        else:
            self.popup().hide()


def due_format() -> str:
    """The interface locale's short date format, with the year in full."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat).translate(_MARKS)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def due_text(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), due_format())


def parse_due(text: str) -> dt.date | None:
    """A typed due date: in the interface's format (its digits too), as 2027-03-31, or as
    31 Mar 2027; empty is no due date. InputError says how to type it."""
    value = " ".join(text.translate(_MARKS).split())
    if not value:
        return None
    locale = QLocale()
    for fmt in (due_format(), "yyyy-MM-dd"):
        date = locale.toDate(value, fmt)
        if date.isValid():
            return dt.date(date.year(), date.month(), date.day())
    from organiser.services.live import parse_due_date

    try:
        return parse_due_date(value)
    except InputError:
        example = due_text(dt.date.today() + dt.timedelta(days=14))
        raise InputError(QCoreApplication.translate(
            "NextStepsArea",
            "“{text}” is not a date; type it as {example}, or leave it empty for no due date."
        ).format(text=value, example=example), field="due date") from None


class DueEditor(QLineEdit):
    """The due date as text in the interface's format; Up and Down move it by a day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueEditor")
        self.setAccessibleName(QCoreApplication.translate("NextStepsArea", "Due date"))
        example = due_text(dt.date.today())
        self.setPlaceholderText(QCoreApplication.translate(
            "NextStepsArea", "{example}; empty: no due date").format(example=example))
        self.setToolTip(QCoreApplication.translate(
            "NextStepsArea",
            "Type the date as {example}; Up and Down move it by a day; empty means no due date"
        ).format(example=example))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is not None:
            try:
                value = parse_due(self.text()) or dt.date.today() - dt.timedelta(days=step)
            except InputError:
                value = dt.date.today() - dt.timedelta(days=step)
            self.setText(due_text(value + dt.timedelta(days=step)))
            return
        super().keyPressEvent(event)


class CheckedDelegate(QStyledItemDelegate):
    """An editor whose text is checked before it is saved: Return, Enter and Tab on text
    that does not check leave the editor open and emit `problem`."""

    problem = Signal(str)

    def value(self, editor: QLineEdit) -> Any:
        """What the text means (raises InputError)."""
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QLineEdit) and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if Qt.Key(event.key()) in _COMMIT_KEYS:
                try:
                    self.value(watched)
                except InputError as exc:
                    self.problem.emit(exc.message)
                    watched.setFocus()
                    return True
        return super().eventFilter(watched, event)

    def setModelData(self, editor: QWidget, model: Any,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        try:
            value = self.value(editor)
        except InputError as exc:  # left by a click elsewhere: said, and nothing changes
            self.problem.emit(exc.message + " " + QCoreApplication.translate(
                "NextStepsArea", "Nothing was changed."))
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class OwnerDelegate(CheckedDelegate):
    """The Owner cell: any person or organisation, typed; emptied, the step has no owner."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owners = Owners()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = OwnerEditor(self.owners, parent)
        editor.list_completer.activated.connect(lambda _text: self._picked(editor))
        return editor

    def _picked(self, editor: OwnerEditor) -> None:
        """Chosen from the list (Return or a click): saved at once."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
                      ) -> None:
        assert isinstance(editor, OwnerEditor)
        editor.original = (str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                           str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.setText(editor.original[0])
        editor.selectAll()

    def value(self, editor: QLineEdit) -> Any:
        assert isinstance(editor, OwnerEditor)
        shown, key = editor.original
        if " ".join(editor.text().split()) == " ".join(shown.split()):
            return key  # untouched (also a name typed freely in live mode): as it is
        return self.owners.resolve(editor.text())


class DueDelegate(CheckedDelegate):
    """The Due cell: a date typed in the interface's format, or nothing."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        return DueEditor(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex
                      ) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText(due_text(value if isinstance(value, dt.date) else None))
        editor.selectAll()

    def value(self, editor: QLineEdit) -> Any:
        return parse_due(editor.text())
