"""The brainstorming board: ideas typed at speed, drag into a theme, vote limits, promotion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from organiser.core.models import NextStep
from organiser.services import brainstorm
from tests.ui.drag_support import drag_and_drop

WORKSHOP = 5


@pytest.fixture
def window(qtbot, demo_db):
    from organiser.ui.app import make_application
    from organiser.ui.live.window import LiveWindow

    make_application()
    win = LiveWindow(demo_db, WORKSHOP)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitActive(win):
        win.activateWindow()
    win.show_tab(2)
    yield win
    win.close()


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
    qtbot.keyClick(tree, Qt.Key.Key_U)
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
    assert ranking[0] in ("1. Joint curriculum with the regional institutes — 2",
                          "1. Media fellowship on procurement journalism — 2")
    assert "Monitoring — 3" in " ".join(ranking)
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
