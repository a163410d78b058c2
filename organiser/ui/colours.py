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
}


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
