<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
