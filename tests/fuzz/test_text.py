"""Property tests of the one cleaning rule (core.text) every importer and exporter uses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from organiser.core.text import clean_line, clean_text, removed_characters
from tests.fuzz.strategies import examples, hostile_text

INVISIBLE = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u2060\ufeff")


@examples(300)
@given(value=st.one_of(hostile_text, st.text(max_size=80)))
def test_cleaning_is_idempotent_and_leaves_nothing_invisible(value: str) -> None:
    line, text = clean_line(value), clean_text(value)
    assert clean_line(line) == line and clean_text(text) == text
    assert not any(ch in INVISIBLE for ch in line + text)
    assert "\n" not in line and "\r" not in line and "\r" not in text
    if removed_characters(value) is None and value.isprintable():
        assert line == " ".join(value.split()) or line == " ".join(clean_text(value).split())
