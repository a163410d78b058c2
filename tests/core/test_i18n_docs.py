"""Document words follow the event's language, from the one translation source (.ts)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from organiser.core.i18n_docs import (
    HEADINGS,
    LANGUAGES,
    TEXTS,
    document_language,
    heading,
    is_right_to_left,
    language_of,
    text,
)
from organiser.core.translations import catalogue

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_document_text_is_translated_in_the_ts_files(language: str) -> None:
    translated = catalogue(language)
    missing = [source for source in {*HEADINGS.values(), *TEXTS}
               if not translated.lookup("Document", source)]
    assert not missing, f"not translated in organiser_{language}.ts: {missing}"


def test_heading_by_event_language_with_english_fallback() -> None:
    assert heading("minutes", "fr") == "Compte rendu"  # the interface's word
    assert heading("agenda", "ar") == "جدول الأعمال"
    assert heading("agenda", "fr-CA") == "Ordre du jour"
    assert heading("next_steps", "uk") == "Next steps"
    assert heading("next_steps", None) == "Next steps"
    assert heading("no_such_key", "fr") == "No such key"
    assert language_of("ar_EG") == "ar" and is_right_to_left("ar")
    assert not is_right_to_left("fr")


def test_document_language_is_per_block() -> None:
    assert text("Minutes") == "Minutes"
    with document_language("fr"):
        assert text("Page {page} of {pages}").format(page=1, pages=2) == "Page 1 sur 2"
        with document_language("ar"):
            assert text("Minutes") == "المحضر"
        assert text("Minutes") == "Compte rendu"
    assert text("Minutes") == "Minutes"


def test_every_text_the_documents_use_is_listed() -> None:
    """text("...") in the exporters must name a text of TEXTS (else lupdate never sees it and
    it stays English in every language)."""
    unknown = []
    for path in sorted((REPO / "organiser" / "exporters").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "text" \
                    and node.args:
                arg = node.args[0]
                if not (isinstance(arg, ast.Constant) and arg.value in TEXTS):
                    unknown.append(f"{path.name}:{node.lineno}")
    assert not unknown, unknown
