# The printed handout.

# What is printed: $all is "95 events", $filters the filters in use.
print-one-event = One event, in full
print-all = { $n ->
    [one] All { $n } event
   *[other] All { $n } events
}
print-some = { $shown } of { $all } — { $filters }
# The compare table on paper; $scope is one of the three above.
print-table-scope = { $scope }: what each source says
# Followed by the page's address. $date is today's date.
print-printed = Printed { $date } from
# $about is what the sources disagree on.
print-differ-on = Sources differ on { $about }:{ " " }
print-people = People: { $names }
# The first column's head of the printed compare table.
print-event = Event
print-sources = The sources
