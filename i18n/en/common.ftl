# Words the whole interface shares: counted nouns.

count-events = { $n ->
    [one] { $n } event
   *[other] { $n } events
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
# A part of the app that is fetched when needed did not arrive.
chunk-failed = This part of the timeline could not be loaded. Check the connection.
try-again = Try again
# A value or a quotation set in quotation marks.
quoted = “{ $text }”
