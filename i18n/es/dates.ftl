# Las fechas tal como las escribe la interfaz: en el eje, en etiquetas, paneles y listas.
# $n es el número de un mes (1 = enero). Los nombres abreviados son para el eje y las fechas compactas.

month-short = { $n ->
    [1] ene.
    [2] feb.
    [3] mar.
    [4] abr.
    [5] may.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] dic.
}
# El nombre abreviado tras el número del día («1 dic. 1934»); en español no cambia.
month-short-of-day = { $n ->
    [1] ene.
    [2] feb.
    [3] mar.
    [4] abr.
    [5] may.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] dic.
}
# El nombre completo de un mes, solo o con el año: «diciembre de 1934».
month-long = { $n ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
# El nombre completo de un mes en una fecha con día: «1 de diciembre de 1934».
month-of-day = { $n ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
# Una fecha con día: $day «1», $month un nombre de mes de los de arriba, $when el año.
# Con el nombre completo del mes se escribe «1 de diciembre de 1934»; con la abreviatura
# (eje, fechas compactas), «1 dic. 1934», con espacio de no separación entre el día y el mes.
# La variante la elige el nombre del mes.
date-day = { $month ->
    [enero] { $day } de { $month } de { $when }
    [febrero] { $day } de { $month } de { $when }
    [marzo] { $day } de { $month } de { $when }
    [abril] { $day } de { $month } de { $when }
    [mayo] { $day } de { $month } de { $when }
    [junio] { $day } de { $month } de { $when }
    [julio] { $day } de { $month } de { $when }
    [agosto] { $day } de { $month } de { $when }
    [septiembre] { $day } de { $month } de { $when }
    [octubre] { $day } de { $month } de { $when }
    [noviembre] { $day } de { $month } de { $when }
    [diciembre] { $day } de { $month } de { $when }
   *[other] { $day } { $month } { $when }
}
# Una fecha al mes: «dic. 1934»; con el nombre completo, «diciembre de 1934».
date-month = { $month ->
    [enero] { $month } de { $when }
    [febrero] { $month } de { $when }
    [marzo] { $month } de { $when }
    [abril] { $month } de { $when }
    [mayo] { $month } de { $when }
    [junio] { $month } de { $when }
    [julio] { $month } de { $when }
    [agosto] { $month } de { $when }
    [septiembre] { $month } de { $when }
    [octubre] { $month } de { $when }
    [noviembre] { $month } de { $when }
    [diciembre] { $month } de { $when }
   *[other] { $month } { $when }
}
# Una fecha con hora: «1 dic. 1934, 16:30».
date-time = { $date }, { $time }
# Una fecha que las fuentes dan como aproximada (compacta, en etiquetas): «c. 1899», con
# espacio de no separación.
date-circa = c. { $date }
# Lo mismo, por extenso (paneles, lectores de pantalla): «hacia 1899».
date-circa-long = hacia { $date }
# Un intervalo de fechas: «1936–1938», «1 dic. 1934–12 mar. 1935».
date-span = { $from }–{ $to }
# Dos meses del mismo año: «ago.–nov. 1937».
date-month-span = { $from }–{ $to } { $when }
# Un año anterior al año 1: «300 a. C.» (con espacios de no separación).
year-bc = { $when } a. C.
# Tiempo profundo, contado hacia atrás desde hoy en años: $amount es un número como «13,8».
ago-ga = { $amount } Ga
ago-ma = { $amount } Ma
ago-ka = { $amount } ka
ago-ga-long = hace { $amount } mil millones de años
ago-ma-long = hace { $amount } millones de años
ago-ka-long = hace { $amount } mil años
ago-years = { $n ->
    [one] hace { $n } año
    [many] hace { $n } de años
   *[other] hace { $n } años
}
# Una marca futura en un eje de tiempo profundo: «dentro de 5 Ma».
ago-in = dentro de { $amount }
