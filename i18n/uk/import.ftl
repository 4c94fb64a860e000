# Opening a TimelineJS file or a spreadsheet: what the import left out or changed. $list
# names where ("row on line 3; row on line 9"), $more is "import-and-more" or nothing.
import-and-more = { " " }і ще { $n }
import-undated-event = { $n ->
    [one] Пропущено { $n } подію без дати (TimelineJS теж пропускає такі події): { $list }{ $more }.
    [few] Пропущено { $n } події без дати (TimelineJS теж пропускає такі події): { $list }{ $more }.
    [many] Пропущено { $n } подій без дати (TimelineJS теж пропускає такі події): { $list }{ $more }.
   *[other] Пропущено { $n } події без дати (TimelineJS теж пропускає такі події): { $list }{ $more }.
}
import-undated-row = { $n ->
    [one] Пропущено { $n } рядок без дати (TimelineJS теж пропускає такі рядки): { $list }{ $more }.
    [few] Пропущено { $n } рядки без дати (TimelineJS теж пропускає такі рядки): { $list }{ $more }.
    [many] Пропущено { $n } рядків без дати (TimelineJS теж пропускає такі рядки): { $list }{ $more }.
   *[other] Пропущено { $n } рядка без дати (TimelineJS теж пропускає такі рядки): { $list }{ $more }.
}
import-too-far-event = { $n ->
    [one] Пропущено { $n } подію з датою далі ніж тисяча мільярдів років: { $list }{ $more }.
    [few] Пропущено { $n } події з датою далі ніж тисяча мільярдів років: { $list }{ $more }.
    [many] Пропущено { $n } подій з датою далі ніж тисяча мільярдів років: { $list }{ $more }.
   *[other] Пропущено { $n } події з датою далі ніж тисяча мільярдів років: { $list }{ $more }.
}
import-too-far-row = { $n ->
    [one] Пропущено { $n } рядок з датою далі ніж тисяча мільярдів років: { $list }{ $more }.
    [few] Пропущено { $n } рядки з датою далі ніж тисяча мільярдів років: { $list }{ $more }.
    [many] Пропущено { $n } рядків з датою далі ніж тисяча мільярдів років: { $list }{ $more }.
   *[other] Пропущено { $n } рядка з датою далі ніж тисяча мільярдів років: { $list }{ $more }.
}
import-seconds = { $n ->
    [one] { $n } дату збережено з точністю до хвилини (секунди відкинуто): { $list }{ $more }.
    [few] { $n } дати збережено з точністю до хвилини (секунди відкинуто): { $list }{ $more }.
    [many] { $n } дат збережено з точністю до хвилини (секунди відкинуто): { $list }{ $more }.
   *[other] { $n } дати збережено з точністю до хвилини (секунди відкинуто): { $list }{ $more }.
}
import-dayless-times = { $n ->
    [one] Пропущено { $n } позначку часу доби, бо немає дня, до якого вона належала б: { $list }{ $more }.
    [few] Пропущено { $n } позначки часу доби, бо немає дня, до якого вони належали б: { $list }{ $more }.
    [many] Пропущено { $n } позначок часу доби, бо немає дня, до якого вони належали б: { $list }{ $more }.
   *[other] Пропущено { $n } позначки часу доби, бо немає дня, до якого вони належали б: { $list }{ $more }.
}
import-refused-media = { $n ->
    [one] { $n } медіаелемент неможливо показати (замість нього — примітка): { $list }{ $more }.
    [few] { $n } медіаелементи неможливо показати (замість них — примітки): { $list }{ $more }.
    [many] { $n } медіаелементів неможливо показати (замість них — примітки): { $list }{ $more }.
   *[other] { $n } медіаелемента неможливо показати (замість них — примітки): { $list }{ $more }.
}
# How a file was read.
import-slides = Елементи «slides» з файлу прочитано як події (у TimelineJS вони називаються «events»).
import-legacy = Файл прочитано як старіший формат TimelineJS 1 і 2 («date», «startDate», «asset»).
# Naming a slide or row in a notice. $n counts from 1.
import-era-number = період { $n }
import-event-number = подія { $n }
import-event-named = подія «{ $title }»
import-at-line = { $what } (рядок { $line })
# A date beyond the years a timeline can show: $year is the year.
import-ending = { $what }: рік завершення — { $year }
import-era-needs = немає поля { $key }: воно обов’язкове для кожного періоду
import-no-year = не зазначено рік
# $key is "year", "month", "day"…, $value what the file gives.
import-not-whole = { $key }: { $value } — не ціле число
import-no-such = { $key }: значення { $value } не існує
import-bad-date = «{ $value }» — не дата, яку читає TimelineJS (рік,місяць,день: «1870,7,19» або «1870-07-19»)
# What a JSON file holds where a timeline was expected.
json-kind = { $kind ->
    [null] null
    [bool] true або false
    [number] число
    [text] текст
    [list] список
   *[object] об’єкт
}
json-no-keys = немає
# $key is a key of the file, $kind one of json-kind.
json-not-list = «{ $key }» — { $kind }, а не список
json-timeline-no-list = знайдено {"{"}"timeline": {"{"}…{"}"}{"}"} (ключі: { $keys }), але немає списку «events», «slides» або «date»
json-timeline-not-object = «timeline» — { $kind }, а не об’єкт
json-no-events = знайдено об’єкт (ключі: { $keys }), але немає списку «events»
json-top = на верхньому рівні — { $kind }, а не об’єкт
json-expected-timelinejs = { $found }: очікувалася стрічка часу TimelineJS — об’єкт зі списком «events» (TimelineJS 3), або {"{"}"timeline": {"{"}…{"}"}{"}"} навколо такого об’єкта, або список «date» усередині «timeline» (TimelineJS 1 і 2)
# $message is what the JSON reader says (in English).
json-expected-ours = { $message } — очікувався JSON стрічки часу цього застосунку ({"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}, data/README.md) або файл TimelineJS
# Spreadsheets (CSV).
sheet-empty = файл порожній: очікувався рядок заголовків
# $columns are the missing columns' names.
sheet-missing-column = { $template ->
    [timelinejs] у рядку заголовків немає стовпця { $columns }: очікувалися стовпці шаблону TimelineJS (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] у рядку заголовків немає стовпця { $columns }: очікувалися стовпці start, title і, за потреби, end, summary, category, id, display_date
}
sheet-the-file = файл
sheet-unclosed-quote = тут лапки поля відкриваються, але ніде не закриваються: усю решту файлу було б прочитано як одне це поле; закрийте лапки символом "
# $reason is what the CSV reader says (in English).
sheet-unreadable = не вдається прочитати CSV: { $reason }
sheet-bad-time = «{ $value }» — не час доби («14:30» або «2:30 PM»)
sheet-row = рядок { $line }
sheet-era-no-year = це період без Year: період потребує і початку, і кінця
sheet-era-no-end-year = це період без End Year: період потребує і початку, і кінця
sheet-no-start = немає дати початку
# The title of a file that gives none.
import-untitled = Імпортована стрічка часу
json-events-not-list = «events» — не список
# The name given to an era that has none, and a slide's background image kept as a line.
import-era-label = Період { $n }
import-era-line = Період у рядку { $line }
import-background = Тло: { $url }
