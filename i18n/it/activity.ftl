# Le attività per la classe.

# Che cosa chiede agli studenti ogni attività (la finestra delle attività).
activity-about = { $kind ->
    [order] Eventi senza data, da mettere nell’ordine in cui sono iniziati.
    [sources] Affermazioni tratte dai documenti: quale documento sostiene ciascuna?
   *[corroborate] Le affermazioni sull’evento aperto, documento per documento: quali sono confermate da altri documenti, quali sono contraddette, quali si trovano in un solo documento?
}
activity-open-first = Apri prima un evento: nel suo pannello trovi «Incrocia le fonti».
# $title è il titolo dell’evento aperto.
activity-open-event = L’evento aperto: { $title }.
activity-dealt-from = { $n ->
    [one] Estratte da { $n } evento mostrato dai filtri.
   *[other] Estratte dai { $n } eventi mostrati dai filtri.
}
# $title è il nome di un’attività.
activity-start = Avvia «{ $title }»
activity-intro = Create a partire dai documenti e dai filtri attivi. Ogni serie è un link: condividilo e ogni studente riceve le stesse schede, da svolgere sul proprio dispositivo. Non viene inviato nulla.
# Seguito da un numero da scegliere.
activity-size = Schede o domande per serie{ " " }
# Che cosa fare, in testa a ogni attività.
activity-how = { $kind ->
    [order] Metti gli eventi nell’ordine in cui sono iniziati, dal più antico. Trascina una scheda dalla maniglia, usa i pulsanti ↑ e ↓, oppure seleziona una scheda, premi Spazio per prenderla, spostala con i tasti freccia e premi Spazio per lasciarla.
    [sources] Ogni affermazione qui sotto si trova in un solo documento. Scegli il documento che la sostiene.
   *[corroborate] Classifica ogni affermazione che un documento fa su questo evento: un altro documento dice la stessa cosa, un altro dice qualcosa di diverso, oppure si trova solo in questo documento? Poi segna i documenti che non dicono nulla dell’evento.
}
# Da dove è stata estratta una serie. $filters sono i filtri attivi, «Esercito; Fonti discordanti».
activity-of-all = { $n ->
    [one] l’unico evento
   *[other] tutti i { $n } eventi
}
activity-of-shown = { $n ->
    [one] l’unico evento mostrato ({ $filters })
   *[other] i { $n } eventi mostrati ({ $filters })
}
# $of è uno dei due messaggi qui sopra.
activity-scope-order = { $n ->
    [one] { $n } evento, scelto tra { $of }.
   *[other] { $n } eventi, scelti tra { $of }.
}
activity-scope-sources = { $n ->
    [one] { $n } affermazione, scelta tra { $of }.
   *[other] { $n } affermazioni, scelte tra { $of }.
}
# Un evento con la sua data: «Assassinio di Kirov (1 dic 1934)».
activity-event = { $title } ({ $date })
activity-change-filters = Modifica i filtri o torna alla linea del tempo.
# In proiezione: quante risposte ha svelato il telecomando.
activity-answers-shown = Risposte mostrate: { $n } su { $total } (PagGiù mostra la successiva)
activity-new-set = Nuova serie
activity-print = Stampa la scheda di lavoro
activity-back = Torna alla linea del tempo
activity-check = Verifica
# Mettere gli eventi in ordine. $title è il titolo di un evento, $position il suo posto, $total le schede.
order-put-down = { $title }: scheda lasciata in posizione { $position } su { $total }.
order-picked-up = { $title }: scheda presa, in posizione { $position } su { $total }. Spostala con i tasti freccia, lasciala con Spazio.
order-put-back = { $title }: scheda rimessa in posizione { $position } su { $total }.
order-moved = { $title }: scheda spostata in posizione { $position } su { $total }.
order-right-place = Al posto giusto
order-belongs-at = Il suo posto è la posizione { $position }
order-move-up = Sposta su «{ $title }»
order-move-down = Sposta giù «{ $title }»
# Il nome accessibile di una scheda.
order-card = { $title }, posizione { $position } su { $total }
order-drag = Trascina per spostare
order-help = Spazio prende o lascia una scheda; i tasti freccia la spostano; Esc la rimette al suo posto.
# Incrociare le fonti: dove va un’affermazione, detto dopo la verifica.
corroborate-verdict = { $bin ->
    [agrees] Concorda con un altro documento.
    [differs] Diverge da un altro documento.
   *[only] Si trova solo in questo documento.
}
corroborate-silent-question = Quali documenti non dicono nulla di questo evento?
corroborate-also-said = Altre affermazioni sull’evento (non classificate: i dati non dicono se gli altri documenti concordano)
# Chi lo dice? Dopo la scelta dello studente; poi il nome del documento.
sources-right = Giusto:{ " " }
sources-wrong = Non è questo:{ " " }
sources-said-by = lo dice{ " " }
# Seguito dalle versioni dell’affermazione date dagli altri documenti.
sources-other-versions = Altre versioni:{ " " }
# La scheda di lavoro stampata e le sue soluzioni.
sheet-order-how = Numera gli eventi nelle caselle nell’ordine in cui sono iniziati, 1 per il più antico.
sheet-position = Posizione
sheet-which-document = Quale documento lo dice?
sheet-sources-how = Ogni affermazione si trova in un solo documento. Scrivi quale. I documenti:
sheet-the-event = L’evento: { $title } ({ $date }).
sheet-corroborate-how = Per ogni affermazione, segna la casella giusta: un altro documento concorda, un altro diverge, oppure si trova solo in questo documento.
sheet-silent-how = Segna i documenti che non dicono nulla dell’evento:
# Spazi che lo studente deve compilare.
sheet-name = Nome
sheet-date = Data
# $address è il link alla stessa serie.
sheet-same-set = La stessa serie sullo schermo: { $address }
# $title è il nome dell’attività.
sheet-answer-key = Soluzioni: { $title }
# Incrociare le fonti: le tre caselle in cui può andare un’affermazione.
bin-label = { $bin ->
    [agrees] concorda con un altro documento
    [differs] diverge
   *[only] solo in questo documento
}
# Perché un’affermazione va dove va, secondo i dati. $name e $who sono documenti
# ($n quanti), $value e $values ciò che riportano, $about il punto controverso.
explain-only = Nessun altro documento parla di questo evento: ne parla solo { $name }.
explain-together = { $n ->
    [2] { $who } riportano entrambi «{ $value }» per «{ $about }».
   *[other] { $who } riportano tutti «{ $value }» per «{ $about }».
}
explain-gives = { $n ->
    [one] { $who } riporta { $values }
   *[other] { $who } riportano { $values }
}
explain-alone = Nessun altro documento riporta un valore per «{ $about }»: { $name } riporta { $values }.
# $others è un elenco di explain-gives, separati da «; ».
explain-value = { $name } riporta «{ $value }» per «{ $about }»; { $others }.
explain-silent = { $name } non dice nulla di questo evento.
explain-speaks-at = { $name } parla di questo evento ({ $section }, paragrafo { $paragraph }).
explain-speaks = { $name } parla di questo evento.
# Chi lo dice? Dove lo dice un documento: «Le Grandi Purghe, paragrafo 3».
answer-place = { $section }, paragrafo { $paragraph }
# La versione di un’affermazione data da un altro documento; $n è quanti documenti la riportano.
other-version = { $n ->
    [one] { $who } riporta «{ $value }».
   *[other] { $who } riportano «{ $value }».
}
# I nomi delle attività.
activity-title = { $kind ->
    [order] Metti in ordine
    [sources] Chi lo dice?
   *[corroborate] Incrocia le fonti
}
# Il punteggio dopo la verifica.
score-right = { $n ->
    [one] { $n } risposta giusta su { $total }
   *[other] { $n } risposte giuste su { $total }
}
score-in-place = { $n } su { $total } al posto giusto
# Perché un’attività non può essere svolta.
activity-unavailable = { $why ->
    [no-events] Non ci sono eventi da mettere in ordine.
    [undated] Le date degli eventi mostrati non permettono di stabilire quale sia venuto prima: per metterli in ordine servono almeno due eventi con date chiaramente diverse.
    [no-sources] Questa attività richiede una linea del tempo con almeno due fonti documentarie.
    [no-citations] Questa attività richiede eventi che citino le loro fonti documentarie.
    [no-questions] Nessuno degli eventi mostrati contiene un’affermazione sostenuta da un solo documento.
    [no-such-event] Questo evento non esiste in questa linea del tempo.
   *[uncited] Questo evento non cita alcuna fonte documentaria, quindi non c’è nulla da incrociare.
}
# Un link da un’attività al pannello di un evento.
activity-open = Apri «{ $title }»
