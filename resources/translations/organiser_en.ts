<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddInviteesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="1" />
        <source>already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46"/>
        <source>Add people to the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46"/>
        <source>Find people to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46"/>
        <source>People, organisations and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="46"/>
        <source>Tick those to invite (Space); an organisation or a tag invites all its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="50"/>
        <source>Name, address, organisation or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="68"/>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="72"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="59" />
        <source>Agenda — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="59" />
        <source>The items in order, with start times; Ctrl+N adds one, Delete deletes, Ctrl+↑ and Ctrl+↓ move the chosen item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="103" />
        <source>(no second time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="122" />
        <source>Add item (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="123" />
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="124" />
        <source>Up (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="125" />
        <source>Down (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="126" />
        <source>Copy from event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="127" />
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="128" />
        <source>Apply template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="148" />
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="150" />
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="170" />
        <source>Times in {zone}; also show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="223" />
        <source>Day {day}: {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="228" />
        <source>runs {minutes} min past its end ({end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="231" />
        <source>No items yet: Ctrl+N adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="300" />
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="350" />
        <source>Start of day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="373" />
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="399" />
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="400" />
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="413" />
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="414" />
        <source>{title} has minutes. Delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="417" />
        <source>Delete {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="438" />
        <source>Move {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="467" />
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="468" />
        <source>No other event has an agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="470" />
        <source>{name} ({count} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="472" />
        <source>Copy an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="472" />
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="484" />
        <source>Replace the current items? (No adds the copied items after them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="490" />
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="491" />
        <source>Name of the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="495" />
        <source>Saved the template {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="502" />
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="503" />
        <source>No template yet: save one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="507" />
        <source>Apply a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/editor.py" line="507" />
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="65" />
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="82" />
        <source>Day &amp;starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="96" />
        <source>Save item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="103" />
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="104" />
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="105" />
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="106" />
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="108" />
        <source>&amp;Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="109" />
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="145" />
        <source>Open actions from earlier events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="161" />
        <source>day 1 starts with the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/form.py" line="162" />
        <source>day {day}; its items follow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="32"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="33"/>
        <source>presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="34"/>
        <source>discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="35"/>
        <source>brainstorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="36"/>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="37"/>
        <source>review of actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="32" />
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="32" />
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="33" />
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="33" />
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="34" />
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="34" />
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="35" />
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="36" />
        <source>Attendee time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="62" />
        <source>Time in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="79" />
        <source>({count} open actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="92" />
        <source>({days} day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/agenda/model.py" line="98" />
        <source>This item ends after the day&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="26"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="27"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="28"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="29"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="38"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="39"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="40"/>
        <source>left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="41"/>
        <source>apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="42"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../organiser/ui/background.py" line="92"/>
        <source>Cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="62"/>
        <location filename="../../organiser/ui/live/board_columns.py" line="175"/>
        <source>{count} votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="64"/>
        <source>1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board_columns.py" line="64"/>
        <source>The theme's ideas as cards; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="53"/>
        <source>Not in a theme yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="68"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="68"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="69"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="69"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="70"/>
        <source>Dots of voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="142"/>
        <location filename="../../organiser/ui/live/board.py" line="157"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="1" />
        <source>Voting is closed: reopen it to give or take back dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="1" />
        <source>{total} votes per person: {voter} has used them all; take one back first (0 or −).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216"/>
        <source>Type an idea and press Enter (one per line when pasting several); ↓ to its card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216"/>
        <source>Themes and their ideas; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="216"/>
        <source>The ideas with the most dots first, once totals are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="228"/>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="272"/>
        <source>New theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="273"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="274"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="334"/>
        <source>→ Decision (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="336"/>
        <source>→ Next step (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="284"/>
        <source>Hide totals until voting closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="262"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="264"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="275"/>
        <source>Move to theme… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="277"/>
        <source>Out of theme (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="286"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="302"/>
        <location filename="../../organiser/ui/live/board.py" line="657"/>
        <source>Close voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="308"/>
        <source>Dot voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="315"/>
        <source>Votes per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="317"/>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="320"/>
        <source>Select an idea: 1–9 or + give dots, 0 or − take them back; type a name (Enter) to change voter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="325"/>
        <source>+ dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="326"/>
        <source>− dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="329"/>
        <source>Ranking (when totals are shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="365"/>
        <source>(no author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="366"/>
        <source>(choose a voter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="380"/>
        <source>(no line of action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="423"/>
        <location filename="../../organiser/ui/live/board.py" line="657"/>
        <source>Reopen voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="424"/>
        <source>Close voting and show totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="427"/>
        <source>{voter}: {used} of {total} dots used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="437"/>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="468"/>
        <source>No theme yet: make one with New theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="470"/>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="496"/>
        <source>New idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="518"/>
        <source>Move idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="519"/>
        <source>Move ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="525"/>
        <source>Select one or more ideas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="527"/>
        <source>Move to theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="545"/>
        <source>New theme {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="551"/>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="552"/>
        <source>Title of the theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="561"/>
        <source>Select a theme first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="564"/>
        <location filename="../../organiser/ui/live/board.py" line="579"/>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="564"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="587"/>
        <source>Select the theme to merge into another first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="589"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="602"/>
        <source>Merge themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="619"/>
        <source>Voting rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="627"/>
        <source>Choose the voter first: type their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="761"/>
        <source>Nobody named “{name}” can vote here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="632"/>
        <source>Select one idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="643"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="643"/>
        <source>Take back a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/board.py" line="675"/>
        <source>Select one idea or a theme to promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen v&amp;oting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the voter: type the name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the idea field to the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the voter that many dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the card to the next or previous theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One dot more, one dot less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters of a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="91"/>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="92"/>
        <source>New next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="96"/>
        <source>type a few letters of a person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="101"/>
        <source>(no line of action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="110"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="112"/>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="113"/>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="117"/>
        <source>&amp;Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="134"/>
        <source>Type the text first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="39"/>
        <source>Type part of a name, organisation or e-mail · Enter present · F6 late · F7 left early · F8 apologies · F4 not here · ↑↓ choose · Ctrl+N walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="48"/>
        <source>{status} (walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="56"/>
        <source>not invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="131"/>
        <source>Find a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="198"/>
        <source>Nobody matches; Ctrl+N adds a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="203"/>
        <source>Type part of a name first (or choose with ↑↓).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="206"/>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="210"/>
        <source>(had replied: {reply})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited people and their attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="1"/>
        <source>Loading the list of people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="1"/>
        <source>Still loading the list of people: one moment.</source>
    </message>
    <message>
        <source>Choose another match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="46"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="47"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="48"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="49"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="50"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="52"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="54"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="55"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="56"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="57"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="58"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="59"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="60"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="61"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="62"/>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="63"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="31"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="31"/>
        <source>Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="32"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="67"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="68"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="69"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="70"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="71"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="72"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="73"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="74"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="75"/>
        <source>Local start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="76"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="77"/>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="78"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="54"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="54"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="55"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="56"/>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="56"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="66"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="66"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="67"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="68"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="68"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="69"/>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="38"/>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="38"/>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="39"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="39"/>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="39"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="40"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="85"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="86"/>
        <source>Check how the file was read and which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="97"/>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="104"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="107"/>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="109"/>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="148"/>
        <source>header on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="149"/>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="150"/>
        <source>Read as {encoding}, {delimiter}-separated, {header}, {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="154"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="155"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="156"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="168"/>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="40"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="43"/>
        <source>Show their change; what you typed stays in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="61"/>
        <source>Your change was not saved. Reload shows their change and keeps what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="72"/>
        <source>Reloaded: their change is in the form and so is yours. Check, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="75"/>
        <source>Reloaded: they changed the same fields as you. The form shows their text; yours is kept below. Check, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="78"/>
        <source>{field}, your text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="83"/>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="85"/>
        <source>Put your text back in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="123"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/conflict.py" line="124"/>
        <source>Your change was not saved. The screen now shows theirs; make your change again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="38"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="39"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="40"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="41"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="42"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="43"/>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="44"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="45"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="46"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="47"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="48"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="49"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="50"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="51"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="52"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49"/>
        <source>The people matching the search, the tag and the organisation; Enter edits the chosen person, Delete deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="49"/>
        <source>Choosing an organisation lists only its people; double-click to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="50"/>
        <source>invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="51"/>
        <source>attendance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="52"/>
        <source>next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="53"/>
        <source>agenda items presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="54"/>
        <source>ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="55"/>
        <source>votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="56"/>
        <source>delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="72"/>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="88"/>
        <source>Search name, organisation, e-mail, country… (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="94"/>
        <location filename="../../organiser/ui/areas/contacts.py" line="260"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="128"/>
        <source>New &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="130"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="132"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="134"/>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="136"/>
        <source>New &amp;organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="137"/>
        <source>Edit o&amp;rganisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="139"/>
        <source>Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="142"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="143"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="144"/>
        <source>Find d&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="149"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="167"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="208"/>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="211"/>
        <source>E&amp;xport contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="246"/>
        <source>No database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="301"/>
        <source>{total} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="302"/>
        <source>{shown} of {total} people shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="398"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="411"/>
        <source>{count} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="413"/>
        <source>Delete {who}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="416"/>
        <source>They have {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="417"/>
        <source>This person has {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="418"/>
        <source>Their invitations, attendance and votes are deleted with them; next steps they own and talks they gave keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="421"/>
        <location filename="../../organiser/ui/areas/contacts.py" line="479"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="429"/>
        <source>Deleted {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="439"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="440"/>
        <source>Tag for {count} selected people (choose or type a new one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="445"/>
        <source>Tagged {count} people {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="473"/>
        <source>Delete the organisation {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="476"/>
        <source>{links} refer to it. The people stay, without an organisation; next steps keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="516"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="517"/>
        <source>Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="527"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="528"/>
        <source>CSV for Excel (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="546"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/contacts.py" line="548"/>
        <source>Exported {count} people to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterProposalsDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="35"/>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="120"/>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="176"/>
        <source>Proposals of another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="35"/>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="120"/>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="176"/>
        <source>Other times proposed by invitees; choose one to accept or decline it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="44"/>
        <source>Accept (move the event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="46"/>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="73"/>
        <source>Accepting moves the event to the proposed time: everyone is asked again with the update. Declining sends the proposer a DECLINECOUNTER; the event stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="86"/>
        <source>{start} to {end} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="89"/>
        <source>no time given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="112"/>
        <source>Accept the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="113"/>
        <source>Move the event to the time {name} proposed? Every answer is asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="124"/>
        <source>The event moved (SEQUENCE {sequence}); {count} answer(s) were reset. Send the update: Mail invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="139"/>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="147"/>
        <source>Decline the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="140"/>
        <source>A word for {name} (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="148"/>
        <source>How should the DECLINECOUNTER reach {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="150"/>
        <source>Put the message in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="152"/>
        <source>Save the .ics file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="162"/>
        <source>Save the DECLINECOUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/counter_proposals.py" line="163"/>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="49"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="50"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="51"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="52"/>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../organiser/ui/crash.py" line="59"/>
        <source>{name}: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="59"/>
        <source>Details of the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="62"/>
        <source>It was also written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="65"/>
        <source>Something went wrong that Organiser did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="66"/>
        <source>Your data is as it was before the action that failed: nothing was half saved. You can go on working, or restart Organiser to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="69"/>
        <source>Please send the details below to whoever supports Organiser for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="80"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/crash.py" line="89"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocationEditor</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="88"/>
        <source>the default file in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="90"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="96"/>
        <source>A shared PostgreSQL database works too: postgresql+psycopg://user@host/organiser. --db and ORGANISER_DB take precedence; the change applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="113"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="114"/>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="51"/>
        <source>2027-03-31 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/capture.py" line="53"/>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delimiter</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="53"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="54"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="55"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="56"/>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="30" />
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="31" />
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="32" />
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="33" />
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="34" />
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="35" />
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="36" />
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="37" />
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="38" />
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="39" />
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="40" />
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="41" />
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="42" />
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="43" />
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="44" />
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="45" />
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="46" />
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="47" />
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="48" />
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="49" />
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="50" />
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="51" />
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="52" />
        <source>Brainstorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="53" />
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="54" />
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="55" />
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="56" />
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="57" />
        <source>Lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="58" />
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="59" />
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="60" />
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="61" />
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="62" />
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="63" />
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="64" />
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="65" />
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="66" />
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="67" />
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="68" />
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="69" />
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="70" />
        <source>Total (computed from the lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="71" />
        <source>Totals as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="72" />
        <source>Disagrees with the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="73" />
        <source>Agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="74" />
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="75" />
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="76" />
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="77" />
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="78" />
        <source>Next steps: {count} to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="80" />
        <source>Next steps: {count} to follow up, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="81" />
        <source>Dear {name},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="82" />
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="84" />
        <source>Here is where the next steps agreed in our meetings stand, with their due dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="87" />
        <source>Your next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="88" />
        <source>Next steps of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="89" />
        <source>overdue since {date} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="90" />
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="91" />
        <source>due today ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="92" />
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="93" />
        <source>agreed at: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="95" />
        <source>If a step is done, late or no longer needed, a short reply to this message is enough: I will update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="98" />
        <source>Best regards,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="105" />
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="106" />
        <source>Dot-vote sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="107" />
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="108" />
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="111" />
        <source>Also in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="112" />
        <source>Day {day} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="40" />
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="114" />
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="115" />
        <source>left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="116" />
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="117" />
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="120" />
        <source>{present} present, {apologies} sent apologies, {absent} absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="121" />
        <source>Walk-ins: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="122" />
        <source>No attendance was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="123" />
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="127" />
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="128" />
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="131" />
        <source>No discussion was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="132" />
        <source>No decisions were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="133" />
        <source>Under: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="134" />
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="137" />
        <source>Theme and ideas (ranked by votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="138" />
        <source>No brainstorming took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="139" />
        <source>No next steps were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="140" />
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="141" />
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="142" />
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="143" />
        <source>Draft for review: these minutes have not been approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="144" />
        <source>First issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="145" />
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="146" />
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="147" />
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="148" />
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="151" />
        <source>Draft of version {next}: it replaces version {count} once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="152" />
        <source>Approved by {name} on {date} (version {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="153" />
        <source>Draft of version {number}, not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="154" />
        <source>Draft, not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="158" />
        <source>Brainstorming outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="160" />
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="161" />
        <source>The agenda has not been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="162" />
        <source>Times are in {zone} ({offset}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="163" />
        <source>Times are in {zone} ({offset}) and {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="165" />
        <source>Please sign next to your name. If you are not listed, write your name, organisation and e-mail in a blank row at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="168" />
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="169" />
        <source>Organisation / e-mail (walk-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="170" />
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="172" />
        <source>Each participant has {count} dots. Tick one box for each dot you give an idea; you may give one idea several dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="175" />
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="176" />
        <source>Dots: tick one box for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="177" />
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/core/i18n_docs.py" line="178" />
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="40"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="40"/>
        <source>Pairs of people who may be the same person, and why; merging keeps the one in the Keep column (Swap keeps the other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="51"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="54"/>
        <source>&amp;Swap (keep the other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="76"/>
        <source>{count} likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="77"/>
        <source>No likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="105"/>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="117"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_duplicates.py" line="106"/>
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is then deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged #{other_id} into #{keep_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging moves invitations, attendance, next steps, addresses and tags to the person kept, then deletes the other. Where the two differ, choose the value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="57"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="57"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="111"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="111"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="112"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="112"/>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="113"/>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="114"/>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="115"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="116"/>
        <source>&amp;Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="117"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="125" />
        <source>Documents in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="118"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_editor.py" line="157"/>
        <source>Calendar version (SEQUENCE) {sequence}: changing the time, place or status sends an update; the title or description alone do not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="15"/>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="16"/>
        <source>information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="17"/>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="18"/>
        <source>network meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="19"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="20"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="21"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="22"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="44"/>
        <source>Documents (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="44"/>
        <source>One row per event; the chosen event's invitations are listed below. Ctrl+E edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="45"/>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="118"/>
        <source>No database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="135"/>
        <source>{count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="255"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="263"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="265"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="268"/>
        <source>&amp;Cancel event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="270"/>
        <source>Calendar &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="276"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="288"/>
        <source>Event created; add people below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="304"/>
        <source>Event saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="306"/>
        <source>Event saved: SEQUENCE {sequence}, {count} answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="309"/>
        <source>Event saved: SEQUENCE {sequence}. Send the update: Mail invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="326"/>
        <source>Copy made as a draft, with the same invitees; edit its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="334"/>
        <source>Cancel this event? Every invitee then needs the cancellation (the event&apos;s calendar file becomes a CANCEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="337"/>
        <source>Cancel the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="340"/>
        <source>Cancel and mail the cancellations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="343"/>
        <source>Cancel the event only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="346"/>
        <source>Keep the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="381"/>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="382"/>
        <location filename="../../organiser/ui/areas/events.py" line="438"/>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="385"/>
        <source>Calendar file written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="390"/>
        <source>Import calendar &amp;replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="394"/>
        <source>Export programme &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="424"/>
        <source>Import calendar replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="425"/>
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="437"/>
        <source>Export the programme calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="442"/>
        <source>Programme calendar written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="472"/>
        <source>Calendar replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="473"/>
        <source>{applied} of {total} replies applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="485"/>
        <source>{applied} of {total} calendar replies applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../organiser/ui/file_dialogs.py" line="125"/>
        <source>{path} is the database Organiser has open: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="70"/>
        <source>imported {people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="72"/>
        <source>would import {people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="73"/>
        <source>, {organisations} organisations; {duplicates} duplicates skipped; {warnings} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="78"/>
        <source>; {count} rows with errors left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="273"/>
        <source>Import contacts from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="340"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="130"/>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="263"/>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="130"/>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="263"/>
        <source>The people invited to the chosen event, their role and their reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="137"/>
        <source>Add people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="140"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="143"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="147"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="151"/>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="211"/>
        <source>Proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="152"/>
        <source>Invitees&apos; proposals of another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="194"/>
        <source>Select an event to see its invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="210"/>
        <source>Proposals ({count})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="218"/>
        <source>{count} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="222"/>
        <source>{total} invited — {replies} — {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="223"/>
        <source>no replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="224"/>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="324"/>
        <source>Remove invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="325"/>
        <source>Remove {names} from the event? Each needs the cancellation (a CANCEL calendar) so that the meeting leaves their calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="330"/>
        <source>Remove and mail the cancellation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="332"/>
        <source>Remove only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/event_invitations.py" line="1"/>
        <source>Loading the invitations…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsTable</name>
    <message>
        <location filename="../../organiser/ui/models/invitations.py" line="30"/>
        <source>delegated by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/models/invitations.py" line="38"/>
        <source>{zone} (the invitee&apos;s own clock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <location filename="../../organiser/ui/live/__init__.py" line="42"/>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/__init__.py" line="44"/>
        <source>&amp;Live mode…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48"/>
        <source>Captured with Ctrl+D (decision) and Ctrl+T (next step) while the item runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="48"/>
        <source>The day's items with planned and expected times; the item under way is marked running. F9 starts the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="50"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="109"/>
        <source>Live — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="140"/>
        <source>Next item (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="178"/>
        <source>Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next step (from the current line or selection) · Alt+↑/↓ previous/next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="202"/>
        <source>Decisions and next steps of the event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="216"/>
        <source>Check-in (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="216"/>
        <source>&amp;Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="217"/>
        <source>Agenda and minutes (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="217"/>
        <source>&amp;Agenda and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="218"/>
        <source>Brainstorm board (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="218"/>
        <source>B&amp;rainstorm board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="233"/>
        <source>The minutes are approved: read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="249"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="251"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="260"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="263"/>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="269"/>
        <location filename="../../organiser/ui/live/window.py" line="599"/>
        <source>Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="269"/>
        <location filename="../../organiser/ui/live/window.py" line="599"/>
        <source>&amp;Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="271"/>
        <source>Pre&amp;vious item&apos;s minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="273"/>
        <source>Ne&amp;xt item&apos;s minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="276"/>
        <source>New &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="278"/>
        <source>New next &amp;step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="280"/>
        <source>&amp;Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="283"/>
        <source>&amp;Projector view (room screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="286"/>
        <source>Projector shows agenda / &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="298"/>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="298"/>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="398"/>
        <source>{present} present of {invited} invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="401"/>
        <source>(+{count} walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="402"/>
        <source>(+{count} walk-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="408"/>
        <source>Decision: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="411"/>
        <source>Next step: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="425"/>
        <source>No agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="429"/>
        <source>{title} — day {day}, {time}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="436"/>
        <source>Real time: {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="441"/>
        <source>Open actions from earlier events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="486"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="498"/>
        <source>Typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="536"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="545"/>
        <location filename="../../organiser/ui/live/window.py" line="551"/>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="550"/>
        <source>Undone: {name} is {status} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="557"/>
        <source>Check-in: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="577"/>
        <source>Walk-in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="579"/>
        <source>{name}: present (walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="621"/>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="622"/>
        <source>All items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="630"/>
        <source>{time} left — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="636"/>
        <source>over-run {time} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="666"/>
        <source>The minutes are approved: nothing can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="702"/>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="703"/>
        <source>New next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="723"/>
        <source>Live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and next steps of the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min left — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over-run {minutes} min — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1"/>
        <source>Loading the agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/window.py" line="1"/>
        <source>… and {count} more (Next steps area)</source>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="265"/>
        <source>From: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="267"/>
        <source>To: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="269"/>
        <source>Subject: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="277"/>
        <source>Attached: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="293"/>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="296"/>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="302"/>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="337"/>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="297"/>
        <source>No message to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="303"/>
        <source>{count} message(s) prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="305"/>
        <source>{count} left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="309"/>
        <source>Show Details… to read the first message before it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="311"/>
        <source>Save as .eml files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="313"/>
        <source>Put in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="322"/>
        <source>Save the messages in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="327"/>
        <source>{count} message(s) saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="333"/>
        <source>{count} message(s) queued; send them from File → Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="66"/>
        <location filename="../../organiser/ui/main_window.py" line="213"/>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="66"/>
        <location filename="../../organiser/ui/main_window.py" line="213"/>
        <source>Choose an area to show it; Ctrl+1 to Ctrl+4 from anywhere in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="108"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="113"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="120"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129"/>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129"/>
        <source>&amp;Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="129"/>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="145"/>
        <source>&amp;About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="212"/>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="234"/>
        <source>Reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="290"/>
        <location filename="../../organiser/ui/startup.py" line="179"/>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="291"/>
        <location filename="../../organiser/ui/startup.py" line="181"/>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="302"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="334"/>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="335"/>
        <source>{path}: not a file Organiser reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="351"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/main_window.py" line="353"/>
        <source>&lt;p&gt;Plan, run and follow up consultations and brainstorming workshops, offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="34"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="35"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="36"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="37"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="38"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="39"/>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="40"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/i18n.py" line="41"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/app.py" line="186"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/events.py" line="42"/>
        <source>Eve&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="47"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="48"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepStatus</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="43"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="44"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="45"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="46"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsArea</name>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52"/>
        <source>Open and in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52"/>
        <source>The decisions of every event matching the search, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52"/>
        <source>Each change of the chosen next step: when, who and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="52"/>
        <source>One row per next step; Enter or F2 on the owner, due date or status edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="53"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="54"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="55"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="56"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="57"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="60"/>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="61"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="62"/>
        <source>Due in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="63"/>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="64"/>
        <source>Due this month or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="168"/>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="171"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="169"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="193"/>
        <source>Owner: a person or an organisation (its own steps and its people&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="194"/>
        <source>Event that agreed the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="195"/>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="308"/>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="199"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="204"/>
        <source>Search what, who, event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="249"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="250"/>
        <source>In &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="251"/>
        <source>D&amp;rop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="252"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="264"/>
        <source>Remind &amp;owners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="267"/>
        <source>One message per owner with their open and overdue steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="278"/>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="463"/>
        <source>Select a next step to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="305"/>
        <source>Search decisions across the programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="307"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="355"/>
        <source>No database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="361"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="345"/>
        <source>{name} (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="364"/>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="366"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="365"/>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="367"/>
        <source>All lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="431"/>
        <source>{shown} of {total} next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="434"/>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="469"/>
        <source>&lt;b&gt;History&lt;/b&gt; of “{text}” — {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="495"/>
        <source>Cannot change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="500"/>
        <source>“{text}” is now {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="529"/>
        <source>{count} decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/nextsteps.py" line="529"/>
        <source>{count} decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person or organisation is called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name; empty: no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date as {example}; Up and Down move it by a day; empty means no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{example}; empty: no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” matches several people or organisations: pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date; type it as {example}, or leave it empty for no due date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsTable</name>
    <message>
        <location filename="../../organiser/ui/models/nextsteps_table.py" line="226"/>
        <source>Overdue by {days} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/models/nextsteps_table.py" line="228"/>
        <source>Overdue by {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineActions</name>
    <message>
        <location filename="../../organiser/ui/online.py" line="87"/>
        <source>&amp;Fetch replies from the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="91"/>
        <source>&amp;Publish the calendar (CalDAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="154"/>
        <source>{what} password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="155"/>
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="175"/>
        <source>Fetching replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="175"/>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="195"/>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="210"/>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="242"/>
        <source>Replies not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="243"/>
        <source>{reason}
Nothing was changed; fetch again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="247"/>
        <source>Replies fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="272"/>
        <source>Calendar not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="273"/>
        <source>{reason}
Nothing was changed; publish again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="276"/>
        <source>Calendar published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="280"/>
        <source>Overwrite their changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="122"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="123"/>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="124"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="125"/>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="126"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="159"/>
        <source>Only one Organiser at a time works on a database, so that no change is lost. Read-only, you can look things up while the other one keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="162"/>
        <source>A newer version of Organiser wrote this database. Update Organiser to work on it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="165"/>
        <source>The file or its folder cannot be written (a read-only drive or share). You can look at it read-only, or copy it somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="168"/>
        <source>The file is damaged or is not an Organiser database. It was not changed. Restore the last good backup (the damaged file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="171"/>
        <source>Another program is writing to the database. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="174"/>
        <source>The file or its folder is not there. If it is on a USB stick or a network drive, connect it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="177"/>
        <source>The database could not be opened. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="188"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="53"/>
        <source>government agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="54"/>
        <source>parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="55"/>
        <source>cso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="56"/>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="57"/>
        <source>contractors association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="58"/>
        <source>training institute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="59"/>
        <source>international partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="60"/>
        <source>bank unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="61"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="321"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="322"/>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="324"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="325"/>
        <source>&amp;Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="330"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="331"/>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="335"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="93"/>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="213"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="93"/>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="213"/>
        <source>Each message waiting, sent or failed, with its tries and the server's answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="110"/>
        <source>&amp;Send queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="111"/>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="113"/>
        <source>Send &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="115"/>
        <source>&amp;Discard selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="117"/>
        <source>SMTP &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="145"/>
        <source>{queued} queued, {sent} sent, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="151"/>
        <source>{count} may have been sent already (sending stopped midway): they are not sent again unless you choose Send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="177"/>
        <source>Sending {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="182"/>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="204"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="196"/>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="197"/>
        <source>{count} message(s) may have reached their recipients already: sending stopped midway, so nobody knows. Send them again? Someone who got the first one receives the same message (same Message-ID) a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="212"/>
        <source>Not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="217"/>
        <source>The messages stay queued; send again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="244"/>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="247"/>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="256"/>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="248"/>
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="258"/>
        <source>Password of {account} stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="40"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="40"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="41"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="41"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/outbox.py" line="42"/>
        <source>may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="31"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="32"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="33"/>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="34"/>
        <source>Dot-vote sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="36"/>
        <source>&amp;Minutes PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="37"/>
        <source>Agenda &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="38"/>
        <source>&amp;Sign-in sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="39"/>
        <source>Dot-&amp;vote sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="99"/>
        <source>{document} — preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="124"/>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="161"/>
        <source>No second time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="129"/>
        <source>Also show times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="131"/>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="135"/>
        <source>Start a &amp;new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="150"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="174"/>
        <source>Cannot make the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="192"/>
        <source>{count} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="193"/>
        <source>{count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="208"/>
        <source>Approved (version {number}) by {name} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="212"/>
        <source>Draft of version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="213"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="225"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="226"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="239"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="244"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="256"/>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="263"/>
        <source>Approve the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="257"/>
        <source>Approved by (the name printed on the minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="264"/>
        <source>What changed since version {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/pdf_preview.py" line="271"/>
        <source>Cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="219"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="221"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="223"/>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="224"/>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="225"/>
        <source>Full name (if &amp;different)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="227"/>
        <source>How the name is written in full when not just given + family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="228"/>
        <source>&amp;Latin transliteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="230"/>
        <source>Family name first, e.g. &apos;Shevchenko Olena&apos;; used for sorting and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="236"/>
        <source>one address per line; the first is used for invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="237"/>
        <source>&amp;E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="247"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="248"/>
        <source>Choose one, or type a new name to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="249"/>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="250"/>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="253"/>
        <source>type part of a city: Paris, Dakar, Tokyo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="254"/>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="255"/>
        <source>IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="256"/>
        <source>Lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="257"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="260"/>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="261"/>
        <source>Groups to invite together, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="265"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>SSL/TLS (usually port 993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>STARTTLS (usually port 143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>None: this computer's own server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>Move to the Organiser folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="1" />
        <source>Leave them where they are, flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="39"/>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="40"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="41"/>
        <source>None: not encrypted (port 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="122"/>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="269"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="126"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="127"/>
        <source>{problem}
Defaults are shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="162"/>
        <source>The new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="190"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="194"/>
        <source>The change applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="247"/>
        <source>“{address}” is not an e-mail address (name@organisation.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="252"/>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="270"/>
        <source>Cannot save the settings: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194"/>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="194"/>
        <source>What importing does with each row: new, update, duplicate, warning or error, with the line number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="196"/>
        <source>Nothing has been written yet. Import adds every row below, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="198"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="214"/>
        <source>Import the other rows and leave out the rows with &amp;errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="233"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="233"/>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="234"/>
        <source>duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="234"/>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="235"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="237"/>
        <source>{count} rows: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/import_wizard.py" line="240"/>
        <source>{count} rows have errors: fix the file and import it again, or leave those rows out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeArea</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="231"/>
        <location filename="../../organiser/ui/areas/programme.py" line="531"/>
        <source>Programme report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="231"/>
        <location filename="../../organiser/ui/areas/programme.py" line="531"/>
        <source>&amp;Programme report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="234"/>
        <location filename="../../organiser/ui/areas/programme.py" line="533"/>
        <source>Next steps (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="234"/>
        <location filename="../../organiser/ui/areas/programme.py" line="533"/>
        <source>&amp;Next steps (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="262"/>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="263"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="264"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="265"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="266"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="267"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="268"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="274"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="275"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="276"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="277"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="278"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="280"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="289"/>
        <source>Mark next step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296"/>
        <source>Lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296"/>
        <source>The totals the budget states, beside the computed ones: a difference is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296"/>
        <source>The budget lines added up per category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296"/>
        <source>Each budget line: category, description, period and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296"/>
        <source>What the chosen line of action holds, from every event; a next step shows its owner, due date and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="296"/>
        <source>Each line of action with its ideas, decisions and next steps done, open and overdue; choosing one lists them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="302"/>
        <location filename="../../organiser/ui/areas/programme.py" line="310"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="303"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="304"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="305"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="311"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="312"/>
        <source>Total (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="326"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="358"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="362"/>
        <source>no next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="363"/>
        <source>{percent} done ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="368"/>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="368"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="369"/>
        <location filename="../../organiser/ui/areas/programme.py" line="464"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="374"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="374"/>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="375"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="375"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="377"/>
        <source>{status}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="380"/>
        <source>Staff weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="380"/>
        <source>Staff travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="381"/>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="382"/>
        <source>Consultations/workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="383"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="422"/>
        <source>Total computed from the lines: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../organiser/ui/areas/programme.py" line="427"/>
        <source>%n stated total(s) disagree with the budget lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="453"/>
        <source>Select a next step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="466"/>
        <source>Next step marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="474"/>
        <source>Save the programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="475"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="489"/>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="491"/>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="499"/>
        <source>Export the next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="500"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="514"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="516"/>
        <source>Next steps written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="523"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="551"/>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="552"/>
        <source>disagrees with the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="554"/>
        <source>Stated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="555"/>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="557"/>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="559"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="561"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas, decisions and next steps of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner or due date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the next step in the Next steps area, its owner ready to change (Enter on the row does the same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="52"/>
        <source>Projector — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="145"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="145"/>
        <source>over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="150"/>
        <source>Starting soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="151"/>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="158"/>
        <source>Next: {title} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="169"/>
        <source>Voting closed: totals shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/projector.py" line="170"/>
        <source>Voting open: totals are shown when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="33"/>
        <source>Remind owners of their next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="35"/>
        <source>One message per person with the steps they own that are overdue or due soon, in their language. A step reminded today is not reminded again today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="42"/>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="43"/>
        <source>Save as drafts (.eml) in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="45"/>
        <source>Put them in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="50"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="55"/>
        <source>Also steps already reminded today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="62"/>
        <source>Steps due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="65"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="68"/>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="87"/>
        <source>Folder for the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="98"/>
        <source>Choose a folder for the drafts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="103"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="111"/>
        <source>Saved in {folder}: open each draft, check it and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/reminders.py" line="114"/>
        <source>In the outbox: send them from File → Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="27"/>
        <source>needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="28"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="29"/>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="30"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="31"/>
        <source>delegated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29"/>
        <source>{size} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="29"/>
        <source>The automatic backups, newest first; Enter or double-click restores the chosen one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="51"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="56"/>
        <source>Restoring puts the chosen copy in place of &lt;b&gt;{name}&lt;/b&gt;. The current file is not deleted: it is kept beside it as &lt;i&gt;{kept}&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="73"/>
        <source>There is no automatic backup of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="79"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="83"/>
        <source>Choose a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="105"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/restore.py" line="106"/>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../organiser/ui/labels.py" line="23"/>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="24"/>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="25"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/labels.py" line="26"/>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="46"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="47"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="48"/>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="49"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="50"/>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="51"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="52"/>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="53"/>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="54"/>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="55"/>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="56"/>
        <source>Security (starttls, ssl, none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="57"/>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="58"/>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="59"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="60"/>
        <source>IMAP server (replies are fetched from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="61"/>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="62"/>
        <source>Security (ssl, starttls, none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="63"/>
        <source>IMAP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="64"/>
        <source>Folders to read (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="65"/>
        <source>Handled replies: move (to Organiser/…) or flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="66"/>
        <source>Fetch every N minutes while the app is open (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="67"/>
        <source>CalDAV calendar URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="68"/>
        <source>CalDAV user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="69"/>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="70"/>
        <source>Interface language (empty: system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/dialogs/preferences.py" line="71"/>
        <source>Database (file or URL; empty: the default file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../organiser/ui/startup.py" line="210"/>
        <location filename="../../organiser/ui/startup.py" line="226"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="211"/>
        <source>Restore works on a database file; open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="231"/>
        <source>Restored. The previous file is kept as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="251"/>
        <source>O&amp;utbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="254"/>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="283"/>
        <source>Mail &amp;invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="285"/>
        <source>Mail minu&amp;tes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/startup.py" line="1"/>
        <source>Saving a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../organiser/ui/online.py" line="48"/>
        <source>○ Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="50"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="52"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="55"/>
        <source>replies {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="57"/>
        <source>calendar {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="60"/>
        <source>{count} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="63"/>
        <source>Last fetch of replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="64"/>
        <source>Last publish of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="65"/>
        <source>Last sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="68"/>
        <source>{count} message(s) waiting in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/online.py" line="73"/>
        <source>not reached: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="114"/>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="203"/>
        <source>Invited: {invited}, attended: {attended}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/areas/programme.py" line="204"/>
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="86"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="100"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="101"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="102"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../organiser/ui/live/checkin.py" line="113"/>
        <source>A walk-in needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../organiser/ui/dialogs/contacts_forms.py" line="88"/>
        <source>Discard the changes you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command that has a key: its menu, its name and the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command that has a key, as this window has it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message>
        <source>Compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: {name} (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin transliteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into it: {name} (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair to compare the two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two people compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda items presented: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all move to #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegations: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs: choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideas: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitations: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next steps: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only #{id} has one: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {value} (#{id})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
