# Wenn ein Zeitstrahl nicht geladen oder eine Datei nicht geöffnet werden kann. $url ist die Adresse der Daten.

failure-network = Die Zeitstrahl-Daten ({ $url }) waren nicht erreichbar.
# $message ist die Meldung des Browsers.
failure-network-detail = Der Browser meldete: { $message }. Bitte die Verbindung prüfen und erneut versuchen.
failure-http = Die Zeitstrahl-Daten ({ $url }) konnten nicht geladen werden.
# $status und $text sind die Antwort des Servers: „404 Not Found“.
failure-http-detail = Der Server antwortete { $status } { $text }. Bitte prüfen, ob die Datei existiert.
failure-timeout = Die Zeitstrahl-Daten ({ $url }) sind nicht angekommen.
failure-timeout-detail = { $n ->
    [one] Vom Server kam { $n } Sekunde lang nichts. Bitte die Verbindung prüfen und erneut versuchen.
   *[other] Vom Server kam { $n } Sekunden lang nichts. Bitte die Verbindung prüfen und erneut versuchen.
}
failure-redirected = Die Zeitstrahl-Daten ({ $url }) wurden nicht geladen.
failure-redirected-to = Diese Website hat die Anfrage an eine andere Website weitergeleitet ({ $host }); ein Datensatz dieser Website muss von dieser Website kommen.
failure-redirected-detail = Diese Website hat die Anfrage an eine andere Website weitergeleitet; ein Datensatz dieser Website muss von dieser Website kommen.
failure-too-large = Die Zeitstrahl-Daten ({ $url }) sind zu groß.
# $n ist eine Zahl von Megabytes.
failure-too-large-detail = Sie sind größer als { $n } MB, das Maximum, das diese App liest. Bitte in kleinere Zeitstrahlen aufteilen.
failure-unreadable = Die Zeitstrahl-Daten ({ $url }) konnten nicht gelesen werden.
failure-invalid = Die Zeitstrahl-Daten ({ $url }) enthalten Fehler.
# $error ist „Die Datendatei hat 3 Probleme“.
failure-invalid-detail = { $error }; bis sie behoben sind, wird nichts angezeigt:
problems-more = …und { $n } weitere.
problems-close = Schließen
# Eine geöffnete Datei. $file ist ihr Name.
open-failed = „{ $file }“ konnte nicht geöffnet werden
open-stays = Der bisherige Zeitstrahl bleibt geöffnet.
open-too-large = Sie ist größer als { $n } MB, das Maximum, das diese App liest.
open-unreadable = Der Browser konnte sie nicht lesen.
open-no-reader = Der Teil der App, der Dateien liest, ist nicht angekommen; bitte die Verbindung prüfen.
open-has-problems = { $n ->
    [one] Sie hat { $n } Problem; bitte beheben und erneut öffnen.
   *[other] Sie hat { $n } Probleme; bitte beheben und erneut öffnen.
}
# Wo in einer Datei ein Problem ist: „Zeile 3, Spalte 7: “.
problem-at = Zeile { $line }, Spalte { $column }:{ " " }
# $message ist der Grund, den der JSON-Leser angibt (auf Englisch).
problem-syntax = Die Datendatei ist kein gültiges Zeitstrahl-JSON (Zeile { $line }, Spalte { $column }): { $message }
problem-count = { $n ->
    [one] Die Datendatei hat { $n } Problem
   *[other] Die Datendatei hat { $n } Probleme
}
# Datumsangaben in einer Datei, die nicht gelesen werden können. $value ist die Angabe der Datei.
date-bad = „{ $value }“ ist kein Datum der Form YYYY, YYYY-MM, YYYY-MM-DD oder YYYY-MM-DDTHH:MM
date-bad-ago = „{ $value }“ ist keine Anzahl von Jahren vor heute
date-too-far = „{ $value }“ liegt jenseits der Jahre, die ein Zeitstrahl zeigen kann (tausend Milliarden Jahre in jede Richtung)
# $from und $to sind Jahre.
date-year-only = „{ $value }“ liegt jenseits der Jahre des Kalenders ({ $from } bis { $to }): Ein Datum dort ist nur ein Jahr
date-outside-calendar = „{ $value }“ liegt außerhalb der Jahre des Kalenders ({ $from } bis { $to })
date-no-month = „{ $value }“ hat den Monat { $number }, den es nicht gibt
# $month ist ein Monatsname, $when ein Jahr, $day eine Tageszahl.
date-no-day = „{ $value }“ ist kein echter Tag ({ $month } { $when } hat keinen { $day }.)
date-time-without-day = „{ $value }“ gibt eine Uhrzeit ohne Tag an
date-no-hour = „{ $value }“ hat die Stunde { $number }, die es nicht gibt
date-no-minute = „{ $value }“ hat die Minute { $number }, die es nicht gibt
date-day-only = „{ $value }“ gibt eine Uhrzeit an: nur den Tag angeben
# Probleme in einer Zeitstrahl-Datei, jeweils nach der Stelle. Feldnamen („title“, „summary“) sind
# die des Dateiformats und bleiben, wie sie sind.
# Stelle: $kind ist, was die Datei beschreibt, $id seine ID.
place = { $kind ->
    [event] Ereignis „{ $id }“
    [source] Quelle „{ $id }“
    [category] Kategorie „{ $id }“
    [person] Person „{ $id }“
    [era] Epoche „{ $id }“
    [tour] Rundgang „{ $id }“
   *[other] { $kind } „{ $id }“
}
place-alone = { $kind ->
    [dataset] Datensatz
   *[other] { $kind }
}
problem-empty = { $field } ist leer
problem-empty-not-stated = { $field } ist leer („Not stated“ eintragen, wo das Dokument nichts dazu sagt)
problem-empty-leave-out = { $field } ist leer (weglassen, wenn das Dokument nichts dazu sagt)
problem-provenance-missing = { $field } fehlt: Jede Quelle des mitgelieferten Datensatzes gibt ihre Herkunft an („Not stated“, wo das Dokument nichts dazu sagt)
# $reason ist, warum das Datum nicht gelesen werden kann.
problem-date = { $field }: { $reason }
problem-slug = ID muss ein Slug sein: { $rule }
problem-duplicate = { $kind ->
    [event] doppelte Ereignis-ID
    [source] doppelte Quellen-ID
    [category] doppelte Kategorie-ID
    [person] doppelte Personen-ID
    [era] doppelte Epochen-ID
   *[tour] doppelte Rundgangs-ID
}
problem-end-before-start = Ende { $end } liegt vor Beginn { $start }
problem-short-title = short_title ist leer (weglassen, um den Titel zu verwenden)
problem-colour = Farbe „{ $value }“ hat nicht die Form #rrggbb
problem-era-no-source = hat keine Quelle: Jede Epoche muss mindestens eine angeben
problem-event-no-source = hat keine Quelle: Jedes Ereignis muss mindestens eine angeben
problem-unknown-source = nennt die unbekannte Quelle „{ $id }“
problem-unknown-category = unbekannte Kategorie „{ $id }“
problem-unknown-person = unbekannte Person „{ $id }“
problem-step-event = Schritt { $number } nennt das unbekannte Ereignis „{ $id }“
problem-step-note = Schritt { $number } hat keine Notiz
problem-no-events = hat keine Ereignisse
problem-media-both = media hat sowohl url als auch quote: nur eines angeben
problem-media-neither = media hat weder url noch quote
problem-paragraph = Absatznummern in Belegen beginnen bei 1
problem-says-nothing = der Beleg aus „{ $id }“ sagt nichts
problem-two-claims = der Widerspruch zu „{ $about }“ braucht mindestens zwei Angaben
problem-claim-no-source = eine Angabe zu „{ $about }“ nennt keine Quelle
problem-claim-uncited = der Widerspruch zu „{ $about }“ nennt die Quelle „{ $id }“, die das Ereignis nicht angibt
# Trotzdem geladen, mit einem Hinweis.
warning-window-outside = Das default_window der Datei ({ $from }–{ $to }) liegt außerhalb ihrer Ereignisse; der Zeitstrahl öffnet sich mit allen Ereignissen.
warning-lang = "lang": "{ $value }" ignoriert: einen Sprachcode wie en, fr oder pt-BR verwenden.
# Einträge, die eine kuratierte Datei angibt, aber nie verwendet.
lint-category = kein Ereignis verwendet sie
lint-person = kein Ereignis nennt sie
lint-source = kein Ereignis gibt sie an
problem-two-values = der Widerspruch zu „{ $about }“ lässt die Quelle „{ $id }“ zwei Angaben machen, aber das Ereignis belegt nur eine Stelle daraus: für jede Angabe die Stelle angeben
# Woraus eine ID bestehen darf; $n ist die Höchstzahl an Zeichen.
slug-rule = Kleinbuchstaben, Ziffern und Bindestriche (nicht am Anfang oder Ende), höchstens { $n } Zeichen
