"""French and Arabic for live mode, the projector view, the board and the dialogs of issue 14.

Read by scripts/translations_fill.py with translations_ui.py (same keys: the English source,
or "Context|source").
"""

from __future__ import annotations

FR_LIVE: dict[str, str | list[str]] = {
    "Planned": "Prévu", "Expected": "Prévision",
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
