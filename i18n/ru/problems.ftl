# When a timeline cannot be loaded or a file cannot be opened. $url is the data's address.

failure-network = Не удалось получить данные ленты времени ({ $url }).
# $message is what the browser said.
failure-network-detail = Браузер сообщил: { $message }. Проверьте подключение и попробуйте ещё раз.
failure-http = Не удалось загрузить данные ленты времени ({ $url }).
# $status and $text are the server's answer: "404 Not Found".
failure-http-detail = Ответ сервера: { $status } { $text }. Проверьте, существует ли файл.
failure-timeout = Данные ленты времени ({ $url }) не поступили.
failure-timeout-detail = { $n ->
    [one] Сервер ничего не присылал в течение { $n } секунды. Проверьте подключение и попробуйте ещё раз.
    [few] Сервер ничего не присылал в течение { $n } секунд. Проверьте подключение и попробуйте ещё раз.
    [many] Сервер ничего не присылал в течение { $n } секунд. Проверьте подключение и попробуйте ещё раз.
   *[other] Сервер ничего не присылал в течение { $n } секунды. Проверьте подключение и попробуйте ещё раз.
}
failure-redirected = Данные ленты времени ({ $url }) не загружены.
failure-redirected-to = Этот сайт перенаправил запрос на другой сайт ({ $host }), а данные этого сайта должны загружаться с него самого.
failure-redirected-detail = Этот сайт перенаправил запрос на другой сайт, а данные этого сайта должны загружаться с него самого.
failure-too-large = Данные ленты времени ({ $url }) слишком велики.
# $n is a number of megabytes.
failure-too-large-detail = Их объём больше { $n } МБ — это предел для приложения. Разделите ленту времени на несколько меньших.
failure-unreadable = Не удалось прочитать данные ленты времени ({ $url }).
failure-invalid = В данных ленты времени ({ $url }) есть ошибки.
# $error is "The data file has 3 problems".
failure-invalid-detail = { $error }; пока они не исправлены, ничего не показывается:
problems-more = …и ещё { $n }.
problems-close = Закрыть
# A file the reader opened. $file is its name.
open-failed = Не удалось открыть «{ $file }»
open-stays = Прежняя лента времени остаётся открытой.
open-too-large = Его объём больше { $n } МБ — это предел для приложения.
open-unreadable = Браузеру не удалось его прочитать.
open-no-reader = Не загрузилась часть приложения, которая читает файлы; проверьте подключение.
open-has-problems = { $n ->
    [one] В нём { $n } ошибка. Исправьте и откройте файл снова.
    [few] В нём { $n } ошибки. Исправьте их и откройте файл снова.
    [many] В нём { $n } ошибок. Исправьте их и откройте файл снова.
   *[other] В нём { $n } ошибки. Исправьте их и откройте файл снова.
}
# Where in a file a problem is: "line 3, column 7: ".
problem-at = строка { $line }, столбец { $column }:{ " " }
# $message is the reason the JSON reader gives (in English).
problem-syntax = Файл данных — некорректный JSON ленты времени (строка { $line }, столбец { $column }): { $message }
problem-count = { $n ->
    [one] В файле данных { $n } ошибка
    [few] В файле данных { $n } ошибки
    [many] В файле данных { $n } ошибок
   *[other] В файле данных { $n } ошибки
}
# Dates a file gives that cannot be read. $value is what the file writes.
date-bad = «{ $value }» — не дата вида ГГГГ, ГГГГ-ММ, ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ
date-bad-ago = «{ $value }» — не число лет назад
date-too-far = «{ $value }» — за пределами лет, которые может показать лента времени (тысяча миллиардов лет в обе стороны)
# $from and $to are years.
date-year-only = «{ $value }» — за пределами календарных лет (от { $from } до { $to }): там дата может быть только годом
date-outside-calendar = «{ $value }» — за пределами календарных лет (от { $from } до { $to })
date-no-month = «{ $value }»: месяца { $number } не существует
# $month is a month's name, $when a year, $day a day number.
date-no-day = «{ $value }» — несуществующий день (в месяце { $month } { $when } нет { $day }-го числа)
date-time-without-day = «{ $value }»: время суток указано без дня
date-no-hour = «{ $value }»: часа { $number } не существует
date-no-minute = «{ $value }»: минуты { $number } не существует
date-day-only = «{ $value }»: указано время суток — укажите только день
# Problems in a timeline file, each after where it is. Field names ("title", "summary") are
# the file format's own and stay as they are.
# Where: $kind is what the file describes, $id its id.
place = { $kind ->
    [event] событие «{ $id }»
    [source] источник «{ $id }»
    [category] категория «{ $id }»
    [person] человек «{ $id }»
    [era] период «{ $id }»
    [tour] экскурсия «{ $id }»
   *[other] { $kind } «{ $id }»
}
place-alone = { $kind ->
    [dataset] набор данных
   *[other] { $kind }
}
problem-empty = поле { $field } пустое
problem-empty-not-stated = поле { $field } пустое (если в документе об этом не сказано, напишите «Not stated»)
problem-empty-leave-out = поле { $field } пустое (если в документе об этом не сказано, удалите поле)
problem-provenance-missing = нет поля { $field }: у каждого источника встроенного набора данных должно быть указано его происхождение («Not stated», если в документе об этом не сказано)
# $reason is why the date cannot be read.
problem-date = { $field }: { $reason }
problem-slug = недопустимый id: разрешены { $rule }
problem-duplicate = { $kind ->
    [event] повторяющийся id события
    [source] повторяющийся id источника
    [category] повторяющийся id категории
    [person] повторяющийся id человека
    [era] повторяющийся id периода
   *[tour] повторяющийся id экскурсии
}
problem-end-before-start = дата окончания { $end } раньше даты начала { $start }
problem-short-title = поле short_title пустое (удалите его, чтобы вместо него использовалось поле title)
problem-colour = цвет «{ $value }» не в формате #rrggbb
problem-era-no-source = нет источника: каждый период должен ссылаться хотя бы на один
problem-event-no-source = нет источника: каждое событие должно ссылаться хотя бы на один
problem-unknown-source = ссылается на неизвестный источник «{ $id }»
problem-unknown-category = неизвестная категория «{ $id }»
problem-unknown-person = неизвестный человек «{ $id }»
problem-step-event = шаг { $number } указывает на неизвестное событие «{ $id }»
problem-step-note = у шага { $number } нет пояснения
problem-no-events = нет событий
problem-media-both = у media есть и url, и quote: оставьте что-то одно
problem-media-neither = у media нет ни url, ни quote
problem-paragraph = номера абзацев в ссылках на источники начинаются с 1
problem-says-nothing = ссылка на «{ $id }» ничего не сообщает
problem-two-claims = в спорном вопросе «{ $about }» должно быть не меньше двух утверждений
problem-claim-no-source = в утверждении по вопросу «{ $about }» не указан источник
problem-claim-uncited = в спорном вопросе «{ $about }» указан источник «{ $id }», на который событие не ссылается
# Loaded anyway, with a notice.
warning-window-outside = Окно default_window из файла ({ $from }–{ $to }) лежит за пределами его событий; лента времени откроется со всеми событиями.
warning-lang = Значение "lang": "{ $value }" не учтено: укажите код языка, например en, fr или pt-BR.
# Entries a curated file declares but never uses.
lint-category = не используется ни в одном событии
lint-person = не упоминается ни в одном событии
lint-source = ни одно событие не ссылается на этот источник
problem-two-values = в спорном вопросе «{ $about }» источник «{ $id }» приводит два значения, но событие ссылается только на один его фрагмент: укажите фрагмент для каждого значения
# What an id may be made of; $n is the most characters.
slug-rule = { $n ->
    [one] строчные латинские буквы, цифры и дефисы (дефис — не первым и не последним символом), не более { $n } символа
    [few] строчные латинские буквы, цифры и дефисы (дефис — не первым и не последним символом), не более { $n } символов
    [many] строчные латинские буквы, цифры и дефисы (дефис — не первым и не последним символом), не более { $n } символов
   *[other] строчные латинские буквы, цифры и дефисы (дефис — не первым и не последним символом), не более { $n } символа
}
