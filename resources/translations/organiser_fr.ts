<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AddInviteesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="1" />
        <source>already invited</source>
        <translation>déjà invité</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46" />
        <source>Add people to the event</source>
        <translation>Ajouter des personnes à la réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46" />
        <source>Find people to invite</source>
        <translation>Chercher des personnes à inviter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46" />
        <source>People, organisations and tags</source>
        <translation>Personnes, organisations et étiquettes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46" />
        <source>Tick those to invite (Space); an organisation or a tag invites all its people.</source>
        <translation>Cochez ceux à inviter (Espace) ; une organisation ou une étiquette invite toutes ses personnes.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="50" />
        <source>Name, address, organisation or tag…</source>
        <translation>Nom, adresse, organisation ou groupe…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="68" />
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="72" />
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="59" />
        <source>Agenda — {title}</source>
        <translation>Ordre du jour — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="59" />
        <source>The items in order, with start times; Ctrl+N adds one, Delete deletes, Ctrl+↑ and Ctrl+↓ move the chosen item.</source>
        <translation>Les points dans l’ordre, avec leur heure de début ; Ctrl+N en ajoute un, Suppr supprime, Ctrl+↑ et Ctrl+↓ déplacent le point choisi.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="103" />
        <source>(no second time zone)</source>
        <translation>(pas de second fuseau horaire)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="122" />
        <source>Add item (Ctrl+N)</source>
        <translation>Ajouter un point (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="123" />
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="124" />
        <source>Up (Ctrl+↑)</source>
        <translation>Monter (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="125" />
        <source>Down (Ctrl+↓)</source>
        <translation>Descendre (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="126" />
        <source>Copy from event…</source>
        <translation>Copier d’une réunion…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="127" />
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="128" />
        <source>Apply template…</source>
        <translation>Appliquer un modèle…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="148" />
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="150" />
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="170" />
        <source>Times in {zone}; also show</source>
        <translation>Heures en {zone} ; afficher aussi</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="223" />
        <source>Day {day}: {start}–{end}</source>
        <translation>Jour {day} : {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="228" />
        <source>runs {minutes} min past its end ({end})</source>
        <translation>dépasse de {minutes} min sa fin ({end})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="231" />
        <source>No items yet: Ctrl+N adds one.</source>
        <translation>Aucun point pour l’instant : Ctrl+N en ajoute un.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="300" />
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="350" />
        <source>Start of day {day}</source>
        <translation>Début du jour {day}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="373" />
        <source>Edit {title}</source>
        <translation>Modifier {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="399" />
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="400" />
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="413" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="414" />
        <source>{title} has minutes. Delete it anyway?</source>
        <translation>{title} a un compte rendu. Le supprimer quand même ?</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="417" />
        <source>Delete {title}</source>
        <translation>Supprimer {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="438" />
        <source>Move {title}</source>
        <translation>Déplacer {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="467" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="468" />
        <source>No other event has an agenda yet.</source>
        <translation>Aucune autre réunion n’a encore d’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="470" />
        <source>{name} ({count} items)</source>
        <translation>{name} ({count} points)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="472" />
        <source>Copy an agenda</source>
        <translation>Copier un ordre du jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="472" />
        <source>From:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="484" />
        <source>Replace the current items? (No adds the copied items after them)</source>
        <translation>Remplacer les points actuels ? (Non ajoute les points copiés à leur suite)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="490" />
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="491" />
        <source>Name of the template:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="495" />
        <source>Saved the template {name}.</source>
        <translation>Modèle {name} enregistré.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="502" />
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="503" />
        <source>No template yet: save one first.</source>
        <translation>Aucun modèle pour l’instant : enregistrez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="507" />
        <source>Apply a template</source>
        <translation>Appliquer un modèle</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="507" />
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="65" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="82" />
        <source>Day &amp;starts at</source>
        <translation>Début de la j&amp;ournée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="96" />
        <source>Save item</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="103" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="104" />
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="105" />
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="106" />
        <source>Da&amp;y</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="108" />
        <source>&amp;Presenter</source>
        <translation>&amp;Intervenant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="109" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="145" />
        <source>Open actions from earlier events:</source>
        <translation>Actions ouvertes des réunions précédentes :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="161" />
        <source>day 1 starts with the event</source>
        <translation>le jour 1 commence avec la réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="162" />
        <source>day {day}; its items follow</source>
        <translation>jour {day} ; ses points suivent</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="32" />
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="33" />
        <source>presentation</source>
        <translation>présentation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="34" />
        <source>discussion</source>
        <translation>discussion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="35" />
        <source>brainstorm</source>
        <translation>remue-méninges</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="36" />
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="37" />
        <source>review of actions</source>
        <translation>suivi des actions</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="32" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="32" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="33" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="33" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="34" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="34" />
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="35" />
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="36" />
        <source>Attendee time</source>
        <translation>Heure des participants</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="62" />
        <source>Time in {zone}</source>
        <translation>Heure en {zone}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="79" />
        <source>({count} open actions)</source>
        <translation>({count} actions ouvertes)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="92" />
        <source>({days} day)</source>
        <translation>({days} jour)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="98" />
        <source>This item ends after the day's end</source>
        <translation>Ce point finit après la fin de la journée</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="26" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="27" />
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="28" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="29" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="38" />
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="39" />
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="40" />
        <source>left early</source>
        <translation>parti plus tôt</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="41" />
        <source>apologies</source>
        <translation>excusé</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="42" />
        <source>absent</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../organiser/ui/background.py" line="92" />
        <source>Cannot read the database</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="62" />
        <location filename="../../organiser/ui/live/board_columns.py" line="175" />
        <source>{count} votes</source>
        <translation>{count} voix</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="64" />
        <source>1 vote</source>
        <translation>1 voix</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="64" />
        <source>The theme's ideas as cards; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation>Les idées du thème en cartes ; 1–9 ou + donnent des points à l’idée choisie, 0 ou − les retirent, Ctrl+M la déplace vers un thème.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="53" />
        <source>Not in a theme yet</source>
        <translation>Pas encore dans un thème</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="68" />
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="68" />
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="69" />
        <source>Line</source>
        <translation>Axe</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="69" />
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="70" />
        <source>Dots of voter</source>
        <translation>Gommettes du votant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="142" />
        <location filename="../../organiser/ui/live/board.py" line="157" />
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="1" />
        <source>Voting is closed: reopen it to give or take back dots.</source>
        <translation>Le vote est clos : rouvrez-le pour donner ou reprendre des gommettes.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="1" />
        <source>{total} votes per person: {voter} has used them all; take one back first (0 or −).</source>
        <translation>{total} votes par personne : {voter} les a toutes utilisées ; reprenez-en une d’abord (0 ou −).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216" />
        <source>Type an idea and press Enter (one per line when pasting several); ↓ to its card</source>
        <translation>Tapez une idée puis Entrée (une par ligne pour en coller plusieurs) ; ↓ vers sa carte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216" />
        <source>Themes and their ideas; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation>Les thèmes et leurs idées ; 1–9 ou + donnent des points à l’idée choisie, 0 ou − les retirent, Ctrl+M la déplace vers un thème.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216" />
        <source>The ideas with the most dots first, once totals are shown.</source>
        <translation>Les idées qui ont le plus de points d’abord, une fois les totaux affichés.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="228" />
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="272" />
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="273" />
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="274" />
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="334" />
        <source>→ Decision (Ctrl+D)</source>
        <translation>→ Décision (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="336" />
        <source>→ Next step (Ctrl+T)</source>
        <translation>→ Prochaine étape (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="284" />
        <source>Hide totals until voting closes</source>
        <translation>Masquer les totaux jusqu’à la clôture du vote</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="262" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="264" />
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="275" />
        <source>Move to theme… (Ctrl+M)</source>
        <translation>Vers un thème… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="277" />
        <source>Out of theme (Ctrl+U)</source>
        <translation>Hors thème (Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="286" />
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="302" />
        <location filename="../../organiser/ui/live/board.py" line="657" />
        <source>Close voting</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="308" />
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="315" />
        <source>Votes per person</source>
        <translation>Votes par personne</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="317" />
        <source>Voter</source>
        <translation>Votant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="320" />
        <source>Select an idea: 1–9 or + give dots, 0 or − take them back; type a name (Enter) to change voter.</source>
        <translation>Choisissez une idée : 1–9 ou + donnent des gommettes, 0 ou − les reprennent ; tapez un nom (Entrée) pour changer de votant.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="325" />
        <source>+ dot</source>
        <translation>+ gommette</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="326" />
        <source>− dot</source>
        <translation>− gommette</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="329" />
        <source>Ranking (when totals are shown):</source>
        <translation>Classement (quand les totaux sont affichés) :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="365" />
        <source>(no author)</source>
        <translation>(sans auteur)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="366" />
        <source>(choose a voter)</source>
        <translation>(choisissez un votant)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="380" />
        <source>(no line of action)</source>
        <translation>(sans axe d’action)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="423" />
        <location filename="../../organiser/ui/live/board.py" line="657" />
        <source>Reopen voting</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="424" />
        <source>Close voting and show totals</source>
        <translation>Clore le vote et afficher les totaux</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="427" />
        <source>{voter}: {used} of {total} dots used</source>
        <translation>{voter} : {used} gommettes utilisées sur {total}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="437" />
        <source>Themes:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="468" />
        <source>No theme yet: make one with New theme…</source>
        <translation>Pas encore de thème : créez-en un avec Nouveau thème…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="470" />
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="496" />
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="518" />
        <source>Move idea</source>
        <translation>Déplacer l’idée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="519" />
        <source>Move ideas</source>
        <translation>Déplacer les idées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="525" />
        <source>Select one or more ideas first.</source>
        <translation>Choisissez d’abord une ou plusieurs idées.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="527" />
        <source>Move to theme</source>
        <translation>Placer dans un thème</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="545" />
        <source>New theme {title}</source>
        <translation>Nouveau thème {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="551" />
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="552" />
        <source>Title of the theme:</source>
        <translation>Titre du thème :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="561" />
        <source>Select a theme first.</source>
        <translation>Choisissez d’abord un thème.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="564" />
        <location filename="../../organiser/ui/live/board.py" line="579" />
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="564" />
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="587" />
        <source>Select the theme to merge into another first.</source>
        <translation>Choisissez d’abord le thème à fusionner dans un autre.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="589" />
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="602" />
        <source>Merge themes</source>
        <translation>Fusionner les thèmes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="619" />
        <source>Voting rules</source>
        <translation>Règles du vote</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="627" />
        <source>Choose the voter first: type their name.</source>
        <translation>Choisissez d’abord qui vote : tapez son nom.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="761" />
        <source>Nobody named “{name}” can vote here.</source>
        <translation>Personne du nom de « {name} » ne vote ici.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="632" />
        <source>Select one idea.</source>
        <translation>Choisissez une idée.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="643" />
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="643" />
        <source>Take back a vote</source>
        <translation>Reprendre un vote</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="675" />
        <source>Select one idea or a theme to promote.</source>
        <translation>Choisissez une idée ou un thème à transformer.</translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation>Idées par thème</translation>
    </message>
    <message>
        <source>Reopen v&amp;oting</source>
        <translation>Rouvrir &amp;le vote</translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation>Clore le v&amp;ote et afficher les totaux</translation>
    </message>
    <message>
        <source>Change the voter: type the name, then Enter</source>
        <translation>Changer de votant : taper le nom, puis Entrée</translation>
    </message>
    <message>
        <source>From the idea field to the cards</source>
        <translation>Du champ de l’idée aux cartes</translation>
    </message>
    <message>
        <source>Give the voter that many dots</source>
        <translation>Donner ce nombre de gommettes au votant</translation>
    </message>
    <message>
        <source>Move the card to the next or previous theme</source>
        <translation>Déplacer la carte vers le thème suivant ou précédent</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>Déplacer vers un thème…</translation>
    </message>
    <message>
        <source>One dot more, one dot less</source>
        <translation>Une gommette de plus, une de moins</translation>
    </message>
    <message>
        <source>Out of theme</source>
        <translation>Hors du thème</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>letters of a name</source>
        <translation>lettres d’un nom</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="91" />
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="92" />
        <source>New next step</source>
        <translation>Nouvelle prochaine étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="96" />
        <source>type a few letters of a person or organisation</source>
        <translation>tapez quelques lettres d’une personne ou d’une organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="101" />
        <source>(no line of action)</source>
        <translation>(sans axe d’action)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="110" />
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="112" />
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="113" />
        <source>&amp;Due date</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="117" />
        <source>&amp;Line of action</source>
        <translation>&amp;Axe d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="134" />
        <source>Type the text first.</source>
        <translation>Tapez d’abord le texte.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="39" />
        <source>Type part of a name, organisation or e-mail · Enter present · F6 late · F7 left early · F8 apologies · F4 not here · ↑↓ choose · Ctrl+N walk-in</source>
        <translation>Tapez une partie d’un nom, d’une organisation ou d’un courriel · Entrée présent · F6 en retard · F7 parti plus tôt · F8 excusé · F4 pas là · ↑↓ choisir · Ctrl+N non inscrit</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="48" />
        <source>{status} (walk-in)</source>
        <translation>{status} (non inscrit)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="56" />
        <source>not invited</source>
        <translation>non invité</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="131" />
        <source>Find a person…</source>
        <translation>Trouver une personne…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="198" />
        <source>Nobody matches; Ctrl+N adds a walk-in.</source>
        <translation>Personne ne correspond ; Ctrl+N ajoute un participant non inscrit.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="203" />
        <source>Type part of a name first (or choose with ↑↓).</source>
        <translation>Tapez d’abord une partie du nom (ou choisissez avec ↑↓).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="206" />
        <source>not here</source>
        <translation>pas là</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="210" />
        <source>(had replied: {reply})</source>
        <translation>(avait répondu : {reply})</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>Trouver une personne à accueillir</translation>
    </message>
    <message>
        <source>Invited people and their attendance</source>
        <translation>Personnes invitées et leur présence</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="1" />
        <source>Loading the list of people…</source>
        <translation>Chargement de la liste des personnes…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="1" />
        <source>Still loading the list of people: one moment.</source>
        <translation>La liste des personnes se charge encore : un instant.</translation>
    </message>
    <message>
        <source>Choose another match</source>
        <translation>Choisir une autre personne trouvée</translation>
    </message>
    <message>
        <source>Mark apologies</source>
        <translation>Marquer excusé</translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation>Marquer en retard</translation>
    </message>
    <message>
        <source>Mark left early</source>
        <translation>Marquer parti tôt</translation>
    </message>
    <message>
        <source>Mark not here</source>
        <translation>Marquer absent de la salle</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marquer présent</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="46" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="47" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="48" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="49" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="50" />
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="51" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="52" />
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="53" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="54" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="55" />
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="56" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="57" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="58" />
        <source>Tags</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="59" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="60" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="61" />
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="62" />
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="63" />
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="31" />
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="31" />
        <source>Merge into it</source>
        <translation>À fusionner</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="32" />
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="67" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="68" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="69" />
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="70" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="71" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="72" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="73" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="74" />
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="75" />
        <source>Local start</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="76" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="77" />
        <source>Replied</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="78" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="54" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="54" />
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="55" />
        <source>Expected</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="56" />
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="56" />
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="66" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="66" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="67" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="67" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="68" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="68" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="69" />
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="38" />
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="38" />
        <source>Server's answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="39" />
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="39" />
        <source>Taken at</source>
        <translation>Pris à</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="39" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="40" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="85" />
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="86" />
        <source>Check how the file was read and which column holds what.</source>
        <translation>Vérifiez comment le fichier a été lu et ce que contient chaque colonne.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="97" />
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="104" />
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="107" />
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="109" />
        <source>&amp;Delimiter:</source>
        <translation>Sépa&amp;rateur :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="148" />
        <source>header on line {line}</source>
        <translation>en-tête à la ligne {line}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="149" />
        <source>no header row</source>
        <translation>sans ligne d’en-tête</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="150" />
        <source>Read as {encoding}, {delimiter}-separated, {header}, {rows} rows.</source>
        <translation>Lu en {encoding}, séparateur : {delimiter}, {header}, {rows} lignes.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="154" />
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="155" />
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="156" />
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="168" />
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="40" />
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="43" />
        <source>Show their change; what you typed stays in the form</source>
        <translation>Afficher leur modification ; ce que vous avez saisi reste dans le formulaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="61" />
        <source>Your change was not saved. Reload shows their change and keeps what you typed.</source>
        <translation>Votre modification n’a pas été enregistrée. Recharger affiche la leur et garde ce que vous avez saisi.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="72" />
        <source>Reloaded: their change is in the form and so is yours. Check, then save.</source>
        <translation>Rechargé : leur modification et la vôtre sont dans le formulaire. Vérifiez, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="75" />
        <source>Reloaded: they changed the same fields as you. The form shows their text; yours is kept below. Check, then save.</source>
        <translation>Rechargé : ils ont modifié les mêmes champs que vous. Le formulaire montre leur texte ; le vôtre est conservé ci-dessous. Vérifiez, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="78" />
        <source>{field}, your text:</source>
        <translation>{field}, votre texte :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="83" />
        <source>Use mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="85" />
        <source>Put your text back in the form</source>
        <translation>Remettre votre texte dans le formulaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="123" />
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="124" />
        <source>Your change was not saved. The screen now shows theirs; make your change again if it still applies.</source>
        <translation>Votre modification n’a pas été enregistrée. L’écran affiche maintenant la leur ; refaites la vôtre si elle vaut toujours.</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="38" />
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="39" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="40" />
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="41" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="42" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="43" />
        <source>Latin name</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="44" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="45" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="46" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="47" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="48" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="49" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="50" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="51" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="52" />
        <source>Tags</source>
        <translation>Groupes</translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49" />
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49" />
        <source>The people matching the search, the tag and the organisation; Enter edits the chosen person, Delete deletes.</source>
        <translation>Les personnes qui répondent à la recherche, à l’étiquette et à l’organisation ; Entrée modifie la personne choisie, Suppr la supprime.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49" />
        <source>Choosing an organisation lists only its people; double-click to edit it.</source>
        <translation>Choisir une organisation n’affiche que ses membres ; double-clic pour la modifier.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="50" />
        <source>invitations</source>
        <translation>invitations</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="51" />
        <source>attendance records</source>
        <translation>relevés de présence</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="52" />
        <source>next steps</source>
        <translation>prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="53" />
        <source>agenda items presented</source>
        <translation>points de l’ordre du jour présentés</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="54" />
        <source>ideas</source>
        <translation>idées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="55" />
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="56" />
        <source>delegations</source>
        <translation>délégations</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="72" />
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="88" />
        <source>Search name, organisation, e-mail, country… (accents and case ignored)</source>
        <translation>Chercher : nom, organisation, courriel, pays… (accents et casse ignorés)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="94" />
        <location filename="../../organiser/ui/areas/contacts.py" line="260" />
        <source>All tags</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="128" />
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="130" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="132" />
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="134" />
        <source>&amp;Tag…</source>
        <translation>&amp;Grouper…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="136" />
        <source>New &amp;organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="137" />
        <source>Edit o&amp;rganisation…</source>
        <translation>Modifier l’o&amp;rganisation…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="139" />
        <source>Delete organisation</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="142" />
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="143" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="144" />
        <source>Find d&amp;uplicates…</source>
        <translation>Trouver les &amp;doublons…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="149" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="167" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="208" />
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="211" />
        <source>E&amp;xport contacts…</source>
        <translation>Exporter les &amp;contacts…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="246" />
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="301" />
        <source>{total} people</source>
        <translation>{total} personnes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="302" />
        <source>{shown} of {total} people shown</source>
        <translation>{shown} personnes affichées sur {total}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="398" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="411" />
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="413" />
        <source>Delete {who}?</source>
        <translation>Supprimer {who} ?</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="416" />
        <source>They have {detail}.</source>
        <translation>Ces personnes ont {detail}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="417" />
        <source>This person has {detail}.</source>
        <translation>Cette personne a {detail}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="418" />
        <source>Their invitations, attendance and votes are deleted with them; next steps they own and talks they gave keep their name.</source>
        <translation>Leurs invitations, présences et votes sont supprimés avec elles ; les prochaines étapes dont elles sont responsables et leurs interventions gardent leur nom.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="421" />
        <location filename="../../organiser/ui/areas/contacts.py" line="479" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="429" />
        <source>Deleted {who}.</source>
        <translation>{who} supprimé(e).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="439" />
        <source>Tag</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="440" />
        <source>Tag for {count} selected people (choose or type a new one):</source>
        <translation>Groupe pour les {count} personnes choisies (choisissez-en un ou tapez-en un nouveau) :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="445" />
        <source>Tagged {count} people {tag}.</source>
        <translation>{count} personnes ajoutées au groupe {tag}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="473" />
        <source>Delete the organisation {name}?</source>
        <translation>Supprimer l’organisation {name} ?</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="476" />
        <source>{links} refer to it. The people stay, without an organisation; next steps keep its name.</source>
        <translation>{links} y font référence. Les personnes restent, sans organisation ; les prochaines étapes gardent son nom.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="516" />
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="517" />
        <source>Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers de contacts (*.csv *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="527" />
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="528" />
        <source>CSV for Excel (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>CSV pour Excel (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="546" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="548" />
        <source>Exported {count} people to {file}.</source>
        <translation>{count} personnes exportées dans {file}.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Chercher dans les contacts</translation>
    </message>
</context>
<context>
    <name>CounterProposalsDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="35" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="120" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="176" />
        <source>Proposals of another time</source>
        <translation>Propositions d’un autre horaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="35" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="120" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="176" />
        <source>Other times proposed by invitees; choose one to accept or decline it.</source>
        <translation>D’autres horaires proposés par des invités ; choisissez-en un pour l’accepter ou le refuser.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="44" />
        <source>Accept (move the event)</source>
        <translation>Accepter (déplacer la réunion)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="46" />
        <source>Decline…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="73" />
        <source>Accepting moves the event to the proposed time: everyone is asked again with the update. Declining sends the proposer a DECLINECOUNTER; the event stays as it is.</source>
        <translation>Accepter déplace la réunion à l’horaire proposé : chacun est sollicité à nouveau avec la mise à jour. Refuser envoie un DECLINECOUNTER à l’auteur ; la réunion reste inchangée.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="86" />
        <source>{start} to {end} ({zone})</source>
        <translation>{start} à {end} ({zone})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="89" />
        <source>no time given</source>
        <translation>aucun horaire indiqué</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="112" />
        <source>Accept the proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="113" />
        <source>Move the event to the time {name} proposed? Every answer is asked again.</source>
        <translation>Déplacer la réunion à l’horaire proposé par {name} ? Toutes les réponses sont redemandées.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="124" />
        <source>The event moved (SEQUENCE {sequence}); {count} answer(s) were reset. Send the update: Mail invitations.</source>
        <translation>La réunion a été déplacée (SEQUENCE {sequence}) ; {count} réponse(s) remise(s) à zéro. Envoyez la mise à jour : Envoyer les invitations.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="139" />
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="147" />
        <source>Decline the proposal</source>
        <translation>Refuser la proposition</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="140" />
        <source>A word for {name} (optional):</source>
        <translation>Un mot pour {name} (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="148" />
        <source>How should the DECLINECOUNTER reach {name}?</source>
        <translation>Comment le DECLINECOUNTER doit-il parvenir à {name} ?</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="150" />
        <source>Put the message in the outbox</source>
        <translation>Mettre le message dans la boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="152" />
        <source>Save the .ics file…</source>
        <translation>Enregistrer le fichier .ics…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="162" />
        <source>Save the DECLINECOUNTER</source>
        <translation>Enregistrer le DECLINECOUNTER</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="163" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
</context>
<context>
    <name>CounterStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="49" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="50" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="51" />
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="52" />
        <source>outdated</source>
        <translation>dépassée</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../organiser/ui/crash.py" line="59" />
        <source>{name}: unexpected error</source>
        <translation>{name} : erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="59" />
        <source>Details of the error</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="62" />
        <source>It was also written to {path}.</source>
        <translation>Ils sont aussi écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="65" />
        <source>Something went wrong that Organiser did not expect.</source>
        <translation>Un problème qu’Organiser n’avait pas prévu s’est produit.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="66" />
        <source>Your data is as it was before the action that failed: nothing was half saved. You can go on working, or restart Organiser to be safe.</source>
        <translation>Vos données sont telles qu’avant l’action qui a échoué : rien n’a été enregistré à moitié. Vous pouvez continuer, ou redémarrer Organiser par prudence.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="69" />
        <source>Please send the details below to whoever supports Organiser for you.</source>
        <translation>Merci d’envoyer les détails ci-dessous à la personne qui assure votre assistance pour Organiser.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="80" />
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="89" />
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DatabaseLocationEditor</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="88" />
        <source>the default file in your data folder</source>
        <translation>le fichier par défaut de votre dossier de données</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="90" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="96" />
        <source>A shared PostgreSQL database works too: postgresql+psycopg://user@host/organiser. --db and ORGANISER_DB take precedence; the change applies at the next start.</source>
        <translation>Une base PostgreSQL partagée convient aussi : postgresql+psycopg://utilisateur@serveur/organiser. --db et ORGANISER_DB ont la priorité ; le changement s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="113" />
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="114" />
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>Base de données Organiser (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="51" />
        <source>2027-03-31 (optional)</source>
        <translation>2027-03-31 (facultatif)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="53" />
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
</context>
<context>
    <name>Delimiter</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="53" />
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="54" />
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="55" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="56" />
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="30" />
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="31" />
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="32" />
        <source>Attendance</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="33" />
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="34" />
        <source>Apologies</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="35" />
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="36" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="37" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="38" />
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="39" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="40" />
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="41" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="42" />
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="43" />
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="44" />
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="45" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="46" />
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="47" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="48" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="49" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="50" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="51" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="52" />
        <source>Brainstorming</source>
        <translation>Remue-méninges</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="53" />
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="54" />
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="55" />
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="56" />
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="57" />
        <source>Lines of action</source>
        <translation>Axes d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="58" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="59" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="60" />
        <source>Programme report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="61" />
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="62" />
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="63" />
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="64" />
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="65" />
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="66" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="67" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="68" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="69" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="70" />
        <source>Total (computed from the lines)</source>
        <translation>Total (calculé à partir des lignes)</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="71" />
        <source>Totals as stated</source>
        <translation>Totaux indiqués</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="72" />
        <source>Disagrees with the lines</source>
        <translation>Ne correspond pas aux lignes</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="73" />
        <source>Agrees</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="74" />
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="75" />
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="76" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="77" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="78" />
        <source>Next steps: {count} to follow up</source>
        <translation>Prochaines étapes : {count} à suivre</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="80" />
        <source>Next steps: {count} to follow up, {overdue} overdue</source>
        <translation>Prochaines étapes : {count} à suivre, dont {overdue} en retard</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="81" />
        <source>Dear {name},</source>
        <translation>Bonjour {name},</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="82" />
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="84" />
        <source>Here is where the next steps agreed in our meetings stand, with their due dates:</source>
        <translation>Voici où en sont les prochaines étapes convenues lors de nos réunions, avec leurs échéances :</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="87" />
        <source>Your next steps</source>
        <translation>Vos prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="88" />
        <source>Next steps of {name}</source>
        <translation>Prochaines étapes de {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="89" />
        <source>overdue since {date} ({days} days)</source>
        <translation>en retard depuis le {date} ({days} jours)</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="90" />
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="91" />
        <source>due today ({date})</source>
        <translation>échéance aujourd'hui ({date})</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="92" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="93" />
        <source>agreed at: {event}</source>
        <translation>convenue lors de : {event}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="95" />
        <source>If a step is done, late or no longer needed, a short reply to this message is enough: I will update it.</source>
        <translation>Si une étape est terminée, retardée ou n'est plus nécessaire, une courte réponse à ce message suffit : je la mettrai à jour.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="98" />
        <source>Best regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="105" />
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="106" />
        <source>Dot-vote sheet</source>
        <translation>Feuille de vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="107" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="108" />
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="111" />
        <source>Also in</source>
        <translation>Aussi en</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="112" />
        <source>Day {day} — {date}</source>
        <translation>Jour {day} — {date}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="40" />
        <source>chair</source>
        <translation>présidence</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="114" />
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="115" />
        <source>left early</source>
        <translation>parti tôt</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="116" />
        <source>walk-in</source>
        <translation>sans invitation</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="117" />
        <source>No organisation</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="120" />
        <source>{present} present, {apologies} sent apologies, {absent} absent.</source>
        <translation>{present} présents, {apologies} excusés, {absent} absents.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="121" />
        <source>Walk-ins: {count}.</source>
        <translation>Sans invitation : {count}.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="122" />
        <source>No attendance was recorded.</source>
        <translation>Aucune présence n’a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="123" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="127" />
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="128" />
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="131" />
        <source>No discussion was recorded.</source>
        <translation>Aucune discussion n’a été consignée.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="132" />
        <source>No decisions were recorded.</source>
        <translation>Aucune décision n’a été consignée.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="133" />
        <source>Under: {item}</source>
        <translation>Au point : {item}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="134" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="137" />
        <source>Theme and ideas (ranked by votes)</source>
        <translation>Thème et idées (classés par votes)</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="138" />
        <source>No brainstorming took place.</source>
        <translation>Aucun remue-méninges n’a eu lieu.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="139" />
        <source>No next steps were recorded.</source>
        <translation>Aucune prochaine étape n’a été consignée.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="140" />
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="141" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="142" />
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="143" />
        <source>Draft for review: these minutes have not been approved yet.</source>
        <translation>Brouillon à relire : ce compte rendu n’a pas encore été approuvé.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="144" />
        <source>First issue</source>
        <translation>Première version</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="145" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="146" />
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="147" />
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="148" />
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="151" />
        <source>Draft of version {next}: it replaces version {count} once approved.</source>
        <translation>Brouillon de la version {next} : il remplace la version {count} une fois approuvé.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="152" />
        <source>Approved by {name} on {date} (version {number})</source>
        <translation>Approuvé par {name} le {date} (version {number})</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="153" />
        <source>Draft of version {number}, not yet approved</source>
        <translation>Brouillon de la version {number}, pas encore approuvé</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="154" />
        <source>Draft, not yet approved</source>
        <translation>Brouillon, pas encore approuvé</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="158" />
        <source>Brainstorming outcome</source>
        <translation>Résultat du remue-méninges</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="160" />
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="161" />
        <source>The agenda has not been set yet.</source>
        <translation>L’ordre du jour n’est pas encore fixé.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="162" />
        <source>Times are in {zone} ({offset}).</source>
        <translation>Heures en {zone} ({offset}).</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="163" />
        <source>Times are in {zone} ({offset}) and {other}.</source>
        <translation>Heures en {zone} ({offset}) et {other}.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="165" />
        <source>Please sign next to your name. If you are not listed, write your name, organisation and e-mail in a blank row at the end.</source>
        <translation>Merci de signer en face de votre nom. Si vous n’êtes pas sur la liste, inscrivez votre nom, votre organisation et votre courriel sur une ligne vide à la fin.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="168" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="169" />
        <source>Organisation / e-mail (walk-ins)</source>
        <translation>Organisation / courriel (sans invitation)</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="170" />
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="172" />
        <source>Each participant has {count} dots. Tick one box for each dot you give an idea; you may give one idea several dots.</source>
        <translation>Chaque participant dispose de {count} gommettes. Cochez une case par gommette donnée à une idée ; une même idée peut recevoir plusieurs gommettes.</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="175" />
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="176" />
        <source>Dots: tick one box for each</source>
        <translation>Gommettes : une case cochée par gommette</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="177" />
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="178" />
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="40" />
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="40" />
        <source>Pairs of people who may be the same person, and why; merging keeps the one in the Keep column (Swap keeps the other).</source>
        <translation>Des paires de personnes qui pourraient être la même, et pourquoi ; la fusion garde celle de la colonne Garder (Inverser garde l’autre).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="51" />
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="54" />
        <source>&amp;Swap (keep the other)</source>
        <translation>&amp;Inverser (garder l’autre)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="76" />
        <source>{count} likely duplicates</source>
        <translation>{count} doublons probables</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="77" />
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="105" />
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="117" />
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="106" />
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is then deleted.</source>
        <translation>Fusionner {other} (n° {other_id}) dans {keep} (n° {keep_id}) ? Le n° {other_id} est ensuite supprimé.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Merged #{other_id} into #{keep_id}.</source>
        <translation>#{other_id} fusionné dans #{keep_id}.</translation>
    </message>
    <message>
        <source>Merging moves invitations, attendance, next steps, addresses and tags to the person kept, then deletes the other. Where the two differ, choose the value to keep.</source>
        <translation>La fusion transfère invitations, présences, prochaines étapes, adresses et groupes à la personne gardée, puis supprime l’autre. Là où les deux diffèrent, choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>Moved: {what}.</source>
        <translation>Transféré : {what}.</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="57" />
        <source>New event</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="57" />
        <source>Edit event</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="111" />
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="111" />
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="112" />
        <source>&amp;Starts</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="112" />
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="113" />
        <source>Time &amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="114" />
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="115" />
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="116" />
        <source>&amp;Online link</source>
        <translation>Lien en li&amp;gne</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="117" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="125" />
        <source>Documents in</source>
        <translation>Documents en</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="118" />
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="157" />
        <source>Calendar version (SEQUENCE) {sequence}: changing the time, place or status sends an update; the title or description alone do not.</source>
        <translation>Version d’agenda (SEQUENCE) {sequence} : changer l’heure, le lieu ou le statut envoie une mise à jour ; le titre ou la description seuls, non.</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="15" />
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="16" />
        <source>information sharing</source>
        <translation>partage d’informations</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="17" />
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="18" />
        <source>network meeting</source>
        <translation>réunion du réseau</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="19" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="20" />
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="21" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="22" />
        <source>held</source>
        <translation>tenue</translation>
    </message>
</context>
<context>
    <name>EventsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="44" />
        <source>Documents (PDF)</source>
        <translation>Documents (PDF)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="44" />
        <source>One row per event; the chosen event's invitations are listed below. Ctrl+E edits it.</source>
        <translation>Une ligne par réunion ; les invitations de la réunion choisie sont listées dessous. Ctrl+E la modifie.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="45" />
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="118" />
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="135" />
        <source>{count} events</source>
        <translation>{count} réunions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="255" />
        <source>&amp;New event…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="263" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="265" />
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="268" />
        <source>&amp;Cancel event…</source>
        <translation>&amp;Annuler la réunion…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="270" />
        <source>Calendar &amp;file…</source>
        <translation>&amp;Fichier d’agenda…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="276" />
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="288" />
        <source>Event created; add people below.</source>
        <translation>Réunion créée ; ajoutez des personnes ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="304" />
        <source>Event saved.</source>
        <translation>Réunion enregistrée.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="306" />
        <source>Event saved: SEQUENCE {sequence}, {count} answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation>Réunion enregistrée : SEQUENCE {sequence}, {count} réponse(s) remise(s) en attente. Envoyez la mise à jour : Envoyer les invitations.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="309" />
        <source>Event saved: SEQUENCE {sequence}. Send the update: Mail invitations.</source>
        <translation>Réunion enregistrée : SEQUENCE {sequence}. Envoyez la mise à jour : Envoyer les invitations.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="326" />
        <source>Copy made as a draft, with the same invitees; edit its dates.</source>
        <translation>Copie créée en brouillon, avec les mêmes invités ; modifiez ses dates.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="334" />
        <source>Cancel this event? Every invitee then needs the cancellation (the event's calendar file becomes a CANCEL).</source>
        <translation>Annuler cette réunion ? Chaque invité doit alors recevoir l’annulation (le fichier d’agenda de la réunion devient un CANCEL).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="337" />
        <source>Cancel the event</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="340" />
        <source>Cancel and mail the cancellations…</source>
        <translation>Annuler et envoyer les annulations…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="343" />
        <source>Cancel the event only</source>
        <translation>Annuler la réunion seulement</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="346" />
        <source>Keep the event</source>
        <translation>Garder la réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="381" />
        <source>Save the calendar file</source>
        <translation>Enregistrer le fichier d’agenda</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="382" />
        <location filename="../../organiser/ui/areas/events.py" line="438" />
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="385" />
        <source>Calendar file written to {path}</source>
        <translation>Fichier d’agenda enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="390" />
        <source>Import calendar &amp;replies…</source>
        <translation>Importer les &amp;réponses d’agenda…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="394" />
        <source>Export programme &amp;calendar (.ics)…</source>
        <translation>Exporter l’&amp;agenda du programme (.ics)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="424" />
        <source>Import calendar replies</source>
        <translation>Importer les réponses d’agenda</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="425" />
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <translation>Réponses d’agenda (*.ics *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="437" />
        <source>Export the programme calendar</source>
        <translation>Exporter l’agenda du programme</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="442" />
        <source>Programme calendar written to {path}</source>
        <translation>Agenda du programme enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="472" />
        <source>Calendar replies</source>
        <translation>Réponses d’agenda</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="473" />
        <source>{applied} of {total} replies applied.</source>
        <translation>{applied} réponses appliquées sur {total}.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="485" />
        <source>{applied} of {total} calendar replies applied</source>
        <translation>{applied} réponses d’agenda appliquées sur {total}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../organiser/ui/file_dialogs.py" line="125" />
        <source>{path} is the database Organiser has open: choose another file.</source>
        <translation>{path} est la base de données ouverte dans Organiser : choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="70" />
        <source>imported {people} people</source>
        <translation>{people} personnes importées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="72" />
        <source>would import {people} people</source>
        <translation>importerait {people} personnes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="73" />
        <source>, {organisations} organisations; {duplicates} duplicates skipped; {warnings} warnings</source>
        <translation>, {organisations} organisations ; {duplicates} doublons ignorés ; {warnings} avertissements</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="78" />
        <source>; {count} rows with errors left out</source>
        <translation> ; {count} lignes en erreur laissées de côté</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="273" />
        <source>Import contacts from {file}</source>
        <translation>Importer des contacts depuis {file}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="340" />
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="130" />
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="263" />
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="130" />
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="263" />
        <source>The people invited to the chosen event, their role and their reply.</source>
        <translation>Les personnes invitées à la réunion choisie, leur rôle et leur réponse.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="137" />
        <source>Add people…</source>
        <translation>Ajouter des personnes…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="140" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="143" />
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="147" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="151" />
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="211" />
        <source>Proposals…</source>
        <translation>Propositions…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="152" />
        <source>Invitees' proposals of another time</source>
        <translation>Propositions d’un autre horaire par les invités</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="194" />
        <source>Select an event to see its invitations.</source>
        <translation>Choisissez une réunion pour voir ses invitations.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="210" />
        <source>Proposals ({count})…</source>
        <translation>Propositions ({count})…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="218" />
        <source>{count} {value}</source>
        <translation>{value} : {count}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="222" />
        <source>{total} invited — {replies} — {roles}</source>
        <translation>{total} invités — {replies} — {roles}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="223" />
        <source>no replies</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="224" />
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="324" />
        <source>Remove invitees</source>
        <translation>Retirer des invités</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="325" />
        <source>Remove {names} from the event? Each needs the cancellation (a CANCEL calendar) so that the meeting leaves their calendar.</source>
        <translation>Retirer {names} de la réunion ? Chacun doit recevoir l’annulation (un agenda CANCEL) pour que la réunion disparaisse de son agenda.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="330" />
        <source>Remove and mail the cancellation…</source>
        <translation>Retirer et envoyer l’annulation…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="332" />
        <source>Remove only</source>
        <translation>Retirer seulement</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="1" />
        <source>Loading the invitations…</source>
        <translation>Chargement des invitations…</translation>
    </message>
</context>
<context>
    <name>InvitationsTable</name>
    <message>
        <location filename="../../organiser/ui/models/invitations.py" line="30" />
        <source>delegated by {name}</source>
        <translation>délégué par {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/models/invitations.py" line="38" />
        <source>{zone} (the invitee's own clock)</source>
        <translation>{zone} (l’heure de l’invité)</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <location filename="../../organiser/ui/live/__init__.py" line="42" />
        <source>&amp;Agenda…</source>
        <translation>&amp;Ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/__init__.py" line="44" />
        <source>&amp;Live mode…</source>
        <translation>Mode &amp;séance…</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48" />
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48" />
        <source>Captured with Ctrl+D (decision) and Ctrl+T (next step) while the item runs.</source>
        <translation>Saisies avec Ctrl+D (décision) et Ctrl+T (prochaine étape) pendant le point.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48" />
        <source>The day's items with planned and expected times; the item under way is marked running. F9 starts the next item.</source>
        <translation>Les points de la journée avec l’heure prévue et l’heure attendue ; le point en cours est marqué en cours. F9 passe au point suivant.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="50" />
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="109" />
        <source>Live — {title}</source>
        <translation>En séance — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="140" />
        <source>Next item (F9)</source>
        <translation>Point suivant (F9)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="178" />
        <source>Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next step (from the current line or selection) · Alt+↑/↓ previous/next item</source>
        <translation>Compte rendu de ce point, enregistré pendant la saisie. Ctrl+D décision · Ctrl+T prochaine étape (depuis la ligne ou la sélection) · Alt+↑/↓ point précédent/suivant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="202" />
        <source>Decisions and next steps of the event:</source>
        <translation>Décisions et prochaines étapes de la réunion :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="216" />
        <source>Check-in (Ctrl+1)</source>
        <translation>Accueil (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="216" />
        <source>&amp;Check-in</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="217" />
        <source>Agenda and minutes (Ctrl+2)</source>
        <translation>Ordre du jour et compte rendu (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="217" />
        <source>&amp;Agenda and minutes</source>
        <translation>Ordre du jour et &amp;compte rendu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="218" />
        <source>Brainstorm board (Ctrl+3)</source>
        <translation>Tableau des idées (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="218" />
        <source>B&amp;rainstorm board</source>
        <translation>Tableau des &amp;idées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="233" />
        <source>The minutes are approved: read-only.</source>
        <translation>Le compte rendu est approuvé : lecture seule.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="249" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="251" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="260" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="263" />
        <source>&amp;Live</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="269" />
        <location filename="../../organiser/ui/live/window.py" line="599" />
        <source>Next agenda item</source>
        <translation>Point suivant de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="269" />
        <location filename="../../organiser/ui/live/window.py" line="599" />
        <source>&amp;Next agenda item</source>
        <translation>Point &amp;suivant de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="271" />
        <source>Pre&amp;vious item's minutes</source>
        <translation>Compte rendu du point p&amp;récédent</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="273" />
        <source>Ne&amp;xt item's minutes</source>
        <translation>Compte rendu du point s&amp;uivant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="276" />
        <source>New &amp;decision…</source>
        <translation>Nouvelle &amp;décision…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="278" />
        <source>New next &amp;step…</source>
        <translation>Nouvelle prochaine é&amp;tape…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="280" />
        <source>&amp;Walk-in…</source>
        <translation>&amp;Participant non inscrit…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="283" />
        <source>&amp;Projector view (room screen)</source>
        <translation>&amp;Vue projecteur (écran de la salle)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="286" />
        <source>Projector shows agenda / &amp;board</source>
        <translation>Le projecteur montre l’ordre du jour / le ta&amp;bleau</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="298" />
        <source>Redone: {what}</source>
        <translation>Rétabli : {what}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="298" />
        <source>Undone: {what}</source>
        <translation>Annulé : {what}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="398" />
        <source>{present} present of {invited} invited</source>
        <translation>{present} présents sur {invited} invités</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="401" />
        <source>(+{count} walk-in)</source>
        <translation>(+{count} non inscrit)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="402" />
        <source>(+{count} walk-ins)</source>
        <translation>(+{count} non inscrits)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="408" />
        <source>Decision: {text}</source>
        <translation>Décision : {text}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="411" />
        <source>Next step: {text}</source>
        <translation>Prochaine étape : {text}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="425" />
        <source>No agenda yet.</source>
        <translation>Pas encore d’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="429" />
        <source>{title} — day {day}, {time}, {minutes} min</source>
        <translation>{title} — jour {day}, {time}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="436" />
        <source>Real time: {start}–{end}</source>
        <translation>Horaire réel : {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="441" />
        <source>Open actions from earlier events:</source>
        <translation>Actions ouvertes des réunions précédentes :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="486" />
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="498" />
        <source>Typing…</source>
        <translation>Saisie…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="536" />
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="545" />
        <location filename="../../organiser/ui/live/window.py" line="551" />
        <source>not here</source>
        <translation>pas là</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="550" />
        <source>Undone: {name} is {status} again</source>
        <translation>Annulé : {name} est de nouveau {status}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="557" />
        <source>Check-in: {status}</source>
        <translation>Accueil : {status}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="577" />
        <source>Walk-in {name}</source>
        <translation>Non inscrit : {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="579" />
        <source>{name}: present (walk-in)</source>
        <translation>{name} : présent (non inscrit)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="621" />
        <source>Next: {title}</source>
        <translation>Suivant : {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="622" />
        <source>All items done</source>
        <translation>Tous les points sont traités</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="630" />
        <source>{time} left — {title}</source>
        <translation>reste {time} — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="636" />
        <source>over-run {time} — {title}</source>
        <translation>dépassement de {time} — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="666" />
        <source>The minutes are approved: nothing can be added.</source>
        <translation>Le compte rendu est approuvé : rien ne peut être ajouté.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="702" />
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="703" />
        <source>New next step</source>
        <translation>Nouvelle prochaine étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="723" />
        <source>Live mode</source>
        <translation>Mode séance</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Decisions and next steps of the current item</source>
        <translation>Décisions et prochaines étapes du point en cours</translation>
    </message>
    <message>
        <source>Minutes of the current item</source>
        <translation>Compte rendu du point en cours</translation>
    </message>
    <message>
        <source>{minutes} min left — {title}</source>
        <translation>reste {minutes} min — {title}</translation>
    </message>
    <message>
        <source>over-run {minutes} min — {title}</source>
        <translation>dépassement de {minutes} min — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1" />
        <source>Loading the agenda…</source>
        <translation>Chargement de l’ordre du jour…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1" />
        <source>… and {count} more (Next steps area)</source>
        <translation>… et {count} de plus (zone Prochaines étapes)</translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation>Clore le v&amp;ote et afficher les totaux</translation>
    </message>
    <message>
        <source>C&amp;lose live mode</source>
        <translation>&amp;Fermer le mode séance</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="265" />
        <source>From: {value}</source>
        <translation>De : {value}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="267" />
        <source>To: {value}</source>
        <translation>À : {value}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="269" />
        <source>Subject: {value}</source>
        <translation>Objet : {value}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="277" />
        <source>Attached: {names}</source>
        <translation>Pièces jointes : {names}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="293" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="296" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="302" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="337" />
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="297" />
        <source>No message to prepare.</source>
        <translation>Aucun message à préparer.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="303" />
        <source>{count} message(s) prepared.</source>
        <translation>{count} message(s) préparé(s).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="305" />
        <source>{count} left out:</source>
        <translation>{count} laissé(s) de côté :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="309" />
        <source>Show Details… to read the first message before it goes.</source>
        <translation>« Afficher les détails… » montre le premier message avant l’envoi.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="311" />
        <source>Save as .eml files…</source>
        <translation>Enregistrer en fichiers .eml…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="313" />
        <source>Put in the outbox</source>
        <translation>Mettre dans la boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="322" />
        <source>Save the messages in</source>
        <translation>Enregistrer les messages dans</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="327" />
        <source>{count} message(s) saved in {folder}</source>
        <translation>{count} message(s) enregistré(s) dans {folder}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="333" />
        <source>{count} message(s) queued; send them from File → Outbox</source>
        <translation>{count} message(s) en attente ; envoyez-les depuis Fichier → Boîte d’envoi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="66" />
        <location filename="../../organiser/ui/main_window.py" line="213" />
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="66" />
        <location filename="../../organiser/ui/main_window.py" line="213" />
        <source>Choose an area to show it; Ctrl+1 to Ctrl+4 from anywhere in the window.</source>
        <translation>Choisissez un espace pour l’afficher ; Ctrl+1 à Ctrl+4 depuis toute la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="108" />
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="113" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="120" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Events</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Next steps</source>
        <translation>&amp;Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129" />
        <source>&amp;Programme</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="145" />
        <source>&amp;About {name}</source>
        <translation>À &amp;propos de {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="212" />
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="234" />
        <source>Reloading…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="290" />
        <location filename="../../organiser/ui/startup.py" line="179" />
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="291" />
        <location filename="../../organiser/ui/startup.py" line="181" />
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>Base de données Organiser (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="302" />
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="334" />
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="335" />
        <source>{path}: not a file Organiser reads</source>
        <translation>{path} : Organiser ne lit pas ce fichier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="351" />
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="353" />
        <source>&lt;p&gt;Plan, run and follow up consultations and brainstorming workshops, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Préparer, animer et suivre consultations et ateliers de réflexion, hors ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="34" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="35" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="36" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="37" />
        <source>&amp;Event</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="38" />
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="39" />
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="40" />
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="41" />
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/app.py" line="186" />
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="42" />
        <source>Eve&amp;nt</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="47" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="48" />
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
</context>
<context>
    <name>NextStepStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="43" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="44" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="45" />
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="46" />
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
</context>
<context>
    <name>NextStepsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52" />
        <source>Open and in progress</source>
        <translation>Ouvertes et en cours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52" />
        <source>The decisions of every event matching the search, newest first.</source>
        <translation>Les décisions de toutes les réunions qui répondent à la recherche, les plus récentes d’abord.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52" />
        <source>Each change of the chosen next step: when, who and what changed.</source>
        <translation>Chaque modification de la prochaine étape choisie : quand, par qui et quoi.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52" />
        <source>One row per next step; Enter or F2 on the owner, due date or status edits it.</source>
        <translation>Une ligne par prochaine étape ; Entrée ou F2 sur le responsable, l’échéance ou le statut le modifie.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="53" />
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="54" />
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="55" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="56" />
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="57" />
        <source>Dropped</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="60" />
        <source>Any due date</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="61" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="62" />
        <source>Due in the next 7 days</source>
        <translation>Échéance dans les 7 jours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="63" />
        <source>Due in the next 30 days</source>
        <translation>Échéance dans les 30 jours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="64" />
        <source>Due this month or earlier</source>
        <translation>Échéance ce mois-ci ou avant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="168" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="171" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="169" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="193" />
        <source>Owner: a person or an organisation (its own steps and its people's)</source>
        <translation>Responsable : une personne ou une organisation (ses propres étapes et celles de ses membres)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="194" />
        <source>Event that agreed the step</source>
        <translation>Réunion qui a décidé l’étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="195" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="308" />
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="196" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="199" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="204" />
        <source>Search what, who, event…</source>
        <translation>Chercher quoi, qui, réunion…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="249" />
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;faite</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="250" />
        <source>In &amp;progress</source>
        <translation>En &amp;cours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="251" />
        <source>D&amp;rop</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="252" />
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="264" />
        <source>Remind &amp;owners…</source>
        <translation>&amp;Relancer les responsables…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="267" />
        <source>One message per owner with their open and overdue steps</source>
        <translation>Un message par responsable avec ses étapes ouvertes et en retard</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="278" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="463" />
        <source>Select a next step to see its history.</source>
        <translation>Choisissez une prochaine étape pour voir son historique.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="305" />
        <source>Search decisions across the programme…</source>
        <translation>Chercher dans les décisions du programme…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="307" />
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="355" />
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="361" />
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="345" />
        <source>{name} (organisation)</source>
        <translation>{name} (organisation)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="364" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="366" />
        <source>All events</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="365" />
        <location filename="../../organiser/ui/areas/nextsteps.py" line="367" />
        <source>All lines of action</source>
        <translation>Tous les axes d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="431" />
        <source>{shown} of {total} next steps</source>
        <translation>{shown} prochaines étapes sur {total}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="434" />
        <source>{count} overdue</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="469" />
        <source>&lt;b&gt;History&lt;/b&gt; of “{text}” — {owner}</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt; de « {text} » — {owner}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="495" />
        <source>Cannot change the status</source>
        <translation>Impossible de changer le statut</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="500" />
        <source>“{text}” is now {status}</source>
        <translation>« {text} » est maintenant : {status}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="529" />
        <source>{count} decision</source>
        <translation>{count} décision</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="529" />
        <source>{count} decisions</source>
        <translation>{count} décisions</translation>
    </message>
    <message>
        <source>History of the selected next step</source>
        <translation>Historique de la prochaine étape choisie</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Chercher dans les décisions</translation>
    </message>
    <message>
        <source>Search next steps</source>
        <translation>Chercher dans les prochaines étapes</translation>
    </message>
    <message>
        <source>No person or organisation is called “{name}”.</source>
        <translation>Aucune personne ni organisation ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Type a name; empty: no owner</source>
        <translation>Tapez un nom ; vide : aucun responsable</translation>
    </message>
    <message>
        <source>Type the date as {example}; Up and Down move it by a day; empty means no due date</source>
        <translation>Tapez la date comme {example} ; Haut et Bas la déplacent d’un jour ; vide : pas d’échéance</translation>
    </message>
    <message>
        <source>{example}; empty: no due date</source>
        <translation>{example} ; vide : pas d’échéance</translation>
    </message>
    <message>
        <source>“{name}” matches several people or organisations: pick one from the list.</source>
        <translation>« {name} » correspond à plusieurs personnes ou organisations : choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>“{text}” changed</source>
        <translation>« {text} » modifiée</translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {example}, or leave it empty for no due date.</source>
        <translation>« {text} » n’est pas une date ; tapez-la comme {example}, ou laissez vide pour aucune échéance.</translation>
    </message>
</context>
<context>
    <name>NextStepsTable</name>
    <message>
        <location filename="../../organiser/ui/models/nextsteps_table.py" line="226" />
        <source>Overdue by {days} day</source>
        <translation>En retard de {days} jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/models/nextsteps_table.py" line="228" />
        <source>Overdue by {days} days</source>
        <translation>En retard de {days} jours</translation>
    </message>
    <message>
        <source>{date}, overdue</source>
        <translation>{date}, en retard</translation>
    </message>
</context>
<context>
    <name>OnlineActions</name>
    <message>
        <location filename="../../organiser/ui/online.py" line="87" />
        <source>&amp;Fetch replies from the mailbox</source>
        <translation>Re&amp;lever les réponses dans la boîte aux lettres</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="91" />
        <source>&amp;Publish the calendar (CalDAV)</source>
        <translation>&amp;Publier le calendrier (CalDAV)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="154" />
        <source>{what} password</source>
        <translation>Mot de passe {what}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="155" />
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation>Mot de passe de {account}
(gardé dans le trousseau du système, jamais dans un fichier) :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="175" />
        <source>Fetching replies…</source>
        <translation>Relève des réponses…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="175" />
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="195" />
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="210" />
        <source>Not set up yet</source>
        <translation>Pas encore configuré</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="242" />
        <source>Replies not fetched</source>
        <translation>Réponses non relevées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="243" />
        <source>{reason}
Nothing was changed; fetch again when the server can be reached.</source>
        <translation>{reason}
Rien n’a été modifié ; relevez à nouveau quand le serveur sera joignable.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="247" />
        <source>Replies fetched</source>
        <translation>Réponses relevées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="272" />
        <source>Calendar not published</source>
        <translation>Calendrier non publié</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="273" />
        <source>{reason}
Nothing was changed; publish again when the server can be reached.</source>
        <translation>{reason}
Rien n’a été modifié ; publiez à nouveau quand le serveur sera joignable.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="276" />
        <source>Calendar published</source>
        <translation>Calendrier publié</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="280" />
        <source>Overwrite their changes</source>
        <translation>Écraser leurs modifications</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="122" />
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="123" />
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="124" />
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="125" />
        <source>&amp;Choose another file…</source>
        <translation>&amp;Choisir un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="126" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="159" />
        <source>Only one Organiser at a time works on a database, so that no change is lost. Read-only, you can look things up while the other one keeps working.</source>
        <translation>Un seul Organiser à la fois travaille sur une base de données, pour qu’aucune modification ne se perde. En lecture seule, vous pouvez consulter pendant que l’autre continue.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="162" />
        <source>A newer version of Organiser wrote this database. Update Organiser to work on it; the file was not changed.</source>
        <translation>Une version plus récente d’Organiser a écrit cette base de données. Mettez Organiser à jour pour y travailler ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="165" />
        <source>The file or its folder cannot be written (a read-only drive or share). You can look at it read-only, or copy it somewhere writable.</source>
        <translation>Le fichier ou son dossier n’est pas modifiable (disque ou partage en lecture seule). Vous pouvez le consulter en lecture seule, ou le copier dans un endroit modifiable.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="168" />
        <source>The file is damaged or is not an Organiser database. It was not changed. Restore the last good backup (the damaged file is kept aside).</source>
        <translation>Le fichier est endommagé ou n’est pas une base Organiser. Il n’a pas été modifié. Restaurez la dernière bonne sauvegarde (le fichier endommagé est mis de côté).</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="171" />
        <source>Another program is writing to the database. Wait a moment and try again.</source>
        <translation>Un autre programme écrit dans la base de données. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="174" />
        <source>The file or its folder is not there. If it is on a USB stick or a network drive, connect it and try again.</source>
        <translation>Le fichier ou son dossier est introuvable. S’il est sur une clé USB ou un lecteur réseau, branchez-le et réessayez.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="177" />
        <source>The database could not be opened. It was not changed.</source>
        <translation>La base de données n’a pas pu être ouverte. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="188" />
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="53" />
        <source>government agency</source>
        <translation>organisme public</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="54" />
        <source>parliament</source>
        <translation>parlement</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="55" />
        <source>cso</source>
        <translation>organisation de la société civile</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="56" />
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="57" />
        <source>contractors association</source>
        <translation>association d’entrepreneurs</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="58" />
        <source>training institute</source>
        <translation>institut de formation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="59" />
        <source>international partner</source>
        <translation>partenaire international</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="60" />
        <source>bank unit</source>
        <translation>unité de la Banque</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="61" />
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="321" />
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="322" />
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="324" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="325" />
        <source>&amp;Acronym</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="330" />
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="331" />
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="335" />
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="93" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="213" />
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="93" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="213" />
        <source>Each message waiting, sent or failed, with its tries and the server's answer.</source>
        <translation>Chaque message en attente, envoyé ou en échec, avec ses tentatives et la réponse du serveur.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="110" />
        <source>&amp;Send queued</source>
        <translation>&amp;Envoyer la file</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="111" />
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="113" />
        <source>Send &amp;again…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="115" />
        <source>&amp;Discard selected</source>
        <translation>&amp;Jeter la sélection</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="117" />
        <source>SMTP &amp;password…</source>
        <translation>Mot de &amp;passe SMTP…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="145" />
        <source>{queued} queued, {sent} sent, {failed} failed</source>
        <translation>{queued} en attente, {sent} envoyés, {failed} en échec</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="151" />
        <source>{count} may have been sent already (sending stopped midway): they are not sent again unless you choose Send again.</source>
        <translation>{count} peut-être déjà envoyé(s) (l’envoi s’est arrêté en cours de route) : ils ne sont renvoyés que si vous choisissez Renvoyer.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="177" />
        <source>Sending {done} of {total}…</source>
        <translation>Envoi {done} sur {total}…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="182" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="204" />
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="196" />
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="197" />
        <source>{count} message(s) may have reached their recipients already: sending stopped midway, so nobody knows. Send them again? Someone who got the first one receives the same message (same Message-ID) a second time.</source>
        <translation>{count} message(s) sont peut-être déjà arrivés : l’envoi s’est arrêté en cours de route, on ne peut pas le savoir. Les renvoyer ? Un destinataire qui a reçu le premier recevra le même message (même Message-ID) une seconde fois.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="212" />
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="217" />
        <source>The messages stay queued; send again when the connection is back.</source>
        <translation>Les messages restent en attente ; renvoyez-les quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="244" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="247" />
        <location filename="../../organiser/ui/dialogs/outbox.py" line="256" />
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="248" />
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation>Mot de passe de {account}
(gardé dans le trousseau du système, jamais dans un fichier) :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="258" />
        <source>Password of {account} stored in the system keyring.</source>
        <translation>Mot de passe de {account} enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Messages dans la boîte d’envoi</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="40" />
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="40" />
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="41" />
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="41" />
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="42" />
        <source>may have been sent</source>
        <translation>peut-être déjà envoyé</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="31" />
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="32" />
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="33" />
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="34" />
        <source>Dot-vote sheet</source>
        <translation>Feuille de vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="36" />
        <source>&amp;Minutes PDF…</source>
        <translation>&amp;Compte rendu (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="37" />
        <source>Agenda &amp;PDF…</source>
        <translation>Ordre du jour (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="38" />
        <source>&amp;Sign-in sheet PDF…</source>
        <translation>Feuille d’&amp;émargement (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="39" />
        <source>Dot-&amp;vote sheet PDF…</source>
        <translation>Feuille de &amp;vote (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="99" />
        <source>{document} — preview</source>
        <translation>{document} — aperçu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="124" />
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="161" />
        <source>No second time zone</source>
        <translation>Pas de second fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="129" />
        <source>Also show times in:</source>
        <translation>Afficher aussi les heures en :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="131" />
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="135" />
        <source>Start a &amp;new version</source>
        <translation>Commencer une &amp;nouvelle version</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="150" />
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="174" />
        <source>Cannot make the document</source>
        <translation>Impossible de produire le document</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="192" />
        <source>{count} page</source>
        <translation>{count} page</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="193" />
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="208" />
        <source>Approved (version {number}) by {name} on {date}</source>
        <translation>Approuvé (version {number}) par {name} le {date}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="212" />
        <source>Draft of version {number}</source>
        <translation>Brouillon de la version {number}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="213" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="225" />
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="226" />
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="239" />
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="244" />
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="256" />
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="263" />
        <source>Approve the minutes</source>
        <translation>Approuver le compte rendu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="257" />
        <source>Approved by (the name printed on the minutes):</source>
        <translation>Approuvé par (le nom imprimé sur le compte rendu) :</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="264" />
        <source>What changed since version {number}?</source>
        <translation>Qu’est-ce qui a changé depuis la version {number} ?</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="271" />
        <source>Cannot approve</source>
        <translation>Impossible d’approuver</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="219" />
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="221" />
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="223" />
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="224" />
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="225" />
        <source>Full name (if &amp;different)</source>
        <translation>Nom complet (s’il &amp;diffère)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="227" />
        <source>How the name is written in full when not just given + family name</source>
        <translation>Comment le nom s’écrit en entier quand ce n’est pas simplement prénom + nom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="228" />
        <source>&amp;Latin transliteration</source>
        <translation>Translittération &amp;latine</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="230" />
        <source>Family name first, e.g. 'Shevchenko Olena'; used for sorting and search</source>
        <translation>Nom de famille d’abord, par ex. « Shevchenko Olena » ; sert au tri et à la recherche</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="236" />
        <source>one address per line; the first is used for invitations</source>
        <translation>une adresse par ligne ; la première sert aux invitations</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="237" />
        <source>&amp;E-mail addresses</source>
        <translation>Adresses &amp;électroniques</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="247" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="248" />
        <source>Choose one, or type a new name to create it</source>
        <translation>Choisissez-en une, ou tapez un nouveau nom pour la créer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="249" />
        <source>&amp;Job title</source>
        <translation>Fon&amp;ction</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="250" />
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="253" />
        <source>type part of a city: Paris, Dakar, Tokyo…</source>
        <translation>tapez une partie d’une ville : Paris, Dakar, Tokyo…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="254" />
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="255" />
        <source>IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo</source>
        <translation>Nom IANA, par ex. Europe/Paris, Africa/Dakar, Asia/Tokyo</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="256" />
        <source>Lang&amp;uage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="257" />
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="260" />
        <source>T&amp;ags</source>
        <translation>Gro&amp;upes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="261" />
        <source>Groups to invite together, separated by commas</source>
        <translation>Groupes à inviter ensemble, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="265" />
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (en général port 993)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (en général port 143)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>None: this computer's own server only</source>
        <translation>Aucune : seulement un serveur sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>Move to the Organiser folders</source>
        <translation>Les déplacer dans les dossiers Organiser</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>Leave them where they are, flagged</source>
        <translation>Les laisser en place, marqués</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="39" />
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="40" />
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (en général port 465)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="41" />
        <source>None: not encrypted (port 25)</source>
        <translation>Aucune : non chiffré (port 25)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="122" />
        <location filename="../../organiser/ui/dialogs/preferences.py" line="269" />
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="126" />
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="127" />
        <source>{problem}
Defaults are shown instead.</source>
        <translation>{problem}
Les valeurs par défaut sont affichées à la place.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="162" />
        <source>The new language applies at the next start.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="190" />
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="194" />
        <source>The change applies at the next start.</source>
        <translation>Le changement s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="247" />
        <source>“{address}” is not an e-mail address (name@organisation.org)</source>
        <translation>« {address} » n’est pas une adresse électronique (nom@organisation.org)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="252" />
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city)</source>
        <translation>« {zone} » n’est pas un fuseau horaire : choisissez-en un dans la liste (tapez une partie d’une ville)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="270" />
        <source>Cannot save the settings: {error}</source>
        <translation>Impossible d’enregistrer les réglages : {error}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194" />
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194" />
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194" />
        <source>What importing does with each row: new, update, duplicate, warning or error, with the line number.</source>
        <translation>Ce que l’import fait de chaque ligne : nouvelle, mise à jour, doublon, avertissement ou erreur, avec le numéro de ligne.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="196" />
        <source>Nothing has been written yet. Import adds every row below, or none.</source>
        <translation>Rien n’est encore enregistré. L’importation ajoute toutes les lignes ci-dessous, ou aucune.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="198" />
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="214" />
        <source>Import the other rows and leave out the rows with &amp;errors</source>
        <translation>Importer les autres lignes et laisser de côté celles qui ont des &amp;erreurs</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="233" />
        <source>new</source>
        <translation>nouvelles</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="233" />
        <source>updates</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="234" />
        <source>duplicates</source>
        <translation>doublons</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="234" />
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="235" />
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="237" />
        <source>{count} rows: </source>
        <translation>{count} lignes : </translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="240" />
        <source>{count} rows have errors: fix the file and import it again, or leave those rows out.</source>
        <translation>{count} lignes ont des erreurs : corrigez le fichier et importez-le de nouveau, ou laissez ces lignes de côté.</translation>
    </message>
</context>
<context>
    <name>ProgrammeArea</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="231" />
        <location filename="../../organiser/ui/areas/programme.py" line="531" />
        <source>Programme report (PDF)…</source>
        <translation>Rapport du programme (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="231" />
        <location filename="../../organiser/ui/areas/programme.py" line="531" />
        <source>&amp;Programme report (PDF)…</source>
        <translation>&amp;Rapport du programme (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="234" />
        <location filename="../../organiser/ui/areas/programme.py" line="533" />
        <source>Next steps (CSV)…</source>
        <translation>Prochaines étapes (CSV)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="234" />
        <location filename="../../organiser/ui/areas/programme.py" line="533" />
        <source>&amp;Next steps (CSV)…</source>
        <translation>&amp;Prochaines étapes (CSV)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="262" />
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="263" />
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="264" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="265" />
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="266" />
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="267" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="268" />
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="274" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="275" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="276" />
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="277" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="278" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="280" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="289" />
        <source>Mark next step done</source>
        <translation>Marquer l’étape comme faite</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>Lines of action</source>
        <translation>Axes d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>The totals the budget states, beside the computed ones: a difference is marked.</source>
        <translation>Les totaux indiqués par le budget, à côté des totaux calculés : un écart est signalé.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>The budget lines added up per category.</source>
        <translation>Les lignes du budget additionnées par catégorie.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>Each budget line: category, description, period and amount.</source>
        <translation>Chaque ligne du budget : catégorie, description, période et montant.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>What the chosen line of action holds, from every event; a next step shows its owner, due date and status.</source>
        <translation>Ce que contient l’axe d’action choisi, de toutes les réunions ; une prochaine étape montre son responsable, son échéance et son statut.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296" />
        <source>Each line of action with its ideas, decisions and next steps done, open and overdue; choosing one lists them below.</source>
        <translation>Chaque axe d’action avec ses idées, décisions et prochaines étapes faites, ouvertes et en retard ; en choisir un les liste dessous.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="302" />
        <location filename="../../organiser/ui/areas/programme.py" line="310" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="303" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="304" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="305" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="311" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="312" />
        <source>Total (computed)</source>
        <translation>Total (calculé)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="326" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="358" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="362" />
        <source>no next steps</source>
        <translation>aucune étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="363" />
        <source>{percent} done ({done} of {total})</source>
        <translation>{percent} fait ({done} sur {total})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="368" />
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="368" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="369" />
        <location filename="../../organiser/ui/areas/programme.py" line="464" />
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="374" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="374" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="375" />
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="375" />
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="377" />
        <source>{status}, overdue</source>
        <translation>{status}, en retard</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="380" />
        <source>Staff weeks</source>
        <translation>Semaines de personnel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="380" />
        <source>Staff travel</source>
        <translation>Déplacements du personnel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="381" />
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="382" />
        <source>Consultations/workshop</source>
        <translation>Consultations/atelier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="383" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="422" />
        <source>Total computed from the lines: {total}</source>
        <translation>Total calculé à partir des lignes : {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../organiser/ui/areas/programme.py" line="427" />
        <source>%n stated total(s) disagree with the budget lines.</source>
        <translation>
            <numerusform>%n total indiqué ne correspond pas aux lignes du budget.</numerusform>
            <numerusform>%n totaux indiqués ne correspondent pas aux lignes du budget.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="453" />
        <source>Select a next step first</source>
        <translation>Choisissez d’abord une prochaine étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="466" />
        <source>Next step marked done</source>
        <translation>Étape marquée comme faite</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="474" />
        <source>Save the programme report</source>
        <translation>Enregistrer le rapport du programme</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="475" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="489" />
        <source>Programme report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="491" />
        <source>Report written to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="499" />
        <source>Export the next steps</source>
        <translation>Exporter les prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="500" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="514" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="516" />
        <source>Next steps written to {path}</source>
        <translation>Prochaines étapes enregistrées dans {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="523" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="551" />
        <source>agrees</source>
        <translation>correspond</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="552" />
        <source>disagrees with the lines</source>
        <translation>ne correspond pas aux lignes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="554" />
        <source>Stated total</source>
        <translation>Total indiqué</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="555" />
        <source>Stated</source>
        <translation>Indiqué</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="557" />
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="559" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="561" />
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>Ideas, decisions and next steps of the line</source>
        <translation>Idées, décisions et prochaines étapes de l’axe</translation>
    </message>
    <message>
        <source>Stated totals</source>
        <translation>Totaux annoncés</translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation>Totaux par catégorie</translation>
    </message>
    <message>
        <source>Change owner or due date…</source>
        <translation>Changer le responsable ou l’échéance…</translation>
    </message>
    <message>
        <source>Opens the next step in the Next steps area, its owner ready to change (Enter on the row does the same)</source>
        <translation>Ouvre la prochaine étape dans l’espace Prochaines étapes, son responsable prêt à changer (Entrée sur la ligne fait de même)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="52" />
        <source>Projector — {title}</source>
        <translation>Projecteur — {title}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="145" />
        <source>left</source>
        <translation>restantes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="145" />
        <source>over time</source>
        <translation>de dépassement</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="150" />
        <source>Starting soon</source>
        <translation>Nous commençons bientôt</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="151" />
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="158" />
        <source>Next: {title} ({time})</source>
        <translation>Ensuite : {title} ({time})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="169" />
        <source>Voting closed: totals shown.</source>
        <translation>Vote clos : totaux affichés.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="170" />
        <source>Voting open: totals are shown when it closes.</source>
        <translation>Vote ouvert : les totaux s’affichent à la clôture.</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="33" />
        <source>Remind owners of their next steps</source>
        <translation>Relancer les responsables de leurs prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="35" />
        <source>One message per person with the steps they own that are overdue or due soon, in their language. A step reminded today is not reminded again today.</source>
        <translation>Un message par personne avec les étapes dont elle est responsable, en retard ou bientôt dues, dans sa langue. Une étape relancée aujourd’hui ne l’est pas une seconde fois aujourd’hui.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="42" />
        <source> days ahead</source>
        <translation> jours à l’avance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="43" />
        <source>Save as drafts (.eml) in a folder</source>
        <translation>Enregistrer comme brouillons (.eml) dans un dossier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="45" />
        <source>Put them in the outbox</source>
        <translation>Les mettre dans la boîte d’envoi</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="50" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="55" />
        <source>Also steps already reminded today</source>
        <translation>Aussi les étapes déjà relancées aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="62" />
        <source>Steps due within</source>
        <translation>Étapes dues dans</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="65" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="68" />
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="87" />
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="98" />
        <source>Choose a folder for the drafts first.</source>
        <translation>Choisissez d’abord un dossier pour les brouillons.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="103" />
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="111" />
        <source>Saved in {folder}: open each draft, check it and send it.</source>
        <translation>Enregistrés dans {folder} : ouvrez chaque brouillon, vérifiez-le et envoyez-le.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="114" />
        <source>In the outbox: send them from File → Outbox.</source>
        <translation>Dans la boîte d’envoi : envoyez-les depuis Fichier → Boîte d’envoi.</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="27" />
        <source>needs action</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="28" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="29" />
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="30" />
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="31" />
        <source>delegated</source>
        <translation>déléguée</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29" />
        <source>{size} KiB</source>
        <translation>{size} Kio</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29" />
        <source>The automatic backups, newest first; Enter or double-click restores the chosen one.</source>
        <translation>Les sauvegardes automatiques, les plus récentes d’abord ; Entrée ou double-clic restaure celle choisie.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="51" />
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="56" />
        <source>Restoring puts the chosen copy in place of &lt;b&gt;{name}&lt;/b&gt;. The current file is not deleted: it is kept beside it as &lt;i&gt;{kept}&lt;/i&gt;.</source>
        <translation>La restauration met la copie choisie à la place de &lt;b&gt;{name}&lt;/b&gt;. Le fichier actuel n’est pas supprimé : il est gardé à côté sous le nom &lt;i&gt;{kept}&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="73" />
        <source>There is no automatic backup of this database yet.</source>
        <translation>Il n’y a pas encore de sauvegarde automatique de cette base de données.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="79" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="83" />
        <source>Choose a &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="105" />
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="106" />
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>Base de données Organiser (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="23" />
        <source>chair</source>
        <translation>présidence</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="24" />
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="25" />
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="26" />
        <source>observer</source>
        <translation>observateur</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="46" />
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="47" />
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="48" />
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="49" />
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="50" />
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="51" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="52" />
        <source>Your e-mail address</source>
        <translation>Votre adresse électronique</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="53" />
        <source>Default time zone</source>
        <translation>Fuseau horaire par défaut</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="54" />
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="55" />
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="56" />
        <source>Security (starttls, ssl, none)</source>
        <translation>Sécurité (starttls, ssl, none)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="57" />
        <source>SMTP user name</source>
        <translation>Nom d’utilisateur SMTP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="58" />
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="59" />
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="60" />
        <source>IMAP server (replies are fetched from it)</source>
        <translation>Serveur IMAP (les réponses y sont relevées)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="61" />
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="62" />
        <source>Security (ssl, starttls, none)</source>
        <translation>Sécurité (ssl, starttls, none)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="63" />
        <source>IMAP user name</source>
        <translation>Nom d’utilisateur IMAP</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="64" />
        <source>Folders to read (comma-separated)</source>
        <translation>Dossiers à lire (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="65" />
        <source>Handled replies: move (to Organiser/…) or flag</source>
        <translation>Réponses traitées : move (vers Organiser/…) ou flag (marquer)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="66" />
        <source>Fetch every N minutes while the app is open (0: never)</source>
        <translation>Relever toutes les N minutes, application ouverte (0 : jamais)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="67" />
        <source>CalDAV calendar URL</source>
        <translation>Adresse du calendrier CalDAV</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="68" />
        <source>CalDAV user name</source>
        <translation>Nom d’utilisateur CalDAV</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="69" />
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="70" />
        <source>Interface language (empty: system)</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="71" />
        <source>Database (file or URL; empty: the default file)</source>
        <translation>Base de données (fichier ou URL)</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../organiser/ui/startup.py" line="210" />
        <location filename="../../organiser/ui/startup.py" line="226" />
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="211" />
        <source>Restore works on a database file; open one first.</source>
        <translation>La restauration porte sur un fichier de base de données ; ouvrez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="231" />
        <source>Restored. The previous file is kept as {path}</source>
        <translation>Restauré. Le fichier précédent est gardé sous le nom {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="251" />
        <source>O&amp;utbox…</source>
        <translation>Boîte d’&amp;envoi…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="254" />
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="283" />
        <source>Mail &amp;invitations…</source>
        <translation>Envoyer les &amp;invitations…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="285" />
        <source>Mail minu&amp;tes…</source>
        <translation>Envoyer le compte &amp;rendu…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="1" />
        <source>Saving a backup…</source>
        <translation>Enregistrement d’une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../organiser/ui/online.py" line="48" />
        <source>○ Not synced yet</source>
        <translation>○ Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="50" />
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="52" />
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="55" />
        <source>replies {time}</source>
        <translation>réponses {time}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="57" />
        <source>calendar {time}</source>
        <translation>calendrier {time}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="60" />
        <source>{count} to send</source>
        <translation>{count} à envoyer</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="63" />
        <source>Last fetch of replies</source>
        <translation>Dernière relève des réponses</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="64" />
        <source>Last publish of the calendar</source>
        <translation>Dernière publication du calendrier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="65" />
        <source>Last sending</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="68" />
        <source>{count} message(s) waiting in the outbox</source>
        <translation>{count} message(s) en attente d’envoi</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="73" />
        <source>not reached: {summary}</source>
        <translation>non joint : {summary}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="114" />
        <source>No events yet</source>
        <translation>Aucune réunion pour l’instant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="203" />
        <source>Invited: {invited}, attended: {attended}</source>
        <translation>Invités : {invited}, présents : {attended}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="204" />
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation>Décisions : {decisions}, prochaines étapes : {steps}</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="86" />
        <source>Walk-in</source>
        <translation>Participant non inscrit</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="100" />
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="101" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="102" />
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="113" />
        <source>A walk-in needs a name.</source>
        <translation>Un participant non inscrit doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="88" />
        <source>Discard the changes you typed?</source>
        <translation>Abandonner les modifications saisies ?</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Each command that has a key: its menu, its name and the keys.</source>
        <translation>Chaque commande qui a une touche : son menu, son nom et les touches.</translation>
    </message>
    <message>
        <source>Every command that has a key, as this window has it now.</source>
        <translation>Chaque commande qui a une touche, telle que cette fenêtre l’a maintenant.</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Compared</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses électroniques</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Kept: {name} (#{id})</source>
        <translation>Gardée : {name} (#{id})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Latin transliteration</source>
        <translation>Translittération latine</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>Enregistrements liés</translation>
    </message>
    <message>
        <source>Merged into it: {name} (#{id})</source>
        <translation>Fusionnée dedans : {name} (#{id})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Select a pair to compare the two people.</source>
        <translation>Sélectionnez une paire pour comparer les deux personnes.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>The two people compared</source>
        <translation>Les deux personnes comparées</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>agenda items presented: {count}</source>
        <translation>points de l’ordre du jour présentés : {count}</translation>
    </message>
    <message>
        <source>all kept</source>
        <translation>toutes gardées</translation>
    </message>
    <message>
        <source>all move to #{id}</source>
        <translation>tout passe à #{id}</translation>
    </message>
    <message>
        <source>attendance: {count}</source>
        <translation>présences : {count}</translation>
    </message>
    <message>
        <source>delegations: {count}</source>
        <translation>délégations : {count}</translation>
    </message>
    <message>
        <source>differs: choose</source>
        <translation>diffère : choisissez</translation>
    </message>
    <message>
        <source>ideas: {count}</source>
        <translation>idées : {count}</translation>
    </message>
    <message>
        <source>invitations: {count}</source>
        <translation>invitations : {count}</translation>
    </message>
    <message>
        <source>keep both</source>
        <translation>garder les deux</translation>
    </message>
    <message>
        <source>next steps: {count}</source>
        <translation>prochaines étapes : {count}</translation>
    </message>
    <message>
        <source>only #{id} has one: kept</source>
        <translation>seule #{id} en a : gardée</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>votes: {count}</source>
        <translation>votes : {count}</translation>
    </message>
    <message>
        <source>{field}: {value} (#{id})</source>
        <translation>{field} : {value} (#{id})</translation>
    </message>
</context>
</TS>