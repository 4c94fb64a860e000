# I filtri a parole (l’intestazione di una scheda, l’ambito di un’attività).
# Tra i nomi: «L’esercito o Il partito».
filter-or = { " " }o{ " " }
filter-categories = Categorie: { $names }
filter-people = Persone: { $names }
filter-sources = Fonti: { $names }
filter-search = Ricerca: «{ $text }»
filter-differ = Solo dove le fonti divergono
# Avvisi sulle parti di un link che sono state ignorate. $key è il nome di un parametro del link
# («event», «from»), $value ciò che riporta il link, $id un identificativo che nomina.
link-too-long = Questo link è lungo { $n } caratteri; ne sono stati letti solo i primi { $read }.
link-too-many = { $n ->
    [one] Ignorato { $n } altro parametro: di un link si leggono al massimo { $most } parametri.
   *[other] Ignorati altri { $n } parametri: di un link si leggono al massimo { $most } parametri.
}
link-needs-activity = Parametro { $key } ignorato: richiede un’attività.
link-window-reversed = Intervallo di tempo ignorato: «to» precede «from».
link-window-half = Intervallo di tempo ignorato: servono sia «from» sia «to».
link-unknown-parameter = Parametro di link sconosciuto ignorato: «{ $key }».
link-no-event = Nessun evento «{ $id }» in questa linea del tempo.
link-no-event-corroborate = Nessun evento «{ $id }» in questa linea del tempo: l’attività «Incrocia le fonti» ne richiede uno.
link-corroborate-needs-event = Parametro activity=corroborate ignorato: richiede un evento (event=…).
link-no-tour = Nessun percorso «{ $id }» in questa linea del tempo.
link-tour-steps = { $n ->
    [one] Il percorso ha { $n } tappa; si parte dalla tappa 1.
   *[other] Il percorso ha { $n } tappe; si parte dalla tappa 1.
}
# $step è l’evento che apre la tappa del percorso.
link-event-vs-step = Evento «{ $id }» ignorato: la tappa del percorso indicata dal link apre «{ $step }».
link-step-needs-tour = Parametro step ignorato: richiede un percorso.
# $what è il tipo di elemento che il link nomina.
link-no-such = { $what ->
    [category] Nessuna categoria «{ $id }» in questa linea del tempo.
    [person] Nessuna persona «{ $id }» in questa linea del tempo.
   *[source] Nessuna fonte «{ $id }» in questa linea del tempo.
}
link-bad-step = Parametro step «{ $value }» ignorato: non è un numero di tappa.
link-long-search = Testo di ricerca ignorato: supera i { $n } caratteri.
link-bad-view = Parametro view="{ $value }" ignorato: usa dim o hide.
link-bad-mode = Parametro mode="{ $value }" ignorato: usa timeline o projection.
link-bad-activity = Parametro activity="{ $value }" ignorato: usa order, sources o corroborate.
link-bad-n = Parametro n="{ $value }" ignorato: indica un numero di schede, da { $min } a { $max }.
link-bad-seed = Parametro seed="{ $value }" ignorato: indica un numero intero da 0 a { $max }.
link-bad-lang = Parametro lang="{ $value }" ignorato: indica un codice di lingua come en, fr o pt-BR.
link-bad-id = Parametro { $key } «{ $value }» ignorato: non è un identificativo valido.
link-bad-one-id = Parametro { $key } «{ $value }» ignorato: non è un identificativo { $key } valido.
link-bad-flag = Parametro { $key }="{ $value }" ignorato: usa 1 o 0.
link-bad-date = Parametro { $key }="{ $value }" ignorato: le date si scrivono AAAA, AAAA-MM o AAAA-MM-GG.
# $why è uno dei due motivi qui sotto.
link-bad-data = Dati «{ $value }» ignorati: { $why }
link-data-not-https = non è un indirizzo https utilizzabile.
link-data-not-allowed = si possono caricare solo indirizzi https, oppure file .json e .csv di questo sito (un percorso relativo).
# Dopo tre avvisi dello stesso tipo: quanti altri sono stati omessi.
notice-more = { $kind ->
    [dates] Altre date ignorate: { $n }.
    [invalid-ids] Altri identificativi non validi ignorati: { $n }.
    [unknown-events] Altri eventi sconosciuti ignorati: { $n }.
    [unknown-tours] Altri percorsi sconosciuti ignorati: { $n }.
    [unknown-categories] Altre categorie sconosciute ignorate: { $n }.
    [unknown-people] Altre persone sconosciute ignorate: { $n }.
    [unknown-sources] Altre fonti sconosciute ignorate: { $n }.
    [unknown-link-parameters] Altri parametri di link sconosciuti ignorati: { $n }.
   *[parameters] Altri parametri ignorati: { $n }.
}
