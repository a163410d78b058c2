"""State colours for text in tables and labels, chosen from the palette.

Each state has a pair for a light scheme and a pair for a dark one (text, and a fill or None for
the view's own background); which pair is used follows the palette's window lightness, so a dark
system theme never gets dark text on a dark background. Every pair keeps a contrast of at least
4.5:1 (WCAG 2.1 AA) against its fill, or against the palette's base, alternate base and window
when it has none (tests/ui/test_colours.py). Colour is never the only signal: the states it marks
(overdue, late, draft, refused...) also carry a word or a symbol in the text.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# state: (light text, light fill, dark text, dark fill)
STATES: dict[str, tuple[str, str | None, str, str | None]] = {
    "overdue": ("#a93226", "#fdecea", "#ffb4ab", "#5c1a1a"),  # a next step past its date
    "alert": ("#b00020", None, "#ff8a80", None),  # overruns the day, a total that disagrees
    "finished": ("#5f6b6d", None, "#a7b1b2", None),  # done, dropped, absent: quieter text
    "positive": ("#1b5e20", None, "#81c784", None),  # present, sent
    "running": ("#000000", "#fff3c4", "#fff3c4", "#4a3f00"),  # the item under way
    "failed": ("#c62828", None, "#ff8a80", None),
    "queued": ("#7a5f00", None, "#e6c04a", None),
    "sending": ("#1565c0", None, "#90caf9", None),
    "uncertain": ("#b33c00", None, "#ffb74d", None),  # may have been sent
    # an import preview's rows, by outcome
    "import error": ("#000000", "#f8d7da", "#f5f5f5", "#5c1a1a"),
    "import warning": ("#000000", "#fff3cd", "#f5f5f5", "#4a3f00"),
    "import duplicate": ("#000000", "#e2e3e5", "#f5f5f5", "#3a3a3a"),
    "import update": ("#000000", "#d1ecf1", "#f5f5f5", "#0d3a4a"),
    "import new": ("#000000", "#d4edda", "#f5f5f5", "#1b4020"),
    # a save refused because someone else changed the record (the conflict panel)
    "notice": ("#3d2e00", "#fff4ce", "#ffe9a8", "#3d3000"),
}
# the border drawn around a state's fill, per scheme (light, dark)
BORDERS: dict[str, tuple[str, str]] = {"notice": ("#c19c00", "#c19c00")}

# Brainstorming cards, per scheme: the board behind them, a card and a chosen card (text,
# fill, border), and the text of a card the current voter has given dots to.
CARDS: dict[str, dict[str, str]] = {
    "light": {"board": "#eef1f4", "text": "#222222", "fill": "#fffbe6", "border": "#d6c98a",
              "chosen text": "#000000", "chosen fill": "#ffe58a", "chosen border": "#b8860b",
              "dotted": "#0d47a1"},
    "dark": {"board": "#1b1f24", "text": "#f3eed9", "fill": "#3b3522", "border": "#8a7a3c",
             "chosen text": "#ffffff", "chosen fill": "#4d3f00", "chosen border": "#e0b000",
             "dotted": "#9ecbff"},
}

# The projector is the room's screen: dark whatever the laptop's scheme (a white screen glares
# and washes out in a lit room), so one set rather than a pair; its board shows light cards.
PROJECTOR: dict[str, str] = {
    "background": "#10202e",
    "text": "#ffffff",
    "ending": "#ffd54f",  # two minutes or less left on the item
    "over": "#ff6e6e",  # over time
}

# Events on the programme's timeline, by status: bars (not text; at least 3:1 against the
# view's background, WCAG 2.1 non-text contrast), per scheme (light, dark). The label beside
# each bar says a cancelled or draft event in words too.
TIMELINE: dict[str, tuple[str, str]] = {
    "held": ("#2e7d32", "#66bb6a"),
    "planned": ("#1f4e79", "#64a5e8"),
    "draft": ("#6b7079", "#9aa0a6"),
    "cancelled": ("#a93226", "#ef7b70"),
}

# The PDF preview: the backdrop around the pages and a page's edge (no text on either).
PREVIEW = {"backdrop": "#6c7a89", "edge": "#34495e"}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def pair(state: str, palette: QPalette | None = None) -> tuple[QColor, QColor | None]:
    """The text colour and the fill (None: the view's own background) of a state."""
    light_text, light_fill, dark_text, dark_fill = STATES[state]
    text, fill = (dark_text, dark_fill) if is_dark(palette) else (light_text, light_fill)
    return QColor(text), QColor(fill) if fill else None


def foreground(state: str, palette: QPalette | None = None) -> QColor:
    return pair(state, palette)[0]


def background(state: str, palette: QPalette | None = None) -> QColor | None:
    return pair(state, palette)[1]


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2.1 contrast ratio, 1 to 21."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_style(state: str, extra: str = "") -> str:
    """A style sheet giving a label the state's text colour for the current scheme."""
    return f"color: {foreground(state).name()};{(' ' + extra) if extra else ''}"


def html_colour(state: str) -> str:
    """The state's text colour for rich text (a <span style='color:...'>)."""
    return foreground(state).name()


def _scheme(dark: bool | None) -> str:
    return "dark" if (is_dark() if dark is None else dark) else "light"


def card_colour(role: str, dark: bool | None = None) -> QColor:
    return QColor(CARDS[_scheme(dark)][role])


def card_style(dark: bool | None = None) -> str:
    """The style sheet of a column of cards for a scheme (None: the palette's)."""
    c = CARDS[_scheme(dark)]
    return (f"QListWidget {{ background: {c['board']}; border: none; }}\n"
            f"QListWidget::item {{ background: {c['fill']}; border: 1px solid {c['border']}; "
            f"border-radius: 6px; margin: 3px; padding: 6px; color: {c['text']}; }}\n"
            f"QListWidget::item:selected {{ background: {c['chosen fill']}; "
            f"border: 2px solid {c['chosen border']}; color: {c['chosen text']}; }}\n")


def projector_style() -> str:
    """The projector window's style sheet: its dark screen and white text."""
    p = PROJECTOR
    return (f"QWidget#projectorWindow {{ background: {p['background']}; }}"
            f"QWidget#projectorWindow QLabel {{ color: {p['text']}; }}"
            f"QWidget#boardInner {{ background: {p['background']}; }}")


def countdown_style(seconds_left: int) -> str:
    """The projector's countdown: white, amber in the last two minutes, red once over."""
    role = "text" if seconds_left > 120 else "ending" if seconds_left >= 0 else "over"
    return f"color: {PROJECTOR[role]};"


def timeline_colour(status: str, palette: QPalette | None = None) -> QColor:
    light, dark = TIMELINE.get(status, TIMELINE["planned"])
    return QColor(dark if is_dark(palette) else light)


def border(state: str, palette: QPalette | None = None) -> QColor:
    light, dark = BORDERS[state]
    return QColor(dark if is_dark(palette) else light)


def panel_style(name: str, state: str) -> str:
    """A framed panel (object name `name`) in a state's fill, border and text colours."""
    text, fill = pair(state)
    fill_name = fill.name() if fill is not None else "palette(base)"
    return (f"#{name} {{ background: {fill_name}; border: 1px solid {border(state).name()}; }}"
            f"#{name} QLabel {{ color: {text.name()}; }}")
