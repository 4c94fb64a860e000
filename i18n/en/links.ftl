# The filters in words (a handout's head, an activity's scope).
# Between names: "The army or The party".
filter-or = { " " }or{ " " }
filter-categories = Categories: { $names }
filter-people = People: { $names }
filter-sources = Sources: { $names }
filter-search = Search: “{ $text }”
filter-differ = Only where the sources differ
# Notices about a link's parts that were ignored. $key is a link parameter's name
# ("event", "from"), $value what the link gives, $id an id it names.
link-too-long = This link is { $n } characters long; only its first { $read } were read.
link-too-many = Ignored { $n } more parameters: a link is read up to { $most } of them.
link-needs-activity = Ignored { $key }: it needs an activity.
link-window-reversed = Ignored the time window: "to" is before "from".
link-window-half = Ignored the time window: it needs both "from" and "to".
link-unknown-parameter = Ignored unknown link parameter "{ $key }".
link-no-event = No event "{ $id }" in this timeline.
link-no-event-corroborate = No event "{ $id }" in this timeline: the corroborate activity needs one.
link-corroborate-needs-event = Ignored activity=corroborate: it needs an event (event=…).
link-no-tour = No tour "{ $id }" in this timeline.
link-tour-steps = The tour has { $n } steps; starting at step 1.
# $step is the event the tour's step opens.
link-event-vs-step = Ignored event "{ $id }": the link's tour step opens "{ $step }".
link-step-needs-tour = Ignored step: it needs a tour.
# $what is the kind of thing the link names.
link-no-such = { $what ->
    [category] No category "{ $id }" in this timeline.
    [person] No person "{ $id }" in this timeline.
   *[source] No source "{ $id }" in this timeline.
}
link-bad-step = Ignored step "{ $value }": not a step number.
link-long-search = Ignored the search text: longer than { $n } characters.
link-bad-view = Ignored view="{ $value }": use dim or hide.
link-bad-mode = Ignored mode="{ $value }": use timeline or projection.
link-bad-activity = Ignored activity="{ $value }": use order, sources or corroborate.
link-bad-n = Ignored n="{ $value }": use a number of cards, { $min } to { $max }.
link-bad-seed = Ignored seed="{ $value }": use a whole number from 0 to { $max }.
link-bad-lang = Ignored lang="{ $value }": use a language code such as en, fr or pt-BR.
link-bad-id = Ignored { $key } "{ $value }": not a valid id.
link-bad-one-id = Ignored { $key } "{ $value }": not a valid { $key } id.
link-bad-flag = Ignored { $key }="{ $value }": use 1 or 0.
link-bad-date = Ignored { $key }="{ $value }": dates are written YYYY, YYYY-MM or YYYY-MM-DD.
# $why is one of the two reasons below.
link-bad-data = Ignored data "{ $value }": { $why }
link-data-not-https = not a usable https address.
link-data-not-allowed = only https addresses, or .json and .csv files on this site (a relative path), can be loaded.
# After three notices of one kind: how many more were left out.
notice-more = { $kind ->
    [dates] Ignored { $n } more dates.
    [invalid-ids] Ignored { $n } more invalid ids.
    [unknown-events] Ignored { $n } more unknown events.
    [unknown-tours] Ignored { $n } more unknown tours.
    [unknown-categories] Ignored { $n } more unknown categories.
    [unknown-people] Ignored { $n } more unknown people.
    [unknown-sources] Ignored { $n } more unknown sources.
    [unknown-link-parameters] Ignored { $n } more unknown link parameters.
   *[parameters] Ignored { $n } more parameters.
}
