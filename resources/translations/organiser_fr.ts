<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddInviteesDialog</name>
    <message>
        <source>Add people to the event</source>
        <translation>Ajouter des personnes à la réunion</translation>
    </message>
    <message>
        <source>Find people to invite</source>
        <translation>Chercher des personnes à inviter</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Name, address, organisation or tag…</source>
        <translation>Nom, adresse, organisation ou groupe…</translation>
    </message>
    <message>
        <source>People, organisations and tags</source>
        <translation>Personnes, organisations et étiquettes</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Tick those to invite (Space); an organisation or a tag invites all its people.</source>
        <translation>Cochez ceux à inviter (Espace) ; une organisation ou une étiquette invite toutes ses personnes.</translation>
    </message>
    <message>
        <source>already invited</source>
        <translation>déjà invité</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>(no second time zone)</source>
        <translation>(pas de second fuseau horaire)</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add item (Ctrl+N)</source>
        <translation>Ajouter un point (Ctrl+N)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>Agenda — {title}</source>
        <translation>Ordre du jour — {title}</translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation>Appliquer un modèle</translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation>Appliquer un modèle…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation>Copier un ordre du jour</translation>
    </message>
    <message>
        <source>Copy from event…</source>
        <translation>Copier d’une réunion…</translation>
    </message>
    <message>
        <source>Day {day}: {start}–{end}</source>
        <translation>Jour {day} : {start}–{end}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Supprimer {title}</translation>
    </message>
    <message>
        <source>Down (Ctrl+↓)</source>
        <translation>Descendre (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Modifier {title}</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>Déplacer {title}</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouveau point</translation>
    </message>
    <message>
        <source>No items yet: Ctrl+N adds one.</source>
        <translation>Aucun point pour l’instant : Ctrl+N en ajoute un.</translation>
    </message>
    <message>
        <source>No other event has an agenda yet.</source>
        <translation>Aucune autre réunion n’a encore d’ordre du jour.</translation>
    </message>
    <message>
        <source>No template yet: save one first.</source>
        <translation>Aucun modèle pour l’instant : enregistrez-en un d’abord.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Replace the current items? (No adds the copied items after them)</source>
        <translation>Remplacer les points actuels ? (Non ajoute les points copiés à leur suite)</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Saved the template {name}.</source>
        <translation>Modèle {name} enregistré.</translation>
    </message>
    <message>
        <source>Start of day {day}</source>
        <translation>Début du jour {day}</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>The items in order, with start times; Ctrl+N adds one, Delete deletes, Ctrl+↑ and Ctrl+↓ move the chosen item.</source>
        <translation>Les points dans l’ordre, avec leur heure de début ; Ctrl+N en ajoute un, Suppr supprime, Ctrl+↑ et Ctrl+↓ déplacent le point choisi.</translation>
    </message>
    <message>
        <source>Times in {zone}; also show</source>
        <translation>Heures en {zone} ; afficher aussi</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Up (Ctrl+↑)</source>
        <translation>Monter (Ctrl+↑)</translation>
    </message>
    <message>
        <source>runs {minutes} min past its end ({end})</source>
        <translation>dépasse de {minutes} min sa fin ({end})</translation>
    </message>
    <message>
        <source>{name} ({count} items)</source>
        <translation>{name} ({count} points)</translation>
    </message>
    <message>
        <source>{title} has minutes. Delete it anyway?</source>
        <translation>{title} a un compte rendu. Le supprimer quand même ?</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Descendre le point</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Monter le point</translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation>&amp;Intervenant</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Day &amp;starts at</source>
        <translation>Début de la j&amp;ournée</translation>
    </message>
    <message>
        <source>Open actions from earlier events:</source>
        <translation>Actions ouvertes des réunions précédentes :</translation>
    </message>
    <message>
        <source>Save item</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <source>day 1 starts with the event</source>
        <translation>le jour 1 commence avec la réunion</translation>
    </message>
    <message>
        <source>day {day}; its items follow</source>
        <translation>jour {day} ; ses points suivent</translation>
    </message>
    <message>
        <source>Save the item (from any one-line field)</source>
        <translation>Enregistrer le point (depuis tout champ d’une ligne)</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>brainstorm</source>
        <translation>remue-méninges</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>discussion</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>présentation</translation>
    </message>
    <message>
        <source>review of actions</source>
        <translation>suivi des actions</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>({count} open actions)</source>
        <translation>({count} actions ouvertes)</translation>
    </message>
    <message>
        <source>({days} day)</source>
        <translation>({days} jour)</translation>
    </message>
    <message>
        <source>Attendee time</source>
        <translation>Heure des participants</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>This item ends after the day&apos;s end</source>
        <translation>Ce point finit après la fin de la journée</translation>
    </message>
    <message>
        <source>Time in {zone}</source>
        <translation>Heure en {zone}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>apologies</source>
        <translation>excusé</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>parti plus tôt</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cannot read the database</source>
        <translation>Impossible de lire la base de données</translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <source>The theme&apos;s ideas as cards; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation>Les idées du thème en cartes ; 1–9 ou + donnent des points à l’idée choisie, 0 ou − les retirent, Ctrl+M la déplace vers un thème.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>By</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Dots of voter</source>
        <translation>Gommettes du votant</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Not in a theme yet</source>
        <translation>Pas encore dans un thème</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>(choose a voter)</source>
        <translation>(choisissez un votant)</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(sans auteur)</translation>
    </message>
    <message>
        <source>(no line of action)</source>
        <translation>(sans axe d’action)</translation>
    </message>
    <message>
        <source>+ dot</source>
        <translation>+ gommette</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Change the voter: type the name, then Enter</source>
        <translation>Changer de votant : taper le nom, puis Entrée</translation>
    </message>
    <message>
        <source>Choose the voter first: type their name.</source>
        <translation>Choisissez d’abord qui vote : tapez son nom.</translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation>Clore le v&amp;ote et afficher les totaux</translation>
    </message>
    <message>
        <source>Close voting and show totals</source>
        <translation>Clore le vote et afficher les totaux</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
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
        <source>Hide totals until voting closes</source>
        <translation>Masquer les totaux jusqu’à la clôture du vote</translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation>Idées par thème</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation>Fusionner les thèmes</translation>
    </message>
    <message>
        <source>Move idea</source>
        <translation>Déplacer l’idée</translation>
    </message>
    <message>
        <source>Move ideas</source>
        <translation>Déplacer les idées</translation>
    </message>
    <message>
        <source>Move the card to the next or previous theme</source>
        <translation>Déplacer la carte vers le thème suivant ou précédent</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Placer dans un thème</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>Déplacer vers un thème…</translation>
    </message>
    <message>
        <source>Move to theme… (Ctrl+M)</source>
        <translation>Vers un thème… (Ctrl+M)</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>New theme {title}</source>
        <translation>Nouveau thème {title}</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nouveau thème…</translation>
    </message>
    <message>
        <source>No theme yet: make one with New theme…</source>
        <translation>Pas encore de thème : créez-en un avec Nouveau thème…</translation>
    </message>
    <message>
        <source>Nobody named “{name}” can vote here.</source>
        <translation>Personne du nom de « {name} » ne vote ici.</translation>
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
        <source>Out of theme (Ctrl+U)</source>
        <translation>Hors thème (Ctrl+U)</translation>
    </message>
    <message>
        <source>Ranking (when totals are shown):</source>
        <translation>Classement (quand les totaux sont affichés) :</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Reopen v&amp;oting</source>
        <translation>Rouvrir &amp;le vote</translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <source>Select a theme first.</source>
        <translation>Choisissez d’abord un thème.</translation>
    </message>
    <message>
        <source>Select an idea: 1–9 or + give dots, 0 or − take them back; type a name (Enter) to change voter.</source>
        <translation>Choisissez une idée : 1–9 ou + donnent des gommettes, 0 ou − les reprennent ; tapez un nom (Entrée) pour changer de votant.</translation>
    </message>
    <message>
        <source>Select one idea or a theme to promote.</source>
        <translation>Choisissez une idée ou un thème à transformer.</translation>
    </message>
    <message>
        <source>Select one idea.</source>
        <translation>Choisissez une idée.</translation>
    </message>
    <message>
        <source>Select one or more ideas first.</source>
        <translation>Choisissez d’abord une ou plusieurs idées.</translation>
    </message>
    <message>
        <source>Select the theme to merge into another first.</source>
        <translation>Choisissez d’abord le thème à fusionner dans un autre.</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Reprendre un vote</translation>
    </message>
    <message>
        <source>The ideas with the most dots first, once totals are shown.</source>
        <translation>Les idées qui ont le plus de points d’abord, une fois les totaux affichés.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème :</translation>
    </message>
    <message>
        <source>Themes and their ideas; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation>Les thèmes et leurs idées ; 1–9 ou + donnent des points à l’idée choisie, 0 ou − les retirent, Ctrl+M la déplace vers un thème.</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thèmes :</translation>
    </message>
    <message>
        <source>Title of the theme:</source>
        <translation>Titre du thème :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Type an idea and press Enter (one per line when pasting several); ↓ to its card</source>
        <translation>Tapez une idée puis Entrée (une par ligne pour en coller plusieurs) ; ↓ vers sa carte</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Votant</translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation>Votes par personne</translation>
    </message>
    <message>
        <source>Voting is closed: reopen it to give or take back dots.</source>
        <translation>Le vote est clos : rouvrez-le pour donner ou reprendre des gommettes.</translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation>Règles du vote</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>letters of a name</source>
        <translation>lettres d’un nom</translation>
    </message>
    <message>
        <source>{total} votes per person: {voter} has used them all; take one back first (0 or −).</source>
        <translation>{total} votes par personne : {voter} les a toutes utilisées ; reprenez-en une d’abord (0 ou −).</translation>
    </message>
    <message numerus="yes">
        <source>{voter}: %Ln of {total} dots used</source>
        <translation>
            <numerusform>{voter} : %Ln gommette utilisée sur {total}</numerusform>
            <numerusform>{voter} : %Ln gommettes utilisées sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>→ Decision (Ctrl+D)</source>
        <translation>→ Décision (Ctrl+D)</translation>
    </message>
    <message>
        <source>→ Next step (Ctrl+T)</source>
        <translation>→ Prochaine étape (Ctrl+T)</translation>
    </message>
    <message>
        <source>− dot</source>
        <translation>− gommette</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Due date</source>
        <translation>&amp;Échéance</translation>
    </message>
    <message>
        <source>&amp;Line of action</source>
        <translation>&amp;Axe d’action</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <source>(no line of action)</source>
        <translation>(sans axe d’action)</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>Nouvelle prochaine étape</translation>
    </message>
    <message>
        <source>Type the text first.</source>
        <translation>Tapez d’abord le texte.</translation>
    </message>
    <message>
        <source>type a few letters of a person or organisation</source>
        <translation>tapez quelques lettres d’une personne ou d’une organisation</translation>
    </message>
    <message>
        <source>Reading the people and organisations…</source>
        <translation>Lecture des personnes et des organisations…</translation>
    </message>
    <message>
        <source>Reading the people and organisations… saved once they are read.</source>
        <translation>Lecture des personnes et des organisations… enregistré dès qu’elles sont lues.</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>(had replied: {reply})</source>
        <translation>(avait répondu : {reply})</translation>
    </message>
    <message>
        <source>Choose another match</source>
        <translation>Choisir une autre personne trouvée</translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation>Trouver une personne à accueillir</translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation>Trouver une personne…</translation>
    </message>
    <message>
        <source>Invited people and their attendance</source>
        <translation>Personnes invitées et leur présence</translation>
    </message>
    <message>
        <source>Loading the list of people…</source>
        <translation>Chargement de la liste des personnes…</translation>
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
    <message>
        <source>Nobody matches; Ctrl+N adds a walk-in.</source>
        <translation>Personne ne correspond ; Ctrl+N ajoute un participant non inscrit.</translation>
    </message>
    <message>
        <source>Still loading the list of people: one moment.</source>
        <translation>La liste des personnes se charge encore : un instant.</translation>
    </message>
    <message>
        <source>Type part of a name first (or choose with ↑↓).</source>
        <translation>Tapez d’abord une partie du nom (ou choisissez avec ↑↓).</translation>
    </message>
    <message>
        <source>Type part of a name, organisation or e-mail · Enter present · F6 late · F7 left early · F8 apologies · F4 not here · ↑↓ choose · Ctrl+N walk-in</source>
        <translation>Tapez une partie d’un nom, d’une organisation ou d’un courriel · Entrée présent · F6 en retard · F7 parti plus tôt · F8 excusé · F4 pas là · ↑↓ choisir · Ctrl+N non inscrit</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>pas là</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>non invité</translation>
    </message>
    <message>
        <source>{status} (walk-in)</source>
        <translation>{status} (non inscrit)</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <source>Local start</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>À fusionner</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Pris à</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The encoding is a guess, and other encodings read the names as plausibly: {readings}. If the names below look wrong, choose the encoding.</source>
        <translation>L’encodage est deviné, et d’autres encodages lisent les noms de façon tout aussi plausible : {readings}. Si les noms ci-dessous semblent faux, choisissez l’encodage.</translation>
    </message>
    <message>
        <source>{encoding} reads “{word}” as “{other}”</source>
        <translation>{encoding} lit « {word} » comme « {other} »</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sépa&amp;rateur :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Check how the file was read and which column holds what.</source>
        <translation>Vérifiez comment le fichier a été lu et ce que contient chaque colonne.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
    <message>
        <source>Read as {encoding}, {delimiter}-separated, {header}, {rows} rows.</source>
        <translation>Lu en {encoding}, séparateur : {delimiter}, {header}, {rows} lignes.</translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation>en-tête à la ligne {line}</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sans ligne d’en-tête</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Put your text back in the form</source>
        <translation>Remettre votre texte dans le formulaire</translation>
    </message>
    <message>
        <source>Reloaded: their change is in the form and so is yours. Check, then save.</source>
        <translation>Rechargé : leur modification et la vôtre sont dans le formulaire. Vérifiez, puis enregistrez.</translation>
    </message>
    <message>
        <source>Reloaded: they changed the same fields as you. The form shows their text; yours is kept below. Check, then save.</source>
        <translation>Rechargé : ils ont modifié les mêmes champs que vous. Le formulaire montre leur texte ; le vôtre est conservé ci-dessous. Vérifiez, puis enregistrez.</translation>
    </message>
    <message>
        <source>Show their change; what you typed stays in the form</source>
        <translation>Afficher leur modification ; ce que vous avez saisi reste dans le formulaire</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Your change was not saved. Reload shows their change and keeps what you typed.</source>
        <translation>Votre modification n’a pas été enregistrée. Recharger affiche la leur et garde ce que vous avez saisi.</translation>
    </message>
    <message>
        <source>Your change was not saved. The screen now shows theirs; make your change again if it still applies.</source>
        <translation>Votre modification n’a pas été enregistrée. L’écran affiche maintenant la leur ; refaites la vôtre si elle vaut toujours.</translation>
    </message>
    <message>
        <source>{field}, your text:</source>
        <translation>{field}, votre texte :</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
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
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
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
        <source>Tags</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Grouper…</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>CSV pour Excel (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Choosing an organisation lists only its people; double-click to edit it.</source>
        <translation>Choisir une organisation n’affiche que ses membres ; double-clic pour la modifier.</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers de contacts (*.csv *.txt *.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <source>Delete the organisation {name}?</source>
        <translation>Supprimer l’organisation {name} ?</translation>
    </message>
    <message>
        <source>Delete {who}?</source>
        <translation>Supprimer {who} ?</translation>
    </message>
    <message>
        <source>Deleted {who}.</source>
        <translation>{who} supprimé(e).</translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation>Exporter les &amp;contacts…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Edit o&amp;rganisation…</source>
        <translation>Modifier l’o&amp;rganisation…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>Exported {count} people to {file}.</source>
        <translation>{count} personnes exportées dans {file}.</translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation>Trouver les &amp;doublons…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved. {name} is not listed: the search, the tag or the organisation chosen hides them.</source>
        <translation>Enregistré. {name} n’apparaît pas dans la liste : la recherche, le groupe ou l’organisation choisis l’en excluent.</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Chercher dans les contacts</translation>
    </message>
    <message>
        <source>Search name, organisation, e-mail, country… (accents and case ignored)</source>
        <translation>Chercher : nom, organisation, courriel, pays… (accents et casse ignorés)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Tag for {count} selected people (choose or type a new one):</source>
        <translation>Groupe pour les {count} personnes choisies (choisissez-en un ou tapez-en un nouveau) :</translation>
    </message>
    <message>
        <source>Tagged {count} people {tag}.</source>
        <translation>{count} personnes ajoutées au groupe {tag}.</translation>
    </message>
    <message>
        <source>The people matching the search, the tag and the organisation; Enter edits the chosen person, Delete deletes.</source>
        <translation>Les personnes qui répondent à la recherche, à l’étiquette et à l’organisation ; Entrée modifie la personne choisie, Suppr la supprime.</translation>
    </message>
    <message>
        <source>Their invitations, attendance and votes are deleted with them; next steps they own and talks they gave keep their name.</source>
        <translation>Leurs invitations, présences et votes sont supprimés avec elles ; les prochaines étapes dont elles sont responsables et leurs interventions gardent leur nom.</translation>
    </message>
    <message>
        <source>They have {detail}.</source>
        <translation>Ces personnes ont {detail}.</translation>
    </message>
    <message>
        <source>This person has {detail}.</source>
        <translation>Cette personne a {detail}.</translation>
    </message>
    <message>
        <source>agenda items presented</source>
        <translation>points de l’ordre du jour présentés</translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation>relevés de présence</translation>
    </message>
    <message>
        <source>delegations</source>
        <translation>délégations</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>idées</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>invitations</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>prochaines étapes</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <source>{links} refer to it. The people stay, without an organisation; next steps keep its name.</source>
        <translation>{links} y font référence. Les personnes restent, sans organisation ; les prochaines étapes gardent son nom.</translation>
    </message>
    <message>
        <source>{shown} of {total} people shown</source>
        <translation>{shown} personnes affichées sur {total}</translation>
    </message>
    <message>
        <source>{total} people</source>
        <translation>{total} personnes</translation>
    </message>
</context>
<context>
    <name>CounterProposalsDialog</name>
    <message>
        <source>A word for {name} (optional):</source>
        <translation>Un mot pour {name} (facultatif) :</translation>
    </message>
    <message>
        <source>Accept (move the event)</source>
        <translation>Accepter (déplacer la réunion)</translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message>
        <source>Accepting moves the event to the proposed time: everyone is asked again with the update. Declining sends the proposer a DECLINECOUNTER; the event stays as it is.</source>
        <translation>Accepter déplace la réunion à l’horaire proposé : chacun est sollicité à nouveau avec la mise à jour. Refuser envoie un DECLINECOUNTER à l’auteur ; la réunion reste inchangée.</translation>
    </message>
    <message>
        <source>Decline the proposal</source>
        <translation>Refuser la proposition</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>How should the DECLINECOUNTER reach {name}?</source>
        <translation>Comment le DECLINECOUNTER doit-il parvenir à {name} ?</translation>
    </message>
    <message>
        <source>Move the event to the time {name} proposed? Every answer is asked again.</source>
        <translation>Déplacer la réunion à l’horaire proposé par {name} ? Toutes les réponses sont redemandées.</translation>
    </message>
    <message>
        <source>Other times proposed by invitees; choose one to accept or decline it.</source>
        <translation>D’autres horaires proposés par des invités ; choisissez-en un pour l’accepter ou le refuser.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Proposals of another time</source>
        <translation>Propositions d’un autre horaire</translation>
    </message>
    <message>
        <source>Put the message in the outbox</source>
        <translation>Mettre le message dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Save the .ics file…</source>
        <translation>Enregistrer le fichier .ics…</translation>
    </message>
    <message>
        <source>Save the DECLINECOUNTER</source>
        <translation>Enregistrer le DECLINECOUNTER</translation>
    </message>
    <message numerus="yes">
        <source>The event moved (SEQUENCE {sequence}); %Ln answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation>
            <numerusform>La réunion a été déplacée (SEQUENCE {sequence}) ; %Ln réponse remise en attente. Envoyez la mise à jour : Envoyer les invitations.</numerusform>
            <numerusform>La réunion a été déplacée (SEQUENCE {sequence}) ; %Ln réponses remises en attente. Envoyez la mise à jour : Envoyer les invitations.</numerusform>
        </translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>no time given</source>
        <translation>aucun horaire indiqué</translation>
    </message>
    <message>
        <source>{start} to {end} ({zone})</source>
        <translation>{start} à {end} ({zone})</translation>
    </message>
</context>
<context>
    <name>CounterStatus</name>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>dépassée</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <source>It was also written to {path}.</source>
        <translation>Ils sont aussi écrits dans {path}.</translation>
    </message>
    <message>
        <source>Please send the details below to whoever supports Organiser for you.</source>
        <translation>Merci d’envoyer les détails ci-dessous à la personne qui assure votre assistance pour Organiser.</translation>
    </message>
    <message>
        <source>Something went wrong that Organiser did not expect.</source>
        <translation>Un problème qu’Organiser n’avait pas prévu s’est produit.</translation>
    </message>
    <message>
        <source>Your data is as it was before the action that failed: nothing was half saved. You can go on working, or restart Organiser to be safe.</source>
        <translation>Vos données sont telles qu’avant l’action qui a échoué : rien n’a été enregistré à moitié. Vous pouvez continuer, ou redémarrer Organiser par prudence.</translation>
    </message>
    <message>
        <source>{name}: unexpected error</source>
        <translation>{name} : erreur inattendue</translation>
    </message>
</context>
<context>
    <name>DatabaseLocationEditor</name>
    <message>
        <source>A shared PostgreSQL database works too: postgresql+psycopg://user@host/organiser. --db and ORGANISER_DB take precedence; the change applies at the next start.</source>
        <translation>Une base PostgreSQL partagée convient aussi : postgresql+psycopg://utilisateur@serveur/organiser. --db et ORGANISER_DB ont la priorité ; le changement s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>Base de données Organiser (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the default file in your data folder</source>
        <translation>le fichier par défaut de votre dossier de données</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>2027-03-31 (optional)</source>
        <translation>2027-03-31 (facultatif)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
</context>
<context>
    <name>Delimiter</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Correspond</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>Aussi en</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved by {name} on {date} (version {number})</source>
        <translation>Approuvé par {name} le {date} (version {number})</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <source>Brainstorming</source>
        <translation>Remue-méninges</translation>
    </message>
    <message>
        <source>Brainstorming outcome</source>
        <translation>Résultat du remue-méninges</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Pour quand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day {day} — {date}</source>
        <translation>Jour {day} — {date}</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Bonjour {name},</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Disagrees with the lines</source>
        <translation>Ne correspond pas aux lignes</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Dot-vote sheet</source>
        <translation>Feuille de vote par gommettes</translation>
    </message>
    <message>
        <source>Dots: tick one box for each</source>
        <translation>Gommettes : une case cochée par gommette</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Draft for review: these minutes have not been approved yet.</source>
        <translation>Brouillon à relire : ce compte rendu n’a pas encore été approuvé.</translation>
    </message>
    <message>
        <source>Draft of version {next}: it replaces version {count} once approved.</source>
        <translation>Brouillon de la version {next} : il remplace la version {count} une fois approuvé.</translation>
    </message>
    <message>
        <source>Draft of version {number}, not yet approved</source>
        <translation>Brouillon de la version {number}, pas encore approuvé</translation>
    </message>
    <message>
        <source>Draft, not yet approved</source>
        <translation>Brouillon, pas encore approuvé</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Each participant has {count} dots. Tick one box for each dot you give an idea; you may give one idea several dots.</source>
        <translation>Chaque participant dispose de {count} gommettes. Cochez une case par gommette donnée à une idée ; une même idée peut recevoir plusieurs gommettes.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>First issue</source>
        <translation>Première version</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Here is where the next steps agreed in our meetings stand, with their due dates:</source>
        <translation>Voici où en sont les prochaines étapes convenues lors de nos réunions, avec leurs échéances :</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>If a step is done, late or no longer needed, a short reply to this message is enough: I will update it.</source>
        <translation>Si une étape est terminée, retardée ou n&apos;est plus nécessaire, une courte réponse à ce message suffit : je la mettrai à jour.</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>Axes d’action</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Next steps of {name}</source>
        <translation>Prochaines étapes de {name}</translation>
    </message>
    <message>
        <source>Next steps: {count} to follow up</source>
        <translation>Prochaines étapes : {count} à suivre</translation>
    </message>
    <message>
        <source>Next steps: {count} to follow up, {overdue} overdue</source>
        <translation>Prochaines étapes : {count} à suivre, dont {overdue} en retard</translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation>Aucune présence n’a été enregistrée.</translation>
    </message>
    <message>
        <source>No brainstorming took place.</source>
        <translation>Aucun remue-méninges n’a eu lieu.</translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation>Aucune décision n’a été consignée.</translation>
    </message>
    <message>
        <source>No discussion was recorded.</source>
        <translation>Aucune discussion n’a été consignée.</translation>
    </message>
    <message>
        <source>No next steps were recorded.</source>
        <translation>Aucune prochaine étape n’a été consignée.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Sans organisation</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation / e-mail (walk-ins)</source>
        <translation>Organisation / courriel (sans invitation)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Please sign next to your name. If you are not listed, write your name, organisation and e-mail in a blank row at the end.</source>
        <translation>Merci de signer en face de votre nom. Si vous n’êtes pas sur la liste, inscrivez votre nom, votre organisation et votre courriel sur une ligne vide à la fin.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The agenda has not been set yet.</source>
        <translation>L’ordre du jour n’est pas encore fixé.</translation>
    </message>
    <message>
        <source>Theme and ideas (ranked by votes)</source>
        <translation>Thème et idées (classés par votes)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Times are in {zone} ({offset}) and {other}.</source>
        <translation>Heures en {zone} ({offset}) et {other}.</translation>
    </message>
    <message>
        <source>Times are in {zone} ({offset}).</source>
        <translation>Heures en {zone} ({offset}).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total (computed from the lines)</source>
        <translation>Total (calculé à partir des lignes)</translation>
    </message>
    <message>
        <source>Totals as stated</source>
        <translation>Totaux indiqués</translation>
    </message>
    <message>
        <source>Under: {item}</source>
        <translation>Au point : {item}</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Walk-ins: {count}.</source>
        <translation>Sans invitation : {count}.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation>Vos prochaines étapes</translation>
    </message>
    <message>
        <source>agreed at: {event}</source>
        <translation>convenue lors de : {event}</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>présidence</translation>
    </message>
    <message>
        <source>due today ({date})</source>
        <translation>échéance aujourd&apos;hui ({date})</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>échéance le {date}</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>left early</source>
        <translation>parti tôt</translation>
    </message>
    <message>
        <source>overdue since {date} ({days} days)</source>
        <translation>en retard depuis le {date} ({days} jours)</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>sans invitation</translation>
    </message>
    <message>
        <source>{present} present, {apologies} sent apologies, {absent} absent.</source>
        <translation>{present} présents, {apologies} excusés, {absent} absents.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&amp;Swap (keep the other)</source>
        <translation>&amp;Inverser (garder l’autre)</translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Recherche des doublons probables…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is then deleted.</source>
        <translation>Fusionner {other} (n° {other_id}) dans {keep} (n° {keep_id}) ? Le n° {other_id} est ensuite supprimé.</translation>
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
    <message>
        <source>No likely duplicates.</source>
        <translation>Aucun doublon probable.</translation>
    </message>
    <message>
        <source>Pairs of people who may be the same person, and why; merging keeps the one in the Keep column (Swap keeps the other).</source>
        <translation>Des paires de personnes qui pourraient être la même, et pourquoi ; la fusion garde celle de la colonne Garder (Inverser garde l’autre).</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>{count} likely duplicates</source>
        <translation>{count} doublons probables</translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Online link</source>
        <translation>Lien en li&amp;gne</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Calendar version (SEQUENCE) {sequence}: changing the time, place or status sends an update; the title or description alone do not.</source>
        <translation>Version d’agenda (SEQUENCE) {sequence} : changer l’heure, le lieu ou le statut envoie une mise à jour ; le titre ou la description seuls, non.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documents en</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier la réunion</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>information sharing</source>
        <translation>partage d’informations</translation>
    </message>
    <message>
        <source>network meeting</source>
        <translation>réunion du réseau</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
</context>
<context>
    <name>EventsArea</name>
    <message>
        <source>&amp;Cancel event…</source>
        <translation>&amp;Annuler la réunion…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Calendar &amp;file…</source>
        <translation>&amp;Fichier d’agenda…</translation>
    </message>
    <message>
        <source>Calendar file written to {path}</source>
        <translation>Fichier d’agenda enregistré dans {path}</translation>
    </message>
    <message>
        <source>Calendar replies</source>
        <translation>Réponses d’agenda</translation>
    </message>
    <message>
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <translation>Réponses d’agenda (*.ics *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancel and mail the cancellations…</source>
        <translation>Annuler et envoyer les annulations…</translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation>Annuler la réunion</translation>
    </message>
    <message>
        <source>Cancel the event only</source>
        <translation>Annuler la réunion seulement</translation>
    </message>
    <message>
        <source>Cancel this event? Every invitee then needs the cancellation (the event&apos;s calendar file becomes a CANCEL).</source>
        <translation>Annuler cette réunion ? Chaque invité doit alors recevoir l’annulation (le fichier d’agenda de la réunion devient un CANCEL).</translation>
    </message>
    <message>
        <source>Copy made as a draft, with the same invitees; edit its dates.</source>
        <translation>Copie créée en brouillon, avec les mêmes invités ; modifiez ses dates.</translation>
    </message>
    <message>
        <source>Documents (PDF)</source>
        <translation>Documents (PDF)</translation>
    </message>
    <message>
        <source>Event created; add people below.</source>
        <translation>Réunion créée ; ajoutez des personnes ci-dessous.</translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation>Réunion enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Event saved: SEQUENCE {sequence}, %Ln answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation>
            <numerusform>Réunion enregistrée : SEQUENCE {sequence}, %Ln réponse remise en attente. Envoyez la mise à jour : Envoyer les invitations.</numerusform>
            <numerusform>Réunion enregistrée : SEQUENCE {sequence}, %Ln réponses remises en attente. Envoyez la mise à jour : Envoyer les invitations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved: SEQUENCE {sequence}. Send the update: Mail invitations.</source>
        <translation>Réunion enregistrée : SEQUENCE {sequence}. Envoyez la mise à jour : Envoyer les invitations.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Export programme &amp;calendar (.ics)…</source>
        <translation>Exporter l’&amp;agenda du programme (.ics)…</translation>
    </message>
    <message>
        <source>Export the programme calendar</source>
        <translation>Exporter l’agenda du programme</translation>
    </message>
    <message>
        <source>Import calendar &amp;replies…</source>
        <translation>Importer les &amp;réponses d’agenda…</translation>
    </message>
    <message>
        <source>Import calendar replies</source>
        <translation>Importer les réponses d’agenda</translation>
    </message>
    <message>
        <source>Keep the event</source>
        <translation>Garder la réunion</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <source>One row per event; the chosen event&apos;s invitations are listed below. Ctrl+E edits it.</source>
        <translation>Une ligne par réunion ; les invitations de la réunion choisie sont listées dessous. Ctrl+E la modifie.</translation>
    </message>
    <message>
        <source>Programme calendar written to {path}</source>
        <translation>Agenda du programme enregistré dans {path}</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Enregistrer le fichier d’agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>{applied} of {total} calendar replies applied</source>
        <translation>{applied} réponses d’agenda appliquées sur {total}</translation>
    </message>
    <message>
        <source>{applied} of {total} replies applied.</source>
        <translation>{applied} réponses appliquées sur {total}.</translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation>{count} réunions</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>{path} is the database Organiser has open: choose another file.</source>
        <translation>{path} est la base de données ouverte dans Organiser : choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>, {organisations} organisations; {duplicates} duplicates skipped; {warnings} warnings</source>
        <translation>, {organisations} organisations ; {duplicates} doublons ignorés ; {warnings} avertissements</translation>
    </message>
    <message>
        <source>; {count} rows with errors left out</source>
        <translation> ; {count} lignes en erreur laissées de côté</translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation>Importer des contacts depuis {file}</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>imported {people} people</source>
        <translation>{people} personnes importées</translation>
    </message>
    <message>
        <source>would import {people} people</source>
        <translation>importerait {people} personnes</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Add people…</source>
        <translation>Ajouter des personnes…</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Invitees&apos; proposals of another time</source>
        <translation>Propositions d’un autre horaire par les invités</translation>
    </message>
    <message>
        <source>Loading the invitations…</source>
        <translation>Chargement des invitations…</translation>
    </message>
    <message>
        <source>Proposals ({count})…</source>
        <translation>Propositions ({count})…</translation>
    </message>
    <message>
        <source>Proposals…</source>
        <translation>Propositions…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove and mail the cancellation…</source>
        <translation>Retirer et envoyer l’annulation…</translation>
    </message>
    <message>
        <source>Remove invitees</source>
        <translation>Retirer des invités</translation>
    </message>
    <message>
        <source>Remove only</source>
        <translation>Retirer seulement</translation>
    </message>
    <message>
        <source>Remove {names} from the event? Each needs the cancellation (a CANCEL calendar) so that the meeting leaves their calendar.</source>
        <translation>Retirer {names} de la réunion ? Chacun doit recevoir l’annulation (un agenda CANCEL) pour que la réunion disparaisse de son agenda.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Select an event to see its invitations.</source>
        <translation>Choisissez une réunion pour voir ses invitations.</translation>
    </message>
    <message>
        <source>The people invited to the chosen event, their role and their reply.</source>
        <translation>Les personnes invitées à la réunion choisie, leur rôle et leur réponse.</translation>
    </message>
    <message>
        <source>no replies</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>{count} {value}</source>
        <translation>{value} : {count}</translation>
    </message>
    <message>
        <source>{total} invited — {replies} — {roles}</source>
        <translation>{total} invités — {replies} — {roles}</translation>
    </message>
    <message>
        <source>The invitations could not be read.</source>
        <translation>Les invitations n’ont pas pu être lues.</translation>
    </message>
</context>
<context>
    <name>InvitationsTable</name>
    <message>
        <source>delegated by {name}</source>
        <translation>délégué par {name}</translation>
    </message>
    <message>
        <source>{zone} (the invitee&apos;s own clock)</source>
        <translation>{zone} (l’heure de l’invité)</translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>&amp;Agenda…</source>
        <translation>&amp;Ordre du jour…</translation>
    </message>
    <message>
        <source>&amp;Live mode…</source>
        <translation>Mode &amp;séance…</translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>&amp;Agenda and minutes</source>
        <translation>Ordre du jour et &amp;compte rendu</translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation>Point &amp;suivant de l’ordre du jour</translation>
    </message>
    <message>
        <source>&amp;Projector view (room screen)</source>
        <translation>&amp;Vue projecteur (écran de la salle)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Participant non inscrit…</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln walk-in(s))</source>
        <translation>
            <numerusform>(+%Ln non inscrit)</numerusform>
            <numerusform>(+%Ln non inscrits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agenda and minutes (Ctrl+2)</source>
        <translation>Ordre du jour et compte rendu (Ctrl+2)</translation>
    </message>
    <message>
        <source>All items done</source>
        <translation>Tous les points sont traités</translation>
    </message>
    <message>
        <source>B&amp;rainstorm board</source>
        <translation>Tableau des &amp;idées</translation>
    </message>
    <message>
        <source>Brainstorm board (Ctrl+3)</source>
        <translation>Tableau des idées (Ctrl+3)</translation>
    </message>
    <message>
        <source>C&amp;lose live mode</source>
        <translation>&amp;Fermer le mode séance</translation>
    </message>
    <message>
        <source>Captured with Ctrl+D (decision) and Ctrl+T (next step) while the item runs.</source>
        <translation>Saisies avec Ctrl+D (décision) et Ctrl+T (prochaine étape) pendant le point.</translation>
    </message>
    <message>
        <source>Check-in (Ctrl+1)</source>
        <translation>Accueil (Ctrl+1)</translation>
    </message>
    <message>
        <source>Check-in: {status}</source>
        <translation>Accueil : {status}</translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation>Clore le v&amp;ote et afficher les totaux</translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation>Décision : {text}</translation>
    </message>
    <message>
        <source>Decisions and next steps of the current item</source>
        <translation>Décisions et prochaines étapes du point en cours</translation>
    </message>
    <message>
        <source>Decisions and next steps of the event:</source>
        <translation>Décisions et prochaines étapes de la réunion :</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Mode séance</translation>
    </message>
    <message>
        <source>Live — {title}</source>
        <translation>En séance — {title}</translation>
    </message>
    <message>
        <source>Loading the agenda…</source>
        <translation>Chargement de l’ordre du jour…</translation>
    </message>
    <message>
        <source>No agenda item yet: these minutes are not saved until the agenda has one.</source>
        <translation>Pas encore de point à l’ordre du jour : ce compte rendu sera enregistré quand il y en aura un.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Minutes of the current item</source>
        <translation>Compte rendu du point en cours</translation>
    </message>
    <message>
        <source>Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next step (from the current line or selection) · Alt+↑/↓ previous/next item</source>
        <translation>Compte rendu de ce point, enregistré pendant la saisie. Ctrl+D décision · Ctrl+T prochaine étape (depuis la ligne ou la sélection) · Alt+↑/↓ point précédent/suivant</translation>
    </message>
    <message>
        <source>Ne&amp;xt item&apos;s minutes</source>
        <translation>Compte rendu du point s&amp;uivant</translation>
    </message>
    <message>
        <source>New &amp;decision…</source>
        <translation>Nouvelle &amp;décision…</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>New next &amp;step…</source>
        <translation>Nouvelle prochaine é&amp;tape…</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>Nouvelle prochaine étape</translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation>Point suivant de l’ordre du jour</translation>
    </message>
    <message>
        <source>Next item (F9)</source>
        <translation>Point suivant (F9)</translation>
    </message>
    <message>
        <source>Next step: {text}</source>
        <translation>Prochaine étape : {text}</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Suivant : {title}</translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation>Pas encore d’ordre du jour.</translation>
    </message>
    <message>
        <source>Open actions from earlier events:</source>
        <translation>Actions ouvertes des réunions précédentes :</translation>
    </message>
    <message>
        <source>Pre&amp;vious item&apos;s minutes</source>
        <translation>Compte rendu du point p&amp;récédent</translation>
    </message>
    <message>
        <source>Projector shows agenda / &amp;board</source>
        <translation>Le projecteur montre l’ordre du jour / le ta&amp;bleau</translation>
    </message>
    <message>
        <source>Real time: {start}–{end}</source>
        <translation>Horaire réel : {start}–{end}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rétabli : {what}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>The day&apos;s items with planned and expected times; the item under way is marked running. F9 starts the next item.</source>
        <translation>Les points de la journée avec l’heure prévue et l’heure attendue ; le point en cours est marqué en cours. F9 passe au point suivant.</translation>
    </message>
    <message>
        <source>The minutes are approved: nothing can be added.</source>
        <translation>Le compte rendu est approuvé : rien ne peut être ajouté.</translation>
    </message>
    <message>
        <source>The minutes are approved: read-only.</source>
        <translation>Le compte rendu est approuvé : lecture seule.</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Saisie…</translation>
    </message>
    <message>
        <source>Undone: {name} is {status} again</source>
        <translation>Annulé : {name} est de nouveau {status}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Annulé : {what}</translation>
    </message>
    <message>
        <source>Walk-in {name}</source>
        <translation>Non inscrit : {name}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>not here</source>
        <translation>pas là</translation>
    </message>
    <message>
        <source>over-run {minutes} min — {title}</source>
        <translation>dépassement de {minutes} min — {title}</translation>
    </message>
    <message>
        <source>over-run {time} — {title}</source>
        <translation>dépassement de {time} — {title}</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>{minutes} min left — {title}</source>
        <translation>reste {minutes} min — {title}</translation>
    </message>
    <message>
        <source>{name}: present (walk-in)</source>
        <translation>{name} : présent (non inscrit)</translation>
    </message>
    <message>
        <source>{present} present of {invited} invited</source>
        <translation>{present} présents sur {invited} invités</translation>
    </message>
    <message>
        <source>{time} left — {title}</source>
        <translation>reste {time} — {title}</translation>
    </message>
    <message>
        <source>{title} — day {day}, {time}, {minutes} min</source>
        <translation>{title} — jour {day}, {time}, {minutes} min</translation>
    </message>
    <message>
        <source>… and {count} more (Next steps area)</source>
        <translation>… et {count} de plus (zone Prochaines étapes)</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Attached: {names}</source>
        <translation>Pièces jointes : {names}</translation>
    </message>
    <message>
        <source>From: {value}</source>
        <translation>De : {value}</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>No message to prepare.</source>
        <translation>Aucun message à préparer.</translation>
    </message>
    <message>
        <source>Put in the outbox</source>
        <translation>Mettre dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Save as .eml files…</source>
        <translation>Enregistrer en fichiers .eml…</translation>
    </message>
    <message>
        <source>Save the messages in</source>
        <translation>Enregistrer les messages dans</translation>
    </message>
    <message>
        <source>Show Details… to read the first message before it goes.</source>
        <translation>« Afficher les détails… » montre le premier message avant l’envoi.</translation>
    </message>
    <message>
        <source>Subject: {value}</source>
        <translation>Objet : {value}</translation>
    </message>
    <message>
        <source>To: {value}</source>
        <translation>À : {value}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out:</source>
        <translation>
            <numerusform>%Ln destinataire laissé de côté :</numerusform>
            <numerusform>%Ln destinataires laissés de côté :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) prepared.</source>
        <translation>
            <numerusform>%Ln message préparé.</numerusform>
            <numerusform>%Ln messages préparés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) put in the outbox (File → Outbox)</source>
        <translation>
            <numerusform>%Ln message placé dans la boîte d’envoi (Fichier → Boîte d’envoi)</numerusform>
            <numerusform>%Ln messages placés dans la boîte d’envoi (Fichier → Boîte d’envoi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) saved in {folder}</source>
        <translation>
            <numerusform>%Ln message enregistré dans {folder}</numerusform>
            <numerusform>%Ln messages enregistrés dans {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About {name}</source>
        <translation>À &amp;propos de {name}</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>&amp;Next steps</source>
        <translation>&amp;Prochaines étapes</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>Pro&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan, run and follow up consultations and brainstorming workshops, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Préparer, animer et suivre consultations et ateliers de réflexion, hors ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Choose an area to show it; Ctrl+1 to Ctrl+4 from anywhere in the window.</source>
        <translation>Choisissez un espace pour l’afficher ; Ctrl+1 à Ctrl+4 depuis toute la fenêtre.</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>Base de données Organiser (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>{path}: not a file Organiser reads</source>
        <translation>{path} : Organiser ne lit pas ce fichier</translation>
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
<context>
    <name>MinutesStatus</name>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
</context>
<context>
    <name>NextStepStatus</name>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
</context>
<context>
    <name>NextStepsArea</name>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; of “{text}” — {owner}</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt; de « {text} » — {owner}</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <source>All lines of action</source>
        <translation>Tous les axes d’action</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation>Impossible de changer le statut</translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnées</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Échéance dans les 30 jours</translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation>Échéance dans les 7 jours</translation>
    </message>
    <message>
        <source>Due this month or earlier</source>
        <translation>Échéance ce mois-ci ou avant</translation>
    </message>
    <message>
        <source>Each change of the chosen next step: when, who and what changed.</source>
        <translation>Chaque modification de la prochaine étape choisie : quand, par qui et quoi.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Event that agreed the step</source>
        <translation>Réunion qui a décidé l’étape</translation>
    </message>
    <message>
        <source>History of the selected next step</source>
        <translation>Historique de la prochaine étape choisie</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>En &amp;cours</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;faite</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation>Aucune base de données ouverte.</translation>
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
        <source>One message per owner with their open and overdue steps</source>
        <translation>Un message par responsable avec ses étapes ouvertes et en retard</translation>
    </message>
    <message>
        <source>One row per next step; Enter or F2 on the owner, due date or status edits it.</source>
        <translation>Une ligne par prochaine étape ; Entrée ou F2 sur le responsable, l’échéance ou le statut le modifie.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>Ouvertes et en cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner: a person or an organisation (its own steps and its people&apos;s)</source>
        <translation>Responsable : une personne ou une organisation (ses propres étapes et celles de ses membres)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Remind &amp;owners…</source>
        <translation>&amp;Relancer les responsables…</translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation>Chercher dans les décisions</translation>
    </message>
    <message>
        <source>Search decisions across the programme…</source>
        <translation>Chercher dans les décisions du programme…</translation>
    </message>
    <message>
        <source>Search next steps</source>
        <translation>Chercher dans les prochaines étapes</translation>
    </message>
    <message>
        <source>Search what, who, event…</source>
        <translation>Chercher quoi, qui, réunion…</translation>
    </message>
    <message>
        <source>Select a next step to see its history.</source>
        <translation>Choisissez une prochaine étape pour voir son historique.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The decisions of every event matching the search, newest first.</source>
        <translation>Les décisions de toutes les réunions qui répondent à la recherche, les plus récentes d’abord.</translation>
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
        <source>{count} decision</source>
        <translation>{count} décision</translation>
    </message>
    <message>
        <source>{count} decisions</source>
        <translation>{count} décisions</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>{count} en retard</translation>
    </message>
    <message>
        <source>{example}; empty: no due date</source>
        <translation>{example} ; vide : pas d’échéance</translation>
    </message>
    <message>
        <source>{name} (organisation)</source>
        <translation>{name} (organisation)</translation>
    </message>
    <message>
        <source>{shown} of {total} next steps</source>
        <translation>{shown} prochaines étapes sur {total}</translation>
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
    <message>
        <source>“{text}” is now {status}</source>
        <translation>« {text} » est maintenant : {status}</translation>
    </message>
</context>
<context>
    <name>NextStepsTable</name>
    <message>
        <source>Overdue by {days} day</source>
        <translation>En retard de {days} jour</translation>
    </message>
    <message>
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
        <source>&amp;Fetch replies from the mailbox</source>
        <translation>Re&amp;lever les réponses dans la boîte aux lettres</translation>
    </message>
    <message>
        <source>&amp;Publish the calendar (CalDAV)</source>
        <translation>&amp;Publier le calendrier (CalDAV)</translation>
    </message>
    <message>
        <source>Calendar not published</source>
        <translation>Calendrier non publié</translation>
    </message>
    <message>
        <source>Calendar published</source>
        <translation>Calendrier publié</translation>
    </message>
    <message>
        <source>Fetching replies…</source>
        <translation>Relève des réponses…</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Pas encore configuré</translation>
    </message>
    <message>
        <source>Overwrite their changes</source>
        <translation>Écraser leurs modifications</translation>
    </message>
    <message>
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation>Mot de passe de {account}
(gardé dans le trousseau du système, jamais dans un fichier) :</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation>Réponses relevées</translation>
    </message>
    <message>
        <source>Replies not fetched</source>
        <translation>Réponses non relevées</translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed; fetch again when the server can be reached.</source>
        <translation>{reason}
Rien n’a été modifié ; relevez à nouveau quand le serveur sera joignable.</translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed; publish again when the server can be reached.</source>
        <translation>{reason}
Rien n’a été modifié ; publiez à nouveau quand le serveur sera joignable.</translation>
    </message>
    <message>
        <source>{what} password</source>
        <translation>Mot de passe {what}</translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>A newer version of Organiser wrote this database. Update Organiser to work on it; the file was not changed.</source>
        <translation>Une version plus récente d’Organiser a écrit cette base de données. Mettez Organiser à jour pour y travailler ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Another program is writing to the database. Wait a moment and try again.</source>
        <translation>Un autre programme écrit dans la base de données. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Only one Organiser at a time works on a database, so that no change is lost. Read-only, you can look things up while the other one keeps working.</source>
        <translation>Un seul Organiser à la fois travaille sur une base de données, pour qu’aucune modification ne se perde. En lecture seule, vous pouvez consulter pendant que l’autre continue.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>The database could not be opened. It was not changed.</source>
        <translation>La base de données n’a pas pu être ouverte. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Organiser database. It was not changed. Restore the last good backup (the damaged file is kept aside).</source>
        <translation>Le fichier est endommagé ou n’est pas une base Organiser. Il n’a pas été modifié. Restaurez la dernière bonne sauvegarde (le fichier endommagé est mis de côté).</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (a read-only drive or share). You can look at it read-only, or copy it somewhere writable.</source>
        <translation>Le fichier ou son dossier n’est pas modifiable (disque ou partage en lecture seule). Vous pouvez le consulter en lecture seule, ou le copier dans un endroit modifiable.</translation>
    </message>
    <message>
        <source>The file or its folder is not there. If it is on a USB stick or a network drive, connect it and try again.</source>
        <translation>Le fichier ou son dossier est introuvable. S’il est sur une clé USB ou un lecteur réseau, branchez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>bank unit</source>
        <translation>unité de la Banque</translation>
    </message>
    <message>
        <source>contractors association</source>
        <translation>association d’entrepreneurs</translation>
    </message>
    <message>
        <source>cso</source>
        <translation>organisation de la société civile</translation>
    </message>
    <message>
        <source>government agency</source>
        <translation>organisme public</translation>
    </message>
    <message>
        <source>international partner</source>
        <translation>partenaire international</translation>
    </message>
    <message>
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>parliament</source>
        <translation>parlement</translation>
    </message>
    <message>
        <source>training institute</source>
        <translation>institut de formation</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>&amp;Acronym</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationField</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Create “{typed}”</source>
        <translation>&amp;Créer « {typed} »</translation>
    </message>
    <message>
        <source>No organisation is called “{typed}”. Did you mean one of these?</source>
        <translation>Aucune organisation ne s’appelle « {typed} ». Vouliez-vous dire l’une de celles-ci ?</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>{count} more match: go back to choose from the list.</source>
        <translation>{count} autres correspondent : revenez pour choisir dans la liste.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>&amp;Discard selected</source>
        <translation>&amp;Jeter la sélection</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Réessayer les échecs</translation>
    </message>
    <message>
        <source>&amp;Send queued</source>
        <translation>&amp;Envoyer la file</translation>
    </message>
    <message>
        <source>Each message waiting, sent or failed, with its tries and the server&apos;s answer.</source>
        <translation>Chaque message en attente, envoyé ou en échec, avec ses tentatives et la réponse du serveur.</translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation>Messages dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyé : {reason}</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d’envoi</translation>
    </message>
    <message>
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation>Mot de passe de {account}
(gardé dans le trousseau du système, jamais dans un fichier) :</translation>
    </message>
    <message>
        <source>Password of {account} stored in the system keyring.</source>
        <translation>Mot de passe de {account} enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>SMTP &amp;password…</source>
        <translation>Mot de &amp;passe SMTP…</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Send &amp;again…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Sending {done} of {total}…</source>
        <translation>Envoi {done} sur {total}…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The messages stay queued; send again when the connection is back.</source>
        <translation>Les messages restent en attente ; renvoyez-les quand la connexion sera rétablie.</translation>
    </message>
    <message>
        <source>{count} may have been sent already (sending stopped midway): they are not sent again unless you choose Send again.</source>
        <translation>{count} peut-être déjà envoyé(s) (l’envoi s’est arrêté en cours de route) : ils ne sont renvoyés que si vous choisissez Renvoyer.</translation>
    </message>
    <message>
        <source>{count} message(s) may have reached their recipients already: sending stopped midway, so nobody knows. Send them again? Someone who got the first one receives the same message (same Message-ID) a second time.</source>
        <translation>{count} message(s) sont peut-être déjà arrivés : l’envoi s’est arrêté en cours de route, on ne peut pas le savoir. Les renvoyer ? Un destinataire qui a reçu le premier recevra le même message (même Message-ID) une seconde fois.</translation>
    </message>
    <message>
        <source>{queued} queued, {sent} sent, {failed} failed</source>
        <translation>{queued} en attente, {sent} envoyés, {failed} en échec</translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>may have been sent</source>
        <translation>peut-être déjà envoyé</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>&amp;Minutes PDF…</source>
        <translation>&amp;Compte rendu (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet PDF…</source>
        <translation>Feuille d’&amp;émargement (PDF)…</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Agenda &amp;PDF…</source>
        <translation>Ordre du jour (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Also show times in:</source>
        <translation>Afficher aussi les heures en :</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Approuver le compte rendu</translation>
    </message>
    <message>
        <source>Approved (version {number}) by {name} on {date}</source>
        <translation>Approuvé (version {number}) par {name} le {date}</translation>
    </message>
    <message>
        <source>Approved by (the name printed on the minutes):</source>
        <translation>Approuvé par (le nom imprimé sur le compte rendu) :</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>Impossible d’approuver</translation>
    </message>
    <message>
        <source>Cannot make the document</source>
        <translation>Impossible de produire le document</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Dot-&amp;vote sheet PDF…</source>
        <translation>Feuille de &amp;vote (PDF)…</translation>
    </message>
    <message>
        <source>Dot-vote sheet</source>
        <translation>Feuille de vote par gommettes</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Draft of version {number}</source>
        <translation>Brouillon de la version {number}</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>No second time zone</source>
        <translation>Pas de second fuseau horaire</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Start a &amp;new version</source>
        <translation>Commencer une &amp;nouvelle version</translation>
    </message>
    <message>
        <source>What changed since version {number}?</source>
        <translation>Qu’est-ce qui a changé depuis la version {number} ?</translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation>{count} page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>{document} — preview</source>
        <translation>{document} — aperçu</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Country</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;E-mail addresses</source>
        <translation>Adresses &amp;électroniques</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom de &amp;famille</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation>Fon&amp;ction</translation>
    </message>
    <message>
        <source>&amp;Latin transliteration</source>
        <translation>Translittération &amp;latine</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>Choose one, or type a new name to create it</source>
        <translation>Choisissez-en une, ou tapez un nouveau nom pour la créer</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Family name first, e.g. &apos;Shevchenko Olena&apos;; used for sorting and search</source>
        <translation>Nom de famille d’abord, par ex. « Shevchenko Olena » ; sert au tri et à la recherche</translation>
    </message>
    <message>
        <source>Full name (if &amp;different)</source>
        <translation>Nom complet (s’il &amp;diffère)</translation>
    </message>
    <message>
        <source>Groups to invite together, separated by commas</source>
        <translation>Groupes à inviter ensemble, séparés par des virgules</translation>
    </message>
    <message>
        <source>How the name is written in full when not just given + family name</source>
        <translation>Comment le nom s’écrit en entier quand ce n’est pas simplement prénom + nom</translation>
    </message>
    <message>
        <source>IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo</source>
        <translation>Nom IANA, par ex. Europe/Paris, Africa/Dakar, Asia/Tokyo</translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation>Gro&amp;upes</translation>
    </message>
    <message>
        <source>one address per line; the first is used for invitations</source>
        <translation>une adresse par ligne ; la première sert aux invitations</translation>
    </message>
    <message>
        <source>type part of a city: Paris, Dakar, Tokyo…</source>
        <translation>tapez une partie d’une ville : Paris, Dakar, Tokyo…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>“{address}” is not an e-mail address: it needs exactly one @ and no spaces (name@organisation.org)</source>
        <translation>« {address} » n’est pas une adresse électronique : il faut exactement un @ et aucune espace (nom@organisation.org)</translation>
    </message>
    <message>
        <source>“{address}” is too long for an e-mail address (at most 254 characters)</source>
        <translation>« {address} » est trop long pour une adresse électronique (254 caractères au plus)</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address: the part before the @ has characters an address cannot have (name@organisation.org)</source>
        <translation>« {address} » n’est pas une adresse électronique : la partie avant le @ contient des caractères interdits dans une adresse (nom@organisation.org)</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address: the part after the @ is not a domain (name@organisation.org)</source>
        <translation>« {address} » n’est pas une adresse électronique : la partie après le @ n’est pas un domaine (nom@organisation.org)</translation>
    </message>
    <message>
        <source>“{address}” cannot be used: letters outside ASCII before the @ are not accepted by most mail servers, so invitations and replies would not get through. Use an address with only ASCII letters before the @.</source>
        <translation>« {address} » ne peut pas servir : la plupart des serveurs de messagerie refusent les lettres hors ASCII avant le @, les invitations et les réponses ne passeraient pas. Utilisez une adresse avec seulement des lettres ASCII avant le @.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Cannot save the settings: {error}</source>
        <translation>Impossible d’enregistrer les réglages : {error}</translation>
    </message>
    <message>
        <source>Leave them where they are, flagged</source>
        <translation>Les laisser en place, marqués</translation>
    </message>
    <message>
        <source>Move to the Organiser folders</source>
        <translation>Les déplacer dans les dossiers Organiser</translation>
    </message>
    <message>
        <source>None: not encrypted (port 25)</source>
        <translation>Aucune : non chiffré (port 25)</translation>
    </message>
    <message>
        <source>None: this computer&apos;s own server only</source>
        <translation>Aucune : seulement un serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (en général port 465)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 993)</source>
        <translation>SSL/TLS (en général port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation>STARTTLS (en général port 143)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (en général port 587)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>The change applies at the next start.</source>
        <translation>Le changement s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>{problem}
Defaults are shown instead.</source>
        <translation>{problem}
Les valeurs par défaut sont affichées à la place.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address (name@organisation.org)</source>
        <translation>« {address} » n’est pas une adresse électronique (nom@organisation.org)</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city)</source>
        <translation>« {zone} » n’est pas un fuseau horaire : choisissez-en un dans la liste (tapez une partie d’une ville)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows with &amp;errors</source>
        <translation>Importer les autres lignes et laisser de côté celles qui ont des &amp;erreurs</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds every row below, or none.</source>
        <translation>Rien n’est encore enregistré. L’importation ajoute toutes les lignes ci-dessous, ou aucune.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>What importing does with each row: new, update, duplicate, warning or error, with the line number.</source>
        <translation>Ce que l’import fait de chaque ligne : nouvelle, mise à jour, doublon, avertissement ou erreur, avec le numéro de ligne.</translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation>doublons</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erreurs</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelles</translation>
    </message>
    <message>
        <source>updates</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>avertissements</translation>
    </message>
    <message>
        <source>{count} rows have errors: fix the file and import it again, or leave those rows out.</source>
        <translation>{count} lignes ont des erreurs : corrigez le fichier et importez-le de nouveau, ou laissez ces lignes de côté.</translation>
    </message>
    <message>
        <source>{count} rows: </source>
        <translation>{count} lignes : </translation>
    </message>
</context>
<context>
    <name>ProgrammeArea</name>
    <message numerus="yes">
        <source>%n stated total(s) disagree with the budget lines.</source>
        <translation>
            <numerusform>%n total indiqué ne correspond pas aux lignes du budget.</numerusform>
            <numerusform>%n totaux indiqués ne correspondent pas aux lignes du budget.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Next steps (CSV)…</source>
        <translation>&amp;Prochaines étapes (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Programme report (PDF)…</source>
        <translation>&amp;Rapport du programme (PDF)…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Change owner or due date…</source>
        <translation>Changer le responsable ou l’échéance…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Consultations/workshop</source>
        <translation>Consultations/atelier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Each budget line: category, description, period and amount.</source>
        <translation>Chaque ligne du budget : catégorie, description, période et montant.</translation>
    </message>
    <message>
        <source>Each line of action with its ideas, decisions and next steps done, open and overdue; choosing one lists them below.</source>
        <translation>Chaque axe d’action avec ses idées, décisions et prochaines étapes faites, ouvertes et en retard ; en choisir un les liste dessous.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Export the next steps</source>
        <translation>Exporter les prochaines étapes</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Ideas, decisions and next steps of the line</source>
        <translation>Idées, décisions et prochaines étapes de l’axe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation>Axes d’action</translation>
    </message>
    <message>
        <source>Mark next step done</source>
        <translation>Marquer l’étape comme faite</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Next step marked done</source>
        <translation>Étape marquée comme faite</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Next steps (CSV)…</source>
        <translation>Prochaines étapes (CSV)…</translation>
    </message>
    <message>
        <source>Next steps written to {path}</source>
        <translation>Prochaines étapes enregistrées dans {path}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Opens the next step in the Next steps area, its owner ready to change (Enter on the row does the same)</source>
        <translation>Ouvre la prochaine étape dans l’espace Prochaines étapes, son responsable prêt à changer (Entrée sur la ligne fait de même)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <source>Programme report (PDF)…</source>
        <translation>Rapport du programme (PDF)…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <source>Save the programme report</source>
        <translation>Enregistrer le rapport du programme</translation>
    </message>
    <message>
        <source>Select a next step first</source>
        <translation>Choisissez d’abord une prochaine étape</translation>
    </message>
    <message>
        <source>Staff travel</source>
        <translation>Déplacements du personnel</translation>
    </message>
    <message>
        <source>Staff weeks</source>
        <translation>Semaines de personnel</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Indiqué</translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation>Total indiqué</translation>
    </message>
    <message>
        <source>Stated totals</source>
        <translation>Totaux annoncés</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>The budget lines added up per category.</source>
        <translation>Les lignes du budget additionnées par catégorie.</translation>
    </message>
    <message>
        <source>The totals the budget states, beside the computed ones: a difference is marked.</source>
        <translation>Les totaux indiqués par le budget, à côté des totaux calculés : un écart est signalé.</translation>
    </message>
    <message>
        <source>Total (computed)</source>
        <translation>Total (calculé)</translation>
    </message>
    <message>
        <source>Total computed from the lines: {total}</source>
        <translation>Total calculé à partir des lignes : {total}</translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation>Totaux par catégorie</translation>
    </message>
    <message>
        <source>What the chosen line of action holds, from every event; a next step shows its owner, due date and status.</source>
        <translation>Ce que contient l’axe d’action choisi, de toutes les réunions ; une prochaine étape montre son responsable, son échéance et son statut.</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>disagrees with the lines</source>
        <translation>ne correspond pas aux lignes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>no next steps</source>
        <translation>aucune étape</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>{percent} done ({done} of {total})</source>
        <translation>{percent} fait ({done} sur {total})</translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation>{status}, en retard</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next: {title} ({time})</source>
        <translation>Ensuite : {title} ({time})</translation>
    </message>
    <message>
        <source>Projector — {title}</source>
        <translation>Projecteur — {title}</translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation>Nous commençons bientôt</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Voting closed: totals shown.</source>
        <translation>Vote clos : totaux affichés.</translation>
    </message>
    <message>
        <source>Voting open: totals are shown when it closes.</source>
        <translation>Vote ouvert : les totaux s’affichent à la clôture.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restantes</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>de dépassement</translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <source> days ahead</source>
        <translation> jours à l’avance</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Préparer</translation>
    </message>
    <message>
        <source>Also steps already reminded today</source>
        <translation>Aussi les étapes déjà relancées aujourd’hui</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder for the drafts first.</source>
        <translation>Choisissez d’abord un dossier pour les brouillons.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <source>In the outbox: send them from File → Outbox.</source>
        <translation>Dans la boîte d’envoi : envoyez-les depuis Fichier → Boîte d’envoi.</translation>
    </message>
    <message>
        <source>One message per person with the steps they own that are overdue or due soon, in their language. A step reminded today is not reminded again today.</source>
        <translation>Un message par personne avec les étapes dont elle est responsable, en retard ou bientôt dues, dans sa langue. Une étape relancée aujourd’hui ne l’est pas une seconde fois aujourd’hui.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Put them in the outbox</source>
        <translation>Les mettre dans la boîte d’envoi</translation>
    </message>
    <message>
        <source>Remind owners of their next steps</source>
        <translation>Relancer les responsables de leurs prochaines étapes</translation>
    </message>
    <message>
        <source>Save as drafts (.eml) in a folder</source>
        <translation>Enregistrer comme brouillons (.eml) dans un dossier</translation>
    </message>
    <message>
        <source>Saved in {folder}: open each draft, check it and send it.</source>
        <translation>Enregistrés dans {folder} : ouvrez chaque brouillon, vérifiez-le et envoyez-le.</translation>
    </message>
    <message>
        <source>Steps due within</source>
        <translation>Étapes dues dans</translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>delegated</source>
        <translation>déléguée</translation>
    </message>
    <message>
        <source>needs action</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>Base de données Organiser (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restoring puts the chosen copy in place of &lt;b&gt;{name}&lt;/b&gt;. The current file is not deleted: it is kept beside it as &lt;i&gt;{kept}&lt;/i&gt;.</source>
        <translation>La restauration met la copie choisie à la place de &lt;b&gt;{name}&lt;/b&gt;. Le fichier actuel n’est pas supprimé : il est gardé à côté sous le nom &lt;i&gt;{kept}&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>The automatic backups, newest first; Enter or double-click restores the chosen one.</source>
        <translation>Les sauvegardes automatiques, les plus récentes d’abord ; Entrée ou double-clic restaure celle choisie.</translation>
    </message>
    <message>
        <source>There is no automatic backup of this database yet.</source>
        <translation>Il n’y a pas encore de sauvegarde automatique de cette base de données.</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} Kio</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>chair</source>
        <translation>présidence</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>CalDAV calendar URL</source>
        <translation>Adresse du calendrier CalDAV</translation>
    </message>
    <message>
        <source>CalDAV user name</source>
        <translation>Nom d’utilisateur CalDAV</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Sauvegardes quotidiennes conservées</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Database (file or URL; empty: the default file)</source>
        <translation>Base de données (fichier ou URL)</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Fuseau horaire par défaut</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Fetch every N minutes while the app is open (0: never)</source>
        <translation>Relever toutes les N minutes, application ouverte (0 : jamais)</translation>
    </message>
    <message>
        <source>Folders to read (comma-separated)</source>
        <translation>Dossiers à lire (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Handled replies: move (to Organiser/…) or flag</source>
        <translation>Réponses traitées : move (vers Organiser/…) ou flag (marquer)</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>Port IMAP</translation>
    </message>
    <message>
        <source>IMAP server (replies are fetched from it)</source>
        <translation>Serveur IMAP (les réponses y sont relevées)</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>Nom d’utilisateur IMAP</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface language (empty: system)</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>Port SMTP</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nom d’utilisateur SMTP</translation>
    </message>
    <message>
        <source>Security (ssl, starttls, none)</source>
        <translation>Sécurité (ssl, starttls, none)</translation>
    </message>
    <message>
        <source>Security (starttls, ssl, none)</source>
        <translation>Sécurité (starttls, ssl, none)</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Votre adresse électronique</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
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
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Mail &amp;invitations…</source>
        <translation>Envoyer les &amp;invitations…</translation>
    </message>
    <message>
        <source>Mail minu&amp;tes…</source>
        <translation>Envoyer le compte &amp;rendu…</translation>
    </message>
    <message>
        <source>O&amp;utbox…</source>
        <translation>Boîte d’&amp;envoi…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurer une sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Restore works on a database file; open one first.</source>
        <translation>La restauration porte sur un fichier de base de données ; ouvrez-en un d’abord.</translation>
    </message>
    <message>
        <source>Restored. The previous file is kept as {path}</source>
        <translation>Restauré. Le fichier précédent est gardé sous le nom {path}</translation>
    </message>
    <message>
        <source>Saving a backup…</source>
        <translation>Enregistrement d’une sauvegarde…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Last fetch of replies</source>
        <translation>Dernière relève des réponses</translation>
    </message>
    <message>
        <source>Last publish of the calendar</source>
        <translation>Dernière publication du calendrier</translation>
    </message>
    <message>
        <source>Last sending</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>calendar {time}</source>
        <translation>calendrier {time}</translation>
    </message>
    <message>
        <source>not reached: {summary}</source>
        <translation>non joint : {summary}</translation>
    </message>
    <message>
        <source>replies {time}</source>
        <translation>réponses {time}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) waiting in the outbox</source>
        <translation>
            <numerusform>%Ln message en attente d’envoi</numerusform>
            <numerusform>%Ln messages en attente d’envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation>{count} à envoyer</translation>
    </message>
    <message>
        <source>○ Not synced yet</source>
        <translation>○ Pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation>Décisions : {decisions}, prochaines étapes : {steps}</translation>
    </message>
    <message>
        <source>Invited: {invited}, attended: {attended}</source>
        <translation>Invités : {invited}, présents : {attended}</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucune réunion pour l’instant</translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message numerus="yes">
        <source>%Ln vote(s)</source>
        <translation>
            <numerusform>%Ln voix</numerusform>
            <numerusform>%Ln voix</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Un participant non inscrit doit avoir un nom.</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Participant non inscrit</translation>
    </message>
    <message>
        <source>Reading the organisations…</source>
        <translation>Lecture des organisations…</translation>
    </message>
    <message>
        <source>Reading the organisations… the walk-in is added once they are read.</source>
        <translation>Lecture des organisations… le participant non inscrit est ajouté dès qu’elles sont lues.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Discard the changes you typed?</source>
        <translation>Abandonner les modifications saisies ?</translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <source>“{address}” cannot be mailed: it is not a valid e-mail address. Correct it or remove it.</source>
        <translation>« {address} » ne peut pas recevoir de courrier : ce n’est pas une adresse électronique valide. Corrigez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>“{address}” cannot be mailed: most mail servers refuse letters outside ASCII before the @. Ask the person for another address.</source>
        <translation>« {address} » ne peut pas recevoir de courrier : la plupart des serveurs de messagerie refusent les lettres hors ASCII avant le @. Demandez une autre adresse à la personne.</translation>
    </message>
</context>
</TS>
