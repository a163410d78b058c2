"""The Contacts area with real widgets: filter as you type, forms, delete, wizard, merge."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWizard

from tests.importers.contact_files import BAD_FILES, SAMPLES, BadFile
from tests.ui.language_support import interface_in
from tests.ui.loading import settle


def _area(main_window):
    area = main_window.show_area("Contacts")
    settle()
    return area


def _names(area) -> list[str]:
    return [area.people.index(r, 0).data() for r in range(area.people.rowCount())]


def _type(qtbot, area, text: str) -> None:
    """Type into the search box key by key (QTest only knows ASCII keys: others are sent as
    key events carrying their text, as an input method does)."""
    area.search.clear()
    area.search.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(area.search, ch)
        else:
            QApplication.sendEvent(area.search, QKeyEvent(QEvent.Type.KeyPress, 0,
                                                          Qt.KeyboardModifier.NoModifier, ch))


def test_filter_as_you_type_ignores_case_and_accents(main_window, qtbot) -> None:
    area = _area(main_window)
    assert area.people.rowCount() == 28 and area.summary.text() == "28 people"
    _type(qtbot, area, "jose")
    assert _names(area) == ["José Martínez"]
    _type(qtbot, area, "OSTERGARD")
    assert _names(area) == ["Henrik Østergård"]
    _type(qtbot, area, "олена")
    assert _names(area) == ["Олена Шевченко"]
    _type(qtbot, area, "shevchenko")  # the transliteration
    assert _names(area) == ["Олена Шевченко"]
    _type(qtbot, area, "senegal")  # country, accents ignored
    assert set(_names(area)) == {"Amadou Diallo", "Aïssatou Ndiaye"}
    _type(qtbot, area, "itag.example")  # e-mail
    assert len(_names(area)) == 2
    assert area.summary.text() == "2 of 28 people shown"
    area.search.clear()
    assert area.people.rowCount() == 28


def test_sorting_by_family_name_across_scripts(main_window) -> None:
    area = _area(main_window)
    names = _names(area)
    assert names.index("Kwame Asante") < names.index("Amadou Diallo") < names.index("Emily Chen") \
        or names.index("Emily Chen") < names.index("Amadou Diallo")
    families = [area.people.person(r)
                for r in range(area.people.rowCount())]
    latin = [p.latin_name or f"{p.family_name} {p.given_name}" for p in families]
    assert latin[0].startswith("Araújo") and "Tanaka Akiko" in latin
    assert latin.index("Shevchenko Olena") < latin.index("Tanaka Akiko")
    area.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(area)[-1] == "Luíza Araújo"
    area.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    orgs = [area.people.index(r, 2).data() for r in range(area.people.rowCount())]
    assert orgs[0] == "East African Procurement Institute"


def test_organisation_and_tag_filters(main_window, qtbot) -> None:
    area = _area(main_window)
    rows = area.organisations.rows()
    itag = next(i for i, o in enumerate(rows) if o.name == "International Technical Advisory Group")
    area.org_table.selectRow(itag)
    assert set(_names(area)) == {"Kwame Asante", "田中明子"}
    area.org_table.selectRow(0)
    area.tag_filter.setCurrentIndex(area.tag_filter.findData("ITAG"))
    assert len(_names(area)) == 2
    _type(qtbot, area, "kwame")
    assert _names(area) == ["Kwame Asante"]


def test_person_form_says_what_is_wrong_next_to_the_field(main_window, qtbot) -> None:
    from organiser.ui.dialogs.contacts_forms import PersonDialog

    area = _area(main_window)
    dialog = PersonDialog(area.db, None, area)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["emails"], "not-an-address")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors["family_name"].isVisible()
    assert "needs a name" in dialog.errors["family_name"].text()
    assert "malformed e-mail address" in dialog.errors["emails"].text()
    qtbot.keyClicks(dialog.fields["family_name"], "Okafor")
    assert not dialog.errors["family_name"].isVisible()
    dialog.fields["emails"].setPlainText("c.okafor@ppa.example")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    qtbot.keyClicks(dialog.fields["given_name"], "Chinwe")
    dialog.fields["organisation"].setCurrentText("Procurement Watch Network")
    qtbot.keyClicks(dialog.fields["tags"], "ITAG, Speakers")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    area.refresh()
    settle()
    _type(qtbot, area, "okafor")
    assert _names(area) == ["Chinwe Okafor"]
    person = area.people.person(0)
    assert person.organisation == "Procurement Watch Network"
    assert person.tags == ("ITAG", "Speakers")


def test_delete_asks_first_and_names_the_history(main_window, qtbot, monkeypatch) -> None:
    area = _area(main_window)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent, title, text, *args):
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    _type(qtbot, area, "whitfield")
    area.table.selectRow(0)
    area.delete_person_action.trigger()
    assert "invitations" in asked[0] and "next steps" in asked[0]
    assert _names(area) == ["Sarah Whitfield"]  # answered no: still there
    answer[0] = QMessageBox.StandardButton.Yes
    area.table.selectRow(0)
    area.delete_person_action.trigger()
    assert _names(area) == []
    from organiser.core.storage import integrity_check

    assert integrity_check(area.db) == []


def _wizard(main_window, path: Path):
    main_window.open_files([path])  # what dropping the file on the window does
    settle()
    area = main_window.area("Contacts")
    assert main_window.stack.currentWidget() is area
    wizard = area.import_wizard
    assert wizard is not None and wizard.isVisible()
    return area, wizard


@pytest.mark.parametrize("name,new,duplicates", [
    ("outlook_export.csv", 6, 0), ("google_export.csv", 4, 0),
    ("excel_semicolon_cp1252.csv", 3, 0)])
def test_wizard_imports_each_sample(main_window, qtbot, name: str, new: int,
                                    duplicates: int) -> None:
    area, wizard = _wizard(main_window, SAMPLES / name)
    assert "Read as" in wizard.columns_page.detected.text()
    assert wizard.currentPage() is wizard.columns_page
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.preview_page
    outcomes = [wizard.preview_page.model.row_at(r).outcome
                for r in range(wizard.preview_page.model.rowCount())]
    assert outcomes.count("new") == new and outcomes.count("duplicate") == duplicates
    before = area.people.rowCount()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled() and finish.text() == "&Import"
    finish.click()
    assert not wizard.isVisible()
    settle()  # the area reads everyone again in the background
    assert area.people.rowCount() == before + new
    assert wizard.result_summary.endswith(f"imported {new} people, "
                                          f"{len(wizard.plan.new_organisations)} organisations; "
                                          f"{duplicates} duplicates skipped; 0 warnings")


def test_wizard_with_errors_imports_nothing_unless_told(main_window, qtbot) -> None:
    area, wizard = _wizard(main_window, SAMPLES / "with_errors.csv")
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.preview_page
    outcomes = {page.model.row_at(r).line: page.model.row_at(r).outcome
                for r in range(page.model.rowCount())}
    assert outcomes == {2: "new", 3: "error", 4: "warning", 5: "error", 6: "new", 8: "duplicate"}
    assert "2 rows have errors" in page.summary.text()
    # counts read right whatever the number, and the outcome starts a sentence
    assert "errors: 2" in page.summary.text() and "2 error." not in page.summary.text()
    assert ". Would import 3 people" in page.summary.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    before = area.people.rowCount()
    page.skip_errors.click()
    assert finish.isEnabled()
    finish.click()
    settle()
    assert area.people.rowCount() == before + 3
    # the status line says how many rows were left out, not only the duplicates
    assert wizard.result_summary.endswith("; 2 rows with errors left out")
    assert "2 rows with errors left out" in main_window.statusBar().currentMessage()


def test_wizard_lets_the_user_fix_the_mapping(main_window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Participant,Contact,Remark\nAna Lima,ana@tb.example,Brazil\n",
                    encoding="utf-8")
    _area, wizard = _wizard(main_window, path)
    boxes = wizard.columns_page.mapping_boxes
    assert [b.currentData() for b in boxes] == ["display_name", "email", ""]
    boxes[2].setCurrentIndex(boxes[2].findData("country"))
    wizard.button(QWizard.WizardButton.NextButton).click()
    [row] = wizard.preview_page.model.rows()
    assert row.record.country == "Brazil"


def test_wizard_changes_encoding(main_window, qtbot) -> None:
    _area, wizard = _wizard(main_window, SAMPLES / "excel_semicolon_cp1252.csv")
    page = wizard.columns_page
    page.encoding.setCurrentIndex(page.encoding.findData("utf-8"))
    assert "cannot be read as UTF-8" in page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.encoding.setCurrentIndex(page.encoding.findData("cp1252"))
    assert not page.problem.isVisible() or page.problem.text() == ""
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.name for b in BAD_FILES])
def test_wizard_bad_input(main_window, qtbot, tmp_path: Path, bad: BadFile) -> None:
    area, wizard = _wizard(main_window, bad.write(tmp_path))
    before = area.people.rowCount()
    if bad.fatal and bad.line is None:
        assert bad.message in wizard.columns_page.problem.text()
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.reject()
        return
    wizard.button(QWizard.WizardButton.NextButton).click()
    page = wizard.preview_page
    row = next(r for r in page.model.rows() if r.line == bad.line)
    assert bad.message in row.details
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    if bad.fatal:
        assert row.outcome == "error" and not finish.isEnabled()
        wizard.reject()
        assert area.people.rowCount() == before
    else:
        assert row.outcome == "warning" and finish.isEnabled()
        finish.click()
        settle()
        assert area.people.rowCount() == before + 1


def test_vcard_drop_on_the_window(main_window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "card.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chinwe Okafor\r\nN:Okafor;Chinwe;;;\r\n"
                    "EMAIL:c.okafor@ppa.example\r\nEND:VCARD\r\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    main_window.dropEvent(event)
    area = main_window.area("Contacts")
    wizard = area.import_wizard
    assert wizard.currentPage() is wizard.preview_page  # no columns to map in a vCard
    wizard.button(QWizard.WizardButton.FinishButton).click()
    settle()
    _type(qtbot, area, "okafor")
    assert _names(area) == ["Chinwe Okafor"]
    assert area.accepts_file(Path("x.CSV")) and not area.accepts_file(Path("x.pdf"))


def test_file_menu_has_import_contacts(main_window) -> None:
    texts = [a.text() for a in main_window.menu("&File").actions()]
    assert "&Import contacts…" in texts and "E&xport contacts…" in texts


def test_export_from_the_area_exports_what_is_shown(main_window, qtbot, tmp_path: Path) -> None:
    area = _area(main_window)
    _type(qtbot, area, "itag")
    out = tmp_path / "shown.vcf"
    area.export_to(out)
    assert out.read_text(encoding="utf-8").count("BEGIN:VCARD") == len(_names(area)) == 2


def test_duplicates_dialog_merges(main_window, qtbot, monkeypatch) -> None:
    from organiser.core.models import PersonEmail
    from organiser.core.people import PersonData
    from organiser.services.people import save_person
    from organiser.ui.dialogs.contacts_duplicates import DuplicatesDialog

    area = _area(main_window)
    twin = save_person(area.db, PersonData(given_name="José", family_name="Martinez"))
    with area.db.transaction() as session:  # shared before migration 0005 made keys unique
        session.add(PersonEmail(person_id=twin, address="JOSE.MARTINEZ@ilcp.example",
                                address_key=f"jose.martinez@ilcp.example#{twin}"))
    area.refresh()
    settle()
    assert area.people.rowCount() == 29
    dialog = DuplicatesDialog(area.db, area)
    qtbot.addWidget(dialog)
    settle()  # looked for in the background
    assert dialog.model.rowCount() == 1 and "same address" in dialog.summary.text() + \
        dialog.model.row_at(0).reason
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.merge_button.click()
    assert dialog.merged == 1 and dialog.model.rowCount() == 0
    area.refresh()
    settle()
    assert area.people.rowCount() == 28


def test_wizard_matches_a_near_duplicate_organisation(main_window, qtbot, tmp_path: Path) -> None:
    from sqlalchemy import select

    from organiser.core.models import Organisation

    area = main_window.area("Contacts")
    with area.db.session() as session:
        existing = sorted(session.scalars(select(Organisation.name)))
    name = next(n for n in existing if n.isascii() and " " in n)
    variant = f"The {name.upper()} Ltd."
    path = tmp_path / "near.csv"
    path.write_text(f"Name,E-mail,Organisation\nNew Person,new.person@near.example,\"{variant}\"\n",
                    encoding="utf-8")
    _area, wizard = _wizard(main_window, path)
    wizard.button(QWizard.WizardButton.NextButton).click()
    [row] = wizard.preview_page.model.rows()
    assert row.outcome == "warning" and row.record.organisation == name
    assert f"organisation {variant!r} taken as the organisation {name!r}" in row.record.warnings
    assert "0 organisations" in wizard.preview_page.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    settle()
    with area.db.session() as session:
        assert sorted(session.scalars(select(Organisation.name))) == existing


def test_person_form_refuses_an_address_with_letters_outside_ascii_before_the_at(
        main_window, qtbot) -> None:
    from organiser.ui.dialogs.contacts_forms import PersonDialog

    area = _area(main_window)
    dialog = PersonDialog(area.db, None, area)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["family_name"].setText("Müller")
    dialog.fields["emails"].setPlainText("jürgen@example.org")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors["emails"].isVisible()
    assert "jürgen@example.org" in dialog.errors["emails"].text()
    assert "before the @" in dialog.errors["emails"].text()
    dialog.fields["emails"].setPlainText("juergen@beispiel-münchen.de")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_person_form_says_the_punycode_spelling_is_already_someones_address(
        main_window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    """`d@xn--e1afmkfd.xn--p1ai` is `d@пример.рф` (one mailbox): the form names its owner."""
    from organiser.core.people import PersonData
    from organiser.services.people import list_people, save_person
    from organiser.ui.dialogs.contacts_forms import PersonDialog

    area = _area(main_window)
    owner = save_person(area.db, PersonData(given_name="Dmitri", family_name="Orlov",
                                            emails=["dmitri@пример.рф"]))
    people = len(list_people(area.db))
    dialog = PersonDialog(area.db, None, area)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["family_name"].setText("Orlov")
    dialog.fields["emails"].setPlainText("Dmitri@XN--E1AFMKFD.xn--p1ai")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors["emails"].isVisible()
    assert f"already the address of Dmitri Orlov (#{owner})" in dialog.errors["emails"].text()
    assert len(list_people(area.db)) == people
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()  # the typed form is thrown away, as the coordinator would


def _stored_before_the_rule(db, address: str) -> int:
    """A person whose address was stored before core.addresses refused it (no service
    stores it now), as an older database holds it."""
    from organiser.core.addresses import address_key
    from organiser.core.models import Person, PersonEmail

    with db.transaction() as session:
        person = Person(given_name="Jürgen", family_name="Aaltonen-Müller")
        person.emails.append(PersonEmail(address=address, address_key=address_key(address)))
        session.add(person)
        session.flush()
        return int(person.id)


def test_contacts_list_flags_an_address_that_cannot_be_mailed(demo_db, main_window) -> None:
    """`jürgen@example.org` stored before the rule showed like any other address, and only
    turned up among the messages left out when mail was prepared."""
    from organiser.services.people import list_people
    from organiser.ui import colours

    person_id = _stored_before_the_rule(demo_db, "jürgen@example.org")
    area = _area(main_window)
    model = area.people
    rows = {model.row_at(r).id: r for r in range(model.rowCount())}
    flagged = model.index(rows[person_id], 3)
    assert flagged.data() == "⚠ jürgen@example.org"
    tooltip = flagged.data(Qt.ItemDataRole.ToolTipRole)
    assert "jürgen@example.org" in tooltip and "letters outside ASCII before the @" in tooltip
    description = flagged.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "cannot be mailed" in description and "another address" in description
    assert flagged.data(Qt.ItemDataRole.ForegroundRole) == colours.foreground("alert")
    fine = next(p for p in list_people(demo_db) if p.emails and p.id != person_id)
    plain = model.index(rows[fine.id], 3)
    assert plain.data() == fine.emails[0] and "⚠" not in plain.data()
    assert plain.data(Qt.ItemDataRole.AccessibleDescriptionRole) is None
    with interface_in("ar"):
        assert "خارج ASCII" in flagged.data(Qt.ItemDataRole.ToolTipRole)


def test_person_form_flags_a_stored_address_that_cannot_be_mailed(
        demo_db, main_window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QLabel

    from organiser.ui.dialogs.contacts_forms import PersonDialog

    person_id = _stored_before_the_rule(demo_db, "jürgen@example.org")
    area = _area(main_window)
    with interface_in("fr"):
        dialog = PersonDialog(area.db, person_id, area)
        qtbot.addWidget(dialog)
        dialog.show()
        warning = dialog.findChild(QLabel, "emailsUnmailable")
        assert warning.isVisible()
        assert "jürgen@example.org" in warning.text() and "hors ASCII" in warning.text()
        assert "hors ASCII" in dialog.fields["emails"].accessibleDescription()
        dialog.fields["emails"].setPlainText("juergen@example.org")
        assert not warning.isVisible()
        assert dialog.fields["emails"].accessibleDescription() == ""
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Discard)
        dialog.reject()
