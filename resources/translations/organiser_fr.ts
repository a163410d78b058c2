<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>Area</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="27" />
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="28" />
        <source>Events</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="29" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="30" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="47" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="48" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="49" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="50" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="51" />
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="52" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="53" />
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="54" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="55" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="56" />
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="57" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="58" />
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="59" />
        <source>Tags</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="60" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="61" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="62" />
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="63" />
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="64" />
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="62" />
        <location filename="../../organiser/ui/main_window.py" line="139" />
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="89" />
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="94" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="101" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="117" />
        <source>&amp;About {name}</source>
        <translation>À &amp;propos de {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="138" />
        <source>Database: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="152" />
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="153" />
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation>Base de données Organiser (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="166" />
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="196" />
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="197" />
        <source>{path}: not a file Organiser reads</source>
        <translation>{path} : Organiser ne lit pas ce fichier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="214" />
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="216" />
        <source>&lt;p&gt;Plan, run and follow up consultations and brainstorming workshops, offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Préparer, animer et suivre consultations et ateliers de réflexion, hors ligne.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="35" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="36" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="37" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="38" />
        <source>&amp;Event</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="39" />
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="40" />
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="41" />
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="42" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
</context>
<context>
    <name>ProgrammeArea</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="216" />
        <location filename="../../organiser/ui/areas/programme.py" line="472" />
        <source>Programme report (PDF)…</source>
        <translation>Rapport du programme (PDF)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="219" />
        <location filename="../../organiser/ui/areas/programme.py" line="473" />
        <source>Next steps (CSV)…</source>
        <translation>Prochaines étapes (CSV)…</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="240" />
        <source>Line of action</source>
        <translation>Axe d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="241" />
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="242" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="243" />
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="244" />
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="245" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="246" />
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="252" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="253" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="254" />
        <source>Event</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="255" />
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="256" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="258" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="267" />
        <source>Mark next step done</source>
        <translation>Marquer l’étape comme faite</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="274" />
        <source>Lines of action</source>
        <translation>Axes d’action</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="280" />
        <location filename="../../organiser/ui/areas/programme.py" line="288" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="281" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="282" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="283" />
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="289" />
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="290" />
        <source>Total (computed)</source>
        <translation>Total (calculé)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="304" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="324" />
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="328" />
        <source>no next steps</source>
        <translation>aucune étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="329" />
        <source>{percent} done ({done} of {total})</source>
        <translation>{percent} fait ({done} sur {total})</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="334" />
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="334" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="335" />
        <location filename="../../organiser/ui/areas/programme.py" line="417" />
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="340" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="340" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="341" />
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="341" />
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="343" />
        <source>{status}, overdue</source>
        <translation>{status}, en retard</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="346" />
        <source>Staff weeks</source>
        <translation>Semaines de personnel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="346" />
        <source>Staff travel</source>
        <translation>Déplacements du personnel</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="347" />
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="348" />
        <source>Consultations/workshop</source>
        <translation>Consultations/atelier</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="349" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="377" />
        <source>Total computed from the lines: {total}</source>
        <translation>Total calculé à partir des lignes : {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../organiser/ui/areas/programme.py" line="382" />
        <source>%n stated total(s) disagree with the budget lines.</source>
        <translation>
            <numerusform>%n total indiqué ne correspond pas aux lignes du budget.</numerusform>
            <numerusform>%n totaux indiqués ne correspondent pas aux lignes du budget.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="407" />
        <source>Select a next step first</source>
        <translation>Choisissez d’abord une prochaine étape</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="419" />
        <source>Next step marked done</source>
        <translation>Étape marquée comme faite</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="425" />
        <source>Save the programme report</source>
        <translation>Enregistrer le rapport du programme</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="426" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="440" />
        <source>Programme report</source>
        <translation>Rapport du programme</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="442" />
        <source>Report written to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="448" />
        <source>Export the next steps</source>
        <translation>Exporter les prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="449" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="463" />
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="465" />
        <source>Next steps written to {path}</source>
        <translation>Prochaines étapes enregistrées dans {path}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="470" />
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="490" />
        <source>agrees</source>
        <translation>correspond</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="491" />
        <source>disagrees with the lines</source>
        <translation>ne correspond pas aux lignes</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="493" />
        <source>Stated total</source>
        <translation>Total indiqué</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="494" />
        <source>Stated</source>
        <translation>Indiqué</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="496" />
        <source>Computed</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="498" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="500" />
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="513" />
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="514" />
        <source>This record was changed by someone else since you opened it. Your change was not saved; the screen now shows their version.</source>
        <translation>Quelqu’un d’autre a modifié cet élément depuis que vous l’avez ouvert. Votre modification n’a pas été enregistrée ; l’écran affiche maintenant sa version.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="103" />
        <source>No events yet</source>
        <translation>Aucune réunion pour l’instant</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="188" />
        <source>Invited: {invited}, attended: {attended}</source>
        <translation>Invités : {invited}, présents : {attended}</translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="189" />
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation>Décisions : {decisions}, prochaines étapes : {steps}</translation>
    </message>
</context>
</TS>