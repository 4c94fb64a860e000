# Where each source document stands on an event (the panel's cards, the compare table).

# The one word a card or cell shows for a document's standing.
standing-word = { $standing ->
    [agrees] збігається
    [differs] розходиться
    [only] єдиний
    [speaks] згадує
   *[silent] мовчить
}
# What that word means (a legend, a tooltip).
standing-meaning = { $standing ->
    [agrees] збігається з іншим документом у спірному питанні
    [differs] у спірному питанні наводить дані, яких не наводить жоден інший документ
    [only] єдиний документ, у якому йдеться про подію
    [speaks] згадує подію, як і інші документи; спірних питань між ними не зафіксовано
   *[silent] нічого не каже про подію
}
# Names joined as a reader writes them: $first is "A" or "A, B", $last the last name.
names-and = { $first } і { $last }
# One disputed point, after a document's name: $who are documents, $about what is disputed.
# Each starts with the standing word above, which the panel sets in bold.
point-agrees = збігається щодо «{ $about }» (пор. { $who })
point-differs = розходиться щодо «{ $about }» (пор. { $who })
point-alone = єдиний документ, що наводить дані щодо «{ $about }»
# A document on an event, after its name.
phrase-silent = нічого не каже про цю подію
phrase-only = єдиний документ, у якому йдеться про цю подію
# $points is a list of disputed points as above, joined by "; ".
phrase-only-points = єдиний документ, у якому йдеться про цю подію; { $points }
# $n is how many other documents speak of the event.
phrase-speaks = { $n ->
    [1] згадує цю подію, як і ще один документ; спірних питань не зафіксовано
    [one] згадує цю подію, як і ще { $n } документ; спірних питань не зафіксовано
    [few] згадує цю подію, як і ще { $n } документи; спірних питань не зафіксовано
    [many] згадує цю подію, як і ще { $n } документів; спірних питань не зафіксовано
   *[other] згадує цю подію, як і ще { $n } документа; спірних питань не зафіксовано
}
# How much of the timeline a document speaks of: $years is "1928–1937".
coverage = { $n ->
    [one] { $n } подія, { $years }
    [few] { $n } події, { $years }
    [many] { $n } подій, { $years }
   *[other] { $n } події, { $years }
}
coverage-none = подій немає
# A column head's counts: "agrees 2, differs 5".
standing-count = { $standing ->
    [agrees] збігається: { $n }
    [differs] розходиться: { $n }
    [only] єдиний: { $n }
    [speaks] згадує: { $n }
   *[silent] мовчить: { $n }
}

# The compare table: one row per event, one column per source document.
compare-label = Що каже кожне джерело — подія за подією
compare-grid = Події та джерела
# What a screen reader hears before a cell's content: $source is a document, $event an event's title.
compare-lead = { $source } про подію «{ $event }»:{ " " }
compare-lead-differ = { $source } про подію «{ $event }» (джерела розходяться):{ " " }
# Under a document's name: who it was written for.
compare-for = Для кого: { $audience }
# How many of the rows a document speaks of: $count of $n, over $years.
compare-speaks-of = { $count } з { $n }: { $years }
compare-silent-on-all = мовчить про всі { $n }
compare-open-card = { $name }: відкрити картку
# A cell whose document says nothing of the event.
compare-silent = мовчить
# When the source filter picks some documents: $names are their names.
compare-all-sources = Усього джерел: { $total }; фільтр вибирає: { $names }.
compare-picked-sources = Лише { $names } — за фільтром (джерел: { $shown } з { $total }).
compare-only-picked = Лише вибрані джерела
compare-show-all = Показати всі джерела ({ $total })
