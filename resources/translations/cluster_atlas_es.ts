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
        <source>{name} is not deleted.</source>
        <translation>{name} no está eliminado.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write YYYY-MM-DD or a word such as today, tomorrow, +3d, friday, mañana.</source>
        <translation>“{text}” no es una fecha: escriba AAAA-MM-DD o una palabra como hoy, mañana, +3d o viernes.</translation>
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
        <translation>Datos de {date} · catálogo {version}</translation>
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
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Public sheet: catalogue facts only</source>
        <translation>Ficha &amp;pública: solo datos del catálogo</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
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
        <source>File name: {name}</source>
        <translation>Nombre del archivo: {name}</translation>
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
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
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
        <source>Suggested file name</source>
        <translation>Nombre de archivo sugerido</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
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
</TS>
