"""The agenda editor: timed items per day, drag and drop or Ctrl+↑/↓ to reorder, time zones.

Every change is saved at once through organiser.services.agenda and is a step of the undo
stack. The table is organiser.ui.agenda.model, the form beside it organiser.ui.agenda.form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from organiser.ui.agenda.form import AgendaItemForm
from organiser.ui.agenda.model import AgendaModel
from organiser.ui.agenda.undo import AgendaChange
from organiser.ui.labels import local_datetime
from organiser.ui.views import select_row
from organiser.ui.widgets import fit_to_screen

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.agenda import Agenda, AgendaRow, PresenterChoice

FAILED = object()  # what _guard returns when the service refused
CONFLICT = object()  # ... when someone else had changed the item since the form showed it


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
        self._form_item_id: int | None = None  # the item whose fields the form shows
        invitees = agenda.invitees(db, event_id)
        self._build_table()
        self._build_zone_choice(invitees)
        self.status = QLabel(self)
        self.status.setObjectName("agendaStatus")
        self.status.setWordWrap(True)
        self.form = AgendaItemForm(invitees, self)
        self.form.save_requested.connect(lambda: self.save_form())  # no select_id
        self.form.day_start.editingFinished.connect(self.set_day_start)
        buttons, templates = self._build_buttons()
        self._build_undo_redo(buttons)
        self._build_shortcuts()
        self._lay_out(buttons, templates)
        fit_to_screen(self, 1240, 680)
        self.reload()

    def _build_table(self) -> None:
        self.model = AgendaModel(self, self)
        self.table = QTableView(self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleDescription(self.tr(
            "The items in order, with start times; Ctrl+N adds one, Delete deletes, Ctrl+↑ and "
            "Ctrl+↓ move the chosen item."))
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
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._row_changed(current.row()))

    def _build_zone_choice(self, invitees: list[PresenterChoice]) -> None:
        """A second time zone to show the times in: those of the invitees."""
        self.zone = QComboBox(self)
        self.zone.setObjectName("attendeeZone")
        self.zone.addItem(self.tr("(no second time zone)"), None)
        zones: dict[str, list[str]] = {}
        for choice in invitees:
            if choice.timezone and choice.timezone != self.agenda.timezone:
                zones.setdefault(choice.timezone, []).append(choice.name)
        for zone, names in sorted(zones.items()):
            shown = ", ".join(names[:2]) + ("…" if len(names) > 2 else "")
            self.zone.addItem(f"{zone} ({shown})", zone)
        self.zone.currentIndexChanged.connect(lambda _i: self.reload())
        self.zone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(16)

    def _build_buttons(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Two rows, so that the editor fits a 1280-pixel laptop in every language: the
        edits, and the copies and templates."""
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
        return buttons, templates

    def _build_shortcuts(self) -> None:
        """The editor's keys as actions with a name, so that F1 (Help › Keyboard shortcuts)
        lists them from the actions themselves."""
        for text, keys, slot, where in (
                (self.tr("Add item"), "Ctrl+N", self.add_item, self),
                (self.tr("Move item up"), "Ctrl+Up", lambda: self.move_selected(-1), self),
                (self.tr("Move item down"), "Ctrl+Down", lambda: self.move_selected(1), self),
                (self.tr("Delete item"), QKeySequence(Qt.Key.Key_Delete), self.delete_item,
                 self.table),
                (self.tr("Keyboard shortcuts"), "F1", self.show_shortcuts, self)):
            action = QAction(text, where)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if where is self.table
                                      else Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, s=slot: s())
            where.addAction(action)

    def show_shortcuts(self) -> None:
        from organiser.ui.dialogs.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def _build_undo_redo(self, buttons: QHBoxLayout) -> None:
        """Undo and Redo, as actions of the window (their keys work from every field) and as
        buttons at the end of the first row."""
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

    def _lay_out(self, buttons: QHBoxLayout, templates: QHBoxLayout) -> None:
        """The zone and the templates on top, the buttons, then the table beside the form,
        the days' summary below."""
        buttons.addStretch(1)
        top = QHBoxLayout()
        zone_label = QLabel(self.tr("Times in {zone}; also show").format(
            zone=self.agenda.timezone))
        zone_label.setWordWrap(True)  # two lines rather than a window wider than the screen
        top.addWidget(zone_label)
        top.addWidget(self.zone, 1)
        top.addSpacing(12)
        top.addLayout(templates)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.form)
        from organiser.ui.conflict import ConflictPanel

        # a save refused because the item changed elsewhere; the form as it was filled
        self.conflict = ConflictPanel(side)
        self.conflict.reload_requested.connect(self.reload_after_conflict)
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
        return item is not None and self.form.differs_from(item)

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
        self.form.show_item(item, self.agenda)
        self.conflict.hide()

    def reload_after_conflict(self) -> None:
        """Show the item as stored now, keeping what the user typed in the form."""
        from organiser.ui.conflict import merge_into_form

        item = self.form_item()
        if item is None:
            return
        mine, base = self.form.values(), self.form.base
        self._form_item_id = None  # reload shows the stored item; nothing is saved on the way
        self.reload(item.id)
        self._load_form(self.table.currentIndex().row())
        merge_into_form(self.conflict, base, mine, self.form.base, self.form.set_values,
                        self.form.field_labels)

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
        wanted = self.form.day_start.time()
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
        changes = self.form.changes()
        day = self.form.day.value()

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
            self.form.title_edit.setFocus()
            self.form.title_edit.selectAll()

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
                   lambda: agenda.delete_item(self.db, item.id, expected_version=item.version),
                   item.id)
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
