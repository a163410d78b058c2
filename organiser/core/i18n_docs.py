"""The documents' words (agenda, minutes, sign-in and vote sheets, programme report, next-step
reminders) in the event's language; no Qt here.

The translations live in the one source, `resources/translations/*.ts` (context "Document"),
beside the interface's: a term is translated once for both (tests/core/test_glossary.py). This
module lists the English texts for `scripts/translations.sh` (pyside6-lupdate reads the
QT_TRANSLATE_NOOP markers) and looks them up. Documents follow `Event.language`, not the
interface language: a French workshop gets a French agenda even when the coordinator's app runs
in English. Unknown languages fall back to English.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from organiser.core.translations import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    RIGHT_TO_LEFT,
    language_of,
    translate,
)

CONTEXT = "Document"

# Headings looked up by key (the programme report, the next-step reminders).
HEADINGS: dict[str, str] = {
    "agenda": QT_TRANSLATE_NOOP("Document", "Agenda"),
    "minutes": QT_TRANSLATE_NOOP("Document", "Minutes"),
    "attendance": QT_TRANSLATE_NOOP("Document", "Attendance"),
    "present": QT_TRANSLATE_NOOP("Document", "Present"),
    "apologies": QT_TRANSLATE_NOOP("Document", "Apologies"),
    "absent": QT_TRANSLATE_NOOP("Document", "Absent"),
    "date": QT_TRANSLATE_NOOP("Document", "Date"),
    "time": QT_TRANSLATE_NOOP("Document", "Time"),
    "venue": QT_TRANSLATE_NOOP("Document", "Venue"),
    "online": QT_TRANSLATE_NOOP("Document", "Online"),
    "chair": QT_TRANSLATE_NOOP("Document", "Chair"),
    "participants": QT_TRANSLATE_NOOP("Document", "Participants"),
    "item": QT_TRANSLATE_NOOP("Document", "Item"),
    "duration": QT_TRANSLATE_NOOP("Document", "Duration"),
    "presenter": QT_TRANSLATE_NOOP("Document", "Presenter"),
    "day": QT_TRANSLATE_NOOP("Document", "Day"),
    "discussion": QT_TRANSLATE_NOOP("Document", "Discussion"),
    "decisions": QT_TRANSLATE_NOOP("Document", "Decisions"),
    "next_steps": QT_TRANSLATE_NOOP("Document", "Next steps"),
    "owner": QT_TRANSLATE_NOOP("Document", "Owner"),
    "due": QT_TRANSLATE_NOOP("Document", "Due"),
    "status": QT_TRANSLATE_NOOP("Document", "Status"),
    "brainstorming": QT_TRANSLATE_NOOP("Document", "Brainstorming"),
    "ideas": QT_TRANSLATE_NOOP("Document", "Ideas"),
    "themes": QT_TRANSLATE_NOOP("Document", "Themes"),
    "votes": QT_TRANSLATE_NOOP("Document", "Votes"),
    "line_of_action": QT_TRANSLATE_NOOP("Document", "Line of action"),
    "lines_of_action": QT_TRANSLATE_NOOP("Document", "Lines of action"),
    "approved": QT_TRANSLATE_NOOP("Document", "Approved"),
    "draft": QT_TRANSLATE_NOOP("Document", "Draft"),
    "programme_report": QT_TRANSLATE_NOOP("Document", "Programme report"),
    "events": QT_TRANSLATE_NOOP("Document", "Events"),
    "event": QT_TRANSLATE_NOOP("Document", "Event"),
    "held": QT_TRANSLATE_NOOP("Document", "Held"),
    "invited": QT_TRANSLATE_NOOP("Document", "Invited"),
    "attended": QT_TRANSLATE_NOOP("Document", "Attended"),
    "budget": QT_TRANSLATE_NOOP("Document", "Budget"),
    "category": QT_TRANSLATE_NOOP("Document", "Category"),
    "amount": QT_TRANSLATE_NOOP("Document", "Amount"),
    "total": QT_TRANSLATE_NOOP("Document", "Total"),
    "computed_total": QT_TRANSLATE_NOOP("Document", "Total (computed from the lines)"),
    "stated_totals": QT_TRANSLATE_NOOP("Document", "Totals as stated"),
    "disagrees": QT_TRANSLATE_NOOP("Document", "Disagrees with the lines"),
    "agrees": QT_TRANSLATE_NOOP("Document", "Agrees"),
    "done": QT_TRANSLATE_NOOP("Document", "Done"),
    "open": QT_TRANSLATE_NOOP("Document", "Open"),
    "overdue": QT_TRANSLATE_NOOP("Document", "Overdue"),
    "page": QT_TRANSLATE_NOOP("Document", "Page"),
    "reminder_subject": QT_TRANSLATE_NOOP("Document", "Next steps: {count} to follow up"),
    "reminder_subject_overdue": QT_TRANSLATE_NOOP(
        "Document", "Next steps: {count} to follow up, {overdue} overdue"),
    "reminder_greeting": QT_TRANSLATE_NOOP("Document", "Dear {name},"),
    "reminder_hello": QT_TRANSLATE_NOOP("Document", "Hello,"),
    "reminder_intro": QT_TRANSLATE_NOOP(
        "Document",
        "Here is where the next steps agreed in our meetings stand, with their "
        "due dates:"),
    "reminder_yours": QT_TRANSLATE_NOOP("Document", "Your next steps"),
    "reminder_of": QT_TRANSLATE_NOOP("Document", "Next steps of {name}"),
    "reminder_overdue": QT_TRANSLATE_NOOP("Document", "overdue since {date} ({days} days)"),
    "reminder_due": QT_TRANSLATE_NOOP("Document", "due {date}"),
    "reminder_due_today": QT_TRANSLATE_NOOP("Document", "due today ({date})"),
    "reminder_in_progress": QT_TRANSLATE_NOOP("Document", "in progress"),
    "reminder_agreed_at": QT_TRANSLATE_NOOP("Document", "agreed at: {event}"),
    "reminder_closing": QT_TRANSLATE_NOOP(
        "Document",
        "If a step is done, late or no longer needed, a short reply to this "
        "message is enough: I will update it."),
    "reminder_regards": QT_TRANSLATE_NOOP("Document", "Best regards,"),
}

# The event documents' texts, looked up by their English (organiser/exporters/pdf).
TEXTS: frozenset[str] = frozenset({
    QT_TRANSLATE_NOOP("Document", "Minutes"),
    QT_TRANSLATE_NOOP("Document", "Agenda"),
    QT_TRANSLATE_NOOP("Document", "Sign-in sheet"),
    QT_TRANSLATE_NOOP("Document", "Dot-vote sheet"),
    QT_TRANSLATE_NOOP("Document", "When"),
    QT_TRANSLATE_NOOP("Document", "Where"),
    QT_TRANSLATE_NOOP("Document", "Online"),
    QT_TRANSLATE_NOOP("Document", "Status"),
    QT_TRANSLATE_NOOP("Document", "Also in"),
    QT_TRANSLATE_NOOP("Document", "Day {day} — {date}"),
    QT_TRANSLATE_NOOP("Document", "chair"),
    QT_TRANSLATE_NOOP("Document", "late"),
    QT_TRANSLATE_NOOP("Document", "left early"),
    QT_TRANSLATE_NOOP("Document", "walk-in"),
    QT_TRANSLATE_NOOP("Document", "No organisation"),
    QT_TRANSLATE_NOOP(
        "Document",
        "{present} present, {apologies} sent apologies, {absent} absent."),
    QT_TRANSLATE_NOOP("Document", "Walk-ins: {count}."),
    QT_TRANSLATE_NOOP("Document", "No attendance was recorded."),
    QT_TRANSLATE_NOOP("Document", "Organisation"),
    QT_TRANSLATE_NOOP("Document", "Present"),
    QT_TRANSLATE_NOOP("Document", "Apologies"),
    QT_TRANSLATE_NOOP("Document", "Absent"),
    QT_TRANSLATE_NOOP("Document", "Planned"),
    QT_TRANSLATE_NOOP("Document", "Actual"),
    QT_TRANSLATE_NOOP("Document", "Item"),
    QT_TRANSLATE_NOOP("Document", "Presenter"),
    QT_TRANSLATE_NOOP("Document", "No discussion was recorded."),
    QT_TRANSLATE_NOOP("Document", "No decisions were recorded."),
    QT_TRANSLATE_NOOP("Document", "Under: {item}"),
    QT_TRANSLATE_NOOP("Document", "Decision"),
    QT_TRANSLATE_NOOP("Document", "Line of action"),
    QT_TRANSLATE_NOOP("Document", "Votes"),
    QT_TRANSLATE_NOOP("Document", "Theme and ideas (ranked by votes)"),
    QT_TRANSLATE_NOOP("Document", "No brainstorming took place."),
    QT_TRANSLATE_NOOP("Document", "No next steps were recorded."),
    QT_TRANSLATE_NOOP("Document", "What"),
    QT_TRANSLATE_NOOP("Document", "Who"),
    QT_TRANSLATE_NOOP("Document", "By when"),
    QT_TRANSLATE_NOOP("Document", "Draft for review: these minutes have not been approved yet."),
    QT_TRANSLATE_NOOP("Document", "First issue"),
    QT_TRANSLATE_NOOP("Document", "Version"),
    QT_TRANSLATE_NOOP("Document", "Approved by"),
    QT_TRANSLATE_NOOP("Document", "Approved on"),
    QT_TRANSLATE_NOOP("Document", "What changed"),
    QT_TRANSLATE_NOOP(
        "Document",
        "Draft of version {next}: it replaces version {count} once approved."),
    QT_TRANSLATE_NOOP("Document", "Approved by {name} on {date} (version {number})"),
    QT_TRANSLATE_NOOP("Document", "Draft of version {number}, not yet approved"),
    QT_TRANSLATE_NOOP("Document", "Draft, not yet approved"),
    QT_TRANSLATE_NOOP("Document", "Attendance"),
    QT_TRANSLATE_NOOP("Document", "Discussion"),
    QT_TRANSLATE_NOOP("Document", "Decisions"),
    QT_TRANSLATE_NOOP("Document", "Brainstorming outcome"),
    QT_TRANSLATE_NOOP("Document", "Next steps"),
    QT_TRANSLATE_NOOP("Document", "Sign-off"),
    QT_TRANSLATE_NOOP("Document", "The agenda has not been set yet."),
    QT_TRANSLATE_NOOP("Document", "Times are in {zone} ({offset})."),
    QT_TRANSLATE_NOOP("Document", "Times are in {zone} ({offset}) and {other}."),
    QT_TRANSLATE_NOOP(
        "Document",
        "Please sign next to your name. If you are not listed, write your name, "
        "organisation and e-mail in a blank row at the end."),
    QT_TRANSLATE_NOOP("Document", "Name"),
    QT_TRANSLATE_NOOP("Document", "Organisation / e-mail (walk-ins)"),
    QT_TRANSLATE_NOOP("Document", "Signature"),
    QT_TRANSLATE_NOOP(
        "Document",
        "Each participant has {count} dots. Tick one box for each dot you give an "
        "idea; you may give one idea several dots."),
    QT_TRANSLATE_NOOP("Document", "Idea"),
    QT_TRANSLATE_NOOP("Document", "Dots: tick one box for each"),
    QT_TRANSLATE_NOOP("Document", "Page {page} of {pages}"),
    QT_TRANSLATE_NOOP("Document", "DRAFT"),
})

_LANGUAGE: ContextVar[str] = ContextVar("document_language", default="en")


def heading(key: str, language: str | None = "en") -> str:
    """A document heading in that language; English when the language or key is unknown."""
    source = HEADINGS.get(key)
    if source is None:
        return key.replace("_", " ").capitalize()
    return translate(language_of(language), CONTEXT, source)


@contextmanager
def document_language(language: str | None) -> Iterator[str]:
    """Within this block `text()` answers in `language` (per thread: documents made in a
    background thread keep their own)."""
    token = _LANGUAGE.set(language_of(language))
    try:
        yield _LANGUAGE.get()
    finally:
        _LANGUAGE.reset(token)


def current_language() -> str:
    return _LANGUAGE.get()


def text(source: str) -> str:
    """A document text (one of TEXTS) in the language of the document being made."""
    return translate(_LANGUAGE.get(), CONTEXT, source)


def is_right_to_left(language: str | None) -> bool:
    return language_of(language) in RIGHT_TO_LEFT


__all__ = ["HEADINGS", "LANGUAGES", "TEXTS", "current_language", "document_language",
           "heading", "is_right_to_left", "language_of", "text"]
