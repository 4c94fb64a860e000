# Words the whole interface shares: counted nouns.

count-events = { $n ->
    [one] { $n } событие
    [few] { $n } события
    [many] { $n } событий
   *[other] { $n } события
}
count-sources = { $n ->
    [one] { $n } источник
    [few] { $n } источника
    [many] { $n } источников
   *[other] { $n } источника
}
count-problems = { $n ->
    [one] { $n } ошибка
    [few] { $n } ошибки
    [many] { $n } ошибок
   *[other] { $n } ошибки
}
# The language menu in the header (its accessible name).
header-language = Язык интерфейса
# A part of the app that is fetched when needed did not arrive.
chunk-failed = Не удалось загрузить эту часть ленты времени. Проверьте подключение к интернету.
try-again = Повторить
quoted = «{ $text }»
