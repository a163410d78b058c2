"""The open window shows what is in the database, whoever changed it (issue 11, finding 5):
a CLI process writing while the window is open, F5, and the app's own live mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from organiser.core.enums import NextStepStatus
from tests.ui.loading import settle

WORKSHOP = 5
DEADLINE_MS = 15_000  # the window polls every second; a loaded machine gets some slack


def _cli(db_path: Path, *args: str) -> None:
    """A real second process, as a colleague's terminal would be."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "organiser", "--db", str(db_path), *args],
                            capture_output=True, text=True, timeout=120, env=env, check=False)
    assert result.returncode == 0, result.stderr


def _status(area, step_id: int) -> NextStepStatus | None:
    found = [r for r in area.model.all_rows() if r.id == step_id]
    return found[0].status if found else None


def _next_steps(main_window):
    area = main_window.show_area("Next steps")
    settle()
    area.status_filter.setCurrentIndex(1)  # all statuses: a done step stays listed
    settle()
    return area


def test_a_cli_write_shows_in_the_open_window(main_window, qtbot, db_path: Path) -> None:
    area = _next_steps(main_window)
    step = next(r for r in area.model.all_rows() if r.status is NextStepStatus.OPEN)
    shown_before = area.model.rowCount()
    _cli(db_path, "nextsteps", "set", str(step.id), "--status", "done", "--note", "by phone")
    qtbot.waitUntil(lambda: _status(area, step.id) is NextStepStatus.DONE, timeout=DEADLINE_MS)
    assert area.model.rowCount() == shown_before
    # what is on screen says so too, not only the model
    row = area.model.row_of(step.id)
    assert area.model.index(row, 1).data() == "Done"

    # events added from the command line appear in the Events area when it is shown again
    _cli(db_path, "events", "add", "--title", "Сессия в Киеве", "--kind", "workshop",
         "--start", "2027-05-04T09:00", "--end", "2027-05-04T17:00", "--tz", "Europe/Kyiv")
    events = main_window.show_area("Events")
    qtbot.waitUntil(lambda: any(r.title == "Сессия в Киеве" for r in events.model.rows()),
                    timeout=DEADLINE_MS)


def test_f5_reloads(main_window, qtbot, db_path: Path) -> None:
    area = _next_steps(main_window)
    main_window.poll_timer.stop()  # only F5 may bring the change now
    step = next(r for r in area.model.all_rows() if r.status is NextStepStatus.OPEN)
    _cli(db_path, "nextsteps", "set", str(step.id), "--status", "dropped")
    settle()
    assert _status(area, step.id) is NextStepStatus.OPEN  # not yet: nobody asked
    with qtbot.waitActive(main_window):
        main_window.activateWindow()
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: _status(area, step.id) is NextStepStatus.DROPPED,
                    timeout=DEADLINE_MS)


def test_live_mode_edits_show_in_the_next_steps_area(main_window, qtbot, db_path: Path) -> None:
    area = _next_steps(main_window)
    before = len(area.model.all_rows())
    events = main_window.show_area("Events")
    settle()
    assert events.select_event(WORKSHOP)
    from organiser.ui.live.capture import Captured
    from organiser.ui.live.window import open_live_window

    live = open_live_window(main_window.db, WORKSHOP, main_window)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(live)
    assert live.record_outcome(Captured(kind="next step", text="Draft the pilot's terms",
                                        owner=None, owner_name="Fatima Al-Zahra",
                                        due_date=None, line_of_action_id=None))
    live.close()
    QApplication.processEvents()
    main_window.show_area("Next steps")
    qtbot.waitUntil(lambda: len(area.model.all_rows()) == before + 1, timeout=DEADLINE_MS)
    assert "Draft the pilot's terms" in [r.text for r in area.model.all_rows()]


def test_a_reload_redraws_only_the_row_that_changed(main_window, qtbot, db_path: Path) -> None:
    events = main_window.show_area("Events")
    settle()
    assert events.select_event(WORKSHOP)
    resets: list[int] = []
    changed: list[int] = []
    events.model.modelReset.connect(lambda: resets.append(1))
    events.model.dataChanged.connect(lambda first, _last, _roles=(): changed.append(first.row()))
    _cli(db_path, "events", "cancel", "3")
    qtbot.waitUntil(lambda: bool(changed), timeout=DEADLINE_MS)
    settle()
    assert not resets  # no rebuild: the selection, the scroll position and any editor stay
    assert [events.model.row_at(r).id for r in changed] == [3]
    assert events.selected_event_id() == WORKSHOP
    row = next(r for r in events.model.rows() if r.id == 3)
    assert row.status.value == "cancelled"
