# Las actividades de clase.

# Lo que cada actividad pide a los alumnos (cuadro de las actividades).
activity-about = { $kind ->
    [order] Acontecimientos sin su fecha, para ordenarlos según cuándo empezaron.
    [sources] Afirmaciones de los documentos: ¿qué documento hace cada una?
   *[corroborate] Las afirmaciones sobre el acontecimiento abierto, documento por documento: ¿cuáles confirman otros documentos, cuáles contradicen y cuáles hace un solo documento?
}
activity-open-first = Abre primero un acontecimiento: su panel incluye «Contrastar las fuentes».
# $title es el título del acontecimiento abierto.
activity-open-event = El acontecimiento abierto: { $title }.
activity-dealt-from = { $n ->
    [one] Selección hecha a partir del acontecimiento que muestran los filtros.
    [many] Selección hecha entre los { $n } de acontecimientos que muestran los filtros.
   *[other] Selección hecha entre los { $n } acontecimientos que muestran los filtros.
}
# $title es el nombre de una actividad.
activity-start = Empezar «{ $title }»
activity-intro = Las actividades se construyen a partir de los documentos y de los filtros aplicados. Cada serie es un enlace: compártelo y todos los alumnos recibirán las mismas tarjetas, para hacer la actividad en su propio dispositivo. No se envía nada a ningún sitio.
# Seguido de un número que se elige.
activity-size = Tarjetas o preguntas por serie{ " " }
# Qué hay que hacer, al principio de cada actividad.
activity-how = { $kind ->
    [order] Ordena los acontecimientos según cuándo empezaron, del más antiguo al más reciente. Arrastra una tarjeta por su asa, usa sus botones ↑ y ↓, o selecciona una tarjeta, pulsa la barra espaciadora para levantarla, muévela con las flechas y vuelve a pulsar la barra espaciadora para soltarla.
    [sources] Cada una de las afirmaciones siguientes la hace un solo documento. Elige el documento que la hace.
   *[corroborate] Clasifica cada afirmación que hace un documento sobre este acontecimiento: ¿otro documento dice lo mismo, otro dice algo distinto o solo aparece en este documento? Después marca los documentos que no dicen nada sobre el acontecimiento.
}
# De dónde se sacó una serie. $filters son los filtros aplicados, «Ejército; Fuentes discrepantes».
activity-of-all = { $n ->
    [one] el único acontecimiento
    [many] los { $n } de acontecimientos
   *[other] los { $n } acontecimientos
}
activity-of-shown = { $n ->
    [one] el acontecimiento mostrado ({ $filters })
    [many] los { $n } de acontecimientos mostrados ({ $filters })
   *[other] los { $n } acontecimientos mostrados ({ $filters })
}
# $of es uno de los dos mensajes anteriores.
activity-scope-order = { $n ->
    [one] { $n } acontecimiento de entre { $of }.
    [many] { $n } de acontecimientos de entre { $of }.
   *[other] { $n } acontecimientos de entre { $of }.
}
activity-scope-sources = { $n ->
    [one] { $n } afirmación sobre { $of }.
    [many] { $n } de afirmaciones sobre { $of }.
   *[other] { $n } afirmaciones sobre { $of }.
}
# Un acontecimiento con su fecha: «Asesinato de Kírov (1 dic. 1934)».
activity-event = { $title } ({ $date })
activity-change-filters = Cambia los filtros o vuelve a la línea de tiempo.
# En proyección: cuántas respuestas ha mostrado el presentador inalámbrico.
activity-answers-shown = Respuestas mostradas: { $n } de { $total } (Av Pág muestra la siguiente)
activity-new-set = Nueva serie
activity-print = Imprimir ficha
activity-back = Volver a la línea de tiempo
activity-check = Comprobar
# Ordenar los acontecimientos. $title es el título de un acontecimiento, $position su lugar, $total las tarjetas.
order-put-down = { $title }: tarjeta soltada en la posición { $position } de { $total }.
order-picked-up = { $title }: tarjeta levantada, en la posición { $position } de { $total }. Muévela con las flechas y suéltala con la barra espaciadora.
order-put-back = { $title }: tarjeta devuelta a la posición { $position } de { $total }.
order-moved = { $title }: tarjeta movida a la posición { $position } de { $total }.
order-right-place = En el lugar correcto
order-belongs-at = Su lugar es la posición { $position }
order-move-up = Subir «{ $title }»
order-move-down = Bajar «{ $title }»
# Nombre accesible de una tarjeta.
order-card = { $title }, posición { $position } de { $total }
order-drag = Arrastrar para mover
order-help = La barra espaciadora levanta o suelta una tarjeta; las flechas la mueven; Esc la devuelve a su sitio.
# Contrastar: dónde va una afirmación, dicho una vez comprobada.
corroborate-verdict = { $bin ->
    [agrees] Coincide con otro documento.
    [differs] Discrepa de otro documento.
   *[only] Solo aparece en este documento.
}
corroborate-silent-question = ¿Qué documentos no dicen nada sobre este acontecimiento?
corroborate-also-said = También se dice sobre él (sin clasificar: los datos no indican si los demás documentos coinciden)
# ¿Quién lo dice? Tras la elección del alumno; después, el nombre del documento.
sources-right = Correcto:{ " " }
sources-wrong = No es ese:{ " " }
sources-said-by = lo dice{ " " }
# Seguido de las versiones de la afirmación que dan los demás documentos.
sources-other-versions = Otras versiones:{ " " }
# La ficha impresa y sus soluciones.
sheet-order-how = Numera los acontecimientos en las casillas según el orden en que empezaron: 1 para el más antiguo.
sheet-position = Posición
sheet-which-document = ¿Qué documento lo dice?
sheet-sources-how = Cada afirmación la hace un solo documento. Escribe cuál. Los documentos:
sheet-the-event = El acontecimiento: { $title } ({ $date }).
sheet-corroborate-how = Marca dónde va cada afirmación: otro documento coincide, otro discrepa o solo aparece en este documento.
sheet-silent-how = Marca los documentos que no dicen nada sobre el acontecimiento:
# Espacios en blanco que rellena el alumno.
sheet-name = Nombre
sheet-date = Fecha
# $address es el enlace a la misma serie.
sheet-same-set = La misma serie en pantalla: { $address }
# $title es el nombre de la actividad.
sheet-answer-key = Soluciones: { $title }
# Contrastar: los tres sitios a los que puede ir una afirmación.
bin-label = { $bin ->
    [agrees] coincide con otro documento
    [differs] discrepa
   *[only] solo en este documento
}
# Por qué una afirmación va donde va, según los datos. $name y $who son documentos
# ($n cuántos), $value y $values lo que dan, $about lo que se discute.
explain-only = Ningún otro documento menciona este acontecimiento: solo lo menciona { $name }.
explain-together = { $n ->
    [2] { $who } dan ambos «{ $value }» como «{ $about }».
   *[other] { $who } dan todos «{ $value }» como «{ $about }».
}
explain-gives = { $n ->
    [one] { $who } da { $values }
   *[other] { $who } dan { $values }
}
explain-alone = Ningún otro documento da un dato sobre «{ $about }»: { $name } da { $values }.
# $others es una lista de explain-gives, separados por «; ».
explain-value = { $name } da «{ $value }» como «{ $about }»; { $others }.
explain-silent = { $name } no menciona este acontecimiento en ningún pasaje.
explain-speaks-at = { $name } menciona este acontecimiento ({ $section }, párrafo { $paragraph }).
explain-speaks = { $name } menciona este acontecimiento.
# ¿Quién lo dice? Dónde lo dice un documento: «Las purgas, párrafo 3».
answer-place = { $section }, párrafo { $paragraph }
# La versión de una afirmación que da otro documento; $n es cuántos documentos la dan.
other-version = { $n ->
    [one] { $who } da «{ $value }».
   *[other] { $who } dan «{ $value }».
}
# Los nombres de las actividades.
activity-title = { $kind ->
    [order] Ponlos en orden
    [sources] ¿Quién lo dice?
   *[corroborate] Contrastar fuentes
}
# La puntuación, una vez comprobado.
score-right = { $n } de { $total } correctas
score-in-place = { $n } de { $total } en el lugar correcto
# Por qué no se puede hacer una actividad.
activity-unavailable = { $why ->
    [no-events] No hay acontecimientos que ordenar.
    [undated] Las fechas de los acontecimientos mostrados no permiten saber cuál fue primero: para ordenar hacen falta al menos dos acontecimientos con fechas claramente distintas.
    [no-sources] Esta actividad necesita una línea de tiempo con al menos dos documentos fuente.
    [no-citations] Esta actividad necesita acontecimientos que citen sus documentos fuente.
    [no-questions] Ninguno de los acontecimientos mostrados tiene una afirmación que haga un solo documento.
    [no-such-event] Ese acontecimiento no existe en esta línea de tiempo.
   *[uncited] Este acontecimiento no cita ningún documento fuente, así que no hay nada que contrastar.
}
# Un enlace de una actividad al panel de un acontecimiento.
activity-open = Abrir «{ $title }»
