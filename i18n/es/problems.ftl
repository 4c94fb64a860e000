# Cuando no se puede cargar una línea de tiempo o abrir un archivo. $url es la dirección de los datos.

failure-network = No se ha podido acceder a los datos de la línea de tiempo ({ $url }).
# $message es lo que ha dicho el navegador.
failure-network-detail = El navegador ha informado: { $message }. Comprueba la conexión y vuelve a intentarlo.
failure-http = No se han podido cargar los datos de la línea de tiempo ({ $url }).
# $status y $text son la respuesta del servidor: «404 Not Found».
failure-http-detail = El servidor ha respondido { $status } { $text }. Comprueba que el archivo existe.
failure-timeout = Los datos de la línea de tiempo ({ $url }) no han llegado.
failure-timeout-detail = { $n ->
    [one] No ha llegado nada del servidor en { $n } segundo. Comprueba la conexión y vuelve a intentarlo.
    [many] No ha llegado nada del servidor en { $n } de segundos. Comprueba la conexión y vuelve a intentarlo.
   *[other] No ha llegado nada del servidor en { $n } segundos. Comprueba la conexión y vuelve a intentarlo.
}
failure-redirected = No se han cargado los datos de la línea de tiempo ({ $url }).
failure-redirected-to = Este sitio ha remitido la solicitud a otro sitio ({ $host }); un conjunto de datos de este sitio tiene que proceder de este sitio.
failure-redirected-detail = Este sitio ha remitido la solicitud a otro sitio; un conjunto de datos de este sitio tiene que proceder de este sitio.
failure-too-large = Los datos de la línea de tiempo ({ $url }) son demasiado grandes.
# $n es una cantidad de megabytes.
failure-too-large-detail = Superan los { $n } MB, el máximo que lee esta aplicación. Divídelos en líneas de tiempo más pequeñas.
failure-unreadable = No se han podido leer los datos de la línea de tiempo ({ $url }).
failure-invalid = Los datos de la línea de tiempo ({ $url }) contienen errores.
# $error es «El archivo de datos tiene 3 problemas».
failure-invalid-detail = { $error }; no se mostrará nada hasta que se corrijan:
problems-more = …y { $n } más.
problems-close = Cerrar
# Un archivo que ha abierto el lector. $file es su nombre.
open-failed = No se ha podido abrir «{ $file }»
open-stays = La línea de tiempo que tenías sigue abierta.
open-too-large = Supera los { $n } MB, el máximo que lee esta aplicación.
open-unreadable = El navegador no ha podido leerlo.
open-no-reader = No ha llegado la parte de la aplicación que lee archivos; comprueba la conexión.
open-has-problems = { $n ->
    [one] Tiene { $n } problema; corrígelo y vuelve a abrirlo.
    [many] Tiene { $n } de problemas; corrígelos y vuelve a abrirlo.
   *[other] Tiene { $n } problemas; corrígelos y vuelve a abrirlo.
}
# Dónde está un problema en un archivo: «línea 3, columna 7: ».
problem-at = línea { $line }, columna { $column }:{ " " }
# $message es el motivo que da el lector de JSON (en inglés).
problem-syntax = El archivo de datos no es un JSON de línea de tiempo válido (línea { $line }, columna { $column }): { $message }
problem-count = { $n ->
    [one] El archivo de datos tiene { $n } problema
    [many] El archivo de datos tiene { $n } de problemas
   *[other] El archivo de datos tiene { $n } problemas
}
# Fechas de un archivo que no se pueden leer. $value es lo que escribe el archivo.
date-bad = «{ $value }» no es una fecha con la forma AAAA, AAAA-MM, AAAA-MM-DD o AAAA-MM-DDTHH:MM
date-bad-ago = «{ $value }» no es un número de años atrás
date-too-far = «{ $value }» está más allá de los años que puede mostrar una línea de tiempo (un billón de años hacia atrás o hacia delante)
# $from y $to son años.
date-year-only = «{ $value }» está fuera de los años del calendario ({ $from } a { $to }): ahí una fecha solo puede ser un año
date-outside-calendar = «{ $value }» está fuera de los años del calendario ({ $from } a { $to })
date-no-month = «{ $value }» tiene el mes { $number }, que no existe
# $month es el nombre de un mes, $when un año, $day un número de día.
date-no-day = «{ $value }» no es un día real ({ $month } de { $when } no tiene día { $day })
date-time-without-day = «{ $value }» indica una hora sin indicar el día
date-no-hour = «{ $value }» tiene la hora { $number }, que no existe
date-no-minute = «{ $value }» tiene el minuto { $number }, que no existe
date-day-only = «{ $value }» incluye una hora: escribe solo el día
# Problemas de un archivo de línea de tiempo, cada uno tras el lugar donde está. Los nombres de
# campo («title», «summary») son los del propio formato del archivo y no se traducen.
# Dónde: $kind es lo que describe el archivo, $id su identificador.
place = { $kind ->
    [event] acontecimiento «{ $id }»
    [source] fuente «{ $id }»
    [category] categoría «{ $id }»
    [person] persona «{ $id }»
    [era] período «{ $id }»
    [tour] recorrido «{ $id }»
   *[other] { $kind } «{ $id }»
}
place-alone = { $kind ->
    [dataset] conjunto de datos
   *[other] { $kind }
}
problem-empty = { $field } está vacío
problem-empty-not-stated = { $field } está vacío (escribe «Not stated» cuando el documento no lo diga)
problem-empty-leave-out = { $field } está vacío (omítelo si el documento no lo dice)
problem-provenance-missing = falta { $field }: todas las fuentes del conjunto de datos incluido lo indican («Not stated» cuando el documento no lo dice)
# $reason es por qué no se puede leer la fecha.
problem-date = { $field }: { $reason }
problem-slug = el id solo admite { $rule }
problem-duplicate = { $kind ->
    [event] id de acontecimiento repetido
    [source] id de fuente repetido
    [category] id de categoría repetido
    [person] id de persona repetido
    [era] id de período repetido
   *[tour] id de recorrido repetido
}
problem-end-before-start = end { $end } es anterior a start { $start }
problem-short-title = short_title está vacío (omítelo para usar title)
problem-colour = colour «{ $value }» no tiene la forma #rrggbb
problem-era-no-source = no tiene fuente: todo período debe citar al menos una
problem-event-no-source = no tiene fuente: todo acontecimiento debe citar al menos una
problem-unknown-source = cita una fuente desconocida, «{ $id }»
problem-unknown-category = categoría desconocida «{ $id }»
problem-unknown-person = persona desconocida «{ $id }»
problem-step-event = el paso { $number } nombra un acontecimiento desconocido, «{ $id }»
problem-step-note = el paso { $number } no tiene nota
problem-no-events = no tiene acontecimientos
problem-media-both = media tiene a la vez url y quote: indica solo uno de los dos
problem-media-neither = media no tiene ni url ni quote
problem-paragraph = los números de párrafo de las citas empiezan en 1
problem-says-nothing = la cita de «{ $id }» no dice nada
problem-two-claims = la discrepancia sobre «{ $about }» necesita al menos dos afirmaciones
problem-claim-no-source = una afirmación sobre «{ $about }» no nombra ninguna fuente
problem-claim-uncited = la discrepancia sobre «{ $about }» nombra la fuente «{ $id }», que el acontecimiento no cita
# Cargado de todos modos, con un aviso.
warning-window-outside = El default_window del archivo ({ $from }–{ $to }) queda fuera de sus acontecimientos; la línea de tiempo se abre mostrándolos todos.
warning-lang = Se ha ignorado "lang": "{ $value }": usa un código de idioma como en, fr o pt-BR.
# Entradas que declara un archivo revisado pero que nunca se usan.
lint-category = ningún acontecimiento la usa
lint-person = ningún acontecimiento la nombra
lint-source = ningún acontecimiento la cita
problem-two-values = en la discrepancia sobre «{ $about }», la fuente «{ $id }» da dos valores, pero el acontecimiento cita un solo pasaje suyo: cita el pasaje de cada uno
# De qué puede constar un id; $n es el máximo de caracteres.
slug-rule = { $n ->
    [one] letras minúsculas, cifras y guiones (ni al principio ni al final), { $n } carácter como máximo
    [many] letras minúsculas, cifras y guiones (ni al principio ni al final), { $n } de caracteres como máximo
   *[other] letras minúsculas, cifras y guiones (ni al principio ni al final), { $n } caracteres como máximo
}
