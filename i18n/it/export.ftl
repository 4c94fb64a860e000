# Esportare una linea del tempo verso TimelineJS o un foglio di calcolo: che cosa viene scritto
# nel testo degli eventi, e che cosa non trova posto. $n conta gli eventi.
export-citations = { $n ->
    [one] Le citazioni di { $n } evento sono scritte nel suo testo (TimelineJS non gestisce le fonti).
   *[other] Le citazioni di { $n } eventi sono scritte nel loro testo (TimelineJS non gestisce le fonti).
}
export-disputes = { $n ->
    [one] Le divergenze di { $n } evento sono scritte nel suo testo (dove le fonti non concordano).
   *[other] Le divergenze di { $n } eventi sono scritte nel loro testo (dove le fonti non concordano).
}
export-notes = { $n ->
    [one] La nota della redazione di { $n } evento è scritta nel suo testo (TimelineJS non gestisce le note).
   *[other] Le note della redazione di { $n } eventi sono scritte nel loro testo (TimelineJS non gestisce le note).
}
export-people-of = { $n ->
    [one] Le persone di { $n } evento sono scritte nel suo testo (TimelineJS non gestisce le persone).
   *[other] Le persone di { $n } eventi sono scritte nel loro testo (TimelineJS non gestisce le persone).
}
export-categories = { $n ->
    [one] Le categorie successive alla prima di { $n } evento sono scritte nel suo testo (TimelineJS assegna un solo gruppo a ogni evento).
   *[other] Le categorie successive alla prima di { $n } eventi sono scritte nel loro testo (TimelineJS assegna un solo gruppo a ogni evento).
}
export-circa = { $n ->
    [one] { $n } data approssimativa con una propria data di visualizzazione perde l’indicazione «circa» (la data di visualizzazione viene mantenuta).
   *[other] { $n } date approssimative con una propria data di visualizzazione perdono l’indicazione «circa» (la data di visualizzazione viene mantenuta).
}
export-left-sources = l’elenco delle fonti ({ $n }, scritto nel testo del titolo)
export-left-people = i ruoli e gli altri nomi delle persone ({ $n })
export-left-tours = i percorsi ({ $n })
export-left-categories = i colori, i simboli e le descrizioni delle categorie
export-left-eras = le note e le fonti dei periodi
export-left-window = l’intervallo su cui si apre la linea del tempo
# $what è un elenco dei messaggi export-left-* qui sopra.
export-no-place = TimelineJS non ha posto per { $what }.
export-sheet-ids = Un foglio di calcolo non ha una colonna per gli identificativi degli eventi: se lo importi di nuovo, gli eventi prendono il nome dai loro titoli.
# Righe scritte nel testo di un evento esportato.
export-also-in = Anche in: { $names }.
export-people = Persone: { $names }.
export-sources-say = Che cosa dicono le fonti:
export-citation = { $source } ({ $section }, paragrafo { $paragraph }): { $says }
# $claims sono i valori, ciascuno con i documenti che lo riportano.
export-differ = Le fonti divergono su { $about }: { $claims }.
export-note = Nota della redazione: { $note }
# In testa all’elenco delle fonti scritto nel testo del titolo.
export-sources = Fonti:
