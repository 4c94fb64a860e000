# Words the whole interface shares: counted nouns.

count-events = { $n ->
    [one] { $n } подія
    [few] { $n } події
    [many] { $n } подій
   *[other] { $n } події
}
count-sources = { $n ->
    [one] { $n } джерело
    [few] { $n } джерела
    [many] { $n } джерел
   *[other] { $n } джерела
}
count-problems = { $n ->
    [one] { $n } помилка
    [few] { $n } помилки
    [many] { $n } помилок
   *[other] { $n } помилки
}
# The language menu in the header (its accessible name).
header-language = Мова інтерфейсу
# A part of the app that is fetched when needed did not arrive.
chunk-failed = Не вдалося завантажити цю частину стрічки часу. Перевірте з’єднання.
try-again = Спробувати ще раз
# A value or a quotation set in quotation marks.
quoted = «{ $text }»
