# Opening a TimelineJS file or a spreadsheet: what the import left out or changed. $list
# names where ("row on line 3; row on line 9"), $more is "import-and-more" or nothing.
import-and-more = { " " }и ещё { $n }
import-undated-event = { $n ->
    [one] Пропущено { $n } событие без даты (TimelineJS тоже пропускает такие события): { $list }{ $more }.
    [few] Пропущено { $n } события без даты (TimelineJS тоже пропускает такие события): { $list }{ $more }.
    [many] Пропущено { $n } событий без даты (TimelineJS тоже пропускает такие события): { $list }{ $more }.
   *[other] Пропущено { $n } события без даты (TimelineJS тоже пропускает такие события): { $list }{ $more }.
}
import-undated-row = { $n ->
    [one] Пропущена { $n } строка без даты (TimelineJS тоже пропускает такие строки): { $list }{ $more }.
    [few] Пропущены { $n } строки без даты (TimelineJS тоже пропускает такие строки): { $list }{ $more }.
    [many] Пропущено { $n } строк без даты (TimelineJS тоже пропускает такие строки): { $list }{ $more }.
   *[other] Пропущено { $n } строки без даты (TimelineJS тоже пропускает такие строки): { $list }{ $more }.
}
import-too-far-event = { $n ->
    [one] Пропущено { $n } событие с датой дальше тысячи миллиардов лет: { $list }{ $more }.
    [few] Пропущено { $n } события с датой дальше тысячи миллиардов лет: { $list }{ $more }.
    [many] Пропущено { $n } событий с датой дальше тысячи миллиардов лет: { $list }{ $more }.
   *[other] Пропущено { $n } события с датой дальше тысячи миллиардов лет: { $list }{ $more }.
}
import-too-far-row = { $n ->
    [one] Пропущена { $n } строка с датой дальше тысячи миллиардов лет: { $list }{ $more }.
    [few] Пропущены { $n } строки с датой дальше тысячи миллиардов лет: { $list }{ $more }.
    [many] Пропущено { $n } строк с датой дальше тысячи миллиардов лет: { $list }{ $more }.
   *[other] Пропущено { $n } строки с датой дальше тысячи миллиардов лет: { $list }{ $more }.
}
import-seconds = { $n ->
    [one] { $n } дата сохранена с точностью до минуты (секунды отброшены): { $list }{ $more }.
    [few] { $n } даты сохранены с точностью до минуты (секунды отброшены): { $list }{ $more }.
    [many] { $n } дат сохранено с точностью до минуты (секунды отброшены): { $list }{ $more }.
   *[other] { $n } даты сохранено с точностью до минуты (секунды отброшены): { $list }{ $more }.
}
import-dayless-times = { $n ->
    [one] Пропущено { $n } указание времени суток без дня, к которому оно относится: { $list }{ $more }.
    [few] Пропущено { $n } указания времени суток без дня, к которому они относятся: { $list }{ $more }.
    [many] Пропущено { $n } указаний времени суток без дня, к которому они относятся: { $list }{ $more }.
   *[other] Пропущено { $n } указания времени суток без дня, к которому они относятся: { $list }{ $more }.
}
import-refused-media = { $n ->
    [one] { $n } медиаматериал нельзя показать (вместо него — пояснение): { $list }{ $more }.
    [few] { $n } медиаматериала нельзя показать (вместо них — пояснения): { $list }{ $more }.
    [many] { $n } медиаматериалов нельзя показать (вместо них — пояснения): { $list }{ $more }.
   *[other] { $n } медиаматериала нельзя показать (вместо них — пояснения): { $list }{ $more }.
}
# How a file was read.
import-slides = Элементы «slides» из файла прочитаны как события (в TimelineJS они называются «events»).
import-legacy = Файл прочитан в старом формате TimelineJS 1 и 2 («date», «startDate», «asset»).
# Naming a slide or row in a notice. $n counts from 1.
import-era-number = период { $n }
import-event-number = событие { $n }
import-event-named = событие «{ $title }»
import-at-line = { $what } (строка { $line })
# A date beyond the years a timeline can show: $year is the year.
import-ending = { $what }: год окончания — { $year }
import-era-needs = нет поля { $key }: оно обязательно для каждого периода
import-no-year = не указан год
# $key is "year", "month", "day"…, $value what the file gives.
import-not-whole = { $key }: { $value } — не целое число
import-no-such = { $key }: значения { $value } не существует
import-bad-date = «{ $value }» — не дата, которую читает TimelineJS (год,месяц,день: «1870,7,19» или «1870-07-19»)
# What a JSON file holds where a timeline was expected.
json-kind = { $kind ->
    [null] null
    [bool] true или false
    [number] число
    [text] текст
    [list] список
   *[object] объект
}
json-no-keys = нет
# $key is a key of the file, $kind one of json-kind.
json-not-list = «{ $key }» — { $kind }, а не список
json-timeline-no-list = найдено {"{"}"timeline": {"{"}…{"}"}{"}"} (ключи: { $keys }), но нет списка «events», «slides» или «date»
json-timeline-not-object = «timeline» — { $kind }, а не объект
json-no-events = найден объект (ключи: { $keys }), но нет списка «events»
json-top = на верхнем уровне — { $kind }, а не объект
json-expected-timelinejs = { $found }: ожидалась лента времени TimelineJS — объект со списком «events» (TimelineJS 3), или {"{"}"timeline": {"{"}…{"}"}{"}"} вокруг такого объекта, или список «date» внутри «timeline» (TimelineJS 1 и 2)
# $message is what the JSON reader says (in English).
json-expected-ours = { $message } — ожидался JSON ленты времени этого приложения ({"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}, data/README.md) или файл TimelineJS
# Spreadsheets (CSV).
sheet-empty = файл пуст: ожидалась строка заголовков
# $columns are the missing columns' names.
sheet-missing-column = { $template ->
    [timelinejs] в строке заголовков нет столбца { $columns }: ожидались столбцы шаблона TimelineJS (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] в строке заголовков нет столбца { $columns }: ожидались столбцы start, title и, при необходимости, end, summary, category, id, display_date
}
sheet-the-file = файл
sheet-unclosed-quote = здесь открываются кавычки поля, но нигде не закрываются: весь остаток файла был бы прочитан как одно это поле; закройте кавычки символом "
# $reason is what the CSV reader says (in English).
sheet-unreadable = не удаётся прочитать CSV: { $reason }
sheet-bad-time = «{ $value }» — не время суток («14:30» или «2:30 PM»)
sheet-row = строка { $line }
sheet-era-no-year = это период без Year: у периода должны быть указаны и начало, и конец
sheet-era-no-end-year = это период без End Year: у периода должны быть указаны и начало, и конец
sheet-no-start = нет даты начала
# The title of a file that gives none.
import-untitled = Импортированная лента времени
json-events-not-list = «events» — не список
# The name given to an era that has none, and a slide's background image kept as a line.
import-era-label = Период { $n }
import-era-line = Период в строке { $line }
import-background = Фон: { $url }
