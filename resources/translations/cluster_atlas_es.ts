<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AfterSection</name>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="69"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="71"/>
        <source>What came of it</source>
        <translation>¿Qué se logró?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="75"/>
        <source>Actions already promised</source>
        <translation>Compromisos ya adquiridos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="76"/>
        <source>Action</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="76"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="76"/>
        <source>Promised to</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="77"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="77"/>
        <source>New promised actions</source>
        <translation>Nuevos compromisos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="86"/>
        <source>A&amp;dd action</source>
        <translation>Agregar &amp;compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="87"/>
        <source>Add a promised action</source>
        <translation>Agregar un compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="89"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="90"/>
        <source>Remove the selected new actions</source>
        <translation>Quitar los compromisos nuevos seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="94"/>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="96"/>
        <source>Actions promised: each is a follow-up of the person it was promised to, listed in the Contacts tab&apos;s “To follow up”.</source>
        <translation>Compromisos adquiridos: cada uno queda como seguimiento pendiente con la persona a quien se le prometió, en “Pendientes” de la pestaña Contactos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="141"/>
        <source>Action {number} promised to</source>
        <translation>Compromiso {number}: con quién</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="142"/>
        <source>Tick the contacts met (People)</source>
        <translation>Marque los contactos de la reunión (Personas)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="145"/>
        <source>Owner of action {number}</source>
        <translation>Responsable del compromiso {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="178"/>
        <source>Action {number}: due “{due}” is not a date (YYYY-MM-DD, tomorrow, +3d…).</source>
        <translation>Compromiso {number}: la fecha límite “{due}” no es una fecha (AAAA-MM-DD, mañana, +3d…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="183"/>
        <source>Action {number}: tick the contact it was promised to (People tab).</source>
        <translation>Compromiso {number}: marque el contacto con quien se adquirió (pestaña Personas).</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="66"/>
        <source>Agenda by day</source>
        <translation>Agenda por día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="80"/>
        <source>New &amp;meeting…</source>
        <translation>Nueva &amp;reunión…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="81"/>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="82"/>
        <source>Plan a meeting of this mission</source>
        <translation>Programar una reunión de esta misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="83"/>
        <source>Edit meeting…</source>
        <translation>Editar reunión…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="84"/>
        <source>Edit the selected meeting</source>
        <translation>Editar la reunión seleccionada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="85"/>
        <source>Mar&amp;k done…</source>
        <translation>Marcar como reali&amp;zada…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="86"/>
        <source>Mark the selected meeting done</source>
        <translation>Marcar como realizada la reunión seleccionada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="87"/>
        <source>Done: write its outcome and the actions promised</source>
        <translation>Realizada: anote el resultado y los compromisos adquiridos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="88"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="89"/>
        <source>Delete the selected meeting</source>
        <translation>Eliminar la reunión seleccionada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="90"/>
        <source>Delete the selected meeting (Delete); Undo brings it back</source>
        <translation>Eliminar la reunión seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="96"/>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="129"/>
        <source>Show home time&amp;s</source>
        <translation>Mostrar la hora de &amp;origen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="97"/>
        <source>Show the times in the delegation&apos;s home zone</source>
        <translation>Mostrar las horas en la zona horaria de origen de la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="102"/>
        <source>Conflicts and the rule</source>
        <translation>Conflictos y la regla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="128"/>
        <source>Show home time&amp;s ({city})</source>
        <translation>Mostrar la hora de &amp;origen ({city})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_panel.py" line="131"/>
        <source>Give the mission a home zone (Edit mission…) to see the times on the delegation&apos;s own clock</source>
        <translation>Indique la zona horaria de origen de la misión (Editar misión…) para ver las horas también en el reloj de la delegación</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="147"/>
        <source>{city} time</source>
        <translation>Hora de {city}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="148"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="148"/>
        <source>Clock</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="148"/>
        <source>Home time</source>
        <translation>Hora de origen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="149"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="149"/>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="149"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="149"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="150"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="152"/>
        <source>A warning sign: this meeting clashes with another</source>
        <translation>Señal de advertencia: esta reunión choca con otra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="153"/>
        <source>The place&apos;s time zone: times are on its clock</source>
        <translation>La zona horaria del lugar: las horas son las de su reloj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="154"/>
        <source>The same times in the delegation&apos;s home zone</source>
        <translation>Las mismas horas en la zona horaria de origen de la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="182"/>
        <source>{day} · no meeting yet</source>
        <translation>{day} · todavía sin reuniones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="183"/>
        <source>{day} · %n meeting(s)</source>
        <translation>
            <numerusform>{day} · %n reunión</numerusform>
            <numerusform>{day} · %n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="206"/>
        <source>{zone}, {offset} on this day</source>
        <translation>{zone}, {offset} ese día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="209"/>
        <source>{title}
Objective: {objective}</source>
        <translation>{title}
Objetivo: {objective}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="214"/>
        <source>Conflict: {conflicts}</source>
        <translation>Conflicto: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="216"/>
        <source>No conflict</source>
        <translation>Sin conflictos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="243"/>
        <source>{times} +%n day(s)</source>
        <translation>
            <numerusform>{times} +%n día</numerusform>
            <numerusform>{times} +%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="245"/>
        <source>{times} −%n day(s)</source>
        <translation>
            <numerusform>{times} −%n día</numerusform>
            <numerusform>{times} −%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="251"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="262"/>
        <source>The delegation</source>
        <translation>Toda la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="281"/>
        <source>Overlap: {first} and {second} ({who})</source>
        <translation>Se empalman: {first} y {second} ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="283"/>
        <source>Travel: only {gap} between {first} and {second} in another city (rule: {hours} h) ({who})</source>
        <translation>Traslado: solo {gap} entre {first} y {second}, en otra ciudad (mínimo: {hours} h) ({who})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="297"/>
        <source>Overlaps “{title}” · {who}</source>
        <translation>Se empalma con “{title}” · {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="298"/>
        <source>Travel: only {gap} after “{title}” in another city (rule: {hours} h) · {who}</source>
        <translation>Traslado: solo {gap} después de “{title}”, en otra ciudad (mínimo: {hours} h) · {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="300"/>
        <source>Travel: only {gap} before “{title}” in another city (rule: {hours} h) · {who}</source>
        <translation>Traslado: solo {gap} antes de “{title}”, en otra ciudad (mínimo: {hours} h) · {who}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="311"/>
        <source>Flagged: the same person in two meetings at once, or less than {hours} h between meetings in different cities.</source>
        <translation>Se señala: la misma persona en dos reuniones a la vez, o menos de {hours} h entre reuniones en ciudades distintas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="320"/>
        <source>No conflicts.</source>
        <translation>Sin conflictos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="321"/>
        <source>⚠ %n conflict(s), flagged in the agenda (they block nothing):</source>
        <translation>
            <numerusform>⚠ %n conflicto, señalado en la agenda (no impide nada):</numerusform>
            <numerusform>⚠ %n conflictos, señalados en la agenda (no impiden nada):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="62"/>
        <source>Mission booklet</source>
        <translation>Carpeta informativa de la misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="63"/>
        <source>Mission booklet options</source>
        <translation>Opciones de la carpeta informativa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="64"/>
        <source>The booklet of “{mission}”: cover, contents, delegation, map, itinerary day by day and one fact sheet per cluster visited.</source>
        <translation>La carpeta informativa de “{mission}”: portada, contenido, delegación, mapa, itinerario día por día y una ficha por cada clúster visitado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="68"/>
        <source>&amp;Public booklet</source>
        <translation>Carpeta &amp;pública</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="69"/>
        <source>Public booklet</source>
        <translation>Carpeta pública</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="70"/>
        <source>&amp;Internal booklet: with contacts, objectives and notes</source>
        <translation>Carpeta &amp;interna: con contactos, objetivos y notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="72"/>
        <source>Internal booklet</source>
        <translation>Carpeta interna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="79"/>
        <source>What this booklet holds</source>
        <translation>Qué contiene esta carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="82"/>
        <source>Suggested file name</source>
        <translation>Nombre de archivo sugerido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="84"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="89"/>
        <source>Language of the booklet</source>
        <translation>Idioma de la carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="94"/>
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="95"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="99"/>
        <source>Save Booklet…</source>
        <translation>Guardar carpeta…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="115"/>
        <source>Itinerary, delegation (names and organisations), map and the clusters&apos; fact sheets: safe to hand out.</source>
        <translation>Itinerario, delegación (nombres y organizaciones), mapa y fichas de los clústeres: se puede entregar sin problema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="119"/>
        <source>INTERNAL: adds the contacts to meet with their phones and e-mails, the objectives, the delegation&apos;s phones and your notes. Keep it to the delegation; do not hand it out.</source>
        <translation>INTERNA: agrega los contactos con sus teléfonos y correos, los objetivos, los teléfonos de la delegación y sus notas. Solo para la delegación; no la entregue a nadie más.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="131"/>
        <source>File name: {name}</source>
        <translation>Nombre del archivo: {name}</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="46"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="47"/>
        <source>Import calendar: {file}</source>
        <translation>Importar calendario: {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="53"/>
        <source>Events to import</source>
        <translation>Eventos por importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="62"/>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="63"/>
        <source>Note: {warning}.</source>
        <translation>Nota: {warning}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="64"/>
        <source>Left out: {event}</source>
        <translation>No se importa: {event}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="67"/>
        <source>Events left out and warnings</source>
        <translation>Eventos que no se importan y advertencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="70"/>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="71"/>
        <source>Tick every event</source>
        <translation>Marcar todos los eventos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="73"/>
        <source>Tick &amp;none</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="74"/>
        <source>Untick every event</source>
        <translation>Desmarcar todos los eventos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="106"/>
        <source>%n event(s) of {file} for “{mission}”: {new} new, {updates} already in the agenda (updated). Untick what you do not want.</source>
        <translation>
            <numerusform>%n evento de {file} para “{mission}” (nuevos: {new}; ya en la agenda, se actualizan: {updates}). Desmarque lo que no quiera importar.</numerusform>
            <numerusform>%n eventos de {file} para “{mission}” (nuevos: {new}; ya en la agenda, se actualizan: {updates}). Desmarque lo que no quiera importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="110"/>
        <source>%n event(s) of {file} for “{mission}”, all new. Untick what you do not want.</source>
        <translation>
            <numerusform>%n evento nuevo de {file} para “{mission}”. Desmárquelo si no lo quiere importar.</numerusform>
            <numerusform>%n eventos de {file} para “{mission}”, todos nuevos. Desmarque lo que no quiera importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/calendar_import_dialog.py" line="117"/>
        <source>Import %n meeting(s)</source>
        <translation>
            <numerusform>Importar %n reunión</numerusform>
            <numerusform>Importar %n reuniones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClustersPanel</name>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="39"/>
        <source>Clusters to visit</source>
        <translation>Clústeres por visitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="56"/>
        <source>Add &amp;selected clusters</source>
        <translation>Agregar los &amp;seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="57"/>
        <source>Add the clusters selected in the table</source>
        <translation>Agregar los clústeres seleccionados en la tabla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="59"/>
        <source>The clusters selected in the Clusters tab&apos;s table</source>
        <translation>Los clústeres seleccionados en la tabla de la pestaña Clústeres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="61"/>
        <source>Add from a &amp;list…</source>
        <translation>Agregar de una lista…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="62"/>
        <source>Add the clusters of one of your lists</source>
        <translation>Agregar los clústeres de una de sus listas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="63"/>
        <source>Add all sho&amp;wn clusters</source>
        <translation>Agregar t&amp;odos los mostrados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="64"/>
        <source>Add every cluster the search and filters show</source>
        <translation>Agregar todos los clústeres que muestran la búsqueda y los filtros</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="66"/>
        <source>Every cluster the Clusters tab shows now (its search and filters)</source>
        <translation>Todos los clústeres que muestra ahora la pestaña Clústeres (según su búsqueda y filtros)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="68"/>
        <source>&amp;Plan a meeting…</source>
        <translation>P&amp;rogramar una reunión…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="69"/>
        <source>Plan a meeting with the selected cluster</source>
        <translation>Programar una reunión con el clúster seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="70"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="71"/>
        <source>Remove the selected cluster from the mission</source>
        <translation>Quitar de la misión el clúster seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/clusters_panel.py" line="73"/>
        <source>Take it out of the mission (its meetings stay)</source>
        <translation>Quitarlo de la misión (sus reuniones se conservan)</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="50"/>
        <source>Contact: {name}</source>
        <translation>Contacto: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="51"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="76"/>
        <source>Parts of the contact</source>
        <translation>Partes del contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="77"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="77"/>
        <source>Emails and phones</source>
        <translation>Correos y teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="78"/>
        <source>Meeting</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="79"/>
        <source>Promised actions</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="80"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="86"/>
        <source>Why the contact was not saved</source>
        <translation>Por qué no se guardó el contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="91"/>
        <source>Save the contact (Ctrl+Enter)</source>
        <translation>Guardar el contacto (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="138"/>
        <source>add a name, an organisation, an email or a phone</source>
        <translation>agregue un nombre, una organización, un correo o un teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contact_editor.py" line="153"/>
        <source>Not saved: a contact needs a name, an organisation, an email or a phone.</source>
        <translation>No se guardó: un contacto necesita un nombre, una organización, un correo o un teléfono.</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_list.py" line="67"/>
        <source>Search names, organisations, emails, notes…</source>
        <translation>Buscar nombres, organizaciones, correos, notas…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_list.py" line="69"/>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_list.py" line="76"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_list.py" line="78"/>
        <source>Filter by linked cluster</source>
        <translation>Filtrar por clúster vinculado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/contacts_list.py" line="79"/>
        <source>Follow-up due within %n day(s)</source>
        <translation>
            <numerusform>Seguimiento en el próximo %n día</numerusform>
            <numerusform>Seguimiento en los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_list.py" line="90"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_list.py" line="139"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_list.py" line="142"/>
        <source>All clusters</source>
        <translation>Todos los clústeres</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_page.py" line="35"/>
        <source>Why the contacts are unavailable</source>
        <translation>Por qué los contactos no están disponibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_page.py" line="47"/>
        <source>Your contacts are unavailable.

{problem}

File › Restore from Backup… brings back a good copy.</source>
        <translation>Sus contactos no están disponibles.

{problem}

Archivo › Restaurar desde un respaldo… recupera una copia en buen estado.</translation>
    </message>
</context>
<context>
    <name>ContactsTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="105"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="105"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="105"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="105"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="106"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="106"/>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="106"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="106"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="107"/>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="143"/>
        <source>{id} (not in the catalogue)</source>
        <translation>{id} (no está en el catálogo)</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="90"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="91"/>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="92"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="93"/>
        <source>Edit the selected contact</source>
        <translation>Editar el contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="94"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="95"/>
        <source>Delete the selected contacts</source>
        <translation>Eliminar los contactos seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="96"/>
        <source>Deleted…</source>
        <translation>Eliminados…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="97"/>
        <source>Contacts deleted earlier: restore them</source>
        <translation>Contactos eliminados antes: para restaurarlos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="98"/>
        <source>Deleted contacts</source>
        <translation>Contactos eliminados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="99"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="100"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="101"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="102"/>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="119"/>
        <source>What happened last</source>
        <translation>Lo último que pasó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="130"/>
        <source>Contacts and what to follow up</source>
        <translation>Contactos y pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="131"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="132"/>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="160"/>
        <source>To follow up</source>
        <translation>Pendientes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="155"/>
        <source>{shown} of %n contact(s)</source>
        <translation>
            <numerusform>{shown} de %n contacto</numerusform>
            <numerusform>{shown} de %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="156"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="159"/>
        <source>To follow up ({count})</source>
        <translation>Pendientes ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="234"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="248"/>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="249"/>
        <source>Delete {names}? You can undo this.</source>
        <translation>¿Eliminar a {names}? Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="263"/>
        <source>Edit › Undo ({keys}) brings the contact back.</source>
        <translation>Editar › Deshacer ({keys}) recupera el contacto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="264"/>
        <source>Edit › Undo ({keys}) brings them back.</source>
        <translation>Editar › Deshacer ({keys}) los recupera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="274"/>
        <source>{names} is back.</source>
        <translation>{names} está de vuelta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="274"/>
        <source>{names} are back.</source>
        <translation>{names} están de vuelta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="293"/>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="301"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="319"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="321"/>
        <source>Exported %n contact(s) to {file}.</source>
        <translation>
            <numerusform>Se exportó %n contacto a {file}.</numerusform>
            <numerusform>Se exportaron %n contactos a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="327"/>
        <source>Imported {file}: {added} added, {merged} merged, {skipped} skipped.</source>
        <translation>Se importó {file}: agregados: {added}, combinados: {merged}, omitidos: {skipped}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="331"/>
        <source>Bookmarks: {bookmarks}, list entries: {entries}, cluster notes: {notes}.</source>
        <translation>Favoritos: {bookmarks}, entradas de listas: {entries}, notas de clústeres: {notes}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="336"/>
        <source>Missions: {missions}.</source>
        <translation>Misiones: {missions}.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/date_field.py" line="39"/>
        <source>YYYY-MM-DD, today, +3d, mañana…</source>
        <translation>AAAA-MM-DD, hoy, +3d, mañana…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/date_field.py" line="40"/>
        <source>A date: YYYY-MM-DD, or words such as today, tomorrow, +3d, +2w, friday, hoy, mañana, pasado mañana. F4 or the calendar button shows a calendar.</source>
        <translation>Una fecha: AAAA-MM-DD, o palabras como hoy, mañana, pasado mañana, viernes, +3d, +2s. F4 o el botón del calendario muestran un calendario.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/date_field.py" line="47"/>
        <source>Pick the date from a calendar (F4)</source>
        <translation>Elegir la fecha en un calendario (F4)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/date_field.py" line="71"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message>
        <location filename="../../desktop_app/ui/missions/delegation_panel.py" line="36"/>
        <source>Delegation members</source>
        <translation>Integrantes de la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/delegation_panel.py" line="51"/>
        <source>&amp;Add member…</source>
        <translation>Ag&amp;regar integrante…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/delegation_panel.py" line="52"/>
        <source>Add a delegation member</source>
        <translation>Agregar un integrante a la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/delegation_panel.py" line="53"/>
        <source>Edit member…</source>
        <translation>Editar integrante…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/delegation_panel.py" line="54"/>
        <source>Edit the selected member</source>
        <translation>Editar el integrante seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/delegation_panel.py" line="55"/>
        <source>Remove member</source>
        <translation>Quitar integrante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/delegation_panel.py" line="56"/>
        <source>Remove the selected member</source>
        <translation>Quitar el integrante seleccionado</translation>
    </message>
</context>
<context>
    <name>DeleteMeetingCommand</name>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_undo.py" line="53"/>
        <source>Delete Meeting “{title}”</source>
        <translation>Eliminar la reunión “{title}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_undo.py" line="60"/>
        <source>Deleted the meeting “{title}”.</source>
        <translation>Se eliminó la reunión “{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_undo.py" line="65"/>
        <source>The meeting “{title}” is back.</source>
        <translation>Se recuperó la reunión “{title}”.</translation>
    </message>
</context>
<context>
    <name>DeleteMissionCommand</name>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_undo.py" line="34"/>
        <source>Delete Mission “{mission}”</source>
        <translation>Eliminar la misión “{mission}”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_undo.py" line="41"/>
        <source>Deleted the mission “{mission}” with its agenda.</source>
        <translation>Se eliminó la misión “{mission}” con su agenda.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_undo.py" line="47"/>
        <source>The mission “{mission}” is back.</source>
        <translation>Se recuperó la misión “{mission}”.</translation>
    </message>
</context>
<context>
    <name>DeletedContactsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="45"/>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="51"/>
        <source>Deleted contacts</source>
        <translation>Contactos eliminados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="46"/>
        <source>Contacts you deleted, newest first. Restoring one brings back everything it had: notes, follow-ups, tags and linked clusters.</source>
        <translation>Contactos que usted eliminó, del más reciente al más antiguo. Al restaurar uno vuelve con todo lo que tenía: notas, seguimientos, etiquetas y clústeres vinculados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="53"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="53"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="53"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="54"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="63"/>
        <source>No deleted contacts.</source>
        <translation>No hay contactos eliminados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="70"/>
        <source>Why nothing was restored</source>
        <translation>Por qué no se restauró nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="73"/>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="158"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="122"/>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="123"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="157"/>
        <source>Restore {count}</source>
        <translation>Restaurar {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="168"/>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="170"/>
        <source>{names} is no longer deleted (restored elsewhere meanwhile). Nothing was restored: the list is up to date, restore again.</source>
        <translation>{names} ya no está eliminado (se restauró en otra ventana mientras tanto). No se restauró nada: la lista ya está al día; vuelva a restaurar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/deleted_contacts_dialog.py" line="173"/>
        <source>{names} are no longer deleted (restored elsewhere meanwhile). Nothing was restored: the list is up to date, restore again.</source>
        <translation>{names} ya no están eliminados (se restauraron en otra ventana mientras tanto). No se restauró nada: la lista ya está al día; vuelva a restaurar.</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="45"/>
        <source>Action</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="45"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="45"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="46"/>
        <source>Promised actions</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="53"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="54"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="55"/>
        <source>Add a promised action</source>
        <translation>Agregar un compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="56"/>
        <source>Remove the selected promised actions</source>
        <translation>Quitar los compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="60"/>
        <source>Promised action hints</source>
        <translation>Avisos sobre los compromisos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="61"/>
        <source>What you promised, and by when: the Contacts tab&apos;s “To follow up” lists what is due.</source>
        <translation>Lo que usted prometió y para cuándo: “Pendientes”, en la pestaña Contactos, muestra lo que vence.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="88"/>
        <source>State of promised action {number}</source>
        <translation>Estado del compromiso {number}</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="189"/>
        <source>This week (to {day})</source>
        <translation>Esta semana (hasta el {day})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="191"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="191"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="192"/>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="192"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="215"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="215"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="215"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="215"/>
        <source>Action</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="216"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="216"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="50"/>
        <source>Promised actions to follow up</source>
        <translation>Compromisos pendientes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="58"/>
        <source>Show every open action, also later and undated ones</source>
        <translation>Mostrar todos los pendientes, también los posteriores y los que no tienen fecha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="60"/>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="61"/>
        <source>Write to the selected people with your mail program</source>
        <translation>Escribir a las personas seleccionadas con su programa de correo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="63"/>
        <source>Email the selected people</source>
        <translation>Escribir a las personas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="65"/>
        <source>Copy details</source>
        <translation>Copiar datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="66"/>
        <source>Name, phone, email and action of the selected rows ({keys})</source>
        <translation>Nombre, teléfono, correo y compromiso de las filas seleccionadas ({keys})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="69"/>
        <source>Copy the details of the selected rows</source>
        <translation>Copiar los datos de las filas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="71"/>
        <source>Mark done</source>
        <translation>Marcar cumplido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="72"/>
        <source>Mark the selected actions done</source>
        <translation>Marcar como cumplidos los compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="74"/>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="75"/>
        <source>Drop the selected actions</source>
        <translation>Descartar los compromisos seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="80"/>
        <source>Nothing to follow up</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="100"/>
        <source>No open promised actions.</source>
        <translation>No hay compromisos pendientes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/follow_up_view.py" line="101"/>
        <source>Nothing overdue or due in the next %n day(s).</source>
        <translation>
            <numerusform>Nada vencido ni por vencer en %n día.</numerusform>
            <numerusform>Nada vencido ni por vencer en los próximos %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="59"/>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="109"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="61"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="61"/>
        <source>Leave out</source>
        <translation>No importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="62"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="62"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="63"/>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="65"/>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="66"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="71"/>
        <source>What the import would do</source>
        <translation>Qué haría la importación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="73"/>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="74"/>
        <source>The character encoding the file&apos;s text was read in: if names look wrong, the file says one thing and holds another</source>
        <translation>La codificación con la que se leyó el texto del archivo: si los nombres se ven mal, el archivo declara una y contiene otra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="81"/>
        <source>Contacts in the file</source>
        <translation>Contactos del archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="82"/>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="140"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="82"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="82"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="83"/>
        <source>What happens</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="83"/>
        <source>Choice</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="99"/>
        <source>The selected contact</source>
        <translation>El contacto seleccionado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="101"/>
        <source>Merge all duplicates</source>
        <translation>Combinar todos los duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="102"/>
        <source>Skip all duplicates</source>
        <translation>Omitir todos los duplicados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="111"/>
        <source>Import with these choices (Ctrl+Enter)</source>
        <translation>Importar con estas decisiones (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="135"/>
        <source>Skipped lines ({count})</source>
        <translation>Líneas omitidas ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="137"/>
        <source>Lines of the file that were left out, and why</source>
        <translation>Las líneas del archivo que se dejaron fuera, y por qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="139"/>
        <source>Lines of the file left out</source>
        <translation>Líneas del archivo que se dejaron fuera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="140"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="141"/>
        <source>How it reads</source>
        <translation>Cómo se lee</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="183"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="187"/>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="189"/>
        <source>Likely the same as {name} ({reason})</source>
        <translation>Probablemente es {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="193"/>
        <source>Already in your contacts as {name}</source>
        <translation>Ya está en sus contactos como {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="196"/>
        <source>What to do with {name}</source>
        <translation>Qué hacer con {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="203"/>
        <source>Skipped</source>
        <translation>Se omite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="210"/>
        <source>{name}: {warnings}</source>
        <translation>{name}: {warnings}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="211"/>
        <source>{name} (line {line}): {warnings}</source>
        <translation>{name} (línea {line}): {warnings}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="212"/>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="255"/>
        <source>%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to skip ({records} with no name, organisation, email or phone).</source>
        <translation>
            <numerusform>%n contacto en el archivo: por agregar: {add}, por combinar: {merge}, por omitir: {skip} ({records} sin nombre, organización, correo ni teléfono).</numerusform>
            <numerusform>%n contactos en el archivo: por agregar: {add}, por combinar: {merge}, por omitir: {skip} ({records} sin nombre, organización, correo ni teléfono).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="258"/>
        <source>%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to skip.</source>
        <translation>
            <numerusform>%n contacto en el archivo: por agregar: {add}, por combinar: {merge}, por omitir: {skip}.</numerusform>
            <numerusform>%n contactos en el archivo: por agregar: {add}, por combinar: {merge}, por omitir: {skip}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="262"/>
        <source>Likely people you already have: %n (choose per row).</source>
        <translation>
            <numerusform>Probablemente ya tiene a %n de estas personas (decida fila por fila).</numerusform>
            <numerusform>Probablemente ya tiene a %n de estas personas (decida fila por fila).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/contacts/import_preview.py" line="266"/>
        <source>%n line(s) of the file left out: see Skipped lines.</source>
        <translation>
            <numerusform>%n línea del archivo se dejó fuera: vea Líneas omitidas.</numerusform>
            <numerusform>%n líneas del archivo se dejaron fuera: vea Líneas omitidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="51"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="51"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="51"/>
        <source>Clock</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="51"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="52"/>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="52"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="52"/>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="53"/>
        <source>To link by hand</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="53"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="58"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/import_rows_model.py" line="58"/>
        <source>Update</source>
        <translation>Actualiza</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="124"/>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="135"/>
        <source>Your data is unavailable</source>
        <translation>Sus datos no están disponibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="136"/>
        <source>{problem}

File › Restore from Backup… brings back a good copy.</source>
        <translation>{problem}

Archivo › Restaurar desde un respaldo… recupera una copia en buen estado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="224"/>
        <source>Bookmark</source>
        <translation>Marcar como favorito</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/library_controller.py" line="226"/>
        <source>Bookmarked %n cluster(s).</source>
        <translation>
            <numerusform>Se marcó %n clúster como favorito.</numerusform>
            <numerusform>Se marcaron %n clústeres como favoritos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/library_controller.py" line="227"/>
        <source>Removed the star from %n cluster(s).</source>
        <translation>
            <numerusform>Se quitó %n clúster de favoritos.</numerusform>
            <numerusform>Se quitaron %n clústeres de favoritos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="241"/>
        <source>Add to List</source>
        <translation>Agregar a una lista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/library/library_controller.py" line="245"/>
        <source>Added %n cluster(s) to the list “{name}”.</source>
        <translation>
            <numerusform>Se agregó %n clúster a la lista “{name}”.</numerusform>
            <numerusform>Se agregaron %n clústeres a la lista “{name}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="246"/>
        <source>Already in the list “{name}”.</source>
        <translation>Ya están en la lista “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="259"/>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="267"/>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="276"/>
        <source>Remove from List</source>
        <translation>Quitar de una lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="260"/>
        <source>The selected cluster is in none of your lists.</source>
        <translation>El clúster seleccionado no está en ninguna de sus listas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="262"/>
        <source>The selected clusters are in none of your lists.</source>
        <translation>Los clústeres seleccionados no están en ninguna de sus listas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="268"/>
        <source>Remove from which list?</source>
        <translation>¿De qué lista quitarlos?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="279"/>
        <source>Removed from the list “{name}”.</source>
        <translation>Se quitó de la lista “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="288"/>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="294"/>
        <source>Add Note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="297"/>
        <source>Note added.</source>
        <translation>Nota agregada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="306"/>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="311"/>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="314"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="325"/>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="328"/>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="329"/>
        <source>Delete this note?

“{note}”

You can undo this.</source>
        <translation>¿Eliminar esta nota?

“{note}”

Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="355"/>
        <source>Back Up</source>
        <translation>Respaldar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="357"/>
        <source>Backed up to {path}</source>
        <translation>Respaldo guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="362"/>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="386"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde un respaldo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="366"/>
        <source>There are no backups in {folder} yet.

Command line: cluster-atlas restore FILE restores a file kept elsewhere.</source>
        <translation>Todavía no hay respaldos en {folder}.

En la línea de comandos, cluster-atlas restore ARCHIVO restaura un archivo guardado en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="371"/>
        <source>Replace your bookmarks, notes and contacts with the backup of:</source>
        <translation>Reemplazar sus favoritos, notas y contactos por el respaldo del:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="375"/>
        <source>Replace your data with the backup of {backup}?

Your current data is kept: it is backed up first (or, if damaged, set aside in the data folder).</source>
        <translation>¿Reemplazar sus datos por el respaldo del {backup}?

Sus datos actuales se conservan: primero se respaldan (o, si están dañados, se guardan aparte en la carpeta de datos).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/library_controller.py" line="392"/>
        <source>Restored {backup}; your previous data is in {copy}.</source>
        <translation>Se restauró {backup}; sus datos anteriores están en {copy}.</translation>
    </message>
</context>
<context>
    <name>ListNameDialog</name>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="44"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="45"/>
        <source>Add to List</source>
        <translation>Agregar a una lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="49"/>
        <source>List name</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="52"/>
        <source>e.g. Monterrey, March</source>
        <translation>p. ej., Monterrey, marzo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="55"/>
        <source>Choose one of your lists, or type the name of a new one:</source>
        <translation>Elija una de sus listas o escriba el nombre de una nueva:</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="71"/>
        <source>Clusters</source>
        <translation type="unfinished">Clústeres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="84"/>
        <source>Map of Mexico&apos;s states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="175"/>
        <source>no clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="177"/>
        <source>1 cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="179"/>
        <source>%1 clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="182"/>
        <source>Selected: click to remove from the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="240"/>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="247"/>
        <source>+1 with no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="248"/>
        <source>+%1 with no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/map/map_view.py" line="385"/>
        <source>No clusters on the map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="61"/>
        <source>Meeting: {title}</source>
        <translation>Reunión: {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="62"/>
        <source>New meeting of {mission}</source>
        <translation>Nueva reunión de {mission}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="70"/>
        <source>Parts of the meeting</source>
        <translation>Partes de la reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="71"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="72"/>
        <source>P&amp;eople</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="73"/>
        <source>&amp;After the meeting</source>
        <translation>Despué&amp;s de la reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="77"/>
        <source>Why the meeting was not saved</source>
        <translation>Por qué no se guardó la reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="82"/>
        <source>Save the meeting (Ctrl+Enter)</source>
        <translation>Guardar la reunión (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="120"/>
        <source>{id} (not in the catalogue)</source>
        <translation>{id} (no está en el catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="124"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="179"/>
        <source>Who attends? Tick members of the delegation, or the whole delegation (People tab).</source>
        <translation>¿Quién asiste? Marque integrantes de la delegación o toda la delegación (pestaña Personas).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="220"/>
        <source>Meeting with {name}</source>
        <translation>Reunión con {name}</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="36"/>
        <source>e.g. Hannover Messe, hall 4</source>
        <translation>p. ej., Hannover Messe, pabellón 4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="37"/>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="44"/>
        <source>Met where</source>
        <translation>Lugar del encuentro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="39"/>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="45"/>
        <source>Met when</source>
        <translation>Fecha del encuentro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="41"/>
        <source>who of the delegation</source>
        <translation>quién de la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="42"/>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="46"/>
        <source>Met by</source>
        <translation>Quién hizo el contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="47"/>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="50"/>
        <source>Linked clusters</source>
        <translation>Clústeres vinculados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="56"/>
        <source>Cluster to link</source>
        <translation>Clúster por vincular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="60"/>
        <source>type a cluster&apos;s name</source>
        <translation>escriba el nombre de un clúster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="61"/>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="62"/>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="63"/>
        <source>Link the cluster</source>
        <translation>Vincular el clúster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="64"/>
        <source>Unlink the selected clusters</source>
        <translation>Desvincular los clústeres seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_meeting.py" line="100"/>
        <source>{id} (not in the catalogue)</source>
        <translation>{id} (no está en el catálogo)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="26"/>
        <source>Delegation: {name}</source>
        <translation>Delegación: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="27"/>
        <source>New delegation member</source>
        <translation>Nuevo integrante de la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="33"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="33"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="34"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="34"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="35"/>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="35"/>
        <source>Role in the delegation</source>
        <translation>Cargo en la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="36"/>
        <source>&amp;Mobile:</source>
        <translation>Ce&amp;lular:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="36"/>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="37"/>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="37"/>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="45"/>
        <source>Why the member was not saved</source>
        <translation>Por qué no se guardó el integrante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="50"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/member_dialog.py" line="50"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/missions/members_model.py" line="47"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/members_model.py" line="47"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/members_model.py" line="47"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/members_model.py" line="47"/>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/members_model.py" line="48"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
</context>
<context>
    <name>MissionClustersModel</name>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_clusters_model.py" line="51"/>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_clusters_model.py" line="51"/>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_clusters_model.py" line="51"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_clusters_model.py" line="51"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_clusters_model.py" line="52"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_clusters_model.py" line="65"/>
        <source>{id} (no longer in the catalogue)</source>
        <translation>{id} (ya no está en el catálogo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_clusters_model.py" line="70"/>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
</context>
<context>
    <name>MissionDetail</name>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="77"/>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="80"/>
        <source>Dates, destinations and home zone</source>
        <translation>Fechas, destinos y zona horaria de origen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="83"/>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="84"/>
        <source>Ed&amp;it mission…</source>
        <translation>Edi&amp;tar misión…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="85"/>
        <source>Edit the mission&apos;s name, dates and details</source>
        <translation>Editar el nombre, las fechas y los detalles de la misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="91"/>
        <source>Agenda, delegation and clusters of the mission</source>
        <translation>Agenda, delegación y clústeres de la misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="92"/>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="98"/>
        <source>E&amp;xport calendar (.ics)…</source>
        <translation>E&amp;xportar calendario (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="99"/>
        <source>Export the agenda as a calendar file</source>
        <translation>Exportar la agenda como archivo de calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="100"/>
        <source>Imp&amp;ort calendar…</source>
        <translation>Im&amp;portar calendario…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="101"/>
        <source>Import a calendar file into the agenda</source>
        <translation>Importar un archivo de calendario a la agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="102"/>
        <source>&amp;Booklet…</source>
        <translation>Carpeta &amp;informativa…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="102"/>
        <source>Save the mission booklet (PDF)</source>
        <translation>Guardar la carpeta informativa de la misión (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="104"/>
        <source>&amp;Report…</source>
        <translation>In&amp;forme…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="104"/>
        <source>Save the mission report (PDF or CSV)</source>
        <translation>Guardar el informe de la misión (PDF o CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="157"/>
        <source>No mission</source>
        <translation>Ninguna misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="167"/>
        <source>No dates yet</source>
        <translation>Todavía sin fechas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="172"/>
        <source>Home zone: {city} ({zone})</source>
        <translation>Zona de origen: {city} ({zone})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="190"/>
        <source>&amp;Delegation ({count})</source>
        <translation>&amp;Delegación ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="192"/>
        <source>Clus&amp;ters to visit ({count})</source>
        <translation>C&amp;lústeres por visitar ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="217"/>
        <source>Edit mission</source>
        <translation>Editar misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="218"/>
        <source>Saved the mission “{mission}”.</source>
        <translation>Se guardó la misión “{mission}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="235"/>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="247"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="244"/>
        <source>Saved “{title}”.</source>
        <translation>Se guardó “{title}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="256"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="276"/>
        <source>Add member</source>
        <translation>Agregar integrante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="277"/>
        <source>{name} joins the delegation.</source>
        <translation>{name} se suma a la delegación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="287"/>
        <source>Edit member</source>
        <translation>Editar integrante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="287"/>
        <source>Saved {name}.</source>
        <translation>Se guardaron los datos de {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="292"/>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="302"/>
        <source>Remove member</source>
        <translation>Quitar integrante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="293"/>
        <source>Take {name} out of the delegation of “{mission}”? The meetings stay, with the others who attend.</source>
        <translation>¿Quitar a {name} de la delegación de “{mission}”? Las reuniones se conservan, con los demás asistentes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="300"/>
        <source>{name} left the delegation.</source>
        <translation>{name} ya no forma parte de la delegación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="309"/>
        <source>They are all in the mission already.</source>
        <translation>Todos ya están en la misión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="310"/>
        <source>Added %n cluster(s) to the mission.</source>
        <translation>
            <numerusform>Se agregó %n clúster a la misión.</numerusform>
            <numerusform>Se agregaron %n clústeres a la misión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="312"/>
        <source>%n already in it.</source>
        <translation>
            <numerusform>%n ya estaba.</numerusform>
            <numerusform>%n ya estaban.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="319"/>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="324"/>
        <source>Add clusters</source>
        <translation>Agregar clústeres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="320"/>
        <source>Select clusters in the Clusters tab&apos;s table first (Ctrl+1), then come back here.</source>
        <translation>Primero seleccione clústeres en la tabla de la pestaña Clústeres (Ctrl+1) y luego vuelva aquí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="332"/>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="336"/>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="342"/>
        <source>Add from a list</source>
        <translation>Agregar de una lista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="333"/>
        <source>You have no lists yet: select clusters in the Clusters tab and use Cluster › Add to List… to make one.</source>
        <translation>Todavía no tiene listas: seleccione clústeres en la pestaña Clústeres y use Clúster › Agregar a una lista… para crear una.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="337"/>
        <source>Add the clusters of which list?</source>
        <translation>¿Los clústeres de qué lista quiere agregar?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="350"/>
        <source>Add shown clusters</source>
        <translation>Agregar los clústeres mostrados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="360"/>
        <source>Took the cluster out of the mission (its meetings stay).</source>
        <translation>Se quitó el clúster de la misión (sus reuniones se conservan).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="362"/>
        <source>Remove cluster</source>
        <translation>Quitar clúster</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="388"/>
        <source>Imported %n new meeting(s) and updated {updated}.</source>
        <translation>
            <numerusform>Se importó %n reunión nueva; actualizadas: {updated}.</numerusform>
            <numerusform>Se importaron %n reuniones nuevas; actualizadas: {updated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="390"/>
        <source>Imported %n new meeting(s).</source>
        <translation>
            <numerusform>Se importó %n reunión nueva.</numerusform>
            <numerusform>Se importaron %n reuniones nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_detail.py" line="391"/>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="76"/>
        <source>Mission: {name}</source>
        <translation>Misión: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="77"/>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="81"/>
        <source>Mission name</source>
        <translation>Nombre de la misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="82"/>
        <source>Monterrey, Querétaro, Tijuana</source>
        <translation>Monterrey, Querétaro, Tijuana</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="84"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="86"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="88"/>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="89"/>
        <source>Cities, with commas (empty: the clusters&apos; states)</source>
        <translation>Ciudades, separadas por comas (vacío: estados de los clústeres)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="92"/>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="95"/>
        <source>Delegation&apos;s home time zone</source>
        <translation>Zona horaria de origen de la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="102"/>
        <source>The agenda can show every time on this clock too</source>
        <translation>La agenda puede mostrar también todas las horas en este reloj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="106"/>
        <source>Why the mission was not saved</source>
        <translation>Por qué no se guardó la misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="111"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="111"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="112"/>
        <source>Save the mission (Ctrl+Enter)</source>
        <translation>Guardar la misión (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="116"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="117"/>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="118"/>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="119"/>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinos:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="120"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="121"/>
        <source>&amp;Home zone:</source>
        <translation>&amp;Zona de origen:</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_page.py" line="26"/>
        <source>Why the missions are unavailable</source>
        <translation>Por qué las misiones no están disponibles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_page.py" line="38"/>
        <source>Your missions are unavailable.

{problem}

File › Restore from Backup… brings back a good copy.</source>
        <translation>Sus misiones no están disponibles.

{problem}

Archivo › Restaurar desde un respaldo… recupera una copia en buen estado.</translation>
    </message>
</context>
<context>
    <name>MissionsView</name>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="52"/>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="61"/>
        <source>No mission yet. “New mission…” starts one; in the Clusters tab, Cluster › Make a Mission from These Clusters… starts one with the clusters shown.</source>
        <translation>Todavía no hay misiones. “Nueva misión…” crea una; en la pestaña Clústeres, Clúster › Crear una misión con estos clústeres… crea una con los clústeres mostrados.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="65"/>
        <source>No mission yet</source>
        <translation>Todavía no hay misiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="66"/>
        <source>&amp;New mission…</source>
        <translation>&amp;Nueva misión…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="67"/>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="69"/>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="205"/>
        <source>Delete mission</source>
        <translation>Eliminar misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="70"/>
        <source>Delete the selected mission</source>
        <translation>Eliminar la misión seleccionada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="71"/>
        <source>Delete it with its agenda (Delete); Undo brings it back</source>
        <translation>Eliminarla con su agenda (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="74"/>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="75"/>
        <source>Undo the last change (Edit › Undo)</source>
        <translation>Deshacer el último cambio (Editar › Deshacer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="88"/>
        <source>What happened last</source>
        <translation>Lo último que pasó</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="98"/>
        <source>&amp;Your missions</source>
        <translation>Sus &amp;misiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="175"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="177"/>
        <source>%n page(s) (internal)</source>
        <translation>
            <numerusform>%n página (carpeta interna)</numerusform>
            <numerusform>%n páginas (carpeta interna)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="178"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="179"/>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="179"/>
        <source>the report table</source>
        <translation>la tabla del informe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="191"/>
        <source>Created the mission “{mission}”. Add its delegation and the clusters to visit, then plan its meetings.</source>
        <translation>Se creó la misión “{mission}”. Agregue su delegación y los clústeres por visitar; luego programe sus reuniones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="202"/>
        <source>Delete the mission “{mission}” and its %n meeting(s)? Edit › Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar la misión “{mission}” y su %n reunión? Editar › Deshacer la recupera.</numerusform>
            <numerusform>¿Eliminar la misión “{mission}” y sus %n reuniones? Editar › Deshacer la recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="204"/>
        <source>Delete the mission “{mission}”? Edit › Undo brings it back.</source>
        <translation>¿Eliminar la misión “{mission}”? Editar › Deshacer la recupera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/missions_view.py" line="220"/>
        <source>Undo {action}</source>
        <translation>Deshacer: {action}</translation>
    </message>
</context>
<context>
    <name>NameSection</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="70"/>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="112"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="71"/>
        <source>as you would write it on a letter</source>
        <translation>como lo escribiría en una carta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="72"/>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="113"/>
        <source>Given name</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="73"/>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="114"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="73"/>
        <source>one or two surnames</source>
        <translation>uno o dos apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="74"/>
        <source>Name prefix</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="74"/>
        <source>Dr., Lic., Sra.</source>
        <translation>Dr., Lic., Sra.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="75"/>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="120"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="76"/>
        <source>Name suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="76"/>
        <source>Jr., PhD</source>
        <translation>Jr., PhD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="81"/>
        <source>From parts</source>
        <translation>Con las partes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="82"/>
        <source>Make the full name from the parts</source>
        <translation>Formar el nombre completo con las partes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="83"/>
        <source>Make the full name from the parts again: it then follows them as you type</source>
        <translation>Volver a formar el nombre completo con las partes: a partir de entonces las sigue mientras escribe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="87"/>
        <source>Prefix, middle name and suffix</source>
        <translation>Título, segundo nombre y sufijo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="92"/>
        <source>Where the name parts come from</source>
        <translation>De dónde salen las partes del nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="94"/>
        <source>Name hint</source>
        <translation>Aviso sobre el nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="122"/>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="125"/>
        <source>Prefix</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="130"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="244"/>
        <source>More name fields</source>
        <translation>Más campos del nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="247"/>
        <source>Parts filled in from the full name: two surnames both go in Family name.</source>
        <translation>Partes tomadas del nombre completo: si hay dos apellidos, ambos van en Apellidos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_name.py" line="250"/>
        <source>Parts suggested from the full name, saved if you save: check the surnames.</source>
        <translation>Partes sugeridas a partir del nombre completo; se guardan si usted guarda: revise los apellidos.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop_app/ui/library/notes_dialog.py" line="33"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/notes_dialog.py" line="34"/>
        <source>Who you met, what was said, what to do next…</source>
        <translation>Con quién se reunió, qué se dijo, qué sigue…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/notes_dialog.py" line="40"/>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Guardar la nota (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/notes_dialog.py" line="50"/>
        <source>The note is dated and kept with your data; the search field finds it. Ctrl+Enter saves.</source>
        <translation>La nota lleva fecha y se guarda con sus datos; el campo de búsqueda la encuentra. Ctrl+Enter la guarda.</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_notes.py" line="30"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_notes.py" line="31"/>
        <source>Remove the selected note</source>
        <translation>Quitar la nota seleccionada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_notes.py" line="34"/>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_notes.py" line="35"/>
        <source>What was said, what to do next… (Ctrl+Enter saves)</source>
        <translation>Qué se dijo, qué sigue… (Ctrl+Enter guarda)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_notes.py" line="40"/>
        <source>Notes (newest last)</source>
        <translation>Notas (la más reciente al final)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_notes.py" line="43"/>
        <source>Add a note (dated when saved)</source>
        <translation>Agregar una nota (lleva la fecha en que se guarda)</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="69"/>
        <source>Clusters met</source>
        <translation>Clústeres de la reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="70"/>
        <source>Contacts met</source>
        <translation>Contactos de la reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="71"/>
        <source>Delegation members attending</source>
        <translation>Integrantes de la delegación que asisten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="73"/>
        <source>Find a contact</source>
        <translation>Buscar un contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="74"/>
        <source>Find a contact…</source>
        <translation>Buscar un contacto…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="79"/>
        <source>Add another cluster of the catalogue</source>
        <translation>Agregar otro clúster del catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="80"/>
        <source>Add another cluster: type its name…</source>
        <translation>Agregar otro clúster: escriba su nombre…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="81"/>
        <source>Any cluster of the catalogue; it joins the mission&apos;s clusters when the meeting is saved</source>
        <translation>Cualquier clúster del catálogo; se suma a los clústeres de la misión al guardar la reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="84"/>
        <source>The &amp;whole delegation (also members who join later)</source>
        <translation>Toda la dele&amp;gación (también quienes se sumen después)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="85"/>
        <source>The whole delegation attends</source>
        <translation>Asiste toda la delegación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="88"/>
        <source>C&amp;lusters met:</source>
        <translation>&amp;Clústeres:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="90"/>
        <source>C&amp;ontacts met:</source>
        <translation>C&amp;ontactos:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_people.py" line="92"/>
        <source>Atte&amp;nding:</source>
        <translation>Quién &amp;asiste:</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="25"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="43"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="26"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="44"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="27"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="45"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="29"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="49"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="32"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="50"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="33"/>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="34"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="52"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="35"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="53"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="36"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="46"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="36"/>
        <source>comma-separated, e.g. automotive, mission 2024</source>
        <translation>separadas por comas, p. ej.: automotriz, misión 2024</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="39"/>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="47"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="51"/>
        <source>State / region</source>
        <translation>Estado / región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="56"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_person.py" line="58"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>ReachSection</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="151"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="151"/>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="165"/>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="152"/>
        <source>Kind of email {number}</source>
        <translation>Tipo del correo {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="153"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="153"/>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="167"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="154"/>
        <source>Kind of phone {number}</source>
        <translation>Tipo del teléfono {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="157"/>
        <source>Email hints</source>
        <translation>Avisos sobre los correos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="158"/>
        <source>Phone hints</source>
        <translation>Avisos sobre los teléfonos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="159"/>
        <source>Use the suggested addresses</source>
        <translation>Usar las direcciones sugeridas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="160"/>
        <source>Use the suggested email addresses</source>
        <translation>Usar las direcciones de correo sugeridas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="166"/>
        <source>Add email</source>
        <translation>Agregar correo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="166"/>
        <source>Remove the selected emails</source>
        <translation>Quitar los correos seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="168"/>
        <source>Add phone</source>
        <translation>Agregar teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="168"/>
        <source>Remove the selected phones</source>
        <translation>Quitar los teléfonos seleccionados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="173"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="173"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="39"/>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="42"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>WhenSection</name>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="47"/>
        <source>Meeting title</source>
        <translation>Título de la reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="48"/>
        <source>Empty: “Meeting with” the first cluster or contact</source>
        <translation>Vacío: “Reunión con” el primer clúster o contacto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="51"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="54"/>
        <source>Start time on the place&apos;s clock</source>
        <translation>Hora de inicio en el reloj del lugar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="59"/>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="60"/>
        <source>All da&amp;y</source>
        <translation>Todo el dí&amp;a</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="61"/>
        <source>All day (no start time)</source>
        <translation>Todo el día (sin hora de inicio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="65"/>
        <source>Time zone of the place</source>
        <translation>Zona horaria del lugar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="66"/>
        <source>Automatic: the city&apos;s or the first cluster&apos;s state&apos;s</source>
        <translation>Automática: la de la ciudad o la del estado del primer clúster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="70"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="71"/>
        <source>Border cities keep their own clock: Ciudad Juárez, Reynosa…</source>
        <translation>Las ciudades fronterizas tienen su propio horario: Ciudad Juárez, Reynosa…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="74"/>
        <source>Place (address)</source>
        <translation>Lugar (dirección)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="76"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="80"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="85"/>
        <source>When this is</source>
        <translation>Cuándo es</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="94"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="95"/>
        <source>&amp;Day, start, length:</source>
        <translation>&amp;Día, inicio, duración:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="97"/>
        <source>&amp;Clock:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="98"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="99"/>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="100"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="101"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="116"/>
        <source>Central Mexico</source>
        <translation>Centro de México</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="117"/>
        <source>Nuevo León, Coahuila, Tamaulipas, Durango</source>
        <translation>Nuevo León, Coahuila, Tamaulipas, Durango</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="118"/>
        <source>US border of Coahuila, Nuevo León and Tamaulipas</source>
        <translation>Franja fronteriza de Coahuila, Nuevo León y Tamaulipas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="119"/>
        <source>Chihuahua</source>
        <translation>Chihuahua</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="120"/>
        <source>Ciudad Juárez (Chihuahua, US border)</source>
        <translation>Ciudad Juárez (Chihuahua, frontera con EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="121"/>
        <source>Ojinaga (Chihuahua, US border)</source>
        <translation>Ojinaga (Chihuahua, frontera con EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="122"/>
        <source>Sonora</source>
        <translation>Sonora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="123"/>
        <source>Sinaloa, Baja California Sur, Nayarit</source>
        <translation>Sinaloa, Baja California Sur, Nayarit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="124"/>
        <source>Bahía de Banderas (Nayarit)</source>
        <translation>Bahía de Banderas (Nayarit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="125"/>
        <source>Baja California</source>
        <translation>Baja California</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="126"/>
        <source>Yucatán, Campeche</source>
        <translation>Yucatán, Campeche</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="127"/>
        <source>Quintana Roo</source>
        <translation>Quintana Roo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="180"/>
        <source>{day}, {times} on {city}&apos;s clock ({offset})</source>
        <translation>{day}, {times}, hora de {city} ({offset})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="186"/>
        <source>{times} in {city}</source>
        <translation>{times} en {city}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_when.py" line="189"/>
        <source>{times} in {city} ({day})</source>
        <translation>{times} en {city} ({day})</translation>
    </message>
</context>
<context>
    <name>WindowMissions</name>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="35"/>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="101"/>
        <source>New mission…</source>
        <translation>Nueva misión…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="115"/>
        <source>Select a cluster first: Plan a Meeting… plans a meeting with it.</source>
        <translation>Primero seleccione un clúster: Clúster › Programar una reunión… programa una reunión con él.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="120"/>
        <source>Plan a meeting</source>
        <translation>Programar una reunión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="121"/>
        <source>In which mission?</source>
        <translation>¿En qué misión?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="127"/>
        <source>Planned “{title}” on {when} ({zone}) in “{mission}”. ⚠ %n conflict(s) flagged. View › Missions (Ctrl+5) shows the agenda.</source>
        <translation>
            <numerusform>Se programó “{title}” el {when} ({zone}) en “{mission}”. ⚠ %n conflicto señalado. Ver › Misiones (Ctrl+5) muestra la agenda.</numerusform>
            <numerusform>Se programó “{title}” el {when} ({zone}) en “{mission}”. ⚠ %n conflictos señalados. Ver › Misiones (Ctrl+5) muestra la agenda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="130"/>
        <source>Planned “{title}” on {when} ({zone}) in “{mission}”. View › Missions (Ctrl+5) shows the agenda.</source>
        <translation>Se programó “{title}” el {when} ({zone}) en “{mission}”. Ver › Misiones (Ctrl+5) muestra la agenda.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="140"/>
        <source>Select clusters first: Add to Mission… adds them to a mission.</source>
        <translation>Primero seleccione clústeres: Clúster › Agregar a una misión… los agrega a una misión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="145"/>
        <source>Add to mission</source>
        <translation>Agregar a una misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="146"/>
        <source>Add to which mission?</source>
        <translation>¿A qué misión agregarlos?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="151"/>
        <source>Added %n cluster(s) to “{mission}”.</source>
        <translation>
            <numerusform>Se agregó %n clúster a “{mission}”.</numerusform>
            <numerusform>Se agregaron %n clústeres a “{mission}”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="152"/>
        <source>Already in “{mission}”.</source>
        <translation>Ya están en “{mission}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/missions/window_missions.py" line="188"/>
        <source>Created the mission “{mission}” with %n cluster(s) to visit. Add its delegation, then plan its meetings.</source>
        <translation>
            <numerusform>Se creó la misión “{mission}” con %n clúster por visitar. Agregue su delegación y luego programe sus reuniones.</numerusform>
            <numerusform>Se creó la misión “{mission}” con %n clústeres por visitar. Agregue su delegación y luego programe sus reuniones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowUserData</name>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="72"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="75"/>
        <source>Your data file is damaged: File › Restore from Backup…</source>
        <translation>Su archivo de datos está dañado: Archivo › Restaurar desde un respaldo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="175"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="176"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="177"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="178"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="238"/>
        <source>Select a cluster first.</source>
        <translation>Primero seleccione un clúster.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/window_user_data.py" line="241"/>
        <source>On {cluster}</source>
        <translation>Sobre {cluster}</translation>
    </message>
</context>
<context>
    <name>agenda_model</name>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="69"/>
        <source>Planned</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="70"/>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="71"/>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/agenda_model.py" line="72"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>booklet_dialog</name>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="46"/>
        <source>mission</source>
        <translation>mision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="51"/>
        <source>{stem}-booklet-internal.pdf</source>
        <translation>{stem}-carpeta-interna.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/booklet_dialog.py" line="52"/>
        <source>{stem}-booklet.pdf</source>
        <translation>{stem}-carpeta.pdf</translation>
    </message>
</context>
<context>
    <name>contacts_files</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_files.py" line="21"/>
        <source>Google Contacts CSV (*.csv)</source>
        <translation>CSV de Google Contacts (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_files.py" line="23"/>
        <source>Outlook CSV (*.csv)</source>
        <translation>CSV de Outlook (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_files.py" line="25"/>
        <source>Everything you own, to import on another computer (*.json)</source>
        <translation>Todos sus datos, para importarlos en otra computadora (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_files.py" line="34"/>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_files.py" line="35"/>
        <source>Contacts (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Cluster Atlas export (*.json);;All files (*)</source>
        <translation>Contactos (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Exportación de Cluster Atlas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_files.py" line="46"/>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_files.py" line="47"/>
        <source>contacts.vcf</source>
        <translation>contactos.vcf</translation>
    </message>
</context>
<context>
    <name>contacts_table_model</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="59"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="60"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_table_model.py" line="61"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>contacts_view</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/contacts_view.py" line="54"/>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
</context>
<context>
    <name>editor_follow_ups</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="34"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="35"/>
        <source>done</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_follow_ups.py" line="36"/>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
</context>
<context>
    <name>editor_reach</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="41"/>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="42"/>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="43"/>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="44"/>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="45"/>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="46"/>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="47"/>
        <source>work fax</source>
        <translation>fax del trabajo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="48"/>
        <source>home fax</source>
        <translation>fax de casa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="49"/>
        <source>pager</source>
        <translation>localizador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="50"/>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/editor_reach.py" line="96"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>import_words</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="19"/>
        <source>a record with no name, organisation, email or phone</source>
        <translation>un registro sin nombre, organización, correo ni teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="21"/>
        <source>a comment</source>
        <translation>un comentario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="22"/>
        <source>a line with no &apos;:&apos; (no value)</source>
        <translation>una línea sin &apos;:&apos; (sin valor)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="24"/>
        <source>not a property name</source>
        <translation>no es un nombre de propiedad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="25"/>
        <source>text outside BEGIN:VCARD ... END:VCARD</source>
        <translation>texto fuera de BEGIN:VCARD ... END:VCARD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="27"/>
        <source>not readable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="35"/>
        <source>declared in the file</source>
        <translation>declarada en el archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="36"/>
        <source>byte-order mark</source>
        <translation>indicada por la marca de orden de bytes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="37"/>
        <source>detected</source>
        <translation>detectada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="38"/>
        <source>guessed from the letters</source>
        <translation>deducida de las letras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="40"/>
        <source>Read as {encoding} ({how}).</source>
        <translation>Se leyó como {encoding} (codificación {how}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="51"/>
        <source>same email {email}</source>
        <translation>mismo correo {email}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="55"/>
        <source>same uid</source>
        <translation>mismo identificador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="56"/>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="57"/>
        <source>same name and organisation</source>
        <translation>mismo nombre y organización</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="63"/>
        <source>{reason} as {name}</source>
        <translation>{reason} que {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="65"/>
        <source>{reason} as {name} (line {line})</source>
        <translation>{reason} que {name} (línea {line})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="76"/>
        <source>Also to add: bookmarks: {bookmarks}, list entries: {entries}, cluster notes: {notes} ({already} already there).</source>
        <translation>También por agregar: favoritos: {bookmarks}, entradas de listas: {entries}, notas de clústeres: {notes} ({already} ya estaban).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="79"/>
        <source>Also to add: bookmarks: {bookmarks}, list entries: {entries}, cluster notes: {notes}.</source>
        <translation>También por agregar: favoritos: {bookmarks}, entradas de listas: {entries}, notas de clústeres: {notes}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="93"/>
        <source>emails: {emails}</source>
        <translation>correos: {emails}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="97"/>
        <source>phones: {phones}</source>
        <translation>teléfonos: {phones}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="100"/>
        <source>notes: {count}</source>
        <translation>notas: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="103"/>
        <source>Merging into {name} keeps everything you have and adds what is new.</source>
        <translation>Al combinar con {name} se conserva todo lo que ya tiene y se agrega lo nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/import_words.py" line="106"/>
        <source>Merging into {name} keeps everything you have and adds what is new ({parts}).</source>
        <translation>Al combinar con {name} se conserva todo lo que ya tiene y se agrega lo nuevo ({parts}).</translation>
    </message>
</context>
<context>
    <name>meeting_after</name>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="39"/>
        <source>• {action} — to {contact}, due {due}, owner {owner} ({state})</source>
        <translation>• {action} — con {contact}, para el {due}, responsable: {owner} ({state})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="42"/>
        <source>• {action} — to {contact}, due {due} ({state})</source>
        <translation>• {action} — con {contact}, para el {due} ({state})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="45"/>
        <source>• {action} — to {contact}, owner {owner} ({state})</source>
        <translation>• {action} — con {contact}, responsable: {owner} ({state})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="48"/>
        <source>• {action} — to {contact} ({state})</source>
        <translation>• {action} — con {contact} ({state})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_after.py" line="57"/>
        <source>Already promised:</source>
        <translation>Compromisos ya adquiridos:</translation>
    </message>
</context>
<context>
    <name>meeting_dialog</name>
    <message>
        <location filename="../../desktop_app/ui/missions/meeting_dialog.py" line="37"/>
        <source>Where is it? Tick a cluster (People tab), type a border city, or choose the clock: nothing says where this meeting is.</source>
        <translation>¿Dónde es? Marque un clúster (pestaña Personas), escriba una ciudad fronteriza o elija la zona horaria: nada indica dónde es esta reunión.</translation>
    </message>
</context>
<context>
    <name>mission_dialog</name>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_dialog.py" line="44"/>
        <source>(none: local times only)</source>
        <translation>(ninguna: solo horas locales)</translation>
    </message>
</context>
<context>
    <name>mission_files</name>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="44"/>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="60"/>
        <source>Export the agenda as a calendar file</source>
        <translation>Exportar la agenda como archivo de calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="67"/>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="77"/>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="79"/>
        <source>Import a calendar file into the agenda</source>
        <translation>Importar un archivo de calendario a la agenda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="90"/>
        <source>Nothing to import from {file}.</source>
        <translation>No hay nada que importar de {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="115"/>
        <source>Save the mission booklet</source>
        <translation>Guardar la carpeta informativa de la misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="117"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="121"/>
        <source>Mission booklet</source>
        <translation>Carpeta informativa de la misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="122"/>
        <source>Writing the booklet: fact sheet</source>
        <translation>Preparando la carpeta: ficha</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="139"/>
        <source>{stem}-report.pdf</source>
        <translation>{stem}-informe.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="142"/>
        <source>Save the mission report</source>
        <translation>Guardar el informe de la misión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="143"/>
        <source>PDF report (*.pdf);;CSV table for a spreadsheet (*.csv)</source>
        <translation>Informe en PDF (*.pdf);;Tabla CSV para hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_files.py" line="151"/>
        <source>Mission report</source>
        <translation>Informe de la misión</translation>
    </message>
</context>
<context>
    <name>mission_list_model</name>
    <message>
        <location filename="../../desktop_app/ui/missions/mission_list_model.py" line="37"/>
        <source>No dates yet</source>
        <translation>Todavía sin fechas</translation>
    </message>
</context>
<context>
    <name>user_dialogs</name>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="98"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="99"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="100"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="103"/>
        <source>before a data update</source>
        <translation>antes de una actualización de datos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="114"/>
        <source>Your data file {path} {problem}. It has been left exactly as it is. The newest good backup is {backup} (taken {taken}).</source>
        <translation>No se puede usar su archivo de datos {path} ({problem}). Se dejó exactamente como estaba. El respaldo bueno más reciente es {backup} (del {taken}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="118"/>
        <source>Your data file {path} {problem}. It has been left exactly as it is. The newest good backup is {backup}.</source>
        <translation>No se puede usar su archivo de datos {path} ({problem}). Se dejó exactamente como estaba. El respaldo bueno más reciente es {backup}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="122"/>
        <source>Your data file {path} {problem}. It has been left exactly as it is. No good backup was found in {folder}. Keep a copy of the file; to start afresh, move it away (Cluster Atlas then creates a new one).</source>
        <translation>No se puede usar su archivo de datos {path} ({problem}). Se dejó exactamente como estaba. No se encontró ningún respaldo bueno en {folder}. Guarde una copia del archivo; para empezar de cero, muévalo a otro lugar (Cluster Atlas creará uno nuevo).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="132"/>
        <source>Your data file is damaged</source>
        <translation>Su archivo de datos está dañado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="134"/>
        <source>The catalogue still works. Your bookmarks, notes and contacts are unavailable until the data is restored. The damaged file is never replaced without asking: restoring keeps it aside in the data folder.</source>
        <translation>El catálogo sigue funcionando. Sus favoritos, notas y contactos no estarán disponibles hasta que se restauren los datos. El archivo dañado nunca se reemplaza sin preguntar: al restaurar, se guarda aparte en la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="138"/>
        <source>Restore the newest good backup now?</source>
        <translation>¿Restaurar ahora el respaldo bueno más reciente?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="140"/>
        <source>File › Restore from Backup… restores a backup you choose.</source>
        <translation>Archivo › Restaurar desde un respaldo… restaura el respaldo que usted elija.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="146"/>
        <source>Restore the Backup</source>
        <translation>Restaurar el respaldo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library/user_dialogs.py" line="148"/>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
</context>
</TS>
