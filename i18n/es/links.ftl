# Los filtros en palabras (encabezado de una hoja impresa, alcance de una actividad).
# Entre nombres: «El ejército o El partido».
filter-or = { " " }o{ " " }
filter-categories = Categorías: { $names }
filter-people = Personas: { $names }
filter-sources = Fuentes: { $names }
filter-search = Búsqueda: «{ $text }»
filter-differ = Solo donde las fuentes discrepan
# Avisos sobre partes de un enlace que se han ignorado. $key es el nombre de un parámetro del
# enlace («event», «from»), $value lo que da el enlace, $id un identificador que nombra.
link-too-long = Este enlace tiene { $n } caracteres; solo se han leído los { $read } primeros.
link-too-many = { $n ->
    [one] Se ha ignorado { $n } parámetro más: de un enlace se leen como máximo { $most } parámetros.
    [many] Se han ignorado { $n } de parámetros más: de un enlace se leen como máximo { $most } parámetros.
   *[other] Se han ignorado { $n } parámetros más: de un enlace se leen como máximo { $most } parámetros.
}
link-needs-activity = Se ha ignorado { $key }: necesita una actividad.
link-window-reversed = Se ha ignorado el intervalo de tiempo: «to» es anterior a «from».
link-window-half = Se ha ignorado el intervalo de tiempo: necesita tanto «from» como «to».
link-unknown-parameter = Se ha ignorado el parámetro de enlace desconocido «{ $key }».
link-no-event = No hay ningún acontecimiento «{ $id }» en esta línea de tiempo.
link-no-event-corroborate = No hay ningún acontecimiento «{ $id }» en esta línea de tiempo: la actividad «Contrastar fuentes» necesita uno.
link-corroborate-needs-event = Se ha ignorado activity=corroborate: necesita un acontecimiento (event=…).
link-no-tour = No hay ningún recorrido «{ $id }» en esta línea de tiempo.
link-tour-steps = { $n ->
    [one] El recorrido tiene { $n } paso; se empieza por el paso 1.
    [many] El recorrido tiene { $n } de pasos; se empieza por el paso 1.
   *[other] El recorrido tiene { $n } pasos; se empieza por el paso 1.
}
# $step es el acontecimiento que abre el paso del recorrido.
link-event-vs-step = Se ha ignorado el acontecimiento «{ $id }»: el paso del recorrido que indica el enlace abre «{ $step }».
link-step-needs-tour = Se ha ignorado step: necesita un recorrido.
# $what es el tipo de elemento que nombra el enlace.
link-no-such = { $what ->
    [category] No hay ninguna categoría «{ $id }» en esta línea de tiempo.
    [person] No hay ninguna persona «{ $id }» en esta línea de tiempo.
   *[source] No hay ninguna fuente «{ $id }» en esta línea de tiempo.
}
link-bad-step = Se ha ignorado step «{ $value }»: no es un número de paso.
link-long-search = Se ha ignorado el texto de búsqueda: tiene más de { $n } caracteres.
link-bad-view = Se ha ignorado view="{ $value }": usa dim o hide.
link-bad-mode = Se ha ignorado mode="{ $value }": usa timeline o projection.
link-bad-activity = Se ha ignorado activity="{ $value }": usa order, sources o corroborate.
link-bad-n = Se ha ignorado n="{ $value }": indica un número de tarjetas, de { $min } a { $max }.
link-bad-seed = Se ha ignorado seed="{ $value }": indica un número entero de 0 a { $max }.
link-bad-lang = Se ha ignorado lang="{ $value }": indica un código de idioma como en, fr o pt-BR.
link-bad-id = Se ha ignorado { $key } «{ $value }»: no es un identificador válido.
link-bad-one-id = Se ha ignorado { $key } «{ $value }»: no es un identificador de { $key } válido.
link-bad-flag = Se ha ignorado { $key }="{ $value }": usa 1 o 0.
link-bad-date = Se ha ignorado { $key }="{ $value }": las fechas se escriben AAAA, AAAA-MM o AAAA-MM-DD.
# $why es uno de los dos motivos siguientes.
link-bad-data = Se han ignorado los datos «{ $value }»: { $why }
link-data-not-https = no es una dirección https utilizable.
link-data-not-allowed = solo se pueden cargar direcciones https, o archivos .json y .csv de este sitio (una ruta relativa).
# Tras tres avisos del mismo tipo: cuántos más se han omitido.
notice-more = { $kind ->
    [dates] Otras fechas ignoradas: { $n }.
    [invalid-ids] Otros identificadores no válidos ignorados: { $n }.
    [unknown-events] Otros acontecimientos desconocidos ignorados: { $n }.
    [unknown-tours] Otros recorridos desconocidos ignorados: { $n }.
    [unknown-categories] Otras categorías desconocidas ignoradas: { $n }.
    [unknown-people] Otras personas desconocidas ignoradas: { $n }.
    [unknown-sources] Otras fuentes desconocidas ignoradas: { $n }.
    [unknown-link-parameters] Otros parámetros de enlace desconocidos ignorados: { $n }.
   *[parameters] Otros parámetros ignorados: { $n }.
}
