"""French and Arabic for live mode, the projector view, the board and the dialogs of issue 14.

Read by scripts/translations_fill.py with translations_ui.py (same keys: the English source,
or "Context|source").
"""

from __future__ import annotations

FR_LIVE: dict[str, str | list[str]] = {
    "Planned": "Prévu", "Expected": "Prévision",
    "From: {value}": "De : {value}", "To: {value}": "À : {value}",
    "Subject: {value}": "Objet : {value}", "Attached: {names}": "Pièces jointes : {names}",
    "Show Details… to read the first message before it goes.":
        "« Afficher les détails… » montre le premier message avant l’envoi.",
    "Sending {done} of {total}…": "Envoi {done} sur {total}…",
    "&Projector view (room screen)": "Vue &projecteur (écran de la salle)",
    "Projector shows agenda / &board": "Le projecteur montre l’ordre du jour / le &tableau",
    "Projector — {title}": "Projecteur — {title}", "left": "restantes",
    "over time": "de dépassement", "Starting soon": "Nous commençons bientôt",
    "Thank you": "Merci", "Next: {title} ({time})": "Ensuite : {title} ({time})",
    "Voting closed: totals shown.": "Vote clos : totaux affichés.",
    "Voting open: totals are shown when it closes.":
        "Vote ouvert : les totaux s’affichent à la clôture.",
    "1 vote": "1 voix", "{count} votes": "{count} voix",
    "Choose the voter first: type their name.": "Choisissez d’abord qui vote : tapez son nom.",
    "Columns": "Colonnes", "List": "Liste",
    "Move to theme… (Ctrl+M)": "Vers un thème… (Ctrl+M)",
    "Out of theme (Ctrl+U)": "Hors thème (Ctrl+U)",
    "Nobody named “{name}” can vote here.": "Personne du nom de « {name} » ne vote ici.",
    "Select an idea: 1–9 or + give dots, 0 or − take them back; type a name (Enter) to "
    "change voter.": "Choisissez une idée : 1–9 ou + donnent des gommettes, 0 ou − les "
    "reprennent ; tapez un nom (Entrée) pour changer de votant.",
    "Documents (PDF)": "Documents (PDF)", "MainWindow|E&vent": "&Réunion",
    "STARTTLS (usually port 587)": "STARTTLS (en général port 587)",
    "SSL/TLS (usually port 465)": "SSL/TLS (en général port 465)",
    "None: not encrypted (port 25)": "Aucune : non chiffré (port 25)",
    "The new language applies at the next start.":
        "La nouvelle langue s’applique au prochain démarrage.",
    "“{address}” is not an e-mail address (name@organisation.org)":
        "« {address} » n’est pas une adresse électronique (nom@organisation.org)",
    "“{zone}” is not a time zone: choose one from the list (type part of a city)":
        "« {zone} » n’est pas un fuseau horaire : choisissez-en un dans la liste (tapez une "
        "partie d’une ville)",
    "Type part of a name first (or choose with ↑↓).":
        "Tapez d’abord une partie du nom (ou choisissez avec ↑↓).",
    "(had replied: {reply})": "(avait répondu : {reply})",
    "Redone: {what}": "Rétabli : {what}", "Undone: {what}": "Annulé : {what}",
    "Undone: {name} is {status} again": "Annulé : {name} est de nouveau {status}",
    "{time} left — {title}": "reste {time} — {title}",
    "over-run {time} — {title}": "dépassement de {time} — {title}",
    "Discard the changes you typed?": "Abandonner les modifications saisies ?",
    "type part of a city: Paris, Dakar, Tokyo…":
        "tapez une partie d’une ville : Paris, Dakar, Tokyo…",
    "Approved by (the name printed on the minutes):":
        "Approuvé par (le nom imprimé sur le compte rendu) :",
}

AR_LIVE: dict[str, str | list[str]] = {
    "Planned": "المقرر", "Expected": "المتوقع",
    "From: {value}": "من: {value}", "To: {value}": "إلى: {value}",
    "Subject: {value}": "الموضوع: {value}", "Attached: {names}": "المرفقات: {names}",
    "Show Details… to read the first message before it goes.":
        "اعرض التفاصيل لقراءة الرسالة الأولى قبل إرسالها.",
    "Sending {done} of {total}…": "جارٍ إرسال {done} من {total}…",
    "&Projector view (room screen)": "عرض &الشاشة الكبيرة (شاشة القاعة)",
    "Projector shows agenda / &board": "الشاشة الكبيرة تعرض جدول الأعمال / ال&لوحة",
    "Projector — {title}": "الشاشة الكبيرة — {title}", "left": "متبقية",
    "over time": "تجاوز الوقت", "Starting soon": "نبدأ قريبًا", "Thank you": "شكرًا لكم",
    "Next: {title} ({time})": "التالي: {title} ({time})",
    "Voting closed: totals shown.": "أُغلق التصويت: تظهر المجاميع.",
    "Voting open: totals are shown when it closes.": "التصويت مفتوح: تظهر المجاميع عند إغلاقه.",
    "1 vote": "صوت واحد", "{count} votes": "{count} أصوات",
    "Choose the voter first: type their name.": "اختر المصوّت أولًا: اكتب اسمه.",
    "Columns": "أعمدة", "List": "قائمة",
    "Move to theme… (Ctrl+M)": "نقل إلى محور… (Ctrl+M)",
    "Out of theme (Ctrl+U)": "خارج المحور (Ctrl+U)",
    "Nobody named “{name}” can vote here.": "لا أحد باسم «{name}» يصوّت هنا.",
    "Select an idea: 1–9 or + give dots, 0 or − take them back; type a name (Enter) to "
    "change voter.": "اختر فكرة: ‎1–9 أو + تمنح نقاطًا، و0 أو − تستردها؛ اكتب اسمًا "
    "(Enter) لتغيير المصوّت.",
    "Documents (PDF)": "المستندات (PDF)", "MainWindow|E&vent": "&فعالية",
    "STARTTLS (usually port 587)": "STARTTLS (عادةً المنفذ 587)",
    "SSL/TLS (usually port 465)": "SSL/TLS (عادةً المنفذ 465)",
    "None: not encrypted (port 25)": "بلا: غير مشفّر (المنفذ 25)",
    "The new language applies at the next start.": "تُطبَّق اللغة الجديدة عند التشغيل القادم.",
    "“{address}” is not an e-mail address (name@organisation.org)":
        "«{address}» ليس عنوان بريد إلكتروني (name@organisation.org)",
    "“{zone}” is not a time zone: choose one from the list (type part of a city)":
        "«{zone}» ليست منطقة زمنية: اختر واحدة من القائمة (اكتب جزءًا من اسم مدينة)",
    "Type part of a name first (or choose with ↑↓).": "اكتب جزءًا من الاسم أولًا (أو اختر بـ ↑↓).",
    "(had replied: {reply})": "(كان قد ردّ: {reply})",
    "Redone: {what}": "أُعيد: {what}", "Undone: {what}": "أُلغي: {what}",
    "Undone: {name} is {status} again": "أُلغي: {name} عاد {status}",
    "{time} left — {title}": "متبقٍّ {time} — {title}",
    "over-run {time} — {title}": "تجاوز {time} — {title}",
    "Discard the changes you typed?": "هل تريد التخلي عن التعديلات التي كتبتها؟",
    "type part of a city: Paris, Dakar, Tokyo…": "اكتب جزءًا من اسم مدينة: Paris، Dakar، Tokyo…",
    "Approved by (the name printed on the minutes):": "اعتمده (الاسم المطبوع على المحضر):",
}
