"""Headings of the documents (agenda, minutes, reports) in the event's language; no Qt here.

Documents follow `Event.language`, not the interface language: a French workshop gets a French
agenda even when the coordinator's app runs in English. Unknown languages fall back to English.
"""

from __future__ import annotations

LANGUAGES = ("en", "fr", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})

HEADINGS: dict[str, dict[str, str]] = {
    "agenda": {"en": "Agenda", "fr": "Ordre du jour", "ar": "جدول الأعمال"},
    "minutes": {"en": "Minutes", "fr": "Procès-verbal", "ar": "محضر الاجتماع"},
    "attendance": {"en": "Attendance", "fr": "Participants", "ar": "الحضور"},
    "present": {"en": "Present", "fr": "Présents", "ar": "الحاضرون"},
    "apologies": {"en": "Apologies", "fr": "Excusés", "ar": "المعتذرون"},
    "absent": {"en": "Absent", "fr": "Absents", "ar": "الغائبون"},
    "date": {"en": "Date", "fr": "Date", "ar": "التاريخ"},
    "time": {"en": "Time", "fr": "Heure", "ar": "الوقت"},
    "venue": {"en": "Venue", "fr": "Lieu", "ar": "المكان"},
    "online": {"en": "Online", "fr": "En ligne", "ar": "عبر الإنترنت"},
    "chair": {"en": "Chair", "fr": "Présidence", "ar": "الرئيس"},
    "participants": {"en": "Participants", "fr": "Participants", "ar": "المشاركون"},
    "item": {"en": "Item", "fr": "Point", "ar": "البند"},
    "duration": {"en": "Duration", "fr": "Durée", "ar": "المدة"},
    "presenter": {"en": "Presenter", "fr": "Intervenant", "ar": "المقدم"},
    "day": {"en": "Day", "fr": "Jour", "ar": "اليوم"},
    "discussion": {"en": "Discussion", "fr": "Discussion", "ar": "المناقشة"},
    "decisions": {"en": "Decisions", "fr": "Décisions", "ar": "القرارات"},
    "next_steps": {"en": "Next steps", "fr": "Prochaines étapes", "ar": "الخطوات التالية"},
    "owner": {"en": "Owner", "fr": "Responsable", "ar": "المسؤول"},
    "due": {"en": "Due", "fr": "Échéance", "ar": "الموعد النهائي"},
    "status": {"en": "Status", "fr": "Statut", "ar": "الحالة"},
    "brainstorming": {"en": "Brainstorming", "fr": "Remue-méninges", "ar": "العصف الذهني"},
    "ideas": {"en": "Ideas", "fr": "Idées", "ar": "الأفكار"},
    "themes": {"en": "Themes", "fr": "Thèmes", "ar": "المحاور"},
    "votes": {"en": "Votes", "fr": "Votes", "ar": "الأصوات"},
    "line_of_action": {"en": "Line of action", "fr": "Axe d'action", "ar": "محور العمل"},
    "lines_of_action": {"en": "Lines of action", "fr": "Axes d'action", "ar": "محاور العمل"},
    "approved": {"en": "Approved", "fr": "Approuvé", "ar": "معتمد"},
    "draft": {"en": "Draft", "fr": "Projet", "ar": "مسودة"},
    "programme_report": {"en": "Programme report", "fr": "Rapport du programme",
                         "ar": "تقرير البرنامج"},
    "events": {"en": "Events", "fr": "Réunions", "ar": "الفعاليات"},
    "event": {"en": "Event", "fr": "Réunion", "ar": "الفعالية"},
    "held": {"en": "Held", "fr": "Tenues", "ar": "المنعقدة"},
    "invited": {"en": "Invited", "fr": "Invités", "ar": "المدعوون"},
    "attended": {"en": "Attended", "fr": "Présents", "ar": "الحضور"},
    "budget": {"en": "Budget", "fr": "Budget", "ar": "الميزانية"},
    "category": {"en": "Category", "fr": "Catégorie", "ar": "الفئة"},
    "amount": {"en": "Amount", "fr": "Montant", "ar": "المبلغ"},
    "total": {"en": "Total", "fr": "Total", "ar": "المجموع"},
    "computed_total": {"en": "Total (computed from the lines)",
                       "fr": "Total (calculé à partir des lignes)",
                       "ar": "المجموع (محسوب من البنود)"},
    "stated_totals": {"en": "Totals as stated", "fr": "Totaux indiqués",
                      "ar": "المجاميع كما وردت"},
    "disagrees": {"en": "Disagrees with the lines", "fr": "Ne correspond pas aux lignes",
                  "ar": "لا يطابق البنود"},
    "agrees": {"en": "Agrees", "fr": "Correspond", "ar": "مطابق"},
    "done": {"en": "Done", "fr": "Fait", "ar": "منجز"},
    "open": {"en": "Open", "fr": "En cours", "ar": "مفتوح"},
    "overdue": {"en": "Overdue", "fr": "En retard", "ar": "متأخر"},
    "page": {"en": "Page", "fr": "Page", "ar": "صفحة"},
    # next-step reminders, in the owner's language
    "reminder_subject": {"en": "Next steps: {count} to follow up",
                         "fr": "Prochaines étapes : {count} à suivre",
                         "ar": "الخطوات التالية: {count} للمتابعة"},
    "reminder_subject_overdue": {
        "en": "Next steps: {count} to follow up, {overdue} overdue",
        "fr": "Prochaines étapes : {count} à suivre, dont {overdue} en retard",
        "ar": "الخطوات التالية: {count} للمتابعة، منها {overdue} متأخرة"},
    "reminder_greeting": {"en": "Dear {name},", "fr": "Bonjour {name},",
                          "ar": "عزيزي/عزيزتي {name}،"},
    "reminder_hello": {"en": "Hello,", "fr": "Bonjour,", "ar": "مرحبًا،"},
    "reminder_intro": {
        "en": "Here is where the next steps agreed in our meetings stand, with their due dates:",
        "fr": "Voici où en sont les prochaines étapes convenues lors de nos réunions, avec "
              "leurs échéances :",
        "ar": "إليكم وضع الخطوات التالية المتفق عليها في اجتماعاتنا ومواعيدها النهائية:"},
    "reminder_yours": {"en": "Your next steps", "fr": "Vos prochaines étapes",
                       "ar": "خطواتكم التالية"},
    "reminder_of": {"en": "Next steps of {name}", "fr": "Prochaines étapes de {name}",
                    "ar": "الخطوات التالية لـ {name}"},
    "reminder_overdue": {"en": "overdue since {date} ({days} days)",
                         "fr": "en retard depuis le {date} ({days} jours)",
                         "ar": "متأخرة منذ {date} ({days} يومًا)"},
    "reminder_due": {"en": "due {date}", "fr": "échéance le {date}",
                     "ar": "الموعد النهائي {date}"},
    "reminder_due_today": {"en": "due today ({date})", "fr": "échéance aujourd'hui ({date})",
                           "ar": "الموعد النهائي اليوم ({date})"},
    "reminder_in_progress": {"en": "in progress", "fr": "en cours", "ar": "قيد التنفيذ"},
    "reminder_agreed_at": {"en": "agreed at: {event}", "fr": "convenue lors de : {event}",
                           "ar": "تم الاتفاق عليها في: {event}"},
    "reminder_closing": {
        "en": "If a step is done, late or no longer needed, a short reply to this message is "
              "enough: I will update it.",
        "fr": "Si une étape est terminée, retardée ou n'est plus nécessaire, une courte réponse "
              "à ce message suffit : je la mettrai à jour.",
        "ar": "إذا أُنجزت خطوة أو تأخرت أو لم تعد ضرورية، يكفي رد قصير على هذه الرسالة "
              "وسأقوم بتحديثها."},
    "reminder_regards": {"en": "Best regards,", "fr": "Cordialement,",
                         "ar": "مع أطيب التحيات،"},
}


def language_of(code: str | None) -> str:
    """The document language for a setting such as 'fr', 'fr-CA' or 'ar_EG' (else 'en')."""
    base = (code or "").replace("_", "-").split("-", 1)[0].lower()
    return base if base in LANGUAGES else "en"


def heading(key: str, language: str | None = "en") -> str:
    """A document heading in that language; English when the language or key is unknown."""
    entry = HEADINGS.get(key)
    if entry is None:
        return key.replace("_", " ").capitalize()
    return entry.get(language_of(language), entry["en"])


def is_right_to_left(language: str | None) -> bool:
    return language_of(language) in RIGHT_TO_LEFT


__all__ = ["HEADINGS", "LANGUAGES", "heading", "is_right_to_left", "language_of"]
