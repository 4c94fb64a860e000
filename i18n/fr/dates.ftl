# Les dates telles que l’interface les écrit.

month-short = { $n ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
month-short-of-day = { $n ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
month-long = { $n ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
month-of-day = { $n ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
date-day = { $day ->
    [1] 1er { $month } { $when }
   *[other] { $day } { $month } { $when }
}
date-month = { $month } { $when }
date-time = { $date }, { $time }
date-circa = v. { $date }
date-circa-long = vers { $date }
date-span = { $from }–{ $to }
date-month-span = { $from }–{ $to } { $when }
year-bc = { $when } av. J.-C.
ago-ga = { $amount } Ga
ago-ma = { $amount } Ma
ago-ka = { $amount } ka
ago-ga-long = il y a { $amount } milliards d’années
ago-ma-long = il y a { $amount } millions d’années
ago-ka-long = il y a { $amount } milliers d’années
ago-years = { $n ->
    [one] il y a { $n } an
   *[other] il y a { $n } ans
}
ago-in = dans { $amount }
