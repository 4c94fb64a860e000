# The header: the timeline's title and the view tools.

# A period in the "Jump to" menu: its name and its dates, "The Great Purge (Aug 1936–Nov 1938)".
header-period = { $label } ({ $span })
# Accessible name of the row of view tools.
header-tools = Вид
# Button that shows the filters on a phone.
header-filters = Фильтры
header-jump-label = Перейти к периоду
header-jump = Перейти к…
# The window the timeline's author chose to open on.
header-jump-default = Основной период
header-jump-all = Вся лента
header-list = Список
header-list-title = Показать события списком (L); нажмите ещё раз, чтобы вернуться к ленте времени
header-compare = Сравнить
header-compare-title = Сравнить, что говорит каждый источник о каждом событии (C); нажмите ещё раз, чтобы вернуться к ленте времени
header-zoom = Масштаб
header-zoom-in = Приблизить
header-zoom-in-title = Приблизить (+)
header-zoom-out = Отдалить
header-zoom-out-title = Отдалить (−)
header-fit-all = Целиком
header-fit-all-title = Показать всё (0)
# Opens the dialog about the source documents.
header-sources = Источники
header-tours = Экскурсии
header-activities = Задания
header-activities-title = Задания для класса по источникам: расставить события по порядку, определить, кто это утверждает, сопоставить источники
# Hides the events after the current one, to reveal them one at a time in class.
header-reveal = По одному
header-reveal-title = Скрыть все события после текущего (R)
header-theme = Цветовая тема
header-theme-light = Светлая
header-theme-dark = Тёмная
header-theme-contrast = Контрастная
# Projection mode: large type for a classroom projector.
header-project = Проектор
header-project-exit = Обычный режим
header-project-title = Режим проектора для класса (P)
header-share = Поделиться
# The filters under the header.

filters-search = Поиск событий
filters-search-placeholder = Поиск: события, люди, источники  ( / )
# How many events pass the filters: $n of them, out of $all ("95 events").
filters-match-count = Найдено: { $n } (всего { $all })
# Opens a list of people to filter by.
filters-by-person = По людям
filters-by-source = По источникам
# Toggle: only the events where the source documents disagree (followed by their number).
filters-differ = Источники расходятся{ " " }
filters-differ-title = Только события, в которых документы-источники расходятся
# What to do with the events that do not pass the filters.
filters-unmatched = Остальные события
filters-dim = Приглушить остальные
filters-hide = Скрыть остальные
filters-clear = Сбросить фильтры
filters-categories = Категории: показывать события любой из выбранных
filters-no-match = Ни одно событие не подходит под эти фильтры.
# Opening a class's own timeline file, and the line that says where a timeline comes from.

open-button = Открыть…
open-busy = Открывается…
open-label = Открыть файл ленты времени
open-title = Открыть файл ленты времени с этого устройства: JSON этого приложения, JSON TimelineJS или таблицу в формате CSV (можно также перетащить файл на страницу)
origin-label = Откуда эта лента времени
# $path is a file's address on this site, "data/class.json".
origin-site = Лента времени из файла { $path } на этом сайте.
# $host is another website, "example.org".
origin-web = Эта лента времени загружена с сайта { $host }, а не с этого сайта: за её содержание отвечают её авторы.
# $file is the name of a file the reader opened.
origin-file = Ваш файл «{ $file }», открытый на этом устройстве: никуда ничего не загружено, а ссылки на него на других устройствах откроют исходную ленту времени.
origin-download = Скачать…
origin-back = Вернуться к исходной ленте времени
# While the timeline loads.

loading-timeline = Загрузка ленты времени…
# How far loading has come: events read so far, of all of them.
loading-events = { $total ->
    [one] Прочитано { $n } из { $total } события
    [few] Прочитано { $n } из { $total } событий
    [many] Прочитано { $n } из { $total } событий
   *[other] Прочитано { $n } из { $total } события
}
# $amount is a number of megabytes, "1.5".
loading-megabytes = { $amount } МБ
# $got and $all are sizes such as "1.5 MB".
loading-bytes-of = { $got } из { $all }
loading-bytes = Получено { $got }
# Why a file could not be read (these end a sentence such as "Could not load …: ").
load-request-failed = запрос не выполнен
load-not-utf8 = файл не является текстом в кодировке UTF-8
load-import-missing = не загрузилась часть приложения, которая читает этот файл
# Parts of the app that arrive on demand, and notices.

app-not-loaded = Не удалось загрузить ленту времени…
# Closes the notices about a link's parts that were ignored.
app-dismiss = Скрыть
app-loading-list = Загрузка списка…
app-loading-activity = Загрузка задания…
app-loading-compare = Загрузка сравнения…
app-loading = Загрузка…
# The overview strip at the bottom of the timeline.
overview-title = Обзор: перетащите выделенное окно, чтобы сдвинуть вид, или его края, чтобы изменить масштаб
# Links for keyboard users at the top of the page.
skip-timeline = Перейти к ленте времени
skip-event = Перейти к открытому событию
# The strip: a button that stands for several events too close together to show. $from is
# a date; $hits how many of them pass the filters.
cluster-more = { $n ->
    [one] { $from }: ещё { $n } событие — приблизьте, чтобы рассмотреть
    [few] { $from }: ещё { $n } события — приблизьте, чтобы рассмотреть
    [many] { $from }: ещё { $n } событий — приблизьте, чтобы рассмотреть
   *[other] { $from }: ещё { $n } события — приблизьте, чтобы рассмотреть
}
cluster-more-matching = { $n ->
    [one] { $from }: ещё { $n } событие, из них подходят под фильтры: { $hits }; приблизьте, чтобы рассмотреть
    [few] { $from }: ещё { $n } события, из них подходят под фильтры: { $hits }; приблизьте, чтобы рассмотреть
    [many] { $from }: ещё { $n } событий, из них подходят под фильтры: { $hits }; приблизьте, чтобы рассмотреть
   *[other] { $from }: ещё { $n } события, из них подходят под фильтры: { $hits }; приблизьте, чтобы рассмотреть
}
# Above a cluster: how many of its events match ("3 matching"), when no single category names them.
cluster-matching = по фильтру
# Buttons at the strip's edges: matching events beyond the window.
edge-earlier = { $n ->
    [one] Раньше ещё { $n } подходящее событие: показать ближайшее
    [few] Раньше ещё { $n } подходящих события: показать ближайшее
    [many] Раньше ещё { $n } подходящих событий: показать ближайшее
   *[other] Раньше ещё { $n } подходящего события: показать ближайшее
}
edge-later = { $n ->
    [one] Позже ещё { $n } подходящее событие: показать ближайшее
    [few] Позже ещё { $n } подходящих события: показать ближайшее
    [many] Позже ещё { $n } подходящих событий: показать ближайшее
   *[other] Позже ещё { $n } подходящего события: показать ближайшее
}
strip-eras = Периоды на экране
strip-label = Лента времени: прокрутка или сведение пальцев — масштаб, перетаскивание — сдвиг, клавиши + и − — масштаб, клавиши со стрелками — сдвиг
strip-events = События в хронологическом порядке
# The panel shown when the app has stopped working.
fatal-title = Лента времени перестала работать
fatal-text = В приложении произошла ошибка. Обычно помогает перезагрузка страницы; если ошибка повторится, сообщите о ней тому, кто поделился с вами этой лентой времени (подробности — в консоли браузера).
# The page's own notes, shown when the interactive timeline cannot start.
page-reload = Перезагрузить
page-no-wasm = Это устройство не поддерживает WebAssembly, а без этой технологии интерактивная лента времени не работает. Все события, их источники и список всё равно можно прочитать здесь (масштабирование, фильтры и поиск недоступны).
page-offline-readable = Устройство не подключено к сети, а интерактивная лента времени ещё не сохранена на нём: то, что показано здесь, всё равно можно прочитать.
page-cannot-start-readable = Интерактивную ленту времени здесь не удалось запустить: все события, их источники и список всё равно можно прочитать (для масштабирования, фильтров и поиска она нужна). Обычно помогает перезагрузка страницы.
page-start-title = Не удалось запустить ленту времени
page-start-offline = Устройство не подключено к сети, а приложение ещё не сохранено на нём. Перезагрузите страницу, когда подключение восстановится.
page-start-missing = Часть приложения не загрузилась с сервера. Обычно помогает перезагрузка страницы.
# A bar offering a new version of the app; followed by a "reload" button.
page-update = Доступна новая версия —{ " " }
page-update-reload = перезагрузить
