"""Text rules: NFC storage, accent- and case-insensitive matching, sort keys across scripts."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINEBREAKS = re.compile(r"[\r\n\u2028\u2029]+")


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
    text = _LINEBREAKS.sub(" ", text)
    text = _CONTROL.sub("", text)
    return " ".join(text.split())


def clean_text(value: str | None) -> str:
    """Multi-line field: NFC, newlines kept (as \\n), other control characters removed."""
    text = nfc(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def fold(value: str | None) -> str:
    """Key for matching: case and accents ignored ('José' → 'jose', 'Олег' → 'олег')."""
    if not value:
        return ""
    if value.isascii():  # addresses and most names: folding is lower-casing (10x faster)
        return value.lower()
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold()
    # ß casefolds to ss already; ø, đ, ł and friends do not decompose: map the common ones.
    return folded.translate(_EXTRA_FOLDS)


_EXTRA_FOLDS = str.maketrans({"ø": "o", "đ": "d", "ł": "l", "ı": "i", "æ": "ae", "œ": "oe",
                              "þ": "th", "ð": "d"})


def sort_key(value: str | None) -> tuple[int, str]:
    """Sort key that groups Latin first, then other scripts, each in folded order."""
    folded = fold(value)
    first = next((ch for ch in folded if ch.isalpha()), "")
    script_rank = 0 if (not first or first.isascii()) else 1
    return (script_rank, folded)


def email_key(address: str | None) -> str:
    """Addresses compare without regard to case (in practice every server does so)."""
    return (address or "").strip().casefold()
