# L’intestazione: il titolo della linea del tempo e gli strumenti di visualizzazione.

# Un periodo nel menu «Vai a»: il suo nome e le sue date, «La Grande Purga (ago 1936–nov 1938)».
header-period = { $label } ({ $span })
# Nome accessibile della riga degli strumenti di visualizzazione.
header-tools = Visualizzazione
# Pulsante che mostra i filtri su uno smartphone.
header-filters = Filtri
header-jump-label = Vai a un periodo
header-jump = Vai a…
# L’intervallo su cui l’autore della linea del tempo ha scelto di aprirla.
header-jump-default = L’essenziale
header-jump-all = Tutto
header-list = Elenco
header-list-title = Mostra gli eventi come elenco (L); premi di nuovo per tornare alla linea del tempo
header-compare = Confronta
header-compare-title = Confronta che cosa dice ogni fonte, evento per evento (C); premi di nuovo per tornare alla linea del tempo
header-zoom = Zoom
header-zoom-in = Ingrandisci
header-zoom-in-title = Ingrandisci (+)
header-zoom-out = Riduci
header-zoom-out-title = Riduci (−)
header-fit-all = Vedi tutto
header-fit-all-title = Mostra tutto (0)
# Apre la finestra sui documenti.
header-sources = Fonti
header-tours = Percorsi
header-activities = Attività
header-activities-title = Attività per la classe a partire dalle fonti: metti in ordine, chi lo dice?, incrocia le fonti
# Nasconde gli eventi successivi a quello corrente, per svelarli uno alla volta in classe.
header-reveal = Svela
header-reveal-title = Nascondi tutti gli eventi successivi a quello corrente (R)
header-theme = Tema dei colori
header-theme-light = Chiaro
header-theme-dark = Scuro
header-theme-contrast = Contrasto elevato
# Modalità proiezione: caratteri grandi per il proiettore dell’aula.
header-project = Proietta
header-project-exit = Esci dalla proiezione
header-project-title = Modalità proiezione per la classe (P)
header-share = Condividi
# I filtri sotto l’intestazione.

filters-search = Cerca eventi
filters-search-placeholder = Cerca eventi, persone, fonti  ( / )
# Quanti eventi superano i filtri: $n, su $all («95 eventi»).
filters-match-count = { $n ->
    [one] { $n } su { $all } corrisponde
   *[other] { $n } su { $all } corrispondono
}
# Apre un elenco di persone per cui filtrare.
filters-by-person = Per persona
filters-by-source = Per fonte
# Interruttore: solo gli eventi su cui i documenti non concordano (seguito dal loro numero).
filters-differ = Fonti discordanti{ " " }
filters-differ-title = Solo gli eventi su cui i documenti non concordano
# Che cosa fare degli eventi che non superano i filtri.
filters-unmatched = Eventi non corrispondenti
filters-dim = Attenua gli altri
filters-hide = Nascondi gli altri
filters-clear = Cancella i filtri
filters-categories = Categorie: mostra gli eventi delle categorie selezionate
filters-no-match = Nessun evento corrisponde a questi filtri.
# Aprire il file della linea del tempo di una classe, e la riga che dice da dove viene una linea del tempo.

open-button = Apri…
open-busy = Apertura…
open-label = Apri un file di linea del tempo
open-title = Apri un file di linea del tempo da questo dispositivo: JSON di questa app, JSON di TimelineJS o foglio di calcolo salvato come CSV (oppure trascina il file sulla pagina)
origin-label = Da dove viene questa linea del tempo
# $path è l’indirizzo di un file su questo sito, «data/class.json».
origin-site = Linea del tempo tratta da { $path } su questo sito.
# $host è un altro sito web, «example.org».
origin-web = Questa linea del tempo proviene da { $host }, non da questo sito: i contenuti sono dei rispettivi autori.
# $file è il nome di un file aperto dal lettore.
origin-file = Il tuo file «{ $file }», aperto su questo dispositivo: non è stato caricato nulla online, e altrove i link che vi rimandano aprono la linea del tempo predefinita.
origin-download = Scarica…
origin-back = Torna alla linea del tempo predefinita
# Durante il caricamento della linea del tempo.

loading-timeline = Caricamento della linea del tempo…
# A che punto è il caricamento: eventi letti finora, sul totale.
loading-events = { $n ->
    [one] { $n } evento letto su { $total }
   *[other] { $n } eventi letti su { $total }
}
# $amount è un numero di megabyte, «1,5».
loading-megabytes = { $amount } MB
# $got e $all sono dimensioni come «1,5 MB».
loading-bytes-of = { $got } su { $all }
loading-bytes = { $got } ricevuti
# Perché non è stato possibile leggere un file (concludono una frase come «Impossibile caricare …: »).
load-request-failed = la richiesta non è riuscita
load-not-utf8 = il file non è testo UTF-8
load-import-missing = la parte dell’app che legge questo file non è arrivata
# Parti dell’app che arrivano su richiesta, e avvisi.

app-not-loaded = Non è stato possibile caricare la linea del tempo…
# Chiude gli avvisi sulle parti di un link che sono state ignorate.
app-dismiss = Chiudi
app-loading-list = Caricamento dell’elenco…
app-loading-activity = Caricamento dell’attività…
app-loading-compare = Caricamento del confronto…
app-loading = Caricamento…
# La striscia di panoramica in fondo alla linea del tempo.
overview-title = Panoramica: trascina la finestra evidenziata per spostarti, trascinane i bordi per lo zoom
# Link per chi usa la tastiera, in cima alla pagina.
skip-timeline = Vai alla linea del tempo
skip-event = Vai all’evento aperto
# La striscia: un pulsante che rappresenta più eventi troppo vicini per essere mostrati. $from
# è una data; $hits quanti di essi superano i filtri.
cluster-more = { $n ->
    [one] { $n } altro evento ({ $from }): ingrandisci per vederlo
   *[other] Altri { $n } eventi ({ $from } e successivi): ingrandisci per vederli
}
cluster-more-matching = { $n ->
    [one] { $n } altro evento ({ $from }), corrispondente ai filtri: { $hits }; ingrandisci per vederlo
   *[other] Altri { $n } eventi ({ $from } e successivi), corrispondenti ai filtri: { $hits }; ingrandisci per vederli
}
# Sopra un gruppo: quanti dei suoi eventi corrispondono («3 nel filtro»), quando nessuna singola categoria li nomina.
cluster-matching = nel filtro
# Pulsanti ai bordi della striscia: eventi corrispondenti fuori dalla finestra.
edge-earlier = { $n ->
    [one] { $n } evento corrispondente prima: mostra il più vicino
   *[other] { $n } eventi corrispondenti prima: mostra il più vicino
}
edge-later = { $n ->
    [one] { $n } evento corrispondente dopo: mostra il più vicino
   *[other] { $n } eventi corrispondenti dopo: mostra il più vicino
}
strip-eras = Periodi sullo schermo
strip-label = Linea del tempo: scorri o usa due dita per lo zoom, trascina per spostarti, i tasti + e − per lo zoom, i tasti freccia per spostarti
strip-events = Eventi in ordine cronologico
# Il pannello mostrato quando l’app ha smesso di funzionare.
fatal-title = La linea del tempo ha smesso di funzionare
fatal-text = Si è verificato un errore all’interno dell’app. Di solito basta ricaricare la pagina; se succede di nuovo, avvisa chi ha condiviso questa linea del tempo (la console del browser contiene i dettagli).
# Le note della pagina stessa, mostrate quando la linea del tempo interattiva non può partire.
page-reload = Ricarica
page-no-wasm = Questo dispositivo non esegue WebAssembly, necessario per la linea del tempo interattiva: qui si possono comunque leggere tutti gli eventi, le loro fonti e l’elenco (ma non usare zoom, filtri e ricerca).
page-offline-readable = Questo dispositivo è offline e la linea del tempo interattiva non vi è ancora stata salvata: ciò che vedi qui si può comunque leggere.
page-cannot-start-readable = La linea del tempo interattiva non è potuta partire qui: si possono comunque leggere tutti gli eventi, le loro fonti e l’elenco (zoom, filtri e ricerca invece ne hanno bisogno). Di solito basta ricaricare la pagina.
page-start-title = La linea del tempo non è potuta partire
page-start-offline = Questo dispositivo è offline e l’app non vi è ancora stata salvata. Ricarica la pagina quando la connessione torna disponibile.
page-start-missing = Una parte dell’app non è arrivata dal server. Di solito basta ricaricare la pagina.
# Una barra che propone una nuova versione dell’app; seguita da un pulsante «ricarica».
page-update = È disponibile una nuova versione —{ " " }
page-update-reload = ricarica
