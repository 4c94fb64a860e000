# When a timeline cannot be loaded or a file cannot be opened. $url is the data's address.

failure-network = Nie udało się połączyć z danymi osi czasu ({ $url }).
# $message is what the browser said.
failure-network-detail = Przeglądarka zgłosiła: { $message }. Sprawdź połączenie i spróbuj ponownie.
failure-http = Nie udało się wczytać danych osi czasu ({ $url }).
# $status and $text are the server's answer: "404 Not Found".
failure-http-detail = Serwer odpowiedział: { $status } { $text }. Sprawdź, czy plik istnieje.
failure-timeout = Dane osi czasu ({ $url }) nie dotarły.
failure-timeout-detail = { $n ->
    [one] Serwer nie odpowiadał przez { $n } sekundę. Sprawdź połączenie i spróbuj ponownie.
    [few] Serwer nie odpowiadał przez { $n } sekundy. Sprawdź połączenie i spróbuj ponownie.
    [many] Serwer nie odpowiadał przez { $n } sekund. Sprawdź połączenie i spróbuj ponownie.
   *[other] Serwer nie odpowiadał przez { $n } sekundy. Sprawdź połączenie i spróbuj ponownie.
}
failure-redirected = Dane osi czasu ({ $url }) nie zostały wczytane.
failure-redirected-to = Ta witryna przekierowała żądanie do innej witryny ({ $host }); dane osi czasu tej witryny muszą pochodzić z tej samej witryny.
failure-redirected-detail = Ta witryna przekierowała żądanie do innej witryny; dane osi czasu tej witryny muszą pochodzić z tej samej witryny.
failure-too-large = Dane osi czasu ({ $url }) są za duże.
# $n is a number of megabytes.
failure-too-large-detail = Mają ponad { $n } MB, a to najwięcej, ile wczytuje ta aplikacja. Podziel je na mniejsze osie czasu.
failure-unreadable = Nie udało się odczytać danych osi czasu ({ $url }).
failure-invalid = Dane osi czasu ({ $url }) zawierają błędy.
# $error is "The data file has 3 problems".
failure-invalid-detail = { $error }; dopóki nie zostaną poprawione, nic nie będzie pokazane:
problems-more = …i jeszcze { $n }.
problems-close = Zamknij
# A file the reader opened. $file is its name.
open-failed = Nie udało się otworzyć pliku „{ $file }”
open-stays = Poprzednia oś czasu pozostaje otwarta.
open-too-large = Ma ponad { $n } MB, a to najwięcej, ile wczytuje ta aplikacja.
open-unreadable = Przeglądarka nie mogła go odczytać.
open-no-reader = Nie dotarła część aplikacji, która odczytuje pliki; sprawdź połączenie.
open-has-problems = { $n ->
    [one] Zawiera { $n } błąd; popraw go i otwórz plik ponownie.
    [few] Zawiera { $n } błędy; popraw je i otwórz plik ponownie.
    [many] Zawiera { $n } błędów; popraw je i otwórz plik ponownie.
   *[other] Zawiera { $n } błędu; popraw je i otwórz plik ponownie.
}
# Where in a file a problem is: "line 3, column 7: ".
problem-at = linia { $line }, kolumna { $column }:{ " " }
# $message is the reason the JSON reader gives (in English).
problem-syntax = Plik danych nie jest poprawnym plikiem JSON osi czasu (linia { $line }, kolumna { $column }): { $message }
problem-count = { $n ->
    [one] Plik danych zawiera { $n } błąd
    [few] Plik danych zawiera { $n } błędy
    [many] Plik danych zawiera { $n } błędów
   *[other] Plik danych zawiera { $n } błędu
}
# Dates a file gives that cannot be read. $value is what the file writes.
date-bad = „{ $value }” nie jest datą w formacie RRRR, RRRR-MM, RRRR-MM-DD ani RRRR-MM-DDTGG:MM
date-bad-ago = „{ $value }” nie jest liczbą lat wstecz
date-too-far = „{ $value }” wykracza poza lata, które może pokazać oś czasu (bilion lat w każdą stronę)
# $from and $to are years.
date-year-only = „{ $value }” wykracza poza lata kalendarza (od { $from } do { $to }): tak odległa data może być tylko rokiem
date-outside-calendar = „{ $value }” leży poza latami kalendarza (od { $from } do { $to })
date-no-month = „{ $value }” ma miesiąc { $number }, który nie istnieje
# $month is a month's name, $when a year, $day a day number.
date-no-day = „{ $value }” nie jest istniejącym dniem ({ $month } { $when } nie ma dnia { $day })
date-time-without-day = „{ $value }” podaje godzinę bez dnia
date-no-hour = „{ $value }” ma godzinę { $number }, która nie istnieje
date-no-minute = „{ $value }” ma minutę { $number }, która nie istnieje
date-day-only = „{ $value }” podaje godzinę: wpisz tylko dzień
# Problems in a timeline file, each after where it is. Field names ("title", "summary") are
# the file format's own and stay as they are.
# Where: $kind is what the file describes, $id its id.
place = { $kind ->
    [event] wydarzenie „{ $id }”
    [source] źródło „{ $id }”
    [category] kategoria „{ $id }”
    [person] osoba „{ $id }”
    [era] okres „{ $id }”
    [tour] wycieczka „{ $id }”
   *[other] { $kind } „{ $id }”
}
place-alone = { $kind ->
    [dataset] zbiór danych
   *[other] { $kind }
}
problem-empty = pole { $field } jest puste
problem-empty-not-stated = pole { $field } jest puste (wpisz „Not stated”, jeśli dokument tego nie podaje)
problem-empty-leave-out = pole { $field } jest puste (pomiń je, jeśli dokument tego nie podaje)
problem-provenance-missing = brak pola { $field }: każde źródło dołączonego zbioru danych podaje swoje pochodzenie („Not stated”, jeśli dokument tego nie podaje)
# $reason is why the date cannot be read.
problem-date = { $field }: { $reason }
problem-slug = niepoprawne id; dozwolone są: { $rule }
problem-duplicate = { $kind ->
    [event] powtórzony identyfikator wydarzenia
    [source] powtórzony identyfikator źródła
    [category] powtórzony identyfikator kategorii
    [person] powtórzony identyfikator osoby
    [era] powtórzony identyfikator okresu
   *[tour] powtórzony identyfikator wycieczki
}
problem-end-before-start = koniec { $end } jest wcześniej niż początek { $start }
problem-short-title = pole short_title jest puste (pomiń je, aby użyć tytułu)
problem-colour = kolor „{ $value }” nie ma postaci #rrggbb
problem-era-no-source = nie ma źródła: każdy okres musi powoływać się na co najmniej jedno
problem-event-no-source = nie ma źródła: każde wydarzenie musi powoływać się na co najmniej jedno
problem-unknown-source = powołuje się na nieznane źródło „{ $id }”
problem-unknown-category = nieznana kategoria „{ $id }”
problem-unknown-person = nieznana osoba „{ $id }”
problem-step-event = krok { $number } wskazuje nieznane wydarzenie „{ $id }”
problem-step-note = krok { $number } nie ma notatki
problem-no-events = nie ma wydarzeń
problem-media-both = pole media zawiera jednocześnie url i quote: podaj tylko jedno
problem-media-neither = pole media nie zawiera ani url, ani quote
problem-paragraph = numery akapitów w odwołaniach zaczynają się od 1
problem-says-nothing = odwołanie do „{ $id }” niczego nie przytacza
problem-two-claims = rozbieżność w kwestii „{ $about }” wymaga co najmniej dwóch wersji
problem-claim-no-source = wersja w kwestii „{ $about }” nie wskazuje żadnego źródła
problem-claim-uncited = rozbieżność w kwestii „{ $about }” wskazuje źródło „{ $id }”, na które wydarzenie się nie powołuje
# Loaded anyway, with a notice.
warning-window-outside = Pole default_window pliku ({ $from }–{ $to }) leży poza jego wydarzeniami; oś czasu otworzy się na wszystkich wydarzeniach.
warning-lang = Pominięto "lang": "{ $value }": podaj kod języka, np. en, fr lub pt-BR.
# Entries a curated file declares but never uses.
lint-category = żadne wydarzenie jej nie używa
lint-person = żadne wydarzenie jej nie wymienia
lint-source = żadne wydarzenie się na nie nie powołuje
problem-two-values = rozbieżność w kwestii „{ $about }” przypisuje źródłu „{ $id }” dwie wartości, ale wydarzenie przywołuje tylko jeden jego fragment: przywołaj fragment dla każdej z nich
# What an id may be made of; $n is the most characters.
slug-rule = małe litery, cyfry i łączniki (nie na początku ani na końcu), do { $n } znaków
