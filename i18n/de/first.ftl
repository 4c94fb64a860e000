# Die Kopfzeile: der Titel des Zeitstrahls und die Ansichtswerkzeuge.

# Ein Zeitabschnitt im Menü „Springen zu“: sein Name und seine Daten, „Der Große Terror (Aug. 1936–Nov. 1938)“.
header-period = { $label } ({ $span })
# Barrierefreier Name der Werkzeugleiste der Ansicht.
header-tools = Ansicht
# Schaltfläche, die auf dem Handy die Filter zeigt.
header-filters = Filter
header-jump-label = Zu einem Zeitabschnitt springen
header-jump = Springen zu…
# Das Zeitfenster, mit dem sich der Zeitstrahl laut seinem Autor öffnet.
header-jump-default = Das Wesentliche
header-jump-all = Alles
header-list = Liste
header-list-title = Die Ereignisse als Liste anzeigen (L); erneut drücken für den Zeitstrahl
header-compare = Vergleich
header-compare-title = Vergleichen, was jede Quelle sagt, Ereignis für Ereignis (C); erneut drücken für den Zeitstrahl
header-zoom = Zoom
header-zoom-in = Vergrößern
header-zoom-in-title = Vergrößern (+)
header-zoom-out = Verkleinern
header-zoom-out-title = Verkleinern (−)
header-fit-all = Alles
header-fit-all-title = Alles anzeigen (0)
# Öffnet den Dialog über die Quellendokumente.
header-sources = Quellen
header-tours = Rundgänge
header-activities = Übungen
header-activities-title = Übungen für den Unterricht mit den Quellen: Reihenfolge bilden, Wer sagt das?, Quellen abgleichen
# Blendet die Ereignisse nach dem aktuellen aus, um sie im Unterricht einzeln aufzudecken.
header-reveal = Aufdecken
header-reveal-title = Alle Ereignisse nach dem aktuellen ausblenden (R)
header-theme = Farbschema
header-theme-light = Hell
header-theme-dark = Dunkel
header-theme-contrast = Hoher Kontrast
# Projektionsmodus: große Schrift für den Beamer im Klassenraum.
header-project = Beamer
header-project-exit = Beamer-Modus beenden
header-project-title = Beamer-Modus für den Unterricht (P)
header-share = Teilen
# Die Filter unter der Kopfzeile.

filters-search = Ereignisse durchsuchen
filters-search-placeholder = Ereignisse, Personen, Quellen durchsuchen  ( / )
# Wie viele Ereignisse die Filter durchlassen: $n davon, von $all („95 Ereignisse“).
filters-match-count = { $n } Treffer ({ $all })
# Öffnet eine Liste von Personen zum Filtern.
filters-by-person = Nach Person
filters-by-source = Nach Quelle
# Schalter: nur die Ereignisse, bei denen die Quellendokumente abweichen (danach ihre Zahl).
filters-differ = Quellen weichen ab{ " " }
filters-differ-title = Nur die Ereignisse, bei denen die Quellendokumente voneinander abweichen
# Was mit den Ereignissen geschieht, die nicht zu den Filtern passen.
filters-unmatched = Nicht passende Ereignisse
filters-dim = Andere abblenden
filters-hide = Andere ausblenden
filters-clear = Filter zurücksetzen
filters-categories = Kategorien: Ereignisse aller gewählten Kategorien zeigen
filters-no-match = Kein Ereignis passt zu diesen Filtern.
# Eine eigene Zeitstrahl-Datei der Klasse öffnen, und die Zeile, die sagt, woher ein Zeitstrahl stammt.

open-button = Öffnen…
open-busy = Wird geöffnet…
open-label = Zeitstrahl-Datei öffnen
open-title = Eine Zeitstrahl-Datei von diesem Gerät öffnen: JSON dieser App, TimelineJS-JSON oder eine als CSV gespeicherte Tabelle (oder die Datei auf die Seite ziehen)
origin-label = Herkunft dieses Zeitstrahls
# $path ist die Adresse einer Datei auf dieser Website, „data/class.json“.
origin-site = Zeitstrahl aus { $path } auf dieser Website.
# $host ist eine andere Website, „example.org“.
origin-web = Dieser Zeitstrahl stammt von { $host }, nicht von dieser Website: Für den Inhalt sind seine Autoren verantwortlich.
# $file ist der Name einer Datei, die geöffnet wurde.
origin-file = Eigene Datei „{ $file }“, auf diesem Gerät geöffnet: Es wurde nichts hochgeladen, und Links darauf öffnen anderswo den Standard-Zeitstrahl.
origin-download = Herunterladen…
origin-back = Zurück zum Standard-Zeitstrahl
# Während der Zeitstrahl lädt.

loading-timeline = Zeitstrahl wird geladen…
# Wie weit das Laden ist: bisher gelesene Ereignisse, von allen.
loading-events = { $total ->
    [one] { $n } von { $total } Ereignis gelesen
   *[other] { $n } von { $total } Ereignissen gelesen
}
# $amount ist eine Zahl von Megabytes, „1,5“.
loading-megabytes = { $amount } MB
# $got und $all sind Größen wie „1,5 MB“.
loading-bytes-of = { $got } von { $all }
loading-bytes = { $got } empfangen
# Warum eine Datei nicht gelesen werden konnte (diese beenden einen Satz wie „Konnte … nicht laden: “).
load-request-failed = Die Anfrage ist fehlgeschlagen
load-not-utf8 = Die Datei ist kein UTF-8-Text
load-import-missing = Der Teil der App, der diese Datei liest, ist nicht angekommen
# Teile der App, die bei Bedarf geladen werden, und Hinweise.

app-not-loaded = Der Zeitstrahl konnte nicht geladen werden…
# Schließt die Hinweise zu ignorierten Teilen eines Links.
app-dismiss = Schließen
app-loading-list = Liste wird geladen…
app-loading-activity = Übung wird geladen…
app-loading-compare = Vergleich wird geladen…
app-loading = Wird geladen…
# Der Übersichtsstreifen unten am Zeitstrahl.
overview-title = Übersicht: den hervorgehobenen Ausschnitt ziehen, um ihn zu verschieben, seine Ränder ziehen, um zu zoomen
# Links für Tastaturnutzer oben auf der Seite.
skip-timeline = Zum Zeitstrahl springen
skip-event = Zum geöffneten Ereignis springen
# Der Streifen: eine Schaltfläche für mehrere Ereignisse, die zu dicht beieinander liegen. $from ist
# ein Datum; $hits, wie viele davon zu den Filtern passen.
cluster-more = { $n ->
    [one] { $n } weiteres Ereignis ab { $from }: zum Anzeigen vergrößern
   *[other] { $n } weitere Ereignisse ab { $from }: zum Anzeigen vergrößern
}
cluster-more-matching = { $n ->
    [one] { $n } weiteres Ereignis ab { $from }, davon { $hits } passend zu den Filtern; zum Anzeigen vergrößern
   *[other] { $n } weitere Ereignisse ab { $from }, davon { $hits } passend zu den Filtern; zum Anzeigen vergrößern
}
# Über einer Gruppe: wie viele ihrer Ereignisse passen („3 Treffer“), wenn keine einzelne Kategorie sie benennt.
cluster-matching = Treffer
# Schaltflächen an den Rändern des Streifens: passende Ereignisse außerhalb des Ausschnitts.
edge-earlier = { $n ->
    [one] { $n } passendes Ereignis davor: das nächstgelegene zeigen
   *[other] { $n } passende Ereignisse davor: das nächstgelegene zeigen
}
edge-later = { $n ->
    [one] { $n } passendes Ereignis danach: das nächstgelegene zeigen
   *[other] { $n } passende Ereignisse danach: das nächstgelegene zeigen
}
strip-eras = Sichtbare Zeitabschnitte
strip-label = Zeitstrahl: Zoomen per Scrollen oder mit zwei Fingern, Verschieben per Ziehen; + und − zoomen, Pfeiltasten verschieben
strip-events = Ereignisse in zeitlicher Reihenfolge
# Die Anzeige, wenn die App nicht mehr funktioniert.
fatal-title = Der Zeitstrahl funktioniert nicht mehr
fatal-text = In der App ist ein Fehler aufgetreten. Meist hilft es, die Seite neu zu laden; falls es wieder passiert, bitte der Person Bescheid geben, die diesen Zeitstrahl geteilt hat (Details stehen in der Konsole des Browsers).
# Die eigenen Hinweise der Seite, wenn der interaktive Zeitstrahl nicht starten kann.
page-reload = Neu laden
page-no-wasm = Dieses Gerät unterstützt kein WebAssembly, das der interaktive Zeitstrahl braucht: Alle Ereignisse, ihre Quellen und die Liste lassen sich hier trotzdem lesen (Zoomen, Filtern und Suchen nicht).
page-offline-readable = Dieses Gerät ist offline, und der interaktive Zeitstrahl ist noch nicht darauf gespeichert: Was hier steht, lässt sich trotzdem lesen.
page-cannot-start-readable = Der interaktive Zeitstrahl konnte hier nicht starten: Alle Ereignisse, ihre Quellen und die Liste lassen sich trotzdem lesen (Zoomen, Filtern und Suchen brauchen ihn). Meist hilft es, die Seite neu zu laden.
page-start-title = Der Zeitstrahl konnte nicht starten
page-start-offline = Dieses Gerät ist offline, und die App ist noch nicht darauf gespeichert. Die Seite neu laden, sobald die Verbindung wieder steht.
page-start-missing = Ein Teil der App ist nicht vom Server angekommen. Meist hilft es, die Seite neu zu laden.
# Eine Leiste, die eine neue Version der App anbietet; danach eine Schaltfläche „neu laden“.
page-update = Eine neue Version ist verfügbar –{ " " }
page-update-reload = neu laden
