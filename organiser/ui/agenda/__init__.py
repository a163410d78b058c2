"""The agenda editor: timed items per day, drag and drop or Ctrl+↑/↓ to reorder, time zones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.enums import AgendaKind
from organiser.ui import colours
from organiser.ui.labels import enum_text, local_datetime
from organiser.ui.models.table import AnyIndex
from organiser.ui.views import select_row
from organiser.ui.widgets import fit_to_screen, label_for

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.agenda import Agenda, AgendaRow

ITEM_MIME = "application/x-organiser-agenda-item"
FAILED = object()  # what _guard returns when the service refused
CONFLICT = object()  # ... when someone else had changed the item since the form showed it


class AgendaModel(QAbstractTableModel):
    """Items of all days in order; rows move by drag and drop (the editor saves the move)."""

    HEADERS = [QT_TRANSLATE_NOOP("AgendaModel", "Day"), QT_TRANSLATE_NOOP("AgendaModel", "Start"),
               QT_TRANSLATE_NOOP("AgendaModel", "End"), QT_TRANSLATE_NOOP("AgendaModel", "Title"),
               QT_TRANSLATE_NOOP("AgendaModel", "Kind"), QT_TRANSLATE_NOOP("AgendaModel", "Min"),
               QT_TRANSLATE_NOOP("AgendaModel", "Presenter"),
               QT_TRANSLATE_NOOP("AgendaModel", "Attendee time")]

    def __init__(self, editor: AgendaEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: list[AgendaRow] = []
        self.zone = ZoneInfo("UTC")
        self.other_zone: ZoneInfo | None = None

    def set_agenda(self, agenda: Agenda, other_zone: str | None) -> None:
        self.beginResetModel()
        self.rows = list(agenda.items)
        self.zone = ZoneInfo(agenda.timezone)
        self.other_zone = ZoneInfo(other_zone) if other_zone else None
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 7 and self.other_zone is not None:
                return self.tr("Time in {zone}").format(zone=self.other_zone.key)
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.day)
            if column == 1:
                return f"{row.start.astimezone(self.zone):%H:%M}"
            if column == 2:
                return f"{row.end.astimezone(self.zone):%H:%M}"
            if column == 3:
                extra = (" " + self.tr("({count} open actions)").format(count=len(row.actions))
                         if row.actions else "")
                return row.title + extra
            if column == 4:
                return enum_text(row.kind)
            if column == 5:
                return str(row.duration_minutes)
            if column == 6:
                return row.presenter
            if column == 7 and self.other_zone is not None:
                start = row.start.astimezone(self.other_zone)
                end = row.end.astimezone(self.other_zone)
                day = start.date() - row.start.astimezone(self.zone).date()
                shift = (" " + self.tr("({days} day)").format(days=f"{day.days:+d}")
                         if day else "")
                return f"{start:%H:%M}–{end:%H:%M}{shift}"
        if role == Qt.ItemDataRole.ForegroundRole and row.overruns_day:
            return colours.foreground("alert")
        if role == Qt.ItemDataRole.ToolTipRole and row.overruns_day:
            return self.tr("This item ends after the day's end")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEM_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        if indexes:
            mime.setData(ITEM_MIME, QByteArray(str(self.rows[indexes[0].row()].id).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: AnyIndex) -> bool:
        if not data.hasFormat(ITEM_MIME):
            return False
        item_id = int(bytes(data.data(ITEM_MIME).data()).decode())
        if item_id not in {r.id for r in self.rows}:
            return False  # an item of another event's agenda editor
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        self.editor.drop_at(item_id, row)
        return False  # reloaded from the database


class AgendaChange(QUndoCommand):
    """One edit of the agenda: undo puts the agenda back as it was, redo as the edit left it."""

    def __init__(self, text: str, editor: AgendaEditor, before: list[dict[str, Any]],
                 after: list[dict[str, Any]], select_id: int | None) -> None:
        super().__init__(text)
        self.editor = editor
        self.before = before
        self.after = after
        self.select_id = select_id
        self._done = True  # the edit has just been made; the stack's first redo skips it
        # the agenda as this editor last left it: an undo or redo over someone else's edit
        # made since is refused, not applied over theirs
        self.expected = after

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)

    def _restore(self, saved: list[dict[str, Any]]) -> None:
        now = self.editor.restore(saved, self.select_id, expected=self.expected)
        if now is not None:
            self.expected = now


class AgendaEditor(QDialog):
    """Every change is saved at once through the agenda services, and can be undone."""

    def __init__(self, db: Database, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from organiser.services import agenda

        self.db = db
        self.event_id = event_id
        self.setObjectName("agendaEditor")
        self.undo_stack = QUndoStack(self)
        self.agenda: Agenda = agenda.get_agenda(db, event_id)
        self.setWindowTitle(self.tr("Agenda — {title}").format(title=self.agenda.title))
        self.model = AgendaModel(self, self)
        self.table = QTableView(self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Agenda items"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        # DragDrop rather than InternalMove: the model takes only its own items (moved through
        # the service, never removed by the view), and drops are then deliverable to the
        # viewport by a test, as InternalMove insists on the QDrag of a real platform drag
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._form_item_id: int | None = None  # the item whose fields the form shows
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._row_changed(current.row()))

        self.zone = QComboBox(self)
        self.zone.setObjectName("attendeeZone")
        self.zone.addItem(self.tr("(no second time zone)"), None)
        zones: dict[str, list[str]] = {}
        for choice in agenda.invitees(db, event_id):
            if choice.timezone and choice.timezone != self.agenda.timezone:
                zones.setdefault(choice.timezone, []).append(choice.name)
        for zone, names in sorted(zones.items()):
            shown = ", ".join(names[:2]) + ("…" if len(names) > 2 else "")
            self.zone.addItem(f"{zone} ({shown})", zone)
        self.zone.currentIndexChanged.connect(lambda _i: self.reload())
        self.status = QLabel(self)
        self.status.setObjectName("agendaStatus")
        self.status.setWordWrap(True)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("itemTitle")
        self.kind = QComboBox(self)
        self.kind.setObjectName("itemKind")
        for kind in AgendaKind:
            self.kind.addItem(enum_text(kind, capital=True), kind.value)
        self.duration = QSpinBox(self)
        self.duration.setObjectName("itemDuration")
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.day = QSpinBox(self)
        self.day.setObjectName("itemDay")
        self.day.setRange(1, 30)
        self.day_start = QTimeEdit(self)
        self.day_start.setObjectName("dayStart")
        self.day_start.setDisplayFormat("HH:mm")
        self.day_start.setKeyboardTracking(False)
        self.day_start.editingFinished.connect(self.set_day_start)
        self.day_start_note = QLabel(self)
        self.day_start_note.setObjectName("dayStartNote")
        day_start_row = QWidget(self)
        row_layout = QHBoxLayout(day_start_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.day_start)
        row_layout.addWidget(self.day_start_note, 1)
        day_start_label = QLabel(self.tr("Day &starts at"), self)
        label_for(day_start_label, self.day_start)
        self.presenter = QComboBox(self)
        self.presenter.setObjectName("itemPresenter")
        self.presenter.setEditable(True)
        self.presenter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.presenter.addItem("", None)
        for choice in agenda.invitees(db, event_id):
            self.presenter.addItem(choice.name, choice.person_id)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("itemNotes")
        self.notes.setMaximumHeight(80)
        self.actions_label = QLabel(self)
        self.actions_label.setWordWrap(True)
        self.actions_label.setTextFormat(Qt.TextFormat.PlainText)
        apply = QPushButton(self.tr("Save item"), self)
        apply.setObjectName("saveItem")
        apply.setAutoDefault(False)
        apply.clicked.connect(lambda: self.save_form())  # not clicked(bool) as select_id
        form = QFormLayout()
        self.field_labels: dict[str, str] = {}
        for name, label, widget in (("title", self.tr("&Title"), self.title_edit),
                                    ("kind", self.tr("&Kind"), self.kind),
                                    ("duration_minutes", self.tr("D&uration"), self.duration),
                                    ("day", self.tr("Da&y"), self.day),
                                    ("", day_start_label, day_start_row),
                                    ("presenter", self.tr("&Presenter"), self.presenter),
                                    ("notes", self.tr("&Notes"), self.notes)):
            form.addRow(label, widget)
            if name:
                self.field_labels[name] = str(label).replace("&", "")
        form.addRow(apply)
        form.addRow(self.actions_label)
        self.title_edit.returnPressed.connect(self.save_form)
        for field in (self.kind, self.duration, self.day, self.presenter):
            field.installEventFilter(self)  # Return saves from every one-line field

        # two rows, so that the editor fits a 1280-pixel laptop in every language
        buttons = QHBoxLayout()
        templates = QHBoxLayout()
        for row, text, slot, name in (
                (buttons, self.tr("Add item (Ctrl+N)"), self.add_item, "addItem"),
                (buttons, self.tr("Delete (Del)"), self.delete_item, "deleteItem"),
                (buttons, self.tr("Up (Ctrl+↑)"), lambda: self.move_selected(-1), "moveUp"),
                (buttons, self.tr("Down (Ctrl+↓)"), lambda: self.move_selected(1), "moveDown"),
                (templates, self.tr("Copy from event…"), self.copy_from, "copyFrom"),
                (templates, self.tr("Save as template…"), self.save_template, "saveTemplate"),
                (templates, self.tr("Apply template…"), self.apply_template, "applyTemplate")):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
        for key, slot in (("Ctrl+N", self.add_item), ("Ctrl+Up", lambda: self.move_selected(-1)),
                          ("Ctrl+Down", lambda: self.move_selected(1))):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        for action, name in ((self.undo_action, "undoButton"), (self.redo_action, "redoButton")):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
            tool = QToolButton(self)
            tool.setObjectName(name)
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(tool)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_item)

        buttons.addStretch(1)
        top = QHBoxLayout()
        zone_label = QLabel(self.tr("Times in {zone}; also show").format(
            zone=self.agenda.timezone))
        zone_label.setWordWrap(True)  # two lines rather than a window wider than the screen
        top.addWidget(zone_label)
        top.addWidget(self.zone, 1)
        top.addSpacing(12)
        top.addLayout(templates)
        self.zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(16)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(form)
        from organiser.ui.conflict import ConflictPanel

        # a save refused because the item changed elsewhere; the form as it was filled
        self.conflict = ConflictPanel(side)
        self.conflict.reload_requested.connect(self.reload_after_conflict)
        self.form_base: dict[str, Any] = {}
        side_layout.addWidget(self.conflict)
        side_layout.addStretch(1)  # the form stays compact at the top
        side.setMaximumWidth(420)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        fit_to_screen(self, 1240, 680)
        self.reload()

    # --- loading ----------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        from organiser.services import agenda

        if select_id is None:
            current = self.selected()
            select_id = current.id if current else None
        self.agenda = agenda.get_agenda(self.db, self.event_id)
        self.model.set_agenda(self.agenda, self.zone.currentData())
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rows = [r.id for r in self.agenda.items]
        if select_id in rows:
            select_row(self.table, rows.index(select_id))
        elif rows:
            select_row(self.table, 0)
        messages = []
        zone = ZoneInfo(self.agenda.timezone)
        for day in range(1, self.agenda.days + 1):
            items = self.agenda.day_items(day)
            if not items:
                continue
            end = items[-1].end
            limit = self.agenda.day_ends[day]
            text = self.tr("Day {day}: {start}–{end}").format(
                day=day, start=local_datetime(items[0].start.astimezone(zone), "ddd dd MMM HH:mm"),
                end=f"{end.astimezone(zone):%H:%M}")
            if end > limit:
                over = int((end - limit) / dt.timedelta(minutes=1))
                text += " — " + self.tr("runs {minutes} min past its end ({end})").format(
                    minutes=over, end=f"{limit.astimezone(zone):%H:%M}")
            messages.append(text)
        self.status.setText("\n".join(messages) or self.tr("No items yet: Ctrl+N adds one."))

    def selected(self) -> AgendaRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _row_changed(self, row: int) -> None:
        """Another row chosen: what was typed for the previous item is saved first."""
        if self.form_modified():
            target = self.model.rows[row].id if 0 <= row < len(self.model.rows) else None
            self.save_form(select_id=target)
            return
        self._load_form(row)

    def form_item(self) -> AgendaRow | None:
        if self._form_item_id is None:
            return None
        return next((i for i in self.agenda.items if i.id == self._form_item_id), None)

    def form_modified(self) -> bool:
        """The fields differ from the stored item they show (typed, not yet saved)."""
        item = self.form_item()
        if item is None:
            return False
        return (self.title_edit.text().strip() != item.title
                or self.kind.currentData() != item.kind.value
                or self.duration.value() != item.duration_minutes
                or self.day.value() != item.day
                or self.presenter.currentText().strip() != (item.presenter or "")
                or self.notes.toPlainText() != item.notes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if isinstance(watched, QAbstractSpinBox):
                watched.interpretText()
            self.save_form()
            return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        """Closing (Escape, Close) keeps what was typed in the form."""
        if self.form_modified() and not self.save_form():
            return  # changed elsewhere meanwhile: the panel says so, the typing stays
        super().done(result)

    def _load_form(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            return
        item = self.model.rows[row]
        self._form_item_id = item.id
        self.title_edit.setText(item.title)
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
        self.duration.setValue(item.duration_minutes)
        self.day.setValue(item.day)
        if item.presenter_id is not None:
            self.presenter.setCurrentIndex(max(0, self.presenter.findData(item.presenter_id)))
        else:
            self.presenter.setCurrentIndex(0)
            self.presenter.setEditText(item.presenter)
        self.notes.setPlainText(item.notes)
        self._load_day_start(item.day)
        if item.actions:
            self.actions_label.setText(
                self.tr("Open actions from earlier events:") + "\n"
                + "\n".join(f"• {a.label()}" for a in item.actions))
        else:
            self.actions_label.setText("")
        self.form_base = self._form_values()
        self.conflict.hide()

    def _form_values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text(), "kind": self.kind.currentData(),
                "duration_minutes": self.duration.value(), "day": self.day.value(),
                "presenter": self.presenter.currentText(), "notes": self.notes.toPlainText()}

    def _set_form_values(self, values: dict[str, Any]) -> None:
        if "title" in values:
            self.title_edit.setText(values["title"])
        if "kind" in values:
            self.kind.setCurrentIndex(self.kind.findData(values["kind"]))
        if "duration_minutes" in values:
            self.duration.setValue(values["duration_minutes"])
        if "day" in values:
            self.day.setValue(values["day"])
        if "presenter" in values:
            found = self.presenter.findText(values["presenter"])
            if found >= 0:
                self.presenter.setCurrentIndex(found)
            else:
                self.presenter.setEditText(values["presenter"])
        if "notes" in values:
            self.notes.setPlainText(values["notes"])

    def reload_after_conflict(self) -> None:
        """Show the item as stored now, keeping what the user typed in the form."""
        from organiser.ui.conflict import merge_into_form

        item = self.form_item()
        if item is None:
            return
        mine, base = self._form_values(), self.form_base
        self._form_item_id = None  # reload shows the stored item; nothing is saved on the way
        self.reload(item.id)
        self._load_form(self.table.currentIndex().row())
        merge_into_form(self.conflict, base, mine, self.form_base, self._set_form_values,
                        self.field_labels)

    def _load_day_start(self, day: int) -> None:
        zone = ZoneInfo(self.agenda.timezone)
        start = self.agenda.day_starts.get(day)
        self.day_start.blockSignals(True)
        if start is not None:
            local = start.astimezone(zone)
            self.day_start.setTime(QTime(local.hour, local.minute))
        self.day_start.blockSignals(False)
        self.day_start.setEnabled(day > 1)
        self.day_start_note.setText(
            self.tr("day 1 starts with the event") if day == 1 else
            self.tr("day {day}; its items follow").format(day=day))

    # --- edits (each one a step of the undo stack) ------------------------------------

    def _guard(self, call: Any, *args: Any, conflicts: bool = True, **kwargs: Any) -> Any:
        """Run a service call; a refusal is shown (a conflict in the form's panel, unless
        `conflicts` is False: then it is raised for the caller)."""
        from organiser.core.errors import ConflictError, OrganiserError

        try:
            return call(*args, **kwargs)
        except ConflictError as exc:
            if not conflicts:
                raise
            self.conflict.show_conflict(exc.message)
            return CONFLICT
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Agenda"), exc.message)
            return FAILED

    def _edit(self, text: str, action: Callable[[], Any], select_id: int | None = None) -> Any:
        """Make an edit and keep the agenda before and after it for undo and redo."""
        from organiser.services import agenda

        before = agenda.snapshot(self.db, self.event_id)
        result = self._guard(action)
        after = agenda.snapshot(self.db, self.event_id)
        if after != before:  # a refused edit changed nothing (one transaction)
            self.undo_stack.push(AgendaChange(text, self, before, after, select_id))
        return result

    def restore(self, saved: list[dict[str, Any]], select_id: int | None, *,
                expected: list[dict[str, Any]] | None = None) -> list[dict[str, Any]] | None:
        """Undo/redo: the agenda as `saved`; None when refused (the agenda was changed by
        someone else since: the editor then shows theirs and forgets its undo history)."""
        from organiser.core.errors import ConflictError
        from organiser.services import agenda
        from organiser.ui.conflict import tell_conflict

        self._form_item_id = None  # undo/redo: the form shows the agenda as restored
        try:
            result = self._guard(agenda.restore, self.db, self.event_id, saved,
                                 expected=expected, conflicts=False)
        except ConflictError as exc:
            self.reload(select_id)
            self._load_form(self.table.currentIndex().row())
            QTimer.singleShot(0, self.undo_stack.clear)  # its steps no longer apply
            tell_conflict(self, exc.message)
            return None
        if result is FAILED:
            return None
        self.reload(select_id)
        self._load_form(self.table.currentIndex().row())
        return list(result)

    def set_day_start(self) -> None:
        from organiser.services import agenda

        item = self.selected()
        if item is None or item.day < 2:
            return
        wanted = self.day_start.time()
        start = dt.time(wanted.hour(), wanted.minute())
        current = self.agenda.day_starts.get(item.day)
        zone = ZoneInfo(self.agenda.timezone)
        if current is not None and current.astimezone(zone).time() == start:
            return
        self._edit(self.tr("Start of day {day}").format(day=item.day),
                   lambda: agenda.set_day_start(self.db, self.event_id, item.day, start),
                   item.id)
        self.reload(item.id)

    def save_form(self, select_id: int | None = None) -> bool:
        """Save the fields into the item they show; then select `select_id` (else that item).

        False when the item was changed elsewhere since the form showed it (nothing saved).
        """
        from organiser.services import agenda

        item = self.form_item() or self.selected()
        if item is None:
            return True
        presenter_id = self.presenter.currentData() \
            if self.presenter.currentText() == self.presenter.itemText(
                self.presenter.currentIndex()) else None
        changes: dict[str, Any] = {
            "title": self.title_edit.text(), "kind": self.kind.currentData(),
            "duration_minutes": self.duration.value(), "notes": self.notes.toPlainText(),
            "presenter_id": presenter_id,
            "presenter_text": "" if presenter_id else self.presenter.currentText()}
        day = self.day.value()

        def save() -> None:
            agenda.update_item(self.db, item.id, expected_version=item.version, **changes)
            if day != item.day:
                agenda.move_item(self.db, item.id, day, 10_000)

        if self._edit(self.tr("Edit {title}").format(title=item.title), save,
                      item.id) is CONFLICT:
            self._hold_refused_item(item.id)
            return False  # the form keeps what was typed; the panel offers Reload
        self._form_item_id = None  # a refused change is not asked again for the next row
        self.reload(select_id if select_id is not None else item.id)
        self._load_form(self.table.currentIndex().row())
        return True

    def _hold_refused_item(self, item_id: int) -> None:
        """Keep the refused item selected (and its typed fields) even if another row was
        chosen, without saving it again."""
        rows = [r.id for r in self.model.rows]
        if item_id in rows and self.table.currentIndex().row() != rows.index(item_id):
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            select_row(self.table, rows.index(item_id))
            selection.blockSignals(False)
            self.table.viewport().update()

    def add_item(self) -> None:
        from organiser.services import agenda

        current = self.selected()
        day = current.day if current else 1
        position = current.position + 1 if current else None
        new_id = self._edit(self.tr("Add item"), lambda: agenda.add_item(
            self.db, self.event_id, self.tr("New item"), day=day, position=position))
        if new_id is not FAILED:
            self.reload(new_id)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def delete_item(self) -> None:
        from organiser.services import agenda

        item = self.selected()
        if item is None:
            return
        if item.minutes and QMessageBox.question(
                self, self.tr("Delete"),
                self.tr("{title} has minutes. Delete it anyway?").format(title=item.title)) != \
                QMessageBox.StandardButton.Yes:
            return
        self._edit(self.tr("Delete {title}").format(title=item.title),
                   lambda: agenda.delete_item(self.db, item.id), item.id)
        self.reload()

    def move_selected(self, step: int) -> None:
        from organiser.services import agenda

        item = self.selected()
        if item is None:
            return
        day_items = self.agenda.day_items(item.day)
        index = [i.id for i in day_items].index(item.id)
        target = index + step
        if target < 0:
            if item.day == 1:
                return
            day, position = item.day - 1, 10_000  # to the end of the previous day
        elif target >= len(day_items):
            day, position = item.day + 1, 0
        else:
            day, position = item.day, target
        self._edit(self.tr("Move {title}").format(title=item.title),
                   lambda: agenda.move_item(self.db, item.id, day, position), item.id)
        self.reload(item.id)

    def drop_at(self, item_id: int, row: int) -> None:
        """Dropped above table row `row`: take that row's day and place."""
        from organiser.services import agenda

        rows = self.model.rows
        if row >= len(rows):
            day, position = rows[-1].day, 10_000
        else:
            target = rows[row]
            day = target.day
            same_day = [r.id for r in rows if r.day == day]
            position = same_day.index(target.id)
            moving = next(r for r in rows if r.id == item_id)
            if moving.day == day and same_day.index(item_id) < position:
                position -= 1
        title = next(r.title for r in rows if r.id == item_id)
        self._edit(self.tr("Move {title}").format(title=title),
                   lambda: agenda.move_item(self.db, item_id, day, position), item_id)
        self.reload(item_id)

    def copy_from(self) -> None:
        from organiser.services import agenda

        sources = agenda.earlier_events(self.db, self.event_id)
        if not sources:
            QMessageBox.information(self, self.tr("Copy"),
                                    self.tr("No other event has an agenda yet."))
            return
        labels = [self.tr("{name} ({count} items)").format(name=title, count=n)
                  for _i, title, n in sources]
        choice, ok = QInputDialog.getItem(self, self.tr("Copy an agenda"), self.tr("From:"),
                                          labels, 0, False)
        if ok:
            source = sources[labels.index(choice)][0]
            replace = not self.agenda.items or self._confirm_replace()
            self._edit(self.tr("Copy an agenda"), lambda: agenda.copy_agenda(
                self.db, source, self.event_id, replace=replace))
            self.reload()

    def _confirm_replace(self) -> bool:
        return QMessageBox.question(
            self, self.tr("Agenda"),
            self.tr("Replace the current items? (No adds the copied items after them)")
        ) == QMessageBox.StandardButton.Yes

    def save_template(self) -> None:
        from organiser.services import agenda

        name, ok = QInputDialog.getText(self, self.tr("Save as template"),
                                        self.tr("Name of the template:"))
        if ok and name.strip() and self._guard(
                agenda.save_template, self.db, self.event_id, name) is not FAILED:
            self.status.setText(
                self.tr("Saved the template {name}.").format(name=repr(name.strip())))

    def apply_template(self) -> None:
        from organiser.services import agenda

        templates = agenda.list_templates(self.db)
        if not templates:
            QMessageBox.information(self, self.tr("Templates"),
                                    self.tr("No template yet: save one first."))
            return
        labels = [self.tr("{name} ({count} items)").format(name=name, count=n)
                  for _i, name, n in templates]
        choice, ok = QInputDialog.getItem(self, self.tr("Apply a template"), self.tr("Template:"),
                                          labels, 0,
                                          False)
        if ok:
            template = templates[labels.index(choice)][0]
            replace = not self.agenda.items or self._confirm_replace()
            self._edit(self.tr("Apply a template"), lambda: agenda.apply_template(
                self.db, template, self.event_id, replace=replace))
            self.reload()
