# Parole comuni a tutta l’interfaccia: nomi con numero.

count-events = { $n ->
    [one] { $n } evento
   *[other] { $n } eventi
}
count-sources = { $n ->
    [one] { $n } fonte
   *[other] { $n } fonti
}
count-problems = { $n ->
    [one] { $n } problema
   *[other] { $n } problemi
}
# Il menu della lingua nell’intestazione (il suo nome accessibile).
header-language = Lingua dell’interfaccia
# Una parte dell’app caricata su richiesta non è arrivata.
chunk-failed = Non è stato possibile caricare questa parte della linea del tempo. Controlla la connessione.
try-again = Riprova
# Un valore o una citazione tra virgolette.
quoted = «{ $text }»
