# The printed handout.

# What is printed: $all is "95 events", $filters the filters in use.
print-one-event = Одна подія повністю
print-all = { $n ->
    [one] { $n } подія
    [few] Усі { $n } події
    [many] Усі { $n } подій
   *[other] Усі { $n } події
}
print-some = Відібрано { $shown } (усього { $all }) — { $filters }
# The compare table on paper; $scope is one of the three above.
print-table-scope = { $scope }: що каже кожне джерело
# Followed by the page's address. $date is today's date.
print-printed = Надруковано { $date } зі сторінки
# $about is what the sources disagree on.
print-differ-on = Джерела розходяться щодо «{ $about }»:{ " " }
print-people = Особи: { $names }
# The first column's head of the printed compare table.
print-event = Подія
print-sources = Джерела
