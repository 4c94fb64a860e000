# Where each source document stands on an event (the panel's cards, the compare table).

# The one word a card or cell shows for a document's standing.
standing-word = { $standing ->
    [agrees] agrees
    [differs] differs
    [only] only
    [speaks] speaks
   *[silent] silent
}
# What that word means (a legend, a tooltip).
standing-meaning = { $standing ->
    [agrees] agrees with another document on a disputed point
    [differs] gives a value on a disputed point that no other document gives
    [only] the only document that speaks of the event
    [speaks] speaks of the event, as others do, with no disputed point recorded between them
   *[silent] says nothing of the event
}
# Names joined as a reader writes them: $first is "A" or "A, B", $last the last name.
names-and = { $first } and { $last }
# One disputed point, after a document's name: $who are documents, $about what is disputed.
# Each starts with the standing word above, which the panel sets in bold.
point-agrees = agrees with { $who } on “{ $about }”
point-differs = differs from { $who } on “{ $about }”
point-alone = is the only document with a value on “{ $about }”
# A document on an event, after its name.
phrase-silent = says nothing of this event
phrase-only = is the only document that speaks of this event
# $points is a list of disputed points as above, joined by "; ".
phrase-only-points = is the only document that speaks of this event; { $points }
# $n is how many other documents speak of the event.
phrase-speaks = { $n ->
    [one] speaks of this event, as one other document does; no disputed point is recorded
   *[other] speaks of this event, as { $n } other documents do; no disputed point is recorded
}
# How much of the timeline a document speaks of: $years is "1928–1937".
coverage = { $n ->
    [one] { $n } event, { $years }
   *[other] { $n } events, { $years }
}
coverage-none = no events
# A column head's counts: "agrees 2, differs 5".
standing-count = { $standing ->
    [agrees] agrees { $n }
    [differs] differs { $n }
    [only] only { $n }
    [speaks] speaks { $n }
   *[silent] silent { $n }
}

# The compare table: one row per event, one column per source document.
compare-label = What each source says, event by event
compare-grid = Events against sources
# What a screen reader hears before a cell's content: $source is a document, $event an event's title.
compare-lead = { $source } on “{ $event }”:{ " " }
compare-lead-differ = { $source } on “{ $event }”: (sources differ){ " " }
# Under a document's name: who it was written for.
compare-for = For: { $audience }
# How many of the rows a document speaks of: $count of $n, over $years.
compare-speaks-of = { $count } of { $n }: { $years }
compare-silent-on-all = silent on all { $n }
compare-open-card = { $name }: open its card
# A cell whose document says nothing of the event.
compare-silent = silent
# When the source filter picks some documents: $names are their names.
compare-all-sources = All { $total } sources; the filter picks { $names }.
compare-picked-sources = { $names } only, as the filter picks ({ $shown } of { $total } sources).
compare-only-picked = Only the picked sources
compare-show-all = Show all { $total } sources
