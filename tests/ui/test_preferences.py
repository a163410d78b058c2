"""The Preferences dialog: team mode's database location, typed or browsed, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

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
    from organiser.ui import file_dialogs

    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *args, **kwargs: (chosen, ""))
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


def test_bad_address_zone_and_security_are_refused_in_words(qtbot) -> None:
    """Finding 7: `not-an-email`, `Europe/Istanbu` and `tls` used to be saved as typed."""
    from PySide6.QtWidgets import QComboBox

    from organiser.core.settings import COORDINATOR_EMAIL, DEFAULT_TIMEZONE, SMTP_SECURITY
    from organiser.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    security = dialog.findChild(QComboBox, "smtp.security")
    assert isinstance(security, QComboBox) and not security.isEditable()  # a choice
    assert [security.itemData(i) for i in range(security.count())] == ["starttls", "ssl", "none"]
    zone = dialog.findChild(QComboBox, "events.default_timezone")
    assert isinstance(zone, QComboBox) and zone.findText("Europe/Istanbul") >= 0
    qtbot.keyClicks(dialog.findChild(QLineEdit, "coordinator.email"), "not-an-email")
    zone.setCurrentText("Europe/Istanbu")
    dialog.accept()
    assert dialog.isVisible()  # nothing saved
    email_error = dialog.findChild(QLabel, "coordinator.email.error").text()
    zone_error = dialog.findChild(QLabel, "events.default_timezone.error").text()
    assert "not-an-email" in email_error and "coordinator" not in email_error
    assert "Europe/Istanbu" in zone_error and "timezone" not in zone_error
    assert not Settings().path.exists()
    dialog.findChild(QLineEdit, "coordinator.email").setText("amina@ppa.example")
    zone.setCurrentText("Europe/Istanbul")
    security.setCurrentIndex(security.findData("ssl"))
    dialog.accept()
    saved = Settings()
    assert saved.get(COORDINATOR_EMAIL) == "amina@ppa.example"
    assert saved.get(DEFAULT_TIMEZONE) == "Europe/Istanbul"
    assert saved.get(SMTP_SECURITY) == "ssl"


def test_coordinator_address_with_letters_outside_ascii_before_the_at_is_refused(
        qtbot) -> None:
    """The sender's address goes into every message and envelope: `zoë@…` was saved, then
    every mail of the batch was refused by the mail builder (core.addresses has the rule)."""
    from organiser.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "coordinator.email").setText("zoë@programme.example")
    dialog.accept()
    assert dialog.isVisible()  # nothing saved
    assert "zoë@programme.example" in dialog.findChild(QLabel, "coordinator.email.error").text()
    assert not Settings().path.exists()
    dialog.findChild(QLineEdit, "coordinator.email").setText("zoe@programme.example")
    dialog.accept()
    assert not dialog.isVisible()


@pytest.mark.parametrize(("address", "english", "french"), [
    ("zoë@programme.example", "letters outside ASCII before the @", "lettres hors ASCII"),
    ("zoe@programme..example", "the part after the @ is not a domain",
     "la partie après le @ n’est pas un domaine"),
    ("zoe@@programme.example", "exactly one @", "exactement un @"),
])
def test_a_refused_coordinator_address_says_why_in_the_interface_language(
        qtbot, address: str, english: str, french: str) -> None:
    """The import says why it refuses `zoë@…` (core.addresses' rule); Preferences said only
    "is not an e-mail address", which is untrue of an address the person really uses."""
    from organiser.ui.dialogs.preferences import PreferencesDialog
    from tests.ui.language_support import interface_in

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "coordinator.email").setText(address)
    dialog.accept()
    error = dialog.findChild(QLabel, "coordinator.email.error")
    assert error.isVisible() and address in error.text() and english in error.text()
    dialog.close()
    with interface_in("fr"):
        french_dialog = PreferencesDialog()
        qtbot.addWidget(french_dialog)
        french_dialog.show()
        french_dialog.findChild(QLineEdit, "coordinator.email").setText(address)
        french_dialog.accept()
        text = french_dialog.findChild(QLabel, "coordinator.email.error").text()
        assert address in text and french in text
        french_dialog.close()


def test_language_change_says_it_applies_at_the_next_start(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox

    from organiser.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(QLabel, "languageNote")
    assert note is not None and not note.isVisible()
    combo = dialog.findChild(QComboBox, "ui.language")
    combo.setCurrentIndex(combo.findData("ar"))
    assert note.isVisible() and "next start" in note.text()


def test_invitation_without_an_address_says_where_to_give_it(demo_db) -> None:
    from organiser.core.errors import InputError
    from organiser.services.calendar_files import request_calendar

    with pytest.raises(InputError) as caught:
        request_calendar(demo_db, 5)
    message = str(caught.value)
    assert "Preferences" in message and "coordinator.email" not in message
    assert "settings.json" not in message
