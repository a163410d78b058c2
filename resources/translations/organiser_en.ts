<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddInviteesDialog</name>
    <message>
        <source>Add people to the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, address, organisation or tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, organisations and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick those to invite (Space); an organisation or a tag invites all its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already invited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>(no second time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy from event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day}: {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down (Ctrl+↓)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet: Ctrl+N adds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other event has an agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template yet: save one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current items? (No adds the copied items after them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items in order, with start times; Ctrl+N adds one, Delete deletes, Ctrl+↑ and Ctrl+↓ move the chosen item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {zone}; also show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up (Ctrl+↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs {minutes} min past its end ({end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} has minutes. Delete it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaItemForm</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day &amp;starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions from earlier events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day 1 starts with the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {day}; its items follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the item (from any one-line field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <source>brainstorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review of actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>({count} open actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({days} day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item ends after the day&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceStatus</name>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Cannot read the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardColumns</name>
    <message>
        <source>The theme&apos;s ideas as cards; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots of voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a theme yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message>
        <source>(choose a voter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no line of action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the voter: type the name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the voter first: type their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting and show totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot voting</source>
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
        <source>Hide totals until voting closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the card to the next or previous theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to theme… (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme yet: make one with New theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody named “{name}” can vote here.</source>
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
        <source>Out of theme (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking (when totals are shown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen v&amp;oting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a theme first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an idea: 1–9 or + give dots, 0 or − take them back; type a name (Enter) to change voter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one idea or a theme to promote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one idea.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more ideas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the theme to merge into another first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideas with the most dots first, once totals are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes and their ideas; 1–9 or + give the chosen idea dots, 0 or − take them back, Ctrl+M moves it to a theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an idea and press Enter (one per line when pasting several); ↓ to its card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting is closed: reopen it to give or take back dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} votes per person: {voter} has used them all; take one back first (0 or −).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{voter}: %Ln of {total} dots used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>→ Decision (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ Next step (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− dot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>&amp;Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no line of action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a few letters of a person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the people and organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the people and organisations… saved once they are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>(had replied: {reply})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited people and their attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list of people…</source>
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
    <message>
        <source>Nobody matches; Ctrl+N adds a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still loading the list of people: one moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type part of a name first (or choose with ↑↓).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name, organisation or e-mail · Enter present · F6 late · F7 left early · F8 apologies · F4 not here · ↑↓ choose · Ctrl+N walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>The encoding is a guess, and other encodings read the names as plausibly: {readings}. If the names below look wrong, choose the encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{encoding} reads “{word}” as “{other}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the file was read and which column holds what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {encoding}, {delimiter}-separated, {header}, {rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header on line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your text back in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: their change is in the form and so is yours. Check, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded: they changed the same fields as you. The form shows their text; yours is kept below. Check, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their change; what you typed stays in the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved. Reload shows their change and keeps what you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved. The screen now shows theirs; make your change again if it still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}, your text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
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
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
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
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsArea</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choosing an organisation lists only its people; double-click to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the organisation {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {who}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit o&amp;rganisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} people to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find d&amp;uplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. {name} is not listed: the search, the tag or the organisation chosen hides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, organisation, e-mail, country… (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag for {count} selected people (choose or type a new one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged {count} people {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people matching the search, the tag and the organisation; Enter edits the chosen person, Delete deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their invitations, attendance and votes are deleted with them; next steps they own and talks they gave keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person has {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agenda items presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{links} refer to it. The people stay, without an organisation; next steps keep its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} people shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterProposalsDialog</name>
    <message>
        <source>A word for {name} (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (move the event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting moves the event to the proposed time: everyone is asked again with the update. Declining sends the proposer a DECLINECOUNTER; the event stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should the DECLINECOUNTER reach {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the event to the time {name} proposed? Every answer is asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other times proposed by invitees; choose one to accept or decline it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals of another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the message in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the .ics file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the DECLINECOUNTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The event moved (SEQUENCE {sequence}); %Ln answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterStatus</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was also written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please send the details below to whoever supports Organiser for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Organiser did not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is as it was before the action that failed: nothing was half saved. You can go on working, or restart Organiser to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocationEditor</name>
    <message>
        <source>A shared PostgreSQL database works too: postgresql+psycopg://user@host/organiser. --db and ORGANISER_DB take precedence; the change applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default file in your data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>2027-03-31 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delimiter</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {name} on {date} (version {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brainstorming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brainstorming outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {day} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagrees with the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot-vote sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots: tick one box for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for review: these minutes have not been approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of version {next}: it replaces version {count} once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of version {number}, not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant has {count} dots. Tick one box for each dot you give an idea; you may give one idea several dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is where the next steps agreed in our meetings stand, with their due dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a step is done, late or no longer needed, a short reply to this message is enough: I will update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: {count} to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps: {count} to follow up, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brainstorming took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decisions were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discussion was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next steps were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation / e-mail (walk-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign next to your name. If you are not listed, write your name, organisation and e-mail in a blank row at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda has not been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme and ideas (ranked by votes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in {zone} ({offset}) and {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in {zone} ({offset}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (computed from the lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-ins: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed at: {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue since {date} ({days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} present, {apologies} sent apologies, {absent} absent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap (keep the other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})? #{other_id} is then deleted.</source>
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
    <message>
        <source>No likely duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of people who may be the same person, and why; merging keeps the one in the Keep column (Swap keeps the other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditorDialog</name>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar version (SEQUENCE) {sequence}: changing the time, place or status sends an update; the title or description alone do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventStatus</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsArea</name>
    <message>
        <source>&amp;Cancel event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar replies (*.ics *.eml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and mail the cancellations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the event only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this event? Every invitee then needs the cancellation (the event&apos;s calendar file becomes a CANCEL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy made as a draft, with the same invitees; edit its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event created; add people below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Event saved: SEQUENCE {sequence}, %Ln answer(s) reset to needs action. Send the update: Mail invitations.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Event saved: SEQUENCE {sequence}. Send the update: Mail invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export programme &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the programme calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar &amp;replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import calendar replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per event; the chosen event&apos;s invitations are listed below. Ctrl+E edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme calendar written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applied} of {total} calendar replies applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{applied} of {total} replies applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>{path} is the database Organiser has open: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>, {organisations} organisations; {duplicates} duplicates skipped; {warnings} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} rows with errors left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported {people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would import {people} people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Add people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitees&apos; proposals of another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals ({count})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove and mail the cancellation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {names} from the event? Each needs the cancellation (a CANCEL calendar) so that the meeting leaves their calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people invited to the chosen event, their role and their reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} invited — {replies} — {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsTable</name>
    <message>
        <source>delegated by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} (the invitee&apos;s own clock)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveMode</name>
    <message>
        <source>&amp;Agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Live mode…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveWindow</name>
    <message>
        <source>&amp;Agenda and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
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
    <message>
        <source>&amp;Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector view (room screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln walk-in(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda and minutes (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rainstorm board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brainstorm board (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured with Ctrl+D (decision) and Ctrl+T (next step) while the item runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close voting and show &amp;totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and next steps of the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions and next steps of the event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda item yet: these minutes are not saved until the agenda has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of this item, saved as you type. Ctrl+D decision · Ctrl+T next step (from the current line or selection) · Alt+↑/↓ previous/next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt item&apos;s minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New next &amp;step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions from earlier events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious item&apos;s minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector shows agenda / &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time: {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s items with planned and expected times; the item under way is marked running. F9 starts the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are approved: nothing can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes are approved: read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {name} is {status} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over-run {minutes} min — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over-run {time} — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min left — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: present (walk-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{present} present of {invited} invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — day {day}, {time}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more (Next steps area)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Attached: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .eml files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the messages in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Details… to read the first message before it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) left out:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) prepared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) put in the outbox (File → Outbox)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) saved in {folder}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
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
    <message>
        <source>&amp;Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Plan, run and follow up consultations and brainstorming workshops, offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an area to show it; Ctrl+1 to Ctrl+4 from anywhere in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a file Organiser reads</source>
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
<context>
    <name>MinutesStatus</name>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepStatus</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsArea</name>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt; of “{text}” — {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;rop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this month or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change of the chosen next step: when, who and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event that agreed the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the selected next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open.</source>
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
        <source>One message per owner with their open and overdue steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per next step; Enter or F2 on the owner, due date or status edits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: a person or an organisation (its own steps and its people&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind &amp;owners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search decisions across the programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search what, who, event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a next step to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decisions of every event matching the search, newest first.</source>
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
        <source>{count} decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{example}; empty: no due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} next steps</source>
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
    <message>
        <source>“{text}” is now {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsTable</name>
    <message>
        <source>Overdue by {days} day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
        <source>&amp;Fetch replies from the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish the calendar (CalDAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed; fetch again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed; publish again when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>&amp;Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer version of Organiser wrote this database. Update Organiser to work on it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to the database. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one Organiser at a time works on a database, so that no change is lost. Read-only, you can look things up while the other one keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not an Organiser database. It was not changed. Restore the last good backup (the damaged file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (a read-only drive or share). You can look at it read-only, or copy it somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder is not there. If it is on a USB stick or a network drive, connect it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgKind</name>
    <message>
        <source>bank unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contractors association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>government agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parliament</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training institute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>&amp;Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationField</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create “{typed}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation is called “{typed}”. Did you mean one of these?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} more match: go back to choose from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>&amp;Discard selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each message waiting, sent or failed, with its tries and the server&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {account}
(kept in the system keyring, never in a file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {account} stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages stay queued; send again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} may have been sent already (sending stopped midway): they are not sent again unless you choose Send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} message(s) may have reached their recipients already: sending stopped midway, so nobody knows. Send them again? Someone who got the first one receives the same message (same Message-ID) a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{queued} queued, {sent} sent, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxStatus</name>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>&amp;Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (version {number}) by {name} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by (the name printed on the minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot-&amp;vote sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot-vote sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since version {number}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document} — preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latin transliteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one, or type a new name to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name first, e.g. &apos;Shevchenko Olena&apos;; used for sorting and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (if &amp;different)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups to invite together, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the name is written in full when not just given + family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA name, e.g. Europe/Paris, Africa/Dakar, Asia/Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one address per line; the first is used for invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type part of a city: Paris, Dakar, Tokyo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>“{address}” is not an e-mail address: it needs exactly one @ and no spaces (name@organisation.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is too long for an e-mail address (at most 254 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address: the part before the @ has characters an address cannot have (name@organisation.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address: the part after the @ is not a domain (name@organisation.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” cannot be used: letters outside ASCII before the @ are not accepted by most mail servers, so invitations and replies would not get through. Use an address with only ASCII letters before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them where they are, flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the Organiser folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: not encrypted (port 25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: this computer&apos;s own server only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}
Defaults are shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address (name@organisation.org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone: choose one from the list (type part of a city)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the other rows and leave out the rows with &amp;errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds every row below, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What importing does with each row: new, update, duplicate, warning or error, with the line number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows have errors: fix the file and import it again, or leave those rows out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeArea</name>
    <message numerus="yes">
        <source>%n stated total(s) disagree with the budget lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change owner or due date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations/workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each budget line: category, description, period and amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line of action with its ideas, decisions and next steps done, open and overdue; choosing one lists them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas, decisions and next steps of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark next step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the next step in the Next steps area, its owner ready to change (Enter on the row does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a next step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget lines added up per category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The totals the budget states, beside the computed ones: a difference is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total computed from the lines: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen line of action holds, from every event; a next step shows its owner, due date and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagrees with the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} done ({done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Next: {title} ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting closed: totals shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting open: totals are shown when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindDialog</name>
    <message>
        <source> days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also steps already reminded today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the drafts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox: send them from File → Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One message per person with the steps they own that are overdue or due soon, in their language. A step reminded today is not reminded again today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put them in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind owners of their next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as drafts (.eml) in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in {folder}: open each draft, check it and send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps due within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reply</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organiser database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring puts the chosen copy in place of &lt;b&gt;{name}&lt;/b&gt;. The current file is not deleted: it is kept beside it as &lt;i&gt;{kept}&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backups, newest first; Enter or double-click restores the chosen one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no automatic backup of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>CalDAV calendar URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalDAV user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (file or URL; empty: the default file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every N minutes while the app is open (0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders to read (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled replies: move (to Organiser/…) or flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server (replies are fetched from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (empty: system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (ssl, starttls, none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (starttls, ssl, none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Command</source>
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
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Mail &amp;invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail minu&amp;tes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore works on a database file; open one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The previous file is kept as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Last fetch of replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last publish of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) waiting in the outbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{count} to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Decisions: {decisions}, next steps: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited: {invited}, attended: {attended}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message numerus="yes">
        <source>%Ln vote(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisations… the walk-in is added once they are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>Discard the changes you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Addresses</name>
    <message>
        <source>“{address}” cannot be mailed: it is not a valid e-mail address. Correct it or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” cannot be mailed: most mail servers refuse letters outside ASCII before the @. Ask the person for another address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
