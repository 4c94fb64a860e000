# The header: the timeline's title and the view tools.

# A period in the "Jump to" menu: its name and its dates, "The Great Purge (Aug 1936–Nov 1938)".
header-period = { $label } ({ $span })
# Accessible name of the row of view tools.
header-tools = Widok
# Button that shows the filters on a phone.
header-filters = Filtry
header-jump-label = Przejdź do okresu
header-jump = Przejdź do…
# The window the timeline's author chose to open on.
header-jump-default = Najważniejszy okres
header-jump-all = Całość
header-list = Lista
header-list-title = Pokaż wydarzenia jako listę (L); naciśnij ponownie, aby wrócić do osi czasu
header-compare = Porównaj
header-compare-title = Porównaj, co podaje każde źródło, wydarzenie po wydarzeniu (C); naciśnij ponownie, aby wrócić do osi czasu
header-zoom = Powiększenie
header-zoom-in = Powiększ
header-zoom-in-title = Powiększ (+)
header-zoom-out = Pomniejsz
header-zoom-out-title = Pomniejsz (−)
header-fit-all = Całość
header-fit-all-title = Pokaż wszystko (0)
# Opens the dialog about the source documents.
header-sources = Źródła
header-tours = Wycieczki
header-activities = Ćwiczenia
header-activities-title = Ćwiczenia na lekcję oparte na źródłach: ułóż wydarzenia w kolejności, kto tak mówi, skonfrontuj źródła
# Hides the events after the current one, to reveal them one at a time in class.
header-reveal = Odsłaniaj
header-reveal-title = Ukryj wszystkie wydarzenia po bieżącym (R)
header-theme = Motyw kolorystyczny
header-theme-light = Jasny
header-theme-dark = Ciemny
header-theme-contrast = Wysoki kontrast
# Projection mode: large type for a classroom projector.
header-project = Projekcja
header-project-exit = Zakończ projekcję
header-project-title = Tryb projekcji na rzutniku w klasie (P)
header-share = Udostępnij
# The filters under the header.

filters-search = Szukaj wydarzeń
filters-search-placeholder = Szukaj wydarzeń, osób, źródeł  ( / )
# How many events pass the filters: $n of them, out of $all ("95 events").
filters-match-count = Pasujące: { $n } (łącznie { $all })
# Opens a list of people to filter by.
filters-by-person = Według osób
filters-by-source = Według źródeł
# Toggle: only the events where the source documents disagree (followed by their number).
filters-differ = Źródła się różnią{ " " }
filters-differ-title = Tylko wydarzenia, w których dokumenty źródłowe się różnią
# What to do with the events that do not pass the filters.
filters-unmatched = Wydarzenia niepasujące
filters-dim = Przyciemnij pozostałe
filters-hide = Ukryj pozostałe
filters-clear = Wyczyść filtry
filters-categories = Kategorie: pokaż wydarzenia z dowolnej zaznaczonej
filters-no-match = Żadne wydarzenie nie pasuje do tych filtrów.
# Opening a class's own timeline file, and the line that says where a timeline comes from.

open-button = Otwórz…
open-busy = Otwieranie…
open-label = Otwórz plik osi czasu
open-title = Otwórz plik osi czasu z tego urządzenia: JSON tej aplikacji, JSON TimelineJS lub arkusz zapisany jako CSV (albo upuść plik na stronę)
origin-label = Skąd pochodzi ta oś czasu
# $path is a file's address on this site, "data/class.json".
origin-site = Oś czasu z pliku { $path } w tej witrynie.
# $host is another website, "example.org".
origin-web = Ta oś czasu pochodzi z witryny { $host }, a nie z tej witryny: za jej treść odpowiadają jej autorzy.
# $file is the name of a file the reader opened.
origin-file = Twój plik „{ $file }”, otwarty na tym urządzeniu: nic nie zostało wysłane, a linki do niego otwierają gdzie indziej domyślną oś czasu.
origin-download = Pobierz…
origin-back = Wróć do domyślnej osi czasu
# While the timeline loads.

loading-timeline = Wczytywanie osi czasu…
# How far loading has come: events read so far, of all of them.
loading-events = { $total ->
    [one] Wczytano { $n } z { $total } wydarzenia
    [few] Wczytano { $n } z { $total } wydarzeń
    [many] Wczytano { $n } z { $total } wydarzeń
   *[other] Wczytano { $n } z { $total } wydarzenia
}
# $amount is a number of megabytes, "1.5".
loading-megabytes = { $amount } MB
# $got and $all are sizes such as "1.5 MB".
loading-bytes-of = { $got } z { $all }
loading-bytes = Pobrano { $got }
# Why a file could not be read (these end a sentence such as "Could not load …: ").
load-request-failed = żądanie nie powiodło się
load-not-utf8 = plik nie jest tekstem w kodowaniu UTF-8
load-import-missing = nie dotarła część aplikacji, która odczytuje ten plik
# Parts of the app that arrive on demand, and notices.

app-not-loaded = Nie udało się wczytać osi czasu…
# Closes the notices about a link's parts that were ignored.
app-dismiss = Zamknij
app-loading-list = Wczytywanie listy…
app-loading-activity = Wczytywanie ćwiczenia…
app-loading-compare = Wczytywanie porównania…
app-loading = Wczytywanie…
# The overview strip at the bottom of the timeline.
overview-title = Przegląd: przeciągnij podświetlone okno, aby je przesunąć, albo jego krawędzie, aby zmienić powiększenie
# Links for keyboard users at the top of the page.
skip-timeline = Przejdź do osi czasu
skip-event = Przejdź do otwartego wydarzenia
# The strip: a button that stands for several events too close together to show. $from is
# a date; $hits how many of them pass the filters.
cluster-more = { $n ->
    [one] { $n } kolejne wydarzenie od { $from }: powiększ, aby je zobaczyć
    [few] { $n } kolejne wydarzenia od { $from }: powiększ, aby je zobaczyć
    [many] { $n } kolejnych wydarzeń od { $from }: powiększ, aby je zobaczyć
   *[other] { $n } kolejnego wydarzenia od { $from }: powiększ, aby je zobaczyć
}
cluster-more-matching = { $n ->
    [one] { $n } kolejne wydarzenie od { $from }, pasujące do filtrów: { $hits }; powiększ, aby je zobaczyć
    [few] { $n } kolejne wydarzenia od { $from }, w tym pasujących do filtrów: { $hits }; powiększ, aby je zobaczyć
    [many] { $n } kolejnych wydarzeń od { $from }, w tym pasujących do filtrów: { $hits }; powiększ, aby je zobaczyć
   *[other] { $n } kolejnego wydarzenia od { $from }, w tym pasujących do filtrów: { $hits }; powiększ, aby je zobaczyć
}
# Above a cluster: how many of its events match ("3 matching"), when no single category names them.
cluster-matching = w filtrze
# Buttons at the strip's edges: matching events beyond the window.
edge-earlier = { $n ->
    [one] { $n } pasujące wydarzenie wcześniej: pokaż najbliższe
    [few] { $n } pasujące wydarzenia wcześniej: pokaż najbliższe
    [many] { $n } pasujących wydarzeń wcześniej: pokaż najbliższe
   *[other] { $n } pasującego wydarzenia wcześniej: pokaż najbliższe
}
edge-later = { $n ->
    [one] { $n } pasujące wydarzenie później: pokaż najbliższe
    [few] { $n } pasujące wydarzenia później: pokaż najbliższe
    [many] { $n } pasujących wydarzeń później: pokaż najbliższe
   *[other] { $n } pasującego wydarzenia później: pokaż najbliższe
}
strip-eras = Okresy na ekranie
strip-label = Oś czasu: przewiń lub zsuń/rozsuń palce, aby zmienić powiększenie, przeciągnij, aby przesunąć; klawisze + i − powiększają i pomniejszają, strzałki przesuwają
strip-events = Wydarzenia w kolejności chronologicznej
# The panel shown when the app has stopped working.
fatal-title = Oś czasu przestała działać
fatal-text = W aplikacji coś poszło nie tak. Zwykle pomaga odświeżenie strony; jeśli problem się powtórzy, powiadom osobę, która udostępniła tę oś czasu (szczegóły są w konsoli przeglądarki).
# The page's own notes, shown when the interactive timeline cannot start.
page-reload = Odśwież
page-no-wasm = To urządzenie nie obsługuje technologii WebAssembly, której wymaga interaktywna oś czasu: wszystkie wydarzenia, ich źródła i listę można jednak przeczytać tutaj (powiększanie, filtrowanie i wyszukiwanie nie działają).
page-offline-readable = To urządzenie jest offline, a interaktywna oś czasu nie została jeszcze na nim zapisana: to, co widać tutaj, można jednak przeczytać.
page-cannot-start-readable = Nie udało się tu uruchomić interaktywnej osi czasu: wszystkie wydarzenia, ich źródła i listę można jednak przeczytać (powiększanie, filtrowanie i wyszukiwanie wymagają jej działania). Zwykle pomaga odświeżenie strony.
page-start-title = Nie udało się uruchomić osi czasu
page-start-offline = To urządzenie jest offline, a aplikacja nie została jeszcze na nim zapisana. Odśwież stronę, gdy połączenie wróci.
page-start-missing = Część aplikacji nie dotarła z serwera. Zwykle pomaga odświeżenie strony.
# A bar offering a new version of the app; followed by a "reload" button.
page-update = Dostępna jest nowa wersja —{ " " }
page-update-reload = odśwież
