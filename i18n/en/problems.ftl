# When a timeline cannot be loaded or a file cannot be opened. $url is the data's address.

failure-network = Could not reach the timeline data ({ $url }).
# $message is what the browser said.
failure-network-detail = The browser reported: { $message }. Check the connection and try again.
failure-http = Could not load the timeline data ({ $url }).
# $status and $text are the server's answer: "404 Not Found".
failure-http-detail = The server answered { $status } { $text }. Check that the file exists.
failure-timeout = The timeline data ({ $url }) did not arrive.
failure-timeout-detail = Nothing came from the server for { $n } seconds. Check the connection and try again.
failure-redirected = The timeline data ({ $url }) was not loaded.
failure-redirected-to = This site sent the request on to another site ({ $host }); a dataset of this site must come from this site.
failure-redirected-detail = This site sent the request on to another site; a dataset of this site must come from this site.
failure-too-large = The timeline data ({ $url }) is too large.
# $n is a number of megabytes.
failure-too-large-detail = It is over { $n } MB, the most this app reads. Split it into smaller timelines.
failure-unreadable = The timeline data ({ $url }) could not be read.
failure-invalid = The timeline data ({ $url }) has mistakes.
# $error is "The data file has 3 problems".
failure-invalid-detail = { $error }; nothing is shown until they are fixed:
problems-more = …and { $n } more.
problems-close = Close
# A file the reader opened. $file is its name.
open-failed = “{ $file }” could not be opened
open-stays = The timeline you had stays open.
open-too-large = It is over { $n } MB, the most this app reads.
open-unreadable = The browser could not read it.
open-no-reader = The part of the app that reads files did not arrive; check the connection.
open-has-problems = { $n ->
    [one] It has { $n } problem; fix it and open it again.
   *[other] It has { $n } problems; fix them and open it again.
}
# Where in a file a problem is: "line 3, column 7: ".
problem-at = line { $line }, column { $column }:{ " " }
# $message is the reason the JSON reader gives (in English).
problem-syntax = The data file is not valid timeline JSON (line { $line }, column { $column }): { $message }
problem-count = { $n ->
    [one] The data file has { $n } problem
   *[other] The data file has { $n } problems
}
# Dates a file gives that cannot be read. $value is what the file writes.
date-bad = "{ $value }" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM
date-bad-ago = "{ $value }" is not a number of years ago
date-too-far = "{ $value }" is beyond the years a timeline can show (a thousand billion years either way)
# $from and $to are years.
date-year-only = "{ $value }" is beyond the calendar's years ({ $from } to { $to }): a date there is a year only
date-outside-calendar = "{ $value }" is outside the calendar's years ({ $from } to { $to })
date-no-month = "{ $value }" has month { $number }, which does not exist
# $month is a month's name, $when a year, $day a day number.
date-no-day = "{ $value }" is not a real day ({ $month } { $when } has no day { $day })
date-time-without-day = "{ $value }" gives a time of day without a day
date-no-hour = "{ $value }" has hour { $number }, which does not exist
date-no-minute = "{ $value }" has minute { $number }, which does not exist
date-day-only = "{ $value }" gives a time of day: write the day only
# Problems in a timeline file, each after where it is. Field names ("title", "summary") are
# the file format's own and stay as they are.
# Where: $kind is what the file describes, $id its id.
place = { $kind ->
    [event] event "{ $id }"
    [source] source "{ $id }"
    [category] category "{ $id }"
    [person] person "{ $id }"
    [era] era "{ $id }"
    [tour] tour "{ $id }"
   *[other] { $kind } "{ $id }"
}
place-alone = { $kind ->
    [dataset] dataset
   *[other] { $kind }
}
problem-empty = { $field } is empty
problem-empty-not-stated = { $field } is empty (write "Not stated" where the document does not say)
problem-empty-leave-out = { $field } is empty (leave it out if the document does not say)
problem-provenance-missing = { $field } is missing: every source of the bundled dataset says who it is ("Not stated" where the document does not say)
# $reason is why the date cannot be read.
problem-date = { $field }: { $reason }
problem-slug = id must be a slug: { $rule }
problem-duplicate = { $kind ->
    [event] duplicate event id
    [source] duplicate source id
    [category] duplicate category id
    [person] duplicate person id
    [era] duplicate era id
   *[tour] duplicate tour id
}
problem-end-before-start = end { $end } is before start { $start }
problem-short-title = short_title is empty (leave it out to use the title)
problem-colour = colour "{ $value }" is not of the form #rrggbb
problem-era-no-source = has no source: every era must cite at least one
problem-event-no-source = has no source: every event must cite at least one
problem-unknown-source = cites unknown source "{ $id }"
problem-unknown-category = unknown category "{ $id }"
problem-unknown-person = unknown person "{ $id }"
problem-step-event = step { $number } names unknown event "{ $id }"
problem-step-note = step { $number } has no note
problem-no-events = has no events
problem-media-both = media has both a url and a quote: give one
problem-media-neither = media has neither a url nor a quote
problem-paragraph = citation paragraph numbers start at 1
problem-says-nothing = citation of "{ $id }" does not say anything
problem-two-claims = dispute about "{ $about }" needs at least two claims
problem-claim-no-source = a claim about "{ $about }" names no source
problem-claim-uncited = dispute about "{ $about }" names source "{ $id }", which the event does not cite
# Loaded anyway, with a notice.
warning-window-outside = The file's default_window ({ $from }–{ $to }) lies outside its events; the timeline opens on all of them.
warning-lang = Ignored "lang": "{ $value }": use a language code such as en, fr or pt-BR.
# Entries a curated file declares but never uses.
lint-category = no event uses it
lint-person = no event names them
lint-source = no event cites it
problem-two-values = dispute about "{ $about }" has source "{ $id }" give two values, but the event cites one passage of it: cite the passage of each
# What an id may be made of; $n is the most characters.
slug-rule = lowercase letters, digits and hyphens (not first or last), at most { $n } characters
