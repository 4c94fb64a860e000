# Palabras comunes a toda la interfaz: sustantivos con número.
# Plurales del español según CLDR: one, many (millones exactos: «1 000 000 de …»), other.

count-events = { $n ->
    [one] { $n } acontecimiento
    [many] { $n } de acontecimientos
   *[other] { $n } acontecimientos
}
count-sources = { $n ->
    [one] { $n } fuente
    [many] { $n } de fuentes
   *[other] { $n } fuentes
}
count-problems = { $n ->
    [one] { $n } problema
    [many] { $n } de problemas
   *[other] { $n } problemas
}
# El menú de idioma de la cabecera (su nombre accesible).
header-language = Idioma de la interfaz
# No llegó una parte de la aplicación que se descarga cuando hace falta.
chunk-failed = No se ha podido cargar esta parte de la línea de tiempo. Comprueba la conexión.
try-again = Reintentar
# Un valor o una cita entre comillas.
quoted = «{ $text }»
