"""Shared fixtures: an isolated user environment, a migrated database, the CLI, the window."""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"  # the sample files (tests/data/README.md)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a Qt fixture are `gui` tests (run headless with the rest)."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "main_window" in fixtures:
            item.add_marker(pytest.mark.gui)


def _isolate(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    monkeypatch.setenv("ORGANISER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("ORGANISER_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("ORGANISER_LOG_DIR", str(home / "log"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.delenv("ORGANISER_DB", raising=False)


@pytest.fixture(autouse=True)
def isolated_user(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders (never the developer's)."""
    home = tmp_path_factory.mktemp("home")
    _isolate(monkeypatch, home)
    return home


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty database file, made once per session and copied for each test that
    wants one (migrating takes about a second; copying a closed file, a hundredth)."""
    from organiser.core.storage import open_database

    folder = tmp_path_factory.mktemp("templates")
    with pytest.MonkeyPatch.context() as monkeypatch:
        _isolate(monkeypatch, folder / "home")
        database = open_database(folder / "empty.sqlite")
        database.close()
    return folder / "empty.sqlite"


@pytest.fixture(scope="session")
def demo_template(empty_template: Path) -> Path:
    """The demo programme built once per session into a copy of the empty template."""
    from organiser.core.storage import open_database
    from organiser.services.demo import build_demo

    path = empty_template.with_name("demo.sqlite")
    shutil.copy2(empty_template, path)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _isolate(monkeypatch, empty_template.parent / "home")
        database = open_database(path)
        build_demo(database)
        database.close()
    assert not path.with_name(path.name + "-wal").exists(), "the template was not checkpointed"
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "organiser.sqlite"


@pytest.fixture
def db(db_path: Path, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh, migrated database file in tmp_path: empty, or holding the demo programme when
    the test (or one of its fixtures) asks for `demo_db`. Each test gets its own copy of the
    session's template (as Anki's tests copy an empty collection)."""
    from organiser.core.storage import open_database

    wants_demo = "demo_db" in request.fixturenames
    template = request.getfixturevalue("demo_template" if wants_demo else "empty_template")
    shutil.copy2(template, db_path)
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: object) -> object:
    """The migrated database holding the demo programme (the `db` fixture copied it in)."""
    return db


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> object:
        import json

        return json.loads(self.out)


@pytest.fixture
def cli(db_path: Path):
    """Run `organiser --db DB_PATH ARGS...` in-process; returns code, stdout, stderr."""
    from organiser.cli import run

    def invoke(*args: str, db: Path | str | None = db_path) -> CliResult:
        out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
        argv = (["--db", str(db)] if db is not None else []) + list(args)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = run(argv)
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
        out.flush()
        raw = out.buffer.getvalue().decode("utf-8")
        return CliResult(code, raw, err.getvalue())

    return invoke


@pytest.fixture
def main_window(qtbot, demo_db):
    """The real main window on the demo database, shown offscreen."""
    from organiser.ui.app import make_application
    from organiser.ui.main_window import MainWindow

    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_database(demo_db)
    from tests.ui.loading import settle

    settle()  # the visible area's background read is shown
    yield window
    window.db = None  # the fixture `db` closes it
