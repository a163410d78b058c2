"""Events area: the events in a sortable table, the selected event's invitations below it.

Creating, editing, duplicating and cancelling events, calendar files and replies live here;
other features add their own actions on the selected event with `add_event_action`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
)

from organiser.ui.areas.base import Area
from organiser.ui.labels import counted, number
from organiser.ui.models.events_table import EventsTableModel
from organiser.ui.views import select_row, size_columns_from_sample, stretch_column

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.event_list import EventRow
    from organiser.services.events import EventChange
    from organiser.services.replies import ReplyResult
    from organiser.ui.main_window import MainWindow


EVENT_MENU = QT_TRANSLATE_NOOP("MainWindow", "Eve&nt")  # Alt+E is Edit, Alt+V View
# actions of a group share one drop-down button, so the toolbar fits a laptop in any language
GROUPS = {"documents": QT_TRANSLATE_NOOP("EventsArea", "Documents (PDF)"),
          "mail": QT_TRANSLATE_NOOP("EventsArea", "Mail")}
GROUP_OF = {"pdfAction_minutes": "documents", "pdfAction_agenda": "documents",
            "pdfAction_signin": "documents", "pdfAction_votes": "documents",
            "mailInvitations": "mail", "mailMinutes": "mail"}


def tooltip(action: QAction, tip: str = "") -> str:
    """What an action does and its key, instead of its label again."""
    text = tip or action.text().replace("&", "").rstrip("…").strip()
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


def _event_id(row: EventRow) -> int:
    return row.id


def _events(window: MainWindow) -> EventsArea:
    area = window.show_area("Events")
    assert isinstance(area, EventsArea)
    return area


class EventsArea(Area):
    title = "Events"
    object_name = "eventsArea"

    def __init__(self) -> None:
        super().__init__()
        self.model = EventsTableModel(self)  # sorts itself: no proxy (see SortedRowTableModel)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("eventsTable")
        self.table.setAccessibleDescription(self.tr(
            "One row per event; the chosen event's invitations are listed below. Ctrl+E edits it."))
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        stretch_column(self.table, 0)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.summary = QLabel(self)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("eventsToolbar")
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self._event_actions: list[QAction] = []
        self._groups: dict[str, QMenu] = {}
        self._add_editing_actions()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{QCoreApplication.translate('Area', 'Events')}</h2>"))
        layout.addWidget(self.toolbar)
        layout.addWidget(self._table_and_invitations(), 1)
        layout.addWidget(self.summary)
        from organiser.ui.live import install as install_live_mode  # Agenda… and Live mode…

        install_live_mode(self)

    @staticmethod
    def load(db: Database) -> list[EventRow]:
        from organiser.services.event_list import list_events

        return list_events(db)

    def show_loaded(self, data: list[EventRow] | None) -> None:
        if data is None:
            self.model.set_rows([])
            self.summary.setText(self.tr("No database open."))
            return
        self.show_rows(data)

    def show_rows(self, rows: list[EventRow]) -> None:
        """Fill the table (also used at start-up, before the database is fully open)."""
        selected = self.selected_event_id()
        first = self.model.rowCount() == 0
        self.model.update_rows(rows, _event_id)
        if first:  # columns fitted once, from a sample: the user's widths stay after that
            size_columns_from_sample(self.table, range(1, self.model.columnCount()))
        if selected is not None and self.selected_event_id() != selected:
            self.select_event(selected)
        self._update_actions()
        self._update_summary()

    def _update_summary(self) -> None:
        self.summary.setText(self.tr("{count} events").format(
            count=number(self.model.rowCount())))

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the events again, and the invitations shown (a colleague's reply shows)."""
        super().refresh(then)
        if self.invitations.event_id is not None:
            self.invitations.reload()

    def reload_event(self, event_id: int) -> None:
        """After this window changed one event: that row alone is read again."""
        if self.db is None:
            return
        from organiser.services.event_list import event_list_row

        row = event_list_row(self.db, event_id)
        if row is None:
            self.model.remove_key(event_id, _event_id)
        else:
            self.model.upsert(row, _event_id)
        self._update_actions()
        self._update_summary()

    # --- actions on the selected event (other features plug in here) ------------------

    def selected_event_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(self.model.row_at(rows[0].row()).id)

    def select_event(self, event_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == event_id:
                select_row(self.table, row)
                return True
        return False

    def add_event_action(self, text: str, handler: Callable[[int], None],
                         shortcut: str | None = None, object_name: str = "") -> QAction:
        """A toolbar action that runs `handler(event_id)` on the selected event."""
        action = QAction(text, self)
        if object_name:
            action.setObjectName(object_name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: self._run_event_action(handler))
        action.setEnabled(False)
        action.setToolTip(tooltip(action))
        group = GROUP_OF.get(object_name)
        if group is None:
            self.toolbar.addAction(action)
        else:
            self._group_menu(group).addAction(action)
        self.addAction(action)
        self._event_actions.append(action)
        return action

    def _group_menu(self, group: str) -> QMenu:
        if group not in self._groups:
            menu = QMenu(self)
            button = QToolButton(self)
            button.setObjectName(f"{group}Button")
            button.setText(self.tr(str(GROUPS[group])))
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.toolbar.addWidget(button)
            self._groups[group] = menu
        return self._groups[group]

    def event_menu_actions(self) -> list[QAction | None]:
        """Every action on events, in toolbar order, for the window's Event menu (None: a
        separator)."""
        result: list[QAction | None] = [self.new_action, None]
        grouped: dict[str, list[QAction]] = {}
        for action in self._event_actions:
            group = GROUP_OF.get(action.objectName())
            if group is None:
                result.append(action)
            else:
                grouped.setdefault(group, []).append(action)
        for actions in grouped.values():
            result.append(None)
            result.extend(actions)
        return result

    def _run_event_action(self, handler: Callable[[int], None]) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            handler(event_id)

    def _update_actions(self) -> None:
        enabled = self.selected_event_id() is not None
        for action in self._event_actions:
            action.setEnabled(enabled)

    # --- editing, invitations, calendar files and replies ------------------------------

    def _table_and_invitations(self) -> QSplitter:
        from organiser.ui.dialogs.event_invitations import InvitationsPanel

        self.invitations = InvitationsPanel(self)
        self.invitations.write_guard = self.own_write  # the panel shows its changes itself
        self.invitations.changed.connect(self._invitations_changed)
        self.invitations.status.connect(self.status_message.emit)
        self.table.selectionModel().selectionChanged.connect(self._show_invitations)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("eventsSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.invitations)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.invitations.show_event(None, None)
        return splitter

    def _invitations_changed(self) -> None:
        event_id = self.selected_event_id()
        if event_id is not None:
            self.reload_event(event_id)

    def _show_invitations(self) -> None:
        self.invitations.show_event(self.db, self.selected_event_id())

    def _add_editing_actions(self) -> None:
        self.new_action = QAction(self.tr("&New event…"), self)
        self.new_action.setObjectName("newEvent")
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(lambda _=False: self.new_event())
        self.new_action.setToolTip(tooltip(self.new_action))
        self.toolbar.addAction(self.new_action)
        self.addAction(self.new_action)
        self.edit_action = self.add_event_action(self.tr("&Edit…"), self.edit_event, "Ctrl+E",
                                                 "editEvent")
        self.duplicate_action = self.add_event_action(self.tr("&Duplicate"),
                                                      self.duplicate_event, "Ctrl+D",
                                                      "duplicateEvent")
        self.cancel_action = self.add_event_action(self.tr("&Cancel event…"), self.cancel_event,
                                                   None, "cancelEvent")
        self.ics_action = self.add_event_action(self.tr("Calendar &file…"),
                                                self.save_calendar_file,
                                                None, "saveCalendarFile")
        self.table.doubleClicked.connect(lambda _index: self._run_event_action(self.edit_event))

    def _report(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Events"), str(exc))

    def new_event(self) -> int | None:
        if self.db is None:
            return None
        from organiser.ui.dialogs.event_editor import EventEditorDialog

        dialog = EventEditorDialog(self.db, None, self)
        dialog.write_guard = self.own_write  # the row is shown here, not by a reload
        if dialog.exec() != EventEditorDialog.DialogCode.Accepted or dialog.event_id is None:
            return None
        self.reload_event(dialog.event_id)
        self.select_event(dialog.event_id)
        self.status_message.emit(self.tr("Event created; add people below."))
        return dialog.event_id

    def edit_event(self, event_id: int) -> None:
        if self.db is None:
            return
        from organiser.ui.dialogs.event_editor import EventEditorDialog

        dialog = EventEditorDialog(self.db, event_id, self)
        dialog.write_guard = self.own_write  # the row is shown here, not by a reload
        if dialog.exec() == EventEditorDialog.DialogCode.Accepted:
            self.reload_event(event_id)
            if self.invitations.event_id == event_id:  # local times, answers a new time reset
                self.invitations.reload()
            self.status_message.emit(self.saved_message(dialog.change))

    def saved_message(self, change: EventChange | None) -> str:
        """What a save did to the invitations (a new time or place asks everyone again)."""
        if change is None or not change.bumped:
            return self.tr("Event saved.")
        if change.answers_reset:
            reset = change.answers_reset
            return counted(self.tr("Event saved: SEQUENCE {sequence}, %Ln answer(s) reset to "
                                   "needs action. Send the update: Mail invitations.", "", reset),
                           reset).format(sequence=change.sequence)
        return self.tr("Event saved: SEQUENCE {sequence}. Send the update: Mail "
                       "invitations.").format(sequence=change.sequence)

    def duplicate_event(self, event_id: int) -> None:
        if self.db is None:
            return
        from organiser.core.errors import OrganiserError
        from organiser.services.events import duplicate_event

        try:
            with self.own_write():
                copy = duplicate_event(self.db, event_id)
        except OrganiserError as exc:
            self._report(exc)
            return
        self.reload_event(copy)
        self.select_event(copy)
        self.status_message.emit(
            self.tr("Copy made as a draft, with the same invitees; edit its dates."))

    def cancel_event(self, event_id: int, *, confirm: bool = True, mail: bool = False) -> None:
        if self.db is None:
            return
        from organiser.core.errors import ConflictError, OrganiserError
        from organiser.services.events import cancel_event

        # the event as the list shows it: a colleague's change since is not cancelled unseen
        shown = next((row.version for row in self.model.rows() if row.id == event_id), None)
        question = self.tr("Cancel this event? Every invitee then needs the cancellation (the "
                           "event's calendar file becomes a CANCEL).")
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the event"), question,
                              parent=self)
            box.setObjectName("cancelEventQuestion")
            with_mail = box.addButton(self.tr("Cancel and mail the cancellations…"),
                                      QMessageBox.ButtonRole.AcceptRole)
            with_mail.setObjectName("cancelAndMail")
            only = box.addButton(self.tr("Cancel the event only"),
                                 QMessageBox.ButtonRole.DestructiveRole)
            only.setObjectName("cancelOnly")
            keep = box.addButton(self.tr("Keep the event"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(with_mail)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() not in (with_mail, only):
                return
            mail = box.clickedButton() is with_mail
        try:
            with self.own_write():
                cancel_event(self.db, event_id, expected_version=shown)
        except ConflictError as exc:
            from organiser.ui.conflict import tell_conflict

            self.reload_event(event_id)  # the list shows it as stored now
            tell_conflict(self, exc.message)
            return
        except OrganiserError as exc:
            self._report(exc)
            mail = False
        self.reload_event(event_id)
        if mail:
            from organiser.ui.dialogs.outbox import mail_event

            line = mail_event(self, self.db, event_id, "cancellations")
            if line:
                self.status_message.emit(line)

    def save_calendar_file(self, event_id: int, path: str | None = None) -> None:
        """The current REQUEST (or the CANCEL of a cancelled event) as an .ics file."""
        if self.db is None:
            return
        from organiser.core.errors import OrganiserError
        from organiser.services.calendar_files import request_calendar

        try:
            data = request_calendar(self.db, event_id)
        except OrganiserError as exc:
            self._report(exc)
            return
        if path is None:
            from organiser.exporters.pdf import suggested_filename
            from organiser.services.events import event_details
            from organiser.ui.file_dialogs import get_save_file_name

            details = event_details(self.db, event_id)  # "Title - 2027-02-09.ics"
            name = suggested_filename("", details["title"], (details["start"] or "")[:10])
            path, _ = get_save_file_name(self, self.tr("Save the calendar file"),
                                         name[:-len(".pdf")] + ".ics",
                                         self.tr("iCalendar (*.ics)"))
        if path and self._write(path, data):
            self.status_message.emit(self.tr("Calendar file written to {path}").format(path=path))

    def _write(self, path: str, data: bytes) -> bool:
        """The file whole or not at all; a folder that is gone or read-only is said, in a
        message naming it, rather than raised as an unexpected error."""
        from organiser.core.errors import OrganiserError
        from organiser.core.files import write_atomic

        try:
            write_atomic(path, data)
        except OrganiserError as exc:
            self._report(exc)
            return False
        return True

    @classmethod
    def contribute_menus(cls, window: MainWindow) -> None:
        translate = QCoreApplication.translate
        import_replies = QAction(translate("EventsArea", "Import calendar &replies…"), window)
        import_replies.setObjectName("importReplies")
        import_replies.triggered.connect(
            lambda _=False: _events(window).choose_replies())
        feed = QAction(translate("EventsArea", "Export programme &calendar (.ics)…"), window)
        feed.setObjectName("exportFeed")
        feed.triggered.connect(lambda _=False: _events(window).save_feed())
        menu = window.menu("&File")
        existing = menu.actions()
        if existing:
            menu.insertActions(existing[0], [import_replies, feed])
            menu.insertSeparator(existing[0])
        else:
            menu.addActions([import_replies, feed])
        event_menu = window.menu(str(EVENT_MENU))
        event_menu.setObjectName("eventMenu")

        def fill() -> None:
            """Filled when opened: the area (and the actions others add to it) exist then."""
            event_menu.clear()
            area = window.area("Events")
            assert isinstance(area, EventsArea)
            for action in area.event_menu_actions():
                if action is None:
                    event_menu.addSeparator()
                else:
                    event_menu.addAction(action)

        event_menu.aboutToShow.connect(fill)

    def choose_replies(self) -> None:
        from organiser.ui.file_dialogs import get_open_file_names

        paths, _ = get_open_file_names(
            self, self.tr("Import calendar replies"), "",
            self.tr("Calendar replies (*.ics *.eml);;All files (*)"))
        if paths:
            self.open_files([Path(p) for p in paths])

    def save_feed(self, path: str | None = None) -> None:
        if self.db is None:
            return
        from organiser.services.calendar_files import feed_calendar

        if path is None:
            from organiser.ui.file_dialogs import get_save_file_name

            path, _ = get_save_file_name(self, self.tr("Export the programme calendar"),
                                                  "programme.ics", self.tr("iCalendar (*.ics)"))
        if path and self._write(path, feed_calendar(self.db)):
            self.status_message.emit(
                self.tr("Programme calendar written to {path}").format(path=path))

    @classmethod
    def accepts_file(cls, path: Path) -> bool:
        return path.suffix.lower() in (".ics", ".eml")

    def open_files(self, paths: list[Path]) -> None:
        """Calendar replies dropped on the window or chosen from File > Import replies."""
        if self.db is None:
            return
        from organiser.services.replies import import_replies

        results = import_replies(self.db, paths)
        self.refresh()
        self.show_reply_results(results)

    def show_reply_results(self, results: list[ReplyResult]) -> QMessageBox:
        """One line per file; counter-proposals and stale replies stand out (non-modal)."""
        from html import escape

        applied = sum(1 for r in results if r.applied)
        icons = {"applied": "✔", "duplicate": "=", "stale": "⚠", "counter": "↔",
                 "failed": "✘"}
        lines = "".join(
            f"<li>{icons[r.outcome.value]} <b>{escape(Path(r.file).name)}</b>: "
            f"{escape(r.message)}"
            + "".join(f"<br>⚠ {escape(w)}" for w in r.warnings) + "</li>" for r in results)
        box = QMessageBox(QMessageBox.Icon.Information
                          if applied == len(results) and not any(r.warnings for r in results)
                          else QMessageBox.Icon.Warning,
                          self.tr("Calendar replies"),
                          self.tr("{applied} of {total} replies applied.").format(
                              applied=applied, total=len(results)), parent=self)
        box.setObjectName("replyResults")
        box.setInformativeText(f"<ul>{lines}</ul>")
        box.setModal(False)
        box.show()
        self.reply_results = box
        last = next((r for r in reversed(results) if r.event_id is not None), None)
        if last is not None and last.event_id is not None:
            self.select_event(last.event_id)
            if last.email:
                self.invitations.select_email(last.email)
        self.status_message.emit(self.tr("{applied} of {total} calendar replies applied").format(
            applied=applied, total=len(results)))
        return box

