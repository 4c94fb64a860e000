# Where each source document stands on an event (the panel's cards, the compare table).

# The one word a card or cell shows for a document's standing.
standing-word = { $standing ->
    [agrees] совпадает
    [differs] расходится
    [only] единственный
    [speaks] упоминает
   *[silent] молчит
}
# What that word means (a legend, a tooltip).
standing-meaning = { $standing ->
    [agrees] совпадает с другим документом по спорному вопросу
    [differs] по спорному вопросу приводит сведения, которых нет ни в одном другом документе
    [only] единственный документ, где говорится о событии
    [speaks] говорит о событии, как и другие документы; спорных вопросов между ними не отмечено
   *[silent] ничего не сообщает о событии
}
# Names joined as a reader writes them: $first is "A" or "A, B", $last the last name.
names-and = { $first } и { $last }
# One disputed point, after a document's name: $who are documents, $about what is disputed.
# Each starts with the standing word above, which the panel sets in bold.
point-agrees = совпадает по вопросу «{ $about }» (ср. { $who })
point-differs = расходится по вопросу «{ $about }» (ср. { $who })
point-alone = единственный документ, где есть сведения по вопросу «{ $about }»
# A document on an event, after its name.
phrase-silent = ничего не сообщает об этом событии
phrase-only = единственный документ, где говорится об этом событии
# $points is a list of disputed points as above, joined by "; ".
phrase-only-points = единственный документ, где говорится об этом событии; { $points }
# $n is how many other documents speak of the event.
phrase-speaks = { $n ->
    [1] говорит об этом событии, как и ещё один документ; спорных вопросов не отмечено
    [one] говорит об этом событии, как и ещё { $n } документ; спорных вопросов не отмечено
    [few] говорит об этом событии, как и ещё { $n } документа; спорных вопросов не отмечено
    [many] говорит об этом событии, как и ещё { $n } документов; спорных вопросов не отмечено
   *[other] говорит об этом событии, как и ещё { $n } документа; спорных вопросов не отмечено
}
# How much of the timeline a document speaks of: $years is "1928–1937".
coverage = { $n ->
    [one] { $n } событие, { $years }
    [few] { $n } события, { $years }
    [many] { $n } событий, { $years }
   *[other] { $n } события, { $years }
}
coverage-none = событий нет
# A column head's counts: "agrees 2, differs 5".
standing-count = { $standing ->
    [agrees] совпадает: { $n }
    [differs] расходится: { $n }
    [only] единственный: { $n }
    [speaks] упоминает: { $n }
   *[silent] молчит: { $n }
}

# The compare table: one row per event, one column per source document.
compare-label = Что говорит каждый источник — по событиям
compare-grid = События и источники
# What a screen reader hears before a cell's content: $source is a document, $event an event's title.
compare-lead = { $source } о событии «{ $event }»:{ " " }
compare-lead-differ = { $source } о событии «{ $event }» (источники расходятся):{ " " }
# Under a document's name: who it was written for.
compare-for = Адресат: { $audience }
# How many of the rows a document speaks of: $count of $n, over $years.
compare-speaks-of = { $count } из { $n }: { $years }
compare-silent-on-all = молчит обо всех { $n }
compare-open-card = { $name }: открыть карточку
# A cell whose document says nothing of the event.
compare-silent = молчит
# When the source filter picks some documents: $names are their names.
compare-all-sources = Всего источников: { $total }; фильтр отбирает: { $names }.
compare-picked-sources = Только { $names } — по фильтру (источников: { $shown } из { $total }).
compare-only-picked = Только отобранные источники
compare-show-all = Показать все источники ({ $total })
