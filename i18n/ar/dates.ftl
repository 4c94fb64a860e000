# Dates as the interface writes them: on the axis, in labels, panels and lists.
# $n is a month number (1 = January). Short names are for the axis and compact dates.
# Arabic does not abbreviate month names: the short forms are the full names.

month-short = { $n ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# The short name after a day number ("1 Dec 1934"), where the language declines it.
month-short-of-day = { $n ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# A month's full name on its own or with a year: "December 1934".
month-long = { $n ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# A month's full name in a date with its day: "1 December 1934" (languages that decline
# the month name after a day, as Russian or Polish do, write that form here).
month-of-day = { $n ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# A date with its day: $day "1", $month a month name from above, $when the year ("1934").
date-day = { $day } { $month } { $when }
# A date to the month: "Dec 1934".
date-month = { $month } { $when }
# A date with its time of day: "1 Dec 1934, 16:30".
date-time = { $date }، { $time }
# A date the sources give as approximate (compact, on labels): "c. 1899".
date-circa = حوالي { $date }
# The same, written out (panels, screen readers): "about 1899".
date-circa-long = نحو { $date }
# A span of dates: "1936–1938", "1 Dec 1934–12 Mar 1935".
date-span = { $from }–{ $to }
# Two months of one year: "Aug–Nov 1937".
date-month-span = { $from }–{ $to } { $when }
# A year before year 1: "300 BC".
year-bc = { $when } ق.م
# Deep time, counted back from today in years: $amount is a number such as "13.8".
ago-ga = { $amount } مليار سنة
ago-ma = { $amount } مليون سنة
ago-ka = { $amount } ألف سنة
ago-ga-long = قبل { $amount } مليار سنة
ago-ma-long = قبل { $amount } مليون سنة
ago-ka-long = قبل { $amount } ألف سنة
ago-years = { $n ->
    [zero] هذا العام
    [one] قبل سنة واحدة
    [two] قبل سنتين
    [few] قبل { $n } سنوات
    [many] قبل { $n } سنة
   *[other] قبل { $n } سنة
}
# A tick in the future on a deep-time axis: "in 5 Ma".
ago-in = بعد { $amount }
