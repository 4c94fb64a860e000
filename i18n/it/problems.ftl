# Quando non è possibile caricare una linea del tempo o aprire un file. $url è l’indirizzo dei dati.

failure-network = Impossibile raggiungere i dati della linea del tempo ({ $url }).
# $message è ciò che ha detto il browser.
failure-network-detail = Il browser ha segnalato: { $message }. Controlla la connessione e riprova.
failure-http = Impossibile caricare i dati della linea del tempo ({ $url }).
# $status e $text sono la risposta del server: «404 Not Found».
failure-http-detail = Il server ha risposto { $status } { $text }. Controlla che il file esista.
failure-timeout = I dati della linea del tempo ({ $url }) non sono arrivati.
failure-timeout-detail = { $n ->
    [one] Il server non ha inviato nulla per { $n } secondo. Controlla la connessione e riprova.
   *[other] Il server non ha inviato nulla per { $n } secondi. Controlla la connessione e riprova.
}
failure-redirected = I dati della linea del tempo ({ $url }) non sono stati caricati.
failure-redirected-to = Questo sito ha inoltrato la richiesta a un altro sito ({ $host }); i dati di questo sito devono provenire da questo stesso sito.
failure-redirected-detail = Questo sito ha inoltrato la richiesta a un altro sito; i dati di questo sito devono provenire da questo stesso sito.
failure-too-large = I dati della linea del tempo ({ $url }) sono troppo grandi.
# $n è un numero di megabyte.
failure-too-large-detail = Superano i { $n } MB, il massimo che questa app legge. Dividili in linee del tempo più piccole.
failure-unreadable = Non è stato possibile leggere i dati della linea del tempo ({ $url }).
failure-invalid = I dati della linea del tempo ({ $url }) contengono errori.
# $error è «Il file di dati ha 3 problemi».
failure-invalid-detail = { $error }; non viene mostrato nulla finché non saranno corretti:
problems-more = { $n ->
    [one] …e { $n } altro.
   *[other] …e altri { $n }.
}
problems-close = Chiudi
# Un file aperto dal lettore. $file è il suo nome.
open-failed = Impossibile aprire «{ $file }»
open-stays = La linea del tempo già aperta resta aperta.
open-too-large = Supera i { $n } MB, il massimo che questa app legge.
open-unreadable = Il browser non è riuscito a leggerlo.
open-no-reader = La parte dell’app che legge i file non è arrivata; controlla la connessione.
open-has-problems = { $n ->
    [one] Contiene { $n } problema: correggilo e riapri il file.
   *[other] Contiene { $n } problemi: correggili e riapri il file.
}
# Dove si trova un problema in un file: «riga 3, colonna 7: ».
problem-at = riga { $line }, colonna { $column }:{ " " }
# $message è il motivo indicato dal lettore JSON (in inglese).
problem-syntax = Il file di dati non è un JSON di linea del tempo valido (riga { $line }, colonna { $column }): { $message }
problem-count = { $n ->
    [one] Il file di dati ha { $n } problema
   *[other] Il file di dati ha { $n } problemi
}
# Date di un file che non si possono leggere. $value è ciò che scrive il file.
date-bad = «{ $value }» non è una data nella forma AAAA, AAAA-MM, AAAA-MM-GG o AAAA-MM-GGTHH:MM
date-bad-ago = «{ $value }» non è un numero di anni fa
date-too-far = «{ $value }» va oltre gli anni che una linea del tempo può mostrare (mille miliardi di anni nel passato o nel futuro)
# $from e $to sono anni.
date-year-only = «{ $value }» va oltre gli anni del calendario (da { $from } a { $to }): lì una data può essere solo un anno
date-outside-calendar = «{ $value }» è fuori dagli anni del calendario (da { $from } a { $to })
date-no-month = «{ $value }» ha il mese { $number }, che non esiste
# $month è il nome di un mese, $when un anno, $day il numero di un giorno.
date-no-day = «{ $value }» non è un giorno reale (il { $day } { $month } { $when } non esiste)
date-time-without-day = «{ $value }» indica un orario senza il giorno
date-no-hour = «{ $value }» ha l’ora { $number }, che non esiste
date-no-minute = «{ $value }» ha il minuto { $number }, che non esiste
date-day-only = «{ $value }» indica un orario: scrivi solo il giorno
# Problemi in un file di linea del tempo, ciascuno dopo il punto in cui si trova. I nomi dei campi
# («title», «summary») sono quelli del formato del file e restano invariati.
# Dove: $kind è ciò che il file descrive, $id il suo identificativo.
place = { $kind ->
    [event] evento «{ $id }»
    [source] fonte «{ $id }»
    [category] categoria «{ $id }»
    [person] persona «{ $id }»
    [era] periodo «{ $id }»
    [tour] percorso «{ $id }»
   *[other] { $kind } «{ $id }»
}
place-alone = { $kind ->
    [dataset] set di dati
   *[other] { $kind }
}
problem-empty = { $field } è vuoto
problem-empty-not-stated = { $field } è vuoto (scrivi «Not stated» dove il documento non lo dice)
problem-empty-leave-out = { $field } è vuoto (omettilo se il documento non lo dice)
problem-provenance-missing = manca { $field }: ogni fonte del set di dati incluso lo indica («Not stated» dove il documento non lo dice)
# $reason è il motivo per cui la data non si può leggere.
problem-date = { $field }: { $reason }
problem-slug = id deve essere uno slug: { $rule }
problem-duplicate = { $kind ->
    [event] id di evento duplicato
    [source] id di fonte duplicato
    [category] id di categoria duplicato
    [person] id di persona duplicato
    [era] id di periodo duplicato
   *[tour] id di percorso duplicato
}
problem-end-before-start = la fine { $end } precede l’inizio { $start }
problem-short-title = short_title è vuoto (omettilo per usare il titolo)
problem-colour = il colore «{ $value }» non è nella forma #rrggbb
problem-era-no-source = non ha fonti: ogni periodo deve citarne almeno una
problem-event-no-source = non ha fonti: ogni evento deve citarne almeno una
problem-unknown-source = cita la fonte sconosciuta «{ $id }»
problem-unknown-category = categoria sconosciuta «{ $id }»
problem-unknown-person = persona sconosciuta «{ $id }»
problem-step-event = la tappa { $number } nomina l’evento sconosciuto «{ $id }»
problem-step-note = la tappa { $number } non ha una nota
problem-no-events = non ha eventi
problem-media-both = media ha sia url sia quote: indicane uno solo
problem-media-neither = media non ha né url né quote
problem-paragraph = i numeri di paragrafo delle citazioni partono da 1
problem-says-nothing = la citazione di «{ $id }» non dice nulla
problem-two-claims = la divergenza su «{ $about }» richiede almeno due versioni
problem-claim-no-source = una versione su «{ $about }» non nomina alcuna fonte
problem-claim-uncited = la divergenza su «{ $about }» nomina la fonte «{ $id }», che l’evento non cita
# Caricato comunque, con un avviso.
warning-window-outside = Il default_window del file ({ $from }–{ $to }) è al di fuori dei suoi eventi; la linea del tempo si apre su tutti gli eventi.
warning-lang = Ignorato "lang": "{ $value }": usa un codice di lingua come en, fr o pt-BR.
# Voci che un file curato dichiara ma non usa mai.
lint-category = nessun evento la usa
lint-person = nessun evento la nomina
lint-source = nessun evento la cita
problem-two-values = la divergenza su «{ $about }» fa dare due valori alla fonte «{ $id }», ma l’evento ne cita un solo passo: cita il passo corrispondente a ciascun valore
# Di che cosa può essere composto un id; $n è il numero massimo di caratteri.
slug-rule = lettere minuscole, cifre e trattini (non all’inizio né alla fine), al massimo { $n } caratteri
