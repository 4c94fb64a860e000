# The printed handout.

# What is printed: $all is "95 events", $filters the filters in use.
print-one-event = Одно событие полностью
print-all = { $n ->
    [one] { $n } событие
    [few] Все { $n } события
    [many] Все { $n } событий
   *[other] Все { $n } события
}
print-some = Отобрано { $shown } (всего { $all }) — { $filters }
# The compare table on paper; $scope is one of the three above.
print-table-scope = { $scope }: что говорит каждый источник
# Followed by the page's address. $date is today's date.
print-printed = Напечатано { $date } со страницы
# $about is what the sources disagree on.
print-differ-on = Источники расходятся по вопросу «{ $about }»:{ " " }
print-people = Люди: { $names }
# The first column's head of the printed compare table.
print-event = Событие
print-sources = Источники
