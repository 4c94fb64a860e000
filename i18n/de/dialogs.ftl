# Die Dialoge.

# Der Titel des Quellendialogs für $n Dokumente („Die fünf Quellen“).
sources-title = { $n ->
    [0] Quellen
    [1] Die Quelle
    [2] Die zwei Quellen
    [3] Die drei Quellen
    [4] Die vier Quellen
    [5] Die fünf Quellen
    [6] Die sechs Quellen
    [7] Die sieben Quellen
    [8] Die acht Quellen
    [9] Die neun Quellen
    [10] Die zehn Quellen
   *[other] Die Quellen
}
sources-intro = Die Ereignisse geben die folgenden Dokumente als Quellen an. Wo diese sich widersprechen, vermerkt es das Ereignis.
# Beschriftungen in der Karte eines Dokuments.
sources-kind = Art
sources-covers = Zeitraum
sources-speaks-of = Spricht von
# Barrierefreier Name des Dichtestreifens eines Dokuments: $from und $to sind Jahre, $speaks „18 Ereignisse, 1928–1937“.
sources-coverage = Wo es im Zeitraum { $from }–{ $to } berichtet: { $speaks }
sources-show-events = { $n ->
    [one] Das eine Ereignis zeigen, von dem es spricht
   *[other] Die { $n } Ereignisse zeigen, von denen es spricht
}
sources-reading = Weiterführende Literatur, die es nennt oder zitiert

# Dialogtitel.
dialog-download = Diesen Zeitstrahl herunterladen
dialog-activities = Übungen für den Unterricht
dialog-share = Diese Ansicht teilen
dialog-tours = Geführte Rundgänge
dialog-people = Nach Personen filtern
dialog-source-filter = Nach Quellendokument filtern
# Teilen-Dialog.
share-note = Dieser Link öffnet auf jedem Gerät dasselbe Ereignis mit denselben Filtern und demselben Zeitfenster.
share-link = Link zu dieser Ansicht
share-copy = Link kopieren
share-copied = Link in die Zwischenablage kopiert.
share-blocked = Das Kopieren wurde blockiert: Der Link ist markiert, zum Kopieren Strg+C (⌘C) drücken.
share-selected = Der Link ist markiert: Zum Kopieren Strg+C (⌘C) drücken.
share-qr = QR-Code des Links
share-too-long = Dieser Link ist zu lang für einen QR-Code.
# Danach folgt eine Schaltfläche „Herunterladen…“.
share-download-lead = Um den Zeitstrahl selbst zu behalten oder in TimelineJS oder eine Tabellenkalkulation zu übernehmen:{ " " }
# Download-Dialog.
download-intro = { $n ->
    [one] Das eine Ereignis des angezeigten Zeitstrahls, unabhängig von den Filtern, als Datei zum Aufbewahren, zum erneuten Öffnen hier (Öffnen…) oder zur Übernahme in TimelineJS.
   *[other] Alle { $n } Ereignisse des angezeigten Zeitstrahls, unabhängig von den Filtern, als Datei zum Aufbewahren, zum erneuten Öffnen hier (Öffnen…) oder zur Übernahme in TimelineJS.
}
# Die drei Formate, in denen ein Zeitstrahl heruntergeladen werden kann, und wofür jedes gedacht ist.
download-choice = { $format ->
    [ours] JSON dieser App
    [timelinejs] TimelineJS-JSON
   *[csv] Tabelle (CSV)
}
download-what = { $format ->
    [ours] alles: Quellen, Belege, Widersprüche, Rundgänge
    [timelinejs] lässt sich in TimelineJS öffnen; Quellen und Widersprüche werden zu Textzeilen
   *[csv] die Tabellenvorlage von TimelineJS, für Google Tabellen oder Excel
}
# $file ist der Name der heruntergeladenen Datei.
download-saved = Gespeichert als „{ $file }“.
download-refused = Der Browser hat die Datei nicht angenommen: Bitte einen anderen Browser versuchen.
download-missing = Der Teil der App, der Dateien schreibt, konnte nicht geladen werden: Bitte die Verbindung prüfen und erneut versuchen.
# Rundgänge-Dialog.
tours-intro = Mit → und ←, Leertaste, Bild auf/ab oder einem Presenter durchblättern. Jeder Schritt ist ein Link.
# Filterauswahl.
people-intro = Die Ereignisse aller angekreuzten Personen zeigen.
people-find = Person suchen
people-find-placeholder = Person suchen (beliebige Schreibweise)
source-filter-intro = Die Ereignisse zeigen, von denen mindestens eines der angekreuzten Dokumente spricht.
pickers-untick = Alle abwählen
pickers-done = Fertig
tours-start = { $n ->
    [one] Starten ({ $n } Schritt)
   *[other] Starten ({ $n } Schritte)
}
