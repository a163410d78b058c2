"""French and Arabic for the contacts, events, dialogs, agenda and live windows.

Read by scripts/translations_fill.py. A key is the English source, or "Context|source" where
the same English needs another word in one context (e.g. a finished agenda item vs a done step).
Words follow ../shared/DOMAIN.md: event = réunion / فعالية, next step = prochaine étape /
خطوة تالية, line of action = axe d'action / محور العمل, minutes = compte rendu / المحضر.
"""

from __future__ import annotations

FR_UI: dict[str, str | list[str]] = {
    # vocabularies (enum values)
    "consultation": "consultation", "information sharing": "partage d’informations",
    "workshop": "atelier", "network meeting": "réunion du réseau",
    "draft": "brouillon", "planned": "prévue", "cancelled": "annulée", "held": "tenue",
    "MinutesStatus|draft": "brouillon", "approved": "approuvé",
    "chair": "présidence", "participant": "participant", "optional": "facultatif",
    "observer": "observateur",
    "needs action": "sans réponse", "accepted": "acceptée", "tentative": "provisoire",
    "declined": "refusée", "delegated": "déléguée",
    "session": "séance", "presentation": "présentation", "discussion": "discussion",
    "brainstorm": "remue-méninges", "break": "pause", "review of actions": "suivi des actions",
    "present": "présent", "late": "en retard", "left early": "parti plus tôt",
    "apologies": "excusé", "absent": "absent",
    "government agency": "organisme public", "parliament": "parlement",
    "cso": "organisation de la société civile", "media": "médias",
    "contractors association": "association d’entrepreneurs",
    "training institute": "institut de formation",
    "international partner": "partenaire international", "bank unit": "unité de la Banque",
    "other": "autre",
    "LiveWindow|done": "terminé", "BoardModel|Line": "Axe",
    # column titles
    "Keep": "Garder", "Merge into it": "À fusionner", "Why": "Motif",
    "Family name": "Nom de famille", "E-mail": "Courriel", "People": "Personnes",
    "Line": "Ligne", "Outcome": "Résultat", "Details": "Détails", "Role": "Rôle",
    "Reply": "Réponse", "Local start": "Début (heure locale)", "Comment": "Commentaire",
    "Replied": "Répondu le", "Day": "Jour", "Time": "Heure", "Min": "Min", "Item": "Point",
    # contacts area
    "people": "personnes", "invitations": "invitations",
    "attendance records": "relevés de présence", "next steps": "prochaines étapes",
    "agenda items presented": "points de l’ordre du jour présentés", "ideas": "idées",
    "votes": "votes", "delegations": "délégations",
    "All organisations": "Toutes les organisations",
    "Search name, organisation, e-mail, country… (accents and case ignored)":
        "Chercher : nom, organisation, courriel, pays… (accents et casse ignorés)",
    "All tags": "Tous les groupes", "New &person…": "Nouvelle &personne…",
    "&Edit…": "&Modifier…", "&Delete": "&Supprimer", "&Tag…": "&Grouper…",
    "New &organisation…": "Nouvelle &organisation…",
    "Edit o&rganisation…": "Modifier l’o&rganisation…",
    "Delete organisation": "Supprimer l’organisation", "&Import…": "&Importer…",
    "E&xport…": "E&xporter…", "Find d&uplicates…": "Trouver les &doublons…",
    "Organisations": "Organisations", "Import contacts…": "Importer des contacts…",
    "Export contacts…": "Exporter les contacts…",
    "No database open.": "Aucune base de données ouverte.",
    "{total} people": "{total} personnes",
    "{shown} of {total} people shown": "{shown} personnes affichées sur {total}",
    "Saved.": "Enregistré.", "{count} people": "{count} personnes",
    "Delete {who}?": "Supprimer {who} ?", "They have {detail}.": "Ces personnes ont {detail}.",
    "This person has {detail}.": "Cette personne a {detail}.",
    "Their invitations, attendance and votes are deleted with them; next steps they own and "
    "talks they gave keep their name.":
        "Leurs invitations, présences et votes sont supprimés avec elles ; les prochaines "
        "étapes dont elles sont responsables et leurs interventions gardent leur nom.",
    "Deleted {who}.": "{who} supprimé(e).", "Tag": "Groupe",
    "Tag for {count} selected people (choose or type a new one):":
        "Groupe pour les {count} personnes choisies (choisissez-en un ou tapez-en un nouveau) :",
    "Tagged {count} people {tag}.": "{count} personnes ajoutées au groupe {tag}.",
    "Delete the organisation {name}?": "Supprimer l’organisation {name} ?",
    "{links} refer to it. The people stay, without an organisation; next steps keep its name.":
        "{links} y font référence. Les personnes restent, sans organisation ; les prochaines "
        "étapes gardent son nom.",
    "Import contacts": "Importer des contacts",
    "Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)":
        "Fichiers de contacts (*.csv *.txt *.vcf *.vcard);;Tous les fichiers (*)",
    "Export contacts": "Exporter les contacts",
    "CSV for Excel (*.csv);;vCard 4.0 (*.vcf)": "CSV pour Excel (*.csv);;vCard 4.0 (*.vcf)",
    "Export": "Exporter", "Exported {count} people to {file}.":
        "{count} personnes exportées dans {file}.",
    "Delete": "Supprimer",
    # preferences
    "the default file in your data folder": "le fichier par défaut de votre dossier de données",
    "Browse…": "Parcourir…",
    "A shared PostgreSQL database works too: postgresql+psycopg://user@host/organiser. --db "
    "and ORGANISER_DB take precedence; the change applies at the next start.":
        "Une base PostgreSQL partagée convient aussi : "
        "postgresql+psycopg://utilisateur@serveur/organiser. --db et ORGANISER_DB ont la "
        "priorité ; le changement s’applique au prochain démarrage.",
    "Database file": "Fichier de base de données", "Preferences": "Préférences",
    "As the system": "Comme le système",
    "The change applies at the next start.": "Le changement s’applique au prochain démarrage.",
    "Settings": "Réglages",
    "{problem}\nDefaults are shown instead.":
        "{problem}\nLes valeurs par défaut sont affichées à la place.",
    "Cannot save the settings: {error}": "Impossible d’enregistrer les réglages : {error}",
    "Identity": "Identité", "Mail": "Courrier", "Data": "Données", "Interface": "Interface",
    "Your name": "Votre nom", "Your e-mail address": "Votre adresse électronique",
    "Default time zone": "Fuseau horaire par défaut", "SMTP server": "Serveur SMTP",
    "SMTP port": "Port SMTP", "Security (starttls, ssl, none)": "Sécurité (starttls, ssl, none)",
    "SMTP user name": "Nom d’utilisateur SMTP",
    "Daily backups kept": "Sauvegardes quotidiennes conservées",
    "Interface language (empty: system)": "Langue de l’interface",
    "Database (file or URL; empty: the default file)":
        "Base de données (fichier ou URL)",
    # contact forms, duplicates, import
    "Edit {name}": "Modifier {name}", "New person": "Nouvelle personne",
    "&Given name": "&Prénom", "&Family name": "Nom de &famille",
    "Full name (if &different)": "Nom complet (s’il &diffère)",
    "How the name is written in full when not just given + family name":
        "Comment le nom s’écrit en entier quand ce n’est pas simplement prénom + nom",
    "&Latin transliteration": "Translittération &latine",
    "Family name first, e.g. 'Shevchenko Olena'; used for sorting and search":
        "Nom de famille d’abord, par ex. « Shevchenko Olena » ; sert au tri et à la recherche",
    "one address per line; the first is used for invitations":
        "une adresse par ligne ; la première sert aux invitations",
    "&E-mail addresses": "Adresses &électroniques", "&Organisation": "&Organisation",
    "Choose one, or type a new name to create it":
        "Choisissez-en une, ou tapez un nouveau nom pour la créer",
    "&Job title": "&Fonction", "&Country": "&Pays", "&Time zone": "Fuseau &horaire",
    "IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo":
        "Nom IANA, par ex. Europe/Paris, Africa/Dakar, Asia/Tokyo",
    "Lan&guage": "Lan&gue", "&Phone": "&Téléphone", "T&ags": "Gro&upes",
    "Groups to invite together, separated by commas":
        "Groupes à inviter ensemble, séparés par des virgules",
    "&Notes": "&Notes", "New organisation": "Nouvelle organisation", "&Name": "&Nom",
    "&Acronym": "&Sigle", "&Kind": "&Type", "N&otes": "N&otes",
    "Likely duplicates": "Doublons probables", "&Merge": "&Fusionner",
    "&Swap (keep the other)": "&Inverser (garder l’autre)",
    "Merging moves invitations, attendance, next steps, addresses and tags to the person "
    "kept, then deletes the other.":
        "La fusion transfère invitations, présences, prochaines étapes, adresses et groupes à "
        "la personne gardée, puis supprime l’autre.",
    "{count} likely duplicates": "{count} doublons probables",
    "No likely duplicates.": "Aucun doublon probable.", "Merge": "Fusionner",
    "Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is then deleted.":
        "Fusionner {other} (n° {other_id}) dans {keep} (n° {keep_id}) ? Le n° {other_id} est "
        "ensuite supprimé.",
    "Columns": "Colonnes",
    "Check how the file was read and which column holds what.":
        "Vérifiez comment le fichier a été lu et ce que contient chaque colonne.",
    "Detect": "Détecter", "&Encoding:": "&Encodage :", "&Delimiter:": "&Séparateur :",
    "header on line {line}": "en-tête à la ligne {line}", "no header row": "sans ligne d’en-tête",
    "Read as {encoding}, {delimiter}-separated, {header}, {rows} rows.":
        "Lu en {encoding}, séparateur : {delimiter}, {header}, {rows} lignes.",
    "Column in the file": "Colonne du fichier", "Holds": "Contient",
    "First values": "Premières valeurs", "Column {number}": "Colonne {number}",
    "(ignore)": "(ignorer)", "Given name": "Prénom", "Middle name": "Deuxième prénom",
    "Full name": "Nom complet", "Latin name": "Nom en caractères latins", "Phone": "Téléphone",
    "Language": "Langue", "Notes": "Notes",
    "comma": "virgule", "semicolon": "point-virgule", "tab": "tabulation",
    "vertical bar": "barre verticale",
    "imported {people} people": "{people} personnes importées",
    "would import {people} people": "importerait {people} personnes",
    ", {organisations} organisations; {duplicates} duplicates skipped; {warnings} warnings":
        ", {organisations} organisations ; {duplicates} doublons ignorés ; "
        "{warnings} avertissements",
    "Import contacts from {file}": "Importer des contacts depuis {file}",
    "Nothing was imported": "Rien n’a été importé", "Preview": "Aperçu",
    "Nothing has been written yet. Import adds every row below, or none.":
        "Rien n’est encore enregistré. L’importation ajoute toutes les lignes ci-dessous, "
        "ou aucune.",
    "&Import": "&Importer",
    "Import the other rows and leave out the rows with &errors":
        "Importer les autres lignes et laisser de côté celles qui ont des &erreurs",
    "new": "nouvelles", "updates": "mises à jour", "duplicate": "doublons",
    "warning": "avertissements", "error": "erreurs", "{count} rows: ": "{count} lignes : ",
    "{count} rows have errors: fix the file and import it again, or leave those rows out.":
        "{count} lignes ont des erreurs : corrigez le fichier et importez-le de nouveau, ou "
        "laissez ces lignes de côté.",
    # events area, editor, invitations
    "{count} events": "{count} réunions", "New event…": "Nouvelle réunion…",
    "Edit…": "Modifier…", "Duplicate": "Dupliquer", "Cancel event…": "Annuler la réunion…",
    "Calendar file…": "Fichier d’agenda…",
    "Event created; add people below.": "Réunion créée ; ajoutez des personnes ci-dessous.",
    "Copy made as a draft, with the same invitees; edit its dates.":
        "Copie créée en brouillon, avec les mêmes invités ; modifiez ses dates.",
    "Cancel this event? Every invitee then needs the cancellation (the event's calendar file "
    "becomes a CANCEL).":
        "Annuler cette réunion ? Chaque invité doit alors recevoir l’annulation (le fichier "
        "d’agenda de la réunion devient un CANCEL).",
    "Cancel the event": "Annuler la réunion",
    "Save the calendar file": "Enregistrer le fichier d’agenda",
    "iCalendar (*.ics)": "iCalendar (*.ics)",
    "Calendar file written to {path}": "Fichier d’agenda enregistré dans {path}",
    "Import calendar &replies…": "Importer les &réponses d’agenda…",
    "Export programme &calendar (.ics)…": "Exporter l’&agenda du programme (.ics)…",
    "Import calendar replies": "Importer les réponses d’agenda",
    "Calendar replies (*.ics *.eml);;All files (*)":
        "Réponses d’agenda (*.ics *.eml);;Tous les fichiers (*)",
    "Export the programme calendar": "Exporter l’agenda du programme",
    "Programme calendar written to {path}": "Agenda du programme enregistré dans {path}",
    "Calendar replies": "Réponses d’agenda",
    "{applied} of {total} replies applied.": "{applied} réponses appliquées sur {total}.",
    "{applied} of {total} calendar replies applied":
        "{applied} réponses d’agenda appliquées sur {total}",
    "New event": "Nouvelle réunion", "Edit event": "Modifier la réunion", "&Title": "&Titre",
    "&Starts": "&Début", "&Ends": "&Fin", "Time &zone": "Fuseau &horaire", "&Venue": "&Lieu",
    "&Address": "&Adresse", "&Online link": "Lien en &ligne", "&Description": "&Description",
    "Stat&us": "Stat&ut",
    "Calendar version (SEQUENCE) {sequence}: changing the time, place or status sends an "
    "update; the title or description alone do not.":
        "Version d’agenda (SEQUENCE) {sequence} : changer l’heure, le lieu ou le statut envoie "
        "une mise à jour ; le titre ou la description seuls, non.",
    "Add people to the event": "Ajouter des personnes à la réunion",
    "Name, address, organisation or tag…": "Nom, adresse, organisation ou groupe…",
    "Invite": "Inviter", "Role:": "Rôle :", "Invitations": "Invitations",
    "Add people…": "Ajouter des personnes…", "Remove": "Retirer",
    "Select an event to see its invitations.": "Choisissez une réunion pour voir ses invitations.",
    "{count} {value}": "{value} : {count}",
    "{total} invited — {replies} — {roles}": "{total} invités — {replies} — {roles}",
    "no replies": "aucune réponse", "no roles": "aucun rôle",
    "Remove invitees": "Retirer des invités",
    "Remove {names} from the event? Each needs the cancellation (a CANCEL calendar) so that "
    "the meeting leaves their calendar.":
        "Retirer {names} de la réunion ? Chacun doit recevoir l’annulation (un agenda CANCEL) "
        "pour que la réunion disparaisse de son agenda.",
    "delegated by {name}": "délégué par {name}",
    "{zone} (the invitee's own clock)": "{zone} (l’heure de l’invité)",
    # PDF preview
    "Minutes": "Compte rendu", "Agenda": "Ordre du jour", "Sign-in sheet": "Feuille d’émargement",
    "Dot-vote sheet": "Feuille de vote par gommettes", "Minutes PDF…": "Compte rendu (PDF)…",
    "Agenda PDF…": "Ordre du jour (PDF)…", "Sign-in sheet PDF…": "Feuille d’émargement (PDF)…",
    "Dot-vote sheet PDF…": "Feuille de vote (PDF)…", "{document} — preview": "{document} — aperçu",
    "No second time zone": "Pas de second fuseau horaire",
    "Also show times in:": "Afficher aussi les heures en :", "Approve…": "Approuver…",
    "Start a new version": "Commencer une nouvelle version", "Save PDF…": "Enregistrer le PDF…",
    "Cannot make the document": "Impossible de produire le document",
    "{count} page": "{count} page", "{count} pages": "{count} pages",
    "Approved (version {number}) by {name} on {date}":
        "Approuvé (version {number}) par {name} le {date}",
    "Draft of version {number}": "Brouillon de la version {number}", "Draft": "Brouillon",
    "Save PDF": "Enregistrer le PDF", "PDF document (*.pdf)": "Document PDF (*.pdf)",
    "Cannot save": "Impossible d’enregistrer", "Saved {path}": "Enregistré : {path}",
    "Approve the minutes": "Approuver le compte rendu",
    "Approved by (name):": "Approuvé par (nom) :",
    "What changed since version {number}?": "Qu’est-ce qui a changé depuis la version {number} ?",
    "Cannot approve": "Impossible d’approuver",
    # agenda editor
    "Agenda — {title}": "Ordre du jour — {title}",
    "(no second time zone)": "(pas de second fuseau horaire)", " min": " min",
    "Save item": "Enregistrer le point", "D&uration": "D&urée", "Da&y": "&Jour",
    "&Presenter": "&Intervenant", "Add item (Ctrl+N)": "Ajouter un point (Ctrl+N)",
    "Delete (Del)": "Supprimer (Suppr)", "Up (Ctrl+↑)": "Monter (Ctrl+↑)",
    "Down (Ctrl+↓)": "Descendre (Ctrl+↓)", "Copy from event…": "Copier d’une réunion…",
    "Save as template…": "Enregistrer comme modèle…", "Apply template…": "Appliquer un modèle…",
    "Times in {zone}; also show": "Heures en {zone} ; afficher aussi",
    "Day {day}: {start}–{end}": "Jour {day} : {start}–{end}",
    "runs {minutes} min past its end ({end})": "dépasse de {minutes} min sa fin ({end})",
    "No items yet: Ctrl+N adds one.": "Aucun point pour l’instant : Ctrl+N en ajoute un.",
    "Open actions from earlier events:": "Actions ouvertes des réunions précédentes :",
    "New item": "Nouveau point",
    "{title} has minutes. Delete it anyway?":
        "{title} a un compte rendu. Le supprimer quand même ?",
    "Copy": "Copier", "No other event has an agenda yet.":
        "Aucune autre réunion n’a encore d’ordre du jour.",
    "{name} ({count} items)": "{name} ({count} points)",
    "Copy an agenda": "Copier un ordre du jour",
    "From:": "Depuis :",
    "Replace the current items? (No adds the copied items after them)":
        "Remplacer les points actuels ? (Non ajoute les points copiés à leur suite)",
    "Save as template": "Enregistrer comme modèle", "Name of the template:": "Nom du modèle :",
    "Saved the template {name}.": "Modèle {name} enregistré.", "Templates": "Modèles",
    "No template yet: save one first.": "Aucun modèle pour l’instant : enregistrez-en un d’abord.",
    "Apply a template": "Appliquer un modèle", "Template:": "Modèle :",
    "Start": "Début", "End": "Fin", "Presenter": "Intervenant",
    "Attendee time": "Heure des participants", "Time in {zone}": "Heure en {zone}",
    "({count} open actions)": "({count} actions ouvertes)", "({days} day)": "({days} jour)",
    "This item ends after the day's end": "Ce point finit après la fin de la journée",
    # live window, check-in, capture, board
    "Agenda…": "Ordre du jour…", "Live mode…": "Mode séance…",
    "running": "en cours",
    "Live — {title}": "En séance — {title}", "Next item (F9)": "Point suivant (F9)",
    "Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next step (from the "
    "current line or selection) · Alt+↑/↓ previous/next item":
        "Compte rendu de ce point, enregistré pendant la saisie. Ctrl+D décision · Ctrl+T "
        "prochaine étape (depuis la ligne ou la sélection) · Alt+↑/↓ point précédent/suivant",
    "Decisions and next steps of the event:": "Décisions et prochaines étapes de la réunion :",
    "Check-in (Ctrl+1)": "Accueil (Ctrl+1)",
    "Agenda and minutes (Ctrl+2)": "Ordre du jour et compte rendu (Ctrl+2)",
    "Brainstorm board (Ctrl+3)": "Tableau des idées (Ctrl+3)",
    "The minutes are approved: read-only.": "Le compte rendu est approuvé : lecture seule.",
    "&Undo": "&Annuler", "&Redo": "&Rétablir", "&Live": "&Séance",
    "Next agenda item": "Point suivant de l’ordre du jour",
    "Previous item's minutes": "Compte rendu du point précédent",
    "Next item's minutes": "Compte rendu du point suivant",
    "New &decision…": "Nouvelle &décision…", "New next &step…": "Nouvelle prochaine é&tape…",
    "&Walk-in…": "&Participant non inscrit…",
    "{present} present of {invited} invited": "{present} présents sur {invited} invités",
    "(+{count} walk-in)": "(+{count} non inscrit)",
    "(+{count} walk-ins)": "(+{count} non inscrits)",
    "Decision: {text}": "Décision : {text}", "Next step: {text}": "Prochaine étape : {text}",
    "No agenda yet.": "Pas encore d’ordre du jour.",
    "{title} — day {day}, {time}, {minutes} min": "{title} — jour {day}, {time}, {minutes} min",
    "Real time: {start}–{end}": "Horaire réel : {start}–{end}", "Typing…": "Saisie…",
    "Saved {time}": "Enregistré à {time}", "Check-in: {status}": "Accueil : {status}",
    "Walk-in {name}": "Non inscrit : {name}",
    "{name}: present (walk-in)": "{name} : présent (non inscrit)",
    "Next: {title}": "Suivant : {title}",
    "All items done": "Tous les points sont traités",
    "{title}: {time} left": "{title} : reste {time}",
    "{title}: over-run {time}": "{title} : dépassement de {time}",
    "The minutes are approved: nothing can be added.":
        "Le compte rendu est approuvé : rien ne peut être ajouté.",
    "Live mode": "Mode séance",
    "Type part of a name, organisation or e-mail · Enter present · F6 late · F7 left early · "
    "F8 apologies · F4 not here · ↑↓ choose · Ctrl+N walk-in":
        "Tapez une partie d’un nom, d’une organisation ou d’un courriel · Entrée présent · "
        "F6 en retard · F7 parti plus tôt · F8 excusé · F4 pas là · ↑↓ choisir · "
        "Ctrl+N non inscrit",
    "{status} (walk-in)": "{status} (non inscrit)", "not invited": "non invité",
    "Find a person…": "Trouver une personne…",
    "Nobody matches; Ctrl+N adds a walk-in.":
        "Personne ne correspond ; Ctrl+N ajoute un participant non inscrit.",
    "not here": "pas là", "Walk-in": "Participant non inscrit", "&E-mail": "&Courriel",
    "A walk-in needs a name.": "Un participant non inscrit doit avoir un nom.",
    "New decision": "Nouvelle décision", "New next step": "Nouvelle prochaine étape",
    "type a few letters of a person or organisation":
        "tapez quelques lettres d’une personne ou d’une organisation",
    "&Text": "&Texte", "&Owner": "&Responsable", "&Due date": "&Échéance",
    "&Line of action": "&Axe d’action", "Type the text first.": "Tapez d’abord le texte.",
    "2027-03-31 (optional)": "2027-03-31 (facultatif)", "Calendar…": "Calendrier…",
    "Not in a theme yet": "Pas encore dans un thème", "By": "Auteur", "Votes": "Votes",
    "Dots of voter": "Gommettes du votant", "hidden": "masqué",
    "Type an idea and press Enter (one per line when pasting several)":
        "Tapez une idée puis Entrée (une par ligne pour en coller plusieurs)",
    "by": "par", "New theme…": "Nouveau thème…", "Rename…": "Renommer…",
    "Merge into…": "Fusionner dans…", "Move to theme… (M)": "Placer dans un thème… (M)",
    "Out of theme (U)": "Hors thème (U)", "→ Decision (Ctrl+D)": "→ Décision (Ctrl+D)",
    "→ Next step (Ctrl+T)": "→ Prochaine étape (Ctrl+T)",
    "Hide totals until voting closes": "Masquer les totaux jusqu’à la clôture du vote",
    "Apply": "Appliquer", "Close voting": "Clore le vote", "Dot voting": "Vote par gommettes",
    "Votes per person": "Votes par personne", "Voter": "Votant",
    "Select an idea, then + gives a dot, − takes it back.":
        "Choisissez une idée : + donne une gommette, − la reprend.",
    "+ dot": "+ gommette", "− dot": "− gommette",
    "Ranking (when totals are shown):": "Classement (quand les totaux sont affichés) :",
    "(no author)": "(sans auteur)", "(choose a voter)": "(choisissez un votant)",
    "(no line of action)": "(sans axe d’action)", "Reopen voting": "Rouvrir le vote",
    "Close voting and show totals": "Clore le vote et afficher les totaux",
    "{voter}: {used} of {total} dots used": "{voter} : {used} gommettes utilisées sur {total}",
    "Themes:": "Thèmes :", "No theme yet: make one with New theme…":
        "Pas encore de thème : créez-en un avec Nouveau thème…",
    "Theme:": "Thème :", "New idea": "Nouvelle idée", "Move idea": "Déplacer l’idée",
    "Move ideas": "Déplacer les idées",
    "Select one or more ideas first.": "Choisissez d’abord une ou plusieurs idées.",
    "Move to theme": "Placer dans un thème", "New theme {title}": "Nouveau thème {title}",
    "New theme": "Nouveau thème", "Title of the theme:": "Titre du thème :",
    "Select a theme first.": "Choisissez d’abord un thème.", "Rename theme": "Renommer le thème",
    "Title:": "Titre :",
    "Select the theme to merge into another first.":
        "Choisissez d’abord le thème à fusionner dans un autre.",
    "Merge into": "Fusionner dans", "Merge themes": "Fusionner les thèmes",
    "Voting rules": "Règles du vote", "Choose the voter first.": "Choisissez d’abord le votant.",
    "Select one idea.": "Choisissez une idée.", "Vote": "Voter",
    "Take back a vote": "Reprendre un vote",
    "Select one idea or a theme to promote.":
        "Choisissez une idée ou un thème à transformer.",
    # agenda editor: undo and day start times
    "Day &starts at": "Début de la j&ournée", "Undo": "Annuler", "Redo": "Rétablir",
    "day 1 starts with the event": "le jour 1 commence avec la réunion",
    "day {day}; its items follow": "jour {day} ; ses points suivent",
    "Start of day {day}": "Début du jour {day}", "Edit {title}": "Modifier {title}",
    "Add item": "Ajouter un point", "Delete {title}": "Supprimer {title}",
    "Move {title}": "Déplacer {title}",
    # next steps area, outbox and mail, restore and the open-problem dialog
    "Open and in progress": "Ouvertes et en cours", "All statuses": "Tous les statuts",
    "In progress": "En cours", "Dropped": "Abandonnées", "Any due date": "Toute échéance",
    "Due in the next 7 days": "Échéance dans les 7 jours",
    "Due in the next 30 days": "Échéance dans les 30 jours",
    "Due this month or earlier": "Échéance ce mois-ci ou avant",
    "Owner: a person or an organisation (its own steps and its people's)":
        "Responsable : une personne ou une organisation (ses propres étapes et celles de ses "
        "membres)",
    "Event that agreed the step": "Réunion qui a décidé l’étape", "Due date": "Échéance",
    "Search what, who, event…": "Chercher quoi, qui, réunion…", "Mark &done": "Marquer &faite",
    "In &progress": "En &cours", "D&rop": "A&bandonner", "Re&open": "&Rouvrir",
    "Select a next step to see its history.":
        "Choisissez une prochaine étape pour voir son historique.",
    "Search decisions across the programme…": "Chercher dans les décisions du programme…",
    "All owners": "Tous les responsables", "{name} (organisation)": "{name} (organisation)",
    "All events": "Toutes les réunions", "All lines of action": "Tous les axes d’action",
    "{shown} of {total} next steps": "{shown} prochaines étapes sur {total}",
    "{count} overdue": "{count} en retard",
    "<b>History</b> of “{text}” — {owner}": "<b>Historique</b> de « {text} » — {owner}",
    "Cannot change the status": "Impossible de changer le statut",
    "“{text}” is now {status}": "« {text} » est maintenant : {status}",
    "{count} decision": "{count} décision", "{count} decisions": "{count} décisions",
    "When": "Quand", "From": "De", "To": "À", "Note": "Note", "Date": "Date",
    "Agenda item": "Point de l’ordre du jour", "What": "Quoi", "Tries": "Essais",
    "Server's answer": "Réponse du serveur", "Subject": "Objet", "Taken at": "Pris à",
    "Size": "Taille", "File": "Fichier",
    "Overdue by {days} day": "En retard de {days} jour",
    "Overdue by {days} days": "En retard de {days} jours",
    "queued": "en attente", "sent": "envoyé", "failed": "échec",
    "Outbox": "Boîte d’envoi", "&Send queued": "&Envoyer la file",
    "&Retry failed": "&Réessayer les échecs", "&Discard selected": "&Jeter la sélection",
    "SMTP &password…": "Mot de &passe SMTP…",
    "{queued} queued, {sent} sent, {failed} failed":
        "{queued} en attente, {sent} envoyés, {failed} en échec",
    "sending": "envoi en cours", "may have been sent": "peut-être déjà envoyé",
    "{path} is the database Organiser has open: choose another file.":
        "{path} est la base de données ouverte dans Organiser : choisissez un autre fichier.",
    "Send &again…": "Renvoy&er…", "Send again": "Renvoyer",
    "{count} may have been sent already (sending stopped midway): they are not sent again "
    "unless you choose Send again.":
        "{count} peut-être déjà envoyé(s) (l’envoi s’est arrêté en cours de route) : ils ne "
        "sont renvoyés que si vous choisissez Renvoyer.",
    "{count} message(s) may have reached their recipients already: sending stopped midway, "
    "so nobody knows. Send them again? Someone who got the first one receives the same "
    "message (same Message-ID) a second time.":
        "{count} message(s) sont peut-être déjà arrivés : l’envoi s’est arrêté en cours de "
        "route, on ne peut pas le savoir. Les renvoyer ? Un destinataire qui a reçu le premier "
        "recevra le même message (même Message-ID) une seconde fois.",
    "Sending…": "Envoi…", "Not sent: {reason}": "Non envoyé : {reason}",
    "The messages stay queued; send again when the connection is back.":
        "Les messages restent en attente ; renvoyez-les quand la connexion sera rétablie.",
    "SMTP password": "Mot de passe SMTP",
    "Password of {account}\n(kept in the system keyring, never in a file):":
        "Mot de passe de {account}\n(gardé dans le trousseau du système, jamais dans un "
        "fichier) :",
    "Password of {account} stored in the system keyring.":
        "Mot de passe de {account} enregistré dans le trousseau du système.",
    "No message to prepare.": "Aucun message à préparer.",
    "{count} message(s) prepared.": "{count} message(s) préparé(s).",
    "{count} left out:": "{count} laissé(s) de côté :",
    "Save as .eml files…": "Enregistrer en fichiers .eml…",
    "Put in the outbox": "Mettre dans la boîte d’envoi",
    "Save the messages in": "Enregistrer les messages dans",
    "{count} message(s) saved in {folder}": "{count} message(s) enregistré(s) dans {folder}",
    "{count} message(s) queued; send them from File → Outbox":
        "{count} message(s) en attente ; envoyez-les depuis Fichier → Boîte d’envoi",
    "{size} KiB": "{size} Kio", "Restore from a backup": "Restaurer une sauvegarde",
    "Restoring puts the chosen copy in place of <b>{name}</b>. The current file is not "
    "deleted: it is kept beside it as <i>{kept}</i>.":
        "La restauration met la copie choisie à la place de <b>{name}</b>. Le fichier actuel "
        "n’est pas supprimé : il est gardé à côté sous le nom <i>{kept}</i>.",
    "There is no automatic backup of this database yet.":
        "Il n’y a pas encore de sauvegarde automatique de cette base de données.",
    "&Restore": "&Restaurer", "Choose a &file…": "Choisir un &fichier…",
    "Choose a backup": "Choisir une sauvegarde",
    "&Restore a backup…": "&Restaurer une sauvegarde…",
    "Open &read-only": "Ouvrir en &lecture seule",
    "&Try again": "&Réessayer", "&Choose another file…": "&Choisir un autre fichier…",
    "&Quit": "&Quitter",
    "Only one Organiser at a time works on a database, so that no change is lost. Read-only, "
    "you can look things up while the other one keeps working.":
        "Un seul Organiser à la fois travaille sur une base de données, pour qu’aucune "
        "modification ne se perde. En lecture seule, vous pouvez consulter pendant que l’autre "
        "continue.",
    "A newer version of Organiser wrote this database. Update Organiser to work on it; the "
    "file was not changed.":
        "Une version plus récente d’Organiser a écrit cette base de données. Mettez Organiser "
        "à jour pour y travailler ; le fichier n’a pas été modifié.",
    "The file or its folder cannot be written (a read-only drive or share). You can look at "
    "it read-only, or copy it somewhere writable.":
        "Le fichier ou son dossier n’est pas modifiable (disque ou partage en lecture seule). "
        "Vous pouvez le consulter en lecture seule, ou le copier dans un endroit modifiable.",
    "The file is damaged or is not an Organiser database. It was not changed. Restore the last "
    "good backup (the damaged file is kept aside).":
        "Le fichier est endommagé ou n’est pas une base Organiser. Il n’a pas été modifié. "
        "Restaurez la dernière bonne sauvegarde (le fichier endommagé est mis de côté).",
    "Another program is writing to the database. Wait a moment and try again.":
        "Un autre programme écrit dans la base de données. Patientez un instant et réessayez.",
    "The file or its folder is not there. If it is on a USB stick or a network drive, connect "
    "it and try again.":
        "Le fichier ou son dossier est introuvable. S’il est sur une clé USB ou un lecteur "
        "réseau, branchez-le et réessayez.",
    "The database could not be opened. It was not changed.":
        "La base de données n’a pas pu être ouverte. Elle n’a pas été modifiée.",
    # start-up, crash and restore-into-window
    "Restore": "Restaurer",
    "Restore works on a database file; open one first.":
        "La restauration porte sur un fichier de base de données ; ouvrez-en un d’abord.",
    "Restored. The previous file is kept as {path}":
        "Restauré. Le fichier précédent est gardé sous le nom {path}",
    "O&utbox…": "Boîte d’&envoi…", "&Restore from a backup…": "&Restaurer une sauvegarde…",
    "Mail invitations…": "Envoyer les invitations…", "Mail minutes…": "Envoyer le compte rendu…",
    "Opening the database…": "Ouverture de la base de données…",
    "{name}: unexpected error": "{name} : erreur inattendue",
    "It was also written to {path}.": "Ils sont aussi écrits dans {path}.",
    "Something went wrong that Organiser did not expect.":
        "Un problème qu’Organiser n’avait pas prévu s’est produit.",
    "Your data is as it was before the action that failed: nothing was half saved. You can go "
    "on working, or restart Organiser to be safe.":
        "Vos données sont telles qu’avant l’action qui a échoué : rien n’a été enregistré à "
        "moitié. Vous pouvez continuer, ou redémarrer Organiser par prudence.",
    "Please send the details below to whoever supports Organiser for you.":
        "Merci d’envoyer les détails ci-dessous à la personne qui assure votre assistance pour "
        "Organiser.",
    "&Copy details": "&Copier les détails", "Copied": "Copié",
    # main window: reload, background reads
    "&Reload": "&Actualiser", "Reloading…": "Actualisation…",
    "Cannot read the database": "Impossible de lire la base de données",
    # a save refused because someone else changed the record (ui/conflict.py)
    "Show their change; what you typed stays in the form":
        "Afficher leur modification ; ce que vous avez saisi reste dans le formulaire",
    "Your change was not saved. Reload shows their change and keeps what you typed.":
        "Votre modification n’a pas été enregistrée. Recharger affiche la leur et garde ce "
        "que vous avez saisi.",
    "Reloaded: their change is in the form and so is yours. Check, then save.":
        "Rechargé : leur modification et la vôtre sont dans le formulaire. Vérifiez, puis "
        "enregistrez.",
    "Reloaded: they changed the same fields as you. The form shows their text; yours is "
    "kept below. Check, then save.":
        "Rechargé : ils ont modifié les mêmes champs que vous. Le formulaire montre leur "
        "texte ; le vôtre est conservé ci-dessous. Vérifiez, puis enregistrez.",
    "{field}, your text:": "{field}, votre texte :",
    "Use mine": "Garder le mien",
    "Put your text back in the form": "Remettre votre texte dans le formulaire",
    "Your change was not saved. The screen now shows theirs; make your change again if it "
    "still applies.":
        "Votre modification n’a pas été enregistrée. L’écran affiche maintenant la leur ; "
        "refaites la vôtre si elle vaut toujours.",
    # counter-proposals and removed invitees' cancellations (dialogs/counter_proposals.py)
    "Proposals…": "Propositions…", "Proposals ({count})…": "Propositions ({count})…",
    "Invitees' proposals of another time": "Propositions d’un autre horaire par les invités",
    "Remove and mail the cancellation…": "Retirer et envoyer l’annulation…",
    "Remove only": "Retirer seulement",
    "Proposals of another time": "Propositions d’un autre horaire",
    "Accept (move the event)": "Accepter (déplacer la réunion)", "Decline…": "Refuser…",
    "Accepting moves the event to the proposed time: everyone is asked again with the update. "
    "Declining sends the proposer a DECLINECOUNTER; the event stays as it is.":
        "Accepter déplace la réunion à l’horaire proposé : chacun est sollicité à nouveau avec "
        "la mise à jour. Refuser envoie un DECLINECOUNTER à l’auteur ; la réunion reste "
        "inchangée.",
    "{start} to {end} ({zone})": "{start} à {end} ({zone})",
    "no time given": "aucun horaire indiqué",
    "Accept the proposal": "Accepter la proposition",
    "Move the event to the time {name} proposed? Every answer is asked again.":
        "Déplacer la réunion à l’horaire proposé par {name} ? Toutes les réponses sont "
        "redemandées.",
    "The event moved (SEQUENCE {sequence}); {count} answer(s) were reset. Send the update: "
    "Mail invitations.":
        "La réunion a été déplacée (SEQUENCE {sequence}) ; {count} réponse(s) remise(s) à "
        "zéro. Envoyez la mise à jour : Envoyer les invitations.",
    "Decline the proposal": "Refuser la proposition",
    "A word for {name} (optional):": "Un mot pour {name} (facultatif) :",
    "How should the DECLINECOUNTER reach {name}?":
        "Comment le DECLINECOUNTER doit-il parvenir à {name} ?",
    "Put the message in the outbox": "Mettre le message dans la boîte d’envoi",
    "Save the .ics file…": "Enregistrer le fichier .ics…",
    "Save the DECLINECOUNTER": "Enregistrer le DECLINECOUNTER",
    "Event saved.": "Réunion enregistrée.",
    "Event saved: SEQUENCE {sequence}, {count} answer(s) reset to needs action. Send the "
    "update: Mail invitations.":
        "Réunion enregistrée : SEQUENCE {sequence}, {count} réponse(s) remise(s) en attente. "
        "Envoyez la mise à jour : Envoyer les invitations.",
    "Event saved: SEQUENCE {sequence}. Send the update: Mail invitations.":
        "Réunion enregistrée : SEQUENCE {sequence}. Envoyez la mise à jour : Envoyer les "
        "invitations.",
    "Cancel and mail the cancellations…": "Annuler et envoyer les annulations…",
    "Cancel the event only": "Annuler la réunion seulement",
    "Keep the event": "Garder la réunion",
    "CounterStatus|open": "ouverte", "CounterStatus|accepted": "acceptée",
    "CounterStatus|declined": "refusée", "CounterStatus|outdated": "dépassée",
}


AR_UI: dict[str, str | list[str]] = {
    # vocabularies (enum values)
    "consultation": "مشاورة", "information sharing": "تبادل المعلومات", "workshop": "ورشة عمل",
    "network meeting": "اجتماع الشبكة",
    "draft": "مسودة", "planned": "مقررة", "cancelled": "ملغاة", "held": "منعقدة",
    "MinutesStatus|draft": "مسودة", "approved": "معتمد",
    "chair": "رئيس الجلسة", "participant": "مشارك", "optional": "اختياري", "observer": "مراقب",
    "needs action": "بانتظار الرد", "accepted": "مقبولة", "tentative": "مبدئية",
    "declined": "مرفوضة", "delegated": "مفوَّضة",
    "session": "جلسة", "presentation": "عرض تقديمي", "discussion": "نقاش",
    "brainstorm": "عصف ذهني", "break": "استراحة", "review of actions": "مراجعة الإجراءات",
    "present": "حاضر", "late": "متأخر", "left early": "غادر مبكرًا", "apologies": "معتذر",
    "absent": "غائب",
    "government agency": "جهة حكومية", "parliament": "برلمان", "cso": "منظمة مجتمع مدني",
    "media": "وسائل الإعلام", "contractors association": "جمعية المقاولين",
    "training institute": "معهد تدريب", "international partner": "شريك دولي",
    "bank unit": "وحدة تابعة للبنك", "other": "أخرى",
    "LiveWindow|done": "انتهى", "BoardModel|Line": "المحور",
    # column titles
    "Keep": "الإبقاء على", "Merge into it": "دمجه فيه", "Why": "السبب",
    "Family name": "اسم العائلة", "E-mail": "البريد الإلكتروني", "People": "الأشخاص",
    "Line": "السطر", "Outcome": "النتيجة", "Details": "التفاصيل", "Role": "الدور",
    "Reply": "الرد", "Local start": "البدء بالتوقيت المحلي", "Comment": "تعليق",
    "Replied": "تاريخ الرد", "Day": "اليوم", "Time": "الوقت", "Min": "دقيقة", "Item": "البند",
    # contacts area
    "people": "أشخاص", "invitations": "دعوات", "attendance records": "سجلات حضور",
    "next steps": "خطوات تالية", "agenda items presented": "بنود مقدَّمة في جداول الأعمال",
    "ideas": "أفكار", "votes": "أصوات", "delegations": "تفويضات",
    "All organisations": "كل المنظمات",
    "Search name, organisation, e-mail, country… (accents and case ignored)":
        "ابحث بالاسم أو المنظمة أو البريد أو البلد… (دون اعتبار للتشكيل وحالة الأحرف)",
    "All tags": "كل المجموعات", "New &person…": "شخص &جديد…", "&Edit…": "&تعديل…",
    "&Delete": "&حذف", "&Tag…": "&تصنيف…", "New &organisation…": "منظمة &جديدة…",
    "Edit o&rganisation…": "تعديل الم&نظمة…", "Delete organisation": "حذف المنظمة",
    "&Import…": "&استيراد…", "E&xport…": "&تصدير…", "Find d&uplicates…": "البحث عن الم&كررات…",
    "Organisations": "المنظمات", "Import contacts…": "استيراد جهات الاتصال…",
    "Export contacts…": "تصدير جهات الاتصال…",
    "No database open.": "لا توجد قاعدة بيانات مفتوحة.",
    "{total} people": "{total} شخصًا", "{shown} of {total} people shown":
        "يُعرض {shown} من {total} شخصًا",
    "Saved.": "حُفظ.", "{count} people": "{count} أشخاص", "Delete {who}?": "حذف {who}؟",
    "They have {detail}.": "لديهم {detail}.", "This person has {detail}.":
        "لدى هذا الشخص {detail}.",
    "Their invitations, attendance and votes are deleted with them; next steps they own and "
    "talks they gave keep their name.":
        "تُحذف معهم دعواتهم وسجلات حضورهم وأصواتهم؛ أما الخطوات التالية المسؤولون عنها "
        "والمداخلات التي قدموها فتحتفظ بأسمائهم.",
    "Deleted {who}.": "حُذف {who}.", "Tag": "مجموعة",
    "Tag for {count} selected people (choose or type a new one):":
        "مجموعة للأشخاص المحددين وعددهم {count} (اختر مجموعة أو اكتب اسمًا جديدًا):",
    "Tagged {count} people {tag}.": "أضيف {count} أشخاص إلى المجموعة {tag}.",
    "Delete the organisation {name}?": "حذف المنظمة {name}؟",
    "{links} refer to it. The people stay, without an organisation; next steps keep its name.":
        "تشير إليها: {links}. يبقى الأشخاص دون منظمة، وتحتفظ الخطوات التالية باسمها.",
    "Import contacts": "استيراد جهات الاتصال",
    "Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)":
        "ملفات جهات الاتصال (*.csv *.txt *.vcf *.vcard);;كل الملفات (*)",
    "Export contacts": "تصدير جهات الاتصال",
    "CSV for Excel (*.csv);;vCard 4.0 (*.vcf)": "CSV لبرنامج Excel (*.csv);;vCard 4.0 (*.vcf)",
    "Export": "تصدير", "Exported {count} people to {file}.": "صُدِّر {count} أشخاص إلى {file}.",
    "Delete": "حذف",
    # preferences
    "the default file in your data folder": "الملف الافتراضي في مجلد بياناتك",
    "Browse…": "استعراض…",
    "A shared PostgreSQL database works too: postgresql+psycopg://user@host/organiser. --db "
    "and ORGANISER_DB take precedence; the change applies at the next start.":
        "تصلح أيضًا قاعدة بيانات PostgreSQL مشتركة: "
        "postgresql+psycopg://user@host/organiser. للخيار ‪--db‬ وللمتغير ORGANISER_DB "
        "الأولوية؛ ويسري التغيير عند التشغيل التالي.",
    "Database file": "ملف قاعدة البيانات", "Preferences": "التفضيلات", "Settings": "الإعدادات",
    "As the system": "كما في النظام", "The change applies at the next start.":
        "يسري التغيير عند التشغيل التالي.",
    "{problem}\nDefaults are shown instead.": "{problem}\nتُعرض القيم الافتراضية بدلًا منها.",
    "Cannot save the settings: {error}": "تعذر حفظ الإعدادات: {error}",
    "Identity": "الهوية", "Mail": "البريد", "Data": "البيانات", "Interface": "الواجهة",
    "Your name": "اسمك", "Your e-mail address": "عنوان بريدك الإلكتروني",
    "Default time zone": "المنطقة الزمنية الافتراضية", "SMTP server": "خادم SMTP",
    "SMTP port": "منفذ SMTP", "Security (starttls, ssl, none)": "الأمان (starttls أو ssl أو none)",
    "SMTP user name": "اسم مستخدم SMTP", "Daily backups kept": "النسخ الاحتياطية اليومية المحفوظة",
    "Interface language (empty: system)": "لغة الواجهة",
    "Database (file or URL; empty: the default file)":
        "قاعدة البيانات (ملف أو عنوان URL)",
    # contact forms, duplicates, import
    "Edit {name}": "تعديل {name}", "New person": "شخص جديد", "&Given name": "الا&سم الأول",
    "&Family name": "اسم ال&عائلة", "Full name (if &different)": "الاسم الكامل (إن كان م&ختلفًا)",
    "How the name is written in full when not just given + family name":
        "طريقة كتابة الاسم كاملًا إن لم يكن مجرد الاسم الأول واسم العائلة",
    "&Latin transliteration": "الكتابة بالحروف ال&لاتينية",
    "Family name first, e.g. 'Shevchenko Olena'; used for sorting and search":
        "اسم العائلة أولًا، مثل ‏'Shevchenko Olena'؛ يُستخدم للفرز والبحث",
    "one address per line; the first is used for invitations":
        "عنوان واحد في كل سطر؛ يُستخدم الأول للدعوات",
    "&E-mail addresses": "عناوين البريد الإل&كتروني", "&Organisation": "الم&نظمة",
    "Choose one, or type a new name to create it": "اختر منظمة، أو اكتب اسمًا جديدًا لإنشائها",
    "&Job title": "المسمى ال&وظيفي", "&Country": "ال&بلد", "&Time zone": "المنطقة ال&زمنية",
    "IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo":
        "اسم IANA، مثل Europe/Paris أو Africa/Dakar أو Asia/Tokyo",
    "Lan&guage": "الل&غة", "&Phone": "اله&اتف", "T&ags": "الم&جموعات",
    "Groups to invite together, separated by commas": "مجموعات تُدعى معًا، تفصل بينها فواصل",
    "&Notes": "&ملاحظات", "New organisation": "منظمة جديدة", "&Name": "الا&سم",
    "&Acronym": "الا&ختصار", "&Kind": "ال&نوع", "N&otes": "م&لاحظات",
    "Likely duplicates": "مكررات محتملة", "&Merge": "&دمج",
    "&Swap (keep the other)": "&تبديل (الإبقاء على الآخر)",
    "Merging moves invitations, attendance, next steps, addresses and tags to the person "
    "kept, then deletes the other.":
        "ينقل الدمج الدعوات والحضور والخطوات التالية والعناوين والمجموعات إلى الشخص الذي "
        "يُبقى عليه، ثم يحذف الآخر.",
    "{count} likely duplicates": "مكررات محتملة: {count}",
    "No likely duplicates.": "لا توجد مكررات محتملة.", "Merge": "دمج",
    "Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is then deleted.":
        "دمج {other} (رقم {other_id}) في {keep} (رقم {keep_id})؟ يُحذف بعدها الرقم {other_id}.",
    "Columns": "الأعمدة",
    "Check how the file was read and which column holds what.":
        "تحقق من طريقة قراءة الملف ومن محتوى كل عمود.",
    "Detect": "كشف تلقائي", "&Encoding:": "ال&ترميز:", "&Delimiter:": "ال&فاصل:",
    "header on line {line}": "سطر العناوين هو السطر {line}", "no header row": "دون سطر عناوين",
    "Read as {encoding}, {delimiter}-separated, {header}, {rows} rows.":
        "قُرئ بترميز {encoding}، والفاصل: {delimiter}، {header}، عدد الصفوف {rows}.",
    "Column in the file": "العمود في الملف", "Holds": "يحتوي على", "First values": "أولى القيم",
    "Column {number}": "العمود {number}", "(ignore)": "(تجاهل)", "Given name": "الاسم الأول",
    "Middle name": "الاسم الأوسط", "Full name": "الاسم الكامل",
    "Latin name": "الاسم بالحروف اللاتينية", "Phone": "الهاتف", "Language": "اللغة",
    "Notes": "ملاحظات", "comma": "فاصلة", "semicolon": "فاصلة منقوطة", "tab": "جدولة",
    "vertical bar": "خط عمودي",
    "imported {people} people": "استُورد {people} أشخاص",
    "would import {people} people": "سيُستورد {people} أشخاص",
    ", {organisations} organisations; {duplicates} duplicates skipped; {warnings} warnings":
        "، و{organisations} منظمات؛ تُجووز {duplicates} مكررات؛ {warnings} تنبيهات",
    "Import contacts from {file}": "استيراد جهات الاتصال من {file}",
    "Nothing was imported": "لم يُستورد شيء", "Preview": "معاينة",
    "Nothing has been written yet. Import adds every row below, or none.":
        "لم يُكتب شيء بعد. يضيف الاستيراد كل الصفوف أدناه، أو لا يضيف أيًّا منها.",
    "&Import": "&استيراد",
    "Import the other rows and leave out the rows with &errors":
        "استيراد الصفوف الأخرى وترك الصفوف التي فيها أ&خطاء",
    "new": "جديدة", "updates": "تحديثات", "duplicate": "مكررة", "warning": "تنبيهات",
    "error": "أخطاء", "{count} rows: ": "عدد الصفوف {count}: ",
    "{count} rows have errors: fix the file and import it again, or leave those rows out.":
        "في {count} صفوف أخطاء: صحّح الملف واستورده مجددًا، أو اترك تلك الصفوف.",
    # events area, editor, invitations
    "{count} events": "عدد الفعاليات: {count}", "New event…": "فعالية جديدة…",
    "Edit…": "تعديل…", "Duplicate": "نسخ", "Cancel event…": "إلغاء الفعالية…",
    "Calendar file…": "ملف التقويم…",
    "Event created; add people below.": "أُنشئت الفعالية؛ أضف الأشخاص أدناه.",
    "Copy made as a draft, with the same invitees; edit its dates.":
        "أُنشئت نسخة كمسودة بالمدعوين أنفسهم؛ عدّل تواريخها.",
    "Cancel this event? Every invitee then needs the cancellation (the event's calendar file "
    "becomes a CANCEL).":
        "إلغاء هذه الفعالية؟ يجب عندها إرسال الإلغاء إلى كل مدعو (يصبح ملف تقويم الفعالية "
        "CANCEL).",
    "Cancel the event": "إلغاء الفعالية", "Save the calendar file": "حفظ ملف التقويم",
    "iCalendar (*.ics)": "iCalendar (*.ics)",
    "Calendar file written to {path}": "حُفظ ملف التقويم في {path}",
    "Import calendar &replies…": "استيراد &ردود التقويم…",
    "Export programme &calendar (.ics)…": "تصدير ت&قويم البرنامج (.ics)…",
    "Import calendar replies": "استيراد ردود التقويم",
    "Calendar replies (*.ics *.eml);;All files (*)":
        "ردود التقويم (*.ics *.eml);;كل الملفات (*)",
    "Export the programme calendar": "تصدير تقويم البرنامج",
    "Programme calendar written to {path}": "حُفظ تقويم البرنامج في {path}",
    "Calendar replies": "ردود التقويم",
    "{applied} of {total} replies applied.": "طُبّق {applied} من {total} ردود.",
    "{applied} of {total} calendar replies applied": "طُبّق {applied} من {total} ردود تقويم",
    "New event": "فعالية جديدة", "Edit event": "تعديل الفعالية", "&Title": "ال&عنوان",
    "&Starts": "ت&بدأ", "&Ends": "ت&نتهي", "Time &zone": "المنطقة ال&زمنية", "&Venue": "الم&كان",
    "&Address": "ال&عنوان البريدي", "&Online link": "ال&رابط الإلكتروني", "&Description": "ال&وصف",
    "Stat&us": "ال&حالة",
    "Calendar version (SEQUENCE) {sequence}: changing the time, place or status sends an "
    "update; the title or description alone do not.":
        "إصدار التقويم (SEQUENCE) {sequence}: تغيير الوقت أو المكان أو الحالة يرسل تحديثًا؛ "
        "أما تغيير العنوان أو الوصف وحده فلا.",
    "Add people to the event": "إضافة أشخاص إلى الفعالية",
    "Name, address, organisation or tag…": "الاسم أو العنوان أو المنظمة أو المجموعة…",
    "Invite": "دعوة", "Role:": "الدور:", "Invitations": "الدعوات", "Add people…": "إضافة أشخاص…",
    "Remove": "إزالة", "Select an event to see its invitations.": "اختر فعالية لعرض دعواتها.",
    "{count} {value}": "{value}: {count}",
    "{total} invited — {replies} — {roles}": "المدعوون: {total} — {replies} — {roles}",
    "no replies": "لا ردود", "no roles": "لا أدوار", "Remove invitees": "إزالة مدعوين",
    "Remove {names} from the event? Each needs the cancellation (a CANCEL calendar) so that "
    "the meeting leaves their calendar.":
        "إزالة {names} من الفعالية؟ يحتاج كل منهم إلى الإلغاء (تقويم CANCEL) كي يختفي "
        "الاجتماع من تقويمه.",
    "delegated by {name}": "بتفويض من {name}",
    "{zone} (the invitee's own clock)": "{zone} (بتوقيت المدعو)",
    # PDF preview
    "Minutes": "المحضر", "Agenda": "جدول الأعمال", "Sign-in sheet": "ورقة التوقيع",
    "Dot-vote sheet": "ورقة التصويت بالنقاط", "Minutes PDF…": "المحضر (PDF)…",
    "Agenda PDF…": "جدول الأعمال (PDF)…", "Sign-in sheet PDF…": "ورقة التوقيع (PDF)…",
    "Dot-vote sheet PDF…": "ورقة التصويت بالنقاط (PDF)…",
    "{document} — preview": "{document} — معاينة",
    "No second time zone": "دون منطقة زمنية ثانية",
    "Also show times in:": "عرض الأوقات أيضًا بتوقيت:",
    "Approve…": "اعتماد…", "Start a new version": "بدء إصدار جديد", "Save PDF…": "حفظ PDF…",
    "Cannot make the document": "تعذر إنشاء المستند", "{count} page": "صفحة واحدة",
    "{count} pages": "عدد الصفحات: {count}",
    "Approved (version {number}) by {name} on {date}": "اعتمده {name} (الإصدار {number}) في {date}",
    "Draft of version {number}": "مسودة الإصدار {number}", "Draft": "مسودة", "Save PDF": "حفظ PDF",
    "PDF document (*.pdf)": "مستند PDF (*.pdf)", "Cannot save": "تعذر الحفظ",
    "Saved {path}": "حُفظ في {path}", "Approve the minutes": "اعتماد المحضر",
    "Approved by (name):": "اعتمده (الاسم):",
    "What changed since version {number}?": "ما الذي تغيّر منذ الإصدار {number}؟",
    "Cannot approve": "تعذر الاعتماد",
    # agenda editor
    "Agenda — {title}": "جدول الأعمال — {title}",
    "(no second time zone)": "(دون منطقة زمنية ثانية)", " min": " دقيقة",
    "Save item": "حفظ البند", "D&uration": "ال&مدة", "Da&y": "ال&يوم", "&Presenter": "ال&متحدث",
    "Add item (Ctrl+N)": "إضافة بند (Ctrl+N)", "Delete (Del)": "حذف (Del)",
    "Up (Ctrl+↑)": "لأعلى (Ctrl+↑)", "Down (Ctrl+↓)": "لأسفل (Ctrl+↓)",
    "Copy from event…": "نسخ من فعالية…", "Save as template…": "حفظ كقالب…",
    "Apply template…": "تطبيق قالب…",
    "Times in {zone}; also show": "الأوقات بتوقيت {zone}؛ وعرضها أيضًا بتوقيت",
    "Day {day}: {start}–{end}": "اليوم {day}: {start}–{end}",
    "runs {minutes} min past its end ({end})": "يتجاوز نهايته ({end}) بـ{minutes} دقيقة",
    "No items yet: Ctrl+N adds one.": "لا بنود بعد: يضيف Ctrl+N بندًا.",
    "Open actions from earlier events:": "إجراءات مفتوحة من فعاليات سابقة:",
    "New item": "بند جديد",
    "{title} has minutes. Delete it anyway?": "للبند {title} محضر. هل تحذفه رغم ذلك؟",
    "Copy": "نسخ", "No other event has an agenda yet.": "لا توجد فعالية أخرى لها جدول أعمال بعد.",
    "{name} ({count} items)": "{name} (عدد البنود {count})", "Copy an agenda": "نسخ جدول أعمال",
    "From:": "من:",
    "Replace the current items? (No adds the copied items after them)":
        "استبدال البنود الحالية؟ (اختيار «لا» يضيف البنود المنسوخة بعدها)",
    "Save as template": "حفظ كقالب", "Name of the template:": "اسم القالب:",
    "Saved the template {name}.": "حُفظ القالب {name}.", "Templates": "القوالب",
    "No template yet: save one first.": "لا قوالب بعد: احفظ قالبًا أولًا.",
    "Apply a template": "تطبيق قالب", "Template:": "القالب:",
    "Start": "البداية", "End": "النهاية", "Presenter": "المتحدث", "Attendee time": "توقيت الحضور",
    "Time in {zone}": "الوقت بتوقيت {zone}", "({count} open actions)": "(إجراءات مفتوحة: {count})",
    "({days} day)": "({days} يوم)",
    "This item ends after the day's end": "ينتهي هذا البند بعد نهاية اليوم",
    # live window, check-in, capture, board
    "Agenda…": "جدول الأعمال…", "Live mode…": "وضع الجلسة…", "running": "جارٍ",
    "Live — {title}": "الجلسة — {title}", "Next item (F9)": "البند التالي (F9)",
    "Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next step (from the "
    "current line or selection) · Alt+↑/↓ previous/next item":
        "محضر هذا البند، يُحفظ أثناء الكتابة. Ctrl+D قرار · Ctrl+T خطوة تالية (من السطر الحالي "
        "أو التحديد) · Alt+↑/↓ البند السابق/التالي",
    "Decisions and next steps of the event:": "قرارات الفعالية وخطواتها التالية:",
    "Check-in (Ctrl+1)": "تسجيل الحضور (Ctrl+1)",
    "Agenda and minutes (Ctrl+2)": "جدول الأعمال والمحضر (Ctrl+2)",
    "Brainstorm board (Ctrl+3)": "لوحة العصف الذهني (Ctrl+3)",
    "The minutes are approved: read-only.": "المحضر معتمد: للقراءة فقط.",
    "&Undo": "&تراجع", "&Redo": "إ&عادة", "&Live": "ال&جلسة",
    "Next agenda item": "البند التالي في جدول الأعمال",
    "Previous item's minutes": "محضر البند السابق", "Next item's minutes": "محضر البند التالي",
    "New &decision…": "&قرار جديد…", "New next &step…": "&خطوة تالية جديدة…",
    "&Walk-in…": "حاضر &دون دعوة…",
    "{present} present of {invited} invited": "الحضور {present} من {invited} مدعوين",
    "(+{count} walk-in)": "(+{count} دون دعوة)", "(+{count} walk-ins)": "(+{count} دون دعوة)",
    "Decision: {text}": "قرار: {text}", "Next step: {text}": "خطوة تالية: {text}",
    "No agenda yet.": "لا يوجد جدول أعمال بعد.",
    "{title} — day {day}, {time}, {minutes} min": "{title} — اليوم {day}، {time}، {minutes} دقيقة",
    "Real time: {start}–{end}": "الوقت الفعلي: {start}–{end}", "Typing…": "جارٍ الكتابة…",
    "Saved {time}": "حُفظ في {time}", "Check-in: {status}": "تسجيل الحضور: {status}",
    "Walk-in {name}": "حاضر دون دعوة: {name}",
    "{name}: present (walk-in)": "{name}: حاضر (دون دعوة)",
    "Next: {title}": "التالي: {title}", "All items done": "انتهت كل البنود",
    "{title}: {time} left": "{title}: متبقٍّ {time}",
    "{title}: over-run {time}": "{title}: تجاوز {time}",
    "The minutes are approved: nothing can be added.": "المحضر معتمد: لا يمكن إضافة شيء.",
    "Live mode": "وضع الجلسة",
    "Type part of a name, organisation or e-mail · Enter present · F6 late · F7 left early · "
    "F8 apologies · F4 not here · ↑↓ choose · Ctrl+N walk-in":
        "اكتب جزءًا من اسم أو منظمة أو بريد إلكتروني · Enter حاضر · F6 متأخر · F7 غادر مبكرًا · "
        "F8 معتذر · F4 غير موجود · ↑↓ اختيار · Ctrl+N حاضر دون دعوة",
    "{status} (walk-in)": "{status} (دون دعوة)", "not invited": "غير مدعو",
    "Find a person…": "ابحث عن شخص…",
    "Nobody matches; Ctrl+N adds a walk-in.": "لا أحد يطابق البحث؛ يضيف Ctrl+N حاضرًا دون دعوة.",
    "not here": "غير موجود", "Walk-in": "حاضر دون دعوة", "&E-mail": "البريد الإل&كتروني",
    "A walk-in needs a name.": "يلزم اسم للحاضر دون دعوة.",
    "New decision": "قرار جديد", "New next step": "خطوة تالية جديدة",
    "type a few letters of a person or organisation": "اكتب بضعة أحرف من اسم شخص أو منظمة",
    "&Text": "ال&نص", "&Owner": "ال&مسؤول", "&Due date": "الموعد ال&نهائي",
    "&Line of action": "م&حور العمل", "Type the text first.": "اكتب النص أولًا.",
    "2027-03-31 (optional)": "2027-03-31 (اختياري)", "Calendar…": "التقويم…",
    "Not in a theme yet": "خارج المواضيع بعد", "By": "صاحب الفكرة", "Votes": "الأصوات",
    "Dots of voter": "نقاط المصوّت", "hidden": "مخفي",
    "Type an idea and press Enter (one per line when pasting several)":
        "اكتب فكرة واضغط Enter (فكرة في كل سطر عند لصق عدة أفكار)",
    "by": "من", "New theme…": "موضوع جديد…", "Rename…": "إعادة تسمية…", "Merge into…": "دمج في…",
    "Move to theme… (M)": "نقل إلى موضوع… (M)", "Out of theme (U)": "إخراج من الموضوع (U)",
    "→ Decision (Ctrl+D)": "← قرار (Ctrl+D)", "→ Next step (Ctrl+T)": "← خطوة تالية (Ctrl+T)",
    "Hide totals until voting closes": "إخفاء المجاميع حتى إغلاق التصويت", "Apply": "تطبيق",
    "Close voting": "إغلاق التصويت", "Dot voting": "التصويت بالنقاط",
    "Votes per person": "الأصوات لكل شخص", "Voter": "المصوّت",
    "Select an idea, then + gives a dot, − takes it back.":
        "اختر فكرة، ثم يمنحها + نقطة ويستردها −.",
    "+ dot": "+ نقطة", "− dot": "− نقطة",
    "Ranking (when totals are shown):": "الترتيب (عند عرض المجاميع):",
    "(no author)": "(دون صاحب)", "(choose a voter)": "(اختر مصوّتًا)",
    "(no line of action)": "(دون محور عمل)", "Reopen voting": "إعادة فتح التصويت",
    "Close voting and show totals": "إغلاق التصويت وعرض المجاميع",
    "{voter}: {used} of {total} dots used": "{voter}: استُخدمت {used} من {total} نقاط",
    "Themes:": "المواضيع:", "No theme yet: make one with New theme…":
        "لا مواضيع بعد: أنشئ موضوعًا بـ«موضوع جديد…»",
    "Theme:": "الموضوع:", "New idea": "فكرة جديدة", "Move idea": "نقل الفكرة",
    "Move ideas": "نقل الأفكار", "Select one or more ideas first.": "اختر فكرة أو أكثر أولًا.",
    "Move to theme": "نقل إلى موضوع", "New theme {title}": "موضوع جديد {title}",
    "New theme": "موضوع جديد", "Title of the theme:": "عنوان الموضوع:",
    "Select a theme first.": "اختر موضوعًا أولًا.", "Rename theme": "إعادة تسمية الموضوع",
    "Title:": "العنوان:",
    "Select the theme to merge into another first.": "اختر أولًا الموضوع المراد دمجه في موضوع آخر.",
    "Merge into": "دمج في", "Merge themes": "دمج المواضيع", "Voting rules": "قواعد التصويت",
    "Choose the voter first.": "اختر المصوّت أولًا.", "Select one idea.": "اختر فكرة واحدة.",
    "Vote": "تصويت", "Take back a vote": "سحب صوت",
    "Select one idea or a theme to promote.": "اختر فكرة واحدة أو موضوعًا لتحويله.",
    # agenda editor: undo and day start times
    "Day &starts at": "ي&بدأ اليوم في", "Undo": "تراجع", "Redo": "إعادة",
    "day 1 starts with the event": "اليوم 1 يبدأ مع الفعالية",
    "day {day}; its items follow": "اليوم {day}؛ تليه بنوده",
    "Start of day {day}": "بداية اليوم {day}", "Edit {title}": "تعديل {title}",
    "Add item": "إضافة بند", "Delete {title}": "حذف {title}",
    "Move {title}": "نقل {title}",
    # next steps area, outbox and mail, restore and the open-problem dialog
    "Open and in progress": "المفتوحة وقيد التنفيذ", "All statuses": "كل الحالات",
    "In progress": "قيد التنفيذ", "Dropped": "ملغاة", "Any due date": "أي موعد نهائي",
    "Due in the next 7 days": "مستحقة خلال 7 أيام",
    "Due in the next 30 days": "مستحقة خلال 30 يومًا",
    "Due this month or earlier": "مستحقة هذا الشهر أو قبله",
    "Owner: a person or an organisation (its own steps and its people's)":
        "المسؤول: شخص أو منظمة (خطواتها وخطوات أعضائها)",
    "Event that agreed the step": "الفعالية التي أقرت الخطوة", "Due date": "الموعد النهائي",
    "Search what, who, event…": "ابحث عن ماذا، من، الفعالية…", "Mark &done": "تعليمها &منجزة",
    "In &progress": "&قيد التنفيذ", "D&rop": "إ&لغاء", "Re&open": "إعادة ال&فتح",
    "Select a next step to see its history.": "اختر خطوة تالية لعرض سجلها.",
    "Search decisions across the programme…": "ابحث في قرارات البرنامج…",
    "All owners": "كل المسؤولين", "{name} (organisation)": "{name} (منظمة)",
    "All events": "كل الفعاليات", "All lines of action": "كل محاور العمل",
    "{shown} of {total} next steps": "{shown} من {total} خطوات تالية",
    "{count} overdue": "{count} متأخرة",
    "<b>History</b> of “{text}” — {owner}": "<b>سجل</b> «{text}» — {owner}",
    "Cannot change the status": "تعذر تغيير الحالة",
    "“{text}” is now {status}": "«{text}» أصبحت: {status}",
    "{count} decision": "قرار واحد", "{count} decisions": "عدد القرارات: {count}",
    "When": "متى", "From": "من", "To": "إلى", "Note": "ملاحظة", "Date": "التاريخ",
    "Agenda item": "بند جدول الأعمال", "What": "ماذا", "Tries": "المحاولات",
    "Server's answer": "رد الخادم", "Subject": "الموضوع", "Taken at": "وقت النسخ",
    "Size": "الحجم", "File": "الملف",
    "Overdue by {days} day": "متأخرة يومًا واحدًا", "Overdue by {days} days": "متأخرة {days} أيام",
    "queued": "في الانتظار", "sent": "أُرسلت", "failed": "فشلت",
    "Outbox": "صندوق الصادر", "&Send queued": "إ&رسال المنتظرة",
    "&Retry failed": "إعادة &محاولة الفاشلة", "&Discard selected": "&حذف المحدد",
    "SMTP &password…": "&كلمة مرور SMTP…",
    "{queued} queued, {sent} sent, {failed} failed":
        "في الانتظار {queued}، أُرسلت {sent}، فشلت {failed}",
    "sending": "جارٍ الإرسال", "may have been sent": "ربما أُرسلت",
    "{path} is the database Organiser has open: choose another file.":
        "{path} هي قاعدة البيانات المفتوحة في Organiser: اختر ملفًا آخر.",
    "Send &again…": "إعادة الإر&سال…", "Send again": "إعادة الإرسال",
    "{count} may have been sent already (sending stopped midway): they are not sent again "
    "unless you choose Send again.":
        "ربما أُرسلت {count} بالفعل (توقف الإرسال في منتصفه): لن يُعاد إرسالها إلا إذا اخترت "
        "إعادة الإرسال.",
    "{count} message(s) may have reached their recipients already: sending stopped midway, "
    "so nobody knows. Send them again? Someone who got the first one receives the same "
    "message (same Message-ID) a second time.":
        "ربما وصلت {count} رسائل إلى المستلمين بالفعل: توقف الإرسال في منتصفه ولا يمكن "
        "التأكد. هل تريد إعادة إرسالها؟ من تسلّم الرسالة الأولى سيتسلّم الرسالة نفسها (بمعرّف "
        "Message-ID نفسه) مرة ثانية.",
    "Sending…": "جارٍ الإرسال…", "Not sent: {reason}": "لم تُرسل: {reason}",
    "The messages stay queued; send again when the connection is back.":
        "تبقى الرسائل في الانتظار؛ أعد الإرسال عند عودة الاتصال.",
    "SMTP password": "كلمة مرور SMTP",
    "Password of {account}\n(kept in the system keyring, never in a file):":
        "كلمة مرور {account}\n(تُحفظ في سلسلة مفاتيح النظام، وليس في ملف أبدًا):",
    "Password of {account} stored in the system keyring.":
        "حُفظت كلمة مرور {account} في سلسلة مفاتيح النظام.",
    "No message to prepare.": "لا توجد رسائل لإعدادها.",
    "{count} message(s) prepared.": "أُعدت {count} رسائل.",
    "{count} left out:": "استُبعد {count}:", "Save as .eml files…": "حفظ كملفات ‎.eml…",
    "Put in the outbox": "وضعها في صندوق الصادر", "Save the messages in": "حفظ الرسائل في",
    "{count} message(s) saved in {folder}": "حُفظت {count} رسائل في {folder}",
    "{count} message(s) queued; send them from File → Outbox":
        "وُضعت {count} رسائل في الانتظار؛ أرسلها من ملف ← صندوق الصادر",
    "{size} KiB": "{size} ك.ب", "Restore from a backup": "الاستعادة من نسخة احتياطية",
    "Restoring puts the chosen copy in place of <b>{name}</b>. The current file is not "
    "deleted: it is kept beside it as <i>{kept}</i>.":
        "تضع الاستعادة النسخة المختارة مكان <b>{name}</b>. لا يُحذف الملف الحالي: يُحفظ "
        "بجانبها باسم <i>{kept}</i>.",
    "There is no automatic backup of this database yet.":
        "لا توجد نسخة احتياطية تلقائية لقاعدة البيانات هذه بعد.",
    "&Restore": "ا&ستعادة", "Choose a &file…": "اختيار &ملف…",
    "Choose a backup": "اختر نسخة احتياطية",
    "&Restore a backup…": "ا&ستعادة نسخة احتياطية…", "Open &read-only": "فتح لل&قراءة فقط",
    "&Try again": "إعادة ال&محاولة", "&Choose another file…": "ا&ختيار ملف آخر…",
    "&Quit": "&خروج",
    "Only one Organiser at a time works on a database, so that no change is lost. Read-only, "
    "you can look things up while the other one keeps working.":
        "لا يعمل على قاعدة البيانات إلا Organiser واحد في كل مرة، كي لا يضيع أي تغيير. في "
        "وضع القراءة فقط يمكنك الاطلاع بينما يواصل الآخر العمل.",
    "A newer version of Organiser wrote this database. Update Organiser to work on it; the "
    "file was not changed.":
        "كتب قاعدة البيانات هذه إصدار أحدث من Organiser. حدّث Organiser للعمل عليها؛ لم يُغيَّر "
        "الملف.",
    "The file or its folder cannot be written (a read-only drive or share). You can look at "
    "it read-only, or copy it somewhere writable.":
        "لا يمكن الكتابة في الملف أو مجلده (قرص أو مشاركة للقراءة فقط). يمكنك الاطلاع عليه "
        "للقراءة فقط، أو نسخه إلى مكان قابل للكتابة.",
    "The file is damaged or is not an Organiser database. It was not changed. Restore the last "
    "good backup (the damaged file is kept aside).":
        "الملف تالف أو ليس قاعدة بيانات Organiser. لم يُغيَّر. استعد آخر نسخة احتياطية سليمة "
        "(يُحفظ الملف التالف جانبًا).",
    "Another program is writing to the database. Wait a moment and try again.":
        "برنامج آخر يكتب في قاعدة البيانات. انتظر لحظة وأعد المحاولة.",
    "The file or its folder is not there. If it is on a USB stick or a network drive, connect "
    "it and try again.":
        "الملف أو مجلده غير موجود. إن كان على ذاكرة USB أو محرك شبكي فوصّله وأعد المحاولة.",
    "The database could not be opened. It was not changed.":
        "تعذر فتح قاعدة البيانات. لم تُغيَّر.",
    # start-up, crash and restore-into-window
    "Restore": "استعادة",
    "Restore works on a database file; open one first.":
        "تعمل الاستعادة على ملف قاعدة بيانات؛ افتح ملفًا أولًا.",
    "Restored. The previous file is kept as {path}": "تمت الاستعادة. حُفظ الملف السابق باسم {path}",
    "O&utbox…": "صندوق ال&صادر…", "&Restore from a backup…": "ا&ستعادة من نسخة احتياطية…",
    "Mail invitations…": "إرسال الدعوات بالبريد…", "Mail minutes…": "إرسال المحضر بالبريد…",
    "Opening the database…": "جارٍ فتح قاعدة البيانات…",
    "{name}: unexpected error": "{name}: خطأ غير متوقع",
    "It was also written to {path}.": "وقد كُتبت أيضًا في {path}.",
    "Something went wrong that Organiser did not expect.": "حدث خطأ لم يتوقعه Organiser.",
    "Your data is as it was before the action that failed: nothing was half saved. You can go "
    "on working, or restart Organiser to be safe.":
        "بياناتك كما كانت قبل الإجراء الذي فشل: لم يُحفظ شيء بشكل ناقص. يمكنك مواصلة العمل، "
        "أو إعادة تشغيل Organiser احتياطًا.",
    "Please send the details below to whoever supports Organiser for you.":
        "يُرجى إرسال التفاصيل أدناه إلى من يتولى دعم Organiser لديك.",
    "&Copy details": "&نسخ التفاصيل", "Copied": "نُسخت",
    # main window: reload, background reads
    "&Reload": "&تحديث", "Reloading…": "جارٍ التحديث…",
    "Cannot read the database": "تعذّرت قراءة قاعدة البيانات",
    # a save refused because someone else changed the record (ui/conflict.py)
    "Show their change; what you typed stays in the form":
        "عرض تعديلهم؛ ويبقى ما كتبته في النموذج",
    "Your change was not saved. Reload shows their change and keeps what you typed.":
        "لم يُحفظ تعديلك. إعادة التحميل تعرض تعديلهم وتحتفظ بما كتبته.",
    "Reloaded: their change is in the form and so is yours. Check, then save.":
        "أُعيد التحميل: تعديلهم وتعديلك كلاهما في النموذج. راجِع ثم احفظ.",
    "Reloaded: they changed the same fields as you. The form shows their text; yours is "
    "kept below. Check, then save.":
        "أُعيد التحميل: عدّلوا الحقول نفسها التي عدّلتها. يعرض النموذج نصهم، ونصك محفوظ "
        "أدناه. راجِع ثم احفظ.",
    "{field}, your text:": "{field}، نصك:",
    "Use mine": "استخدام نصي",
    "Put your text back in the form": "إعادة نصك إلى النموذج",
    "Your change was not saved. The screen now shows theirs; make your change again if it "
    "still applies.":
        "لم يُحفظ تعديلك. تعرض الشاشة الآن تعديلهم؛ أعِد تعديلك إن كان لا يزال لازمًا.",
    # counter-proposals and removed invitees' cancellations (dialogs/counter_proposals.py)
    "Proposals…": "المقترحات…", "Proposals ({count})…": "المقترحات ({count})…",
    "Invitees' proposals of another time": "مقترحات المدعوين لموعد آخر",
    "Remove and mail the cancellation…": "إزالة وإرسال الإلغاء…",
    "Remove only": "إزالة فقط",
    "Proposals of another time": "مقترحات لموعد آخر",
    "Accept (move the event)": "قبول (نقل الفعالية)", "Decline…": "رفض…",
    "Accepting moves the event to the proposed time: everyone is asked again with the update. "
    "Declining sends the proposer a DECLINECOUNTER; the event stays as it is.":
        "القبول ينقل الفعالية إلى الموعد المقترح ويُطلب الرد من الجميع مجددًا مع التحديث. "
        "الرفض يرسل إلى صاحب الاقتراح DECLINECOUNTER وتبقى الفعالية كما هي.",
    "{start} to {end} ({zone})": "من {start} إلى {end} ({zone})",
    "no time given": "لم يُحدَّد موعد",
    "Accept the proposal": "قبول الاقتراح",
    "Move the event to the time {name} proposed? Every answer is asked again.":
        "نقل الفعالية إلى الموعد الذي اقترحه {name}؟ سيُطلب كل رد من جديد.",
    "The event moved (SEQUENCE {sequence}); {count} answer(s) were reset. Send the update: "
    "Mail invitations.":
        "نُقلت الفعالية (SEQUENCE {sequence})؛ أُعيد تعيين {count} من الردود. أرسل التحديث: "
        "إرسال الدعوات.",
    "Decline the proposal": "رفض الاقتراح",
    "A word for {name} (optional):": "كلمة إلى {name} (اختياري):",
    "How should the DECLINECOUNTER reach {name}?": "كيف يصل DECLINECOUNTER إلى {name}؟",
    "Put the message in the outbox": "وضع الرسالة في صندوق الصادر",
    "Save the .ics file…": "حفظ ملف ‎.ics…",
    "Save the DECLINECOUNTER": "حفظ DECLINECOUNTER",
    "Event saved.": "حُفظت الفعالية.",
    "Event saved: SEQUENCE {sequence}, {count} answer(s) reset to needs action. Send the "
    "update: Mail invitations.":
        "حُفظت الفعالية: SEQUENCE {sequence}، وأُعيد {count} من الردود إلى انتظار الرد. أرسل "
        "التحديث: إرسال الدعوات بالبريد.",
    "Event saved: SEQUENCE {sequence}. Send the update: Mail invitations.":
        "حُفظت الفعالية: SEQUENCE {sequence}. أرسل التحديث: إرسال الدعوات بالبريد.",
    "Cancel and mail the cancellations…": "إلغاء وإرسال رسائل الإلغاء…",
    "Cancel the event only": "إلغاء الفعالية فقط",
    "Keep the event": "الإبقاء على الفعالية",
    "CounterStatus|open": "مفتوح", "CounterStatus|accepted": "مقبول",
    "CounterStatus|declined": "مرفوض", "CounterStatus|outdated": "متجاوَز",
}
