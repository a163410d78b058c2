"""The projector view: a second, full-screen window for the room's screen.

It shows either the agenda item under way with a large time-left countdown, or the board
(themes and ideas, totals only once voting is closed). Live mode switches it and feeds it
(`LiveWindow.projector`): it follows the timer every second and the board on every change.
It is read-only and takes no keys but Escape (closes it) and F12/Ctrl+Shift+B (switches).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from organiser.ui import colours
from organiser.ui.labels import digits
from organiser.ui.live.board_columns import BoardColumns
from organiser.ui.widgets import isolate

if TYPE_CHECKING:
    from organiser.services.agenda import Agenda
    from organiser.services.brainstorm import BoardView

AGENDA, BOARD = 0, 1


def _big(label: QLabel, scale: float, bold: bool = False) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)


def clock_text(seconds: int) -> str:
    """12:34 for minutes and seconds; 1:02:03 past an hour."""
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return digits(f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}")


class ProjectorWindow(QWidget):
    """What the room sees; `show_agenda`/`show_board` are called by live mode."""

    mode_changed = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Projector — {title}").format(title=title))
        self.setStyleSheet(colours.projector_style())
        self._build_labels(title)
        agenda_page = self._build_agenda_page()
        board_page = self._build_board_page()
        self._lay_out(agenda_page, board_page)
        for keys in ("Escape",):
            QShortcut(QKeySequence(keys), self).activated.connect(self.close)
        for keys in ("F12", "Ctrl+Shift+B"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.switch)

    def _build_labels(self, title: str) -> None:
        """Large text for the back of the room: the event, the item, its countdown, what
        comes next, the clock."""
        self.event_title = QLabel(title, self)
        self.event_title.setObjectName("projectorEventTitle")
        self.event_title.setWordWrap(True)
        _big(self.event_title, 1.6)
        self.item_title = QLabel(self)
        self.item_title.setObjectName("projectorItem")
        self.item_title.setWordWrap(True)
        self.item_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(self.item_title, 3.2, bold=True)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("projectorCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(self.countdown, 12, bold=True)
        self.countdown_note = QLabel(self)
        self.countdown_note.setObjectName("projectorCountdownNote")
        self.countdown_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(self.countdown_note, 2.2)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("projectorNext")
        self.next_label.setWordWrap(True)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _big(self.next_label, 2.2)
        self.clock = QLabel(self)
        self.clock.setObjectName("projectorClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        _big(self.clock, 2)

    def _build_agenda_page(self) -> QWidget:
        agenda_page = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_page)
        agenda_layout.addStretch(1)
        agenda_layout.addWidget(self.item_title)
        agenda_layout.addWidget(self.countdown)
        agenda_layout.addWidget(self.countdown_note)
        agenda_layout.addStretch(1)
        agenda_layout.addWidget(self.next_label)
        return agenda_page

    def _build_board_page(self) -> QWidget:
        self.board = BoardColumns(lambda _ids, _theme: None, self, read_only=True, scale=1.5,
                                  width_chars=16, dark=False)  # light cards on the dark screen
        self.board.setObjectName("projectorBoard")
        self.board_note = QLabel(self)
        self.board_note.setObjectName("projectorBoardNote")
        _big(self.board_note, 1.6)
        board_page = QWidget(self)
        board_layout = QVBoxLayout(board_page)
        board_layout.addWidget(self.board, 1)
        board_layout.addWidget(self.board_note)
        return board_page

    def _lay_out(self, agenda_page: QWidget, board_page: QWidget) -> None:
        self.pages = QStackedWidget(self)
        self.pages.addWidget(agenda_page)
        self.pages.addWidget(board_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        top = QVBoxLayout()
        top.addWidget(self.event_title)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.clock)

    # --- what it shows ----------------------------------------------------------------

    def mode(self) -> int:
        return self.pages.currentIndex()

    def set_mode(self, mode: int) -> None:
        self.pages.setCurrentIndex(mode)
        self.mode_changed.emit(mode)

    def switch(self) -> None:
        self.set_mode(BOARD if self.mode() == AGENDA else AGENDA)

    def show_agenda(self, agenda: Agenda | None, now: dt.datetime, zone_name: str) -> None:
        """The item under way and its time left (or the next one before it starts)."""
        zone = ZoneInfo(zone_name)
        self.clock.setText(digits(f"{now.astimezone(zone):%H:%M}"))
        items = agenda.items if agenda is not None else []
        running = next((i for i in items if i.running), None)
        upcoming = next((i for i in items if i.actual_start is None), None)
        if running is not None and running.actual_start is not None:
            self.item_title.setText(isolate(running.title))
            left = int((running.actual_start + dt.timedelta(minutes=running.duration_minutes)
                        - now).total_seconds())
            self.countdown.setText(clock_text(left) if left >= 0
                                   else "+" + clock_text(left))
            self.countdown.setStyleSheet(colours.countdown_style(left))
            self.countdown_note.setText(self.tr("left") if left >= 0 else self.tr("over time"))
            later = items[items.index(running) + 1:]
            following = next((i for i in later if i.actual_start is None), None)
        else:
            following = None
            self.item_title.setText(self.tr("Starting soon") if upcoming else
                                    self.tr("Thank you"))
            self.countdown.setText("")
            self.countdown_note.setText("")
            if upcoming is not None:
                following = upcoming
        if following is not None:
            start = following.forecast_start.astimezone(zone)
            self.next_label.setText(self.tr("Next: {title} ({time})").format(
                title=isolate(following.title), time=digits(f"{start:%H:%M}")))
        else:
            self.next_label.setText("")

    def show_board(self, view: BoardView | None, unsorted_title: str) -> None:
        """Themes and ideas; the totals only once voting is closed (never the dots of one)."""
        if view is None:
            return
        shown = view if view.voting_closed else replace(view, hide_totals=True)
        self.board.set_board(shown, {}, unsorted_title)
        self.board_note.setText(self.tr("Voting closed: totals shown.") if view.voting_closed
                                else self.tr("Voting open: totals are shown when it closes."))

    # --- placement --------------------------------------------------------------------

    def show_on_room_screen(self, beside: QWidget | None) -> None:
        """Full screen on another screen than live mode's (the projector), else this one."""
        screens = QGuiApplication.screens()
        own = beside.screen() if beside is not None else None
        target = next((s for s in screens if s is not own), own or
                      QGuiApplication.primaryScreen())
        if target is not None:
            self.setGeometry(target.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.ignore()  # nothing typed here changes anything

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
