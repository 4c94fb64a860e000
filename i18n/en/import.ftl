# Opening a TimelineJS file or a spreadsheet: what the import left out or changed. $list
# names where ("row on line 3; row on line 9"), $more is "import-and-more" or nothing.
import-and-more = { " " }and { $n } more
import-undated-event = { $n ->
    [one] { $n } event without a date left out (TimelineJS skips them too): { $list }{ $more }.
   *[other] { $n } events without a date left out (TimelineJS skips them too): { $list }{ $more }.
}
import-undated-row = { $n ->
    [one] { $n } row without a date left out (TimelineJS skips them too): { $list }{ $more }.
   *[other] { $n } rows without a date left out (TimelineJS skips them too): { $list }{ $more }.
}
import-too-far-event = { $n ->
    [one] { $n } event dated beyond a thousand billion years left out: { $list }{ $more }.
   *[other] { $n } events dated beyond a thousand billion years left out: { $list }{ $more }.
}
import-too-far-row = { $n ->
    [one] { $n } row dated beyond a thousand billion years left out: { $list }{ $more }.
   *[other] { $n } rows dated beyond a thousand billion years left out: { $list }{ $more }.
}
import-seconds = { $n ->
    [one] { $n } date kept to the minute (seconds dropped): { $list }{ $more }.
   *[other] { $n } dates kept to the minute (seconds dropped): { $list }{ $more }.
}
import-dayless-times = { $n ->
    [one] { $n } time of day left out for want of a day to belong to: { $list }{ $more }.
   *[other] { $n } times of day left out for want of a day to belong to: { $list }{ $more }.
}
import-refused-media = { $n ->
    [one] { $n } medium cannot be shown (a note stands in their place): { $list }{ $more }.
   *[other] { $n } media cannot be shown (a note stands in their place): { $list }{ $more }.
}
# How a file was read.
import-slides = Read the file's "slides" as its events (TimelineJS names them "events").
import-legacy = Read as the older TimelineJS 1 and 2 format ("date", "startDate", "asset").
# Naming a slide or row in a notice. $n counts from 1.
import-era-number = era { $n }
import-event-number = event { $n }
import-event-named = event "{ $title }"
import-at-line = { $what } (line { $line })
# A date beyond the years a timeline can show: $year is the year.
import-ending = { $what }: ending { $year }
import-era-needs = has no { $key }: every era needs one
import-no-year = has no year
# $key is "year", "month", "day"…, $value what the file gives.
import-not-whole = { $key } { $value } is not a whole number
import-no-such = { $key } { $value } does not exist
import-bad-date = "{ $value }" is not a date TimelineJS reads (year,month,day as "1870,7,19", or "1870-07-19")
# What a JSON file holds where a timeline was expected.
json-kind = { $kind ->
    [null] null
    [bool] true or false
    [number] a number
    [text] a text
    [list] a list
   *[object] an object
}
json-no-keys = no keys
# $key is a key of the file, $kind one of json-kind.
json-not-list = "{ $key }" is { $kind }, not a list
json-timeline-no-list = found {"{"}"timeline": {"{"}…{"}"}{"}"} with { $keys } but no list of "events", "slides" or "date"
json-timeline-not-object = "timeline" is { $kind }, not an object
json-no-events = found an object with { $keys } but no list of "events"
json-top = found { $kind } at the top, not an object
json-expected-timelinejs = { $found }: expected a TimelineJS timeline: an object with a list of "events" (TimelineJS 3), or {"{"}"timeline": {"{"}…{"}"}{"}"} around one, or a list of "date" in "timeline" (TimelineJS 1 and 2)
# $message is what the JSON reader says (in English).
json-expected-ours = { $message } — expected our timeline JSON ({"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}, data/README.md) or a TimelineJS file
# Spreadsheets (CSV).
sheet-empty = the file is empty: expected a header row
# $columns are the missing columns' names.
sheet-missing-column = { $template ->
    [timelinejs] the header row has no { $columns } column: expected TimelineJS's template columns (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] the header row has no { $columns } column: expected the columns start, title and optionally end, summary, category, id, display_date
}
sheet-the-file = the file
sheet-unclosed-quote = a quoted field opens here and is never closed: the rest of the file would be read as this one field; close it with "
# $reason is what the CSV reader says (in English).
sheet-unreadable = the CSV cannot be read here: { $reason }
sheet-bad-time = "{ $value }" is not a time of day ("14:30" or "2:30 PM")
sheet-row = row on line { $line }
sheet-era-no-year = is an era without a Year: an era needs both ends
sheet-era-no-end-year = is an era without an End Year: an era needs both ends
sheet-no-start = has no start date
# The title of a file that gives none.
import-untitled = Imported timeline
json-events-not-list = "events" is not a list
# The name given to an era that has none, and a slide's background image kept as a line.
import-era-label = Era { $n }
import-era-line = Era on line { $line }
import-background = Background: { $url }
