# Aprire un file TimelineJS o un foglio di calcolo: che cosa l’importazione ha escluso o modificato. $list
# indica dove («riga 3; riga 9»), $more è «import-and-more» o niente.
import-and-more = { " " }e { $n ->
    [one] { $n } altro
   *[other] altri { $n }
}
import-undated-event = { $n ->
    [one] { $n } evento senza data escluso (anche TimelineJS li salta): { $list }{ $more }.
   *[other] { $n } eventi senza data esclusi (anche TimelineJS li salta): { $list }{ $more }.
}
import-undated-row = { $n ->
    [one] { $n } riga senza data esclusa (anche TimelineJS le salta): { $list }{ $more }.
   *[other] { $n } righe senza data escluse (anche TimelineJS le salta): { $list }{ $more }.
}
import-too-far-event = { $n ->
    [one] { $n } evento datato oltre mille miliardi di anni escluso: { $list }{ $more }.
   *[other] { $n } eventi datati oltre mille miliardi di anni esclusi: { $list }{ $more }.
}
import-too-far-row = { $n ->
    [one] { $n } riga datata oltre mille miliardi di anni esclusa: { $list }{ $more }.
   *[other] { $n } righe datate oltre mille miliardi di anni escluse: { $list }{ $more }.
}
import-seconds = { $n ->
    [one] { $n } data conservata al minuto (secondi eliminati): { $list }{ $more }.
   *[other] { $n } date conservate al minuto (secondi eliminati): { $list }{ $more }.
}
import-dayless-times = { $n ->
    [one] { $n } ora esclusa perché manca il giorno a cui riferirla: { $list }{ $more }.
   *[other] { $n } ore escluse perché manca il giorno a cui riferirle: { $list }{ $more }.
}
import-refused-media = { $n ->
    [one] { $n } contenuto multimediale non può essere mostrato (al suo posto c’è una nota): { $list }{ $more }.
   *[other] { $n } contenuti multimediali non possono essere mostrati (al loro posto c’è una nota): { $list }{ $more }.
}
# Come è stato letto un file.
import-slides = Le «slides» del file sono state lette come i suoi eventi (TimelineJS li chiama «events»).
import-legacy = Letto come il vecchio formato di TimelineJS 1 e 2 («date», «startDate», «asset»).
# Indicare una slide o una riga in un avviso. $n conta da 1.
import-era-number = periodo { $n }
import-event-number = evento { $n }
import-event-named = evento «{ $title }»
import-at-line = { $what } (riga { $line })
# Una data oltre gli anni che una linea del tempo può mostrare: $year è l’anno.
import-ending = { $what }: termina nell’anno { $year }
import-era-needs = non ha { $key }: ogni periodo deve averlo
import-no-year = non ha l’anno
# $key è «year», «month», «day»…, $value ciò che riporta il file.
import-not-whole = { $key } { $value } non è un numero intero
import-no-such = { $key } { $value } non esiste
import-bad-date = «{ $value }» non è una data che TimelineJS sa leggere (anno,mese,giorno come «1870,7,19», oppure «1870-07-19»)
# Che cosa contiene un file JSON dove ci si aspettava una linea del tempo.
json-kind = { $kind ->
    [null] null
    [bool] true o false
    [number] un numero
    [text] un testo
    [list] un elenco
   *[object] un oggetto
}
json-no-keys = nessuna chiave
# $key è una chiave del file, $kind uno dei json-kind.
json-not-list = «{ $key }» è { $kind }, non un elenco
json-timeline-no-list = trovato {"{"}"timeline": {"{"}…{"}"}{"}"} con { $keys } ma senza un elenco «events», «slides» o «date»
json-timeline-not-object = «timeline» è { $kind }, non un oggetto
json-no-events = trovato un oggetto con { $keys } ma senza un elenco «events»
json-top = trovato { $kind } al primo livello, non un oggetto
json-expected-timelinejs = { $found }: era attesa una linea del tempo di TimelineJS: un oggetto con un elenco «events» (TimelineJS 3), oppure {"{"}"timeline": {"{"}…{"}"}{"}"} che lo contiene, oppure un elenco «date» in «timeline» (TimelineJS 1 e 2)
# $message è ciò che dice il lettore JSON (in inglese).
json-expected-ours = { $message } — era atteso il JSON di linea del tempo di questa app ({"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}, data/README.md) o un file TimelineJS
# Fogli di calcolo (CSV).
sheet-empty = il file è vuoto: era attesa una riga di intestazione
# $columns sono i nomi delle colonne mancanti.
sheet-missing-column = { $template ->
    [timelinejs] la riga di intestazione non ha la colonna { $columns }: erano attese le colonne del modello TimelineJS (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] la riga di intestazione non ha la colonna { $columns }: erano attese le colonne start, title e, facoltative, end, summary, category, id, display_date
}
sheet-the-file = il file
sheet-unclosed-quote = qui si apre un campo tra virgolette che non viene mai chiuso: il resto del file verrebbe letto come quest’unico campo; chiudilo con "
# $reason è ciò che dice il lettore CSV (in inglese).
sheet-unreadable = il CSV non può essere letto qui: { $reason }
sheet-bad-time = «{ $value }» non è un orario («14:30» o «2:30 PM»)
sheet-row = riga { $line }
sheet-era-no-year = è un periodo senza Year: un periodo ha bisogno di entrambi gli estremi
sheet-era-no-end-year = è un periodo senza End Year: un periodo ha bisogno di entrambi gli estremi
sheet-no-start = non ha una data di inizio
# Il titolo di un file che non ne indica uno.
import-untitled = Linea del tempo importata
json-events-not-list = «events» non è un elenco
# Il nome dato a un periodo che non ne ha uno, e l’immagine di sfondo di una slide conservata come riga.
import-era-label = Periodo { $n }
import-era-line = Periodo alla riga { $line }
import-background = Sfondo: { $url }
