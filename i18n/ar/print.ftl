# The printed handout.

# What is printed: $all is "95 events", $filters the filters in use.
print-one-event = حدث واحد، كاملًا
print-all = { $n ->
    [zero] لا أحداث
    [one] الحدث الوحيد
    [two] الحدثان كلاهما
    [few] جميع الأحداث ({ $n })
    [many] جميع الأحداث ({ $n })
   *[other] جميع الأحداث ({ $n })
}
print-some = { $shown } من { $all } — { $filters }
# The compare table on paper; $scope is one of the three above.
print-table-scope = { $scope }: ما يقوله كل مصدر
# Followed by the page's address. $date is today's date.
print-printed = طُبع بتاريخ { $date } من
# $about is what the sources disagree on.
print-differ-on = تختلف المصادر بشأن { $about }:{ " " }
print-people = الشخصيات: { $names }
# The first column's head of the printed compare table.
print-event = الحدث
print-sources = المصادر
