# Dates as the interface writes them: on the axis, in labels, panels and lists.
# $n is a month number (1 = January). Short names are for the axis and compact dates.

month-short = { $n ->
    [1] янв.
    [2] февр.
    [3] мар.
    [4] апр.
    [5] май
    [6] июн.
    [7] июл.
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
}
# A month's full name on its own or with a year: "December 1934".
month-short-of-day = { $n ->
    [1] янв.
    [2] февр.
    [3] мар.
    [4] апр.
    [5] мая
    [6] июн.
    [7] июл.
    [8] авг.
    [9] сент.
    [10] окт.
    [11] нояб.
   *[12] дек.
}
month-long = { $n ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
}
# A month's full name in a date with its day: "1 December 1934" (languages that decline
# the month name after a day, as Russian or Polish do, write that form here).
month-of-day = { $n ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
}
# A date with its day: $day "1", $month a month name from above, $when the year ("1934").
date-day = { $day } { $month } { $when }
# A date to the month: "Dec 1934".
date-month = { $month } { $when }
# A date with its time of day: "1 Dec 1934, 16:30".
date-time = { $date }, { $time }
# A date the sources give as approximate (compact, on labels): "c. 1899".
date-circa = ок. { $date }
# The same, written out (panels, screen readers): "about 1899".
date-circa-long = около { $date }
# A span of dates: "1936–1938", "1 Dec 1934–12 Mar 1935".
date-span = { $from }–{ $to }
# Two months of one year: "Aug–Nov 1937".
date-month-span = { $from }–{ $to } { $when }
# A year before year 1: "300 BC".
year-bc = { $when } до н. э.
# Deep time, counted back from today in years: $amount is a number such as "13.8".
ago-ga = { $amount } млрд лет
ago-ma = { $amount } млн лет
ago-ka = { $amount } тыс. лет
ago-ga-long = { $amount } млрд лет назад
ago-ma-long = { $amount } млн лет назад
ago-ka-long = { $amount } тыс. лет назад
ago-years = { $n ->
    [one] { $n } год назад
    [few] { $n } года назад
    [many] { $n } лет назад
   *[other] { $n } года назад
}
# A tick in the future on a deep-time axis: "in 5 Ma".
ago-in = через { $amount }
