"""The Preferences dialog: team mode's database location, typed or browsed, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton

from organiser.core.paths import default_database
from organiser.core.settings import DATABASE_LOCATION, Settings


def test_database_location_typed_as_url_is_saved_and_used(qtbot) -> None:
    from organiser.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(QLabel, "databaseLocationNote")
    assert "postgresql+psycopg://" in note.text()
    edit = dialog.findChild(QLineEdit, "databaseLocationEdit")
    url = "postgresql+psycopg://coordinator@127.0.0.1/organiser"
    qtbot.keyClicks(edit, url)
    dialog.accept()
    assert Settings().get(DATABASE_LOCATION) == url
    assert default_database() == url


def test_browse_fills_the_file(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from organiser.ui.dialogs.preferences import PreferencesDialog

    chosen = str(tmp_path / "shared.sqlite")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (chosen, "")))
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.findChild(QPushButton, "databaseBrowseButton"),
                     Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLineEdit, "databaseLocationEdit").text() == chosen
    dialog.accept()
    assert default_database() == chosen


def test_language_is_chosen_from_the_languages_shipped(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox

    from organiser.core.settings import UI_LANGUAGE
    from organiser.ui.dialogs.preferences import PreferencesDialog
    from organiser.ui.i18n import choose_language

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog.findChild(QComboBox, "ui.language")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "As the system", "English", "Français", "العربية"]
    combo.setCurrentIndex(combo.findData("fr"))
    dialog.accept()
    assert Settings().get(UI_LANGUAGE) == "fr"
    assert choose_language() == "fr"
