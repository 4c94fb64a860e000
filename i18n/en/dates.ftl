# Dates as the interface writes them: on the axis, in labels, panels and lists.
# $n is a month number (1 = January). Short names are for the axis and compact dates.

month-short = { $n ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# A month's full name on its own or with a year: "December 1934".
# The short name after a day number ("1 Dec 1934"), where the language declines it.
month-short-of-day = { $n ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
month-long = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A month's full name in a date with its day: "1 December 1934" (languages that decline
# the month name after a day, as Russian or Polish do, write that form here).
month-of-day = { $n ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A date with its day: $day "1", $month a month name from above, $when the year ("1934").
date-day = { $day } { $month } { $when }
# A date to the month: "Dec 1934".
date-month = { $month } { $when }
# A date with its time of day: "1 Dec 1934, 16:30".
date-time = { $date }, { $time }
# A date the sources give as approximate (compact, on labels): "c. 1899".
date-circa = c. { $date }
# The same, written out (panels, screen readers): "about 1899".
date-circa-long = about { $date }
# A span of dates: "1936–1938", "1 Dec 1934–12 Mar 1935".
date-span = { $from }–{ $to }
# Two months of one year: "Aug–Nov 1937".
date-month-span = { $from }–{ $to } { $when }
# A year before year 1: "300 BC".
year-bc = { $when } BC
# Deep time, counted back from today in years: $amount is a number such as "13.8".
ago-ga = { $amount } Ga
ago-ma = { $amount } Ma
ago-ka = { $amount } ka
ago-ga-long = { $amount } billion years ago
ago-ma-long = { $amount } million years ago
ago-ka-long = { $amount } thousand years ago
ago-years = { $n ->
    [one] { $n } year ago
   *[other] { $n } years ago
}
# A tick in the future on a deep-time axis: "in 5 Ma".
ago-in = in { $amount }
