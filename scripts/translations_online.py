"""French and Arabic for the online work of issue 17: fetch replies, publish the calendar,
remind owners, the sync indicator, their settings.

Read by scripts/translations_fill.py with translations_ui.py (same keys: the English source,
or "Context|source").
"""

from __future__ import annotations

FR_ONLINE: dict[str, str | list[str]] = {
    "Remind &owners…": "&Relancer les responsables…",
    "One message per owner with their open and overdue steps":
        "Un message par responsable avec ses étapes ouvertes et en retard",
    "Fetch &replies from the mailbox": "Relever les &réponses dans la boîte aux lettres",
    "&Publish the calendar (CalDAV)": "&Publier le calendrier (CalDAV)",
    "{what} password": "Mot de passe {what}",
    "Password of {account}\n(kept in the system keyring, never in a file):":
        "Mot de passe de {account}\n(gardé dans le trousseau du système, jamais dans un "
        "fichier) :",
    "Fetching replies…": "Relève des réponses…",
    "Publishing…": "Publication…",
    "Not done": "Non effectué",
    "Not set up yet": "Pas encore configuré",
    "Replies not fetched": "Réponses non relevées",
    "{reason}\nNothing was changed; fetch again when the server can be reached.":
        "{reason}\nRien n’a été modifié ; relevez à nouveau quand le serveur sera joignable.",
    "Replies fetched": "Réponses relevées",
    "Calendar not published": "Calendrier non publié",
    "{reason}\nNothing was changed; publish again when the server can be reached.":
        "{reason}\nRien n’a été modifié ; publiez à nouveau quand le serveur sera joignable.",
    "Calendar published": "Calendrier publié",
    "Overwrite their changes": "Écraser leurs modifications",
    "Remind owners of their next steps": "Relancer les responsables de leurs prochaines étapes",
    "One message per person with the steps they own that are overdue or due soon, in their "
    "language. A step reminded today is not reminded again today.":
        "Un message par personne avec les étapes dont elle est responsable, en retard ou "
        "bientôt dues, dans sa langue. Une étape relancée aujourd’hui ne l’est pas une "
        "seconde fois aujourd’hui.",
    " days ahead": " jours à l’avance",
    "Save as drafts (.eml) in a folder": "Enregistrer comme brouillons (.eml) dans un dossier",
    "Put them in the outbox": "Les mettre dans la boîte d’envoi",
    "Also steps already reminded today": "Aussi les étapes déjà relancées aujourd’hui",
    "Steps due within": "Étapes dues dans",
    "Folder": "Dossier",
    "&Prepare": "&Préparer",
    "Folder for the drafts": "Dossier des brouillons",
    "Choose a folder for the drafts first.": "Choisissez d’abord un dossier pour les brouillons.",
    "Preparing…": "Préparation…",
    "Saved in {folder}: open each draft, check it and send it.":
        "Enregistrés dans {folder} : ouvrez chaque brouillon, vérifiez-le et envoyez-le.",
    "In the outbox: send them from File → Outbox.":
        "Dans la boîte d’envoi : envoyez-les depuis Fichier → Boîte d’envoi.",
    "○ Not synced yet": "○ Pas encore synchronisé",
    "Online": "En ligne",
    "Offline": "Hors ligne",
    "replies {time}": "réponses {time}",
    "calendar {time}": "calendrier {time}",
    "{count} to send": "{count} à envoyer",
    "Last fetch of replies": "Dernière relève des réponses",
    "Last publish of the calendar": "Dernière publication du calendrier",
    "Last sending": "Dernier envoi",
    "{count} message(s) waiting in the outbox": "{count} message(s) en attente d’envoi",
    "not reached: {summary}": "non joint : {summary}",
    "Replies": "Réponses",
    "Calendar": "Calendrier",
    "IMAP server (replies are fetched from it)": "Serveur IMAP (les réponses y sont relevées)",
    "IMAP port": "Port IMAP",
    "Security (ssl, starttls, none)": "Sécurité (ssl, starttls, none)",
    "IMAP user name": "Nom d’utilisateur IMAP",
    "Folders to read (comma-separated)": "Dossiers à lire (séparés par des virgules)",
    "Handled replies: move (to Organiser/…) or flag":
        "Réponses traitées : move (vers Organiser/…) ou flag (marquer)",
    "Fetch every N minutes while the app is open (0: never)":
        "Relever toutes les N minutes, application ouverte (0 : jamais)",
    "CalDAV calendar URL": "Adresse du calendrier CalDAV",
    "CalDAV user name": "Nom d’utilisateur CalDAV",
}

AR_ONLINE: dict[str, str | list[str]] = {
    "Remind &owners…": "&تذكير المسؤولين…",
    "One message per owner with their open and overdue steps":
        "رسالة لكل مسؤول بخطواته المفتوحة والمتأخرة",
    "Fetch &replies from the mailbox": "جلب ال&ردود من صندوق البريد",
    "&Publish the calendar (CalDAV)": "&نشر التقويم (CalDAV)",
    "{what} password": "كلمة مرور {what}",
    "Password of {account}\n(kept in the system keyring, never in a file):":
        "كلمة مرور {account}\n(تُحفظ في سلسلة مفاتيح النظام، وليس في ملف أبدًا):",
    "Fetching replies…": "جارٍ جلب الردود…",
    "Publishing…": "جارٍ النشر…",
    "Not done": "لم يتم",
    "Not set up yet": "لم يُضبط بعد",
    "Replies not fetched": "لم تُجلب الردود",
    "{reason}\nNothing was changed; fetch again when the server can be reached.":
        "{reason}\nلم يتغير شيء؛ أعد الجلب عندما يصبح الخادم متاحًا.",
    "Replies fetched": "جُلبت الردود",
    "Calendar not published": "لم يُنشر التقويم",
    "{reason}\nNothing was changed; publish again when the server can be reached.":
        "{reason}\nلم يتغير شيء؛ أعد النشر عندما يصبح الخادم متاحًا.",
    "Calendar published": "نُشر التقويم",
    "Overwrite their changes": "استبدال تعديلاتهم",
    "Remind owners of their next steps": "تذكير المسؤولين بخطواتهم التالية",
    "One message per person with the steps they own that are overdue or due soon, in their "
    "language. A step reminded today is not reminded again today.":
        "رسالة لكل شخص بالخطوات التي يتولاها والمتأخرة أو القريبة الموعد، بلغته. "
        "الخطوة التي ذُكّر بها اليوم لا يُذكَّر بها مرة أخرى اليوم.",
    " days ahead": " يومًا مقبلًا",
    "Save as drafts (.eml) in a folder": "حفظ كمسودات (.eml) في مجلد",
    "Put them in the outbox": "وضعها في صندوق الصادر",
    "Also steps already reminded today": "وكذلك الخطوات التي ذُكّر بها اليوم",
    "Steps due within": "الخطوات المستحقة خلال",
    "Folder": "المجلد",
    "&Prepare": "&إعداد",
    "Folder for the drafts": "مجلد المسودات",
    "Choose a folder for the drafts first.": "اختر مجلدًا للمسودات أولًا.",
    "Preparing…": "جارٍ الإعداد…",
    "Saved in {folder}: open each draft, check it and send it.":
        "حُفظت في {folder}: افتح كل مسودة وراجعها ثم أرسلها.",
    "In the outbox: send them from File → Outbox.":
        "في صندوق الصادر: أرسلها من ملف ← صندوق الصادر.",
    "○ Not synced yet": "○ لم تتم المزامنة بعد",
    "Online": "متصل",
    "Offline": "غير متصل",
    "replies {time}": "الردود {time}",
    "calendar {time}": "التقويم {time}",
    "{count} to send": "{count} للإرسال",
    "Last fetch of replies": "آخر جلب للردود",
    "Last publish of the calendar": "آخر نشر للتقويم",
    "Last sending": "آخر إرسال",
    "{count} message(s) waiting in the outbox": "{count} رسالة في انتظار الإرسال",
    "not reached: {summary}": "تعذّر الوصول: {summary}",
    "Replies": "الردود",
    "Calendar": "التقويم",
    "IMAP server (replies are fetched from it)": "خادم IMAP (تُجلب منه الردود)",
    "IMAP port": "منفذ IMAP",
    "Security (ssl, starttls, none)": "الأمان (ssl أو starttls أو none)",
    "IMAP user name": "اسم مستخدم IMAP",
    "Folders to read (comma-separated)": "المجلدات المقروءة (مفصولة بفواصل)",
    "Handled replies: move (to Organiser/…) or flag":
        "الردود المعالجة: move (نقل إلى Organiser/…) أو flag (وسم)",
    "Fetch every N minutes while the app is open (0: never)":
        "الجلب كل N دقيقة أثناء فتح التطبيق (0: أبدًا)",
    "CalDAV calendar URL": "عنوان تقويم CalDAV",
    "CalDAV user name": "اسم مستخدم CalDAV",
}
