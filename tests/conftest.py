"""Shared fixtures: an isolated user environment, a migrated database, the CLI, the window."""

from __future__ import annotations

import io
import os
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


@pytest.fixture(autouse=True)
def isolated_user(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, config and log folders (never the developer's)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ORGANISER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("ORGANISER_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("ORGANISER_LOG_DIR", str(home / "log"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.delenv("ORGANISER_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "organiser.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[object]:
    """A fresh, migrated, empty database file in tmp_path."""
    from organiser.core.storage import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: object) -> object:
    """The migrated database holding the demo programme."""
    from organiser.services.demo import build_demo

    build_demo(db)  # type: ignore[arg-type]
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
def cli(db_path: Path):  # type: ignore[no-untyped-def]
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
        raw = out.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
        return CliResult(code, raw, err.getvalue())

    return invoke


@pytest.fixture
def main_window(qtbot, demo_db):  # type: ignore[no-untyped-def]
    """The real main window on the demo database, shown offscreen."""
    from organiser.ui.app import make_application
    from organiser.ui.main_window import MainWindow

    make_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.set_database(demo_db)
    yield window
    window.db = None  # the fixture `db` closes it
