# Le date come le scrive l’interfaccia: sull’asse, nelle etichette, nei pannelli e negli elenchi.
# $n è il numero del mese (1 = gennaio). I nomi brevi servono per l’asse e le date compatte.

month-short = { $n ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}
# Il nome completo di un mese, da solo o con l’anno: «dicembre 1934».
# Il nome breve dopo il numero del giorno («1 dic 1934»).
month-short-of-day = { $n ->
    [1] gen
    [2] feb
    [3] mar
    [4] apr
    [5] mag
    [6] giu
    [7] lug
    [8] ago
    [9] set
    [10] ott
    [11] nov
   *[12] dic
}
month-long = { $n ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
}
# Il nome completo di un mese in una data con il giorno: «1 dicembre 1934».
month-of-day = { $n ->
    [1] gennaio
    [2] febbraio
    [3] marzo
    [4] aprile
    [5] maggio
    [6] giugno
    [7] luglio
    [8] agosto
    [9] settembre
    [10] ottobre
    [11] novembre
   *[12] dicembre
}
# Una data con il giorno: $day «1», $month un nome di mese qui sopra, $when l’anno («1934»).
date-day = { $day } { $month } { $when }
# Una data al mese: «dic 1934».
date-month = { $month } { $when }
# Una data con l’ora: «1 dic 1934, 16:30».
date-time = { $date }, { $time }
# Una data che le fonti danno come approssimativa (compatta, nelle etichette): «ca. 1899».
date-circa = ca. { $date }
# La stessa, per esteso (pannelli, lettori di schermo): «circa 1899».
date-circa-long = circa { $date }
# Un intervallo di date: «1936–1938», «1 dic 1934–12 mar 1935».
date-span = { $from }–{ $to }
# Due mesi dello stesso anno: «ago–nov 1937».
date-month-span = { $from }–{ $to } { $when }
# Un anno prima dell’anno 1: «300 a.C.».
year-bc = { $when } a.C.
# Tempo profondo, contato all’indietro da oggi in anni: $amount è un numero come «13,8».
ago-ga = { $amount } Ga
ago-ma = { $amount } Ma
ago-ka = { $amount } ka
ago-ga-long = { $amount } miliardi di anni fa
ago-ma-long = { $amount } milioni di anni fa
ago-ka-long = { $amount } migliaia di anni fa
ago-years = { $n ->
    [one] { $n } anno fa
   *[other] { $n } anni fa
}
# Una tacca nel futuro su un asse del tempo profondo: «tra 5 Ma».
ago-in = tra { $amount }
