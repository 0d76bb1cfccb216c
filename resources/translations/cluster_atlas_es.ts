<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>An offline catalogue of Mexico&apos;s industry clusters.</source>
        <translation>Un catálogo sin conexión de los clústeres industriales de México.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Catalogue version {version}, built {built}.</source>
        <translation>Versión del catálogo: {version}, generada el {built}.</translation>
    </message>
    <message>
        <source>Cluster Atlas itself is MIT-licensed. Built with Qt for Python (LGPLv3) and SQLite (public domain).</source>
        <translation>Cluster Atlas se distribuye con licencia MIT. Está hecho con Qt for Python (LGPLv3) y SQLite (dominio público).</translation>
    </message>
    <message>
        <source>Licences of bundled data</source>
        <translation>Licencias de los datos incluidos</translation>
    </message>
    <message>
        <source>No third-party data files are bundled yet.</source>
        <translation>Todavía no se incluyen archivos de datos de terceros.</translation>
    </message>
    <message>
        <source>Source: &lt;i&gt;{title}&lt;/i&gt;, {version}, {date}, {publisher}.</source>
        <translation>Fuente: &lt;i&gt;{title}&lt;/i&gt;, {version}, {date}, {publisher}.</translation>
    </message>
    <message>
        <source>Source: &lt;i&gt;{title}&lt;/i&gt;, {version}, {date}.</source>
        <translation>Fuente: &lt;i&gt;{title}&lt;/i&gt;, {version}, {date}.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Cluster Atlas</source>
        <translation>&amp;Acerca de Cluster Atlas</translation>
    </message>
    <message>
        <source>&amp;Add to List…</source>
        <translation>&amp;Agregar a una lista…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Hacer un respaldo ahora</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>Marcar como &amp;favorito</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Limpiar búsqueda y filtros</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Clúster</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Export Fact Sheets of Selection…</source>
        <translation>&amp;Exportar fichas de la selección…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>Im&amp;portar contactos…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuevo contacto…</translation>
    </message>
    <message>
        <source>&amp;Plan a Meeting…</source>
        <translation>&amp;Programar una reunión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Remove from List…</source>
        <translation>&amp;Quitar de una lista…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde un respaldo…</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabla</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>A copy of your bookmarks, notes and contacts in the backups folder</source>
        <translation>Una copia de sus favoritos, notas y contactos en la carpeta de respaldos</translation>
    </message>
    <message>
        <source>A dated note of your own on the cluster shown</source>
        <translation>Una nota suya, con fecha, sobre el clúster mostrado</translation>
    </message>
    <message>
        <source>A meeting with the selected cluster in one of your missions, or a new one</source>
        <translation>Una reunión con el clúster seleccionado en una de sus misiones o en una nueva</translation>
    </message>
    <message>
        <source>A new mission with the clusters shown (named after your list when the filter is one)</source>
        <translation>Una misión nueva con los clústeres mostrados (con el nombre de su lista, si el filtro es una)</translation>
    </message>
    <message>
        <source>A person met from the cluster shown</source>
        <translation>Una persona del clúster mostrado a quien conoció</translation>
    </message>
    <message>
        <source>A person you met: name, organisation, notes and follow-ups, in the Contacts tab</source>
        <translation>Una persona que conoció: nombre, organización, notas y seguimientos, en la pestaña Contactos</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Agregar &amp;nota…</translation>
    </message>
    <message>
        <source>Add to &amp;Mission…</source>
        <translation>Agregar a una &amp;misión…</translation>
    </message>
    <message>
        <source>Contacts from vCard (phones, Google, Apple, Outlook), CSV or a Cluster Atlas export, with a preview</source>
        <translation>Contactos desde vCard (teléfonos, Google, Apple, Outlook), CSV o una exportación de Cluster Atlas, con vista previa</translation>
    </message>
    <message>
        <source>Do again what Undo took back</source>
        <translation>Volver a hacer lo que se deshizo</translation>
    </message>
    <message>
        <source>E&amp;xport Contacts…</source>
        <translation>E&amp;xportar contactos…</translation>
    </message>
    <message>
        <source>Export Fact Sheets of &amp;All Shown…</source>
        <translation>Exportar fichas de &amp;todo lo mostrado…</translation>
    </message>
    <message>
        <source>M&amp;issions</source>
        <translation>M&amp;isiones</translation>
    </message>
    <message>
        <source>Make a Mission from &amp;These Clusters…</source>
        <translation>Crear una misión con es&amp;tos clústeres…</translation>
    </message>
    <message>
        <source>New &amp;Contact for Cluster…</source>
        <translation>Nuevo &amp;contacto del clúster…</translation>
    </message>
    <message>
        <source>One PDF with a fact sheet for every cluster the filter shows, in table order</source>
        <translation>Un PDF con una ficha por cada clúster que muestra el filtro, en el orden de la tabla</translation>
    </message>
    <message>
        <source>One PDF with a one-page fact sheet per selected cluster</source>
        <translation>Un PDF con una ficha de una página por cada clúster seleccionado</translation>
    </message>
    <message>
        <source>Preview the fact sheets of the selected clusters, then print them</source>
        <translation>Ver cómo quedan las fichas de los clústeres seleccionados y luego imprimirlas</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>Print the fact sheets of the selected clusters</source>
        <translation>Imprimir las fichas de los clústeres seleccionados</translation>
    </message>
    <message>
        <source>Put the selected clusters into one of your lists, or a new one</source>
        <translation>Agregar los clústeres seleccionados a una de sus listas o a una nueva</translation>
    </message>
    <message>
        <source>Put the selected clusters on one of your missions, or a new one</source>
        <translation>Agregar los clústeres seleccionados a una de sus misiones o a una nueva</translation>
    </message>
    <message>
        <source>Quit Cluster Atlas</source>
        <translation>Salir de Cluster Atlas</translation>
    </message>
    <message>
        <source>Replace your bookmarks, notes and contacts with a backup (the current data is kept)</source>
        <translation>Reemplazar sus favoritos, notas y contactos con un respaldo (los datos actuales se conservan)</translation>
    </message>
    <message>
        <source>Search names, acronyms, states, sectors, descriptions and your notes</source>
        <translation>Buscar en nombres, siglas, estados, sectores, descripciones y sus notas</translation>
    </message>
    <message>
        <source>Show every cluster again</source>
        <translation>Volver a mostrar todos los clústeres</translation>
    </message>
    <message>
        <source>Star the selected clusters, or remove their star</source>
        <translation>Marcar como favoritos los clústeres seleccionados, o quitarles la estrella</translation>
    </message>
    <message>
        <source>Take back the last change to your notes or contacts (a delete)</source>
        <translation>Deshacer el último cambio en sus notas o contactos (una eliminación)</translation>
    </message>
    <message>
        <source>Take the selected clusters out of one of your lists</source>
        <translation>Quitar los clústeres seleccionados de una de sus listas</translation>
    </message>
    <message>
        <source>The actions you promised that are due</source>
        <translation>Lo que se comprometió a hacer y ya vence</translation>
    </message>
    <message>
        <source>The catalogue&apos;s source, version and date, and the licences</source>
        <translation>Fuente, versión y fecha del catálogo, y las licencias</translation>
    </message>
    <message>
        <source>The clusters as a table</source>
        <translation>Los clústeres en una tabla</translation>
    </message>
    <message>
        <source>The clusters on a map of Mexico&apos;s states; click a state to filter by it</source>
        <translation>Los clústeres en un mapa de los estados de México; haga clic en un estado para filtrar por él</translation>
    </message>
    <message>
        <source>The contacts shown as vCard or CSV, or everything you own as JSON</source>
        <translation>Los contactos mostrados, en vCard o CSV, o todos sus datos en JSON</translation>
    </message>
    <message>
        <source>The people you met: search, filter, edit, import and export</source>
        <translation>Las personas que conoció: buscar, filtrar, editar, importar y exportar</translation>
    </message>
    <message>
        <source>To &amp;Follow Up</source>
        <translation>&amp;Pendientes</translation>
    </message>
    <message>
        <source>Your trade missions: the agenda by day, delegation, calendar files, booklet</source>
        <translation>Sus misiones comerciales: agenda por día, delegación, archivos de calendario, cuadernillo</translation>
    </message>
</context>
<context>
    <name>AfterSection</name>
    <message>
        <source>A&amp;dd action</source>
        <translation>Agregar &amp;compromiso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Action {number} promised to</source>
        <translation>Compromiso {number}: con quién</translation>
    </message>
    <message>
        <source>Action {number}: due “{due}” is not a date (YYYY-MM-DD, tomorrow, +3d…).</source>
        <translation>Compromiso {number}: la fecha límite “{due}” no es una fecha (AAAA-MM-DD, mañana, +3d…).</translation>
    </message>
    <message>
        <source>Action {number}: tick the contact it was promised to (People tab).</source>
        <translation>Compromiso {number}: marque el contacto con quien se adquirió (pestaña Personas).</translation>
    </message>
    <message>
        <source>Actions already promised</source>
        <translation>Compromisos ya adquiridos</translation>
    </message>
    <message>
        <source>Actions promised: each is a follow-up of the person it was promised to, listed in the Contacts tab&apos;s “To follow up”.</source>
        <translation>Compromisos adquiridos: cada uno queda como seguimiento pendiente con la persona a quien se le prometió, en “Pendientes” de la pestaña Contactos.</translation>
    </message>
    <message>
        <source>Add a promised action</source>
        <translation>Agregar un compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>New promised actions</source>
        <translation>Nuevos compromisos</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owner of action {number}</source>
        <translation>Responsable del compromiso {number}</translation>
    </message>
    <message>
        <source>Promised to</source>
        <translation>Con quién</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected new actions</source>
        <translation>Quitar los compromisos nuevos seleccionados</translation>
    </message>
    <message>
        <source>Tick the contacts met (People)</source>
        <translation>Marque los contactos de la reunión (Personas)</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>¿Qué se logró?</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda by day</source>
        <translation>Agenda por día</translation>
    </message>
    <message>
        <source>Conflicts and the rule</source>
        <translation>Conflictos y la regla</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Delete the selected meeting</source>
        <translation>Eliminar la reunión seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected meeting (Delete); Undo brings it back</source>
        <translation>Eliminar la reunión seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Done: write its outcome and the actions promised</source>
        <translation>Realizada: anote el resultado y los compromisos adquiridos</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Editar reunión…</translation>
    </message>
    <message>
        <source>Edit the selected meeting</source>
        <translation>Editar la reunión seleccionada</translation>
    </message>
    <message>
        <source>Give the mission a home zone (Edit mission…) to see the times on the delegation&apos;s own clock</source>
        <translation>Indique la zona horaria de origen de la misión (Editar misión…) para ver las horas también en el reloj de la delegación</translation>
    </message>
    <message>
        <source>Mar&amp;k done…</source>
        <translation>Marcar como reali&amp;zada…</translation>
    </message>
    <message>
        <source>Mark the selected meeting done</source>
        <translation>Marcar como realizada la reunión seleccionada</translation>
    </message>
    <message>
        <source>New &amp;meeting…</source>
        <translation>Nueva &amp;reunión…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Plan a meeting of this mission</source>
        <translation>Programar una reunión de esta misión</translation>
    </message>
    <message>
        <source>Show home time&amp;s</source>
        <translation>Mostrar la hora de &amp;origen</translation>
    </message>
    <message>
        <source>Show home time&amp;s ({city})</source>
        <translation>Mostrar la hora de &amp;origen ({city})</translation>
    </message>
    <message>
        <source>Show the times in the delegation&apos;s home zone</source>
        <translation>Mostrar las horas en la zona horaria de origen de la delegación</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>A warning sign: this meeting clashes with another</source>
        <translation>Señal de advertencia: esta reunión choca con otra</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Conflict: {conflicts}</source>
        <translation>Conflicto: {conflicts}</translation>
    </message>
    <message>
        <source>Flagged: the same person in two meetings at once, or less than {hours} h between meetings in different cities.</source>
        <translation>Se señala: la misma persona en dos reuniones a la vez, o menos de {hours} h entre reuniones en ciudades distintas.</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Hora de origen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>No conflict</source>
        <translation>Sin conflictos</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Sin conflictos.</translation>
    </message>
    <message>
        <source>Overlap: {first} and {second} ({who})</source>
        <translation>Se empalman: {first} y {second} ({who})</translation>
    </message>
    <message>
        <source>Overlaps “{title}” · {who}</source>
        <translation>Se empalma con “{title}” · {who}</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The delegation</source>
        <translation>Toda la delegación</translation>
    </message>
    <message>
        <source>The place&apos;s time zone: times are on its clock</source>
        <translation>La zona horaria del lugar: las horas son las de su reloj</translation>
    </message>
    <message>
        <source>The same times in the delegation&apos;s home zone</source>
        <translation>Las mismas horas en la zona horaria de origen de la delegación</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Travel: only {gap} after “{title}” in another city (rule: {hours} h) · {who}</source>
        <translation>Traslado: solo {gap} después de “{title}”, en otra ciudad (mínimo: {hours} h) · {who}</translation>
    </message>
    <message>
        <source>Travel: only {gap} before “{title}” in another city (rule: {hours} h) · {who}</source>
        <translation>Traslado: solo {gap} antes de “{title}”, en otra ciudad (mínimo: {hours} h) · {who}</translation>
    </message>
    <message>
        <source>Travel: only {gap} between {first} and {second} in another city (rule: {hours} h) ({who})</source>
        <translation>Traslado: solo {gap} entre {first} y {second}, en otra ciudad (mínimo: {hours} h) ({who})</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>{city} time</source>
        <translation>Hora de {city}</translation>
    </message>
    <message numerus="yes">
        <source>{day} · %n meeting(s)</source>
        <translation>
            <numerusform>{day} · %n reunión</numerusform>
            <numerusform>{day} · %n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} · no meeting yet</source>
        <translation>{day} · todavía sin reuniones</translation>
    </message>
    <message numerus="yes">
        <source>{times} +%n day(s)</source>
        <translation>
            <numerusform>{times} +%n día</numerusform>
            <numerusform>{times} +%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{times} −%n day(s)</source>
        <translation>
            <numerusform>{times} −%n día</numerusform>
            <numerusform>{times} −%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}
Objective: {objective}</source>
        <translation>{title}
Objetivo: {objective}</translation>
    </message>
    <message>
        <source>{zone}, {offset} on this day</source>
        <translation>{zone}, {offset} ese día</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s), flagged in the agenda (they block nothing):</source>
        <translation>
            <numerusform>⚠ %n conflicto, señalado en la agenda (no impide nada):</numerusform>
            <numerusform>⚠ %n conflictos, señalados en la agenda (no impiden nada):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}

The details are in the log:
{log}</source>
        <translation>Algo salió mal: {error}

Los detalles están en el registro:
{log}</translation>
    </message>
    <message>
        <source>no log file could be written</source>
        <translation>no se pudo escribir el archivo de registro</translation>
    </message>
    <message>
        <source>{app}: unexpected error</source>
        <translation>{app}: error inesperado</translation>
    </message>
</context>
<context>
    <name>AudienceChoice</name>
    <message>
        <source>File name: {name}</source>
        <translation>Nombre del archivo: {name}</translation>
    </message>
    <message>
        <source>Suggested file name</source>
        <translation>Nombre de archivo sugerido</translation>
    </message>
</context>
<context>
    <name>BookletDialog</name>
    <message>
        <source>&amp;Internal booklet: with contacts, objectives and notes</source>
        <translation>Carpeta &amp;interna: con contactos, objetivos y notas</translation>
    </message>
    <message>
        <source>&amp;Public booklet</source>
        <translation>Carpeta &amp;pública</translation>
    </message>
    <message>
        <source>INTERNAL: adds the contacts to meet with their phones and e-mails, the objectives, the delegation&apos;s phones and your notes. Keep it to the delegation; do not hand it out.</source>
        <translation>INTERNA: agrega los contactos con sus teléfonos y correos, los objetivos, los teléfonos de la delegación y sus notas. Solo para la delegación; no la entregue a nadie más.</translation>
    </message>
    <message>
        <source>Internal booklet</source>
        <translation>Carpeta interna</translation>
    </message>
    <message>
        <source>Itinerary, delegation (names and organisations), map and the clusters&apos; fact sheets: safe to hand out.</source>
        <translation>Itinerario, delegación (nombres y organizaciones), mapa y fichas de los clústeres: puede entregarse sin problema.</translation>
    </message>
    <message>
        <source>Language of the booklet</source>
        <translation>Idioma de la carpeta</translation>
    </message>
    <message>
        <source>Mission booklet</source>
        <translation>Carpeta informativa de la misión</translation>
    </message>
    <message>
        <source>Mission booklet options</source>
        <translation>Opciones de la carpeta informativa</translation>
    </message>
    <message>
        <source>Public booklet</source>
        <translation>Carpeta pública</translation>
    </message>
    <message>
        <source>Save Booklet…</source>
        <translation>Guardar carpeta…</translation>
    </message>
    <message>
        <source>The booklet of “{mission}”: cover, contents, delegation, map, itinerary day by day and one fact sheet per cluster visited.</source>
        <translation>La carpeta informativa de “{mission}”: portada, contenido, delegación, mapa, itinerario día por día y una ficha por cada clúster visitado.</translation>
    </message>
    <message>
        <source>What this booklet holds</source>
        <translation>Qué contiene esta carpeta</translation>
    </message>
</context>
<context>
    <name>BrowseController</name>
    <message numerus="yes">
        <source>%Ln cluster(s)</source>
        <translation>
            <numerusform>%Ln clúster</numerusform>
            <numerusform>%Ln clústeres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln cluster(s)</source>
        <translation>
            <numerusform>{shown} de %Ln clúster</numerusform>
            <numerusform>{shown} de %Ln clústeres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message numerus="yes">
        <source>%n event(s) of {file} for “{mission}”, all new. Untick what you do not want.</source>
        <translation>
            <numerusform>%n evento nuevo de {file} para “{mission}”. Desmárquelo si no lo quiere importar.</numerusform>
            <numerusform>%n eventos de {file} para “{mission}”, todos nuevos. Desmarque lo que no quiera importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of {file} for “{mission}”: {new} new, {updates} already in the agenda (updated). Untick what you do not want.</source>
        <translation>
            <numerusform>%n evento de {file} para “{mission}” (nuevos: {new}; ya en la agenda, se actualizan: {updates}). Desmarque lo que no quiera importar.</numerusform>
            <numerusform>%n eventos de {file} para “{mission}” (nuevos: {new}; ya en la agenda, se actualizan: {updates}). Desmarque lo que no quiera importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Events left out and warnings</source>
        <translation>Eventos que no se importan y advertencias</translation>
    </message>
    <message>
        <source>Events to import</source>
        <translation>Eventos por importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message numerus="yes">
        <source>Import %n meeting(s)</source>
        <translation>
            <numerusform>Importar %n reunión</numerusform>
            <numerusform>Importar %n reuniones</numerusform>
        </translation>
    </message>
    <message>
        <source>Import calendar: {file}</source>
        <translation>Importar calendario: {file}</translation>
    </message>
    <message>
        <source>Left out: {event}</source>
        <translation>No se importa: {event}</translation>
    </message>
    <message>
        <source>Note: {warning}.</source>
        <translation>Nota: {warning}.</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todos</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>Tick every event</source>
        <translation>Marcar todos los eventos</translation>
    </message>
    <message>
        <source>Untick every event</source>
        <translation>Desmarcar todos los eventos</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
</context>
<context>
    <name>ClusterTableModel</name>
    <message>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>En favoritos</translation>
    </message>
    <message numerus="yes">
        <source>Bookmarked; in the list(s) {names}</source>
        <translation>
            <numerusform>En favoritos; en la lista {names}</numerusform>
            <numerusform>En favoritos; en las listas {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>Matched in</source>
        <translation>Coincide en</translation>
    </message>
    <message>
        <source>Matched in {reason}</source>
        <translation>Coincide en: {reason}</translation>
    </message>
    <message>
        <source>Member organisations, as the briefing gives them</source>
        <translation>Organizaciones miembro, según el informe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Not bookmarked</source>
        <translation>No está en favoritos</translation>
    </message>
    <message numerus="yes">
        <source>Not bookmarked; in the list(s) {names}</source>
        <translation>
            <numerusform>No está en favoritos; en la lista {names}</numerusform>
            <numerusform>No está en favoritos; en las listas {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The ECEI cluster management label: Gold, Silver or Bronze</source>
        <translation>El sello ECEI de gestión de clústeres: Oro, Plata o Bronce</translation>
    </message>
    <message>
        <source>name or acronym</source>
        <translation>nombre o siglas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>su nota</translation>
    </message>
    <message>
        <source>your note; {reason}</source>
        <translation>su nota; {reason}</translation>
    </message>
    <message>
        <source>{column}: {value}</source>
        <translation>{column}: {value}</translation>
    </message>
    <message>
        <source>{state}: click to bookmark ({keys})</source>
        <translation>{state}: haga clic para marcarlo como favorito ({keys})</translation>
    </message>
    <message>
        <source>{state}: click to remove the star ({keys})</source>
        <translation>{state}: haga clic para quitar la estrella ({keys})</translation>
    </message>
</context>
<context>
    <name>ClusterTableView</name>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
</context>
<context>
    <name>ClustersPanel</name>
    <message>
        <source>&amp;Plan a meeting…</source>
        <translation>Pr&amp;ogramar una reunión…</translation>
    </message>
    <message>
        <source>Add &amp;selected clusters</source>
        <translation>Agregar los &amp;seleccionados</translation>
    </message>
    <message>
        <source>Add all sho&amp;wn clusters</source>
        <translation>Agregar todos los visi&amp;bles</translation>
    </message>
    <message>
        <source>Add every cluster the search and filters show</source>
        <translation>Agregar todos los clústeres que muestran la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Add from a &amp;list…</source>
        <translation>Ag&amp;regar de una lista…</translation>
    </message>
    <message>
        <source>Add the clusters of one of your lists</source>
        <translation>Agregar los clústeres de una de sus listas</translation>
    </message>
    <message>
        <source>Add the clusters selected in the table</source>
        <translation>Agregar los clústeres seleccionados en la tabla</translation>
    </message>
    <message>
        <source>Clusters to visit</source>
        <translation>Clústeres por visitar</translation>
    </message>
    <message>
        <source>Every cluster the Clusters tab shows now (its search and filters)</source>
        <translation>Todos los clústeres que muestra ahora la pestaña Clústeres (según su búsqueda y filtros)</translation>
    </message>
    <message>
        <source>Plan a meeting with the selected cluster</source>
        <translation>Programar una reunión con el clúster seleccionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected cluster from the mission</source>
        <translation>Quitar de la misión el clúster seleccionado</translation>
    </message>
    <message>
        <source>Take it out of the mission (its meetings stay)</source>
        <translation>Quitarlo de la misión (sus reuniones se conservan)</translation>
    </message>
    <message>
        <source>The clusters selected in the Clusters tab&apos;s table</source>
        <translation>Los clústeres seleccionados en la tabla de la pestaña Clústeres</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>Contact: {name}</source>
        <translation>Contacto: {name}</translation>
    </message>
    <message>
        <source>Emails and phones</source>
        <translation>Correos y teléfonos</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Not saved: a contact needs a name, an organisation, an email or a phone.</source>
        <translation>No se guardó: un contacto necesita un nombre, una organización, un correo o un teléfono.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Parts of the contact</source>
        <translation>Partes del contacto</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Promised actions</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+Enter)</source>
        <translation>Guardar el contacto (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Why the contact was not saved</source>
        <translation>Por qué no se guardó el contacto</translation>
    </message>
    <message>
        <source>add a name, an organisation, an email or a phone</source>
        <translation>agregue un nombre, una organización, un correo o un teléfono</translation>
    </message>
</context>
<context>
    <name>ContactList</name>
    <message>
        <source>All clusters</source>
        <translation>Todos los clústeres</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Filter by linked cluster</source>
        <translation>Filtrar por clúster vinculado</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up due within %n day(s)</source>
        <translation>
            <numerusform>Seguimiento en el próximo %n día</numerusform>
            <numerusform>Seguimiento en los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Search names, organisations, emails, notes…</source>
        <translation>Buscar nombres, organizaciones, correos, notas…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Why the contacts are unavailable</source>
        <translation>Por qué los contactos no están disponibles</translation>
    </message>
    <message>
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
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>{id} (not in the catalogue)</source>
        <translation>{id} (no está en el catálogo)</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookmarks: {bookmarks}, list entries: {entries}, cluster notes: {notes}.</source>
        <translation>Favoritos: {bookmarks}, entradas de listas: {entries}, notas de clústeres: {notes}.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Contacts and what to follow up</source>
        <translation>Contactos y pendientes</translation>
    </message>
    <message>
        <source>Contacts deleted earlier: restore them</source>
        <translation>Contactos eliminados antes: para restaurarlos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>Delete the selected contacts</source>
        <translation>Eliminar los contactos seleccionados</translation>
    </message>
    <message>
        <source>Delete {names}? You can undo this.</source>
        <translation>¿Eliminar a {names}? Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Deleted contacts</source>
        <translation>Contactos eliminados</translation>
    </message>
    <message>
        <source>Deleted…</source>
        <translation>Eliminados…</translation>
    </message>
    <message>
        <source>Edit the selected contact</source>
        <translation>Editar el contacto seleccionado</translation>
    </message>
    <message>
        <source>Edit › Undo ({keys}) brings the contact back.</source>
        <translation>Editar › Deshacer ({keys}) recupera el contacto.</translation>
    </message>
    <message>
        <source>Edit › Undo ({keys}) brings them back.</source>
        <translation>Editar › Deshacer ({keys}) los recupera.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {file}.</source>
        <translation>
            <numerusform>Se exportó %n contacto a {file}.</numerusform>
            <numerusform>Se exportaron %n contactos a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {merged} merged, {skipped} skipped.</source>
        <translation>Se importó {file}: agregados: {added}, combinados: {merged}, omitidos: {skipped}.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Missions: {missions}.</source>
        <translation>Misiones: {missions}.</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>To follow up ({count})</source>
        <translation>Pendientes ({count})</translation>
    </message>
    <message>
        <source>What happened last</source>
        <translation>Lo último que pasó</translation>
    </message>
    <message>
        <source>{names} are back.</source>
        <translation>{names} están de vuelta.</translation>
    </message>
    <message>
        <source>{names} is back.</source>
        <translation>{names} está de vuelta.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n contact(s)</source>
        <translation>
            <numerusform>{shown} de %n contacto</numerusform>
            <numerusform>{shown} de %n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>A date: YYYY-MM-DD, or words such as today, tomorrow, +3d, +2w, friday, hoy, mañana, pasado mañana. F4 or the calendar button shows a calendar.</source>
        <translation>Una fecha: AAAA-MM-DD, o palabras como hoy, mañana, pasado mañana, viernes, +3d, +2s. F4 o el botón del calendario muestran un calendario.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (F4)</source>
        <translation>Elegir la fecha en un calendario (F4)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, today, +3d, mañana…</source>
        <translation>AAAA-MM-DD, hoy, +3d, mañana…</translation>
    </message>
</context>
<context>
    <name>DelegationPanel</name>
    <message>
        <source>&amp;Add member…</source>
        <translation>Ag&amp;regar integrante…</translation>
    </message>
    <message>
        <source>Add a delegation member</source>
        <translation>Agregar un integrante a la delegación</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <translation>Integrantes de la delegación</translation>
    </message>
    <message>
        <source>Edit member…</source>
        <translation>Editar integrante…</translation>
    </message>
    <message>
        <source>Edit the selected member</source>
        <translation>Editar el integrante seleccionado</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar integrante</translation>
    </message>
    <message>
        <source>Remove the selected member</source>
        <translation>Quitar el integrante seleccionado</translation>
    </message>
</context>
<context>
    <name>DeleteMeetingCommand</name>
    <message>
        <source>Delete Meeting “{title}”</source>
        <translation>Eliminar la reunión “{title}”</translation>
    </message>
    <message>
        <source>Deleted the meeting “{title}”.</source>
        <translation>Se eliminó la reunión “{title}”.</translation>
    </message>
    <message>
        <source>The meeting “{title}” is back.</source>
        <translation>Se recuperó la reunión “{title}”.</translation>
    </message>
</context>
<context>
    <name>DeleteMissionCommand</name>
    <message>
        <source>Delete Mission “{mission}”</source>
        <translation>Eliminar la misión “{mission}”</translation>
    </message>
    <message>
        <source>Deleted the mission “{mission}” with its agenda.</source>
        <translation>Se eliminó la misión “{mission}” con su agenda.</translation>
    </message>
    <message>
        <source>The mission “{mission}” is back.</source>
        <translation>Se recuperó la misión “{mission}”.</translation>
    </message>
</context>
<context>
    <name>DeletedContactsDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Contacts you deleted, newest first. Restoring one brings back everything it had: notes, follow-ups, tags and linked clusters.</source>
        <translation>Contactos que usted eliminó, del más reciente al más antiguo. Al restaurar uno vuelve con todo lo que tenía: notas, seguimientos, etiquetas y clústeres vinculados.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Deleted contacts</source>
        <translation>Contactos eliminados</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No deleted contacts.</source>
        <translation>No hay contactos eliminados.</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Nota: {text}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore {count}</source>
        <translation>Restaurar {count}</translation>
    </message>
    <message>
        <source>Why nothing was restored</source>
        <translation>Por qué no se restauró nada</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <source>{names} are no longer deleted (restored elsewhere meanwhile). Nothing was restored: the list is up to date, restore again.</source>
        <translation>{names} ya no están eliminados (se restauraron en otra ventana mientras tanto). No se restauró nada: la lista ya está al día; vuelva a restaurar.</translation>
    </message>
    <message>
        <source>{names} is no longer deleted (restored elsewhere meanwhile). Nothing was restored: the list is up to date, restore again.</source>
        <translation>{names} ya no está eliminado (se restauró en otra ventana mientras tanto). No se restauró nada: la lista ya está al día; vuelva a restaurar.</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>What you typed is not saved yet. {save} keeps it, {discard} throws it away, {cancel} goes back to it.</source>
        <translation>Lo que escribió todavía no está guardado. {save} lo conserva, {discard} lo desecha y {cancel} regresa a la edición.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpiar búsqueda y filtros</translation>
    </message>
    <message>
        <source>No cluster matches</source>
        <translation>Ningún clúster coincide</translation>
    </message>
    <message>
        <source>Nothing matches the current filter.</source>
        <translation>Nada coincide con el filtro actual.</translation>
    </message>
    <message>
        <source>Nothing matches the search “{text}” with {values}.</source>
        <translation>Nada coincide con la búsqueda “{text}” y los filtros {values}.</translation>
    </message>
    <message>
        <source>Nothing matches the search “{text}”.</source>
        <translation>Nada coincide con la búsqueda “{text}”.</translation>
    </message>
    <message>
        <source>Nothing matches {values}.</source>
        <translation>Nada coincide con los filtros {values}.</translation>
    </message>
    <message>
        <source>Show every cluster again ({keys})</source>
        <translation>Volver a mostrar todos los clústeres ({keys})</translation>
    </message>
    <message>
        <source>Why no cluster is shown</source>
        <translation>Por qué no se muestra ningún clúster</translation>
    </message>
    <message>
        <source>{facet}: {values}</source>
        <translation>{facet}: {values}</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Another Cluster Atlas is writing to your data (waited {seconds} s); try again. Nothing was changed.</source>
        <translation>Otro Cluster Atlas está escribiendo en sus datos (se esperó {seconds} s); inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot write your data in {path}: it is read-only. Nothing was changed.</source>
        <translation>No se pueden escribir sus datos en {path}: es de solo lectura. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot write your data in {path}: the disk is full; free some space and try again. Nothing was changed.</source>
        <translation>No se pueden escribir sus datos en {path}: el disco está lleno; libere espacio e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot write your data in {path}: {reason}. Nothing was changed.</source>
        <translation>No se pueden escribir sus datos en {path}: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was written.</source>
        <translation>No se puede escribir {path}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <source>No deleted contact “{uid}”.</source>
        <translation>No hay ningún contacto eliminado “{uid}”.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. Keep a copy of the file; to start afresh, move it away (Cluster Atlas then creates a new one).</source>
        <translation>No se encontró ningún respaldo en buen estado en {folder}. Guarde una copia del archivo; para empezar de cero, muévalo a otro lugar (Cluster Atlas creará uno nuevo).</translation>
    </message>
    <message>
        <source>Not restored: {reason}. Your data was not changed.</source>
        <translation>No se restauró: {reason}. Sus datos no cambiaron.</translation>
    </message>
    <message>
        <source>Not written: {path} is a folder; give a file name in it.</source>
        <translation>No se escribió: {path} es una carpeta; indique un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Not written: {path} is in your backups folder, which Cluster Atlas keeps for its own backups; choose another folder.</source>
        <translation>No se escribió: {path} está en su carpeta de respaldos, que Cluster Atlas reserva para sus propios respaldos; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Not written: {path} is not a regular file; choose a file name.</source>
        <translation>No se escribió: {path} no es un archivo normal; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Not written: {path} is one of your backups; writing there would destroy it. Choose another file name.</source>
        <translation>No se escribió: {path} es uno de sus respaldos; escribir ahí lo destruiría. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Not written: {path} is your data file; writing there would destroy it. Choose another file name.</source>
        <translation>No se escribió: {path} es su archivo de datos; escribir ahí lo destruiría. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>The newest good backup is {backup} (taken {taken}).</source>
        <translation>El respaldo en buen estado más reciente es {backup} (hecho el {taken}).</translation>
    </message>
    <message>
        <source>The newest good backup is {backup}.</source>
        <translation>El respaldo en buen estado más reciente es {backup}.</translation>
    </message>
    <message>
        <source>Your data cannot be brought to data version {version} ({problem}); nothing was changed.</source>
        <translation>Sus datos no se pueden llevar a la versión de datos {version} ({problem}); no se cambió nada.</translation>
    </message>
    <message>
        <source>Your data file {path} cannot be used ({problem}). It has been left exactly as it is.</source>
        <translation>Su archivo de datos {path} no se puede usar ({problem}). Se dejó exactamente como estaba.</translation>
    </message>
    <message>
        <source>{file}, line {line}</source>
        <translation>{file}, línea {line}</translation>
    </message>
    <message>
        <source>{name} is not deleted.</source>
        <translation>{name} no está eliminado.</translation>
    </message>
    <message>
        <source>{where} is a database, not a file of contacts: a Cluster Atlas backup is brought back with File › Restore from Backup.</source>
        <translation>{where} es una base de datos, no un archivo de contactos: un respaldo de Cluster Atlas se recupera con Archivo › Restaurar desde un respaldo.</translation>
    </message>
    <message>
        <source>{where} is a document or a picture, not a file of contacts: choose a vCard (.vcf), CSV or Cluster Atlas JSON file.</source>
        <translation>{where} es un documento o una imagen, no un archivo de contactos: elija un archivo vCard (.vcf), CSV o JSON de Cluster Atlas.</translation>
    </message>
    <message>
        <source>{where} is a folder; choose a file.</source>
        <translation>{where} es una carpeta; elija un archivo.</translation>
    </message>
    <message>
        <source>{where} is a spreadsheet, not a file of contacts: save it from the spreadsheet as CSV (UTF-8) and import that file.</source>
        <translation>{where} es una hoja de cálculo, no un archivo de contactos: guárdela como CSV (UTF-8) desde la hoja de cálculo e importe ese archivo.</translation>
    </message>
    <message>
        <source>{where} is empty.</source>
        <translation>{where} está vacío.</translation>
    </message>
    <message>
        <source>{where} is not a calendar file (no BEGIN:VCALENDAR).</source>
        <translation>{where} no es un archivo de calendario (no tiene BEGIN:VCALENDAR).</translation>
    </message>
    <message>
        <source>{where} is too large ({detail} MB).</source>
        <translation>{where} es demasiado grande ({detail} MB).</translation>
    </message>
    <message>
        <source>{where}: no such file.</source>
        <translation>{where}: el archivo no existe.</translation>
    </message>
    <message>
        <source>{where}: no vCard found (a vCard starts with BEGIN:VCARD).</source>
        <translation>{where}: no se encontró ninguna vCard (una vCard empieza con BEGIN:VCARD).</translation>
    </message>
    <message>
        <source>{where}: the first row should name the columns (such as First Name, E-mail Address or Email); found: {detail}.</source>
        <translation>{where}: la primera fila debe nombrar las columnas (por ejemplo First Name, E-mail Address o Email); se encontró: {detail}.</translation>
    </message>
    <message>
        <source>{where}: this card has no END:VCARD; the file may be cut short.</source>
        <translation>{where}: esta tarjeta no tiene END:VCARD; puede que el archivo esté incompleto.</translation>
    </message>
    <message>
        <source>{where}: you are not allowed to read this file.</source>
        <translation>{where}: no tiene permiso para leer este archivo.</translation>
    </message>
    <message>
        <source>{where}: {reason}.</source>
        <translation>{where}: {reason}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write YYYY-MM-DD or a word such as today, tomorrow, +3d, friday, mañana.</source>
        <translation>“{text}” no es una fecha: escriba AAAA-MM-DD o una palabra como hoy, mañana, +3d o viernes.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
</context>
<context>
    <name>FacetGroup</name>
    <message numerus="yes">
        <source>{facet}  (%n selected)</source>
        <translation>
            <numerusform>{facet}  (%n seleccionado)</numerusform>
            <numerusform>{facet}  (%n seleccionados)</numerusform>
        </translation>
    </message>
    <message>
        <source>{facet} (fold or unfold)</source>
        <translation>{facet} (plegar o desplegar)</translation>
    </message>
    <message>
        <source>{facet} values with their counts: Space ticks one, typing its name jumps to it</source>
        <translation>{facet}: valores con sus conteos; la barra espaciadora marca uno y escribir su nombre lleva a él</translation>
    </message>
    <message numerus="yes">
        <source>{value}: %Ln cluster(s)</source>
        <translation>
            <numerusform>{value}: %Ln clúster</numerusform>
            <numerusform>{value}: %Ln clústeres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Clear all</source>
        <translation>Limpiar todo</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpiar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Clear the search text and every ticked value</source>
        <translation>Borrar el texto de búsqueda y desmarcar todos los valores</translation>
    </message>
    <message>
        <source>ECEI label</source>
        <translation>Sello ECEI</translation>
    </message>
    <message>
        <source>Filter by</source>
        <translation>Filtrar por</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Action</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add a promised action</source>
        <translation>Agregar un compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Promised action hints</source>
        <translation>Avisos sobre los compromisos</translation>
    </message>
    <message>
        <source>Promised actions</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected promised actions</source>
        <translation>Quitar los compromisos seleccionados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State of promised action {number}</source>
        <translation>Estado del compromiso {number}</translation>
    </message>
    <message>
        <source>What you promised, and by when: the Contacts tab&apos;s “To follow up” lists what is due.</source>
        <translation>Lo que usted prometió y para cuándo: “Pendientes”, en la pestaña Contactos, muestra lo que vence.</translation>
    </message>
</context>
<context>
    <name>FollowUpTableModel</name>
    <message>
        <source>Action</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>This week (to {day})</source>
        <translation>Esta semana (hasta el {day})</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Copy details</source>
        <translation>Copiar datos</translation>
    </message>
    <message>
        <source>Copy the details of the selected rows</source>
        <translation>Copiar los datos de las filas seleccionadas</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Drop the selected actions</source>
        <translation>Descartar los compromisos seleccionados</translation>
    </message>
    <message>
        <source>Email the selected people</source>
        <translation>Escribir a las personas seleccionadas</translation>
    </message>
    <message>
        <source>Email…</source>
        <translation>Correo…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar cumplido</translation>
    </message>
    <message>
        <source>Mark the selected actions done</source>
        <translation>Marcar como cumplidos los compromisos seleccionados</translation>
    </message>
    <message>
        <source>Name, phone, email and action of the selected rows ({keys})</source>
        <translation>Nombre, teléfono, correo y compromiso de las filas seleccionadas ({keys})</translation>
    </message>
    <message>
        <source>No open promised actions.</source>
        <translation>No hay compromisos pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing overdue or due in the next %n day(s).</source>
        <translation>
            <numerusform>Nada vencido ni por vencer en %n día.</numerusform>
            <numerusform>Nada vencido ni por vencer en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>Promised actions to follow up</source>
        <translation>Compromisos pendientes</translation>
    </message>
    <message>
        <source>Show every open action, also later and undated ones</source>
        <translation>Mostrar todos los pendientes, también los posteriores y los que no tienen fecha</translation>
    </message>
    <message>
        <source>Write to the selected people with your mail program</source>
        <translation>Escribir a las personas seleccionadas con su programa de correo</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to skip ({records} with no name, organisation, email or phone).</source>
        <translation>
            <numerusform>%n contacto en el archivo: por agregar: {add}, por combinar: {merge}, por omitir: {skip} ({records} sin nombre, organización, correo ni teléfono).</numerusform>
            <numerusform>%n contactos en el archivo: por agregar: {add}, por combinar: {merge}, por omitir: {skip} ({records} sin nombre, organización, correo ni teléfono).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the file: {add} to add, {merge} to merge, {skip} to skip.</source>
        <translation>
            <numerusform>%n contacto en el archivo: por agregar: {add}, por combinar: {merge}, por omitir: {skip}.</numerusform>
            <numerusform>%n contactos en el archivo: por agregar: {add}, por combinar: {merge}, por omitir: {skip}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file left out: see Skipped lines.</source>
        <translation>
            <numerusform>%n línea del archivo se dejó fuera: vea Líneas omitidas.</numerusform>
            <numerusform>%n líneas del archivo se dejaron fuera: vea Líneas omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Already in your contacts as {name}</source>
        <translation>Ya está en sus contactos como {name}</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Contacts in the file</source>
        <translation>Contactos del archivo</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>How it reads</source>
        <translation>Cómo se lee</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Cómo se leyó el archivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Import with these choices (Ctrl+Enter)</source>
        <translation>Importar con estas decisiones (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>No importar</translation>
    </message>
    <message numerus="yes">
        <source>Likely people you already have: %n (choose per row).</source>
        <translation>
            <numerusform>Probablemente ya tiene a %n de estas personas (decida fila por fila).</numerusform>
            <numerusform>Probablemente ya tiene a %n de estas personas (decida fila por fila).</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely the same as {name} ({reason})</source>
        <translation>Probablemente es {name} ({reason})</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Lines of the file left out</source>
        <translation>Líneas del archivo que se dejaron fuera</translation>
    </message>
    <message>
        <source>Lines of the file that were left out, and why</source>
        <translation>Las líneas del archivo que se dejaron fuera, y por qué</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Merge all duplicates</source>
        <translation>Combinar todos los duplicados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contacto nuevo</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Skip all duplicates</source>
        <translation>Omitir todos los duplicados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Se omite</translation>
    </message>
    <message>
        <source>Skipped lines ({count})</source>
        <translation>Líneas omitidas ({count})</translation>
    </message>
    <message>
        <source>The character encoding the file&apos;s text was read in: if names look wrong, the file says one thing and holds another</source>
        <translation>La codificación con la que se leyó el texto del archivo: si los nombres se ven mal, el archivo declara una y contiene otra</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <source>The selected contact</source>
        <translation>El contacto seleccionado</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Qué haría la importación</translation>
    </message>
    <message>
        <source>What to do with {name}</source>
        <translation>Qué hacer con {name}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>{name} (line {line}): {warnings}</source>
        <translation>{name} (línea {line}): {warnings}</translation>
    </message>
    <message>
        <source>{name}: {warnings}</source>
        <translation>{name}: {warnings}</translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Clock</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>To link by hand</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, in QDate&apos;s format (MMMM: its name)</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;System&apos;s Language ({language})</source>
        <translation>Idioma del &amp;sistema ({language})</translation>
    </message>
    <message>
        <source>Cluster Atlas will be in {language} the next time it starts.</source>
        <translation>Cluster Atlas estará en {language} la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the language, in a sentence</comment>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <comment>the language, in a sentence</comment>
        <translation>español</translation>
    </message>
    <message>
        <source>Takes effect when Cluster Atlas next starts</source>
        <translation>Se aplica la próxima vez que se abra Cluster Atlas</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Add Note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation>Agregar a una lista</translation>
    </message>
    <message numerus="yes">
        <source>Added %n cluster(s) to the list “{name}”.</source>
        <translation>
            <numerusform>Se agregó %n clúster a la lista “{name}”.</numerusform>
            <numerusform>Se agregaron %n clústeres a la lista “{name}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the list “{name}”.</source>
        <translation>Ya están en la lista “{name}”.</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Respaldar</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Respaldo guardado en {path}</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcar como favorito</translation>
    </message>
    <message numerus="yes">
        <source>Bookmarked %n cluster(s).</source>
        <translation>
            <numerusform>Se marcó %n clúster como favorito.</numerusform>
            <numerusform>Se marcaron %n clústeres como favoritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete this note?

“{note}”

You can undo this.</source>
        <translation>¿Eliminar esta nota?

“{note}”

Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Nota agregada.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Quitar de una lista</translation>
    </message>
    <message>
        <source>Remove from which list?</source>
        <translation>¿De qué lista quitarlos?</translation>
    </message>
    <message>
        <source>Removed from the list “{name}”.</source>
        <translation>Se quitó de la lista “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the star from %n cluster(s).</source>
        <translation>
            <numerusform>Se quitó %n clúster de favoritos.</numerusform>
            <numerusform>Se quitaron %n clústeres de favoritos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace your bookmarks, notes and contacts with the backup of:</source>
        <translation>Reemplazar sus favoritos, notas y contactos por el respaldo del:</translation>
    </message>
    <message>
        <source>Replace your data with the backup of {backup}?

Your current data is kept: it is backed up first (or, if damaged, set aside in the data folder).</source>
        <translation>¿Reemplazar sus datos por el respaldo del {backup}?

Sus datos actuales se conservan: primero se respaldan (o, si están dañados, se guardan aparte en la carpeta de datos).</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde un respaldo</translation>
    </message>
    <message>
        <source>Restored {backup}; your previous data is in {copy}.</source>
        <translation>Se restauró {backup}; sus datos anteriores están en {copy}.</translation>
    </message>
    <message>
        <source>The selected cluster is in none of your lists.</source>
        <translation>El clúster seleccionado no está en ninguna de sus listas.</translation>
    </message>
    <message>
        <source>The selected clusters are in none of your lists.</source>
        <translation>Los clústeres seleccionados no están en ninguna de sus listas.</translation>
    </message>
    <message>
        <source>There are no backups in {folder} yet.

Command line: cluster-atlas restore FILE restores a file kept elsewhere.</source>
        <translation>Todavía no hay respaldos en {folder}.

En la línea de comandos, cluster-atlas restore ARCHIVO restaura un archivo guardado en otro lugar.</translation>
    </message>
    <message>
        <source>Your data is unavailable</source>
        <translation>Sus datos no están disponibles</translation>
    </message>
    <message>
        <source>{problem}

File › Restore from Backup… brings back a good copy.</source>
        <translation>{problem}

Archivo › Restaurar desde un respaldo… recupera una copia en buen estado.</translation>
    </message>
</context>
<context>
    <name>ListNameDialog</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add to List</source>
        <translation>Agregar a una lista</translation>
    </message>
    <message>
        <source>Choose one of your lists, or type the name of a new one:</source>
        <translation>Elija una de sus listas o escriba el nombre de una nueva:</translation>
    </message>
    <message>
        <source>List name</source>
        <translation>Nombre de la lista</translation>
    </message>
    <message>
        <source>e.g. Monterrey, March</source>
        <translation>p. ej., Monterrey, marzo</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>today {time}</source>
        <translation>hoy {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>ayer {time}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Clusters as a table or a map</source>
        <translation>Clústeres en tabla o en mapa</translation>
    </message>
    <message>
        <source>Clusters shown</source>
        <translation>Clústeres mostrados</translation>
    </message>
    <message>
        <source>Clusters, contacts or missions</source>
        <translation>Clústeres, contactos o misiones</translation>
    </message>
    <message>
        <source>Data as of {date} · catalogue {version}</source>
        <translation>Datos a {date} · catálogo {version}</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message numerus="yes">
        <source>+%Ln with no state</source>
        <translation>
            <numerusform>+%Ln sin estado</numerusform>
            <numerusform>+%Ln sin estado</numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Clusters by state: {states}</source>
        <translation>Clústeres por estado: {states}</translation>
    </message>
    <message>
        <source>Map of Mexico&apos;s states</source>
        <translation>Mapa de los estados de México</translation>
    </message>
    <message>
        <source>Map: svg-maps / MapSVG, CC BY 4.0</source>
        <translation>Mapa: svg-maps / MapSVG, CC BY 4.0</translation>
    </message>
    <message>
        <source>No clusters on the map.</source>
        <translation>Ningún clúster en el mapa.</translation>
    </message>
    <message>
        <source>Selected: click to remove from the filter</source>
        <translation>Seleccionado: haga clic para quitarlo del filtro</translation>
    </message>
    <message numerus="yes">
        <source>{state}: %Ln cluster(s)</source>
        <translation>
            <numerusform>{state}: %Ln clúster</numerusform>
            <numerusform>{state}: %Ln clústeres</numerusform>
        </translation>
    </message>
    <message>
        <source>{state}: no clusters</source>
        <translation>{state}: ningún clúster</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;After the meeting</source>
        <translation>Despué&amp;s de la reunión</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Reunión con {name}</translation>
    </message>
    <message>
        <source>Meeting: {title}</source>
        <translation>Reunión: {title}</translation>
    </message>
    <message>
        <source>New meeting of {mission}</source>
        <translation>Nueva reunión de {mission}</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Parts of the meeting</source>
        <translation>Partes de la reunión</translation>
    </message>
    <message>
        <source>Save the meeting (Ctrl+Enter)</source>
        <translation>Guardar la reunión (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Who attends? Tick members of the delegation, or the whole delegation (People tab).</source>
        <translation>¿Quién asiste? Marque integrantes de la delegación o toda la delegación (pestaña Personas).</translation>
    </message>
    <message>
        <source>Why the meeting was not saved</source>
        <translation>Por qué no se guardó la reunión</translation>
    </message>
    <message>
        <source>{id} (not in the catalogue)</source>
        <translation>{id} (no está en el catálogo)</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <source>Cluster to link</source>
        <translation>Clúster por vincular</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Link the cluster</source>
        <translation>Vincular el clúster</translation>
    </message>
    <message>
        <source>Linked clusters</source>
        <translation>Clústeres vinculados</translation>
    </message>
    <message>
        <source>Met by</source>
        <translation>Quién hizo el contacto</translation>
    </message>
    <message>
        <source>Met when</source>
        <translation>Fecha del encuentro</translation>
    </message>
    <message>
        <source>Met where</source>
        <translation>Lugar del encuentro</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Unlink the selected clusters</source>
        <translation>Desvincular los clústeres seleccionados</translation>
    </message>
    <message>
        <source>e.g. Hannover Messe, hall 4</source>
        <translation>p. ej., Hannover Messe, pabellón 4</translation>
    </message>
    <message>
        <source>type a cluster&apos;s name</source>
        <translation>escriba el nombre de un clúster</translation>
    </message>
    <message>
        <source>who of the delegation</source>
        <translation>quién de la delegación</translation>
    </message>
    <message>
        <source>{id} (not in the catalogue)</source>
        <translation>{id} (no está en el catálogo)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>Ce&amp;lular:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Delegation: {name}</source>
        <translation>Delegación: {name}</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New delegation member</source>
        <translation>Nuevo integrante de la delegación</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role in the delegation</source>
        <translation>Cargo en la delegación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Why the member was not saved</source>
        <translation>Por qué no se guardó el integrante</translation>
    </message>
</context>
<context>
    <name>MembersTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
</context>
<context>
    <name>MissionClustersModel</name>
    <message>
        <source>Acronym</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <source>{id} (no longer in the catalogue)</source>
        <translation>{id} (ya no está en el catálogo)</translation>
    </message>
</context>
<context>
    <name>MissionDetail</name>
    <message numerus="yes">
        <source>%n already in it.</source>
        <translation>
            <numerusform>%n ya estaba.</numerusform>
            <numerusform>%n ya estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Booklet…</source>
        <translation>Carpeta &amp;informativa…</translation>
    </message>
    <message>
        <source>&amp;Delegation ({count})</source>
        <translation>&amp;Delegación ({count})</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>In&amp;forme…</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Add clusters</source>
        <translation>Agregar clústeres</translation>
    </message>
    <message>
        <source>Add from a list</source>
        <translation>Agregar de una lista</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Agregar integrante</translation>
    </message>
    <message>
        <source>Add shown clusters</source>
        <translation>Agregar los clústeres mostrados</translation>
    </message>
    <message>
        <source>Add the clusters of which list?</source>
        <translation>¿De qué lista quiere agregar los clústeres?</translation>
    </message>
    <message numerus="yes">
        <source>Added %n cluster(s) to the mission.</source>
        <translation>
            <numerusform>Se agregó %n clúster a la misión.</numerusform>
            <numerusform>Se agregaron %n clústeres a la misión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda, delegation and clusters of the mission</source>
        <translation>Agenda, delegación y clústeres de la misión</translation>
    </message>
    <message>
        <source>Clus&amp;ters to visit ({count})</source>
        <translation>C&amp;lústeres por visitar ({count})</translation>
    </message>
    <message>
        <source>Dates, destinations and home zone</source>
        <translation>Fechas, destinos y zona horaria de origen</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>E&amp;xport calendar (.ics)…</source>
        <translation>E&amp;xportar calendario (.ics)…</translation>
    </message>
    <message>
        <source>Ed&amp;it mission…</source>
        <translation>Edi&amp;tar misión…</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Editar integrante</translation>
    </message>
    <message>
        <source>Edit mission</source>
        <translation>Editar misión</translation>
    </message>
    <message>
        <source>Edit the mission&apos;s name, dates and details</source>
        <translation>Editar el nombre, las fechas y los detalles de la misión</translation>
    </message>
    <message>
        <source>Export the agenda as a calendar file</source>
        <translation>Exportar la agenda como archivo de calendario</translation>
    </message>
    <message>
        <source>Home zone: {city} ({zone})</source>
        <translation>Zona de origen: {city} ({zone})</translation>
    </message>
    <message>
        <source>Imp&amp;ort calendar…</source>
        <translation>Im&amp;portar calendario…</translation>
    </message>
    <message>
        <source>Import a calendar file into the agenda</source>
        <translation>Importar un archivo de calendario a la agenda</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new meeting(s) and updated {updated}.</source>
        <translation>
            <numerusform>Se importó %n reunión nueva; actualizadas: {updated}.</numerusform>
            <numerusform>Se importaron %n reuniones nuevas; actualizadas: {updated}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new meeting(s).</source>
        <translation>
            <numerusform>Se importó %n reunión nueva.</numerusform>
            <numerusform>Se importaron %n reuniones nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Todavía sin fechas</translation>
    </message>
    <message>
        <source>No mission</source>
        <translation>Ninguna misión</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Remove cluster</source>
        <translation>Quitar clúster</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar integrante</translation>
    </message>
    <message>
        <source>Save the mission booklet (PDF)</source>
        <translation>Guardar la carpeta informativa de la misión (PDF)</translation>
    </message>
    <message>
        <source>Save the mission report (PDF or CSV)</source>
        <translation>Guardar el informe de la misión (PDF o CSV)</translation>
    </message>
    <message>
        <source>Saved the mission “{mission}”.</source>
        <translation>Se guardó la misión “{mission}”.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Se guardaron los datos de {name}.</translation>
    </message>
    <message>
        <source>Saved “{title}”.</source>
        <translation>Se guardó “{title}”.</translation>
    </message>
    <message>
        <source>Select clusters in the Clusters tab&apos;s table first (Ctrl+1), then come back here.</source>
        <translation>Primero seleccione clústeres en la tabla de la pestaña Clústeres (Ctrl+1) y luego vuelva aquí.</translation>
    </message>
    <message>
        <source>Take {name} out of the delegation of “{mission}”? The meetings stay, with the others who attend.</source>
        <translation>¿Quitar a {name} de la delegación de “{mission}”? Las reuniones se conservan, con los demás asistentes.</translation>
    </message>
    <message>
        <source>They are all in the mission already.</source>
        <translation>Ya están todos en la misión.</translation>
    </message>
    <message>
        <source>Took the cluster out of the mission (its meetings stay).</source>
        <translation>Se quitó el clúster de la misión (sus reuniones se conservan).</translation>
    </message>
    <message>
        <source>You have no lists yet: select clusters in the Clusters tab and use Cluster › Add to List… to make one.</source>
        <translation>Todavía no tiene listas: seleccione clústeres en la pestaña Clústeres y use Clúster › Agregar a una lista… para crear una.</translation>
    </message>
    <message>
        <source>{name} joins the delegation.</source>
        <translation>{name} se suma a la delegación.</translation>
    </message>
    <message>
        <source>{name} left the delegation.</source>
        <translation>{name} ya no forma parte de la delegación.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinos:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>&amp;Home zone:</source>
        <translation>&amp;Zona de origen:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Cities, with commas (empty: the clusters&apos; states)</source>
        <translation>Ciudades, separadas por comas (vacío: estados de los clústeres)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Delegation&apos;s home time zone</source>
        <translation>Zona horaria de origen de la delegación</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Mission name</source>
        <translation>Nombre de la misión</translation>
    </message>
    <message>
        <source>Mission: {name}</source>
        <translation>Misión: {name}</translation>
    </message>
    <message>
        <source>Monterrey, Querétaro, Tijuana</source>
        <translation>Monterrey, Querétaro, Tijuana</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the mission (Ctrl+Enter)</source>
        <translation>Guardar la misión (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The agenda can show every time on this clock too</source>
        <translation>La agenda puede mostrar también todas las horas en este reloj</translation>
    </message>
    <message>
        <source>Why the mission was not saved</source>
        <translation>Por qué no se guardó la misión</translation>
    </message>
</context>
<context>
    <name>MissionsPage</name>
    <message>
        <source>Why the missions are unavailable</source>
        <translation>Por qué las misiones no están disponibles</translation>
    </message>
    <message>
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
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n reunión</numerusform>
            <numerusform>%n reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) (internal)</source>
        <translation>
            <numerusform>%n página (carpeta interna)</numerusform>
            <numerusform>%n páginas (carpeta interna)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New mission…</source>
        <translation>&amp;Nueva misión…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Your missions</source>
        <translation>Sus &amp;misiones</translation>
    </message>
    <message>
        <source>Created the mission “{mission}”. Add its delegation and the clusters to visit, then plan its meetings.</source>
        <translation>Se creó la misión “{mission}”. Agregue su delegación y los clústeres por visitar; luego programe sus reuniones.</translation>
    </message>
    <message>
        <source>Delete it with its agenda (Delete); Undo brings it back</source>
        <translation>Eliminarla con su agenda (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Delete mission</source>
        <translation>Eliminar misión</translation>
    </message>
    <message numerus="yes">
        <source>Delete the mission “{mission}” and its %n meeting(s)? Edit › Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar la misión “{mission}” y su %n reunión? Editar › Deshacer la recupera.</numerusform>
            <numerusform>¿Eliminar la misión “{mission}” y sus %n reuniones? Editar › Deshacer la recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the mission “{mission}”? Edit › Undo brings it back.</source>
        <translation>¿Eliminar la misión “{mission}”? Editar › Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Delete the selected mission</source>
        <translation>Eliminar la misión seleccionada</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>Nueva misión</translation>
    </message>
    <message>
        <source>No mission yet</source>
        <translation>Todavía no hay misiones</translation>
    </message>
    <message>
        <source>No mission yet. “New mission…” starts one; in the Clusters tab, Cluster › Make a Mission from These Clusters… starts one with the clusters shown.</source>
        <translation>Todavía no hay misiones. “Nueva misión…” crea una; en la pestaña Clústeres, Clúster › Crear una misión con estos clústeres… crea una con los clústeres mostrados.</translation>
    </message>
    <message>
        <source>Undo the last change (Edit › Undo)</source>
        <translation>Deshacer el último cambio (Editar › Deshacer)</translation>
    </message>
    <message>
        <source>Undo {action}</source>
        <translation>Deshacer: {action}</translation>
    </message>
    <message>
        <source>What happened last</source>
        <translation>Lo último que pasó</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <source>the report table</source>
        <translation>la tabla del informe</translation>
    </message>
</context>
<context>
    <name>NameSection</name>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Nombre(s)</translation>
    </message>
    <message>
        <source>Dr., Lic., Sra.</source>
        <translation>Dr., Lic., Sra.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>From parts</source>
        <translation>Usar las partes</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre(s)</translation>
    </message>
    <message>
        <source>Jr., PhD</source>
        <translation>Jr., PhD</translation>
    </message>
    <message>
        <source>Make the full name from the parts</source>
        <translation>Formar el nombre completo con las partes</translation>
    </message>
    <message>
        <source>Make the full name from the parts again: it then follows them as you type</source>
        <translation>Volver a formar el nombre completo con las partes: a partir de entonces las sigue mientras escribe</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>More name fields</source>
        <translation>Más campos del nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name hint</source>
        <translation>Aviso sobre el nombre</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Parts filled in from the full name: two surnames both go in Family name.</source>
        <translation>Partes tomadas del nombre completo: si hay dos apellidos, ambos van en Apellidos.</translation>
    </message>
    <message>
        <source>Parts suggested from the full name, saved if you save: check the surnames.</source>
        <translation>Partes sugeridas a partir del nombre completo; se guardan si usted guarda: revise los apellidos.</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Prefix, middle name and suffix</source>
        <translation>Título, segundo nombre y sufijo</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Where the name parts come from</source>
        <translation>De dónde salen las partes del nombre</translation>
    </message>
    <message>
        <source>as you would write it on a letter</source>
        <translation>como lo escribiría en una carta</translation>
    </message>
    <message>
        <source>one or two surnames</source>
        <translation>uno o dos apellidos</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Guardar la nota (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The note is dated and kept with your data; the search field finds it. Ctrl+Enter saves.</source>
        <translation>La nota lleva fecha y se guarda con sus datos; el campo de búsqueda la encuentra. Ctrl+Enter la guarda.</translation>
    </message>
    <message>
        <source>Who you met, what was said, what to do next…</source>
        <translation>Con quién se reunió, qué se dijo, qué sigue…</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Add a note (dated when saved)</source>
        <translation>Agregar una nota (lleva la fecha en que se guarda)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes (newest last)</source>
        <translation>Notas (la más reciente al final)</translation>
    </message>
    <message>
        <source>Remove the selected note</source>
        <translation>Quitar la nota seleccionada</translation>
    </message>
    <message>
        <source>What was said, what to do next… (Ctrl+Enter saves)</source>
        <translation>Qué se dijo, qué sigue… (Ctrl+Enter guarda)</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <source>Add another cluster of the catalogue</source>
        <translation>Agregar otro clúster del catálogo</translation>
    </message>
    <message>
        <source>Add another cluster: type its name…</source>
        <translation>Agregar otro clúster: escriba su nombre…</translation>
    </message>
    <message>
        <source>Any cluster of the catalogue; it joins the mission&apos;s clusters when the meeting is saved</source>
        <translation>Cualquier clúster del catálogo; se suma a los clústeres de la misión al guardar la reunión</translation>
    </message>
    <message>
        <source>Atte&amp;nding:</source>
        <translation>Quién &amp;asiste:</translation>
    </message>
    <message>
        <source>C&amp;lusters met:</source>
        <translation>&amp;Clústeres:</translation>
    </message>
    <message>
        <source>C&amp;ontacts met:</source>
        <translation>C&amp;ontactos:</translation>
    </message>
    <message>
        <source>Clusters met</source>
        <translation>Clústeres de la reunión</translation>
    </message>
    <message>
        <source>Contacts met</source>
        <translation>Contactos de la reunión</translation>
    </message>
    <message>
        <source>Delegation members attending</source>
        <translation>Integrantes de la delegación que asisten</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Buscar un contacto</translation>
    </message>
    <message>
        <source>Find a contact…</source>
        <translation>Buscar un contacto…</translation>
    </message>
    <message>
        <source>The &amp;whole delegation (also members who join later)</source>
        <translation>Toda la dele&amp;gación (también quienes se sumen después)</translation>
    </message>
    <message>
        <source>The whole delegation attends</source>
        <translation>Asiste toda la delegación</translation>
    </message>
</context>
<context>
    <name>PersonSection</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Estado / región</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>comma-separated, e.g. automotive, mission 2024</source>
        <translation>separadas por comas, p. ej.: automotriz, misión 2024</translation>
    </message>
</context>
<context>
    <name>ProfileCounts</name>
    <message numerus="yes">
        <source>%Ln cluster(s) from &lt;i&gt;{title}&lt;/i&gt; ({version}, {date}).</source>
        <translation>
            <numerusform>%Ln clúster del &lt;i&gt;{title}&lt;/i&gt; ({version}, {date}).</numerusform>
            <numerusform>%Ln clústeres del &lt;i&gt;{title}&lt;/i&gt; ({version}, {date}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileHtml</name>
    <message>
        <source>Also {sector} in {state}</source>
        <translation>Otros clústeres del sector {sector} en {state}</translation>
    </message>
    <message>
        <source>Data as of {date}, catalogue {version}</source>
        <translation>Datos de {date}, catálogo {version}</translation>
    </message>
    <message>
        <source>Data notes</source>
        <translation>Notas sobre los datos</translation>
    </message>
    <message>
        <source>Find clusters</source>
        <translation>Encontrar clústeres</translation>
    </message>
    <message>
        <source>Keep your own</source>
        <translation>Sus propios datos</translation>
    </message>
    <message>
        <source>Or type in the search field ({find}): names, acronyms, states, sectors and descriptions, accents and case ignored.</source>
        <translation>O escriba en el campo de búsqueda ({find}): nombres, siglas, estados, sectores y descripciones, sin importar acentos ni mayúsculas.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Sector context: {sector}</source>
        <translation>Contexto del sector: {sector}</translation>
    </message>
    <message>
        <source>Select a cluster in the table to see everything known about it here.</source>
        <translation>Seleccione un clúster en la tabla para ver aquí todo lo que se sabe de él.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Star a cluster (click its ☆, or {star}) and put it into lists ({lists}): they appear under &lt;i&gt;Your lists&lt;/i&gt; on the left.</source>
        <translation>Marque un clúster como favorito (haga clic en su ☆ o use {star}) y agréguelo a listas ({lists}): aparecen en &lt;i&gt;Sus listas&lt;/i&gt;, a la izquierda.</translation>
    </message>
    <message>
        <source>Support programmes</source>
        <translation>Programas de apoyo</translation>
    </message>
    <message>
        <source>The people you meet go into the Contacts tab ({contacts}).</source>
        <translation>Las personas que conozca van a la pestaña Contactos ({contacts}).</translation>
    </message>
    <message>
        <source>Tick a sector and a state on the left (several values of one group: any of them; different groups: all of them).</source>
        <translation>Marque un sector y un estado a la izquierda (varios valores de un mismo grupo: cualquiera de ellos; de grupos distintos: todos a la vez).</translation>
    </message>
    <message>
        <source>Write notes on a cluster ({note}); the search field finds them.</source>
        <translation>Escriba notas sobre un clúster ({note}); el campo de búsqueda las encuentra.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>state not given</source>
        <translation>estado no indicado</translation>
    </message>
</context>
<context>
    <name>ProfileUserHtml</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>A dated note of your own ({keys})</source>
        <translation>Una nota suya, con fecha ({keys})</translation>
    </message>
    <message>
        <source>A meeting with this cluster in one of your missions ({keys})</source>
        <translation>Una reunión con este clúster en una de sus misiones ({keys})</translation>
    </message>
    <message>
        <source>A person met from this cluster</source>
        <translation>Una persona de este clúster a quien conoció</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Agregar nota…</translation>
    </message>
    <message>
        <source>Add to list…</source>
        <translation>Agregar a una lista…</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Marcar como favorito</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>En favoritos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Lists: {lists}</source>
        <translation>Listas: {lists}</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <source>No contacts linked yet.</source>
        <translation>Aún no hay contactos vinculados.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <source>Open in the Contacts tab</source>
        <translation>Abrir en la pestaña Contactos</translation>
    </message>
    <message>
        <source>Plan a meeting…</source>
        <translation>Programar una reunión…</translation>
    </message>
    <message>
        <source>Put this cluster into one of your lists</source>
        <translation>Agregar este clúster a una de sus listas</translation>
    </message>
    <message>
        <source>Remove from the list {list}</source>
        <translation>Quitar de la lista {list}</translation>
    </message>
    <message>
        <source>Remove the star ({keys})</source>
        <translation>Quitar la estrella ({keys})</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde un respaldo…</translation>
    </message>
    <message>
        <source>See File › Restore from Backup…</source>
        <translation>Vea Archivo › Restaurar desde un respaldo…</translation>
    </message>
    <message>
        <source>Star this cluster ({keys})</source>
        <translation>Marcar este clúster como favorito ({keys})</translation>
    </message>
    <message>
        <source>Your bookmarks, notes and contacts are unavailable: your data file failed its integrity check.</source>
        <translation>Sus favoritos, notas y contactos no están disponibles: su archivo de datos no pasó la verificación de integridad.</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Sus contactos</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Sus notas</translation>
    </message>
    <message>
        <source>{created}, edited {edited}</source>
        <translation>{created}, editada el {edited}</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Cluster profile</source>
        <translation>Perfil del clúster</translation>
    </message>
</context>
<context>
    <name>ReachSection</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add email</source>
        <translation>Agregar correo</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Agregar teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Email hints</source>
        <translation>Avisos sobre los correos</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Kind of email {number}</source>
        <translation>Tipo del correo {number}</translation>
    </message>
    <message>
        <source>Kind of phone {number}</source>
        <translation>Tipo del teléfono {number}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone hints</source>
        <translation>Avisos sobre los teléfonos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected emails</source>
        <translation>Quitar los correos seleccionados</translation>
    </message>
    <message>
        <source>Remove the selected phones</source>
        <translation>Quitar los teléfonos seleccionados</translation>
    </message>
    <message>
        <source>Use the suggested addresses</source>
        <translation>Usar las direcciones sugeridas</translation>
    </message>
    <message>
        <source>Use the suggested email addresses</source>
        <translation>Usar las direcciones de correo sugeridas</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Hide the saved-file notice</source>
        <translation>Ocultar el aviso del archivo guardado</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>Saved {what} to {path}</source>
        <translation>Guardado en {path}: {what}</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the saved file&apos;s folder</source>
        <translation>Mostrar la carpeta del archivo guardado</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Names, acronyms, states, sectors, descriptions and your notes; Escape clears</source>
        <translation>Nombres, siglas, estados, sectores, descripciones y sus notas; Esc borra la búsqueda</translation>
    </message>
    <message>
        <source>Search clusters</source>
        <translation>Buscar clústeres</translation>
    </message>
    <message>
        <source>Search names, acronyms, states, sectors, descriptions…</source>
        <translation>Buscar nombres, siglas, estados, sectores, descripciones…</translation>
    </message>
</context>
<context>
    <name>SheetExport</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export fact sheets</source>
        <translation>Exportar fichas</translation>
    </message>
    <message>
        <source>Fact sheets</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing sheet</source>
        <translation>Preparando la ficha</translation>
    </message>
    <message>
        <source>Preview fact sheets</source>
        <translation>Vista previa de las fichas</translation>
    </message>
    <message>
        <source>Print fact sheets</source>
        <translation>Imprimir fichas</translation>
    </message>
    <message>
        <source>Printing failed: {error}</source>
        <translation>No se pudo imprimir: {error}</translation>
    </message>
    <message>
        <source>Save fact sheets as</source>
        <translation>Guardar las fichas como</translation>
    </message>
    <message>
        <source>Select at least one cluster first: click a row of the table.</source>
        <translation>Primero seleccione al menos un clúster: haga clic en una fila de la tabla.</translation>
    </message>
    <message>
        <source>Writing sheet</source>
        <translation>Escribiendo la ficha</translation>
    </message>
    <message>
        <source>{step} {done} of {total}</source>
        <translation>{step} {done} de {total}</translation>
    </message>
    <message>
        <source>{title}: progress</source>
        <translation>{title}: progreso</translation>
    </message>
</context>
<context>
    <name>SheetOptionsDialog</name>
    <message>
        <source>&amp;Internal sheet: adds your bookmark, lists, notes and contacts</source>
        <translation>Ficha &amp;interna: agrega su favorito, listas, notas y contactos</translation>
    </message>
    <message>
        <source>&amp;Public sheet: catalogue facts only</source>
        <translation>Ficha &amp;pública: solo datos del catálogo</translation>
    </message>
    <message>
        <source>Catalogue facts only: safe to hand out.</source>
        <translation>Solo datos del catálogo: se puede entregar sin problema.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export fact sheets</source>
        <translation>Exportar fichas</translation>
    </message>
    <message>
        <source>INTERNAL: this sheet holds your private notes, lists and contacts. Keep it to yourself; do not hand it out.</source>
        <translation>INTERNA: esta ficha contiene sus notas privadas, listas y contactos. Es solo para usted; no la entregue.</translation>
    </message>
    <message>
        <source>Internal sheet</source>
        <translation>Ficha interna</translation>
    </message>
    <message>
        <source>Language of the sheets</source>
        <translation>Idioma de las fichas</translation>
    </message>
    <message numerus="yes">
        <source>One page per cluster: %n cluster(s).</source>
        <translation>
            <numerusform>Una página por clúster: %n clúster.</numerusform>
            <numerusform>Una página por clúster: %n clústeres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview fact sheets</source>
        <translation>Vista previa de las fichas</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print fact sheets</source>
        <translation>Imprimir fichas</translation>
    </message>
    <message>
        <source>Public sheet</source>
        <translation>Ficha pública</translation>
    </message>
    <message>
        <source>What this sheet holds</source>
        <translation>Qué contiene esta ficha</translation>
    </message>
</context>
<context>
    <name>SheetPrint</name>
    <message>
        <source>Fact sheets: preview</source>
        <translation>Fichas: vista previa</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete Contact {name}</source>
        <translation>Eliminar el contacto {name}</translation>
    </message>
    <message>
        <source>Delete Note {note}</source>
        <translation>Eliminar la nota {note}</translation>
    </message>
    <message>
        <source>Delete {count} Contacts</source>
        <translation>Eliminar {count} contactos</translation>
    </message>
    <message>
        <source>Deleted {count} contacts.</source>
        <translation>Se eliminaron {count} contactos.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Se eliminó a {name}.</translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation>Nota eliminada.</translation>
    </message>
    <message>
        <source>The note is back.</source>
        <translation>Se recuperó la nota.</translation>
    </message>
    <message>
        <source>{count} contacts are back.</source>
        <translation>Se recuperaron {count} contactos.</translation>
    </message>
    <message>
        <source>{name} is back.</source>
        <translation>Se recuperó a {name}.</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>WhenSection</name>
    <message>
        <source>&amp;Clock:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Day, start, length:</source>
        <translation>&amp;Día, inicio, duración:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>All da&amp;y</source>
        <translation>Todo el dí&amp;a</translation>
    </message>
    <message>
        <source>All day (no start time)</source>
        <translation>Todo el día (sin hora de inicio)</translation>
    </message>
    <message>
        <source>Automatic: the city&apos;s or the first cluster&apos;s state&apos;s</source>
        <translation>Automática: la de la ciudad o la del estado del primer clúster</translation>
    </message>
    <message>
        <source>Bahía de Banderas (Nayarit)</source>
        <translation>Bahía de Banderas (Nayarit)</translation>
    </message>
    <message>
        <source>Baja California</source>
        <translation>Baja California</translation>
    </message>
    <message>
        <source>Border cities keep their own clock: Ciudad Juárez, Reynosa…</source>
        <translation>Las ciudades fronterizas tienen su propio horario: Ciudad Juárez, Reynosa…</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Central Mexico</source>
        <translation>Centro de México</translation>
    </message>
    <message>
        <source>Chihuahua</source>
        <translation>Chihuahua</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Ciudad Juárez (Chihuahua, US border)</source>
        <translation>Ciudad Juárez (Chihuahua, frontera con EE. UU.)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Empty: “Meeting with” the first cluster or contact</source>
        <translation>Vacío: “Reunión con” el primer clúster o contacto</translation>
    </message>
    <message>
        <source>Meeting title</source>
        <translation>Título de la reunión</translation>
    </message>
    <message>
        <source>Nuevo León, Coahuila, Tamaulipas, Durango</source>
        <translation>Nuevo León, Coahuila, Tamaulipas, Durango</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Ojinaga (Chihuahua, US border)</source>
        <translation>Ojinaga (Chihuahua, frontera con EE. UU.)</translation>
    </message>
    <message>
        <source>Place (address)</source>
        <translation>Lugar (dirección)</translation>
    </message>
    <message>
        <source>Quintana Roo</source>
        <translation>Quintana Roo</translation>
    </message>
    <message>
        <source>Sinaloa, Baja California Sur, Nayarit</source>
        <translation>Sinaloa, Baja California Sur, Nayarit</translation>
    </message>
    <message>
        <source>Sonora</source>
        <translation>Sonora</translation>
    </message>
    <message>
        <source>Start time on the place&apos;s clock</source>
        <translation>Hora de inicio en el reloj del lugar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time zone of the place</source>
        <translation>Zona horaria del lugar</translation>
    </message>
    <message>
        <source>US border of Coahuila, Nuevo León and Tamaulipas</source>
        <translation>Franja fronteriza de Coahuila, Nuevo León y Tamaulipas</translation>
    </message>
    <message>
        <source>When this is</source>
        <translation>Cuándo es</translation>
    </message>
    <message>
        <source>Yucatán, Campeche</source>
        <translation>Yucatán, Campeche</translation>
    </message>
    <message>
        <source>{day}, {times} on {city}&apos;s clock ({offset})</source>
        <translation>{day}, {times}, hora de {city} ({offset})</translation>
    </message>
    <message>
        <source>{times} in {city}</source>
        <translation>{times} en {city}</translation>
    </message>
    <message>
        <source>{times} in {city} ({day})</source>
        <translation>{times} en {city} ({day})</translation>
    </message>
</context>
<context>
    <name>WindowMissions</name>
    <message>
        <source>Add to mission</source>
        <translation>Agregar a una misión</translation>
    </message>
    <message>
        <source>Add to which mission?</source>
        <translation>¿A qué misión agregarlos?</translation>
    </message>
    <message numerus="yes">
        <source>Added %n cluster(s) to “{mission}”.</source>
        <translation>
            <numerusform>Se agregó %n clúster a “{mission}”.</numerusform>
            <numerusform>Se agregaron %n clústeres a “{mission}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in “{mission}”.</source>
        <translation>Ya están en “{mission}”.</translation>
    </message>
    <message numerus="yes">
        <source>Created the mission “{mission}” with %n cluster(s) to visit. Add its delegation, then plan its meetings.</source>
        <translation>
            <numerusform>Se creó la misión “{mission}” con %n clúster por visitar. Agregue su delegación y luego programe sus reuniones.</numerusform>
            <numerusform>Se creó la misión “{mission}” con %n clústeres por visitar. Agregue su delegación y luego programe sus reuniones.</numerusform>
        </translation>
    </message>
    <message>
        <source>In which mission?</source>
        <translation>¿En qué misión?</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>Misiones</translation>
    </message>
    <message>
        <source>New mission…</source>
        <translation>Nueva misión…</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Programar una reunión</translation>
    </message>
    <message>
        <source>Planned “{title}” on {when} ({zone}) in “{mission}”. View › Missions (Ctrl+5) shows the agenda.</source>
        <translation>Se programó “{title}” el {when} ({zone}) en “{mission}”. Ver › Misiones (Ctrl+5) muestra la agenda.</translation>
    </message>
    <message numerus="yes">
        <source>Planned “{title}” on {when} ({zone}) in “{mission}”. ⚠ %n conflict(s) flagged. View › Missions (Ctrl+5) shows the agenda.</source>
        <translation>
            <numerusform>Se programó “{title}” el {when} ({zone}) en “{mission}”. ⚠ %n conflicto señalado. Ver › Misiones (Ctrl+5) muestra la agenda.</numerusform>
            <numerusform>Se programó “{title}” el {when} ({zone}) en “{mission}”. ⚠ %n conflictos señalados. Ver › Misiones (Ctrl+5) muestra la agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a cluster first: Plan a Meeting… plans a meeting with it.</source>
        <translation>Primero seleccione un clúster: Clúster › Programar una reunión… programa una reunión con él.</translation>
    </message>
    <message>
        <source>Select clusters first: Add to Mission… adds them to a mission.</source>
        <translation>Primero seleccione clústeres: Clúster › Agregar a una misión… los agrega a una misión.</translation>
    </message>
</context>
<context>
    <name>WindowSheets</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) (internal)</source>
        <translation>
            <numerusform>%n página (interna)</numerusform>
            <numerusform>%n páginas (internas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowUserData</name>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>On {cluster}</source>
        <translation>Sobre {cluster}</translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation>Primero seleccione un clúster.</translation>
    </message>
    <message>
        <source>Your data file is damaged: File › Restore from Backup…</source>
        <translation>Su archivo de datos está dañado: Archivo › Restaurar desde un respaldo…</translation>
    </message>
    <message>
        <source>Your lists</source>
        <translation>Sus listas</translation>
    </message>
</context>
<context>
    <name>agenda_model</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Por confirmar</translation>
    </message>
</context>
<context>
    <name>booklet_dialog</name>
    <message>
        <source>mission</source>
        <translation>mision</translation>
    </message>
    <message>
        <source>{stem}-booklet-internal.pdf</source>
        <translation>{stem}-carpeta-interna.pdf</translation>
    </message>
    <message>
        <source>{stem}-booklet.pdf</source>
        <translation>{stem}-carpeta.pdf</translation>
    </message>
</context>
<context>
    <name>contacts_files</name>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Cluster Atlas export (*.json);;All files (*)</source>
        <translation>Contactos (*.vcf *.vcard *.csv *.json);;vCard (*.vcf *.vcard);;CSV (*.csv);;Exportación de Cluster Atlas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Everything you own, to import on another computer (*.json)</source>
        <translation>Todos sus datos, para importarlos en otra computadora (*.json)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Google Contacts CSV (*.csv)</source>
        <translation>CSV de Google Contacts (*.csv)</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Outlook CSV (*.csv)</source>
        <translation>CSV de Outlook (*.csv)</translation>
    </message>
    <message>
        <source>contacts.vcf</source>
        <translation>contactos.vcf</translation>
    </message>
</context>
<context>
    <name>contacts_table_model</name>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
</context>
<context>
    <name>contacts_view</name>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
</context>
<context>
    <name>editor_follow_ups</name>
    <message>
        <source>done</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>editor_reach</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>home fax</source>
        <translation>fax de casa</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>localizador</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>work fax</source>
        <translation>fax del trabajo</translation>
    </message>
</context>
<context>
    <name>import_words</name>
    <message>
        <source>Also to add: bookmarks: {bookmarks}, list entries: {entries}, cluster notes: {notes} ({already} already there).</source>
        <translation>También por agregar: favoritos: {bookmarks}, entradas de listas: {entries}, notas de clústeres: {notes} ({already} ya estaban).</translation>
    </message>
    <message>
        <source>Also to add: bookmarks: {bookmarks}, list entries: {entries}, cluster notes: {notes}.</source>
        <translation>También por agregar: favoritos: {bookmarks}, entradas de listas: {entries}, notas de clústeres: {notes}.</translation>
    </message>
    <message>
        <source>Merging into {name} keeps everything you have and adds what is new ({parts}).</source>
        <translation>Al combinar con {name} se conserva todo lo que ya tiene y se agrega lo nuevo ({parts}).</translation>
    </message>
    <message>
        <source>Merging into {name} keeps everything you have and adds what is new.</source>
        <translation>Al combinar con {name} se conserva todo lo que ya tiene y se agrega lo nuevo.</translation>
    </message>
    <message>
        <source>Read as {encoding} ({how}).</source>
        <translation>Se leyó como {encoding} (codificación {how}).</translation>
    </message>
    <message>
        <source>a comment</source>
        <translation>un comentario</translation>
    </message>
    <message>
        <source>a line with no &apos;:&apos; (no value)</source>
        <translation>una línea sin &apos;:&apos; (sin valor)</translation>
    </message>
    <message>
        <source>a record with no name, organisation, email or phone</source>
        <translation>un registro sin nombre, organización, correo ni teléfono</translation>
    </message>
    <message>
        <source>byte-order mark</source>
        <translation>indicada por la marca de orden de bytes</translation>
    </message>
    <message>
        <source>declared in the file</source>
        <translation>declarada en el archivo</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectada</translation>
    </message>
    <message>
        <source>emails: {emails}</source>
        <translation>correos: {emails}</translation>
    </message>
    <message>
        <source>guessed from the letters</source>
        <translation>deducida de las letras</translation>
    </message>
    <message>
        <source>not a property name</source>
        <translation>no es un nombre de propiedad</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>notes: {count}</source>
        <translation>notas: {count}</translation>
    </message>
    <message>
        <source>phones: {phones}</source>
        <translation>teléfonos: {phones}</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <source>same email {email}</source>
        <translation>mismo correo {email}</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>mismo nombre y organización</translation>
    </message>
    <message>
        <source>same uid</source>
        <translation>mismo identificador</translation>
    </message>
    <message>
        <source>text above the row that names the columns</source>
        <translation>texto arriba de la fila con los nombres de las columnas</translation>
    </message>
    <message>
        <source>text outside BEGIN:VCARD ... END:VCARD</source>
        <translation>texto fuera de BEGIN:VCARD ... END:VCARD</translation>
    </message>
    <message>
        <source>{reason} as {name}</source>
        <translation>{reason} que {name}</translation>
    </message>
    <message>
        <source>{reason} as {name} (line {line})</source>
        <translation>{reason} que {name} (línea {line})</translation>
    </message>
</context>
<context>
    <name>meeting_after</name>
    <message>
        <source>Already promised:</source>
        <translation>Compromisos ya adquiridos:</translation>
    </message>
    <message>
        <source>• {action} — to {contact} ({state})</source>
        <translation>• {action} — con {contact} ({state})</translation>
    </message>
    <message>
        <source>• {action} — to {contact}, due {due} ({state})</source>
        <translation>• {action} — con {contact}, para el {due} ({state})</translation>
    </message>
    <message>
        <source>• {action} — to {contact}, due {due}, owner {owner} ({state})</source>
        <translation>• {action} — con {contact}, para el {due}, responsable: {owner} ({state})</translation>
    </message>
    <message>
        <source>• {action} — to {contact}, owner {owner} ({state})</source>
        <translation>• {action} — con {contact}, responsable: {owner} ({state})</translation>
    </message>
</context>
<context>
    <name>meeting_dialog</name>
    <message>
        <source>Where is it? Tick a cluster (People tab), type a border city, or choose the clock: nothing says where this meeting is.</source>
        <translation>¿Dónde es? Marque un clúster (pestaña Personas), escriba una ciudad fronteriza o elija la zona horaria: nada indica dónde es esta reunión.</translation>
    </message>
</context>
<context>
    <name>mission_dialog</name>
    <message>
        <source>(none: local times only)</source>
        <translation>(ninguna: solo horas locales)</translation>
    </message>
</context>
<context>
    <name>mission_files</name>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Export the agenda as a calendar file</source>
        <translation>Exportar la agenda como archivo de calendario</translation>
    </message>
    <message>
        <source>Import a calendar file into the agenda</source>
        <translation>Importar un archivo de calendario a la agenda</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Importar calendario</translation>
    </message>
    <message>
        <source>Mission booklet</source>
        <translation>Carpeta informativa de la misión</translation>
    </message>
    <message>
        <source>Mission report</source>
        <translation>Informe de la misión</translation>
    </message>
    <message>
        <source>Nothing to import from {file}.</source>
        <translation>No hay nada que importar de {file}.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table for a spreadsheet (*.csv)</source>
        <translation>Informe en PDF (*.pdf);;Tabla CSV para hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Save the mission booklet</source>
        <translation>Guardar la carpeta informativa de la misión</translation>
    </message>
    <message>
        <source>Save the mission report</source>
        <translation>Guardar el informe de la misión</translation>
    </message>
    <message>
        <source>Writing the booklet: fact sheet</source>
        <translation>Preparando la carpeta: ficha</translation>
    </message>
    <message>
        <source>{stem}-report.pdf</source>
        <translation>{stem}-informe.pdf</translation>
    </message>
</context>
<context>
    <name>mission_list_model</name>
    <message>
        <source>No dates yet</source>
        <translation>Todavía sin fechas</translation>
    </message>
</context>
<context>
    <name>user_dialogs</name>
    <message>
        <source>File › Restore from Backup… restores a backup you choose.</source>
        <translation>Archivo › Restaurar desde un respaldo… restaura el respaldo que usted elija.</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Restaurar el respaldo</translation>
    </message>
    <message>
        <source>Restore the newest good backup now?</source>
        <translation>¿Restaurar ahora el respaldo bueno más reciente?</translation>
    </message>
    <message>
        <source>The catalogue still works. Your bookmarks, notes and contacts are unavailable until the data is restored. The damaged file is never replaced without asking: restoring keeps it aside in the data folder.</source>
        <translation>El catálogo sigue funcionando. Sus favoritos, notas y contactos no estarán disponibles hasta que se restauren los datos. El archivo dañado nunca se reemplaza sin preguntar: al restaurar, se guarda aparte en la carpeta de datos.</translation>
    </message>
    <message>
        <source>Your data file is damaged</source>
        <translation>Su archivo de datos está dañado</translation>
    </message>
    <message>
        <source>Your data file {path} {problem}. It has been left exactly as it is. No good backup was found in {folder}. Keep a copy of the file; to start afresh, move it away (Cluster Atlas then creates a new one).</source>
        <translation>No se puede usar su archivo de datos {path} ({problem}). Se dejó exactamente como estaba. No se encontró ningún respaldo bueno en {folder}. Guarde una copia del archivo; para empezar de cero, muévalo a otro lugar (Cluster Atlas creará uno nuevo).</translation>
    </message>
    <message>
        <source>Your data file {path} {problem}. It has been left exactly as it is. The newest good backup is {backup} (taken {taken}).</source>
        <translation>No se puede usar su archivo de datos {path} ({problem}). Se dejó exactamente como estaba. El respaldo bueno más reciente es {backup} (del {taken}).</translation>
    </message>
    <message>
        <source>Your data file {path} {problem}. It has been left exactly as it is. The newest good backup is {backup}.</source>
        <translation>No se puede usar su archivo de datos {path} ({problem}). Se dejó exactamente como estaba. El respaldo bueno más reciente es {backup}.</translation>
    </message>
    <message>
        <source>before a data update</source>
        <translation>antes de una actualización de datos</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
</context>
</TS>
