"""Contacts area: organisations and people side by side, filtered as you type."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from organiser.ui.areas.base import Area
from organiser.ui.labels import number
from organiser.ui.models.contacts_table import OrganisationsTableModel, PeopleTableModel
from organiser.ui.views import (
    IncrementalTableView,
    select_row,
    size_columns_from_sample,
    stretch_column,
)

if TYPE_CHECKING:
    from organiser.core.storage import Database
    from organiser.services.organisations import OrganisationRow
    from organiser.services.people import PersonRow
    from organiser.ui.dialogs.import_wizard import ImportWizard
    from organiser.ui.main_window import MainWindow

CONTACT_FILES = (".csv", ".vcf", ".vcard")

# What a person or an organisation is linked to (keys of services.people.person_links and
# services.organisations.organisation_links), shown translated in the confirmation before
# deleting.
LINK_WORDS = [
    QT_TRANSLATE_NOOP("ContactsArea", "people"),
    QT_TRANSLATE_NOOP("ContactsArea", "invitations"),
    QT_TRANSLATE_NOOP("ContactsArea", "attendance records"),
    QT_TRANSLATE_NOOP("ContactsArea", "next steps"),
    QT_TRANSLATE_NOOP("ContactsArea", "agenda items presented"),
    QT_TRANSLATE_NOOP("ContactsArea", "ideas"),
    QT_TRANSLATE_NOOP("ContactsArea", "votes"),
    QT_TRANSLATE_NOOP("ContactsArea", "delegations"),
]


class ContactsData(NamedTuple):
    """What the area shows, read in a worker thread."""

    people: list[Any]  # PeopleTableModel.entries()
    organisations: list[OrganisationRow]
    tags: list[tuple[str, int]]  # name, people


class ContactsLists(NamedTuple):
    """What a change to a few people or to an organisation makes read again, in a worker:
    the organisations and tags with their counts, and those people's rows."""

    organisations: list[OrganisationRow]
    tags: list[tuple[str, int]]
    people: dict[int, PersonRow]  # by id; a person no longer stored is left out


ONE_BY_ONE = 50  # people changed at once that are shown one row at a time; more: a reload
COUNTS_AFTER_MS = 100  # the organisations' and tags' counts are read again after a change


class _AllOrganisations:
    """The first row of the organisations list: no filter."""

    id = -1
    name = QT_TRANSLATE_NOOP("ContactsArea", "All organisations")
    acronym = ""
    country = ""
    people = 0


class ContactsArea(Area):
    title = "Contacts"
    object_name = "contactsArea"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.import_wizard: ImportWizard | None = None
        self._build_search()
        self._build_organisations()
        self._build_people()
        self._build_toolbar()
        self._lay_out()
        self._update_actions()

    def main_view(self) -> QWidget:
        """The people (the organisations beside them come first in Tab order)."""
        return self.table

    def _build_search(self) -> None:
        """The search box and the tag filter above the people."""
        self.search = QLineEdit(self)
        self.search.setObjectName("contactsSearch")
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setPlaceholderText(self.tr("Search name, organisation, e-mail, country… "
                                               "(accents and case ignored)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("contactsTagFilter")
        self.tag_filter.addItem(self.tr("All tags"), None)
        self.tag_filter.currentIndexChanged.connect(self._filter_tag)

    def _build_organisations(self) -> None:
        self.organisations = OrganisationsTableModel(self)
        self.org_table = QTableView(self)
        self.org_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.org_table.setObjectName("organisationsTable")
        self.org_table.setAccessibleDescription(self.tr(
            "Choosing an organisation lists only its people; double-click to edit it."))
        self.org_table.setAccessibleName(self.tr("Organisations"))
        self.org_table.setModel(self.organisations)
        self._setup_table(self.org_table, QAbstractItemView.SelectionMode.SingleSelection)
        org_header = self.org_table.horizontalHeader()
        org_header.setStretchLastSection(False)
        stretch_column(self.org_table, 0)
        # sized from a sample once loaded: ResizeToContents measured all 1,000 rows at each show
        self.org_table.selectionModel().selectionChanged.connect(self._filter_organisation)
        self.org_table.doubleClicked.connect(lambda _=None: self.edit_organisation())

    def _build_people(self) -> None:
        # the model filters and sorts itself (PeopleTableModel): no proxy between it and the
        # view, which keeps each keystroke over 10,000 people to a few milliseconds
        self.people = PeopleTableModel(self)
        self.table = IncrementalTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleDescription(self.tr(
            "The people matching the search, the tag and the organisation; Enter edits the "
            "chosen person, Delete deletes."))
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(self.people)
        self._setup_table(self.table, QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setColumnHidden(1, True)
        self.table.doubleClicked.connect(lambda _=None: self.edit_person())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.summary = QLabel(self)
        self.summary.setObjectName("contactsSummary")

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("contactsToolbar")
        # a narrow window hides the last actions rather than growing to fit them all
        self.toolbar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_person_action = self._action(self.tr("New &person…"), self.new_person,
                                               "Ctrl+Shift+N")
        self.edit_person_action = self._action(self.tr("&Edit…"), self.edit_person, "Return",
                                               self.table)
        self.delete_person_action = self._action(self.tr("&Delete"), self.delete_people, "Delete",
                                                 self.table)
        self.tag_action = self._action(self.tr("&Tag…"), self.tag_selected, "Ctrl+T")
        self.toolbar.addSeparator()
        self.new_org_action = self._action(self.tr("New &organisation…"), self.new_organisation)
        self.edit_org_action = self._action(self.tr("Edit o&rganisation…"),
                                            self.edit_organisation)
        self.delete_org_action = self._action(self.tr("Delete organisation"),
                                              self.delete_organisation)
        self.toolbar.addSeparator()
        self.import_action = self._action(self.tr("&Import…"), self.choose_import)
        self.export_action = self._action(self.tr("E&xport…"), self.choose_export)
        self.duplicates_action = self._action(self.tr("Find d&uplicates…"), self.show_duplicates)

    def _lay_out(self) -> None:
        """The toolbar on top; the organisations on the left, the people on the right."""
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>" + self.tr("Organisations") + "</b>"))
        left_layout.addWidget(self.org_table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.tag_filter)
        right_layout.addLayout(search_row)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.summary)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Contacts") + "</h2>"))
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    # --- building ---------------------------------------------------------------------

    def _setup_table(self, table: QTableView, mode: QAbstractItemView.SelectionMode) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(mode)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.setVisible(False)
        # uniform row heights: the view never measures rows, however many there are
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def _action(self, text: str, slot: Any, shortcut: str | None = None,
                widget: QWidget | None = None) -> QAction:
        """A toolbar action; its shortcut works in the area (or only in `widget`, for keys
        such as Delete that the search box needs for itself)."""
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if widget else
                                      Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.toolbar.addAction(action)
        (widget or self).addAction(action)
        return action

    @classmethod
    def contribute_menus(cls, window: MainWindow) -> None:
        file_menu = window.menu("&File")
        first = file_menu.actions()[0] if file_menu.actions() else None
        translate = QCoreApplication.translate
        import_action = QAction(translate("ContactsArea", "&Import contacts…"), window)
        import_action.setObjectName("importContactsAction")
        import_action.triggered.connect(lambda _=False: cls._from_menu(window, True))
        export_action = QAction(translate("ContactsArea", "E&xport contacts…"), window)
        export_action.setObjectName("exportContactsAction")
        export_action.triggered.connect(lambda _=False: cls._from_menu(window, False))
        if first is not None and len(file_menu.actions()) > 1:
            second = file_menu.actions()[1]
            file_menu.insertAction(second, import_action)
            file_menu.insertAction(second, export_action)
        else:
            file_menu.addAction(import_action)
            file_menu.addAction(export_action)

    @classmethod
    def _from_menu(cls, window: MainWindow, importing: bool) -> None:
        area = window.show_area(cls.title)
        assert isinstance(area, ContactsArea)
        if importing:
            area.choose_import()
        else:
            area.choose_export()

    # --- data -------------------------------------------------------------------------

    @staticmethod
    def load(db: Database) -> ContactsData:
        from organiser.services.organisations import list_organisation_rows
        from organiser.services.people import list_people
        from organiser.services.tags import list_tags

        return ContactsData(PeopleTableModel.entries(list_people(db)),
                            list_organisation_rows(db),
                            [(tag.name, tag.people) for tag in list_tags(db)])

    @staticmethod
    def load_lists(db: Database, people: Collection[int] = ()) -> ContactsLists:
        """The organisations and tags, and the rows of `people` (in a worker)."""
        from organiser.services.organisations import list_organisation_rows
        from organiser.services.people import listed_people
        from organiser.services.tags import list_tags

        return ContactsLists(list_organisation_rows(db),
                             [(tag.name, tag.people) for tag in list_tags(db)],
                             listed_people(db, people))

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        from organiser.ui.background import forget

        forget(self, "lists")  # this reads them too, newer than a read of them under way
        super().refresh(then)

    def show_loaded(self, data: ContactsData | None) -> None:
        if data is None:
            self.people.set_people([])
            self.organisations.set_rows([])
            self.summary.setText(self.tr("No database open."))
            self._update_actions()
            return
        selected_people = set(self.selected_person_ids())
        first = self.people.total() == 0
        self.people.set_entries(data.people)
        self._show_lists(data.organisations, data.tags)
        if first:
            for column, width in ((0, 170), (2, 200), (3, 210), (4, 100)):
                self.table.setColumnWidth(column, width)
            size_columns_from_sample(self.org_table, [1, 2])
        if selected_people:
            self.select_people(selected_people)
        self._update_summary()
        self._update_actions()

    def _show_lists(self, organisations: list[OrganisationRow],
                    tags: list[tuple[str, int]]) -> None:
        """The organisations and the tag filter, with their counts; what was chosen stays."""
        selected_org = self.selected_organisation_id()
        everyone = _AllOrganisations()
        everyone.name = self.tr(str(_AllOrganisations.name))
        orgs: list[Any] = [everyone, *organisations]
        self.organisations.update_rows(orgs, lambda o: o.id)
        current_tag = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name, people in tags:
            self.tag_filter.addItem(f"{name} ({people})", name)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(current_tag)))
        self.tag_filter.blockSignals(False)
        self.people.set_tag(self.tag_filter.currentData())
        if self.selected_organisation_id() != selected_org or selected_org is None:
            self.select_organisation(selected_org)

    # --- a change made here: one row, not a reload ------------------------------------

    def show_people_changed(self, ids: Collection[int], chosen: int | None = None) -> None:
        """After this area wrote to these people (created, edited, tagged, deleted): their
        rows are read again and put in place, or taken out (the rest of the list, the
        selection and the scroll position stay); `chosen` is then selected and scrolled to.
        The organisations' and tags' counts follow from a read in the background. Many
        people at once, or while a reload is under way (it may have read before this change
        and would show the old rows), read everything again in the background."""
        if self.db is None:
            return
        ids = set(ids)
        if self.loading or len(ids) > ONE_BY_ONE:
            self.refresh(then=None if chosen is None else lambda: self._choose(chosen))
            return
        from organiser.services.people import listed_people

        self._put_people(ids, listed_people(self.db, ids))
        if chosen is not None:
            self._choose(chosen)
        self._read_counts_soon()

    def _read_counts_soon(self) -> None:
        """The organisations' and tags' counts, read again once the changed rows are drawn:
        a worker reading meanwhile would hold the interpreter lock that drawing needs."""
        QTimer.singleShot(COUNTS_AFTER_MS, self, lambda: self._read_lists())

    def _put_people(self, ids: set[int], rows: dict[int, PersonRow]) -> None:
        for person_id in sorted(ids):
            row = rows.get(person_id)
            if row is None:
                self.people.take(person_id)
            else:
                self.people.put(row)
        self._update_summary()
        self._update_actions()

    def _choose(self, person_id: int) -> None:
        """Select that person and show their row; say so when the filter hides them."""
        self.select_people({person_id})
        rows = self._selected_rows()
        if rows:
            self.table.scrollTo(self.people.index(rows[0], 0))
            return
        row = self.people.find(person_id)
        if row is not None:
            self.status_message.emit(self.tr(
                "Saved. {name} is not listed: the search, the tag or the organisation chosen "
                "hides them.").format(name=row.name))

    def _read_lists(self, people: Collection[int] = (),
                    then: Callable[[], None] | None = None) -> None:
        """Read the organisations and tags again, and the rows of `people` (e.g. those of an
        organisation just renamed), in the background; a reload started since wins."""
        db = self.db
        if db is None:
            return
        from organiser.ui.background import QueryOp

        wanted = set(people)

        def show(lists: ContactsLists) -> None:
            self._show_lists(lists.organisations, lists.tags)
            if wanted:
                self._put_people(wanted, lists.people)
            self._update_summary()
            self._update_actions()
            if then is not None:
                then()

        QueryOp(self, lambda: ContactsArea.load_lists(db, wanted), show).latest(
            "lists").current(lambda: self.db is db).run()

    def show_organisation_changed(self, organisation_id: int | None,
                                  then: Callable[[], None] | None = None) -> None:
        """After this area created, edited or deleted an organisation: the lists are read
        again in the background with the rows of its people (their organisation column), or
        everything when it has many people."""
        people = [] if organisation_id is None else self.people.people_of(organisation_id)
        if self.loading or len(people) > ONE_BY_ONE:
            self.refresh(then=then)
        else:
            self._read_lists(people, then)

    def _filter(self, text: str) -> None:
        self._refilter(lambda: self.people.set_query(text))

    def _filter_tag(self, _index: int = 0) -> None:
        self._refilter(lambda: self.people.set_tag(self.tag_filter.currentData()))

    def _filter_organisation(self, *_: Any) -> None:
        org_id = self.selected_organisation_id()
        self._refilter(lambda: self.people.set_organisation(org_id))

    def _refilter(self, change: Any) -> None:
        """Apply a filter change; the people selected stay selected while still shown."""
        keep = set(self.selected_person_ids()) if self.table.selectionModel().hasSelection() \
            else set()
        change()
        if keep:
            self.select_people(keep)
        self._update_summary()
        self._update_actions()

    def _update_summary(self) -> None:
        total = self.people.total()
        shown = self.people.shown()  # every row the filter keeps, scrolled to or not
        self.summary.setText(
            self.tr("{total} people").format(total=number(total)) if shown == total else
            self.tr("{shown} of {total} people shown").format(shown=number(shown),
                                                              total=number(total)))

    def _update_actions(self, *_: Any) -> None:
        has_db = self.db is not None
        selected = len(self._selected_rows())
        org = self.selected_organisation_id() is not None
        for action in (self.new_person_action, self.new_org_action, self.import_action,
                       self.export_action, self.duplicates_action):
            action.setEnabled(has_db)
        self.edit_person_action.setEnabled(has_db and selected == 1)
        self.delete_person_action.setEnabled(has_db and selected > 0)
        self.tag_action.setEnabled(has_db and selected > 0)
        self.edit_org_action.setEnabled(has_db and org)
        self.delete_org_action.setEnabled(has_db and org)

    # --- selection --------------------------------------------------------------------

    def _selected_rows(self) -> list[int]:
        """The rows selected, from the selection's ranges (not one index per cell: with
        thousands selected, every keystroke asks)."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for i in range(selection.count()):
            span = selection.at(i)
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_person_ids(self) -> list[int]:
        return [self.people.person(row).id for row in self._selected_rows()]

    def select_people(self, ids: set[int]) -> None:
        """Select those people that are shown, in one selection change (runs of adjacent
        rows as one range each, so that thousands selected stay quick)."""
        wanted = QItemSelection()
        positions = self.people.positions(ids)  # one pass over the rows shown
        self.people.expose(positions[-1] + 1 if positions else 0)
        last = self.people.columnCount() - 1
        start = previous = -2
        for row in [*positions, -2]:
            if row != previous + 1:  # a run ends
                if start >= 0:
                    wanted.select(self.people.index(start, 0),
                                  self.people.index(previous, last))
                start = row
            previous = row
        self.table.selectionModel().select(
            wanted, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def selected_organisation_id(self) -> int | None:
        rows = self.org_table.selectionModel().selectedRows()
        if not rows:
            return None
        org_id = int(self.organisations.row_at(rows[0].row()).id)
        return None if org_id < 0 else org_id

    def select_organisation(self, organisation_id: int | None) -> None:
        for row, org in enumerate(self.organisations.rows()):
            if org.id == (organisation_id if organisation_id is not None else -1):
                select_row(self.org_table, row)
                return
        select_row(self.org_table, 0)

    # --- people -----------------------------------------------------------------------

    def new_person(self) -> None:
        if self.db is None:
            return
        from organiser.ui.dialogs.contacts_forms import PersonDialog

        dialog = PersonDialog(self.db, None, self, **self._names_shown())
        organisation_id = self.selected_organisation_id()
        if organisation_id is not None:
            org = next(o for o in self.organisations.rows() if o.id == organisation_id)
            combo = dialog.fields["organisation"]
            if isinstance(combo, QComboBox):
                combo.setCurrentText(org.name)
        self._run_dialog(dialog, "person_id")

    def edit_person(self) -> None:
        ids = self.selected_person_ids()
        if self.db is None or len(ids) != 1:
            return
        from organiser.ui.dialogs.contacts_forms import PersonDialog

        self._run_dialog(PersonDialog(self.db, ids[0], self, **self._names_shown()),
                         "person_id")

    def _names_shown(self) -> dict[str, Any]:
        """The organisations' and tags' names as shown, for the person form (none before
        the first read: the form reads them)."""
        if self.organisations.rowCount() == 0:
            return {}
        return {"organisations": [o.name for o in self.organisations.rows() if o.id >= 0],
                "tags": [str(self.tag_filter.itemData(i))
                         for i in range(1, self.tag_filter.count())]}

    def _run_dialog(self, dialog: Any, id_attr: str) -> None:
        self.dialog = dialog
        dialog.write_guard = self.own_write  # this area shows the change itself
        if dialog.exec():
            self.status_message.emit(self.tr("Saved."))
            if id_attr == "person_id" and dialog.person_id is not None:
                self.show_people_changed({dialog.person_id}, chosen=dialog.person_id)
            elif id_attr == "organisation_id" and dialog.organisation_id is not None:
                organisation_id = dialog.organisation_id
                self.show_organisation_changed(
                    organisation_id, then=lambda: self.select_organisation(organisation_id))

    def delete_people(self) -> None:
        ids = self.selected_person_ids()
        if self.db is None or not ids:
            return
        from organiser.services.people import delete_people, person_links

        shown = [self.people.person(row) for row in self._selected_rows()]
        names = [person.name for person in shown]
        links: dict[str, int] = {}
        for person_id in ids:
            for what, count in person_links(self.db, person_id).items():
                links[what] = links.get(what, 0) + count
        who = names[0] if len(names) == 1 else self.tr("{count} people").format(
            count=len(names))
        text = self.tr("Delete {who}?").format(who=who)
        if links:
            detail = ", ".join(f"{n} {self.tr(what)}" for what, n in links.items())
            text += "\n\n" + (self.tr("They have {detail}.") if len(names) > 1 else
                               self.tr("This person has {detail}.")).format(detail=detail)
            text += " " + self.tr("Their invitations, attendance and votes are deleted with "
                                  "them; next steps they own and talks they gave keep their "
                                  "name.")
        if QMessageBox.question(self, self.tr("Delete"), text) != QMessageBox.StandardButton.Yes:
            return
        from organiser.core.errors import ConflictError, OrganiserError

        try:
            # all or none, each as the list showed it: someone changed since is not deleted
            with self.own_write():
                delete_people(self.db, {person.id: person.version for person in shown})
        except ConflictError as exc:
            from organiser.ui.conflict import tell_conflict

            self.refresh()  # the list shows them as stored now
            tell_conflict(self, exc.message)
            return
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Delete"), exc.message)
            self.refresh()
            return
        self.people.remove_people(set(ids))  # gone at once; the counts follow
        self._update_summary()
        self._update_actions()
        if self.loading:  # a reload under way may have read them before they went
            self.refresh()
        else:
            self._read_counts_soon()
        self.status_message.emit(self.tr("Deleted {who}.").format(who=who))

    def tag_selected(self) -> None:
        ids = self.selected_person_ids()
        if self.db is None or not ids:
            return
        from organiser.services.tags import list_tags, tag_people

        names = [t.name for t in list_tags(self.db)]
        name, ok = QInputDialog.getItem(
            self, self.tr("Tag"),
            self.tr("Tag for {count} selected people (choose or type a new one):").format(
                count=len(ids)), names, 0, True)
        if ok and name.strip():
            with self.own_write():
                added = tag_people(self.db, name, ids)
            self.show_people_changed(ids)
            self.status_message.emit(self.tr("Tagged {count} people {tag}.").format(
                count=added, tag=repr(name)))

    # --- organisations ----------------------------------------------------------------

    def new_organisation(self) -> None:
        if self.db is None:
            return
        from organiser.ui.dialogs.contacts_forms import OrganisationDialog

        self._run_dialog(OrganisationDialog(self.db, None, self), "organisation_id")

    def edit_organisation(self) -> None:
        org_id = self.selected_organisation_id()
        if self.db is None or org_id is None:
            return
        from organiser.ui.dialogs.contacts_forms import OrganisationDialog

        self._run_dialog(OrganisationDialog(self.db, org_id, self), "organisation_id")

    def delete_organisation(self) -> None:
        org_id = self.selected_organisation_id()
        if self.db is None or org_id is None:
            return
        from organiser.services.organisations import delete_organisation, organisation_links

        org = next(o for o in self.organisations.rows() if o.id == org_id)
        links = organisation_links(self.db, org_id)
        text = self.tr("Delete the organisation {name}?").format(name=org.name)
        if any(links.values()):
            text += "\n\n" + self.tr(
                "{links} refer to it. The people stay, without an organisation; next steps "
                "keep its name.").format(
                    links=", ".join(f"{n} {self.tr(w)}" for w, n in links.items() if n))
        if QMessageBox.question(self, self.tr("Delete"), text) != QMessageBox.StandardButton.Yes:
            return
        from organiser.core.errors import ConflictError, OrganiserError

        people = self.people.people_of(org_id)  # they stay, without an organisation
        try:
            with self.own_write():
                delete_organisation(self.db, org_id, expected_version=org.version)
        except ConflictError as exc:
            from organiser.ui.conflict import tell_conflict

            self.refresh()  # the list shows it as stored now
            tell_conflict(self, exc.message)
            return
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Delete"), exc.message)
            self.refresh()
            return
        if self.loading or len(people) > ONE_BY_ONE:
            self.refresh(then=lambda: select_row(self.org_table, 0))
        else:
            self._read_lists(people, then=lambda: select_row(self.org_table, 0))

    # --- files ------------------------------------------------------------------------

    @classmethod
    def accepts_file(cls, path: Path) -> bool:
        return path.suffix.lower() in CONTACT_FILES

    def open_files(self, paths: list[Path]) -> None:
        if self.db is None:
            return
        for path in paths:
            self.start_import(path)
            break  # one wizard at a time: the first file

    def start_import(self, path: Path) -> ImportWizard | None:
        if self.db is None:
            return None
        from organiser.ui.dialogs.import_wizard import wizard_for

        wizard = wizard_for(self.db, path, self)
        wizard.imported.connect(self._imported)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def _imported(self, summary: str) -> None:
        self.refresh()
        self.status_message.emit(summary)

    def choose_import(self) -> None:
        from organiser.ui.file_dialogs import get_open_file_name

        path, _ = get_open_file_name(
            self, self.tr("Import contacts"), "",
            self.tr("Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)"))
        if path:
            self.start_import(Path(path))

    def choose_export(self) -> None:
        if self.db is None:
            return
        from organiser.ui.file_dialogs import get_save_file_name

        path, chosen = get_save_file_name(
            self, self.tr("Export contacts"), "contacts.csv",
            self.tr("CSV for Excel (*.csv);;vCard 4.0 (*.vcf)"))
        if not path:
            return
        if not Path(path).suffix:
            path += ".vcf" if "vcf" in chosen else ".csv"
        self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.db is None:
            return
        from organiser.core.errors import OrganiserError
        from organiser.services.contact_export import export_contacts

        shown = [person.id for person in self.people.rows()]
        ids = None if len(shown) == self.people.total() else shown
        try:
            result = export_contacts(self.db, path, ids)
        except OrganiserError as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return
        self.status_message.emit(self.tr("Exported {count} people to {file}.").format(
            count=result["people"], file=path.name))

    def show_duplicates(self) -> None:
        if self.db is None:
            return
        from organiser.ui.dialogs.contacts_duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self)
        self.dialog = dialog
        dialog.exec()
        if dialog.merged:
            self.refresh()
