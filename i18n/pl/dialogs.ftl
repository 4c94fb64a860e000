# The dialogs.

# The sources dialog's title for $n documents ("The five sources").
sources-title = { $n ->
    [0] Źródła
    [1] Źródło
    [2] Dwa źródła
    [3] Trzy źródła
    [4] Cztery źródła
    [5] Pięć źródeł
    [6] Sześć źródeł
    [7] Siedem źródeł
    [8] Osiem źródeł
    [9] Dziewięć źródeł
    [10] Dziesięć źródeł
    [one] Źródła
    [few] Źródła
    [many] Źródła
   *[other] Źródła
}
sources-intro = Wydarzenia powołują się na poniższe dokumenty. Tam, gdzie dokumenty się różnią, wydarzenie to zaznacza.
# Labels in a document's card.
sources-kind = Rodzaj
sources-covers = Okres
sources-speaks-of = Omawia
# Accessible name of a document's density strip: $from and $to are years, $speaks "18 events, 1928–1937".
sources-coverage = Rozkład wzmianek w latach { $from }–{ $to }: { $speaks }
sources-show-events = { $n ->
    [one] Pokaż { $n } wydarzenie, o którym mówi
    [few] Pokaż { $n } wydarzenia, o których mówi
    [many] Pokaż { $n } wydarzeń, o których mówi
   *[other] Pokaż { $n } wydarzenia, o których mówi
}
sources-reading = Dalsza lektura, którą wymienia lub cytuje

# Dialog titles.
dialog-download = Pobierz tę oś czasu
dialog-activities = Ćwiczenia na lekcję
dialog-share = Udostępnij ten widok
dialog-tours = Wycieczki z przewodnikiem
dialog-people = Filtruj według osób
dialog-source-filter = Filtruj według dokumentów źródłowych
# Share dialog.
share-note = Ten link otwiera to samo wydarzenie, te same filtry i ten sam przedział czasu na dowolnym urządzeniu.
share-link = Link do tego widoku
share-copy = Kopiuj link
share-copied = Skopiowano link do schowka.
share-blocked = Kopiowanie zostało zablokowane: link jest zaznaczony, naciśnij Ctrl+C (⌘C), aby go skopiować.
share-selected = Link jest zaznaczony: naciśnij Ctrl+C (⌘C), aby go skopiować.
share-qr = Kod QR linku
share-too-long = Ten link jest za długi na kod QR.
# Followed by a "Download…" button.
share-download-lead = Aby zachować samą oś czasu albo przenieść ją do TimelineJS lub arkusza kalkulacyjnego:{ " " }
# Download dialog.
download-intro = { $n ->
    [one] { $n } wydarzenie osi czasu widocznej na ekranie, niezależnie od filtrów, jako plik do zachowania, ponownego otwarcia tutaj („Otwórz…”) lub przeniesienia do TimelineJS.
    [few] Wszystkie { $n } wydarzenia osi czasu widocznej na ekranie, niezależnie od filtrów, jako plik do zachowania, ponownego otwarcia tutaj („Otwórz…”) lub przeniesienia do TimelineJS.
    [many] Wszystkie { $n } wydarzeń osi czasu widocznej na ekranie, niezależnie od filtrów, jako plik do zachowania, ponownego otwarcia tutaj („Otwórz…”) lub przeniesienia do TimelineJS.
   *[other] Wszystkie { $n } wydarzenia osi czasu widocznej na ekranie, niezależnie od filtrów, jako plik do zachowania, ponownego otwarcia tutaj („Otwórz…”) lub przeniesienia do TimelineJS.
}
# The three formats a timeline can be downloaded in, and what each is for.
download-choice = { $format ->
    [ours] JSON tej aplikacji
    [timelinejs] JSON dla TimelineJS
   *[csv] Arkusz kalkulacyjny (CSV)
}
download-what = { $format ->
    [ours] wszystko: źródła, odwołania do nich, rozbieżności, wycieczki
    [timelinejs] otwiera się w TimelineJS; źródła i rozbieżności stają się wierszami tekstu
   *[csv] szablon arkusza TimelineJS dla Arkuszy Google lub Excela
}
# $file is the downloaded file's name.
download-saved = Zapisano jako „{ $file }”.
download-refused = Przeglądarka nie przyjęła pliku: spróbuj w innej przeglądarce.
download-missing = Nie udało się pobrać części aplikacji, która zapisuje pliki: sprawdź połączenie i spróbuj ponownie.
# Tours dialog.
tours-intro = Przechodź między krokami klawiszami → i ←, spacją, Page Up/Down lub pilotem do prezentacji. Każdy krok to link.
# Filter pickers.
people-intro = Pokazywane są wydarzenia z udziałem dowolnej z zaznaczonych osób.
people-find = Znajdź osobę
people-find-placeholder = Znajdź osobę (dowolna pisownia)
source-filter-intro = Pokazywane są wydarzenia, o których mówi dowolny z zaznaczonych dokumentów.
pickers-untick = Odznacz wszystko
pickers-done = Gotowe
tours-start = { $n ->
    [one] Rozpocznij ({ $n } krok)
    [few] Rozpocznij ({ $n } kroki)
    [many] Rozpocznij ({ $n } kroków)
   *[other] Rozpocznij ({ $n } kroku)
}
