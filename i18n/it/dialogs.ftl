# Le finestre di dialogo.

# Il titolo della finestra delle fonti per $n documenti («Le cinque fonti»).
sources-title = { $n ->
    [0] Fonti
    [1] La fonte
    [2] Le due fonti
    [3] Le tre fonti
    [4] Le quattro fonti
    [5] Le cinque fonti
    [6] Le sei fonti
    [7] Le sette fonti
    [8] Le otto fonti
    [9] Le nove fonti
    [10] Le dieci fonti
   *[other] Le fonti
}
sources-intro = Gli eventi citano i documenti qui sotto. Quando i documenti non concordano, l’evento lo segnala.
# Etichette nella scheda di un documento.
sources-kind = Tipo
sources-covers = Periodo
sources-speaks-of = Parla di
# Nome accessibile della striscia di densità di un documento: $from e $to sono anni, $speaks «18 eventi, 1928–1937».
sources-coverage = Dove parla, tra { $from } e { $to }: { $speaks }
sources-show-events = { $n ->
    [one] Mostra l’evento di cui parla
   *[other] Mostra i { $n } eventi di cui parla
}
sources-reading = Letture di approfondimento che elenca o cita

# Titoli delle finestre.
dialog-download = Scarica questa linea del tempo
dialog-activities = Attività per la classe
dialog-share = Condividi questa vista
dialog-tours = Percorsi guidati
dialog-people = Filtra per persona
dialog-source-filter = Filtra per documento
# Finestra di condivisione.
share-note = Questo link apre lo stesso evento, con gli stessi filtri e lo stesso intervallo di tempo, su qualsiasi dispositivo.
share-link = Link a questa vista
share-copy = Copia link
share-copied = Link copiato negli appunti.
share-blocked = La copia è stata bloccata: il link è selezionato, premi Ctrl+C (⌘C) per copiarlo.
share-selected = Il link è selezionato: premi Ctrl+C (⌘C) per copiarlo.
share-qr = Codice QR del link
share-too-long = Questo link è troppo lungo per un codice QR.
# Seguito da un pulsante «Scarica…».
share-download-lead = Per conservare la linea del tempo, o aprirla in TimelineJS o in un foglio di calcolo:{ " " }
# Finestra di download.
download-intro = { $n ->
    [one] L’intera linea del tempo sullo schermo ({ $n } evento), indipendentemente dai filtri, in un file da conservare, da riaprire qui (Apri…) o da aprire in TimelineJS.
   *[other] L’intera linea del tempo sullo schermo ({ $n } eventi), indipendentemente dai filtri, in un file da conservare, da riaprire qui (Apri…) o da aprire in TimelineJS.
}
# I tre formati in cui si può scaricare una linea del tempo, e a che cosa serve ciascuno.
download-choice = { $format ->
    [ours] JSON di questa app
    [timelinejs] JSON di TimelineJS
   *[csv] Foglio di calcolo (CSV)
}
download-what = { $format ->
    [ours] tutto: fonti, citazioni, divergenze, percorsi
    [timelinejs] si apre in TimelineJS; fonti e divergenze diventano righe di testo
   *[csv] il modello di foglio di calcolo di TimelineJS, per Fogli Google o Excel
}
# $file è il nome del file scaricato.
download-saved = Salvato come «{ $file }».
download-refused = Il browser non ha accettato il file: prova con un altro browser.
download-missing = Non è stato possibile caricare la parte dell’app che scrive i file: controlla la connessione e riprova.
# Finestra dei percorsi.
tours-intro = Avanza con → e ←, Spazio, PagSu/PagGiù o un telecomando per presentazioni. Ogni tappa è un link.
# Selettori dei filtri.
people-intro = Mostra gli eventi in cui compare almeno una delle persone selezionate.
people-find = Cerca una persona
people-find-placeholder = Cerca una persona (qualsiasi grafia)
source-filter-intro = Mostra gli eventi di cui parla almeno uno dei documenti selezionati.
pickers-untick = Deseleziona tutto
pickers-done = Fine
tours-start = { $n ->
    [one] Inizia ({ $n } tappa)
   *[other] Inizia ({ $n } tappe)
}
