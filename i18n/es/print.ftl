# La hoja impresa.

# Lo que se imprime: $all es «95 acontecimientos», $filters los filtros aplicados.
print-one-event = Un acontecimiento, completo
print-all = { $n ->
    [one] { $n } acontecimiento
    [many] Los { $n } de acontecimientos
   *[other] Los { $n } acontecimientos
}
print-some = { $shown } de { $all } — { $filters }
# La tabla comparativa en papel; $scope es uno de los tres mensajes anteriores.
print-table-scope = { $scope }: qué dice cada fuente
# Seguido de la dirección de la página. $date es la fecha de hoy.
print-printed = Impreso el { $date } desde
# $about es aquello en lo que discrepan las fuentes.
print-differ-on = Las fuentes discrepan sobre { $about }:{ " " }
print-people = Personas: { $names }
# Encabezado de la primera columna de la tabla comparativa impresa.
print-event = Acontecimiento
print-sources = Las fuentes
