# The printed handout.

# What is printed: $all is "95 events", $filters the filters in use.
print-one-event = Jedno wydarzenie w całości
print-all = { $n ->
    [one] { $n } wydarzenie
    [few] Wszystkie { $n } wydarzenia
    [many] Wszystkie { $n } wydarzeń
   *[other] Wszystkie { $n } wydarzenia
}
print-some = { $all }, pokazano: { $shown } — { $filters }
# The compare table on paper; $scope is one of the three above.
print-table-scope = { $scope }: co podaje każde źródło
# Followed by the page's address. $date is today's date.
print-printed = Wydrukowano { $date } ze strony
# $about is what the sources disagree on.
print-differ-on = Źródła różnią się w kwestii „{ $about }”:{ " " }
print-people = Osoby: { $names }
# The first column's head of the printed compare table.
print-event = Wydarzenie
print-sources = Źródła
