"""The main window on the demo database: areas, menus, events table, status bar, probe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QTableView


def test_events_area_lists_the_demo_events(main_window) -> None:
    table = main_window.findChild(QTableView, "eventsTable")
    assert table is not None and table.isVisible()
    model = table.model()
    assert model.rowCount() == 6
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[0] == "Consultation with OPCPR: a common agenda"
    assert "Brainstorming workshop: a plan for moving forward" in titles
    invited_column = [model.headerData(c, Qt.Orientation.Horizontal)
                      for c in range(model.columnCount())].index("Invited")
    workshop_row = titles.index("Brainstorming workshop: a plan for moving forward")
    assert model.index(workshop_row, invited_column).data() == "28"


def test_sorting_by_invited(main_window) -> None:
    table = main_window.findChild(QTableView, "eventsTable")
    table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert table.model().index(0, 6).data() == "28"


def test_navigation_has_every_area(main_window, qtbot) -> None:
    titles = [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())]
    assert titles == ["Contacts", "Events", "Next steps", "Programme"]
    main_window.navigation.setCurrentRow(0)
    assert main_window.stack.currentWidget().title == "Contacts"


def test_menus_have_standard_shortcuts(main_window) -> None:
    assert main_window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert not main_window.preferences_action.shortcut().isEmpty()
    assert main_window.about_action.text().startswith("&About")


def test_status_bar_names_the_database(main_window, db_path: Path) -> None:
    assert str(db_path) in main_window.db_label.text()


def test_geometry_is_remembered(main_window, qtbot) -> None:
    main_window.resize(700, 500)
    main_window.close()
    from organiser.ui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert QSettings().value("mainWindow/geometry") is not None
    assert again.size().width() == 700


def test_startup_probe_prints_shown_listed_ready(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORGANISER_DATA_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "organiser", "--startup-probe"], env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    times = dict(part.split("=") for part in line.split())
    assert list(times) == ["shown", "listed", "ready"]
    shown, listed, ready = (float(v) for v in times.values())
    assert 0 < shown <= listed <= ready
    # no database existed: the app made one with the demo programme
    assert (tmp_path / "organiser.sqlite").exists()


def test_bundled_fonts_cover_every_script(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    from organiser.ui.fonts import install_bundled_fonts

    families = install_bundled_fonts()
    assert families
    systems = {QFontDatabase.WritingSystem.Arabic, QFontDatabase.WritingSystem.Cyrillic,
               QFontDatabase.WritingSystem.SimplifiedChinese, QFontDatabase.WritingSystem.Korean}
    covered = {ws for family in families for ws in QFontDatabase.writingSystems(family)}
    assert systems <= covered


def test_the_window_has_the_app_icon(main_window) -> None:
    from PySide6.QtWidgets import QApplication

    from organiser.core.paths import resource_path

    icon = main_window.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 256}
    assert not icon.pixmap(32, 32).toImage().isNull()
    assert not QApplication.windowIcon().isNull()
    assert (resource_path("icons") / "organiser.svg").is_file()
    spec = (resource_path().parent / "build_installer.spec").read_text(encoding="utf-8")
    assert "organiser.ico" in spec and "organiser.icns" in spec
    for name in ("organiser.ico", "organiser.icns"):
        assert (resource_path("icons") / name).stat().st_size > 1000
