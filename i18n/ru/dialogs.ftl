# The dialogs.

# The sources dialog's title for $n documents ("The five sources").
sources-title = { $n ->
    [0] Источники
    [1] Источник
    [2] Два источника
    [3] Три источника
    [4] Четыре источника
    [5] Пять источников
    [6] Шесть источников
    [7] Семь источников
    [8] Восемь источников
    [9] Девять источников
    [10] Десять источников
    [one] Источники
    [few] Источники
    [many] Источники
   *[other] Источники
}
sources-intro = События ссылаются на документы, перечисленные ниже. Если документы расходятся, в событии это указано.
# Labels in a document's card.
sources-kind = Вид
sources-covers = Период
sources-speaks-of = Упоминает
# Accessible name of a document's density strip: $from and $to are years, $speaks "18 events, 1928–1937".
sources-coverage = Распределение по годам { $from }–{ $to }: { $speaks }
sources-show-events = { $n ->
    [one] Показать { $n } упомянутое событие
    [few] Показать { $n } упомянутых события
    [many] Показать { $n } упомянутых событий
   *[other] Показать { $n } упомянутого события
}
sources-reading = Литература, которую документ называет или цитирует

# Dialog titles.
dialog-download = Скачать эту ленту времени
dialog-activities = Задания для класса
dialog-share = Поделиться текущим видом
dialog-tours = Экскурсии
dialog-people = Фильтр по людям
dialog-source-filter = Фильтр по документам-источникам
# Share dialog.
share-note = По этой ссылке на любом устройстве откроются то же событие, те же фильтры и тот же отрезок времени.
share-link = Ссылка на этот вид
share-copy = Копировать ссылку
share-copied = Ссылка скопирована в буфер обмена.
share-blocked = Копирование заблокировано: ссылка выделена, нажмите Ctrl+C (⌘C), чтобы скопировать её.
share-selected = Ссылка выделена: нажмите Ctrl+C (⌘C), чтобы скопировать её.
share-qr = QR-код ссылки
share-too-long = Ссылка слишком длинная для QR-кода.
# Followed by a "Download…" button.
share-download-lead = Чтобы сохранить саму ленту времени или перенести её в TimelineJS или электронную таблицу:{ " " }
# Download dialog.
download-intro = { $n ->
    [one] { $n } событие ленты времени, открытой на экране (без учёта фильтров), — в виде файла: его можно сохранить, снова открыть здесь («Открыть…») или перенести в TimelineJS.
    [few] Все { $n } события ленты времени, открытой на экране (без учёта фильтров), — в виде файла: его можно сохранить, снова открыть здесь («Открыть…») или перенести в TimelineJS.
    [many] Все { $n } событий ленты времени, открытой на экране (без учёта фильтров), — в виде файла: его можно сохранить, снова открыть здесь («Открыть…») или перенести в TimelineJS.
   *[other] Все { $n } события ленты времени, открытой на экране (без учёта фильтров), — в виде файла: его можно сохранить, снова открыть здесь («Открыть…») или перенести в TimelineJS.
}
# The three formats a timeline can be downloaded in, and what each is for.
download-choice = { $format ->
    [ours] JSON этого приложения
    [timelinejs] JSON для TimelineJS
   *[csv] Электронная таблица (CSV)
}
download-what = { $format ->
    [ours] всё: источники, ссылки на них, расхождения, экскурсии
    [timelinejs] открывается в TimelineJS; источники и расхождения превращаются в строки текста
   *[csv] шаблон таблицы TimelineJS для Google Таблиц или Excel
}
# $file is the downloaded file's name.
download-saved = Сохранено как «{ $file }».
download-refused = Браузер не принял файл: попробуйте другой браузер.
download-missing = Не удалось загрузить часть приложения, которая записывает файлы: проверьте подключение и попробуйте ещё раз.
# Tours dialog.
tours-intro = Переходите по шагам клавишами → и ←, Пробел, Page Up/Down или пультом для презентаций. Каждый шаг — это ссылка.
# Filter pickers.
people-intro = Показываются события, связанные с любым из отмеченных людей.
people-find = Найти человека
people-find-placeholder = Найти человека (в любом написании)
source-filter-intro = Показываются события, о которых говорит любой из отмеченных документов.
pickers-untick = Снять все отметки
pickers-done = Готово
tours-start = { $n ->
    [one] Начать ({ $n } шаг)
    [few] Начать ({ $n } шага)
    [many] Начать ({ $n } шагов)
   *[other] Начать ({ $n } шага)
}
