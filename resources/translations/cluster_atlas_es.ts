<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
    <name>Language</name>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month and its year, in QDate&apos;s format (MMMM: the month&apos;s name)</comment>
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
        <source>Takes effect when Cluster Atlas next starts</source>
        <translation>Se aplica la próxima vez que se abra Cluster Atlas</translation>
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
</TS>
