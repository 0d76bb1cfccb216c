<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaTableModel</name>
    <message numerus="yes">
        <source>{day} · %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{times} +%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{times} −%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s), flagged in the agenda (they block nothing):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of {file} for “{mission}”: {new} new, {updates} already in the agenda (updated). Untick what you do not want.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to skip ({records} with no name, organisation, email or phone).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to skip.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file left out: see Skipped lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely people you already have: %n (choose per row).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <source>Added %n cluster(s) to the list “{name}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bookmarked %n cluster(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the star from %n cluster(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n cluster(s) to the mission.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new meeting(s) and updated {updated}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new meeting(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissionsView</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) (internal)</source>
        <translation type="unfinished">
            <numerusform>%n page (internal)</numerusform>
            <numerusform>%n pages (internal)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the mission “{mission}” and its %n meeting(s)? Edit › Undo brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created the mission “{mission}” with %n cluster(s) to visit. Add its delegation, then plan its meetings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned “{title}” on {when} ({zone}) in “{mission}”. ⚠ %n conflict(s) flagged. View › Missions (Ctrl+5) shows the agenda.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
