# Il pannello dell’evento.

# Pulsanti della barra del pannello: l’evento precedente e quello successivo in ordine cronologico.
panel-previous = Precedente
panel-next = Successivo
# Dove si trova l’evento aperto quando i filtri lo escludono.
panel-not-in-filter = fuori dal filtro
# Nome accessibile del pulsante ✕ di un pannello o di una finestra.
close-escape = Chiudi (Esc)
# La vista a elenco: un segno sugli eventi su cui i documenti non concordano.
list-differ = fonti discordanti
# Il corpo del pannello dell’evento.

# Dove lo dice un documento: Sezione «Riepilogo dell’evento», paragrafo 3.
panel-locator = Sezione «{ $section }», paragrafo { $paragraph }
panel-differ = Le fonti divergono
# Dopo un valore controverso: i documenti che lo riportano.
panel-according-to = secondo { $who }
panel-note = Nota della redazione:{ " " }
panel-sources-heading = Che cosa dicono le fonti ({ $n })
panel-people = Persone
# Suggerimento del pulsante di una persona; $name è la persona.
panel-person-title = Mostra solo gli eventi in cui compare { $name }
panel-related = Eventi correlati
panel-link = Link a questo evento
panel-corroborate = Incrocia le fonti
# La provenienza di un documento, ripiegata sotto la sua scheda.
provenance-summary = Informazioni su questo documento
provenance-field = { $field ->
    [author] Autore o editore
    [date] Data
    [audience] Destinatari
    [purpose] Scopo
   *[based-on] Basato su
}
# Nomi delle parti di un evento, mostrati sulle pagine di una diapositiva proiettata («fonti discordanti 2/5»).
part-summary = sintesi
part-differ = fonti discordanti
part-note = nota della redazione
part-sources = fonti
# Contenuti multimediali della linea del tempo di una classe (immagini, video, citazioni, link). Nulla
# viene caricato da un altro sito finché il lettore non lo chiede. $what è «image» o «video»; $host un sito web.
media-consent = { $what ->
    [image] Immagine
   *[video] Video
} da { $host }. Nulla viene caricato da quel sito finché non lo chiedi.
media-show = { $what ->
    [image] Mostra l’immagine
   *[video] Mostra il video
}
# Che cosa dice un lettore di schermo per un’immagine o un video senza descrizione.
media-from-label = { $what ->
    [image] Immagine
   *[video] Video
} da { $host }
media-always = Mostra sempre i contenuti multimediali di questa linea del tempo
media-another-site = un altro sito
# Un link a una voce di Wikipedia: $lang è il suo codice di lingua, $article il suo titolo.
media-wikipedia = Wikipedia ({ $lang }): { $article }
media-link = Link: { $host }
# $reason è uno dei motivi media-* qui sotto.
media-refused = Il contenuto multimediale del file non è mostrato: { $reason }
# In una scheda stampata: «Immagine (upload.wikimedia.org)».
media-line = { $what ->
    [image] Immagine
    [video] Video
   *[link] Link
} ({ $host })
# Perché un contenuto multimediale non è mostrato. $address è ciò che riporta il file.
media-no-address = Il contenuto multimediale non ha un indirizzo.
media-nothing = Il contenuto multimediale non ha né un indirizzo né una citazione.
media-spaces = L’indirizzo «{ $address }» contiene spazi.
media-relative = L’indirizzo relativo «{ $address }» non è mostrato: non si conosce l’indirizzo del file da cui ricavarlo (scrivi l’indirizzo completo https://).
media-insecure = L’indirizzo { $address } non è sicuro (http://): sono mostrati solo i contenuti https://.
media-scheme = Un indirizzo «{ $scheme }:» non viene mostrato.
media-unusable = «{ $address }» non è un indirizzo utilizzabile.
# Mostrato al posto del contenuto multimediale. $host è un sito web.
media-offline = { $what ->
    [image] Sei offline: questa immagine si trova su { $host } e richiede la rete.
   *[video] Sei offline: questo video si trova su { $host } e richiede la rete.
}
media-failed = Non è stato possibile caricare l’immagine da { $host }.
part-media = media
# Il riquadro di un percorso guidato sopra l’evento.
tour-label = Percorso
tour-step = Tappa { $number } di { $total }
tour-filters = I tuoi filtri restano attivi: vengono mostrate anche le tappe che non vi corrispondono.
tour-end = Termina il percorso
part-tour = percorso
media-iframe = Un riquadro incorporato (<iframe>) del file non viene mostrato.
# $tag è il nome di un tag HTML.
media-markup = Il markup (<{ $tag }>) nell’indirizzo del contenuto multimediale non viene mostrato.
