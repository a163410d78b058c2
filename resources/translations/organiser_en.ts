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
        <location filename="../../organiser/ui/areas/programme.py" line="211"/>
        <location filename="../../organiser/ui/areas/programme.py" line="465"/>
        <source>Programme report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="214"/>
        <location filename="../../organiser/ui/areas/programme.py" line="466"/>
        <source>Next steps (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="234"/>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="235"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="236"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="237"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="238"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="239"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="240"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="246"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="247"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="248"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="249"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="250"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="252"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="261"/>
        <source>Mark next step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="267"/>
        <source>Lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="273"/>
        <location filename="../../organiser/ui/areas/programme.py" line="281"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="274"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="275"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="276"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="282"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="283"/>
        <source>Total (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="297"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="317"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="321"/>
        <source>no next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="322"/>
        <source>{percent} done ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="327"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="327"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="328"/>
        <location filename="../../organiser/ui/areas/programme.py" line="410"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="333"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="333"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="334"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="334"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="336"/>
        <source>{status}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="339"/>
        <source>Staff weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="339"/>
        <source>Staff travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="340"/>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="341"/>
        <source>Consultations/workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="342"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="370"/>
        <source>Total computed from the lines: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../organiser/ui/areas/programme.py" line="375"/>
        <source>%n stated total(s) disagree with the budget lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="400"/>
        <source>Select a next step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="412"/>
        <source>Next step marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="418"/>
        <source>Save the programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="419"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="433"/>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="435"/>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="441"/>
        <source>Export the next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="442"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="456"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="458"/>
        <source>Next steps written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="463"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="474"/>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="475"/>
        <source>disagrees with the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="477"/>
        <source>Stated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="478"/>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="480"/>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="482"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="484"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="497"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="498"/>
        <source>This record was changed by someone else since you opened it. Your change was not saved; the screen now shows their version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="102"/>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="186"/>
        <source>Invited: {invited}, attended: {attended}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="187"/>
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
