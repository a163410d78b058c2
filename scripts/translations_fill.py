"""Fill the French and Arabic .ts files from the tables below (kept with the sources).

Run `scripts/translations.sh` first (lupdate), then this, then `scripts/translations.sh release`.
Entries already translated in a .ts (e.g. with Linguist) are kept.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources" / "translations"

FR: dict[str, str | list[str]] = {
    "Contacts": "Contacts", "Events": "Réunions", "Next steps": "Prochaines étapes",
    "Programme": "Programme",
    "&File": "&Fichier", "&Edit": "&Édition", "&View": "&Affichage", "&Event": "&Réunion",
    "&Contacts": "&Contacts", "&Workshop": "&Atelier", "&Tools": "&Outils", "&Help": "&Aide",
    "No database open": "Aucune base de données ouverte",
    "&Open database…": "&Ouvrir une base de données…", "&Quit": "&Quitter",
    "&Preferences…": "&Préférences…", "&About {name}": "À &propos de {name}",
    "Database: {name}": "Base de données : {name}",
    "Open or create a database": "Ouvrir ou créer une base de données",
    "Organiser database (*.sqlite);;All files (*)":
        "Base de données Organiser (*.sqlite);;Tous les fichiers (*)",
    "Cannot open the database": "Impossible d’ouvrir la base de données",
    "Cannot open": "Impossible d’ouvrir",
    "{path}: not a file Organiser reads": "{path} : Organiser ne lit pas ce fichier",
    "About {name}": "À propos de {name}",
    "<p>Plan, run and follow up consultations and brainstorming workshops, offline.</p>":
        "<p>Préparer, animer et suivre consultations et ateliers de réflexion, hors ligne.</p>",
    "Programme report (PDF)…": "Rapport du programme (PDF)…",
    "Next steps (CSV)…": "Prochaines étapes (CSV)…",
    "Line of action": "Axe d’action", "Ideas": "Idées", "Decisions": "Décisions",
    "Done": "Faites", "Open": "Ouvertes", "Overdue": "En retard", "Progress": "Avancement",
    "Kind": "Type", "Text": "Texte", "Event": "Réunion", "Owner": "Responsable",
    "Due": "Échéance", "Status": "Statut", "Mark next step done": "Marquer l’étape comme faite",
    "Lines of action": "Axes d’action", "Category": "Catégorie", "Description": "Description",
    "Period": "Période", "Amount": "Montant", "Lines": "Lignes",
    "Total (computed)": "Total (calculé)", "Budget": "Budget",
    "no next steps": "aucune étape", "{percent} done ({done} of {total})":
        "{percent} fait ({done} sur {total})",
    "Idea": "Idée", "Decision": "Décision", "Next step": "Prochaine étape", "open": "ouverte",
    "in progress": "en cours", "done": "faite", "dropped": "abandonnée",
    "{status}, overdue": "{status}, en retard", "Staff weeks": "Semaines de personnel",
    "Staff travel": "Déplacements du personnel", "Consultants": "Consultants",
    "Consultations/workshop": "Consultations/atelier", "Other": "Autre",
    "Total computed from the lines: {total}": "Total calculé à partir des lignes : {total}",
    "%n stated total(s) disagree with the budget lines.": [
        "%n total indiqué ne correspond pas aux lignes du budget.",
        "%n totaux indiqués ne correspondent pas aux lignes du budget."],
    "Select a next step first": "Choisissez d’abord une prochaine étape",
    "Next step marked done": "Étape marquée comme faite",
    "Save the programme report": "Enregistrer le rapport du programme", "PDF (*.pdf)":
        "PDF (*.pdf)", "Programme report": "Rapport du programme",
    "Report written to {path}": "Rapport enregistré dans {path}",
    "Export the next steps": "Exporter les prochaines étapes", "CSV (*.csv)": "CSV (*.csv)",
    "Next steps written to {path}": "Prochaines étapes enregistrées dans {path}",
    "&Export": "E&xporter", "agrees": "correspond",
    "disagrees with the lines": "ne correspond pas aux lignes",
    "Stated total": "Total indiqué", "Stated": "Indiqué", "Computed": "Calculé",
    "Difference": "Écart", "Check": "Contrôle",
    "Changed by someone else": "Modifié par quelqu’un d’autre",
    "No events yet": "Aucune réunion pour l’instant",
    "Invited: {invited}, attended: {attended}": "Invités : {invited}, présents : {attended}",
    "Decisions: {decisions}, next steps: {steps}":
        "Décisions : {decisions}, prochaines étapes : {steps}",
    "Coming soon.": "Bientôt disponible.",
    "Title": "Titre", "Dates": "Dates", "Time zone": "Fuseau horaire", "Venue": "Lieu",
    "Invited": "Invités", "Name": "Nom", "Organisation": "Organisation", "Email": "Courriel",
    "Country": "Pays", "Job title": "Fonction", "Tags": "Groupes",
}

AR: dict[str, str | list[str]] = {
    "Contacts": "جهات الاتصال", "Events": "الفعاليات", "Next steps": "الخطوات التالية",
    "Programme": "البرنامج",
    "&File": "&ملف", "&Edit": "&تحرير", "&View": "&عرض", "&Event": "&فعالية",
    "&Contacts": "&جهات الاتصال", "&Workshop": "&ورشة العمل", "&Tools": "&أدوات",
    "&Help": "&مساعدة",
    "No database open": "لا توجد قاعدة بيانات مفتوحة",
    "&Open database…": "&فتح قاعدة بيانات…", "&Quit": "&خروج",
    "&Preferences…": "&التفضيلات…", "&About {name}": "&حول {name}",
    "Database: {name}": "قاعدة البيانات: {name}",
    "Open or create a database": "فتح قاعدة بيانات أو إنشاؤها",
    "Organiser database (*.sqlite);;All files (*)":
        "قاعدة بيانات Organiser (*.sqlite);;كل الملفات (*)",
    "Cannot open the database": "تعذر فتح قاعدة البيانات", "Cannot open": "تعذر الفتح",
    "{path}: not a file Organiser reads": "{path}: ليس ملفًا يقرؤه Organiser",
    "About {name}": "حول {name}",
    "<p>Plan, run and follow up consultations and brainstorming workshops, offline.</p>":
        "<p>تخطيط المشاورات وورش العصف الذهني وإدارتها ومتابعتها، دون اتصال.</p>",
    "Programme report (PDF)…": "تقرير البرنامج (PDF)…",
    "Next steps (CSV)…": "الخطوات التالية (CSV)…",
    "Line of action": "محور العمل", "Ideas": "الأفكار", "Decisions": "القرارات",
    "Done": "منجزة", "Open": "مفتوحة", "Overdue": "متأخرة", "Progress": "التقدم",
    "Kind": "النوع", "Text": "النص", "Event": "الفعالية", "Owner": "المسؤول",
    "Due": "الموعد النهائي", "Status": "الحالة", "Mark next step done": "تعليم الخطوة كمنجزة",
    "Lines of action": "محاور العمل", "Category": "الفئة", "Description": "الوصف",
    "Period": "الفترة", "Amount": "المبلغ", "Lines": "البنود",
    "Total (computed)": "المجموع (محسوب)", "Budget": "الميزانية",
    "no next steps": "لا توجد خطوات", "{percent} done ({done} of {total})":
        "{percent} منجز ({done} من {total})",
    "Idea": "فكرة", "Decision": "قرار", "Next step": "خطوة تالية", "open": "مفتوحة",
    "in progress": "قيد التنفيذ", "done": "منجزة", "dropped": "ملغاة",
    "{status}, overdue": "{status}، متأخرة", "Staff weeks": "أسابيع عمل الموظفين",
    "Staff travel": "سفر الموظفين", "Consultants": "الاستشاريون",
    "Consultations/workshop": "المشاورات/ورشة العمل", "Other": "أخرى",
    "Total computed from the lines: {total}": "المجموع المحسوب من البنود: {total}",
    "%n stated total(s) disagree with the budget lines.": [
        "لا يوجد مجموع مخالف لبنود الميزانية.",
        "مجموع واحد مذكور لا يطابق بنود الميزانية.",
        "مجموعان مذكوران لا يطابقان بنود الميزانية.",
        "%n مجاميع مذكورة لا تطابق بنود الميزانية.",
        "%n مجموعًا مذكورًا لا تطابق بنود الميزانية.",
        "%n مجموع مذكور لا يطابق بنود الميزانية."],
    "Select a next step first": "اختر خطوة تالية أولًا",
    "Next step marked done": "عُلّمت الخطوة كمنجزة",
    "Save the programme report": "حفظ تقرير البرنامج", "PDF (*.pdf)": "PDF (*.pdf)",
    "Programme report": "تقرير البرنامج", "Report written to {path}": "حُفظ التقرير في {path}",
    "Export the next steps": "تصدير الخطوات التالية", "CSV (*.csv)": "CSV (*.csv)",
    "Next steps written to {path}": "حُفظت الخطوات التالية في {path}",
    "&Export": "&تصدير", "agrees": "مطابق", "disagrees with the lines": "لا يطابق البنود",
    "Stated total": "المجموع المذكور", "Stated": "المذكور", "Computed": "المحسوب",
    "Difference": "الفرق", "Check": "التحقق",
    "Changed by someone else": "عدّله شخص آخر",
    "No events yet": "لا توجد فعاليات بعد",
    "Invited: {invited}, attended: {attended}": "المدعوون: {invited}، الحضور: {attended}",
    "Decisions: {decisions}, next steps: {steps}":
        "القرارات: {decisions}، الخطوات التالية: {steps}",
    "Coming soon.": "قريبًا.",
    "Title": "العنوان", "Dates": "التواريخ", "Time zone": "المنطقة الزمنية", "Venue": "المكان",
    "Invited": "المدعوون", "Name": "الاسم", "Organisation": "المنظمة",
    "Email": "البريد الإلكتروني", "Country": "البلد", "Job title": "المسمى الوظيفي",
    "Tags": "المجموعات",
}


def fill(path: Path, table: dict[str, str | list[str]]) -> list[str]:
    """Translate the unfinished messages; a "Context|source" key wins over the plain source."""
    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            _fill_message(message, name, table, missing)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def _fill_message(message: ET.Element, context: str, table: dict[str, str | list[str]],
                  missing: list[str]) -> None:
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        return
    if translation.get("type") != "unfinished":
        return  # translated already (here or in Linguist), or obsolete
    value = table.get(f"{context}|{source}", table.get(source))
    if value is None:
        missing.append(f"{context}: {source}")
        return
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for child in list(translation):
            translation.remove(child)
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]
    translation.attrib.pop("type", None)


if __name__ == "__main__":
    from translations_live import AR_LIVE, FR_LIVE
    from translations_online import AR_ONLINE, FR_ONLINE
    from translations_ui import AR_UI, FR_UI

    problems = []
    for language, table in (("fr", {**FR, **FR_UI, **FR_LIVE, **FR_ONLINE}),
                            ("ar", {**AR, **AR_UI, **AR_LIVE, **AR_ONLINE})):
        for source in fill(ROOT / f"organiser_{language}.ts", table):
            problems.append(f"{language}: no translation for {source!r}")
    print("\n".join(problems) or "all translated")
    sys.exit(1 if problems else 0)
