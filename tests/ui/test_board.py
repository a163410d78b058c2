"""The brainstorming board: ideas typed at speed, drag into a theme, vote limits, promotion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from organiser.core.models import NextStep
from organiser.services import brainstorm
from tests.ui.drag_support import drag_and_drop
from tests.ui.live_support import live_window

WORKSHOP = 5


@pytest.fixture
def window(qtbot, demo_db):
    with live_window(qtbot, demo_db, WORKSHOP) as win:
        win.show_tab(2)
        win.board.show_view(1)  # the list (the columns have their own tests)
        yield win


def _index_of_idea(model, text: str):
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if model.data(index) == text:
                return index
    raise AssertionError(text)


def _group_index(model, title: str):
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index).startswith(title):
            return index
    raise AssertionError(title)


def _ideas(db, board_id: int, theme_title: str | None) -> list[str]:
    view = brainstorm.get_board(db, board_id)
    theme_id = next((t.id for t in view.themes if t.title == theme_title), None)
    return [i.text for i in view.ideas_of(theme_id)]


def test_ideas_typed_one_per_line_then_dragged_into_a_theme(window, qtbot, demo_db) -> None:
    board = window.board
    for text in ("Shared glossary of procurement terms", "Regional hubs"):
        qtbot.keyClicks(board.idea_edit, text)
        qtbot.keyClick(board.idea_edit, Qt.Key.Key_Return)
    assert board.idea_edit.text() == ""
    assert _ideas(demo_db, board.board_id, None)[-2:] == [
        "Shared glossary of procurement terms", "Regional hubs"]
    # drag "Regional hubs" onto the "Training" theme, through the tree's viewport
    tree, model = board.tree, board.model
    training = tree.visualRect(_group_index(model, "Training")).center()
    drag_and_drop(tree, [_index_of_idea(model, "Regional hubs")], training)
    assert "Regional hubs" in _ideas(demo_db, board.board_id, "Training")
    # undo puts it back where it was, redo moves it again
    window.undo_action.trigger()
    assert "Regional hubs" in _ideas(demo_db, board.board_id, None)
    window.redo_action.trigger()
    assert "Regional hubs" in _ideas(demo_db, board.board_id, "Training")
    # and out again by dragging it onto the unsorted ideas
    unsorted = tree.visualRect(_group_index(model, "Not in a theme yet")).center()
    drag_and_drop(tree, [_index_of_idea(model, "Regional hubs")], unsorted)
    assert "Regional hubs" in _ideas(demo_db, board.board_id, None)
    # dropped on an idea of a theme, it joins that idea's theme
    dropped_on = tree.visualRect(_index_of_idea(model, "Joint curriculum with the regional "
                                                       "institutes")).center()
    drag_and_drop(tree, [_index_of_idea(model, "Regional hubs")], dropped_on)
    assert "Regional hubs" in _ideas(demo_db, board.board_id, "Training")
    # and out with one key
    tree.setCurrentIndex(_index_of_idea(model, "Regional hubs"))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert "Regional hubs" in _ideas(demo_db, board.board_id, None)


def test_vote_limit_hidden_totals_and_ranking(window, qtbot, demo_db) -> None:
    board = window.board
    board.voter.setCurrentIndex(board.voter.findText("Kwame Asante"))  # one dot used already
    assert board.dots_label.text() == "Kwame Asante: 1 of 3 dots used"
    tree = board.tree
    tree.setCurrentIndex(_index_of_idea(board.model, "Media fellowship on procurement journalism"))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Plus)
    qtbot.keyClick(tree, Qt.Key.Key_Plus)
    assert board.dots_label.text() == "Kwame Asante: 3 of 3 dots used"
    qtbot.keyClick(tree, Qt.Key.Key_Plus)  # over-voting is refused
    assert "3 votes per person" in window.save_label.text()
    assert board.dots_label.text() == "Kwame Asante: 3 of 3 dots used"
    index = _index_of_idea(board.model, "Media fellowship on procurement journalism")
    assert board.model.data(index.siblingAtColumn(3)) == "hidden"
    assert board.model.data(index.siblingAtColumn(4)) == "●●"
    assert board.ranking.count() == 0
    qtbot.mouseClick(board.close_button, Qt.MouseButton.LeftButton)
    index = _index_of_idea(board.model, "Media fellowship on procurement journalism")
    assert board.model.data(index.siblingAtColumn(3)) == "2"
    ranking = [board.ranking.item(i).text() for i in range(board.ranking.count())]
    assert ranking[0] in ("1. \u2068Joint curriculum with the regional institutes\u2069 — 2",
                          "1. \u2068Media fellowship on procurement journalism\u2069 — 2")
    assert "\u2068Monitoring\u2069 — 3" in " ".join(ranking)
    window.undo_action.trigger()  # reopen voting: totals hidden again
    assert board.ranking.count() == 0


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")
def test_promote_idea_to_next_step_keeps_the_link(window, qtbot, demo_db) -> None:
    board = window.board
    tree = board.tree
    tree.setCurrentIndex(_index_of_idea(board.model, "Peer-review visits between reform "
                                                     "coalitions"))
    tree.setFocus()
    seen: dict[str, str] = {}

    def fill() -> None:
        for _ in range(100):
            dialog = QApplication.activeModalWidget()
            if dialog is not None and QApplication.activeWindow() is dialog:
                break
            qtbot.wait(20)
        else:
            return
        seen["text"] = dialog.text_edit.text()
        qtbot.keyClicks(dialog.owner.edit, "itag")
        qtbot.keyClick(dialog.owner.edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)
    qtbot.keyClick(tree, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"text": "Peer-review visits between reform coalitions"}
    with demo_db.session() as session:
        step = session.scalars(select(NextStep).where(NextStep.event_id == WORKSHOP)).one()
        idea_id = step.source_idea_id
        assert step.owner_name == "International Technical Advisory Group"
        assert step.owner_organisation_id is not None
        assert step.agenda_item_id is not None  # the brainstorm item of the board
    view = brainstorm.get_board(demo_db, board.board_id)
    assert next(i.text for i in view.ideas if i.id == idea_id).startswith("Peer-review")


def _roster_row(db, reply=None, status=None):
    from organiser.services import live

    return next(r for r in live.roster(db, WORKSHOP)
                if (reply is None or r.reply is reply) and r.status is status)


def test_voters_exclude_declined_and_apologies(window, demo_db) -> None:
    """Finding 11: voter and author lists offered people who declined or sent apologies."""
    from organiser.core.enums import AttendanceStatus, Reply
    from organiser.services import live

    board = window.board
    declined = _roster_row(demo_db, Reply.DECLINED)
    voters = [board.voter.itemText(i) for i in range(board.voter.count())]
    authors = [board.author.itemText(i) for i in range(board.author.count())]
    assert declined.name not in voters and declined.name not in authors
    kwame = next(r for r in live.roster(demo_db, WORKSHOP) if r.name == "Kwame Asante")
    assert kwame.name in voters
    window.set_status(kwame.person_id, AttendanceStatus.APOLOGIES)  # sends apologies
    window.show_tab(2)
    assert "Kwame Asante" not in [board.voter.itemText(i) for i in range(board.voter.count())]


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the popup
def test_keyboard_voting_on_the_columns(window, qtbot, demo_db) -> None:
    """A dot for another voter: select the card, type the name, Enter, then a digit."""
    board = window.board
    board.show_view(0)
    columns = board.columns
    idea = next(i for i in brainstorm.get_board(demo_db, board.board_id).ideas
                if i.text == "Media fellowship on procurement journalism")
    assert columns.select_idea(idea.id)
    column = columns.current_column()
    assert column is not None
    for key in "kwa":
        qtbot.keyClick(column, key)
    assert board.voter.lineEdit().hasFocus() or board.voter.hasFocus()
    qtbot.keyClick(board.voter.lineEdit(), Qt.Key.Key_Return)
    assert board.voter.currentText() == "Kwame Asante"
    column = columns.current_column()
    assert column is not None and column.hasFocus()  # back on the card, for the digits
    qtbot.keyClick(column, Qt.Key.Key_2)
    voter = board.voter.currentData()
    assert brainstorm.votes_of(demo_db, board.board_id, voter)[idea.id] == 2
    assert "●●" in columns.current_column().currentItem().text()  # the dots on the card
    assert board.dots_label.text() == "Kwame Asante: 3 of 3 dots used"
    qtbot.keyClick(columns.current_column(), Qt.Key.Key_Plus)  # over-voting is refused
    assert board.message.isVisible() and "3 votes per person" in board.message.text()
    qtbot.keyClick(columns.current_column(), Qt.Key.Key_0)  # all taken back
    assert idea.id not in brainstorm.votes_of(demo_db, board.board_id, voter)


def _drop_on(view, mime) -> None:
    """A drag from another column delivered to this one: enter, move, drop on its viewport."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    at = view.viewport().rect().center()  # a QPoint for enter and move, a QPointF to drop
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    for kind in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
        event = kind(QPointF(at), *args) if kind is QDropEvent else kind(at, *args)
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted() or kind is QDropEvent, kind  # the board reloads instead


def test_columns_drag_and_keyboard_moves(window, qtbot, demo_db) -> None:
    board = window.board
    board.show_view(0)
    columns = board.columns
    view = brainstorm.get_board(demo_db, board.board_id)
    titles = [None] + [t.title for t in view.themes]
    assert len(columns.columns) == len(titles)
    idea = next(i for i in view.ideas if i.theme_id is None)
    source = columns.columns[0]
    row = next(r for r in range(source.count()) if source.item(r).data(Qt.ItemDataRole.UserRole)
               == idea.id)
    target = columns.columns[1]
    mime = source.model().mimeData([source.indexFromItem(source.item(row))])
    _drop_on(target, mime)
    assert idea.text in _ideas(demo_db, board.board_id, titles[1])
    window.undo_action.trigger()
    assert idea.text in _ideas(demo_db, board.board_id, None)
    # Ctrl+→ moves the card to the next column, Ctrl+← back
    assert columns.select_idea(idea.id)
    qtbot.keyClick(columns.current_column(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert idea.text in _ideas(demo_db, board.board_id, titles[1])
    qtbot.keyClick(columns.current_column(), Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert idea.text in _ideas(demo_db, board.board_id, titles[2])
    qtbot.keyClick(columns.current_column(), Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert idea.text in _ideas(demo_db, board.board_id, titles[1])
    assert board.ranking.wordWrap()  # the ranking wraps instead of cutting names


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")  # the popup
def test_a_voter_chosen_later_in_the_field_goes_back_to_the_board_shown(window, qtbot) -> None:
    """Where a name typed on a card came from was kept after its Enter: a voter chosen later in
    the field itself (Tab there, type, Enter) sent the keys back to that old view, hidden by
    then, instead of the board shown."""
    board = window.board
    board.show_view(0)
    column = board.columns.current_column() or board.columns.columns[0]
    column.setFocus()
    for key in "kwa":
        qtbot.keyClick(column, key)
    qtbot.keyClick(board.voter.lineEdit(), Qt.Key.Key_Return)
    assert board.voter.currentText() == "Kwame Asante"
    board.show_view(1)  # the list now
    line = board.voter.lineEdit()
    board.voter.setFocus()
    line.clear()
    qtbot.keyClicks(line, "oster")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert board.voter.currentText().startswith("Henrik")
    assert board.tree.hasFocus()  # the list shown, for the digits
