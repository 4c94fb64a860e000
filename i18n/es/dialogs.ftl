# Los cuadros de diálogo.

# Título del cuadro de las fuentes para $n documentos («Las cinco fuentes»).
sources-title = { $n ->
    [0] Fuentes
    [1] La fuente
    [2] Las dos fuentes
    [3] Las tres fuentes
    [4] Las cuatro fuentes
    [5] Las cinco fuentes
    [6] Las seis fuentes
    [7] Las siete fuentes
    [8] Las ocho fuentes
    [9] Las nueve fuentes
    [10] Las diez fuentes
   *[other] Las fuentes
}
sources-intro = Los acontecimientos citan los documentos siguientes. Cuando estos discrepan, el acontecimiento lo indica.
# Rótulos de la ficha de un documento.
sources-kind = Tipo
sources-covers = Abarca
sources-speaks-of = Menciona
# Nombre accesible de la franja de densidad de un documento: $from y $to son años, $speaks «18 acontecimientos, 1928–1937».
sources-coverage = Distribución en { $from }–{ $to }: { $speaks }
sources-show-events = { $n ->
    [one] Mostrar el acontecimiento que menciona
    [many] Mostrar los { $n } de acontecimientos que menciona
   *[other] Mostrar los { $n } acontecimientos que menciona
}
sources-reading = Lecturas complementarias que cita o recoge

# Títulos de los cuadros de diálogo.
dialog-download = Descargar esta línea de tiempo
dialog-activities = Actividades de clase
dialog-share = Compartir esta vista
dialog-tours = Recorridos guiados
dialog-people = Filtrar por personas
dialog-source-filter = Filtrar por documento fuente
# Cuadro «Compartir».
share-note = Este enlace abre el mismo acontecimiento, con los mismos filtros y el mismo intervalo de tiempo, en cualquier dispositivo.
share-link = Enlace a esta vista
share-copy = Copiar enlace
share-copied = Enlace copiado en el portapapeles.
share-blocked = No se ha podido copiar: el enlace está seleccionado; pulsa Ctrl+C (⌘C) para copiarlo.
share-selected = El enlace está seleccionado: pulsa Ctrl+C (⌘C) para copiarlo.
share-qr = Código QR del enlace
share-too-long = Este enlace es demasiado largo para un código QR.
# Seguido de un botón «Descargar…».
share-download-lead = Para guardar la línea de tiempo en sí, o llevarla a TimelineJS o a una hoja de cálculo:{ " " }
# Cuadro «Descargar».
download-intro = { $n ->
    [one] El único acontecimiento de la línea de tiempo en pantalla, sin tener en cuenta los filtros, en un archivo para guardar, volver a abrir aquí (Abrir…) o llevar a TimelineJS.
    [many] Los { $n } de acontecimientos de la línea de tiempo en pantalla, sin tener en cuenta los filtros, en un archivo para guardar, volver a abrir aquí (Abrir…) o llevar a TimelineJS.
   *[other] Los { $n } acontecimientos de la línea de tiempo en pantalla, sin tener en cuenta los filtros, en un archivo para guardar, volver a abrir aquí (Abrir…) o llevar a TimelineJS.
}
# Los tres formatos en que se puede descargar una línea de tiempo, y para qué sirve cada uno.
download-choice = { $format ->
    [ours] JSON de esta aplicación
    [timelinejs] JSON de TimelineJS
   *[csv] Hoja de cálculo (CSV)
}
download-what = { $format ->
    [ours] todo: fuentes, citas, discrepancias, recorridos
    [timelinejs] se abre en TimelineJS; las fuentes y las discrepancias pasan a ser líneas de texto
   *[csv] la plantilla de hoja de cálculo de TimelineJS, para Hojas de cálculo de Google o Excel
}
# $file es el nombre del archivo descargado.
download-saved = Guardado como «{ $file }».
download-refused = El navegador no ha aceptado el archivo: prueba con otro navegador.
download-missing = No se ha podido descargar la parte de la aplicación que escribe archivos: comprueba la conexión y vuelve a intentarlo.
# Cuadro de los recorridos.
tours-intro = Avanza con → y ←, la barra espaciadora, Re Pág/Av Pág o un presentador inalámbrico. Cada paso es un enlace.
# Selectores de los filtros.
people-intro = Muestra los acontecimientos de cualquiera de las personas marcadas.
people-find = Buscar una persona
people-find-placeholder = Buscar una persona (cualquier grafía)
source-filter-intro = Muestra los acontecimientos que menciona cualquiera de los documentos marcados.
pickers-untick = Desmarcar todo
pickers-done = Listo
tours-start = { $n ->
    [one] Empezar ({ $n } paso)
    [many] Empezar ({ $n } de pasos)
   *[other] Empezar ({ $n } pasos)
}
