"""Optimistic locking: two app instances editing one record; the second save is told."""

from __future__ import annotations

from pathlib import Path

import pytest

from organiser.core.enums import NextStepStatus
from organiser.core.errors import ConflictError
from organiser.core.locking import no_silent_overwrite
from organiser.core.models import Event, NextStep
from organiser.core.storage import open_database
from organiser.services.demo import build_demo
from organiser.services.programme import set_next_step_status


def two_coordinators_edit_one_event(target: str) -> None:
    """Coordinator A opens the workshop, B saves a change meanwhile, then A saves: refused."""
    first = open_database(target)
    second = open_database(target)
    try:
        build_demo(first, replace=True)
        with first.session() as session:
            event_id = session.query(Event.id).filter(Event.kind == "workshop").scalar()
        with (pytest.raises(ConflictError) as info, no_silent_overwrite("the event"),
              first.transaction() as mine):
            event = mine.get(Event, event_id)
            assert event is not None and event.version == 1
            with second.transaction() as theirs:
                other = theirs.get(Event, event_id)
                assert other is not None
                other.venue = "Ankara, Hall B"
            event.venue = "Istanbul"
        assert "changed by someone else" in str(info.value)
        assert str(info.value).startswith("the event ")
        with first.session() as session:
            stored = session.get(Event, event_id)
            assert stored is not None
            assert stored.venue == "Ankara, Hall B"  # theirs kept, not silently overwritten
            assert stored.version == 2
        # the same through the service the UI uses, with the version the screen was filled from
        with first.session() as session:
            step = session.query(NextStep).filter(NextStep.status == "open").first()
            assert step is not None
            step_id, seen = step.id, step.version
        set_next_step_status(second, step_id, NextStepStatus.IN_PROGRESS, expected_version=seen)
        with pytest.raises(ConflictError, match="changed by someone else"):
            set_next_step_status(first, step_id, NextStepStatus.DONE, expected_version=seen)
        with first.session() as session:
            after = session.get(NextStep, step_id)
            assert after is not None and after.status is NextStepStatus.IN_PROGRESS
    finally:
        first.close()
        second.close()


def test_second_save_on_one_sqlite_file_is_refused(db_path: Path) -> None:
    two_coordinators_edit_one_event(str(db_path))


def test_saving_with_the_current_version_succeeds(demo_db) -> None:
    with demo_db.session() as session:
        step = session.query(NextStep).filter(NextStep.status == "open").first()
        assert step is not None
        step_id, seen = step.id, step.version
    new_version = set_next_step_status(demo_db, step_id, NextStepStatus.DONE,
                                       expected_version=seen)
    assert new_version == seen + 1
    with demo_db.session() as session:
        done = session.get(NextStep, step_id)
        assert done is not None and done.status is NextStepStatus.DONE
        assert done.done_at is not None
        assert done.history[-1].new_status is NextStepStatus.DONE
