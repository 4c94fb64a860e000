# La scheda stampata.

# Che cosa si stampa: $all è «95 eventi», $filters i filtri attivi.
print-one-event = Un evento, per intero
print-all = { $n ->
    [one] L’unico evento
   *[other] Tutti gli eventi ({ $n })
}
print-some = { $shown } su { $all } — { $filters }
# La tabella di confronto su carta; $scope è uno dei tre messaggi qui sopra.
print-table-scope = { $scope }: che cosa dice ogni fonte
# Seguito dall’indirizzo della pagina. $date è la data di oggi.
print-printed = Stampato il { $date } da
# $about è il punto su cui le fonti divergono.
print-differ-on = Le fonti divergono su { $about }:{ " " }
print-people = Persone: { $names }
# L’intestazione della prima colonna della tabella di confronto stampata.
print-event = Evento
print-sources = Le fonti
