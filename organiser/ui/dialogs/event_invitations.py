"""The invitation list of one event: add people, set roles and replies, see the counts."""

from __future__ import annotations

from collections.abc import Callable, Collection
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.enums import Reply, Role
from organiser.core.text import email_key
from organiser.ui.labels import enum_text, number
from organiser.ui.models.invitations import InvitationsTableModel
from organiser.ui.models.table import SORT_ROLE
from organiser.ui.views import select_row, size_columns_from_sample
from organiser.ui.widgets import fit_to_screen, with_mnemonics

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.invitations import Choice, Counts
    from organiser.ui.dialogs.counter_proposals import CounterProposalsDialog


INVITED_ROLE = Qt.ItemDataRole.UserRole + 1  # a person on the list already


class AddInviteesDialog(QDialog):
    """Search people, organisations and tags as you type; tick them; choose the role."""

    def __init__(self, choices: list[Choice], parent: QWidget | None = None, *,
                 invited: set[int] | frozenset[int] = frozenset()) -> None:
        super().__init__(parent)
        self.setObjectName("addInviteesDialog")
        self.setWindowTitle(self.tr("Add people to the event"))
        self.choices = choices
        self.search = QLineEdit(self)
        self.search.setObjectName("inviteeSearch")
        self.search.setAccessibleName(self.tr("Find people to invite"))
        self.search.setPlaceholderText(self.tr("Name, address, organisation or tag…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("inviteeChoices")
        self.list.setAccessibleName(self.tr("People, organisations and tags"))
        self.list.setAccessibleDescription(self.tr(
            "Tick those to invite (Space); an organisation or a tag invites all its people."))
        self.role = QComboBox(self)
        self.role.setObjectName("inviteeRole")
        for role in Role:
            self.role.addItem(enum_text(role, capital=True), role.value)
        self.role.setCurrentIndex(self.role.findData(Role.PARTICIPANT.value))
        already = self.tr("already invited")
        for choice in choices:
            text = f"{choice.label}  —  {choice.detail}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            if choice.kind == "person" and choice.id in invited:
                # shown ticked and greyed, so the list says who is on it already
                item.setText(f"{text}  ({already})")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                item.setData(INVITED_ROLE, True)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.search.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Invite"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        role_row = QHBoxLayout()
        role_row.addWidget(QLabel(self.tr("Role:")))
        role_row.addWidget(self.role)
        role_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addLayout(role_row)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 480)

    def _filter(self, text: str) -> None:
        from organiser.core.text import fold

        words = fold(text).split()
        for row in range(self.list.count()):
            item = self.list.item(row)
            choice = item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(not all(w in choice.search_key for w in words))

    def check_visible(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden() and not item.data(INVITED_ROLE):
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[Choice]:
        """The ticked people and groups, those invited already left out."""
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())
                if self.list.item(r).checkState() == Qt.CheckState.Checked
                and not self.list.item(r).data(INVITED_ROLE)]


ONE_BY_ONE = 50  # lines changed at once that are read again one by one; more: all of them


def _invitation_id(row: Any) -> int:
    return int(row.id)


def _read_invitations(db: Database, event_id: int) -> tuple[list[Any], Counts, list[Any]]:
    """In a worker: the invitations, their counts and the proposals of another time."""
    from organiser.services.counters import list_counters
    from organiser.services.invitations import count_invitations, list_invitations

    rows = list_invitations(db, event_id)
    return rows, count_invitations(rows), list_counters(db, event_id)


class InvitationsPanel(QWidget):
    """Invitees of the selected event, their local start time, replies and counts."""

    changed = Signal()
    status = Signal(str)  # a line for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invitationsPanel")
        self.db: Database | None = None
        self.event_id: int | None = None
        self.open_counters = 0
        self._sized = False
        self._wanted_email = ""
        # around a change made here (the area's own_write: the window's change poll leaves
        # it to the panel, which shows it)
        self.write_guard: Callable[[], AbstractContextManager[Any]] = nullcontext
        self._build_table()
        self._build_labels()
        self._build_buttons()
        self._lay_out()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _build_table(self) -> None:
        """The invitations, sorted by a click on a heading (invitation order until then)."""
        self.model = InvitationsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("invitationsTable")
        self.table.setAccessibleDescription(self.tr(
            "The people invited to the chosen event, their role and their reply."))
        self.table.setAccessibleName(self.tr("Invitations"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)  # invitation order (chairs first, as invited) until a click
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

    def _build_labels(self) -> None:
        self.heading = QLabel("<b>" + self.tr("Invitations") + "</b>", self)
        self.counts = QLabel(self)
        self.counts.setObjectName("invitationCounts")
        self.counts.setWordWrap(True)

    def _build_buttons(self) -> None:
        """Add people, set the role or the reply, remove, and the proposals of another time."""
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addInvitees")
        self.add_button.setText(self.tr("Add people…"))
        self.add_button.clicked.connect(self.add_people)
        self.role_button = self._menu_button(
            self.tr("Role"), "setRole",
            [(enum_text(r, capital=True), r.value) for r in Role], self.set_role)
        self.reply_button = self._menu_button(
            self.tr("Reply"), "setReply",
            [(enum_text(r, capital=True), r.value) for r in Reply], self.set_reply)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeInvitees")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.counters_button = QToolButton(self)
        self.counters_button.setObjectName("counterProposals")
        self.counters_button.setText(self.tr("Proposals…"))
        self.counters_button.setToolTip(self.tr("Invitees' proposals of another time"))
        self.counters_button.clicked.connect(self.show_counters)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading)
        buttons.addStretch(1)
        for button in (self.add_button, self.role_button, self.reply_button, self.remove_button,
                       self.counters_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)

    def _menu_button(self, text: str, name: str, entries: list[tuple[str, str]],
                     slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # room for the menu arrow, which otherwise covers the end of a longer (translated) word
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 30)
        menu = QMenu(button)
        texts = with_mnemonics([label for label, _value in entries])
        for text, (_label, value) in zip(texts, entries, strict=True):
            action = QAction(text, menu)
            action.setObjectName(f"{name}:{value}")
            action.triggered.connect(lambda _=False, v=value: slot(v))
            menu.addAction(action)
        button.setMenu(menu)
        return button

    def show_event(self, db: Database | None, event_id: int | None) -> None:
        if (db, event_id) != (self.db, self.event_id):
            # another event's people are never shown, nor acted on, under this one
            self.model.set_rows([])
            self._sized = False
        self.db, self.event_id = db, event_id
        self.reload()

    def loading(self) -> bool:
        """The event's invitations are being read (the add button waits for them)."""
        from organiser.ui.background import reading

        return reading(self)

    def reload(self) -> None:
        """Read the event's invitations in a worker; the rows shown stay until they come."""
        from organiser.ui.background import QueryOp, forget

        if self.db is None or self.event_id is None:
            forget(self)
            self.model.set_rows([])
            self.table.resizeColumnsToContents()  # the headers whole, in every language
            self.counts.setText(self.tr("Select an event to see its invitations."))
            self._update_buttons()
            return
        db, event_id = self.db, self.event_id
        QueryOp(self, lambda: _read_invitations(db, event_id), self._show_loaded) \
            .failure(self._read_failed).latest().run()
        if not self.model.rowCount():
            self.counts.setText(self.tr("Loading the invitations…"))
        self._update_buttons()

    def _show_loaded(self, read: tuple[list[Any], Counts, list[Any]]) -> None:
        rows, counts, proposals = read
        self.model.update_rows(rows, _invitation_id)  # a changed line redrawn, the rest kept
        if not self._sized:  # fitted from a sample once per event: the user's widths stay
            size_columns_from_sample(self.table, range(self.model.columnCount()), cap=220)
            self._sized = True
        self.counts.setText(self._summary(counts))
        self.open_counters = sum(1 for p in proposals if p.status.value == "open")
        self.counters_button.setText(
            self.tr("Proposals ({count})…").format(count=number(self.open_counters))
            if self.open_counters else self.tr("Proposals…"))
        self.counters_button.setVisible(bool(proposals))
        self._update_buttons()
        if self._wanted_email:
            self.select_email(self._wanted_email)

    def _read_failed(self, exc: BaseException) -> None:
        """Said once (`report_error`); the panel no longer waits for the read that failed."""
        from organiser.ui.background import report_error

        self.counts.setText(self.tr("The invitations could not be read."))
        self._wanted_email = ""
        self._update_buttons()
        report_error(self, exc)

    def _summary(self, counts: Counts) -> str:
        """The counts line (services.invitations.Counts.summary) in the interface language."""
        def count(amount: int, value: Reply | Role) -> str:
            return self.tr("{count} {value}").format(count=number(amount), value=enum_text(value))

        replies = ", ".join(count(counts.by_reply[r], r) for r in Reply if counts.by_reply[r])
        roles = ", ".join(count(counts.by_role[r], r) for r in Role if counts.by_role[r])
        return self.tr("{total} invited — {replies} — {roles}").format(
            total=number(counts.total), replies=replies or self.tr("no replies"),
            roles=roles or self.tr("no roles"))

    def selected_ids(self) -> list[int]:
        return list(self.selected_versions())

    def selected_versions(self) -> dict[int, int]:
        """The selected invitations with the version each line shows."""
        rows = [self.model.row_at(self.proxy.mapToSource(r).row())
                for r in self.table.selectionModel().selectedRows()]
        return {row.id: row.version for row in rows}

    def select_email(self, email: str) -> bool:
        """Select that invitee's line: True when done now; while the invitations are being
        read, False, and it is selected once they are shown."""
        self._wanted_email = email if self.loading() else ""
        if self.loading():
            return False
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if email_key(self.model.row_at(source.row()).email) == email_key(email):
                select_row(self.table, row)
                return True
        return False

    def _update_buttons(self) -> None:
        has_event = self.event_id is not None and self.db is not None and not self.loading()
        selected = bool(self.selected_ids()) if has_event else False
        self.add_button.setEnabled(has_event)
        for button in (self.role_button, self.reply_button, self.remove_button):
            button.setEnabled(selected)

    def _run(self, action: Any, lines: Collection[int] | None = None) -> bool:
        """Run a change; False when it was refused (said, and the list read again). Then
        the `lines` it changed are read again (a few, when nothing went wrong), else every
        line, in the background."""
        from organiser.core.errors import ConflictError, OrganiserError

        done = True
        try:
            with self.write_guard():
                action()
        except ConflictError as exc:
            from organiser.ui.conflict import tell_conflict

            self.reload()  # the list shows what is stored now
            self.changed.emit()
            tell_conflict(self, str(exc))
            return False
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Invitations"), str(exc))
            done = False
            lines = None
        if lines is not None and len(lines) <= ONE_BY_ONE and not self.loading():
            self._reread(lines)
        else:
            self.reload()
        self.changed.emit()
        return done

    def _reread(self, lines: Collection[int]) -> None:
        """Those lines as stored now, each redrawn in place (the sort, the selection and the
        scroll position stay), and the counts."""
        if self.db is None or self.event_id is None:
            return
        from organiser.services.invitations import count_invitations, list_invitations

        rows = {row.id: row for row in list_invitations(self.db, self.event_id, lines)}
        for invitation_id in lines:
            row = rows.get(invitation_id)
            if row is None:
                self.model.remove_key(invitation_id, _invitation_id)
            else:
                self.model.upsert(row, _invitation_id)
        self.counts.setText(self._summary(count_invitations(self.model.rows())))
        self._update_buttons()

    def add_people(self) -> None:
        if self.db is None or self.event_id is None:
            return
        from organiser.services.invitations import invitee_choices

        invited = {row.person_id for row in self.model.rows()}
        dialog = AddInviteesDialog(invitee_choices(self.db), self, invited=invited)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.invite_choices(dialog.chosen(), dialog.role.currentData())

    def invite_choices(self, chosen: list[Choice], role: str) -> None:
        if self.db is None or self.event_id is None or not chosen:
            return
        from organiser.services.invitations import invite

        db, event_id = self.db, self.event_id
        self._run(lambda: invite(
            db, event_id, role=role,
            person_ids=[c.id for c in chosen if c.kind == "person"],
            organisation_ids=[c.id for c in chosen if c.kind == "organisation"],
            tags=[c.label for c in chosen if c.kind == "tag"]))

    def set_role(self, role: str) -> None:
        if self.db is None:
            return
        from organiser.services.invitations import set_role

        db, shown = self.db, self.selected_versions()

        def apply() -> None:
            for invitation_id, version in shown.items():
                set_role(db, invitation_id, role, expected_version=version)

        self._run(apply, list(shown))

    def set_reply(self, reply: str) -> None:
        if self.db is None:
            return
        from organiser.services.invitations import set_reply

        db, shown = self.db, self.selected_versions()

        def apply() -> None:
            for invitation_id, version in shown.items():
                set_reply(db, invitation_id, reply, expected_version=version)

        self._run(apply, list(shown))

    def remove_selected(self, *, confirm: bool = True, mail: bool = False) -> None:
        if self.db is None or self.event_id is None:
            return
        shown = self.selected_versions()
        if not shown:
            return
        names = [self.model.row_at(self.proxy.mapToSource(r).row()).name
                 for r in self.table.selectionModel().selectedRows()]
        mail_cancellation = mail
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove invitees"),
                              self.tr("Remove {names} from the event? Each needs the "
                                      "cancellation (a CANCEL calendar) so that the meeting "
                                      "leaves their calendar.").format(names=", ".join(names)),
                              parent=self)
            box.setObjectName("removeInviteesQuestion")
            with_mail = box.addButton(self.tr("Remove and mail the cancellation…"),
                                      QMessageBox.ButtonRole.AcceptRole)
            only = box.addButton(self.tr("Remove only"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            with_mail.setObjectName("removeAndMail")
            only.setObjectName("removeOnly")
            box.setDefaultButton(with_mail)
            box.exec()
            if box.clickedButton() not in (with_mail, only):
                return
            mail_cancellation = box.clickedButton() is with_mail
        from organiser.services.invitations import remove_invitations

        db, event_id = self.db, self.event_id
        # all or none, each as the list showed it: an answer that came in since is not
        # removed unseen (nor mailed a cancellation)
        if not self._run(lambda: remove_invitations(db, shown)):
            return
        if mail_cancellation:
            from organiser.ui.dialogs.outbox import mail_event

            line = mail_event(self, db, event_id, "cancellations")
            if line:
                self.status.emit(line)

    def show_counters(self) -> CounterProposalsDialog | None:
        if self.db is None or self.event_id is None:
            return None
        from organiser.ui.dialogs.counter_proposals import CounterProposalsDialog

        dialog = CounterProposalsDialog(self.db, self.event_id, self)
        dialog.finished.connect(lambda _=0: self._counters_closed(dialog))
        dialog.open()
        return dialog

    def _counters_closed(self, dialog: CounterProposalsDialog) -> None:
        if dialog.changed:
            self.reload()
            self.changed.emit()
