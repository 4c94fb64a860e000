# Taking a timeline to TimelineJS or a spreadsheet: what is written into the events' text,
# and what has no place there. $n counts events.
export-citations = { $n ->
    [one] W { $n } wydarzeniu odwołania do źródeł wpisano do tekstu (TimelineJS nie obsługuje źródeł).
    [few] W { $n } wydarzeniach odwołania do źródeł wpisano do tekstu (TimelineJS nie obsługuje źródeł).
    [many] W { $n } wydarzeniach odwołania do źródeł wpisano do tekstu (TimelineJS nie obsługuje źródeł).
   *[other] W { $n } wydarzenia odwołania do źródeł wpisano do tekstu (TimelineJS nie obsługuje źródeł).
}
export-disputes = { $n ->
    [one] W { $n } wydarzeniu rozbieżności wpisano do tekstu (tam, gdzie źródła się różnią).
    [few] W { $n } wydarzeniach rozbieżności wpisano do tekstu (tam, gdzie źródła się różnią).
    [many] W { $n } wydarzeniach rozbieżności wpisano do tekstu (tam, gdzie źródła się różnią).
   *[other] W { $n } wydarzenia rozbieżności wpisano do tekstu (tam, gdzie źródła się różnią).
}
export-notes = { $n ->
    [one] W { $n } wydarzeniu uwagi redakcji wpisano do tekstu (TimelineJS nie obsługuje uwag).
    [few] W { $n } wydarzeniach uwagi redakcji wpisano do tekstu (TimelineJS nie obsługuje uwag).
    [many] W { $n } wydarzeniach uwagi redakcji wpisano do tekstu (TimelineJS nie obsługuje uwag).
   *[other] W { $n } wydarzenia uwagi redakcji wpisano do tekstu (TimelineJS nie obsługuje uwag).
}
export-people-of = { $n ->
    [one] W { $n } wydarzeniu osoby wpisano do tekstu (TimelineJS nie obsługuje osób).
    [few] W { $n } wydarzeniach osoby wpisano do tekstu (TimelineJS nie obsługuje osób).
    [many] W { $n } wydarzeniach osoby wpisano do tekstu (TimelineJS nie obsługuje osób).
   *[other] W { $n } wydarzenia osoby wpisano do tekstu (TimelineJS nie obsługuje osób).
}
export-categories = { $n ->
    [one] W { $n } wydarzeniu kategorie poza pierwszą wpisano do tekstu (TimelineJS przypisuje wydarzeniu tylko jedną grupę).
    [few] W { $n } wydarzeniach kategorie poza pierwszą wpisano do tekstu (TimelineJS przypisuje wydarzeniu tylko jedną grupę).
    [many] W { $n } wydarzeniach kategorie poza pierwszą wpisano do tekstu (TimelineJS przypisuje wydarzeniu tylko jedną grupę).
   *[other] W { $n } wydarzenia kategorie poza pierwszą wpisano do tekstu (TimelineJS przypisuje wydarzeniu tylko jedną grupę).
}
export-circa = { $n ->
    [one] { $n } przybliżona data z własną datą do wyświetlenia traci oznaczenie „ok.” (data do wyświetlenia zostaje zachowana).
    [few] { $n } przybliżone daty z własną datą do wyświetlenia tracą oznaczenie „ok.” (data do wyświetlenia zostaje zachowana).
    [many] { $n } przybliżonych dat z własną datą do wyświetlenia traci oznaczenie „ok.” (data do wyświetlenia zostaje zachowana).
   *[other] { $n } przybliżonej daty z własną datą do wyświetlenia traci oznaczenie „ok.” (data do wyświetlenia zostaje zachowana).
}
export-left-sources = listę źródeł ({ $n }, wpisaną do tekstu tytułu)
export-left-people = role i inne nazwy osób ({ $n })
export-left-tours = wycieczki ({ $n })
export-left-categories = kolory, symbole i opisy kategorii
export-left-eras = uwagi i źródła okresów
export-left-window = przedział czasu, na którym otwiera się oś czasu
# $what is a list of the export-left-* above.
export-no-place = W TimelineJS nie ma miejsca na { $what }.
export-sheet-ids = Arkusz kalkulacyjny nie ma kolumny na identyfikatory wydarzeń: przy ponownym imporcie wydarzenia otrzymają identyfikatory utworzone z tytułów.
# Lines written into an exported event's text.
export-also-in = Inne kategorie: { $names }.
export-people = Osoby: { $names }.
export-sources-say = Co mówią źródła:
export-citation = { $source } ({ $section }, akapit { $paragraph }): { $says }
# $claims are the values, each with the documents that give it.
export-differ = Źródła różnią się w kwestii „{ $about }”: { $claims }.
export-note = Uwaga redakcji: { $note }
# Heads the list of sources written into the title's text.
export-sources = Źródła:
