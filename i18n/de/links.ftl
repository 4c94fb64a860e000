# Die Filter in Worten (Kopf eines Handouts, Umfang einer Übung).
# Zwischen Namen: „Die Armee oder Die Partei“.
filter-or = { " " }oder{ " " }
filter-categories = Kategorien: { $names }
filter-people = Personen: { $names }
filter-sources = Quellen: { $names }
filter-search = Suche: „{ $text }“
filter-differ = Nur wo die Quellen abweichen
# Hinweise zu ignorierten Teilen eines Links. $key ist der Name eines Link-Parameters
# („event“, „from“), $value die Angabe des Links, $id eine darin genannte ID.
link-too-long = Dieser Link ist { $n } Zeichen lang; nur die ersten { $read } wurden gelesen.
link-too-many = { $n ->
    [one] { $n } weiterer Parameter ignoriert: Ein Link wird bis zu { $most } Parametern gelesen.
   *[other] { $n } weitere Parameter ignoriert: Ein Link wird bis zu { $most } Parametern gelesen.
}
link-needs-activity = { $key } ignoriert: Dafür ist eine Übung nötig.
link-window-reversed = Zeitfenster ignoriert: „to“ liegt vor „from“.
link-window-half = Zeitfenster ignoriert: Es braucht sowohl „from“ als auch „to“.
link-unknown-parameter = Unbekannter Link-Parameter „{ $key }“ ignoriert.
link-no-event = Kein Ereignis „{ $id }“ in diesem Zeitstrahl.
link-no-event-corroborate = Kein Ereignis „{ $id }“ in diesem Zeitstrahl: Die Übung „Quellen abgleichen“ braucht eines.
link-corroborate-needs-event = activity=corroborate ignoriert: Dafür ist ein Ereignis nötig (event=…).
link-no-tour = Kein Rundgang „{ $id }“ in diesem Zeitstrahl.
link-tour-steps = { $n ->
    [one] Der Rundgang hat { $n } Schritt; Start bei Schritt 1.
   *[other] Der Rundgang hat { $n } Schritte; Start bei Schritt 1.
}
# $step ist das Ereignis, das der Schritt des Rundgangs öffnet.
link-event-vs-step = Ereignis „{ $id }“ ignoriert: Der Rundgangsschritt des Links öffnet „{ $step }“.
link-step-needs-tour = step ignoriert: Dafür ist ein Rundgang nötig.
# $what ist die Art des Dings, das der Link nennt.
link-no-such = { $what ->
    [category] Keine Kategorie „{ $id }“ in diesem Zeitstrahl.
    [person] Keine Person „{ $id }“ in diesem Zeitstrahl.
   *[source] Keine Quelle „{ $id }“ in diesem Zeitstrahl.
}
link-bad-step = step „{ $value }“ ignoriert: keine Schrittnummer.
link-long-search = Suchtext ignoriert: länger als { $n } Zeichen.
link-bad-view = view="{ $value }" ignoriert: dim oder hide verwenden.
link-bad-mode = mode="{ $value }" ignoriert: timeline oder projection verwenden.
link-bad-activity = activity="{ $value }" ignoriert: order, sources oder corroborate verwenden.
link-bad-n = n="{ $value }" ignoriert: eine Kartenzahl von { $min } bis { $max } verwenden.
link-bad-seed = seed="{ $value }" ignoriert: eine ganze Zahl von 0 bis { $max } verwenden.
link-bad-lang = lang="{ $value }" ignoriert: einen Sprachcode wie en, fr oder pt-BR verwenden.
link-bad-id = { $key } „{ $value }“ ignoriert: keine gültige ID.
link-bad-one-id = { $key } „{ $value }“ ignoriert: keine gültige { $key }-ID.
link-bad-flag = { $key }="{ $value }" ignoriert: 1 oder 0 verwenden.
link-bad-date = { $key }="{ $value }" ignoriert: Datumsangaben werden als YYYY, YYYY-MM oder YYYY-MM-DD geschrieben.
# $why ist einer der beiden Gründe unten.
link-bad-data = data „{ $value }“ ignoriert: { $why }
link-data-not-https = keine verwendbare https-Adresse.
link-data-not-allowed = Es können nur https-Adressen oder .json- und .csv-Dateien auf dieser Website (ein relativer Pfad) geladen werden.
# Nach drei Hinweisen einer Art: wie viele weitere ausgelassen wurden.
notice-more = { $kind ->
    [dates] Weitere ignorierte Datumsangaben: { $n }.
    [invalid-ids] Weitere ignorierte ungültige IDs: { $n }.
    [unknown-events] Weitere ignorierte unbekannte Ereignisse: { $n }.
    [unknown-tours] Weitere ignorierte unbekannte Rundgänge: { $n }.
    [unknown-categories] Weitere ignorierte unbekannte Kategorien: { $n }.
    [unknown-people] Weitere ignorierte unbekannte Personen: { $n }.
    [unknown-sources] Weitere ignorierte unbekannte Quellen: { $n }.
    [unknown-link-parameters] Weitere ignorierte unbekannte Link-Parameter: { $n }.
   *[parameters] Weitere ignorierte Parameter: { $n }.
}
