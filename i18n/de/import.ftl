# Eine TimelineJS-Datei oder eine Tabelle öffnen: was der Import ausgelassen oder geändert hat. $list
# nennt die Stellen („Eintrag in Zeile 3; Eintrag in Zeile 9“), $more ist „import-and-more“ oder nichts.
import-and-more = { " " }und { $n } weitere
import-undated-event = { $n ->
    [one] { $n } Ereignis ohne Datum ausgelassen (TimelineJS überspringt solche auch): { $list }{ $more }.
   *[other] { $n } Ereignisse ohne Datum ausgelassen (TimelineJS überspringt sie auch): { $list }{ $more }.
}
import-undated-row = { $n ->
    [one] { $n } Zeile ohne Datum ausgelassen (TimelineJS überspringt solche auch): { $list }{ $more }.
   *[other] { $n } Zeilen ohne Datum ausgelassen (TimelineJS überspringt sie auch): { $list }{ $more }.
}
import-too-far-event = { $n ->
    [one] { $n } Ereignis mit einem Datum jenseits von tausend Milliarden Jahren ausgelassen: { $list }{ $more }.
   *[other] { $n } Ereignisse mit einem Datum jenseits von tausend Milliarden Jahren ausgelassen: { $list }{ $more }.
}
import-too-far-row = { $n ->
    [one] { $n } Zeile mit einem Datum jenseits von tausend Milliarden Jahren ausgelassen: { $list }{ $more }.
   *[other] { $n } Zeilen mit einem Datum jenseits von tausend Milliarden Jahren ausgelassen: { $list }{ $more }.
}
import-seconds = { $n ->
    [one] { $n } Datum auf die Minute gekürzt (Sekunden entfernt): { $list }{ $more }.
   *[other] { $n } Datumsangaben auf die Minute gekürzt (Sekunden entfernt): { $list }{ $more }.
}
import-dayless-times = { $n ->
    [one] { $n } Uhrzeit ausgelassen, weil kein Tag dazu angegeben ist: { $list }{ $more }.
   *[other] { $n } Uhrzeiten ausgelassen, weil kein Tag dazu angegeben ist: { $list }{ $more }.
}
import-refused-media = { $n ->
    [one] { $n } Medium kann nicht angezeigt werden (ein Hinweis steht an seiner Stelle): { $list }{ $more }.
   *[other] { $n } Medien können nicht angezeigt werden (ein Hinweis steht an ihrer Stelle): { $list }{ $more }.
}
# Wie eine Datei gelesen wurde.
import-slides = Die „slides“ der Datei wurden als ihre Ereignisse gelesen (TimelineJS nennt sie „events“).
import-legacy = Im älteren Format von TimelineJS 1 und 2 gelesen („date“, „startDate“, „asset“).
# Eine Folie oder Zeile in einem Hinweis benennen. $n zählt ab 1.
import-era-number = Epoche { $n }
import-event-number = Ereignis { $n }
import-event-named = Ereignis „{ $title }“
import-at-line = { $what } (Zeile { $line })
# Ein Datum jenseits der Jahre, die ein Zeitstrahl zeigen kann: $year ist das Jahr.
import-ending = { $what }: Ende im Jahr { $year }
import-era-needs = { $key } fehlt; jede Epoche braucht diese Angabe
import-no-year = hat kein Jahr
# $key ist „year“, „month“, „day“…, $value die Angabe der Datei.
import-not-whole = { $key } { $value } ist keine ganze Zahl
import-no-such = { $key } { $value } gibt es nicht
import-bad-date = „{ $value }“ ist kein Datum, das TimelineJS lesen kann (Jahr,Monat,Tag als „1870,7,19“ oder „1870-07-19“)
# Was eine JSON-Datei enthält, wo ein Zeitstrahl erwartet wurde.
json-kind = { $kind ->
    [null] null
    [bool] true oder false
    [number] eine Zahl
    [text] ein Text
    [list] eine Liste
   *[object] ein Objekt
}
json-no-keys = keine Schlüssel
# $key ist ein Schlüssel der Datei, $kind einer der json-kind.
json-not-list = „{ $key }“ ist { $kind }, keine Liste
json-timeline-no-list = {"{"}"timeline": {"{"}…{"}"}{"}"} mit { $keys } gefunden, aber keine Liste „events“, „slides“ oder „date“
json-timeline-not-object = „timeline“ ist { $kind }, kein Objekt
json-no-events = Objekt mit { $keys } gefunden, aber keine Liste „events“
json-top = auf oberster Ebene { $kind } gefunden, kein Objekt
json-expected-timelinejs = { $found }: Erwartet wurde ein TimelineJS-Zeitstrahl: ein Objekt mit einer Liste „events“ (TimelineJS 3), oder {"{"}"timeline": {"{"}…{"}"}{"}"} darum herum, oder eine Liste „date“ in „timeline“ (TimelineJS 1 und 2)
# $message ist die Meldung des JSON-Lesers (auf Englisch).
json-expected-ours = { $message } – erwartet wurde unser Zeitstrahl-JSON ({"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}, data/README.md) oder eine TimelineJS-Datei
# Tabellen (CSV).
sheet-empty = Die Datei ist leer: Erwartet wurde eine Kopfzeile
# $columns sind die Namen der fehlenden Spalten.
sheet-missing-column = { $template ->
    [timelinejs] Der Kopfzeile fehlt die Spalte { $columns }: Erwartet wurden die Spalten der TimelineJS-Vorlage (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] Der Kopfzeile fehlt die Spalte { $columns }: Erwartet wurden die Spalten start, title und optional end, summary, category, id, display_date
}
sheet-the-file = die Datei
sheet-unclosed-quote = Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird: Der Rest der Datei würde als dieses eine Feld gelesen; mit " schließen
# $reason ist die Meldung des CSV-Lesers (auf Englisch).
sheet-unreadable = Die CSV-Datei kann hier nicht gelesen werden: { $reason }
sheet-bad-time = „{ $value }“ ist keine Uhrzeit („14:30“ oder „2:30 PM“)
sheet-row = Eintrag in Zeile { $line }
sheet-era-no-year = ist eine Epoche ohne Year; eine Epoche braucht beide Enden
sheet-era-no-end-year = ist eine Epoche ohne End Year; eine Epoche braucht beide Enden
sheet-no-start = hat kein Startdatum
# Der Titel einer Datei, die keinen angibt.
import-untitled = Importierter Zeitstrahl
json-events-not-list = „events“ ist keine Liste
# Der Name einer Epoche, die keinen hat, und das Hintergrundbild einer Folie als Zeile.
import-era-label = Epoche { $n }
import-era-line = Epoche in Zeile { $line }
import-background = Hintergrund: { $url }
