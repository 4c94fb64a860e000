# La posizione di ogni documento su un evento (le schede del pannello, la tabella di confronto).

# La parola che una scheda o una cella mostra per la posizione di un documento.
standing-word = { $standing ->
    [agrees] concorda
    [differs] diverge
    [only] unico
    [speaks] ne parla
   *[silent] tace
}
# Che cosa significa quella parola (una legenda, un suggerimento).
standing-meaning = { $standing ->
    [agrees] concorda con un altro documento su un punto controverso
    [differs] su un punto controverso riporta un valore che nessun altro documento riporta
    [only] l’unico documento che parla dell’evento
    [speaks] parla dell’evento, come altri, senza punti controversi registrati tra loro
   *[silent] non dice nulla dell’evento
}
# Nomi uniti come li scrive un lettore: $first è «A» o «A, B», $last l’ultimo nome.
names-and = { $first } e { $last }
# Un punto controverso, dopo il nome di un documento: $who sono documenti, $about il punto controverso.
# Ognuno inizia con la parola qui sopra, che il pannello mette in grassetto.
point-agrees = concorda con { $who } su «{ $about }»
point-differs = diverge da { $who } su «{ $about }»
point-alone = è l’unico documento con un valore su «{ $about }»
# Un documento su un evento, dopo il suo nome.
phrase-silent = non dice nulla di questo evento
phrase-only = è l’unico documento che parla di questo evento
# $points è un elenco di punti controversi come sopra, separati da «; ».
phrase-only-points = è l’unico documento che parla di questo evento; { $points }
# $n è quanti altri documenti parlano dell’evento.
phrase-speaks = { $n ->
    [one] parla di questo evento, come un altro documento; non è registrato alcun punto controverso
   *[other] parla di questo evento, come altri { $n } documenti; non è registrato alcun punto controverso
}
# Quanta parte della linea del tempo tratta un documento: $years è «1928–1937».
coverage = { $n ->
    [one] { $n } evento, { $years }
   *[other] { $n } eventi, { $years }
}
coverage-none = nessun evento
# I conteggi nell’intestazione di una colonna: «concorda 2, diverge 5».
standing-count = { $standing ->
    [agrees] concorda { $n }
    [differs] diverge { $n }
    [only] unico { $n }
    [speaks] ne parla { $n }
   *[silent] tace { $n }
}

# La tabella di confronto: una riga per evento, una colonna per documento.
compare-label = Che cosa dice ogni fonte, evento per evento
compare-grid = Eventi e fonti
# Che cosa sente un lettore di schermo prima del contenuto di una cella: $source è un documento, $event il titolo di un evento.
compare-lead = { $source } su «{ $event }»:{ " " }
compare-lead-differ = { $source } su «{ $event }» (fonti discordanti):{ " " }
# Sotto il nome di un documento: per chi è stato scritto.
compare-for = Destinatari: { $audience }
# Di quante righe parla un documento: $count su $n, nell’arco di $years.
compare-speaks-of = { $count } su { $n }: { $years }
compare-silent-on-all = { $n ->
    [one] tace sull’unico evento
   *[other] tace su tutti i { $n }
}
compare-open-card = { $name }: apri la scheda
# Una cella il cui documento non dice nulla dell’evento.
compare-silent = tace
# Quando il filtro per fonte seleziona alcuni documenti: $names sono i loro nomi.
compare-all-sources = Tutte le { $total } fonti; il filtro seleziona { $names }.
compare-picked-sources = Solo { $names }, come da filtro ({ $shown } fonti su { $total }).
compare-only-picked = Solo le fonti selezionate
compare-show-all = Mostra tutte le { $total } fonti
