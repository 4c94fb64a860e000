# Abrir un archivo de TimelineJS o una hoja de cálculo: lo que la importación ha dejado fuera o
# ha cambiado. $list indica dónde («fila de la línea 3; fila de la línea 9»), $more es
# «import-and-more» o nada.
import-and-more = { " " }y { $n } más
import-undated-event = { $n ->
    [one] Se ha descartado { $n } acontecimiento sin fecha (TimelineJS también omite los que no la tienen): { $list }{ $more }.
    [many] Se han descartado { $n } de acontecimientos sin fecha (TimelineJS también los omite): { $list }{ $more }.
   *[other] Se han descartado { $n } acontecimientos sin fecha (TimelineJS también los omite): { $list }{ $more }.
}
import-undated-row = { $n ->
    [one] Se ha descartado { $n } fila sin fecha (TimelineJS también omite las que no la tienen): { $list }{ $more }.
    [many] Se han descartado { $n } de filas sin fecha (TimelineJS también las omite): { $list }{ $more }.
   *[other] Se han descartado { $n } filas sin fecha (TimelineJS también las omite): { $list }{ $more }.
}
import-too-far-event = { $n ->
    [one] Se ha descartado { $n } acontecimiento fechado más allá de un billón de años: { $list }{ $more }.
    [many] Se han descartado { $n } de acontecimientos fechados más allá de un billón de años: { $list }{ $more }.
   *[other] Se han descartado { $n } acontecimientos fechados más allá de un billón de años: { $list }{ $more }.
}
import-too-far-row = { $n ->
    [one] Se ha descartado { $n } fila fechada más allá de un billón de años: { $list }{ $more }.
    [many] Se han descartado { $n } de filas fechadas más allá de un billón de años: { $list }{ $more }.
   *[other] Se han descartado { $n } filas fechadas más allá de un billón de años: { $list }{ $more }.
}
import-seconds = { $n ->
    [one] { $n } fecha se conserva con precisión de minutos (sin los segundos): { $list }{ $more }.
    [many] { $n } de fechas se conservan con precisión de minutos (sin los segundos): { $list }{ $more }.
   *[other] { $n } fechas se conservan con precisión de minutos (sin los segundos): { $list }{ $more }.
}
import-dayless-times = { $n ->
    [one] Se ha descartado { $n } hora porque falta el día al que corresponde: { $list }{ $more }.
    [many] Se han descartado { $n } de horas porque falta el día al que corresponden: { $list }{ $more }.
   *[other] Se han descartado { $n } horas porque falta el día al que corresponden: { $list }{ $more }.
}
import-refused-media = { $n ->
    [one] { $n } elemento multimedia no se puede mostrar (una nota ocupa su lugar): { $list }{ $more }.
    [many] { $n } de elementos multimedia no se pueden mostrar (una nota ocupa su lugar): { $list }{ $more }.
   *[other] { $n } elementos multimedia no se pueden mostrar (una nota ocupa su lugar): { $list }{ $more }.
}
# Cómo se ha leído un archivo.
import-slides = Las «slides» del archivo se han leído como sus acontecimientos (TimelineJS los llama «events»).
import-legacy = Leído con el formato antiguo de TimelineJS 1 y 2 («date», «startDate», «asset»).
# Cómo se nombra una diapositiva o una fila en un aviso. $n cuenta desde 1.
import-era-number = período { $n }
import-event-number = acontecimiento { $n }
import-event-named = acontecimiento «{ $title }»
import-at-line = { $what } (línea { $line })
# Una fecha más allá de los años que puede mostrar una línea de tiempo: $year es el año.
import-ending = { $what }: termina en { $year }
import-era-needs = no tiene { $key }, que todo período necesita
import-no-year = no tiene año
# $key es «year», «month», «day»…, $value lo que da el archivo.
import-not-whole = { $key } { $value } no es un número entero
import-no-such = { $key } { $value } no existe
import-bad-date = «{ $value }» no es una fecha que TimelineJS pueda leer (año,mes,día como «1870,7,19», o «1870-07-19»)
# Lo que contiene un archivo JSON donde se esperaba una línea de tiempo.
json-kind = { $kind ->
    [null] null
    [bool] true o false
    [number] un número
    [text] un texto
    [list] una lista
   *[object] un objeto
}
json-no-keys = ninguna clave
# $key es una clave del archivo, $kind uno de los json-kind.
json-not-list = «{ $key }» es { $kind }, no una lista
json-timeline-no-list = se ha encontrado {"{"}"timeline": {"{"}…{"}"}{"}"} con { $keys }, pero ninguna lista «events», «slides» o «date»
json-timeline-not-object = «timeline» es { $kind }, no un objeto
json-no-events = se ha encontrado un objeto con { $keys }, pero ninguna lista «events»
json-top = se ha encontrado { $kind } en el nivel superior, no un objeto
json-expected-timelinejs = { $found }: se esperaba una línea de tiempo de TimelineJS: un objeto con una lista «events» (TimelineJS 3), o {"{"}"timeline": {"{"}…{"}"}{"}"} que la contenga, o una lista «date» dentro de «timeline» (TimelineJS 1 y 2)
# $message es lo que dice el lector de JSON (en inglés).
json-expected-ours = { $message } — se esperaba el JSON de línea de tiempo de esta aplicación ({"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}, data/README.md) o un archivo de TimelineJS
# Hojas de cálculo (CSV).
sheet-empty = el archivo está vacío: se esperaba una fila de encabezado
# $columns son los nombres de las columnas que faltan.
sheet-missing-column = { $template ->
    [timelinejs] a la fila de encabezado le falta la columna { $columns }: se esperaban las columnas de la plantilla de TimelineJS (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] a la fila de encabezado le falta la columna { $columns }: se esperaban las columnas start, title y, opcionalmente, end, summary, category, id, display_date
}
sheet-the-file = el archivo
sheet-unclosed-quote = aquí se abre un campo entre comillas que nunca se cierra: el resto del archivo se leería como ese único campo; ciérralo con "
# $reason es lo que dice el lector de CSV (en inglés).
sheet-unreadable = el CSV no se puede leer aquí: { $reason }
sheet-bad-time = «{ $value }» no es una hora del día («14:30» o «2:30 PM»)
sheet-row = fila de la línea { $line }
sheet-era-no-year = es un período sin Year: un período necesita sus dos extremos
sheet-era-no-end-year = es un período sin End Year: un período necesita sus dos extremos
sheet-no-start = no tiene fecha de inicio
# El título de un archivo que no indica ninguno.
import-untitled = Línea de tiempo importada
json-events-not-list = «events» no es una lista
# El nombre que se da a un período que no lo tiene, y la imagen de fondo de una diapositiva conservada como una línea.
import-era-label = Período { $n }
import-era-line = Período de la línea { $line }
import-background = Fondo: { $url }
