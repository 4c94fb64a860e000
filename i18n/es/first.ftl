# La cabecera: el título de la línea de tiempo y las herramientas de visualización.

# Un período en el menú «Ir a»: su nombre y sus fechas, «La Gran Purga (ago. 1936–nov. 1938)».
header-period = { $label } ({ $span })
# Nombre accesible de la fila de herramientas de visualización.
header-tools = Vista
# Botón que muestra los filtros en un teléfono.
header-filters = Filtros
header-jump-label = Ir a un período
header-jump = Ir a…
# El intervalo que el autor de la línea de tiempo eligió para abrirla.
header-jump-default = Lo esencial
header-jump-all = Todo
header-list = Lista
header-list-title = Mostrar los acontecimientos en una lista (L); pulsa de nuevo para volver a la línea de tiempo
header-compare = Comparar
header-compare-title = Comparar qué dice cada fuente, acontecimiento por acontecimiento (C); pulsa de nuevo para volver a la línea de tiempo
header-zoom = Zoom
header-zoom-in = Acercar
header-zoom-in-title = Acercar (+)
header-zoom-out = Alejar
header-zoom-out-title = Alejar (−)
header-fit-all = Ver todo
header-fit-all-title = Mostrar todo (0)
# Abre el cuadro de los documentos fuente.
header-sources = Fuentes
header-tours = Recorridos
header-activities = Actividades
header-activities-title = Actividades de clase con las fuentes: ordenar acontecimientos, ¿quién lo dice?, contrastar fuentes
# Oculta los acontecimientos posteriores al actual, para mostrarlos uno a uno en clase.
header-reveal = Revelar
header-reveal-title = Ocultar todos los acontecimientos posteriores al actual (R)
header-theme = Tema de color
header-theme-light = Claro
header-theme-dark = Oscuro
header-theme-contrast = Alto contraste
# Modo proyección: letra grande para el proyector del aula.
header-project = Proyectar
header-project-exit = Salir de la proyección
header-project-title = Modo proyección para el aula (P)
header-share = Compartir
# Los filtros bajo la cabecera.

filters-search = Buscar acontecimientos
filters-search-placeholder = Buscar acontecimientos, personas, fuentes  ( / )
# Cuántos acontecimientos pasan los filtros: $n de $all («95 acontecimientos»).
filters-match-count = { $n ->
    [one] { $n } de { $all } coincide
   *[other] { $n } de { $all } coinciden
}
# Abre una lista de personas por las que filtrar.
filters-by-person = Por persona
filters-by-source = Por fuente
# Interruptor: solo los acontecimientos en los que los documentos fuente discrepan (seguido de su número).
filters-differ = Fuentes discrepantes{ " " }
filters-differ-title = Solo los acontecimientos en los que los documentos fuente discrepan
# Qué hacer con los acontecimientos que no pasan los filtros.
filters-unmatched = Acontecimientos que no coinciden
filters-dim = Atenuar los demás
filters-hide = Ocultar los demás
filters-clear = Quitar filtros
filters-categories = Categorías: mostrar los acontecimientos de cualquiera de las seleccionadas
filters-no-match = Ningún acontecimiento coincide con estos filtros.
# Abrir el archivo de línea de tiempo propio de una clase, y la línea que indica de dónde procede una línea de tiempo.

open-button = Abrir…
open-busy = Abriendo…
open-label = Abrir un archivo de línea de tiempo
open-title = Abrir un archivo de línea de tiempo desde este dispositivo: JSON de esta aplicación, JSON de TimelineJS u hoja de cálculo guardada como CSV (o suelta el archivo en la página)
origin-label = Procedencia de esta línea de tiempo
# $path es la dirección de un archivo en este sitio, «data/class.json».
origin-site = Línea de tiempo de { $path }, en este sitio.
# $host es otro sitio web, «example.org».
origin-web = Esta línea de tiempo procede de { $host }, no de este sitio: su contenido es responsabilidad de sus autores.
# $file es el nombre de un archivo que ha abierto el lector.
origin-file = Tu archivo «{ $file }», abierto en este dispositivo: no se ha subido nada, y los enlaces a él abren en otros dispositivos la línea de tiempo predeterminada.
origin-download = Descargar…
origin-back = Volver a la línea de tiempo predeterminada
# Mientras se carga la línea de tiempo.

loading-timeline = Cargando la línea de tiempo…
# Cuánto se ha cargado: acontecimientos leídos hasta ahora, del total.
loading-events = { $total ->
    [one] { $n } de { $total } acontecimiento leído
    [many] { $n } de { $total } de acontecimientos leídos
   *[other] { $n } de { $total } acontecimientos leídos
}
# $amount es una cantidad de megabytes, «1,5».
loading-megabytes = { $amount } MB
# $got y $all son tamaños como «1,5 MB».
loading-bytes-of = { $got } de { $all }
loading-bytes = { $got } recibidos
# Por qué no se ha podido leer un archivo (terminan una frase como «No se ha podido cargar …: »).
load-request-failed = la solicitud ha fallado
load-not-utf8 = el archivo no es texto UTF-8
load-import-missing = no ha llegado la parte de la aplicación que lee este archivo
# Partes de la aplicación que llegan cuando se piden, y avisos.

app-not-loaded = No se ha podido cargar la línea de tiempo…
# Cierra los avisos sobre las partes de un enlace que se han ignorado.
app-dismiss = Cerrar
app-loading-list = Cargando la lista…
app-loading-activity = Cargando la actividad…
app-loading-compare = Cargando la comparación…
app-loading = Cargando…
# La franja de vista general, al pie de la línea de tiempo.
overview-title = Vista general: arrastra la ventana resaltada para desplazarte; arrastra sus bordes para acercar o alejar
# Enlaces para usuarios de teclado, al principio de la página.
skip-timeline = Saltar a la línea de tiempo
skip-event = Saltar al acontecimiento abierto
# La franja: un botón que representa varios acontecimientos demasiado próximos para mostrarlos.
# $from es una fecha; $hits cuántos de ellos pasan los filtros.
cluster-more = { $n ->
    [one] { $n } acontecimiento más desde { $from }: acerca la vista para verlo
    [many] { $n } de acontecimientos más desde { $from }: acerca la vista para verlos
   *[other] { $n } acontecimientos más desde { $from }: acerca la vista para verlos
}
cluster-more-matching = { $n ->
    [one] { $n } acontecimiento más desde { $from }, que coincide con los filtros; acerca la vista para verlo
    [many] { $n } de acontecimientos más desde { $from }, { $hits } de ellos coinciden con los filtros; acerca la vista para verlos
   *[other] { $n } acontecimientos más desde { $from }, { $hits } de ellos coinciden con los filtros; acerca la vista para verlos
}
# Encima de un grupo: cuántos de sus acontecimientos coinciden («3 del filtro»), cuando ninguna
# categoría concreta los nombra. Invariable: va tras un número, sea cual sea.
cluster-matching = del filtro
# Botones en los bordes de la franja: acontecimientos que coinciden, fuera de la ventana.
edge-earlier = { $n ->
    [one] { $n } acontecimiento anterior coincide: mostrarlo
    [many] { $n } de acontecimientos anteriores coinciden: mostrar el más próximo
   *[other] { $n } acontecimientos anteriores coinciden: mostrar el más próximo
}
edge-later = { $n ->
    [one] { $n } acontecimiento posterior coincide: mostrarlo
    [many] { $n } de acontecimientos posteriores coinciden: mostrar el más próximo
   *[other] { $n } acontecimientos posteriores coinciden: mostrar el más próximo
}
strip-eras = Períodos en pantalla
strip-label = Línea de tiempo: desplázate o pellizca para acercar o alejar, arrastra para moverte; las teclas + y − acercan y alejan, las flechas desplazan
strip-events = Acontecimientos en orden cronológico
# El panel que se muestra cuando la aplicación ha dejado de funcionar.
fatal-title = La línea de tiempo ha dejado de funcionar
fatal-text = Algo ha fallado dentro de la aplicación. Normalmente basta con recargar la página; si vuelve a ocurrir, avisa a quien compartió esta línea de tiempo (la consola del navegador tiene los detalles).
# Los avisos de la propia página, cuando la línea de tiempo interactiva no puede iniciarse.
page-reload = Recargar
page-no-wasm = Este dispositivo no ejecuta WebAssembly, que la línea de tiempo interactiva necesita: aun así, aquí se pueden leer todos los acontecimientos, sus fuentes y la lista (pero no se puede acercar ni alejar, filtrar ni buscar).
page-offline-readable = Este dispositivo no tiene conexión y la línea de tiempo interactiva aún no se ha guardado en él: lo que se muestra aquí se puede leer igualmente.
page-cannot-start-readable = La línea de tiempo interactiva no ha podido iniciarse aquí: aun así, se pueden leer todos los acontecimientos, sus fuentes y la lista (el zoom, los filtros y la búsqueda sí la necesitan). Normalmente basta con recargar la página.
page-start-title = No se ha podido iniciar la línea de tiempo
page-start-offline = Este dispositivo no tiene conexión y la aplicación aún no se ha guardado en él. Recarga la página cuando vuelva la conexión.
page-start-missing = Una parte de la aplicación no ha llegado desde el servidor. Normalmente basta con recargar la página.
# Una barra que ofrece una versión nueva de la aplicación; seguida de un botón «recargar».
page-update = Hay una versión nueva disponible —{ " " }
page-update-reload = recargar
