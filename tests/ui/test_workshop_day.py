"""Issue 14: the workshop day on a 1280×800 laptop (approval, check-in, forms that keep work)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMenu, QWidget

from tests.ui.loading import settle

WORKSHOP = 5
HELD = 3


def answer_next_dialog(qtbot, kind: type[QWidget], act: Callable[[QWidget], None]) -> list[str]:  # type: ignore[no-untyped-def]
    """Act on the next modal dialog of `kind` once it shows; returns the titles of the modal
    dialogs seen (another kind of dialog is recorded and closed, so a test never hangs)."""
    asked: list[str] = []
    tries = [250]  # 5 s

    def poll() -> None:
        tries[0] -= 1
        if tries[0] < 0:
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            asked.append(dialog.windowTitle())
            act(dialog)
            return
        if isinstance(dialog, QDialog) and dialog.isVisible():
            asked.append(f"{type(dialog).__name__}: {dialog.windowTitle()}")
            dialog.reject()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return asked


def test_approve_button_asks_who_approves(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from organiser.services.minutes import minutes_state
    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(demo_db, "minutes", HELD)
    qtbot.addWidget(dialog)

    def fill(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Henrik Østergård")
        box.accept()

    asked = answer_next_dialog(qtbot, QInputDialog, fill)
    dialog.approve_button.click()
    assert asked == ["Approve the minutes"]
    state = minutes_state(demo_db, HELD)
    assert state.approved and state.revisions[-1].approved_by == "Henrik Østergård"
    assert not dialog.approve_button.isEnabled()


def test_approve_cancelled_changes_nothing(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    from organiser.services.minutes import minutes_state
    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(demo_db, "minutes", HELD)
    qtbot.addWidget(dialog)
    asked = answer_next_dialog(qtbot, QDialog, lambda box: box.reject())
    dialog.approve_button.click()
    assert asked
    assert not minutes_state(demo_db, HELD).approved


@pytest.fixture
def french() -> Iterator[None]:
    from organiser.ui import i18n
    from organiser.ui.app import make_application

    app = make_application()
    i18n.install(app, "fr")
    yield
    i18n.install(app, "en")


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size()).intersected(window.rect()) == QRect(top_left,
                                                                              widget.size())


def test_live_mode_fits_a_1280_by_800_laptop(qtbot, demo_db, french) -> None:  # type: ignore[no-untyped-def]
    """A long item title running (the header label used to set the minimum width to 1456)."""
    from organiser.services import agenda, live
    from organiser.ui.live.window import LiveWindow

    first = agenda.get_agenda(demo_db, WORKSHOP).items[0]
    agenda.update_item(demo_db, first.id, title="Welcome and objectives of the gathering: "
                       "regional priorities, the common agenda and the next two years of the "
                       "procurement reform network")
    live.start_item(demo_db, first.id)
    window = LiveWindow(demo_db, WORKSHOP)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() <= 1280 and window.height() <= 800
    assert "reste" in window.timer_label.text()
    for tab in (2, 0, 1):  # the board first: it is built on its first visit
        window.show_tab(tab)
        assert window.minimumSizeHint().width() <= 1280
        for name in ("nextItemButton", "countsLabel", "clockLabel", "timerLabel",
                     "promoteNextStep", "ranking", "addDot"):
            widget = window.findChild(QWidget, name)
            assert widget is not None, name
            if widget.isVisible():
                assert _inside(widget, window), (tab, name, widget.geometry())
    window.statusBar().showMessage("status")
    assert _inside(window.statusBar(), window)
    window.close()


def test_agenda_editor_fits_1280_in_french(qtbot, demo_db, french) -> None:  # type: ignore[no-untyped-def]
    from organiser.ui.agenda import AgendaEditor

    editor = AgendaEditor(demo_db, WORKSHOP)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.minimumSizeHint().width() <= 1280
    assert editor.width() <= 1280


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the popup
def test_person_form_time_zone_focus_and_escape(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    """Finding 4: a partial zone name, the first keystrokes, Escape on a filled form."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

    from organiser.ui.dialogs.contacts_forms import PersonDialog

    dialog = PersonDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    # typing starts in the first field, not on Save
    focused = dialog.focusWidget()
    assert focused is dialog.fields["given_name"], focused
    qtbot.keyClicks(focused, "Chinwe")
    assert dialog.fields["given_name"].text() == "Chinwe"
    qtbot.keyClicks(dialog.fields["emails"], "not-an-address")
    save.click()  # fails: the address
    assert dialog.isVisible() and dialog.errors["emails"].isVisible()
    zone = dialog.fields["timezone"]
    assert isinstance(zone, QLineEdit)
    qtbot.keyClicks(zone, "Europe")  # used to raise IsADirectoryError (a tzdata folder)
    assert "unknown time zone 'Europe'" in dialog.errors["timezone"].text()
    completer = zone.completer()
    assert completer is not None
    completer.setCompletionPrefix("istan")
    found = {completer.completionModel().index(r, 0).data()
             for r in range(completer.completionModel().rowCount())}
    assert "Europe/Istanbul" in found
    qtbot.keyClicks(zone, "/Istanbul")
    assert not dialog.errors["timezone"].isVisible()  # errors follow the typing, never stale
    assert not save.isEnabled()  # the address is still wrong
    dialog.fields["emails"].setPlainText("c.okafor@ppa.example")
    qtbot.keyClicks(dialog.fields["family_name"], "Okafor")
    assert not dialog.errors["emails"].isVisible() and save.isEnabled()
    # Escape on a filled form asks; "Cancel" keeps it open with what was typed
    answers = answer_next_dialog(qtbot, QMessageBox, lambda box: box.reject())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(answers))
    assert dialog.isVisible() and dialog.fields["family_name"].text() == "Okafor"

    def discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Discard).click()

    answers = answer_next_dialog(qtbot, QMessageBox, discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # an untouched form closes at once
    untouched = PersonDialog(demo_db)
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()


def test_zone_check_is_one_function_that_opens_no_folder() -> None:
    from organiser.core.errors import InputError
    from organiser.core.zones import zone
    from organiser.services.events import check_timezone

    assert zone("Europe") is None and zone("America/Argentina") is None
    assert zone("../../etc/passwd") is None and zone("") is None and zone(None) is None
    assert str(zone(" Europe/Istanbul ")) == "Europe/Istanbul"
    with pytest.raises(InputError, match="unknown time zone 'Europe'"):
        check_timezone("Europe")
    assert check_timezone("W. Europe Standard Time") == "Europe/Berlin"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_event_actions_fit_the_toolbar_and_have_a_menu(qtbot, demo_db, language) -> None:  # type: ignore[no-untyped-def]
    """Finding 8: actions hid behind "»" at the default size; no Event menu; tooltips."""
    from PySide6.QtWidgets import QToolButton

    from organiser.ui import i18n
    from organiser.ui.app import make_application
    from organiser.ui.main_window import MainWindow
    from organiser.ui.startup import install_data_actions

    app = make_application()
    i18n.install(app, language)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        install_data_actions(window)  # the mail actions, as the app adds them
        window.resize(1200, 760)  # the default size
        window.show()
        qtbot.waitExposed(window)
        window.set_database(demo_db)
        events = window.show_area("Events")
        qtbot.waitUntil(lambda: events.select_event(WORKSHOP))  # read in the background
        extension = events.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()
        names = {a.objectName() for a in events._event_actions}
        assert {"editEvent", "liveAction", "agendaAction", "pdfAction_minutes",
                "pdfAction_signin", "pdfAction_votes", "mailInvitations"} <= names
        # every action on events is in the Event menu, with its shortcut shown
        menu = window.findChild(QMenu, "eventMenu")
        assert menu is not None
        menu.aboutToShow.emit()
        in_menu = {a.objectName() for a in menu.actions()}
        assert names | {"newEvent"} <= in_menu
        live = next(a for a in menu.actions() if a.objectName() == "liveAction")
        assert live.isEnabled() and live.shortcut().toString() == "Ctrl+L"
        assert "Ctrl+L" in live.toolTip()
        titles = [m.title() for m in window.menuBar().findChildren(QMenu)
                  if m.menuAction() in window.menuBar().actions()]
        mnemonics = [t[t.index("&") + 1].lower() for t in titles if "&" in t]
        assert len(mnemonics) == len(set(mnemonics)), titles  # no Alt+letter twice
    finally:
        window.db = None
        i18n.install(app, "en")


def test_english_inside_arabic_cells_keeps_its_order(qtbot, demo_db) -> None:  # type: ignore[no-untyped-def]
    """Finding 9: ".The common agenda covers…" and "-Bank headquarters" in Arabic cells."""
    from PySide6.QtCore import Qt

    from organiser.services.event_list import list_events
    from organiser.ui import i18n
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow
    from organiser.ui.models.events_table import EventsTableModel
    from organiser.ui.widgets import ElidingLabel, isolate_foreign

    app = make_application()
    i18n.install(app, "ar")
    try:
        model = EventsTableModel()
        model.set_rows(list_events(demo_db))
        cells = [str(model.index(r, c).data()) for r in range(model.rowCount())
                 for c in range(model.columnCount())]
        title = next(c for c in cells if "Consultation with OPCPR" in c)
        assert title == "\u2068Consultation with OPCPR: a common agenda\u2069"
        arabic = [c for c in cells if c and "\u0600" <= c[0] <= "\u06ff"]
        assert arabic and not any(c.startswith("\u2068") for c in arabic)
        assert isolate_foreign("ورشة عمل") == "ورشة عمل"
        assert isolate_foreign(". ok") == "\u2068. ok\u2069"
        # the live header's English title, cut, keeps "…" at its own end
        window = LiveWindow(demo_db, WORKSHOP)
        settle()  # the roster, agenda and outcomes are read in a worker
        qtbot.addWidget(window)
        window.resize(700, 500)
        window.show()
        label = window.title_label
        assert isinstance(label, ElidingLabel)
        assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert label.is_elided() and isolate_foreign(label.elided_text()).startswith("\u2068")
        window.show_tab(2)
        window.board.close_button.click()  # totals shown: the ranking
        texts = [window.board.ranking.item(i).text() for i in range(window.board.ranking.count())]
        assert any("\u2068Joint curriculum with the regional institutes\u2069" in t for t in texts)
        window.close()
    finally:
        i18n.install(app, "en")


def test_saved_time_is_the_events_walk_in_dialog_is_wide_ics_name(qtbot, demo_db,  # type: ignore[no-untyped-def]
                                                                  main_window,
                                                                  monkeypatch) -> None:
    """Minors: "Saved 09:21" in UTC beside "12:21 Istanbul"; a tiny walk-in dialog;
    `invite.ics` as the name offered for every event's calendar file."""
    import datetime as dt

    from organiser.ui import file_dialogs
    from organiser.ui.live.checkin import WalkInDialog
    from organiser.ui.live.window import LiveWindow

    window = LiveWindow(demo_db, WORKSHOP)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    window.now = lambda: dt.datetime(2027, 2, 9, 9, 21, tzinfo=dt.UTC)  # type: ignore[method-assign]
    window.show_tab(1)
    window.minutes_edit.setPlainText("Opening words.")
    window.save_minutes()
    assert window.save_label.text() == "Saved 12:21:00"  # Istanbul, as the clock
    window.close()
    dialog = WalkInDialog("Nadia Benali", [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= dialog.fontMetrics().averageCharWidth() * 60
    offered: list[str] = []
    def offer(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        offered.append(name)
        return "", ""  # cancelled

    monkeypatch.setattr(file_dialogs, "get_save_file_name", offer)
    from tests.exporters.ics_support import set_coordinator

    set_coordinator("Sarah Whitfield", "s.whitfield@bank.example")
    events = main_window.show_area("Events")
    qtbot.waitUntil(lambda: events.select_event(WORKSHOP))
    events.save_calendar_file(WORKSHOP)
    assert offered == ["Brainstorming workshop a plan for moving forward - 2027-02-09.ics"]


def test_window_title_names_the_database_once(main_window) -> None:  # type: ignore[no-untyped-def]
    """Minor: "Organiser — organiser.sqlite — Organiser" (Qt appends the display name)."""
    title = main_window.windowTitle()
    assert title == main_window.db.display_name  # the app's name is Qt's to add


def test_file_menu_has_one_order_and_quit_last(main_window) -> None:  # type: ignore[no-untyped-def]
    """Minor: the File menu's order changed between runs (areas and start-up add entries in
    whatever order they come) and Quit was not last."""
    from organiser.ui.main_window import FILE_MENU_ORDER
    from organiser.ui.startup import install_data_actions

    install_data_actions(main_window)  # added after the areas' entries, as at start-up
    file_menu = main_window.menu("&File")
    file_menu.aboutToShow.emit()
    names = [(a.menu().objectName() if a.menu() else a.objectName()) or "-"
             for a in file_menu.actions()]
    entries = [n for n in names if n != "-"]
    assert entries[0] == "openDatabase" and entries[-1] == "quitAction"
    assert names[-2] == "-"  # a separator before Quit
    known = [n for n in entries if n in FILE_MENU_ORDER]
    assert known == sorted(known, key=FILE_MENU_ORDER.index)
    assert {"outboxAction", "restoreAction", "importContactsAction", "exportMenu"} <= set(names)
