# When a timeline cannot be loaded or a file cannot be opened. $url is the data's address.

failure-network = Не вдалося отримати дані стрічки часу ({ $url }).
# $message is what the browser said.
failure-network-detail = Браузер повідомив: { $message }. Перевірте з’єднання й спробуйте ще раз.
failure-http = Не вдалося завантажити дані стрічки часу ({ $url }).
# $status and $text are the server's answer: "404 Not Found".
failure-http-detail = Сервер відповів: { $status } { $text }. Перевірте, чи існує файл.
failure-timeout = Дані стрічки часу ({ $url }) не надійшли.
failure-timeout-detail = { $n ->
    [one] Від сервера нічого не надходило протягом { $n } секунди. Перевірте з’єднання й спробуйте ще раз.
    [few] Від сервера нічого не надходило протягом { $n } секунд. Перевірте з’єднання й спробуйте ще раз.
    [many] Від сервера нічого не надходило протягом { $n } секунд. Перевірте з’єднання й спробуйте ще раз.
   *[other] Від сервера нічого не надходило протягом { $n } секунди. Перевірте з’єднання й спробуйте ще раз.
}
failure-redirected = Дані стрічки часу ({ $url }) не завантажено.
failure-redirected-to = Цей сайт переспрямував запит на інший сайт ({ $host }), а набір даних цього сайту має надходити з нього самого.
failure-redirected-detail = Цей сайт переспрямував запит на інший сайт, а набір даних цього сайту має надходити з нього самого.
failure-too-large = Дані стрічки часу ({ $url }) завеликі.
# $n is a number of megabytes.
failure-too-large-detail = Їхній обсяг перевищує { $n } МБ — це максимум для застосунку. Розділіть стрічку часу на кілька менших.
failure-unreadable = Не вдалося прочитати дані стрічки часу ({ $url }).
failure-invalid = У даних стрічки часу ({ $url }) є помилки.
# $error is "The data file has 3 problems".
failure-invalid-detail = { $error }; доки їх не виправлено, нічого не показується:
problems-more = …і ще { $n }.
problems-close = Закрити
# A file the reader opened. $file is its name.
open-failed = Не вдалося відкрити «{ $file }»
open-stays = Попередня стрічка часу залишається відкритою.
open-too-large = Його обсяг перевищує { $n } МБ — це максимум для застосунку.
open-unreadable = Браузеру не вдалося його прочитати.
open-no-reader = Не завантажилася частина застосунку, яка читає файли; перевірте з’єднання.
open-has-problems = { $n ->
    [one] У ньому { $n } помилка. Виправте її й відкрийте файл знову.
    [few] У ньому { $n } помилки. Виправте їх і відкрийте файл знову.
    [many] У ньому { $n } помилок. Виправте їх і відкрийте файл знову.
   *[other] У ньому { $n } помилки. Виправте їх і відкрийте файл знову.
}
# Where in a file a problem is: "line 3, column 7: ".
problem-at = рядок { $line }, стовпець { $column }:{ " " }
# $message is the reason the JSON reader gives (in English).
problem-syntax = Файл даних — некоректний JSON стрічки часу (рядок { $line }, стовпець { $column }): { $message }
problem-count = { $n ->
    [one] У файлі даних { $n } помилка
    [few] У файлі даних { $n } помилки
    [many] У файлі даних { $n } помилок
   *[other] У файлі даних { $n } помилки
}
# Dates a file gives that cannot be read. $value is what the file writes.
date-bad = «{ $value }» — не дата у форматі РРРР, РРРР-ММ, РРРР-ММ-ДД або РРРР-ММ-ДДTГГ:ХХ
date-bad-ago = «{ $value }» — не кількість років тому
date-too-far = «{ $value }» — поза межами років, які може показати стрічка часу (тисяча мільярдів років в обидва боки)
# $from and $to are years.
date-year-only = «{ $value }» — поза межами календарних років (від { $from } до { $to }): там дата може бути лише роком
date-outside-calendar = «{ $value }» — поза межами календарних років (від { $from } до { $to })
date-no-month = «{ $value }»: місяця { $number } не існує
# $month is a month's name, $when a year, $day a day number.
date-no-day = «{ $value }» — неіснуючий день ({ $month } { $when } не має { $day }-го числа)
date-time-without-day = «{ $value }»: час доби вказано без дня
date-no-hour = «{ $value }»: години { $number } не існує
date-no-minute = «{ $value }»: хвилини { $number } не існує
date-day-only = «{ $value }»: указано час доби — запишіть лише день
# Problems in a timeline file, each after where it is. Field names ("title", "summary") are
# the file format's own and stay as they are.
# Where: $kind is what the file describes, $id its id.
place = { $kind ->
    [event] подія «{ $id }»
    [source] джерело «{ $id }»
    [category] категорія «{ $id }»
    [person] особа «{ $id }»
    [era] період «{ $id }»
    [tour] екскурсія «{ $id }»
   *[other] { $kind } «{ $id }»
}
place-alone = { $kind ->
    [dataset] набір даних
   *[other] { $kind }
}
problem-empty = поле { $field } порожнє
problem-empty-not-stated = поле { $field } порожнє (якщо документ про це не каже, напишіть «Not stated»)
problem-empty-leave-out = поле { $field } порожнє (якщо документ про це не каже, вилучіть поле)
problem-provenance-missing = немає поля { $field }: кожне джерело вбудованого набору даних має вказувати, що це за документ («Not stated», якщо документ про це не каже)
# $reason is why the date cannot be read.
problem-date = { $field }: { $reason }
problem-slug = недопустимий id: дозволено лише { $rule }
problem-duplicate = { $kind ->
    [event] повторюваний id події
    [source] повторюваний id джерела
    [category] повторюваний id категорії
    [person] повторюваний id особи
    [era] повторюваний id періоду
   *[tour] повторюваний id екскурсії
}
problem-end-before-start = дата завершення { $end } раніша за дату початку { $start }
problem-short-title = поле short_title порожнє (вилучіть його, щоб використовувалося поле title)
problem-colour = колір «{ $value }» не у форматі #rrggbb
problem-era-no-source = немає джерела: кожен період має посилатися хоча б на одне
problem-event-no-source = немає джерела: кожна подія має посилатися хоча б на одне
problem-unknown-source = посилається на невідоме джерело «{ $id }»
problem-unknown-category = невідома категорія «{ $id }»
problem-unknown-person = невідома особа «{ $id }»
problem-step-event = крок { $number } вказує на невідому подію «{ $id }»
problem-step-note = крок { $number } не має пояснення
problem-no-events = немає подій
problem-media-both = media має і url, і quote: залиште щось одне
problem-media-neither = media не має ні url, ні quote
problem-paragraph = номери абзаців у посиланнях на джерела починаються з 1
problem-says-nothing = посилання на «{ $id }» нічого не повідомляє
problem-two-claims = спірне питання «{ $about }» потребує щонайменше двох тверджень
problem-claim-no-source = твердження щодо «{ $about }» не називає джерела
problem-claim-uncited = спірне питання «{ $about }» називає джерело «{ $id }», на яке подія не посилається
# Loaded anyway, with a notice.
warning-window-outside = Вікно default_window з файлу ({ $from }–{ $to }) лежить поза його подіями; стрічка часу відкриється з усіма подіями.
warning-lang = Значення "lang": "{ $value }" не враховано: укажіть код мови, наприклад en, fr або pt-BR.
# Entries a curated file declares but never uses.
lint-category = жодна подія її не використовує
lint-person = жодна подія не згадує цю особу
lint-source = жодна подія на нього не посилається
problem-two-values = у спірному питанні «{ $about }» джерело «{ $id }» наводить два значення, але подія посилається лише на один його фрагмент: укажіть фрагмент для кожного значення
# What an id may be made of; $n is the most characters.
slug-rule = { $n ->
    [one] малі латинські літери, цифри й дефіси (дефіс — не першим і не останнім символом), не більше ніж { $n } символ
    [few] малі латинські літери, цифри й дефіси (дефіс — не першим і не останнім символом), не більше ніж { $n } символи
    [many] малі латинські літери, цифри й дефіси (дефіс — не першим і не останнім символом), не більше ніж { $n } символів
   *[other] малі латинські літери, цифри й дефіси (дефіс — не першим і не останнім символом), не більше ніж { $n } символу
}
