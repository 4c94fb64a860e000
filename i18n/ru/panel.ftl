# The event panel.

# Buttons of the panel's bar: the event before and after in time order.
panel-previous = Назад
panel-next = Далее
# Where the open event stands when the filters leave it out.
panel-not-in-filter = вне фильтра
# Accessible name of the ✕ button of a panel or a dialog.
close-escape = Закрыть (Esc)
# The list view: a mark on events where the source documents disagree.
list-differ = источники расходятся
# The body of the event panel.

# Where a document says it: "Section “Summary of Event”, paragraph 3".
panel-locator = Раздел «{ $section }», абзац { $paragraph }
panel-differ = Источники расходятся
# After a disputed value: the documents that give it.
panel-according-to = по данным: { $who }
panel-note = Примечание редакторов:{ " " }
panel-sources-heading = Что говорят источники ({ $n })
panel-people = Люди
# Tooltip of a person's button; $name is the person.
panel-person-title = Показать только события, где упоминается { $name }
panel-related = Связанные события
panel-link = Ссылка на это событие
panel-corroborate = Сопоставить источники
# A document's provenance, folded under its card.
provenance-summary = Об этом документе
provenance-field = { $field ->
    [author] Автор или издатель
    [date] Дата
    [audience] Адресат
    [purpose] Цель
   *[based-on] На чём основан
}
# Names of the parts of an event, shown on a projected slide's pages ("sources differ 2/5").
part-summary = кратко
part-differ = источники расходятся
part-note = примечание редакторов
part-sources = источники
# Media of a class's own timeline (images, videos, quotations, links). Nothing is loaded
# from another site until the reader asks. $what is "image" or "video"; $host a website.
media-consent = { $what ->
    [image] Изображение
   *[video] Видео
} с { $host }. Пока вы не попросите, с этого сайта ничего не загружается.
media-show = { $what ->
    [image] Показать изображение
   *[video] Показать видео
}
# What a screen reader says for an image or video that has no description.
media-from-label = { $what ->
    [image] Изображение
   *[video] Видео
} с { $host }
media-always = Всегда показывать медиаматериалы этой ленты времени
media-another-site = другого сайта
# A link card to a Wikipedia article: $lang is its language code, $article its title.
media-wikipedia = Википедия ({ $lang }): { $article }
media-link = Ссылка: { $host }
# $reason is one of the media-* reasons below.
media-refused = Медиаматериал из файла не показан: { $reason }
# In a printed handout: "Image (upload.wikimedia.org)".
media-line = { $what ->
    [image] Изображение
    [video] Видео
   *[link] Ссылка
} ({ $host })
# Why a media item is not shown. $address is what the file gives.
media-no-address = У медиаматериала нет адреса.
media-nothing = У медиаматериала нет ни адреса, ни цитаты.
media-spaces = В адресе «{ $address }» есть пробелы.
media-relative = Относительный адрес «{ $address }» не показан: адрес самого файла неизвестен, поэтому по нему ничего нельзя найти (укажите полный адрес https://).
media-insecure = Адрес { $address } небезопасен (http://): показываются только медиаматериалы с адресами https://.
media-scheme = Адреса вида «{ $scheme }:» не показываются.
media-unusable = «{ $address }» — непригодный адрес.
# Shown in place of media. $host is a website.
media-offline = { $what ->
    [image] Нет подключения к сети: это изображение загружается с { $host }, а для этого нужна сеть.
   *[video] Нет подключения к сети: это видео загружается с { $host }, а для этого нужна сеть.
}
media-failed = Не удалось загрузить изображение с { $host }.
part-media = медиа
# A guided tour's box above the event.
tour-label = Экскурсия
tour-step = Шаг { $number } из { $total }
tour-filters = Ваши фильтры продолжают действовать: шаги, которые под них не подходят, тоже показываются.
tour-end = Завершить экскурсию
part-tour = экскурсия
media-iframe = Встроенный фрейм (<iframe>) из файла не показывается.
# $tag is an HTML tag's name.
media-markup = Разметка (<{ $tag }>) в адресе медиаматериала не показывается.
