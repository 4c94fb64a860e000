# El panel del acontecimiento.

# Botones de la barra del panel: el acontecimiento anterior y el siguiente en orden cronológico.
panel-previous = Anterior
panel-next = Siguiente
# Situación del acontecimiento abierto cuando los filtros lo dejan fuera.
panel-not-in-filter = fuera del filtro
# Nombre accesible del botón ✕ de un panel o un cuadro de diálogo.
close-escape = Cerrar (Esc)
# La vista de lista: una marca en los acontecimientos en los que los documentos fuente discrepan.
list-differ = fuentes discrepantes
# El cuerpo del panel del acontecimiento.

# Dónde lo dice un documento: «Sección “Resumen del acontecimiento”, párrafo 3».
panel-locator = Sección «{ $section }», párrafo { $paragraph }
panel-differ = Las fuentes discrepan
# Tras un dato discutido: los documentos que lo dan.
panel-according-to = según { $who }
panel-note = Nota de los editores:{ " " }
panel-sources-heading = Qué dicen las fuentes ({ $n })
panel-people = Personas
# Información emergente del botón de una persona; $name es la persona.
panel-person-title = Mostrar solo los acontecimientos en los que aparece { $name }
panel-related = Acontecimientos relacionados
panel-link = Enlace a este acontecimiento
panel-corroborate = Contrastar las fuentes
# La procedencia de un documento, plegada bajo su ficha.
provenance-summary = Sobre este documento
provenance-field = { $field ->
    [author] Autor o editor
    [date] Fecha
    [audience] Destinatarios
    [purpose] Finalidad
   *[based-on] Basado en
}
# Nombres de las partes de un acontecimiento, en las páginas de una diapositiva proyectada («fuentes discrepantes 2/5»).
part-summary = resumen
part-differ = fuentes discrepantes
part-note = nota de los editores
part-sources = fuentes
# Elementos multimedia de una línea de tiempo propia (imágenes, vídeos, citas, enlaces). No se carga
# nada de otro sitio hasta que el lector lo pide. $what es «image» o «video»; $host un sitio web.
media-consent = { $what ->
    [image] Imagen
   *[video] Vídeo
} de { $host }. No se carga nada de ese sitio hasta que lo pidas.
media-show = { $what ->
    [image] Mostrar la imagen
   *[video] Mostrar el vídeo
}
# Lo que dice un lector de pantalla de una imagen o un vídeo sin descripción.
media-from-label = { $what ->
    [image] Imagen
   *[video] Vídeo
} de { $host }
media-always = Mostrar siempre los elementos multimedia de esta línea de tiempo
media-another-site = otro sitio
# Una ficha de enlace a un artículo de Wikipedia: $lang es su código de idioma, $article su título.
media-wikipedia = Wikipedia ({ $lang }): { $article }
media-link = Enlace: { $host }
# $reason es uno de los motivos media-* siguientes.
media-refused = No se muestra el elemento multimedia del archivo: { $reason }
# En una hoja impresa: «Imagen (upload.wikimedia.org)».
media-line = { $what ->
    [image] Imagen
    [video] Vídeo
   *[link] Enlace
} ({ $host })
# Por qué no se muestra un elemento multimedia. $address es lo que da el archivo.
media-no-address = El elemento multimedia no tiene dirección.
media-nothing = El elemento multimedia no tiene dirección ni cita.
media-spaces = La dirección «{ $address }» contiene espacios.
media-relative = No se muestra la dirección relativa «{ $address }»: no se conoce la dirección del propio archivo, a partir de la cual habría que buscarla (escribe la dirección https:// completa).
media-insecure = La dirección { $address } no es segura (http://): solo se muestran elementos multimedia con https://.
media-scheme = No se muestran direcciones «{ $scheme }:».
media-unusable = «{ $address }» no es una dirección utilizable.
# Se muestra en lugar del elemento multimedia. $host es un sitio web.
media-offline = { $what ->
    [image] No tienes conexión: esta imagen está en { $host } y necesita la red.
   *[video] No tienes conexión: este vídeo está en { $host } y necesita la red.
}
media-failed = No se ha podido cargar la imagen desde { $host }.
part-media = multimedia
# El recuadro de un recorrido guiado, encima del acontecimiento.
tour-label = Recorrido
tour-step = Paso { $number } de { $total }
tour-filters = Tus filtros siguen activos: también se muestran los pasos que quedan fuera de ellos.
tour-end = Terminar recorrido
part-tour = recorrido
media-iframe = No se muestra un marco incrustado (<iframe>) del archivo.
# $tag es el nombre de una etiqueta HTML.
media-markup = No se muestra el marcado (<{ $tag }>) que hay en la dirección del elemento multimedia.
