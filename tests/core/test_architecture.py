"""The core never imports Qt; heavy libraries load on first use, not at start-up."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import organiser

CORE_PACKAGES = ("organiser.core", "organiser.services", "organiser.importers",
                 "organiser.exporters", "organiser.cli", "organiser.migrations")


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(organiser.__path__, "organiser."):
        if info.name.startswith(CORE_PACKAGES) and ".versions." not in info.name \
                and not info.name.endswith(".env"):
            names.append(info.name)
    return names


def _loaded_after(code: str) -> set[str]:
    probe = code + "\nimport sys\nprint('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    return set(result.stdout.split())


def test_core_imports_no_qt() -> None:
    modules = _core_modules()
    assert "organiser.core.models" in modules and "organiser.services.demo" in modules
    loaded = _loaded_after("\n".join(f"import {m}" for m in modules))
    assert not {m for m in loaded if m.startswith(("PySide6", "shiboken6"))}


def test_main_window_needs_neither_orm_nor_heavy_libraries() -> None:
    loaded = _loaded_after(
        "from organiser.ui.app import make_application\n"
        "from organiser.ui.main_window import MainWindow\n"
        "app = make_application()\nw = MainWindow()\nw.show()\napp.processEvents()"
    )
    assert "PySide6.QtWidgets" in loaded
    for heavy in ("sqlalchemy", "reportlab", "icalendar", "alembic"):
        assert heavy not in loaded, f"{heavy} is imported before the window is shown"


def test_cli_start_does_not_load_heavy_libraries() -> None:
    loaded = _loaded_after("from organiser.cli import build_parser\nbuild_parser()")
    for heavy in ("PySide6", "reportlab", "icalendar", "sqlalchemy"):
        assert heavy not in loaded


def test_layers_hold() -> None:
    """import-linter's contracts (pyproject.toml): core <- importers/exporters <- services <-
    ui/cli, nothing upward or sideways, and no Qt below the interface."""
    from pathlib import Path

    repo = Path(organiser.__file__).resolve().parent.parent
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=repo, capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_migration_scripts_are_self_contained() -> None:
    """A migration is a frozen record of one schema change: it must not import the app's code
    (Alembic's advice), or a later change to a type or constant rewrites history."""
    import ast
    from pathlib import Path

    versions = Path(organiser.__file__).resolve().parent / "migrations" / "versions"
    scripts = sorted(versions.glob("*.py"))
    assert len(scripts) >= 7
    for script in scripts:
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] != "organiser", \
                    f"{script.name}:{node.lineno} imports {name}"
