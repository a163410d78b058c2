"""The interface in French and Arabic: complete translations, translated areas, right to left."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from organiser.core.paths import resource_path
from tests.ui.language_support import interface_in
from tests.ui.live_support import live_window
from tests.ui.loading import settle

REPO = Path(__file__).resolve().parents[2]
WORKSHOP = 5  # the demo's brainstorming workshop

# Files whose every user-visible string goes through Qt's translation.
WRAPPED = [
    "organiser/ui/areas/contacts.py", "organiser/ui/areas/events.py",
    "organiser/ui/areas/programme.py",
    *(f"organiser/ui/dialogs/{name}.py" for name in (
        "contacts_duplicates", "contacts_forms", "counter_proposals", "event_editor",
        "event_invitations",
        "import_wizard", "preferences", "pdf_preview", "outbox", "restore")),
    "organiser/ui/areas/nextsteps.py", "organiser/ui/areas/nextstep_editors.py",
    "organiser/ui/models/nextsteps_table.py",
    "organiser/ui/startup.py", "organiser/ui/crash.py",
    "organiser/ui/models/contacts_table.py", "organiser/ui/models/events_table.py",
    "organiser/ui/models/invitations.py",
    *(str(p.relative_to(REPO)) for p in sorted((REPO / "organiser/ui/agenda").glob("*.py"))),
    *(str(p.relative_to(REPO)) for p in sorted((REPO / "organiser/ui/live").glob("*.py"))),
]
TEXT_SETTERS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "addRow",
                "addTab", "setTitle", "setSubTitle", "addItem", "addMenu", "showMessage",
                "setButtonText", "setSuffix", "warning", "information", "question", "critical",
                "getText", "getItem", "getSaveFileName", "getOpenFileName"}
WIDGETS = {"QLabel", "QAction", "QPushButton", "QCheckBox", "QGroupBox", "QToolButton"}


def _messages(language: str) -> Iterator[tuple[str, str, ET.Element]]:
    tree = ET.parse(resource_path("translations") / f"organiser_{language}.ts")
    for context in tree.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message.findtext("source") or "", message


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    english = {(c, s) for c, s, _m in _messages("en")}
    seen = set()
    for context, source, message in _messages(language):
        seen.add((context, source))
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") != "unfinished", (context, source)
        forms = ([translation.text or ""] if message.get("numerus") != "yes"
                 else [form.text or "" for form in translation])
        wanted = set(re.findall(r"\{\w+\}", source))
        for form in forms:
            assert form.strip(), (context, source)
            # every {name} of the translation is filled in by the code
            assert set(re.findall(r"\{\w+\}", form)) <= wanted, (context, source, form)
            if source.count("&") == 1:  # one mnemonic, kept
                assert form.count("&") == 1, (context, source, form)
    assert seen == english  # the same messages in every language
    # the app reads the .ts itself (interface and documents): nothing compiled, nothing lost
    from organiser.core.translations import read_ts

    read = read_ts(str(resource_path("translations") / f"organiser_{language}.ts"), language)
    assert {(c, s) for c, s, _f in read} == english
    assert not list(resource_path("translations").glob("*.qm"))


def test_wrapped_files_show_no_literal_english() -> None:
    """A literal passed straight to a label, title, button or menu would stay in English."""
    found = []
    for name in WRAPPED:
        tree = ast.parse((REPO / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called not in TEXT_SETTERS | WIDGETS:
                continue
            args = node.args[1:3] if called in {"warning", "information", "question",
                                                "critical", "getText", "getItem",
                                                "getSaveFileName", "getOpenFileName"} \
                else node.args[:1]
            for arg in args:
                literal = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(arg, ast.JoinedStr):
                    literal = "".join(str(v.value) for v in arg.values
                                      if isinstance(v, ast.Constant))
                if not isinstance(literal, str):
                    continue
                file_or_link = " " not in literal and re.search(r"[./]", literal)
                if re.search(r"[A-Za-z]{2}", literal) and not file_or_link \
                        and not literal.startswith("<"):
                    found.append(f"{name}:{node.lineno}: {literal!r}")
    assert not found, "\n".join(found)


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    with interface_in(request.param):
        yield request.param


EXPECTED: dict[str, dict[str, Any]] = {
    "fr": {"navigation": ["Contacts", "Réunions", "Prochaines étapes", "Programme"],
           "search": "Chercher : nom", "all_orgs": "Toutes les organisations",
           "new_person": "Nouvelle &personne…", "people": "28 personnes",
           "email_column": "Courriel", "import_menu": "&Importer des contacts…",
           "new_event": "Nouvelle réunion…", "events": "6 réunions", "workshop": "Atelier",
           "planned": "Prévue", "invited": "invités —", "agenda_action": "Ordre du jour…",
           "checkin_tab": "Accueil (Ctrl+1)", "next_item": "Point suivant (F9)",
           "find": "Trouver une personne…", "present": "présents sur",
           "board_column": "Idée", "live_title": "En séance — ",
           "direction": Qt.LayoutDirection.LeftToRight},
    "ar": {"navigation": ["جهات الاتصال", "الفعاليات", "الخطوات التالية", "البرنامج"],
           "search": "ابحث بالاسم", "all_orgs": "كل المنظمات", "new_person": "شخص &جديد…",
           "people": "٢٨ شخصًا", "email_column": "البريد الإلكتروني",
           "import_menu": "استيراد جهات ا&لاتصال…", "new_event": "فعالية جديدة…",
           "events": "عدد الفعاليات: ٦", "workshop": "ورشة عمل", "planned": "مقررة",
           "invited": "المدعوون:", "agenda_action": "جدول الأعمال…",
           "checkin_tab": "تسجيل الحضور (Ctrl+1)", "next_item": "البند التالي (F9)",
           "find": "ابحث عن شخص…", "present": "الحضور", "board_column": "فكرة",
           "live_title": "الجلسة — ", "direction": Qt.LayoutDirection.RightToLeft},
}


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_main_window_contacts_and_events_in_the_language(language: str, qtbot,
                                                        demo_db) -> None:
    from organiser.ui.main_window import MainWindow

    want = EXPECTED[language]
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.set_database(demo_db)
    try:
        assert window.layoutDirection() == want["direction"]
        assert [window.navigation.item(i).text()
                for i in range(window.navigation.count())] == want["navigation"]

        contacts = window.show_area("Contacts")
        contacts.refresh()
        settle()
        assert contacts.isRightToLeft() == (language == "ar")
        search = contacts.findChild(QLineEdit, "contactsSearch")
        assert search.placeholderText().startswith(want["search"])
        assert contacts.organisations.index(0, 0).data() == want["all_orgs"]
        assert contacts.new_person_action.text() == want["new_person"]
        assert contacts.summary.text() == want["people"]
        people = contacts.findChild(QTableView, "peopleTable").model()
        titles = [people.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        assert want["email_column"] in titles
        file_actions = [a.text() for a in window.menu("&File").actions()]
        assert want["import_menu"] in file_actions

        events = window.show_area("Events")
        events.refresh()
        settle()
        assert events.new_action.text().replace("&", "") == want["new_event"]
        assert events.summary.text() == want["events"]
        model = events.model
        kinds = {model.index(r, 1).data() for r in range(model.rowCount())}
        statuses = {model.index(r, 5).data() for r in range(model.rowCount())}
        assert want["workshop"] in kinds and want["planned"] in statuses
        events.table.clearSelection()
        assert events.select_event(WORKSHOP)
        settle()  # the invitations are read in a worker
        assert want["invited"] in events.invitations.counts.text()
        event_actions = [a.text().replace("&", "") for a in events.toolbar.actions()]
        assert want["agenda_action"] in event_actions
        assert "Events" not in event_actions and "New event…" not in event_actions
    finally:
        window.db = None


@pytest.mark.parametrize("language", ["fr", "ar"], indirect=True)
def test_live_window_in_the_language(language: str, qtbot, demo_db) -> None:

    want = EXPECTED[language]
    with live_window(qtbot, demo_db, WORKSHOP, active=False) as window:
        assert window.isRightToLeft() == (language == "ar")
        assert window.windowTitle().startswith(want["live_title"])
        assert window.tabs.tabText(0) == want["checkin_tab"]
        assert window.findChild(QPushButton, "nextItemButton").text() == want["next_item"]
        assert window.checkin.search.placeholderText() == want["find"]
        assert want["present"] in window.counts_label.text()
        board = window.board.model
        assert board.headerData(0, Qt.Orientation.Horizontal) == want["board_column"]
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&Live" not in menus and "&Edit" not in menus
        assert all(a.text().replace("&", "") != "Next agenda item"
                   for a in window.findChildren(QAction))
        labels = " ".join(label.text() for label in window.findChildren(QLabel))
        assert "Decisions and next steps" not in labels


@pytest.mark.parametrize("language", ["ar"], indirect=True)
def test_arabic_check_in_by_keyboard_selects_and_marks(language: str, qtbot, demo_db) -> None:
    """Right to left, typing a name still selects the match and Enter marks it present."""
    from sqlalchemy import select

    from organiser.core.enums import AttendanceStatus
    from organiser.core.models import Attendance

    with live_window(qtbot, demo_db, WORKSHOP, active=False) as window:
        search = window.checkin.search
        qtbot.keyClicks(search, "tanaka")
        assert window.checkin.selected() is not None
        person = window.checkin.selected().person_id
        qtbot.keyClick(search, Qt.Key.Key_Return)
        with demo_db.session() as session:
            status = session.scalar(select(Attendance.status).where(
                Attendance.event_id == WORKSHOP, Attendance.person_id == person))
        assert status is AttendanceStatus.PRESENT
        assert window.counts_label.text().startswith("الحضور ١ من")
        assert window.checkin.feedback.text().endswith(": حاضر")


def test_translation_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Every tr() in organiser/ui and every document text is in the .ts files (run
    scripts/translations.sh and translate the new entries with pyside6-linguist when this
    fails)."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    sources = sorted(str(p) for p in (REPO / "organiser" / "ui").rglob("*.py"))
    sources.append(str(REPO / "organiser" / "core" / "i18n_docs.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=60)
    in_code = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    shipped = {(c, s) for c, s, _m in _messages("fr")}
    missing = sorted(in_code - shipped)
    assert not missing, (
        "texts not in resources/translations: run scripts/translations.sh, then translate "
        f"them in pyside6-linguist (or the .ts files): {missing}")
