<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaTableModel</name>
    <message numerus="yes">
        <source>{day} · %n meeting(s)</source>
        <translation>
            <numerusform>{day} · %n meeting</numerusform>
            <numerusform>{day} · %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{times} +%n day(s)</source>
        <translation>
            <numerusform>{times} +%n day</numerusform>
            <numerusform>{times} +%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{times} −%n day(s)</source>
        <translation>
            <numerusform>{times} −%n day</numerusform>
            <numerusform>{times} −%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s), flagged in the agenda (they block nothing):</source>
        <translation>
            <numerusform>⚠ %n conflict, flagged in the agenda (it blocks nothing):</numerusform>
            <numerusform>⚠ %n conflicts, flagged in the agenda (they block nothing):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message numerus="yes">
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln cluster</numerusform>
            <numerusform>%Ln clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln cluster(s)</source>
        <translation>
            <numerusform>{shown} of %Ln cluster</numerusform>
            <numerusform>{shown} of %Ln clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message numerus="yes">
        <source>%n event(s) of {file} for “{mission}”, all new. Untick what you do not want.</source>
        <translation>
            <numerusform>%n new event of {file} for “{mission}”. Untick it if you do not want it.</numerusform>
            <numerusform>%n events of {file} for “{mission}”, all new. Untick what you do not want.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of {file} for “{mission}”: {new} new, {updates} already in the agenda (updated). Untick what you do not want.</source>
        <translation>
            <numerusform>%n event of {file} for “{mission}”: {new} new, {updates} already in the agenda (updated). Untick it if you do not want it.</numerusform>
            <numerusform>%n events of {file} for “{mission}”: {new} new, {updates} already in the agenda (updated). Untick what you do not want.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n meeting(s)</source>
        <translation>
            <numerusform>Import %n meeting</numerusform>
            <numerusform>Import %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message numerus="yes">
        <source>Bookmarked; in the list(s) {names}</source>
        <translation>
            <numerusform>Bookmarked; in the list {names}</numerusform>
            <numerusform>Bookmarked; in the lists {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not bookmarked; in the list(s) {names}</source>
        <translation>
            <numerusform>Not bookmarked; in the list {names}</numerusform>
            <numerusform>Not bookmarked; in the lists {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message numerus="yes">
        <source>Follow-up due within %n day(s)</source>
        <translation>
            <numerusform>Follow-up due within %n day</numerusform>
            <numerusform>Follow-up due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n contact to {file}.</numerusform>
            <numerusform>Exported %n contacts to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n contact(s)</source>
        <translation>
            <numerusform>{shown} of %n contact</numerusform>
            <numerusform>{shown} of %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetGroup</name>
    <message numerus="yes">
        <source>{facet}  (%n selected)</source>
        <translation>
            <numerusform>{facet}  (%n selected)</numerusform>
            <numerusform>{facet}  (%n selected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln cluster(s)</source>
        <translation>
            <numerusform>{value}: %Ln cluster</numerusform>
            <numerusform>{value}: %Ln clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message numerus="yes">
        <source>Nothing overdue or due in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing overdue or due in the next %n day.</numerusform>
            <numerusform>Nothing overdue or due in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to skip ({records} with no name, organisation, email or phone).</source>
        <translation>
            <numerusform>%n contact in the file: {add} to add, {merge} to merge, {skip} to skip ({records} with no name, organisation, email or phone).</numerusform>
            <numerusform>%n contacts in the file: {add} to add, {merge} to merge, {skip} to skip ({records} with no name, organisation, email or phone).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to skip.</source>
        <translation>
            <numerusform>%n contact in the file: {add} to add, {merge} to merge, {skip} to skip.</numerusform>
            <numerusform>%n contacts in the file: {add} to add, {merge} to merge, {skip} to skip.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file left out: see Skipped lines.</source>
        <translation>
            <numerusform>%n line of the file left out: see Skipped lines.</numerusform>
            <numerusform>%n lines of the file left out: see Skipped lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely people you already have: %n (choose per row).</source>
        <translation>
            <numerusform>%n looks like someone you already have: choose per row.</numerusform>
            <numerusform>%n look like people you already have: choose per row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>Added %n cluster(s) to the list “{name}”.</source>
        <translation>
            <numerusform>Added %n cluster to the list “{name}”.</numerusform>
            <numerusform>Added %n clusters to the list “{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bookmarked %n cluster(s).</source>
        <translation>
            <numerusform>Bookmarked %n cluster.</numerusform>
            <numerusform>Bookmarked %n clusters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the star from %n cluster(s).</source>
        <translation>
            <numerusform>Removed the star from %n cluster.</numerusform>
            <numerusform>Removed the star from %n clusters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>+%Ln with no state</source>
        <translation>
            <numerusform>+%Ln with no state</numerusform>
            <numerusform>+%Ln with no state</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state}: %Ln cluster(s)</source>
        <translation>
            <numerusform>{state}: %Ln cluster</numerusform>
            <numerusform>{state}: %Ln clusters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionDetail</name>
    <message numerus="yes">
        <source>%n already in it.</source>
        <translation>
            <numerusform>%n was in it already.</numerusform>
            <numerusform>%n were in it already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n cluster(s) to the mission.</source>
        <translation>
            <numerusform>Added %n cluster to the mission.</numerusform>
            <numerusform>Added %n clusters to the mission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new meeting(s) and updated {updated}.</source>
        <translation>
            <numerusform>Imported %n new meeting and updated {updated}.</numerusform>
            <numerusform>Imported %n new meetings and updated {updated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new meeting(s).</source>
        <translation>
            <numerusform>Imported %n new meeting.</numerusform>
            <numerusform>Imported %n new meetings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionsView</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) (internal)</source>
        <translation>
            <numerusform>%n page (internal)</numerusform>
            <numerusform>%n pages (internal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the mission “{mission}” and its %n meeting(s)? Edit › Undo brings it back.</source>
        <translation>
            <numerusform>Delete the mission “{mission}” and its %n meeting? Edit › Undo brings it back.</numerusform>
            <numerusform>Delete the mission “{mission}” and its %n meetings? Edit › Undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCounts</name>
    <message numerus="yes">
        <source>%Ln cluster(s) from &lt;i&gt;{title}&lt;/i&gt; ({version}, {date}).</source>
        <translation>
            <numerusform>%Ln cluster from &lt;i&gt;{title}&lt;/i&gt; ({version}, {date}).</numerusform>
            <numerusform>%Ln clusters from &lt;i&gt;{title}&lt;/i&gt; ({version}, {date}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message numerus="yes">
        <source>One page per cluster: %n cluster(s).</source>
        <translation>
            <numerusform>One page per cluster: %n cluster.</numerusform>
            <numerusform>One page per cluster: %n clusters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowMissions</name>
    <message numerus="yes">
        <source>Added %n cluster(s) to “{mission}”.</source>
        <translation>
            <numerusform>Added %n cluster to “{mission}”.</numerusform>
            <numerusform>Added %n clusters to “{mission}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the mission “{mission}” with %n cluster(s) to visit. Add its delegation, then plan its meetings.</source>
        <translation>
            <numerusform>Created the mission “{mission}” with %n cluster to visit. Add its delegation, then plan its meetings.</numerusform>
            <numerusform>Created the mission “{mission}” with %n clusters to visit. Add its delegation, then plan its meetings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned “{title}” on {when} ({zone}) in “{mission}”. ⚠ %n conflict(s) flagged. View › Missions (Ctrl+5) shows the agenda.</source>
        <translation>
            <numerusform>Planned “{title}” on {when} ({zone}) in “{mission}”. ⚠ %n conflict flagged. View › Missions (Ctrl+5) shows the agenda.</numerusform>
            <numerusform>Planned “{title}” on {when} ({zone}) in “{mission}”. ⚠ %n conflicts flagged. View › Missions (Ctrl+5) shows the agenda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowSheets</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) (internal)</source>
        <translation>
            <numerusform>%n page (internal)</numerusform>
            <numerusform>%n pages (internal)</numerusform>
        </translation>
    </message>
</context>
</TS>
