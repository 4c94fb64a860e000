# Llevar una línea de tiempo a TimelineJS o a una hoja de cálculo: lo que se escribe en el
# texto de los acontecimientos y lo que no tiene cabida. $n cuenta acontecimientos.
export-citations = { $n ->
    [one] Las citas de { $n } acontecimiento se escriben en su texto (TimelineJS no tiene fuentes).
    [many] Las citas de { $n } de acontecimientos se escriben en su texto (TimelineJS no tiene fuentes).
   *[other] Las citas de { $n } acontecimientos se escriben en su texto (TimelineJS no tiene fuentes).
}
export-disputes = { $n ->
    [one] Las discrepancias de { $n } acontecimiento se escriben en su texto (donde las fuentes no coinciden).
    [many] Las discrepancias de { $n } de acontecimientos se escriben en su texto (donde las fuentes no coinciden).
   *[other] Las discrepancias de { $n } acontecimientos se escriben en su texto (donde las fuentes no coinciden).
}
export-notes = { $n ->
    [one] Las notas de los editores de { $n } acontecimiento se escriben en su texto (TimelineJS no tiene notas).
    [many] Las notas de los editores de { $n } de acontecimientos se escriben en su texto (TimelineJS no tiene notas).
   *[other] Las notas de los editores de { $n } acontecimientos se escriben en su texto (TimelineJS no tiene notas).
}
export-people-of = { $n ->
    [one] Las personas de { $n } acontecimiento se escriben en su texto (TimelineJS no tiene personas).
    [many] Las personas de { $n } de acontecimientos se escriben en su texto (TimelineJS no tiene personas).
   *[other] Las personas de { $n } acontecimientos se escriben en su texto (TimelineJS no tiene personas).
}
export-categories = { $n ->
    [one] Las categorías de { $n } acontecimiento, salvo la primera, se escriben en su texto (TimelineJS da a cada acontecimiento un solo grupo).
    [many] Las categorías de { $n } de acontecimientos, salvo la primera, se escriben en su texto (TimelineJS da a cada acontecimiento un solo grupo).
   *[other] Las categorías de { $n } acontecimientos, salvo la primera, se escriben en su texto (TimelineJS da a cada acontecimiento un solo grupo).
}
export-circa = { $n ->
    [one] { $n } fecha aproximada con su propio texto de fecha pierde la marca «circa» (se conserva ese texto).
    [many] { $n } de fechas aproximadas con su propio texto de fecha pierden la marca «circa» (se conserva ese texto).
   *[other] { $n } fechas aproximadas con su propio texto de fecha pierden la marca «circa» (se conserva ese texto).
}
export-left-sources = la lista de fuentes ({ $n }, escrita en el texto del título)
export-left-people = las funciones y los alias de las personas ({ $n })
export-left-tours = los recorridos ({ $n })
export-left-categories = los colores, símbolos y descripciones de las categorías
export-left-eras = las notas y fuentes de los períodos
export-left-window = el intervalo que muestra la línea de tiempo al abrirse
# $what es una lista de los export-left-* anteriores.
export-no-place = TimelineJS no admite { $what }.
export-sheet-ids = Una hoja de cálculo no tiene columna para los identificadores de los acontecimientos: al volver a importarla, los acontecimientos se identifican por su título.
# Líneas que se escriben en el texto de un acontecimiento exportado.
export-also-in = También en: { $names }.
export-people = Personas: { $names }.
export-sources-say = Qué dicen las fuentes:
export-citation = { $source } ({ $section }, párrafo { $paragraph }): { $says }
# $claims son los valores, cada uno con los documentos que lo dan.
export-differ = Las fuentes discrepan sobre { $about }: { $claims }.
export-note = Nota de los editores: { $note }
# Encabeza la lista de fuentes escrita en el texto del título.
export-sources = Fuentes:
