# Words the whole interface shares: counted nouns.

count-events = { $n ->
    [one] { $n } event
   *[other] { $n } events
}
count-matching-events = { $n ->
    [one] { $n } matching event
   *[other] { $n } matching events
}
count-sources = { $n ->
    [one] { $n } source
   *[other] { $n } sources
}
count-problems = { $n ->
    [one] { $n } problem
   *[other] { $n } problems
}
# The language menu in the header (its accessible name).
header-language = Interface language
