"""The one source of every translated word: the Qt Linguist files `resources/translations/*.ts`.

The interface reads them through a QTranslator (organiser.ui.i18n) and the documents (PDFs,
reports) through `translate()` here, so a term is translated once, in one file, for both. The
files are edited with `pyside6-linguist` and refreshed from the code with
`scripts/translations.sh` (pyside6-lupdate); nothing is compiled (`.qm` files are not used).
No Qt here: the XML is read with the standard library.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from organiser.core.paths import resource_path

LANGUAGES = ("en", "fr", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
# what a translator may leave behind: an unfinished entry is not used
_UNUSED = frozenset({"unfinished", "vanished", "obsolete"})


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - lupdate's marker
    """Marks a text for `pyside6-lupdate` (which reads any Python file) without Qt."""
    return source


def language_of(code: str | None) -> str:
    """One of LANGUAGES for a code like 'fr', 'fr_CA' or 'ar-EG'; English otherwise."""
    base = (code or "").replace("-", "_").split("_", 1)[0].lower()
    return base if base in LANGUAGES else "en"


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms `n` takes, by Qt Linguist's rules for the language."""
    if language == "fr":
        return 0 if n < 2 else 1
    if language == "ar":
        if n in (0, 1, 2):
            return n
        if 3 <= n % 100 <= 10:
            return 3
        return 4 if n % 100 >= 11 else 5  # 100, 101, 102, 200...: the "other" form
    return 0 if n == 1 else 1


@dataclass
class Catalogue:
    """The finished translations of one language: (context, source) -> its form(s)."""

    language: str
    messages: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)

    def lookup(self, context: str, source: str, n: int = -1) -> str | None:
        """The translation, or None when there is none (the caller keeps the source)."""
        forms = self.messages.get((context, source))
        if not forms:
            return None
        if len(forms) == 1 or n < 0:
            return forms[0]
        return forms[min(plural_form(self.language, n), len(forms) - 1)]

    def __iter__(self) -> Iterator[tuple[str, str, tuple[str, ...]]]:
        for (context, source), forms in self.messages.items():
            yield context, source, forms


def read_ts(path: str, language: str) -> Catalogue:
    """The finished messages of a .ts file (unfinished and vanished ones are skipped)."""
    catalogue = Catalogue(language)
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in _UNUSED:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms:
                forms = [translation.text or ""]
            if any(forms):
                catalogue.messages[(name, source)] = tuple(forms)
    return catalogue


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(language: str) -> Catalogue:
    """The translations of `language`, read once per process (English needs none)."""
    code = language_of(language)
    path = resource_path("translations") / f"organiser_{code}.ts"
    if code == "en" or not path.is_file():
        return Catalogue(code)
    return read_ts(str(path), code)


def translate(language: str | None, context: str, source: str, n: int = -1) -> str:
    """`source` in `language` (the source itself when not translated); `%n` becomes `n`."""
    text = catalogue(language_of(language)).lookup(context, source, n) or source
    return text.replace("%n", str(n)) if n >= 0 else text
