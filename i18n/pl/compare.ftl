# Where each source document stands on an event (the panel's cards, the compare table).

# The one word a card or cell shows for a document's standing.
standing-word = { $standing ->
    [agrees] zgadza się
    [differs] różni się
    [only] jedyny
    [speaks] wspomina
   *[silent] milczy
}
# What that word means (a legend, a tooltip).
standing-meaning = { $standing ->
    [agrees] zgadza się z innym dokumentem w kwestii spornej
    [differs] w kwestii spornej podaje wartość, której nie podaje żaden inny dokument
    [only] jedyny dokument, który mówi o wydarzeniu
    [speaks] mówi o wydarzeniu, tak jak inne, i nie odnotowano między nimi kwestii spornych
   *[silent] nic nie mówi o wydarzeniu
}
# Names joined as a reader writes them: $first is "A" or "A, B", $last the last name.
names-and = { $first } i { $last }
# One disputed point, after a document's name: $who are documents, $about what is disputed.
# Each starts with the standing word above, which the panel sets in bold.
point-agrees = zgadza się w kwestii „{ $about }” (tak samo: { $who })
point-differs = różni się w kwestii „{ $about }” (inaczej: { $who })
point-alone = jako jedyny dokument podaje wartość w kwestii „{ $about }”
# A document on an event, after its name.
phrase-silent = nic nie mówi o tym wydarzeniu
phrase-only = jako jedyny dokument mówi o tym wydarzeniu
# $points is a list of disputed points as above, joined by "; ".
phrase-only-points = jako jedyny dokument mówi o tym wydarzeniu; { $points }
# $n is how many other documents speak of the event.
phrase-speaks = { $n ->
    [one] mówi o tym wydarzeniu, tak jak jeszcze jeden dokument; nie odnotowano kwestii spornych
    [few] mówi o tym wydarzeniu, tak jak { $n } inne dokumenty; nie odnotowano kwestii spornych
    [many] mówi o tym wydarzeniu, tak jak { $n } innych dokumentów; nie odnotowano kwestii spornych
   *[other] mówi o tym wydarzeniu, tak jak { $n } innego dokumentu; nie odnotowano kwestii spornych
}
# How much of the timeline a document speaks of: $years is "1928–1937".
coverage = { $n ->
    [one] { $n } wydarzenie, { $years }
    [few] { $n } wydarzenia, { $years }
    [many] { $n } wydarzeń, { $years }
   *[other] { $n } wydarzenia, { $years }
}
coverage-none = brak wydarzeń
# A column head's counts: "agrees 2, differs 5".
standing-count = { $standing ->
    [agrees] zgadza się: { $n }
    [differs] różni się: { $n }
    [only] jedyny: { $n }
    [speaks] wspomina: { $n }
   *[silent] milczy: { $n }
}

# The compare table: one row per event, one column per source document.
compare-label = Co podaje każde źródło, wydarzenie po wydarzeniu
compare-grid = Wydarzenia a źródła
# What a screen reader hears before a cell's content: $source is a document, $event an event's title.
compare-lead = { $source } o wydarzeniu „{ $event }”:{ " " }
compare-lead-differ = { $source } o wydarzeniu „{ $event }” (źródła się różnią):{ " " }
# Under a document's name: who it was written for.
compare-for = Adresat: { $audience }
# How many of the rows a document speaks of: $count of $n, over $years.
compare-speaks-of = { $count } z { $n }: { $years }
compare-silent-on-all = nie mówi o żadnym z { $n }
compare-open-card = { $name }: otwórz kartę
# A cell whose document says nothing of the event.
compare-silent = milczy
# When the source filter picks some documents: $names are their names.
compare-all-sources = Wszystkie źródła ({ $total }); filtr wybiera: { $names }.
compare-picked-sources = Tylko { $names }, zgodnie z filtrem ({ $shown } z { $total } źródeł).
compare-only-picked = Tylko wybrane źródła
compare-show-all = Pokaż wszystkie źródła ({ $total })
