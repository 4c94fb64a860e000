# Das gedruckte Handout.

# Was gedruckt wird: $all ist „95 Ereignisse“, $filters die aktiven Filter.
print-one-event = Ein Ereignis, vollständig
print-all = { $n ->
    [one] { $n } Ereignis
   *[other] Alle { $n } Ereignisse
}
print-some = { $shown ->
    [one] { $shown } Ereignis ausgewählt ({ $all } insgesamt) – { $filters }
   *[other] { $shown } Ereignisse ausgewählt ({ $all } insgesamt) – { $filters }
}
# Die Vergleichstabelle auf Papier; $scope ist eine der drei Angaben oben.
print-table-scope = { $scope }: was jede Quelle sagt
# Danach folgt die Adresse der Seite. $date ist das heutige Datum.
print-printed = Gedruckt am { $date } von
# $about ist der Punkt, in dem die Quellen abweichen.
print-differ-on = Abweichende Quellenangaben zu { $about }:{ " " }
print-people = Personen: { $names }
# Der Kopf der ersten Spalte der gedruckten Vergleichstabelle.
print-event = Ereignis
print-sources = Die Quellen
