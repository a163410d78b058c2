"""Opening the app reads only what the first screen shows; each other area is built and read
on its first visit, in a worker thread (issue 15)."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import pytest

from organiser.ui.areas import AREA_TITLES, area_class
from tests.ui.loading import settle

REPO = Path(__file__).resolve().parents[2]


def _make_db(path: Path) -> None:
    """The benchmark's generator at a moderate size (same shape as the large database)."""
    spec = importlib.util.spec_from_file_location("make_large_db",
                                                  REPO / "bench" / "make_large_db.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(path, people=1500, organisations=150, events=60, invitations=4000,
                    next_steps=2500)


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every area's loader call: (area title, thread name)."""
    seen: list[tuple[str, str]] = []
    for title in AREA_TITLES:
        cls = area_class(title)
        original = cls.load

        def recording(db, _title=title, _original=original):
            seen.append((_title, threading.current_thread().name))
            return _original(db)

        monkeypatch.setattr(cls, "load", staticmethod(recording))
    return seen


def test_opening_reads_only_the_visible_area(qtbot, tmp_path: Path, loads) -> None:
    from organiser.ui.app import make_application, start_window
    from organiser.ui.startup import guard_of

    db_path = tmp_path / "moderate.sqlite"
    _make_db(db_path)
    make_application()
    window = start_window(str(db_path))
    assert window is not None
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: hasattr(window, "startup_times"), timeout=60_000)
        times = window.startup_times
        assert 0 < times["shown"] <= times["listed"] <= times["ready"]
        assert [title for title, _ in loads] == ["Events"]
        assert all(thread != threading.main_thread().name for _, thread in loads)
        assert [a.title for a in window.areas] == ["Events"]  # the others are not even built
        events = window.area("Events")
        assert events.model.rowCount() == 60
        # the menus of the areas not built yet are there all the same
        texts = [a.text() for a in window.menu("&File").actions()]
        assert "&Import contacts…" in texts

        contacts = window.show_area("Contacts")
        settle()
        assert [title for title, _ in loads] == ["Events", "Contacts"]
        assert contacts.people.total() == 1500
        window.show_area("Programme")
        settle()
        assert [title for title, _ in loads] == ["Events", "Contacts", "Programme"]
        # 60 events on the timeline scroll: they do not make every area 1,600 pixels tall
        # (which laid out and painted each table at that height, ten times slower)
        assert window.minimumSizeHint().height() < 800
        assert "Next steps" not in [a.title for a in window.areas]
        window.show_area("Contacts")  # a second visit with nothing changed reads nothing
        settle()
        assert len(loads) == 3
    finally:
        window.close()
        guard_of(window).release()
