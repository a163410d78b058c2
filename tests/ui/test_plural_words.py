"""Counts said as each language says them (French "1 gommette utilisée", Arabic's six forms) and
written in the interface's digits, the clock and the countdown too (Arabic-Indic in Arabic)."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from sqlalchemy import select

from organiser.core.models import Event, Invitation
from organiser.core.translations import plural_form
from tests.ui.language_support import interface_in
from tests.ui.live_support import live_window

WORKSHOP = 5
IST = ZoneInfo("Europe/Istanbul")
LATIN_DIGIT = re.compile("[0-9]")
ARABIC_DIGIT = re.compile("[٠-٩]")


def test_arabic_takes_qt_linguists_six_forms() -> None:
    # 0, 1, 2, 3–10, 11–99, and "other" (100, 101, 102...: by the last two digits)
    wanted = {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 102: 5, 103: 3,
              111: 4, 200: 5}
    assert {n: plural_form("ar", n) for n in wanted} == wanted
    assert [plural_form("fr", n) for n in (0, 1, 2)] == [0, 0, 1]


def test_votes_in_each_language(qtbot) -> None:
    from organiser.ui.app import make_application
    from organiser.ui.live.board_columns import votes_text

    make_application()
    assert [votes_text(n) for n in (1, 3)] == ["1 vote", "3 votes"]
    with interface_in("fr"):
        assert [votes_text(n) for n in (1, 2)] == ["1 voix", "2 voix"]
    with interface_in("ar"):
        assert [votes_text(n) for n in (1, 2, 3, 11, 100)] == [
            "صوت واحد", "صوتان", "٣ أصوات", "١١ صوتًا", "١٠٠ صوت"]


IDEA = "Media fellowship on procurement journalism"


def _index_of_idea(model, text: str):
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        for row in range(model.rowCount(group)):
            index = model.index(row, 0, group)
            if text in (model.data(index) or ""):  # isolated in Arabic
                return index
    raise AssertionError(text)


def test_the_voters_dots_in_french_and_arabic(qtbot, demo_db) -> None:
    for language, one, two in (
            ("fr", "Kwame Asante : 1 gommette utilisée sur 3",
             "Kwame Asante : 2 gommettes utilisées sur 3"),
            ("ar", "Kwame Asante: استُخدمت نقطة واحدة من ٣",
             "Kwame Asante: استُخدمت نقطتان من ٣")):
        with interface_in(language), live_window(qtbot, demo_db, WORKSHOP) as window:
            window.show_tab(2)
            board = window.board
            board.show_view(1)
            board.voter.setCurrentIndex(board.voter.findText("Kwame Asante"))  # one dot used
            assert board.dots_label.text() == one
            tree = board.tree
            tree.setCurrentIndex(_index_of_idea(board.model, IDEA))
            tree.setFocus()
            qtbot.keyClick(tree, Qt.Key.Key_Plus)
            assert board.dots_label.text() == two
            qtbot.keyClick(tree, Qt.Key.Key_Minus)


def test_arabic_clock_and_countdown_use_the_digits_of_the_counts(qtbot, demo_db) -> None:
    with interface_in("ar"), live_window(qtbot, demo_db, WORKSHOP) as window:
        clock = [dt.datetime(2027, 2, 9, 9, 0, tzinfo=IST)]
        window.now = lambda: clock[0]
        window.show_tab(1)
        qtbot.keyClick(window.minutes_edit, Qt.Key.Key_F9)  # registration starts at 09:00
        clock[0] = dt.datetime(2027, 2, 9, 9, 4, 50, tzinfo=IST)
        window._update_timer()
        shown = {"clock": window.clock_label.text(), "timer": window.timer_label.text(),
                 "counts": window.counts_label.text(), "item": window.item_label.text()}
        assert "٠٩:٠٤" in shown["clock"], shown
        assert "٢٥:١٠" in shown["timer"], shown
        for name, text in shown.items():
            assert ARABIC_DIGIT.search(text) and not LATIN_DIGIT.search(text), (name, text)
        clock[0] = dt.datetime(2027, 2, 9, 9, 50, tzinfo=IST)
        window._update_timer()
        assert "٢٠:٠٠" in window.timer_label.text()
        planned = window.agenda_model.index(0, 1).data()
        assert ARABIC_DIGIT.search(planned) and not LATIN_DIGIT.search(planned), planned


def test_prepared_mail_says_how_many_and_who_was_left_out(qtbot, demo_db) -> None:
    from organiser.services import mail
    from organiser.ui.app import make_application
    from organiser.ui.dialogs.outbox import mail_box
    from tests.services.mail_support import configure

    make_application()
    configure(2525)  # the coordinator's name and address (nothing is sent)
    with demo_db.session() as session:
        event = session.get(Event, 4)
        assert event is not None
        invitation = session.scalars(select(Invitation).where(Invitation.event_id == 4)
                                     .order_by(Invitation.id)).first()
        assert invitation is not None
        invitation.email = ""  # nothing kept on the invitation, nothing on the person
        invitation.person.emails.clear()
        left_name = invitation.person.name
        session.commit()
    batch = mail.prepare(demo_db, 4, "invitations")
    prepared = len(batch.messages)
    assert prepared > 1 and batch.skipped
    box = mail_box(None, batch)[0]
    qtbot.addWidget(box)
    lines = box.text().split("\n")
    assert lines[0] == f"{prepared} messages prepared."
    assert lines[1] == ("1 recipient left out:" if len(batch.skipped) == 1 else
                        f"{len(batch.skipped)} recipients left out:")
    assert any(line.startswith(f"{left_name}: no e-mail address") for line in lines[2:]), lines
    with interface_in("fr"):
        box = mail_box(None, batch)[0]
        qtbot.addWidget(box)
        assert box.text().split("\n")[0] == f"{prepared} messages préparés."
        assert "laissé" in box.text().split("\n")[1]
    with interface_in("ar"):
        box = mail_box(None, batch)[0]
        qtbot.addWidget(box)
        first = box.text().split("\n")[0]
        assert not LATIN_DIGIT.search(first) and "(s)" not in first, first


def test_answers_reset_in_each_language(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from organiser.ui.app import make_application

    make_application()
    source = ("Event saved: SEQUENCE {sequence}, %Ln answer(s) reset to needs action. Send the "
              "update: Mail invitations.")

    def said(n: int) -> str:
        return QCoreApplication.translate("EventsArea", source, "", n)

    with interface_in("fr"):
        assert "1 réponse remise en attente" in said(1)
        assert "2 réponses remises en attente" in said(2)
    with interface_in("ar"):
        arabic = [said(n) for n in (1, 2, 3, 11, 100)]
        assert [("رد واحد" in arabic[0]), ("ردّان" in arabic[1]), ("٣ ردود" in arabic[2]),
                ("١١ ردًّا" in arabic[3]), ("١٠٠ رد " in arabic[4])] == [True] * 5, arabic
