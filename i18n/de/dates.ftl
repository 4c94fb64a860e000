# Daten, wie die Oberfläche sie schreibt: auf der Achse, in Beschriftungen, Ansichten und Listen.
# $n ist eine Monatszahl (1 = Januar). Kurznamen sind für die Achse und kompakte Daten.

month-short = { $n ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
# Der volle Monatsname allein oder mit Jahr: „Dezember 1934“.
# Der Kurzname nach einer Tageszahl („1. Dez. 1934“), wo die Sprache ihn beugt.
month-short-of-day = { $n ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
month-long = { $n ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
# Der volle Monatsname in einem Datum mit Tag: „1. Dezember 1934“ (im Deutschen ungebeugt).
month-of-day = { $n ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
# Ein Datum mit Tag: $day „1“, $month ein Monatsname von oben, $when das Jahr („1934“).
date-day = { $day }. { $month } { $when }
# Ein Datum auf den Monat genau: „Dez. 1934“.
date-month = { $month } { $when }
# Ein Datum mit Uhrzeit: „1. Dez. 1934, 16:30“.
date-time = { $date }, { $time }
# Ein Datum, das die Quellen als ungefähr angeben (kompakt, in Beschriftungen): „ca. 1899“.
date-circa = ca. { $date }
# Dasselbe ausgeschrieben (Ansichten, Screenreader): „etwa 1899“.
date-circa-long = etwa { $date }
# Eine Zeitspanne: „1936–1938“, „1. Dez. 1934–12. März 1935“.
date-span = { $from }–{ $to }
# Zwei Monate eines Jahres: „Aug.–Nov. 1937“.
date-month-span = { $from }–{ $to } { $when }
# Ein Jahr vor dem Jahr 1: „300 v. Chr.“.
year-bc = { $when } v. Chr.
# Tiefenzeit, von heute an in Jahren zurückgezählt: $amount ist eine Zahl wie „13,8“.
ago-ga = { $amount } Mrd. J.
ago-ma = { $amount } Mio. J.
ago-ka = { $amount } Tsd. J.
ago-ga-long = vor { $amount } Milliarden Jahren
ago-ma-long = vor { $amount } Millionen Jahren
ago-ka-long = vor { $amount } Tausend Jahren
ago-years = { $n ->
    [one] vor { $n } Jahr
   *[other] vor { $n } Jahren
}
# Eine Markierung in der Zukunft auf einer Tiefenzeit-Achse: „in 5 Mio. J.“.
ago-in = in { $amount }
