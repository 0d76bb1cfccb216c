<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
