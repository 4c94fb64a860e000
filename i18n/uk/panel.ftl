# The event panel.

# Buttons of the panel's bar: the event before and after in time order.
panel-previous = Попередня
panel-next = Наступна
# Where the open event stands when the filters leave it out.
panel-not-in-filter = поза фільтром
# Accessible name of the ✕ button of a panel or a dialog.
close-escape = Закрити (Esc)
# The list view: a mark on events where the source documents disagree.
list-differ = джерела розходяться
# The body of the event panel.

# Where a document says it: "Section “Summary of Event”, paragraph 3".
panel-locator = Розділ «{ $section }», абзац { $paragraph }
panel-differ = Джерела розходяться
# After a disputed value: the documents that give it.
panel-according-to = за даними: { $who }
panel-note = Примітка редакторів:{ " " }
panel-sources-heading = Що кажуть джерела ({ $n })
panel-people = Особи
# Tooltip of a person's button; $name is the person.
panel-person-title = Показати лише події, пов’язані з особою { $name }
panel-related = Пов’язані події
panel-link = Посилання на цю подію
panel-corroborate = Зіставити джерела
# A document's provenance, folded under its card.
provenance-summary = Про цей документ
provenance-field = { $field ->
    [author] Автор або видавець
    [date] Дата
    [audience] Для кого
    [purpose] Мета
   *[based-on] На чому ґрунтується
}
# Names of the parts of an event, shown on a projected slide's pages ("sources differ 2/5").
part-summary = стисло
part-differ = джерела розходяться
part-note = примітка редакторів
part-sources = джерела
# Media of a class's own timeline (images, videos, quotations, links). Nothing is loaded
# from another site until the reader asks. $what is "image" or "video"; $host a website.
media-consent = { $what ->
    [image] Зображення
   *[video] Відео
} з { $host }. Доки ви не попросите, з цього сайту нічого не завантажується.
media-show = { $what ->
    [image] Показати зображення
   *[video] Показати відео
}
# What a screen reader says for an image or video that has no description.
media-from-label = { $what ->
    [image] Зображення
   *[video] Відео
} з { $host }
media-always = Завжди показувати медіа з цієї стрічки часу
media-another-site = іншого сайту
# A link card to a Wikipedia article: $lang is its language code, $article its title.
media-wikipedia = Вікіпедія ({ $lang }): { $article }
media-link = Посилання: { $host }
# $reason is one of the media-* reasons below.
media-refused = Медіа з файлу не показано: { $reason }
# In a printed handout: "Image (upload.wikimedia.org)".
media-line = { $what ->
    [image] Зображення
    [video] Відео
   *[link] Посилання
} ({ $host })
# Why a media item is not shown. $address is what the file gives.
media-no-address = Медіаелемент не має адреси.
media-nothing = Медіаелемент не має ні адреси, ні цитати.
media-spaces = Адреса «{ $address }» містить пробіли.
media-relative = Відносну адресу «{ $address }» не показано: адреса самого файлу невідома, тож не можна визначити, куди вона веде (укажіть повну адресу https://).
media-insecure = Адреса { $address } незахищена (http://): показуються лише медіа з адресами https://.
media-scheme = Адреси виду «{ $scheme }:» не показуються.
media-unusable = «{ $address }» — непридатна адреса.
# Shown in place of media. $host is a website.
media-offline = { $what ->
    [image] Немає з’єднання з мережею: це зображення завантажується з { $host }, тож потрібна мережа.
   *[video] Немає з’єднання з мережею: це відео завантажується з { $host }, тож потрібна мережа.
}
media-failed = Не вдалося завантажити зображення з { $host }.
part-media = медіа
# A guided tour's box above the event.
tour-label = Екскурсія
tour-step = Крок { $number } з { $total }
tour-filters = Ваші фільтри й далі діють: кроки поза ними теж показуються.
tour-end = Завершити екскурсію
part-tour = екскурсія
media-iframe = Вбудований фрейм (<iframe>) з файлу не показується.
# $tag is an HTML tag's name.
media-markup = Розмітка (<{ $tag }>) в адресі медіа не показується.
