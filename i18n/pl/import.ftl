# Opening a TimelineJS file or a spreadsheet: what the import left out or changed. $list
# names where ("row on line 3; row on line 9"), $more is "import-and-more" or nothing.
import-and-more = { " " }i jeszcze { $n }
import-undated-event = { $n ->
    [one] Pominięto { $n } wydarzenie bez daty (TimelineJS też je pomija): { $list }{ $more }.
    [few] Pominięto { $n } wydarzenia bez daty (TimelineJS też je pomija): { $list }{ $more }.
    [many] Pominięto { $n } wydarzeń bez daty (TimelineJS też je pomija): { $list }{ $more }.
   *[other] Pominięto { $n } wydarzenia bez daty (TimelineJS też je pomija): { $list }{ $more }.
}
import-undated-row = { $n ->
    [one] Pominięto { $n } wiersz bez daty (TimelineJS też je pomija): { $list }{ $more }.
    [few] Pominięto { $n } wiersze bez daty (TimelineJS też je pomija): { $list }{ $more }.
    [many] Pominięto { $n } wierszy bez daty (TimelineJS też je pomija): { $list }{ $more }.
   *[other] Pominięto { $n } wiersza bez daty (TimelineJS też je pomija): { $list }{ $more }.
}
import-too-far-event = { $n ->
    [one] Pominięto { $n } wydarzenie z datą odległą o ponad bilion lat: { $list }{ $more }.
    [few] Pominięto { $n } wydarzenia z datą odległą o ponad bilion lat: { $list }{ $more }.
    [many] Pominięto { $n } wydarzeń z datą odległą o ponad bilion lat: { $list }{ $more }.
   *[other] Pominięto { $n } wydarzenia z datą odległą o ponad bilion lat: { $list }{ $more }.
}
import-too-far-row = { $n ->
    [one] Pominięto { $n } wiersz z datą odległą o ponad bilion lat: { $list }{ $more }.
    [few] Pominięto { $n } wiersze z datą odległą o ponad bilion lat: { $list }{ $more }.
    [many] Pominięto { $n } wierszy z datą odległą o ponad bilion lat: { $list }{ $more }.
   *[other] Pominięto { $n } wiersza z datą odległą o ponad bilion lat: { $list }{ $more }.
}
import-seconds = { $n ->
    [one] Z dokładnością do minuty zapisano { $n } datę (sekundy pominięto): { $list }{ $more }.
    [few] Z dokładnością do minuty zapisano { $n } daty (sekundy pominięto): { $list }{ $more }.
    [many] Z dokładnością do minuty zapisano { $n } dat (sekundy pominięto): { $list }{ $more }.
   *[other] Z dokładnością do minuty zapisano { $n } daty (sekundy pominięto): { $list }{ $more }.
}
import-dayless-times = { $n ->
    [one] Pominięto { $n } godzinę, bo brakuje dnia, do którego mogłaby należeć: { $list }{ $more }.
    [few] Pominięto { $n } godziny, bo brakuje dnia, do którego mogłyby należeć: { $list }{ $more }.
    [many] Pominięto { $n } godzin, bo brakuje dnia, do którego mogłyby należeć: { $list }{ $more }.
   *[other] Pominięto { $n } godziny, bo brakuje dnia, do którego mogłyby należeć: { $list }{ $more }.
}
import-refused-media = { $n ->
    [one] Nie można pokazać { $n } elementu multimedialnego (w jego miejscu jest notka): { $list }{ $more }.
    [few] Nie można pokazać { $n } elementów multimedialnych (w ich miejscu są notki): { $list }{ $more }.
    [many] Nie można pokazać { $n } elementów multimedialnych (w ich miejscu są notki): { $list }{ $more }.
   *[other] Nie można pokazać { $n } elementu multimedialnego (w ich miejscu są notki): { $list }{ $more }.
}
# How a file was read.
import-slides = Elementy „slides” z pliku odczytano jako wydarzenia (TimelineJS nazywa je „events”).
import-legacy = Odczytano w starszym formacie TimelineJS 1 i 2 („date”, „startDate”, „asset”).
# Naming a slide or row in a notice. $n counts from 1.
import-era-number = okres { $n }
import-event-number = wydarzenie { $n }
import-event-named = wydarzenie „{ $title }”
import-at-line = { $what } (linia { $line })
# A date beyond the years a timeline can show: $year is the year.
import-ending = { $what }: koniec w roku { $year }
import-era-needs = nie ma pola { $key }, a każdy okres musi je mieć
import-no-year = nie ma roku
# $key is "year", "month", "day"…, $value what the file gives.
import-not-whole = { $key } { $value } nie jest liczbą całkowitą
import-no-such = { $key } { $value } nie istnieje
import-bad-date = „{ $value }” nie jest datą czytelną dla TimelineJS (rok,miesiąc,dzień, np. „1870,7,19”, albo „1870-07-19”)
# What a JSON file holds where a timeline was expected.
json-kind = { $kind ->
    [null] wartością null
    [bool] wartością true lub false
    [number] liczbą
    [text] tekstem
    [list] listą
   *[object] obiektem
}
json-no-keys = brak
# $key is a key of the file, $kind one of json-kind.
json-not-list = „{ $key }” jest { $kind }, a nie listą
json-timeline-no-list = znaleziono {"{"}"timeline": {"{"}…{"}"}{"}"} (klucze: { $keys }), ale bez listy „events”, „slides” ani „date”
json-timeline-not-object = „timeline” jest { $kind }, a nie obiektem
json-no-events = znaleziono obiekt (klucze: { $keys }), ale bez listy „events”
json-top = element najwyższego poziomu jest { $kind }, a nie obiektem
json-expected-timelinejs = { $found }: oczekiwano osi czasu TimelineJS, czyli obiektu z listą „events” (TimelineJS 3), takiego obiektu ujętego w {"{"}"timeline": {"{"}…{"}"}{"}"} albo listy „date” w „timeline” (TimelineJS 1 i 2)
# $message is what the JSON reader says (in English).
json-expected-ours = { $message } — oczekiwano pliku JSON osi czasu tej aplikacji ({"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}, data/README.md) lub pliku TimelineJS
# Spreadsheets (CSV).
sheet-empty = plik jest pusty: oczekiwano wiersza nagłówka
# $columns are the missing columns' names.
sheet-missing-column = { $template ->
    [timelinejs] w wierszu nagłówka brak kolumny { $columns }: oczekiwano kolumn szablonu TimelineJS (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] w wierszu nagłówka brak kolumny { $columns }: oczekiwano kolumn start, title i opcjonalnie end, summary, category, id, display_date
}
sheet-the-file = plik
sheet-unclosed-quote = tutaj otwiera się pole w cudzysłowie, które nie zostaje zamknięte: reszta pliku zostałaby odczytana jako to jedno pole; zamknij je znakiem "
# $reason is what the CSV reader says (in English).
sheet-unreadable = nie można tu odczytać pliku CSV: { $reason }
sheet-bad-time = „{ $value }” nie jest godziną („14:30” lub „2:30 PM”)
sheet-row = wiersz w linii { $line }
sheet-era-no-year = jest okresem bez wartości Year: okres musi mieć początek i koniec
sheet-era-no-end-year = jest okresem bez wartości End Year: okres musi mieć początek i koniec
sheet-no-start = nie ma daty początkowej
# The title of a file that gives none.
import-untitled = Zaimportowana oś czasu
json-events-not-list = „events” nie jest listą
# The name given to an era that has none, and a slide's background image kept as a line.
import-era-label = Okres { $n }
import-era-line = Okres w linii { $line }
import-background = Tło: { $url }
