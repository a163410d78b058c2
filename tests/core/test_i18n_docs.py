"""Document headings follow the event's language."""

from __future__ import annotations

from organiser.core.i18n_docs import HEADINGS, LANGUAGES, heading, is_right_to_left, language_of


def test_every_heading_exists_in_every_language() -> None:
    for key, entry in HEADINGS.items():
        assert set(entry) == set(LANGUAGES), key
        assert all(entry[lang].strip() for lang in LANGUAGES)


def test_heading_by_event_language_with_english_fallback() -> None:
    assert heading("minutes", "fr") == "Procès-verbal"
    assert heading("agenda", "ar") == "جدول الأعمال"
    assert heading("agenda", "fr-CA") == "Ordre du jour"
    assert heading("next_steps", "uk") == "Next steps"
    assert heading("next_steps", None) == "Next steps"
    assert heading("no_such_key", "fr") == "No such key"
    assert language_of("ar_EG") == "ar" and is_right_to_left("ar")
    assert not is_right_to_left("fr")
