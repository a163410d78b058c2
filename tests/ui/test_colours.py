"""Text colours keep a contrast of 4.5:1 (WCAG 2.1 AA) in a light and in a dark palette, and the
states they mark are said in words too."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from organiser.ui import colours
from tests.ui.loading import settle
from tests.ui.test_nextsteps_area import _area

ROLES = QPalette.ColorRole


def _palette(window: str, base: str, alternate: str, text: str) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, ROLES.Window, QColor(window))
        palette.setColor(group, ROLES.Base, QColor(base))
        palette.setColor(group, ROLES.AlternateBase, QColor(alternate))
        palette.setColor(group, ROLES.Text, QColor(text))
        palette.setColor(group, ROLES.WindowText, QColor(text))
    return palette


PALETTES = {"light": _palette("#efefef", "#ffffff", "#f5f5f5", "#000000"),
            "dark": _palette("#2b2b2b", "#1e1e1e", "#262626", "#e8e8e8")}


def _backgrounds(fill: QColor | None, palette: QPalette) -> list[QColor]:
    if fill is not None:
        return [fill]
    return [palette.color(role) for role in (ROLES.Base, ROLES.AlternateBase, ROLES.Window)]


def test_contrast_formula() -> None:
    assert colours.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert colours.contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("state", sorted(colours.STATES))
def test_every_state_has_contrast_in_both_schemes(scheme: str, state: str) -> None:
    palette = PALETTES[scheme]
    assert colours.is_dark(palette) == (scheme == "dark")
    text, fill = colours.pair(state, palette)
    for background in _backgrounds(fill, palette):
        ratio = colours.contrast(text, background)
        assert ratio >= 4.5, f"{state} in {scheme}: {text.name()} on {background.name()} " \
                             f"is {ratio:.2f}:1"


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp) -> Iterator[QPalette]:
    before = QApplication.palette()
    QApplication.setPalette(PALETTES[request.param])
    yield PALETTES[request.param]
    QApplication.setPalette(before)


def _brush_colour(value: object) -> QColor | None:
    if value is None:
        return None
    return value.color() if isinstance(value, QBrush) else QColor(value)


def _check_model(model, palette: QPalette) -> int:
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = _brush_colour(model.data(index, Qt.ItemDataRole.ForegroundRole))
            fill = _brush_colour(model.data(index, Qt.ItemDataRole.BackgroundRole))
            text = text or palette.color(ROLES.Text)
            for background in _backgrounds(fill, palette):
                ratio = colours.contrast(text, background)
                assert ratio >= 4.5, (f"row {row} column {column}: {text.name()} on "
                                      f"{background.name()} is {ratio:.2f}:1")
            checked += 1
    return checked


def test_next_steps_table_in_light_and_dark(scheme: QPalette, main_window) -> None:
    area = _area(main_window)
    area.status_filter.setCurrentIndex(area.status_filter.findText("All statuses"))
    settle()
    model = area.model
    statuses = {model.row_at(r).status.value for r in range(model.rowCount())}
    assert {"open", "done"} <= statuses  # overdue, open and finished rows all checked
    assert _check_model(model, scheme) > 20
    overdue = [model.index(r, 0).data() for r in range(model.rowCount())
               if model.row_at(r).is_overdue(model.today)]
    assert overdue and all(text.startswith("⚠ ") and text.endswith(", overdue")
                           for text in overdue)


def test_live_agenda_and_roster_in_light_and_dark(scheme: QPalette, qtbot, demo_db) -> None:
    from organiser.ui.live.window import LiveWindow

    window = LiveWindow(demo_db, 5)
    settle()  # the roster, agenda and outcomes are read in a worker
    qtbot.addWidget(window)
    try:
        from organiser.core.enums import AttendanceStatus

        people = [window.checkin.model.row_at(r).person_id for r in range(2)]
        window.set_status(people[0], AttendanceStatus.PRESENT)
        window.set_status(people[1], AttendanceStatus.ABSENT)
        assert _check_model(window.agenda_model, scheme) > 0
        assert _check_model(window.checkin.model, scheme) > 0
    finally:
        window.close()


def test_import_preview_in_light_and_dark(scheme: QPalette) -> None:
    from organiser.ui.models.contacts_table import ImportPreviewModel

    model = ImportPreviewModel()
    rows = [SimpleNamespace(line=n, outcome=outcome, record=SimpleNamespace(
        name="Ana", emails=["ana@example.org"], organisation="OPCPR"), details="")
        for n, outcome in enumerate(("error", "warning", "duplicate", "update", "new"), 1)]
    model.set_rows(rows)
    assert _check_model(model, scheme) == 5 * model.columnCount()


def test_no_colour_is_written_outside_the_scheme() -> None:
    """A colour written in a widget, a model or a style sheet follows no scheme: black on a
    dark theme, or a light fill under the dark theme's light text. Every one lives in
    organiser/ui/colours.py, in a pair per scheme (or, for the projector's room screen, in one
    set whose contrast is tested), however it is spelled."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "organiser" / "ui"
    spelled = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b|QColor\(\s*[\"'][a-z]"
                         r"|Qt\.GlobalColor\.|\b(?:color|background):\s*(?!palette)[a-z]")
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "colours.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("  # ")[0]
            if spelled.search(code) and not code.lstrip().startswith("#"):
                found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("role", ["text", "ending", "over"])
def test_the_projector_screen_has_contrast(role: str) -> None:
    text, screen = QColor(colours.PROJECTOR[role]), QColor(colours.PROJECTOR["background"])
    assert colours.contrast(text, screen) >= 4.5
    assert colours.countdown_style({"text": 600, "ending": 60, "over": -30}[role]) == \
        f"color: {colours.PROJECTOR[role]};"


@pytest.mark.parametrize("scheme_name", ["light", "dark"])
def test_cards_have_contrast_in_both_schemes(scheme_name: str) -> None:
    card = colours.CARDS[scheme_name]
    pairs = [("text", "fill"), ("chosen text", "chosen fill"), ("dotted", "fill"),
             ("dotted", "chosen fill")]
    for text, fill in pairs:
        ratio = colours.contrast(QColor(card[text]), QColor(card[fill]))
        assert ratio >= 4.5, f"{scheme_name} {text} on {fill}: {ratio:.2f}:1"


@pytest.mark.parametrize("scheme_name", ["light", "dark"])
def test_timeline_bars_stand_out_in_both_schemes(scheme_name: str) -> None:
    palette = PALETTES[scheme_name]
    for status in colours.TIMELINE:
        bar = colours.timeline_colour(status, palette)
        for background in _backgrounds(None, palette):
            assert colours.contrast(bar, background) >= 3, (status, bar.name())


def test_board_cards_follow_the_scheme_and_the_projector_keeps_its_own(
        scheme: QPalette, qtbot, demo_db) -> None:
    from organiser.ui.live.window import LiveWindow

    dark = colours.is_dark(scheme)
    window = LiveWindow(demo_db, 5)
    qtbot.addWidget(window)
    try:
        window.show_tab(2)
        window.board.show_view(1)
        QApplication.processEvents()
        columns = window.board.columns.columns
        assert columns and all(c.styleSheet() == colours.card_style(dark) for c in columns)
        assert colours.CARDS["dark" if dark else "light"]["fill"] in columns[0].styleSheet()
        window.toggle_projector()
        projector = window.projector
        assert projector is not None
        projector.switch()
        QApplication.processEvents()
        assert projector.styleSheet() == colours.projector_style()
        shown = projector.board.columns
        assert shown and all(c.styleSheet() == colours.card_style(False) for c in shown)
    finally:
        window.close()


def test_the_conflict_panel_is_readable_in_both_schemes(scheme: QPalette, qtbot) -> None:
    from organiser.ui.conflict import ConflictPanel

    panel = ConflictPanel()
    qtbot.addWidget(panel)
    text, fill = colours.pair("notice", scheme)
    assert fill is not None and fill.name() in panel.styleSheet()
    assert f"QLabel {{ color: {text.name()}; }}" in panel.styleSheet()
