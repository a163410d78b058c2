"""Live mode's check-in search as the coordinator types at the door: each keystroke looks
only at the lines the text so far matched (the names were folded once, when read), redraws
nothing when the matches stay the same, and finds exactly what a fresh search finds."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from organiser.core.text import fold
from organiser.services import live
from tests.ui.live_support import live_window

WORKSHOP = 5

# walk-ins in the scripts met at the door (name, organisation, e-mail)
PEOPLE = [
    ("José Martínez Ñúñez", "Fundación Añil", "jose@anil.example"),
    ("Zoë Brontë-Dvořák", "Société générale d'études", "zoe@sge.example"),
    ("Łukasz Żółkiewski", "Straße & Co", "lukasz@strasse.example"),
    ("Олег Ковальчук", "Громада", "oleg@hromada.example"),
    ("Ольга Ёлкина", "", ""),
    ("محمد بن علي", "جمعية الأمل", "mohamed@amal.example"),
    ("فاطمة الزهراء", "", "fatima@amal.example"),
    ("王小明", "北京大学", "wang@pku.example"),
    ("李娜", "", "li.na@example.org"),
    ("김민준", "서울시", "minjun@seoul.example"),
    ("이서연", "", ""),
]

# whole and partial words, accents and case as typed, several words, nothing found
QUERIES = ["jose", "JOSÉ", "martin", "nunez", "ñúñ", "zoe", "bronte dvorak", "dvo", "lukasz",
           "zolk", "strasse", "олег", "ОЛЕ", "ковальч", "ольга", "елк", "ёлк", "محمد", "علي",
           "الزهراء", "王", "小明", "李娜", "北京", "김민준", "민", "서울", "an", "a e", "e a",
           "ma ez", "o", "example", "amal.example", "xyz", "ma xyz", "", "  "]


def _type(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Keys typed in any script (QTest's key clicks know ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def _roster(db):  # type: ignore[no-untyped-def]
    for name, organisation, email in PEOPLE:
        live.add_walk_in(db, WORKSHOP, name, organisation, email)
    return live.roster(db, WORKSHOP)


def _reference(rows, text):  # type: ignore[no-untyped-def]
    """The matching as it was: every folded word in the line's folded key."""
    words = fold(text).split()
    return [r for r in rows if all(w in r.key for w in words)]


def test_search_finds_what_it_always_found(demo_db) -> None:
    rows = _roster(demo_db)
    assert len(rows) == 28 + len(PEOPLE)
    for text in QUERIES:
        assert live.search(rows, text) == _reference(rows, text), text
    assert [r.name for r in live.search(rows, "ñúñ")] == ["José Martínez Ñúñez"]
    assert [r.name for r in live.search(rows, "ОЛЕГ")] == ["Олег Ковальчук"]
    assert [r.name for r in live.search(rows, "ёлк")] == ["Ольга Ёлкина"]
    assert [r.name for r in live.search(rows, "小明")] == ["王小明"]
    assert [r.name for r in live.search(rows, "서연")] == ["이서연"]
    assert [r.name for r in live.search(rows, "الزهراء")] == ["فاطمة الزهراء"]


class _Key(str):
    """A line's search key counting how often it is looked in."""

    looked = 0

    def __contains__(self, word: object) -> bool:
        _Key.looked += 1
        return super().__contains__(word)  # type: ignore[operator]


def test_typing_narrows_what_was_found_and_matches_a_fresh_search(qtbot, demo_db) -> None:
    rows = _roster(demo_db)
    counted = [dataclasses.replace(r, key=_Key(r.key)) for r in rows]
    with live_window(qtbot, demo_db, WORKSHOP) as window:
        panel = window.checkin
        panel.set_rows(counted)
        search = panel.search
        for text in ("ma", "zo", "ол", "ع", "an e", "o"):  # typed, then the field cleared
            for end in range(1, len(text) + 1):
                search.setText(text[:end])
                assert panel.model.rows() == _reference(counted, text[:end]), text[:end]
            for end in range(len(text) - 1, -1, -1):  # backspace to empty: all again
                search.setText(text[:end])
                assert panel.model.rows() == _reference(counted, text[:end]), text[:end]
        search.setText("ko")
        found = len(panel.model.rows())
        assert 1 < found < len(counted) / 2
        _Key.looked = 0
        qtbot.keyClick(search, Qt.Key.Key_V)  # only the lines "ko" matched are looked in
        assert _Key.looked == found
        assert panel.model.rows() == _reference(counted, "kov")


def test_a_letter_that_changes_no_match_redraws_nothing(qtbot, demo_db) -> None:
    _roster(demo_db)
    with live_window(qtbot, demo_db, WORKSHOP) as window:
        panel = window.checkin
        resets: list[int] = []
        panel.model.modelReset.connect(lambda: resets.append(1))
        _type(panel.search, "ковал")
        assert [r.name for r in panel.model.rows()] == ["Олег Ковальчук"]
        assert panel.selected() is not None
        resets.clear()
        selections: list[int] = []
        panel.table.selectionModel().selectionChanged.connect(lambda *_a: selections.append(1))
        _type(panel.search, "ьчук")  # still the one line: kept as it is, chosen
        assert resets == [] and selections == []
        chosen = panel.selected()
        assert chosen is not None and chosen.name == "Олег Ковальчук"
