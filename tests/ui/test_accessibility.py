"""Accessibility audit: what a screen reader is told about each control.

Walks the main window with every area built (demo data), the live window and its board, in
English and in Arabic, and asks Qt's accessibility interface -- what assistive technology reads --
for each focusable control's name. A placeholder is not a name; an accessible name, a buddy label
or a button's own text is.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from tests.ui.language_support import interface_in
from tests.ui.live_support import live_window
from tests.ui.loading import settle

WORKSHOP = 5  # the demo's brainstorming workshop
CONTROLS = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QAbstractSpinBox,
            QTextEdit, QPlainTextEdit)


def _inside_a_control(widget: QWidget, top: QWidget) -> bool:
    """A control's own parts (a combo's line edit, a spin box's editor, a view's cell editor,
    Qt's calendar popup) are announced through the control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def focusable_controls(top: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or _inside_a_control(widget, top):
            continue
        found.append(widget)
    return found


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(QAccessible.Text.Name).strip()


def describe(widget: QWidget) -> str:
    chain: list[str] = []
    node: QWidget | None = widget
    while node is not None and len(chain) < 4:
        chain.append(f"{type(node).__name__}({node.objectName()!r})")
        node = node.parentWidget()
    return " < ".join(chain)


def unnamed(top: QWidget) -> list[str]:
    return [describe(w) for w in focusable_controls(top) if not spoken_name(w)]


def undescribed_views(top: QWidget) -> list[str]:
    """Each table, tree and list says what it holds and how to act on it (a description as
    well as its name), and a table or tree gives every shown column a header a screen reader
    reads with each cell (Qt's accessible ColumnHeader children, and the header cells of a
    cell's table-cell interface)."""
    found = []
    for view in focusable_controls(top):
        if not isinstance(view, QAbstractItemView):
            continue
        interface = QAccessible.queryAccessibleInterface(view)
        if not interface.text(QAccessible.Text.Description).strip():
            found.append(f"{describe(view)}: no description")
        model = view.model()
        if not isinstance(view, (QTableView, QTreeView)) or model is None:
            continue
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        if len(shown) < 2 and isinstance(view, QTreeView):
            continue  # a one-column tree reads as a list
        headers = [interface.child(k) for k in range(interface.childCount())]
        titles = [h.text(QAccessible.Text.Name).strip() for h in headers
                  if h is not None and h.role() == QAccessible.Role.ColumnHeader]
        if len(titles) < model.columnCount() or not all(titles[c] for c in shown):
            found.append(f"{describe(view)}: column headers {titles!r}")
        if model.rowCount():
            cell = next((h for h in headers if h is not None and h.role() in (
                QAccessible.Role.Cell, QAccessible.Role.TreeItem)), None)
            cell_interface = cell.tableCellInterface() if cell is not None else None
            if cell_interface is None or not cell_interface.columnHeaderCells():
                found.append(f"{describe(view)}: a cell does not name its column")
    return found


@pytest.fixture(params=["en", "ar"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with interface_in(request.param):
        yield request.param


def test_every_control_of_the_main_window_has_a_name(language: str, qtbot, demo_db) -> None:
    from organiser.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_database(demo_db)
    try:
        window.build_areas()
        for area in window.areas:
            window.show_area(area.title)
            area.refresh()
            settle()
        controls = focusable_controls(window)
        assert len(controls) >= 35  # every area was built and walked
        missing = unnamed(window) + undescribed_views(window)
        assert not missing, "no accessible name:\n" + "\n".join(missing)
    finally:
        window.db = None


def test_every_control_of_the_live_window_and_board_has_a_name(language: str, qtbot,
                                                              demo_db) -> None:

    with live_window(qtbot, demo_db, WORKSHOP, active=False) as window:
        for tab in range(window.tabs.count()):
            window.show_tab(tab)
            QApplication.processEvents()
        for view in (0, 1):
            window.board.show_view(view)
            QApplication.processEvents()
        assert len(focusable_controls(window.board)) >= 3
        missing = unnamed(window) + undescribed_views(window)
        assert not missing, "no accessible name:\n" + "\n".join(missing)


def test_every_control_of_the_dialogs_has_a_name(language: str, qtbot, demo_db) -> None:
    from organiser.ui.agenda import AgendaEditor
    from organiser.ui.dialogs.contacts_duplicates import DuplicatesDialog
    from organiser.ui.dialogs.contacts_forms import OrganisationDialog, PersonDialog
    from organiser.ui.dialogs.counter_proposals import CounterProposalsDialog
    from organiser.ui.dialogs.event_editor import EventEditorDialog
    from organiser.ui.dialogs.outbox import OutboxDialog
    from organiser.ui.dialogs.preferences import PreferencesDialog
    from organiser.ui.dialogs.reminders import RemindDialog
    from organiser.ui.live.capture import CaptureDialog
    from organiser.ui.live.checkin import WalkInDialog

    dialogs = {
        "agenda": lambda: AgendaEditor(demo_db, WORKSHOP),
        "duplicates": lambda: DuplicatesDialog(demo_db),
        "person": lambda: PersonDialog(demo_db, 1),
        "organisation": lambda: OrganisationDialog(demo_db, 1),
        "proposals": lambda: CounterProposalsDialog(demo_db, WORKSHOP),
        "event": lambda: EventEditorDialog(demo_db, WORKSHOP),
        "outbox": lambda: OutboxDialog(demo_db),
        "preferences": lambda: PreferencesDialog(),
        "reminders": lambda: RemindDialog(demo_db),
        "next step": lambda: CaptureDialog("next step", "Draft the note", [], []),
        "walk-in": lambda: WalkInDialog("Ana Lima", ["OPCPR"]),
    }
    missing = []
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert focusable_controls(dialog), name
        missing += [f"{name}: {w}" for w in unnamed(dialog) + undescribed_views(dialog)]
        dialog.reject()
    assert not missing, "no accessible name:\n" + "\n".join(missing)


def test_every_control_of_the_other_windows_and_dialogs_has_a_name(
        language: str, qtbot, demo_db, db_path, tmp_path) -> None:
    """The projector (both pages), the import wizard (every page, a spreadsheet and a vCard),
    the PDF previews, the restore, cannot-open and crash dialogs, the merge of duplicates,
    the mail's way out, the shortcuts list and adding invitees."""
    from pathlib import Path

    from organiser.services import mail
    from organiser.services.backups import take_backup
    from organiser.services.invitations import invitee_choices
    from organiser.ui.crash import CrashDialog
    from organiser.ui.dialogs.contacts_duplicates import DuplicatesDialog
    from organiser.ui.dialogs.event_invitations import AddInviteesDialog
    from organiser.ui.dialogs.import_wizard import ImportWizard
    from organiser.ui.dialogs.outbox import mail_box
    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog
    from organiser.ui.dialogs.restore import OpenProblemDialog, RestoreDialog
    from organiser.ui.dialogs.shortcuts import ShortcutsDialog
    from organiser.ui.live.window import LiveWindow
    from organiser.ui.main_window import MainWindow

    missing: list[str] = []

    def audit(window: QWidget, where: str, *, controls: bool = True) -> None:
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        assert not controls or focusable_controls(window), where
        missing.extend(f"{where}: {w}" for w in unnamed(window) + undescribed_views(window))
        assert window.windowTitle(), f"{where} has no title for the screen reader"

    live = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(live)
    live.toggle_projector()
    projector = live.projector
    assert projector is not None
    audit(projector, "projector agenda", controls=False)
    projector.switch()
    audit(projector, "projector board", controls=False)
    live.close()

    data = Path(__file__).resolve().parents[1] / "data" / "contacts"
    for name in ("with_errors.csv", "russian_cp1251.vcf"):
        wizard = ImportWizard(demo_db, data / name)
        wizard.show()
        audit(wizard, f"import wizard {name} page {wizard.currentId() + 1}")
        if wizard.currentId() == ImportWizard.COLUMNS:
            wizard.next()
            audit(wizard, f"import wizard {name} page 2")
        wizard.reject()

    take_backup(db_path, when="manual")
    main = MainWindow()
    qtbot.addWidget(main)
    main.set_database(demo_db)
    main.build_menus()
    from tests.services.mail_support import configure

    configure(2525)  # the coordinator's name and address (nothing is sent)
    batch = mail.prepare(demo_db, 4, "invitations")
    assert batch.messages
    dialogs: dict[str, QWidget] = {
        **{f"{kind} preview": PdfPreviewDialog(demo_db, kind, WORKSHOP)
           for kind in ("minutes", "agenda", "signin", "votes")},
        "restore": RestoreDialog(db_path),
        "cannot open": OpenProblemDialog(PermissionError(13, "Permission denied"),
                                         str(db_path)),
        "crash": CrashDialog("Traceback (most recent call last):\n", tmp_path / "x.log"),
        "merge duplicates": DuplicatesDialog(demo_db),
        "mail": mail_box(None, batch)[0],
        "shortcuts": ShortcutsDialog(main),
        "add invitees": AddInviteesDialog(invitee_choices(demo_db)),
    }
    for where, dialog in dialogs.items():
        audit(dialog, where)
        dialog.close()
    main.db = None
    assert not missing, "no accessible name:\n" + "\n".join(missing)


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, object]]:
    """What the live window says to assistive technology: each QAccessibleAnnouncementEvent
    (message, politeness, the widget it comes from), still sent to Qt as well."""
    from organiser.ui import widgets

    said: list[tuple[str, str, object]] = []
    send = widgets._send

    def record(event) -> None:
        said.append((event.message(), event.politeness().name, event.object()))
        send(event)

    monkeypatch.setattr(widgets, "_send", record)
    return said


def test_live_state_changes_are_announced(qtbot, demo_db, announcements) -> None:
    import datetime as dt
    from zoneinfo import ZoneInfo


    with live_window(qtbot, demo_db, WORKSHOP, active=False) as window:
        # a check-in done
        qtbot.keyClicks(window.checkin.search, "tanaka")
        qtbot.keyClick(window.checkin.search, Qt.Key.Key_Return)
        message, politeness, source = announcements[-1]
        assert message.endswith(": present") and politeness == "Polite"
        assert source is window.checkin.feedback

        # the time left on the current item, once a minute
        zone = ZoneInfo("Europe/Istanbul")
        clock = [dt.datetime(2027, 2, 9, 9, 0, tzinfo=zone)]
        window.now = lambda: clock[0]  # type: ignore[method-assign]
        window.show_tab(1)
        window.findChild(QPushButton, "nextItemButton").click()  # registration: 30 minutes
        assert "30:00 left" in window.timer_label.text()
        window._update_timer()
        assert announcements[-1][0].startswith("30 min left — ")
        count = len(announcements)
        clock[0] += dt.timedelta(seconds=20)
        window._update_timer()
        assert len(announcements) == count  # not at every tick
        clock[0] += dt.timedelta(seconds=50)
        window._update_timer()
        assert announcements[-1][0].startswith("29 min left — ")
        clock[0] = dt.datetime(2027, 2, 9, 9, 32, tzinfo=zone)
        window._update_timer()
        assert announcements[-1][0].startswith("over-run 2 min — ")

        # a refusal, said at once
        window.show_tab(2)
        window.board.vote(1)  # nobody chosen to vote
        message, politeness, _source = announcements[-1]
        assert message == "Choose the voter first: type their name." \
            and politeness == "Assertive"
