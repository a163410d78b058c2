<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Area</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="27"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="28"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="29"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="30"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="47"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="48"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="49"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="50"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="51"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="52"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="53"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="54"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="55"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="56"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="57"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="58"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="59"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="60"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="61"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="62"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="63"/>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="64"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="62"/>
        <location filename="../../organiser/ui/main_window.py" line="139"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="89"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="94"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="101"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="117"/>
        <source>&amp;About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="138"/>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="152"/>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="153"/>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="166"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="196"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="197"/>
        <source>{path}: not a file Organiser reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="214"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="216"/>
        <source>&lt;p&gt;Plan, run and follow up consultations and brainstorming workshops, offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="35"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="36"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="37"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="38"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="39"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="40"/>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="41"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="42"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeArea</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="216"/>
        <location filename="../../organiser/ui/areas/programme.py" line="472"/>
        <source>Programme report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="219"/>
        <location filename="../../organiser/ui/areas/programme.py" line="473"/>
        <source>Next steps (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="240"/>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="241"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="242"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="243"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="244"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="245"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="246"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="252"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="253"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="254"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="255"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="256"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="258"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="267"/>
        <source>Mark next step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="274"/>
        <source>Lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="280"/>
        <location filename="../../organiser/ui/areas/programme.py" line="288"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="281"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="282"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="283"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="289"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="290"/>
        <source>Total (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="304"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="324"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="328"/>
        <source>no next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="329"/>
        <source>{percent} done ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="334"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="334"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="335"/>
        <location filename="../../organiser/ui/areas/programme.py" line="417"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="340"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="340"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="341"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="341"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="343"/>
        <source>{status}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="346"/>
        <source>Staff weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="346"/>
        <source>Staff travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="347"/>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="348"/>
        <source>Consultations/workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="349"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="377"/>
        <source>Total computed from the lines: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../organiser/ui/areas/programme.py" line="382"/>
        <source>%n stated total(s) disagree with the budget lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="407"/>
        <source>Select a next step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="419"/>
        <source>Next step marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="425"/>
        <source>Save the programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="426"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="440"/>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="442"/>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="448"/>
        <source>Export the next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="449"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="463"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="465"/>
        <source>Next steps written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="470"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="490"/>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="491"/>
        <source>disagrees with the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="493"/>
        <source>Stated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="494"/>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="496"/>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="498"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="500"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="513"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="514"/>
        <source>This record was changed by someone else since you opened it. Your change was not saved; the screen now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="103"/>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="188"/>
        <source>Invited: {invited}, attended: {attended}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="189"/>
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
