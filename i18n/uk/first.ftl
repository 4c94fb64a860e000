# The header: the timeline's title and the view tools.

# A period in the "Jump to" menu: its name and its dates, "The Great Purge (Aug 1936–Nov 1938)".
header-period = { $label } ({ $span })
# Accessible name of the row of view tools.
header-tools = Вигляд
# Button that shows the filters on a phone.
header-filters = Фільтри
header-jump-label = Перейти до періоду
header-jump = Перейти до…
# The window the timeline's author chose to open on.
header-jump-default = Основний період
header-jump-all = Усе
header-list = Список
header-list-title = Показати події списком (L); натисніть ще раз, щоб повернутися до стрічки часу
header-compare = Порівняти
header-compare-title = Порівняти, що каже кожне джерело, подія за подією (C); натисніть ще раз, щоб повернутися до стрічки часу
header-zoom = Масштаб
header-zoom-in = Збільшити
header-zoom-in-title = Збільшити (+)
header-zoom-out = Зменшити
header-zoom-out-title = Зменшити (−)
header-fit-all = Усе
header-fit-all-title = Показати все (0)
# Opens the dialog about the source documents.
header-sources = Джерела
header-tours = Екскурсії
header-activities = Завдання
header-activities-title = Завдання для класу за джерелами: упорядкувати події, визначити, хто це стверджує, зіставити джерела
# Hides the events after the current one, to reveal them one at a time in class.
header-reveal = По одній
header-reveal-title = Приховати всі події після поточної (R)
header-theme = Колірна тема
header-theme-light = Світла
header-theme-dark = Темна
header-theme-contrast = Висококонтрастна
# Projection mode: large type for a classroom projector.
header-project = Проєктор
header-project-exit = Звичайний режим
header-project-title = Режим проєктора для класу (P)
header-share = Поділитися
# The filters under the header.

filters-search = Пошук подій
filters-search-placeholder = Шукати події, осіб, джерела  ( / )
# How many events pass the filters: $n of them, out of $all ("95 events").
filters-match-count = Знайдено: { $n } (усього { $all })
# Opens a list of people to filter by.
filters-by-person = За особами
filters-by-source = За джерелами
# Toggle: only the events where the source documents disagree (followed by their number).
filters-differ = Джерела розходяться{ " " }
filters-differ-title = Лише події, щодо яких документи-джерела розходяться
# What to do with the events that do not pass the filters.
filters-unmatched = Події поза фільтрами
filters-dim = Приглушити інші
filters-hide = Приховати інші
filters-clear = Скинути фільтри
filters-categories = Категорії: показати події будь-якої з вибраних
filters-no-match = Жодна подія не відповідає цим фільтрам.
# Opening a class's own timeline file, and the line that says where a timeline comes from.

open-button = Відкрити…
open-busy = Відкривається…
open-label = Відкрити файл стрічки часу
open-title = Відкрити файл стрічки часу з цього пристрою: JSON цього застосунку, JSON TimelineJS або таблицю, збережену як CSV (або перетягніть файл на сторінку)
origin-label = Звідки ця стрічка часу
# $path is a file's address on this site, "data/class.json".
origin-site = Стрічка часу з файлу { $path } на цьому сайті.
# $host is another website, "example.org".
origin-web = Ця стрічка часу походить із сайту { $host }, а не з цього сайту: за її зміст відповідають її автори.
# $file is the name of a file the reader opened.
origin-file = Ваш файл «{ $file }», відкритий на цьому пристрої: нічого не вивантажено, а посилання на нього на інших пристроях відкриють стандартну стрічку часу.
origin-download = Завантажити…
origin-back = Повернутися до стандартної стрічки часу
# While the timeline loads.

loading-timeline = Завантаження стрічки часу…
# How far loading has come: events read so far, of all of them.
loading-events = { $total ->
    [one] Прочитано { $n } з { $total } події
    [few] Прочитано { $n } з { $total } подій
    [many] Прочитано { $n } з { $total } подій
   *[other] Прочитано { $n } з { $total } події
}
# $amount is a number of megabytes, "1.5".
loading-megabytes = { $amount } МБ
# $got and $all are sizes such as "1.5 MB".
loading-bytes-of = { $got } з { $all }
loading-bytes = Отримано { $got }
# Why a file could not be read (these end a sentence such as "Could not load …: ").
load-request-failed = запит не виконано
load-not-utf8 = файл не є текстом у кодуванні UTF-8
load-import-missing = не завантажилася частина застосунку, яка читає цей файл
# Parts of the app that arrive on demand, and notices.

app-not-loaded = Не вдалося завантажити стрічку часу…
# Closes the notices about a link's parts that were ignored.
app-dismiss = Приховати
app-loading-list = Завантаження списку…
app-loading-activity = Завантаження завдання…
app-loading-compare = Завантаження порівняння…
app-loading = Завантаження…
# The overview strip at the bottom of the timeline.
overview-title = Огляд: перетягніть виділене вікно, щоб зсунути вигляд, або його краї, щоб змінити масштаб
# Links for keyboard users at the top of the page.
skip-timeline = Перейти до стрічки часу
skip-event = Перейти до відкритої події
# The strip: a button that stands for several events too close together to show. $from is
# a date; $hits how many of them pass the filters.
cluster-more = { $n ->
    [one] { $from }: ще { $n } подія — збільште масштаб, щоб її побачити
    [few] { $from }: ще { $n } події — збільште масштаб, щоб їх побачити
    [many] { $from }: ще { $n } подій — збільште масштаб, щоб їх побачити
   *[other] { $from }: ще { $n } події — збільште масштаб, щоб їх побачити
}
cluster-more-matching = { $n ->
    [one] { $from }: ще { $n } подія, з них відповідають фільтрам: { $hits }; збільште масштаб, щоб її побачити
    [few] { $from }: ще { $n } події, з них відповідають фільтрам: { $hits }; збільште масштаб, щоб їх побачити
    [many] { $from }: ще { $n } подій, з них відповідають фільтрам: { $hits }; збільште масштаб, щоб їх побачити
   *[other] { $from }: ще { $n } події, з них відповідають фільтрам: { $hits }; збільште масштаб, щоб їх побачити
}
# Above a cluster: how many of its events match ("3 matching"), when no single category names them.
cluster-matching = за фільтром
# Buttons at the strip's edges: matching events beyond the window.
edge-earlier = { $n ->
    [one] Раніше ще { $n } подія за фільтром: показати найближчу
    [few] Раніше ще { $n } події за фільтром: показати найближчу
    [many] Раніше ще { $n } подій за фільтром: показати найближчу
   *[other] Раніше ще { $n } події за фільтром: показати найближчу
}
edge-later = { $n ->
    [one] Пізніше ще { $n } подія за фільтром: показати найближчу
    [few] Пізніше ще { $n } події за фільтром: показати найближчу
    [many] Пізніше ще { $n } подій за фільтром: показати найближчу
   *[other] Пізніше ще { $n } події за фільтром: показати найближчу
}
strip-eras = Періоди на екрані
strip-label = Стрічка часу: прокручування або зведення пальців — масштаб, перетягування — зсув, клавіші + і − — масштаб, клавіші зі стрілками — зсув
strip-events = Події в хронологічному порядку
# The panel shown when the app has stopped working.
fatal-title = Стрічка часу перестала працювати
fatal-text = У застосунку сталася помилка. Зазвичай допомагає перезавантаження сторінки; якщо це повториться, повідомте тому, хто поділився з вами цією стрічкою часу (подробиці — у консолі браузера).
# The page's own notes, shown when the interactive timeline cannot start.
page-reload = Перезавантажити
page-no-wasm = Цей пристрій не підтримує WebAssembly, потрібний для інтерактивної стрічки часу: усі події, їхні джерела та список усе одно можна прочитати тут (масштабування, фільтри й пошук недоступні).
page-offline-readable = Цей пристрій не під’єднано до мережі, а інтерактивну стрічку часу на ньому ще не збережено: те, що показано тут, усе одно можна прочитати.
page-cannot-start-readable = Інтерактивну стрічку часу тут не вдалося запустити: усі події, їхні джерела та список усе одно можна прочитати (масштабування, фільтри й пошук без неї недоступні). Зазвичай допомагає перезавантаження сторінки.
page-start-title = Не вдалося запустити стрічку часу
page-start-offline = Цей пристрій не під’єднано до мережі, а застосунок на ньому ще не збережено. Перезавантажте сторінку, коли з’єднання відновиться.
page-start-missing = Частина застосунку не надійшла із сервера. Зазвичай допомагає перезавантаження сторінки.
# A bar offering a new version of the app; followed by a "reload" button.
page-update = Доступна нова версія —{ " " }
page-update-reload = перезавантажити
