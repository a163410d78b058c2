"""The projector view: the room's full-screen window follows live mode (timer and board)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel

from organiser.services import brainstorm
from tests.ui.live_support import live_window

WORKSHOP = 5
IST = ZoneInfo("Europe/Istanbul")


@pytest.fixture
def window(qtbot, demo_db):
    with live_window(qtbot, demo_db, WORKSHOP, active=False) as win:
        yield win


def _action(window, name: str):
    return next(a for a in window.actions() if a.objectName() == name)


def test_projector_shows_the_countdown_and_follows_the_timer(window, qtbot) -> None:
    clock = [dt.datetime(2027, 2, 9, 9, 0, tzinfo=IST)]
    window.now = lambda: clock[0]
    window.next_item()  # registration starts at 09:00
    _action(window, "projectorToggle").trigger()
    projector = window.projector
    assert projector is not None and projector.isVisible() and projector.isFullScreen()
    qtbot.addWidget(projector)
    assert projector.item_title.text() == "\u2068Registration and coffee\u2069"
    assert projector.countdown.text() == "30:00"
    assert "Welcome and objectives of the gathering" in projector.next_label.text()
    assert projector.countdown.font().pointSizeF() > 4 * window.font().pointSizeF()
    clock[0] += dt.timedelta(minutes=34, seconds=10)
    window._update_timer()  # the one-second tick
    assert projector.countdown.text() == "+4:10"
    assert projector.countdown_note.text() == "over time"
    window.next_item()
    assert "Welcome and objectives" in projector.item_title.text()
    assert projector.countdown.text() == "30:00"
    assert projector.clock.text() == "09:34"
    _action(window, "projectorToggle").trigger()
    assert not projector.isVisible()


def test_projector_board_shows_totals_only_once_voting_is_closed(window, qtbot,
                                                                 demo_db) -> None:
    board = window.board
    view = brainstorm.get_board(demo_db, board.board_id)
    brainstorm.set_voting(demo_db, board.board_id, hide_totals=False)  # shown on the laptop
    window.refresh()
    _action(window, "projectorSwitch").trigger()  # opens it, on the board
    projector = window.projector
    assert projector is not None and projector.isVisible()
    qtbot.addWidget(projector)
    from organiser.ui.live.projector import BOARD

    assert projector.mode() == BOARD
    headings = [label.text() for label in projector.board.findChildren(QLabel, "themeHeading")]
    assert any("Training" in h for h in headings) and len(headings) >= len(view.themes)
    cards = [c.item(r).text() for c in projector.board.columns for r in range(c.count())]
    assert any("Joint curriculum" in c for c in cards)
    assert not any("vote" in c for c in cards)  # voting open: no totals on the wall
    assert not any("votes" in h for h in headings)
    board.toggle_voting()  # close voting: the room sees the totals
    headings = [label.text() for label in projector.board.findChildren(QLabel, "themeHeading")]
    assert any("votes" in h for h in headings), headings
    assert "closed" in projector.board_note.text()
    _action(window, "projectorSwitch").trigger()
    assert projector.mode() != BOARD
