# La postura de cada documento fuente sobre un acontecimiento (fichas del panel, tabla comparativa).

# La palabra que muestra una ficha o una celda para la postura de un documento.
standing-word = { $standing ->
    [agrees] coincide
    [differs] discrepa
    [only] único
    [speaks] lo menciona
   *[silent] no lo menciona
}
# Qué significa esa palabra (leyenda, información emergente).
standing-meaning = { $standing ->
    [agrees] coincide con otro documento en un punto controvertido
    [differs] da en un punto controvertido un dato que ningún otro documento da
    [only] el único documento que menciona el acontecimiento
    [speaks] menciona el acontecimiento, igual que otros, sin que conste ningún punto controvertido entre ellos
   *[silent] no dice nada del acontecimiento
}
# Nombres unidos como se escriben: $first es «A» o «A, B», $last el último nombre.
# (Si $last empieza por «i» o «hi», lo correcto sería «e»; el programa no lo distingue.)
names-and = { $first } y { $last }
# Un punto controvertido, tras el nombre de un documento: $who son documentos, $about lo que se discute.
# Cada uno empieza por la palabra de arriba, que el panel pone en negrita.
point-agrees = coincide con { $who } en «{ $about }»
point-differs = discrepa de { $who } en «{ $about }»
point-alone = es el único documento que da un dato sobre «{ $about }»
# Un documento sobre un acontecimiento, tras su nombre.
phrase-silent = no dice nada de este acontecimiento
phrase-only = es el único documento que menciona este acontecimiento
# $points es una lista de puntos controvertidos como los de arriba, separados por «; ».
phrase-only-points = es el único documento que menciona este acontecimiento; { $points }
# $n es cuántos otros documentos mencionan el acontecimiento.
phrase-speaks = { $n ->
    [one] menciona este acontecimiento, igual que otro documento; no consta ningún punto controvertido
    [many] menciona este acontecimiento, igual que otros { $n } de documentos; no consta ningún punto controvertido
   *[other] menciona este acontecimiento, igual que otros { $n } documentos; no consta ningún punto controvertido
}
# Qué parte de la línea de tiempo menciona un documento: $years es «1928–1937».
coverage = { $n ->
    [one] { $n } acontecimiento, { $years }
    [many] { $n } de acontecimientos, { $years }
   *[other] { $n } acontecimientos, { $years }
}
coverage-none = ningún acontecimiento
# Recuento en el encabezado de una columna: «coincide 2, discrepa 5».
standing-count = { $standing ->
    [agrees] coincide { $n }
    [differs] discrepa { $n }
    [only] único { $n }
    [speaks] lo menciona { $n }
   *[silent] no lo menciona { $n }
}

# La tabla comparativa: una fila por acontecimiento, una columna por documento fuente.
compare-label = Qué dice cada fuente, acontecimiento por acontecimiento
compare-grid = Acontecimientos y fuentes
# Lo que oye un lector de pantalla antes del contenido de una celda: $source es un documento, $event el título de un acontecimiento.
compare-lead = { $source } sobre «{ $event }»:{ " " }
compare-lead-differ = { $source } sobre «{ $event }» (las fuentes discrepan):{ " " }
# Bajo el nombre de un documento: para quién se escribió.
compare-for = Destinatarios: { $audience }
# Cuántas filas menciona un documento: $count de $n, en el período $years.
compare-speaks-of = { $count } de { $n }: { $years }
compare-silent-on-all = { $n ->
    [one] no menciona el único acontecimiento
   *[other] no menciona ninguno de los { $n }
}
compare-open-card = { $name }: abrir su ficha
# Una celda cuyo documento no dice nada del acontecimiento.
compare-silent = no lo menciona
# Cuando el filtro por fuente escoge algunos documentos: $names son sus nombres.
compare-all-sources = Las { $total } fuentes; el filtro escoge { $names }.
compare-picked-sources = Solo { $names }, según el filtro ({ $shown } de { $total } fuentes).
compare-only-picked = Solo las fuentes escogidas
compare-show-all = Mostrar las { $total } fuentes
