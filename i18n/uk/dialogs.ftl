# The dialogs.

# The sources dialog's title for $n documents ("The five sources").
sources-title = { $n ->
    [0] Джерела
    [1] Джерело
    [2] Два джерела
    [3] Три джерела
    [4] Чотири джерела
    [5] П’ять джерел
    [6] Шість джерел
    [7] Сім джерел
    [8] Вісім джерел
    [9] Дев’ять джерел
    [10] Десять джерел
    [one] Джерела
    [few] Джерела
    [many] Джерела
   *[other] Джерела
}
sources-intro = Події посилаються на документи, наведені нижче. Якщо документи розходяться, у події це зазначено.
# Labels in a document's card.
sources-kind = Тип
sources-covers = Охоплює
sources-speaks-of = Згадує
# Accessible name of a document's density strip: $from and $to are years, $speaks "18 events, 1928–1937".
sources-coverage = Згадки за роками { $from }–{ $to }: { $speaks }
sources-show-events = { $n ->
    [one] Показати { $n } згадану подію
    [few] Показати { $n } згадані події
    [many] Показати { $n } згаданих подій
   *[other] Показати { $n } згаданої події
}
sources-reading = Додаткова література, яку документ перелічує або цитує

# Dialog titles.
dialog-download = Завантажити цю стрічку часу
dialog-activities = Завдання для класу
dialog-share = Поділитися поточним виглядом
dialog-tours = Екскурсії
dialog-people = Фільтр за особами
dialog-source-filter = Фільтр за документами-джерелами
# Share dialog.
share-note = За цим посиланням на будь-якому пристрої відкриються та сама подія, ті самі фільтри й той самий проміжок часу.
share-link = Посилання на цей вигляд
share-copy = Копіювати посилання
share-copied = Посилання скопійовано в буфер обміну.
share-blocked = Копіювання заблоковано: посилання виділено, натисніть Ctrl+C (⌘C), щоб скопіювати його.
share-selected = Посилання виділено: натисніть Ctrl+C (⌘C), щоб скопіювати його.
share-qr = QR-код посилання
share-too-long = Посилання задовге для QR-коду.
# Followed by a "Download…" button.
share-download-lead = Щоб зберегти саму стрічку часу або перенести її в TimelineJS чи електронну таблицю:{ " " }
# Download dialog.
download-intro = { $n ->
    [one] Уся стрічка часу, відкрита на екрані ({ $n } подія, незалежно від фільтрів), як файл: його можна зберегти, знову відкрити тут («Відкрити…») або перенести в TimelineJS.
    [few] Уся стрічка часу, відкрита на екрані ({ $n } події, незалежно від фільтрів), як файл: його можна зберегти, знову відкрити тут («Відкрити…») або перенести в TimelineJS.
    [many] Уся стрічка часу, відкрита на екрані ({ $n } подій, незалежно від фільтрів), як файл: його можна зберегти, знову відкрити тут («Відкрити…») або перенести в TimelineJS.
   *[other] Уся стрічка часу, відкрита на екрані ({ $n } події, незалежно від фільтрів), як файл: його можна зберегти, знову відкрити тут («Відкрити…») або перенести в TimelineJS.
}
# The three formats a timeline can be downloaded in, and what each is for.
download-choice = { $format ->
    [ours] JSON цього застосунку
    [timelinejs] JSON для TimelineJS
   *[csv] Електронна таблиця (CSV)
}
download-what = { $format ->
    [ours] усе: джерела, посилання на них, розбіжності, екскурсії
    [timelinejs] відкривається в TimelineJS; джерела й розбіжності стають рядками тексту
   *[csv] шаблон таблиці TimelineJS для Google Таблиць або Excel
}
# $file is the downloaded file's name.
download-saved = Збережено як «{ $file }».
download-refused = Браузер не прийняв файл: спробуйте інший браузер.
download-missing = Не вдалося завантажити частину застосунку, яка записує файли: перевірте з’єднання й спробуйте ще раз.
# Tours dialog.
tours-intro = Переходьте між кроками клавішами → і ←, Пробіл, Page Up/Down або пультом для презентацій. Кожен крок — це посилання.
# Filter pickers.
people-intro = Показати події будь-якої з позначених осіб.
people-find = Знайти особу
people-find-placeholder = Знайти особу (будь-яке написання)
source-filter-intro = Показати події, про які йдеться в будь-якому з позначених документів.
pickers-untick = Зняти всі позначки
pickers-done = Готово
tours-start = { $n ->
    [one] Почати ({ $n } крок)
    [few] Почати ({ $n } кроки)
    [many] Почати ({ $n } кроків)
   *[other] Почати ({ $n } кроку)
}
