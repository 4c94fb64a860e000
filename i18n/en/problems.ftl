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
