"""The programme's key terms are translated one way per language, in the interface and the
documents alike (resources/translations/*.ts is the one source of both)."""

from __future__ import annotations

import re

import pytest

from organiser.core.translations import catalogue

# English term -> the word in each language (a pattern: plurals and articles allowed). Any
# message whose source is the term itself, in any context, must use that word.
GLOSSARY: dict[str, dict[str, str]] = {
    "minutes": {"fr": r"compte rendu", "ar": r"المحضر"},
    "agenda": {"fr": r"ordre du jour", "ar": r"جدول الأعمال"},
    "next steps": {"fr": r"prochaines étapes", "ar": r"الخطوات التالية"},
    "next step": {"fr": r"prochaine étape", "ar": r"خطوة تالية"},
    "decisions": {"fr": r"décisions", "ar": r"القرارات"},
    "line of action": {"fr": r"axe d’action", "ar": r"محور العمل"},
    "lines of action": {"fr": r"axes d’action", "ar": r"محاور العمل"},
    "event": {"fr": r"réunion", "ar": r"الفعالية"},
    "events": {"fr": r"réunions", "ar": r"الفعاليات"},
    "owner": {"fr": r"responsable", "ar": r"المسؤول"},
    "due": {"fr": r"échéance", "ar": r"الموعد النهائي"},
    "overdue": {"fr": r"en retard", "ar": r"متأخرة"},
    "draft": {"fr": r"brouillon", "ar": r"مسودة"},
    "open": {"fr": r"ouvertes?", "ar": r"مفتوحة?"},
    "in progress": {"fr": r"en cours", "ar": r"قيد التنفيذ"},
    "done": {"fr": r"faites?", "ar": r"منجزة"},
    "status": {"fr": r"statut", "ar": r"الحالة"},
    "venue": {"fr": r"lieu", "ar": r"المكان"},
    "brainstorming": {"fr": r"remue-méninges", "ar": r"العصف الذهني"},
    "budget": {"fr": r"budget", "ar": r"الميزانية"},
}
# where a word means something else (the live timer's item is "done", i.e. finished)
EXCEPTIONS = {("LiveWindow", "done")}


def _pattern(wanted: str, language: str) -> str:
    """Arabic words take the article ال or not (a menu title, a column heading)."""
    if language != "ar":
        return wanted
    return " ".join("(ال)?" + w[2:] if w.startswith("ال") else "(ال)?" + w
                    for w in wanted.split(" "))


def _clean(text: str) -> str:
    return text.replace("&", "").rstrip(" :：").strip().lower()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_each_key_term_has_one_translation(language: str) -> None:
    words = catalogue(language)
    wrong = []
    for context, source, forms in words:
        term = _clean(source)
        if term in GLOSSARY and (context, term) not in EXCEPTIONS:
            wanted = _pattern(GLOSSARY[term][language], language)
            for form in forms:
                if not re.fullmatch(wanted, _clean(form)):
                    wrong.append(f"{context}: {source!r} -> {form!r} (glossary: {wanted})")
    assert not wrong, "\n".join(wrong)


def test_the_glossary_is_in_use() -> None:
    """Every glossary term occurs in the interface or the documents (no dead entries)."""
    sources = {_clean(source) for _c, source, _f in catalogue("fr")}
    assert set(GLOSSARY) <= sources, set(GLOSSARY) - sources


def test_documents_and_interface_agree_on_minutes_and_open() -> None:
    """The two drifts that started this: "Procès-verbal" and "En cours" in the PDFs."""
    fr = catalogue("fr")
    assert fr.lookup("Document", "Minutes") == fr.lookup("PdfPreviewDialog", "Minutes") \
        == "Compte rendu"
    assert fr.lookup("Document", "Open") == fr.lookup("NextStepsArea", "Open") == "Ouvertes"
