# Dates as the interface writes them: on the axis, in labels, panels and lists.
# $n is a month number (1 = January). Short names are for the axis and compact dates.

month-short = { $n ->
    [1] січ.
    [2] лют.
    [3] бер.
    [4] квіт.
    [5] трав.
    [6] черв.
    [7] лип.
    [8] серп.
    [9] вер.
    [10] жовт.
    [11] лист.
   *[12] груд.
}
# A month's full name on its own or with a year: "December 1934".
# The short name after a day number ("1 Dec 1934"), where the language declines it.
month-short-of-day = { $n ->
    [1] січ.
    [2] лют.
    [3] бер.
    [4] квіт.
    [5] трав.
    [6] черв.
    [7] лип.
    [8] серп.
    [9] вер.
    [10] жовт.
    [11] лист.
   *[12] груд.
}
month-long = { $n ->
    [1] січень
    [2] лютий
    [3] березень
    [4] квітень
    [5] травень
    [6] червень
    [7] липень
    [8] серпень
    [9] вересень
    [10] жовтень
    [11] листопад
   *[12] грудень
}
# A month's full name in a date with its day: "1 December 1934" (languages that decline
# the month name after a day, as Russian or Polish do, write that form here).
month-of-day = { $n ->
    [1] січня
    [2] лютого
    [3] березня
    [4] квітня
    [5] травня
    [6] червня
    [7] липня
    [8] серпня
    [9] вересня
    [10] жовтня
    [11] листопада
   *[12] грудня
}
# A date with its day: $day "1", $month a month name from above, $when the year ("1934").
date-day = { $day } { $month } { $when }
# A date to the month: "Dec 1934".
date-month = { $month } { $when }
# A date with its time of day: "1 Dec 1934, 16:30".
date-time = { $date }, { $time }
# A date the sources give as approximate (compact, on labels): "c. 1899".
date-circa = бл. { $date }
# The same, written out (panels, screen readers): "about 1899".
date-circa-long = близько { $date }
# A span of dates: "1936–1938", "1 Dec 1934–12 Mar 1935".
date-span = { $from }–{ $to }
# Two months of one year: "Aug–Nov 1937".
date-month-span = { $from }–{ $to } { $when }
# A year before year 1: "300 BC".
year-bc = { $when } до н. е.
# Deep time, counted back from today in years: $amount is a number such as "13.8".
ago-ga = { $amount } млрд років
ago-ma = { $amount } млн років
ago-ka = { $amount } тис. років
ago-ga-long = { $amount } млрд років тому
ago-ma-long = { $amount } млн років тому
ago-ka-long = { $amount } тис. років тому
ago-years = { $n ->
    [one] { $n } рік тому
    [few] { $n } роки тому
    [many] { $n } років тому
   *[other] { $n } року тому
}
# A tick in the future on a deep-time axis: "in 5 Ma".
ago-in = через { $amount }
