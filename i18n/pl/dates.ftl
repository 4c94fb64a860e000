# Dates as the interface writes them: on the axis, in labels, panels and lists.
# $n is a month number (1 = January). Short names are for the axis and compact dates.

month-short = { $n ->
    [1] sty
    [2] lut
    [3] mar
    [4] kwi
    [5] maj
    [6] cze
    [7] lip
    [8] sie
    [9] wrz
    [10] paź
    [11] lis
   *[12] gru
}
# A month's full name on its own or with a year: "December 1934".
# The short name after a day number ("1 Dec 1934"), where the language declines it.
month-short-of-day = { $n ->
    [1] sty
    [2] lut
    [3] mar
    [4] kwi
    [5] maj
    [6] cze
    [7] lip
    [8] sie
    [9] wrz
    [10] paź
    [11] lis
   *[12] gru
}
month-long = { $n ->
    [1] styczeń
    [2] luty
    [3] marzec
    [4] kwiecień
    [5] maj
    [6] czerwiec
    [7] lipiec
    [8] sierpień
    [9] wrzesień
    [10] październik
    [11] listopad
   *[12] grudzień
}
# A month's full name in a date with its day: "1 December 1934" (languages that decline
# the month name after a day, as Russian or Polish do, write that form here).
month-of-day = { $n ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
}
# A date with its day: $day "1", $month a month name from above, $when the year ("1934").
date-day = { $day } { $month } { $when }
# A date to the month: "Dec 1934".
date-month = { $month } { $when }
# A date with its time of day: "1 Dec 1934, 16:30".
date-time = { $date }, { $time }
# A date the sources give as approximate (compact, on labels): "c. 1899".
date-circa = ok. { $date }
# The same, written out (panels, screen readers): "about 1899".
date-circa-long = około { $date }
# A span of dates: "1936–1938", "1 Dec 1934–12 Mar 1935".
date-span = { $from }–{ $to }
# Two months of one year: "Aug–Nov 1937".
date-month-span = { $from }–{ $to } { $when }
# A year before year 1: "300 BC".
year-bc = { $when } p.n.e.
# Deep time, counted back from today in years: $amount is a number such as "13.8".
ago-ga = { $amount } mld lat
ago-ma = { $amount } mln lat
ago-ka = { $amount } tys. lat
ago-ga-long = { $amount } mld lat temu
ago-ma-long = { $amount } mln lat temu
ago-ka-long = { $amount } tys. lat temu
ago-years = { $n ->
    [one] { $n } rok temu
    [few] { $n } lata temu
    [many] { $n } lat temu
   *[other] { $n } roku temu
}
# A tick in the future on a deep-time axis: "in 5 Ma".
ago-in = za { $amount }
