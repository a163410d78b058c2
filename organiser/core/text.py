"""Text rules: NFC storage, accent- and case-insensitive matching, sort keys across scripts."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Hashable
from typing import TypeVar

from organiser.core.addresses import address_key

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

# What no name, title or note needs and what an attacker or a broken file puts in:
# C0 and C1 control characters (tab and line breaks are handled apart), the bidirectional
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069: "Trojan Source", a name
# shown backwards in a header or a PDF), zero-width spaces and joiners where nothing joins.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINEBREAKS = re.compile(r"[\r\n\x85\u2028\u2029]+")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# zero-width space, word joiner, BOM/zero-width no-break space, Mongolian vowel separator,
# interlinear annotation; ZWNJ/ZWJ (U+200C/D) are kept between two letters (Persian, Hindi,
# emoji sequences need them) and removed where they stand next to a space or an end.
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u180e\ufff9-\ufffb]")
_STRAY_JOINERS = re.compile("(?<![^\\s])[\u200c\u200d]+|[\u200c\u200d]+(?![^\\s])")


def nfc(value: str | None) -> str:
    """Normalise to NFC so that 'é' typed two ways is stored and compared the same."""
    if not value:
        return ""
    return unicodedata.normalize("NFC", value)


def clean_line(value: str | None) -> str:
    """One-line field: NFC, control characters and line breaks removed, outer spaces stripped.

    Names and addresses end up in mail headers and calendar properties, where a line break
    would let a value inject a header.
    """
    text = nfc(value)
    if text.isascii() and text.isprintable() and "  " not in text \
            and text[:1] != " " and text[-1:] != " ":
        return text  # most values: nothing to do
    text = _LINEBREAKS.sub(" ", text)
    text = _strip_invisible(text)
    return " ".join(text.split())


def clean_text(value: str | None) -> str:
    """Multi-line field: NFC, newlines kept (as \\n), other control characters removed."""
    text = nfc(value).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x85", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _strip_invisible(text)


def _strip_invisible(text: str) -> str:
    text = _ZERO_WIDTH.sub("", _BIDI.sub("", _CONTROL.sub("", text)))
    return _STRAY_JOINERS.sub("", text) if "\u200c" in text or "\u200d" in text else text


def removed_characters(value: str | None, *, multiline: bool = False,
                       line_breaks: bool = True) -> str | None:
    """What cleaning removes from `value`, said for a warning ('bidirectional override
    characters'), or None when nothing but spaces changes (nor line breaks, if not
    `line_breaks`: a long organisation name wrapped in its cell is no news)."""
    text = nfc(value)
    if text.isascii() and text.isprintable():
        return None
    found = []
    if multiline:
        text = text.replace("\r", "").replace("\n", "")
    elif _LINEBREAKS.search(text) and line_breaks:
        found.append("line breaks")
    if _CONTROL.search(text):
        found.append("control characters")
    if _BIDI.search(text):
        found.append("bidirectional override characters (text shown in another order)")
    if _ZERO_WIDTH.search(text) or _STRAY_JOINERS.search(_ZERO_WIDTH.sub("", text)):
        found.append("zero-width characters")
    return " and ".join(found) if found else None


def fold(value: str | None) -> str:
    """Key for matching: case and accents ignored ('José' → 'jose', 'Олег' → 'олег')."""
    if not value:
        return ""
    if value.isascii():  # addresses and most names: folding is lower-casing (10x faster)
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = decomposed.translate(_STRIP_COMBINING)  # C speed: 10,000 names in a blink
    folded = stripped.casefold()
    # ß casefolds to ss already; ø, đ, ł and friends do not decompose: map the common ones.
    return folded.translate(_EXTRA_FOLDS)


class _CombiningMarks(dict[int, int | None]):
    """str.translate table dropping combining marks, filled in as characters are met."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_STRIP_COMBINING = _CombiningMarks()

_EXTRA_FOLDS = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe",
                              "þ": "th", "ð": "d"})


def memo(function: Callable[[K], T]) -> Callable[[K], T]:
    """`function` remembering its answers, for one bulk read where names repeat (the same
    event, organisation or owner on thousands of rows)."""
    seen: dict[K, T] = {}

    def remembered(value: K) -> T:
        try:
            return seen[value]
        except KeyError:
            result = seen[value] = function(value)
            return result

    return remembered


_DIGITS = re.compile(r"\d+")


@functools.lru_cache(maxsize=1 << 16)
def sort_key(value: str | None) -> tuple[int, str]:
    """Sort key that groups Latin first, then other scripts, each in folded order.

    Numbers sort by value ("Org 2" before "Org 10"), as people count, not digit by digit.
    Remembered for the last 65,536 values: a reload sorts the same 10,000 names again.
    """
    folded = fold(value)
    first = next((ch for ch in folded if ch.isalpha()), "")
    script_rank = 0 if (not first or first.isascii()) else 1
    natural = _DIGITS.sub(lambda m: m.group().lstrip("0").rjust(20, "0")
                          if len(m.group()) <= 20 else m.group(), folded)
    return (script_rank, natural)


def email_key(address: str | None) -> str:
    """How two addresses are matched: core.addresses' key (case-folded, the domain in its
    ASCII form, so `d@пример.рф` is `d@xn--e1afmkfd.xn--p1ai`); the rule lives there."""
    return address_key(address)


# A spreadsheet runs a cell starting with one of these as a formula (CSV injection, OWASP).
_FORMULA_START = frozenset("=+-@\t\r\n")
_NUMBER_LIKE = re.compile(r"[+\-]?[\d\s().\-/]+")


def looks_like_formula(value: str) -> bool:
    """A cell a spreadsheet would evaluate (`=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`).

    A phone number (`+33 1 42 68 53 00`) or a negative number is not one: it stays as typed.
    """
    if not value or value[0] not in _FORMULA_START:
        return False
    return not (value[0] in "+-" and _NUMBER_LIKE.fullmatch(value))


def spreadsheet_text(value: str) -> str:
    """A cell a spreadsheet shows as text and never runs: formula-looking values get a leading
    apostrophe (the one rule of every CSV Organiser writes; the importers take it off again).
    Invisible and control characters go first (`clean_text`): they never reach a file."""
    value = clean_text(value)
    return "'" + value if looks_like_formula(value) else value


_LEGAL_SUFFIXES = frozenset({
    "ltd", "limited", "inc", "incorporated", "llc", "llp", "plc", "corp", "corporation", "co",
    "company", "gmbh", "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "oy",
    "kg", "pty", "pvt", "ev"})


def organisation_key(name: str | None) -> str:
    """Key for spotting the same organisation written differently: case, accents and
    punctuation ignored, a leading "The" and trailing legal forms (Ltd, GmbH, S.A.…) dropped
    ("The ACME Ltd." and "Acme" give the same key)."""
    words = "".join(c if c.isalnum() else " " for c in fold(name).replace(".", "")).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words)
