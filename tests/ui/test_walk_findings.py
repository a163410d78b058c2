"""What the walk of a workshop day under a real X server (Xvfb 1280×800, openbox) showed.

Each test is one thing seen on the screen that the offscreen tests had not caught.
"""

from __future__ import annotations

import pytest

from tests.ui.language_support import interface_in
from tests.ui.loading import settle

WORKSHOP = 5


def _room_below_title_bar(window) -> None:
    """The window and the title bar a window manager puts above it fit the screen's height:
    a window as tall as the screen has its buttons below the screen's edge."""
    area = window.screen().availableGeometry()
    assert window.height() + 30 <= area.height(), (window.height(), area.height())
    assert window.width() <= area.width()


def test_tall_dialogs_leave_room_for_the_title_bar(qtbot, demo_db) -> None:
    """Preferences and the PDF preview opened with OK/Cancel and Save/Close off the screen."""
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.preferences import PreferencesDialog
    from organiser.ui.live.window import LiveWindow

    make_application()
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    _room_below_title_bar(dialog)
    live = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(live)
    _room_below_title_bar(live)


@pytest.fixture
def live(qtbot, demo_db):
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    window.resize(1240, 740)
    window.show()
    qtbot.waitExposed(window)
    settle()  # the roster, agenda and outcomes are read in a worker
    window.show_tab(2)
    window.board.show_view(0)
    yield window
    if window.projector is not None:
        window.projector.close()
    window.close()


def _cut_cards(columns) -> list[str]:
    """Cards whose text, wrapped inside the card's margin, border and padding, is taller than
    the card: their last line (author, dots, votes) is not shown."""
    from PySide6.QtCore import QRect, Qt

    from organiser.ui.live.board_columns import CARD_INSET

    cut = []
    for column in columns.columns:
        metrics = column.fontMetrics()
        for row in range(column.count()):
            item = column.item(row)
            rect = column.visualItemRect(item)
            inside = rect.adjusted(CARD_INSET, CARD_INSET, -CARD_INSET, -CARD_INSET)
            needed = metrics.boundingRect(QRect(0, 0, inside.width(), 1 << 20),
                                          int(Qt.TextFlag.TextWordWrap), item.text())
            if needed.height() > inside.height():
                cut.append(f"{item.text()!r}: {needed.height()} > {inside.height()}")
    return cut


def test_cards_show_every_line_selected_or_not_and_on_the_projector(live, qtbot) -> None:
    """Seen: "Annual peer meeting of the …" and "Priya Raghavan · CAP…" (the dots cut) on a
    selected card; "languages…" without its author on the projector."""
    from organiser.services import brainstorm
    from organiser.ui.live.projector import BOARD

    board = live.board
    qtbot.waitUntil(lambda: bool(board.columns.columns))
    assert not _cut_cards(board.columns)
    for idea in brainstorm.get_board(live.db, board.board_id).ideas:
        assert board.columns.select_idea(idea.id)
        _settle()
        assert not _cut_cards(board.columns), idea.text
    live.toggle_projector()
    screen = live.projector
    screen.showNormal()
    screen.resize(1280, 800)
    screen.set_mode(BOARD)
    live._feed_projector()
    _settle()
    assert not _cut_cards(screen.board)


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()


def test_a_click_on_a_card_makes_it_the_one_voted_on(live, qtbot) -> None:
    """Seen: a card moved with Ctrl+→ stayed selected in its new column, a click on a card in
    another column added to the selection, and the digit typed for the vote answered
    "Select one idea."."""
    from PySide6.QtCore import Qt

    from organiser.services import brainstorm

    board = live.board
    columns = board.columns
    view = brainstorm.get_board(live.db, board.board_id)
    first = next(i for i in view.ideas if i.theme_id == view.themes[0].id)
    assert columns.select_idea(first.id)
    target = columns.columns[2]  # the second theme's column
    item = target.item(0)
    qtbot.mouseClick(target.viewport(), Qt.MouseButton.LeftButton,
                     pos=target.visualItemRect(item).center())
    assert columns.selected_ideas() == [int(item.data(Qt.ItemDataRole.UserRole))]
    board.voter.setCurrentIndex(board.voter.findText("Kwame Asante"))
    qtbot.keyClick(target, Qt.Key.Key_2)  # two of the voter's dots on that idea
    votes = brainstorm.votes_of(live.db, board.board_id, board.voter.currentData())
    assert votes.get(columns.selected_ideas()[0]) == 2
    assert not board.message.isVisible() or "one idea" not in board.message.text()


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the popup
def test_walk_in_tab_takes_the_organisation_suggested(qtbot) -> None:
    """Seen: "Kamu", the completion shown, Tab: the walk-in's organisation became a new "Kamu"
    beside the existing "Kamu İhale Eğitim Enstitüsü"."""
    from PySide6.QtCore import Qt

    from organiser.ui.app import make_application
    from organiser.ui.live.checkin import WalkInDialog

    make_application()
    dialog = WalkInDialog("Nilüfer Yılmaz", ["Kamu İhale Eğitim Enstitüsü",
                                             "Procurement Watch Network"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.organisation.setFocus()
    qtbot.keyClicks(dialog.organisation, "Kamu")
    popup = dialog.organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert dialog.organisation.text() == "Kamu İhale Eğitim Enstitüsü"
    # a name no suggestion matches stays as typed
    dialog.organisation.clear()
    qtbot.keyClicks(dialog.organisation, "Zeta Institute")
    assert not popup.isVisible()
    assert dialog.organisation.text() == "Zeta Institute"


def test_calendar_file_into_a_missing_folder_is_a_message_not_a_crash(
        main_window, monkeypatch, tmp_path) -> None:
    """Seen: Calendar file… into a folder that is gone opened the unexpected-error dialog
    with a traceback (FileNotFoundError); the programme feed alike."""
    from PySide6.QtWidgets import QMessageBox

    from tests.exporters.ics_support import set_coordinator

    set_coordinator()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_a, **_k: said.append(text))
    area = main_window.show_area("Events")
    gone = tmp_path / "gone"
    area.save_calendar_file(WORKSHOP, str(gone / "invite.ics"))
    area.save_feed(str(gone / "programme.ics"))
    assert len(said) == 2 and all(str(gone) in text for text in said), said
    assert not gone.exists()


def test_board_in_arabic_and_totals_in_words(qtbot, demo_db) -> None:
    """Seen in Arabic: the first column headed "Not in a theme yet (١)" in English (translated
    in the wrong context); in every language "Monitoring (2) — 1 votes"."""
    from PySide6.QtWidgets import QLabel

    from organiser.services import brainstorm
    from organiser.ui.live.window import LiveWindow

    def headings(window: LiveWindow) -> list[str]:
        window.show_tab(2)
        window.board.show_view(0)
        return [label.text() for label in
                window.board.columns.findChildren(QLabel, "themeHeading")]

    with interface_in("ar"):
        window = LiveWindow(demo_db, WORKSHOP)
        qtbot.addWidget(window)
        shown = headings(window)
        assert shown and not any("Not in a theme" in h for h in shown), shown
    brainstorm.close_voting(demo_db, brainstorm.board_for_event(demo_db, WORKSHOP))
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    shown = headings(window)
    assert any(h.endswith("— 1 vote") for h in shown), shown
    assert not any("1 votes" in h for h in shown), shown


def test_add_people_shows_who_is_invited_already(main_window, qtbot, monkeypatch) -> None:
    """Seen: the workshop's 28 invitees all listed, unticked, as if nobody were invited."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from organiser.ui.dialogs.event_invitations import AddInviteesDialog
    from tests.ui.loading import settle

    area = main_window.show_area("Events")
    assert area.select_event(4)  # 19 of the demo's people invited
    settle()
    opened: list[AddInviteesDialog] = []

    def look(dialog: AddInviteesDialog) -> QDialog.DialogCode:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(AddInviteesDialog, "exec", look)
    area.invitations.add_people()
    dialog = opened[0]
    people = [dialog.list.item(r) for r in range(dialog.list.count())
              if dialog.list.item(r).data(Qt.ItemDataRole.UserRole).kind == "person"]
    invited = [i for i in people if i.checkState() == Qt.CheckState.Checked]
    assert len(invited) == area.invitations.proxy.rowCount() == 19
    assert all("already invited" in i.text() and not i.flags() & Qt.ItemFlag.ItemIsEnabled
               for i in invited)
    assert dialog.chosen() == []  # ticked as invited, not invited twice
    dialog.check_visible()  # "tick all shown" ticks the others only
    assert len(dialog.chosen()) == dialog.list.count() - 19


def test_mailbox_security_and_handling_are_choices(qtbot) -> None:
    """Seen in Preferences, Replies: security and what becomes of handled replies were free
    text ("ssl", "move"), the siblings of the SMTP security that finding 7 made a choice."""
    from PySide6.QtWidgets import QComboBox

    from organiser.core.settings import IMAP_AFTER, IMAP_SECURITY, Settings
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.preferences import PreferencesDialog

    make_application()
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    security = dialog.findChild(QComboBox, "imap.security")
    after = dialog.findChild(QComboBox, "imap.after")
    assert isinstance(security, QComboBox) and not security.isEditable()
    assert isinstance(after, QComboBox) and not after.isEditable()
    assert [security.itemData(i) for i in range(security.count())] == ["ssl", "starttls", "none"]
    assert security.currentData() == "ssl" and after.currentData() == "move"
    security.setCurrentIndex(security.findData("starttls"))
    after.setCurrentIndex(after.findData("flag"))
    dialog.accept()
    saved = Settings()
    assert (saved.get(IMAP_SECURITY), saved.get(IMAP_AFTER)) == ("starttls", "flag")


def test_the_approval_question_shows_its_whole_title(qtbot, demo_db) -> None:
    """Seen under openbox: "Approve the … s — Organiser", the title cut to the narrow width of
    QInputDialog.getText (the walk-in dialog had the same fault, fixed in issue 14)."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QInputDialog

    from organiser.ui.dialogs.pdf_preview import PdfPreviewDialog
    from tests.ui.test_workshop_day import HELD, answer_next_dialog

    preview = PdfPreviewDialog(demo_db, "minutes", 3)
    qtbot.addWidget(preview)
    widths: list[tuple[int, int]] = []

    def look(box) -> None:
        bold = QFont(box.font())
        bold.setBold(True)  # a window manager's title
        needed = QFontMetrics(bold).horizontalAdvance(f"{box.windowTitle()} — Organiser")
        widths.append((box.width(), needed))
        box.reject()

    assert HELD == 3
    asked = answer_next_dialog(qtbot, QInputDialog, look)
    preview.approve_button.click()
    assert asked == ["Approve the minutes"]
    width, needed = widths[0]
    assert width >= needed + 150  # the title, the window's icon and three buttons


def test_suggested_file_names_have_single_spaces() -> None:
    """Seen in the save dialog: "Brainstorming workshop  a plan for moving forward - …"."""
    from organiser.exporters.pdf import suggested_filename

    assert suggested_filename("minutes", "Brainstorming workshop: a plan", "2027-02-09") == \
        "Minutes - Brainstorming workshop a plan - 2027-02-09.pdf"
    assert suggested_filename("", "A / B", "") == "A B.pdf"


def test_vote_refusals_are_said_in_the_interface_language(qtbot, demo_db) -> None:
    """Seen in French: a digit on a card after voting closed answered "voting is closed on
    this board", the service's English, lower case, in the status line and the panel."""
    from organiser.services import brainstorm
    from organiser.ui.live.window import LiveWindow
    from tests.ui.loading import settle

    with interface_in("fr"):
        window = LiveWindow(demo_db, WORKSHOP)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.show_tab(2)
        board = window.board
        board.show_view(0)
        assert board.board_id is not None
        board_id = board.board_id
        settle()  # the roster is read in the background
        qtbot.waitUntil(lambda: board.voter.findText("Kwame Asante") >= 0)
        board.voter.setCurrentIndex(board.voter.findText("Kwame Asante"))  # 1 of 3 used
        idea = next(i for i in brainstorm.get_board(demo_db, board_id).ideas
                    if i.text == "Media fellowship on procurement journalism")
        assert board.columns.select_idea(idea.id)
        board.set_dots(3)  # one more than he has left
        assert "3 votes par personne" in board.message.text(), board.message.text()
        brainstorm.close_voting(demo_db, board_id)
        window.refresh()
        assert board.columns.select_idea(idea.id)
        board.set_dots(1)
        assert board.message.text().startswith("Le vote est clos"), board.message.text()
        assert brainstorm.votes_of(demo_db, board_id,
                                   board.voter.currentData()).get(idea.id) is None


def test_a_board_opened_before_the_roster_arrives_gets_its_voters(qtbot, demo_db) -> None:
    """The roster is read in the background: a board opened at once (Ctrl+3 as live mode
    opens) kept "(choose a voter)" alone, so typing a voter's name found nobody."""
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow
    from tests.ui.loading import settle

    make_application()
    window = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(window)
    board = window.board  # before the read is delivered
    assert not window.loaded
    settle()
    assert window.loaded
    names = [board.voter.itemText(i) for i in range(board.voter.count())]
    assert "Kwame Asante" in names and "Kwame Asante" in [
        board.author.itemText(i) for i in range(board.author.count())]


def test_an_empty_check_in_search_lights_up_nobody(live, qtbot) -> None:
    """Seen after each check-in: the search cleared, the first row (Luíza Araújo, who
    declined) stayed highlighted as if chosen, though Enter marks nobody there."""
    from PySide6.QtCore import Qt

    from tests.ui.loading import settle

    window = live
    window.show_tab(0)
    settle()
    panel = window.checkin
    assert panel.search.text() == ""
    assert panel.selected() is None and not panel.table.selectionModel().selectedRows()
    qtbot.keyClicks(panel.search, "oster")
    assert panel.selected() is not None and panel.selected().name == "Henrik Østergård"
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # present; the search empties
    assert panel.search.text() == "" and panel.selected() is None
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)  # ↓ chooses from the top
    first = panel.model.row_at(0)
    assert panel.selected() == first


def test_an_overdue_due_date_shows_whole(main_window) -> None:
    """Seen in Next steps: "⚠ 06 Nov 202…", the year and the word "overdue" cut off (the
    column was 96 pixels for a bold "⚠ 06 Nov 2026, overdue")."""
    from PySide6.QtGui import QFont, QFontMetrics

    from organiser.ui.models.nextsteps_table import DUE
    from tests.ui.loading import settle

    area = main_window.show_area("Next steps")
    settle()
    table = area.table
    model = table.model()
    overdue = [model.index(r, DUE).data() for r in range(model.rowCount())
               if "overdue" in str(model.index(r, DUE).data())]
    assert overdue
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for text in overdue:
        assert metrics.horizontalAdvance(text) + 8 <= table.columnWidth(DUE), text
