# The filters in words (a handout's head, an activity's scope).
# Between names: "The army or The party".
filter-or = { " " }или{ " " }
filter-categories = Категории: { $names }
filter-people = Люди: { $names }
filter-sources = Источники: { $names }
filter-search = Поиск: «{ $text }»
filter-differ = Только события, где источники расходятся
# Notices about a link's parts that were ignored. $key is a link parameter's name
# ("event", "from"), $value what the link gives, $id an id it names.
link-too-long = { $n ->
    [one] В ссылке { $n } символ; прочитаны только первые { $read }.
    [few] В ссылке { $n } символа; прочитаны только первые { $read }.
    [many] В ссылке { $n } символов; прочитаны только первые { $read }.
   *[other] В ссылке { $n } символа; прочитаны только первые { $read }.
}
link-too-many = { $n ->
    [one] Не учтён ещё { $n } параметр: из ссылки читается не более { $most }.
    [few] Не учтены ещё { $n } параметра: из ссылки читается не более { $most }.
    [many] Не учтено ещё { $n } параметров: из ссылки читается не более { $most }.
   *[other] Не учтено ещё { $n } параметра: из ссылки читается не более { $most }.
}
link-needs-activity = Параметр { $key } не учтён: он работает только вместе с заданием (activity).
link-window-reversed = Отрезок времени не учтён: «to» раньше, чем «from».
link-window-half = Отрезок времени не учтён: нужны оба параметра — «from» и «to».
link-unknown-parameter = Неизвестный параметр ссылки «{ $key }» не учтён.
link-no-event = В этой ленте времени нет события «{ $id }».
link-no-event-corroborate = В этой ленте времени нет события «{ $id }», а для сопоставления источников оно необходимо.
link-corroborate-needs-event = Параметр activity=corroborate не учтён: нужно указать событие (event=…).
link-no-tour = В этой ленте времени нет экскурсии «{ $id }».
link-tour-steps = { $n ->
    [one] В экскурсии { $n } шаг; начинаем с шага 1.
    [few] В экскурсии { $n } шага; начинаем с шага 1.
    [many] В экскурсии { $n } шагов; начинаем с шага 1.
   *[other] В экскурсии { $n } шага; начинаем с шага 1.
}
# $step is the event the tour's step opens.
link-event-vs-step = Событие «{ $id }» не учтено: шаг экскурсии из ссылки открывает «{ $step }».
link-step-needs-tour = Параметр step не учтён: он работает только вместе с экскурсией (tour).
# $what is the kind of thing the link names.
link-no-such = { $what ->
    [category] В этой ленте времени нет категории «{ $id }».
    [person] В этой ленте времени нет человека «{ $id }».
   *[source] В этой ленте времени нет источника «{ $id }».
}
link-bad-step = Шаг «{ $value }» не учтён: это не номер шага.
link-long-search = { $n ->
    [one] Текст поиска не учтён: он длиннее { $n } символа.
    [few] Текст поиска не учтён: он длиннее { $n } символов.
    [many] Текст поиска не учтён: он длиннее { $n } символов.
   *[other] Текст поиска не учтён: он длиннее { $n } символа.
}
link-bad-view = Параметр view="{ $value }" не учтён: используйте dim или hide.
link-bad-mode = Параметр mode="{ $value }" не учтён: используйте timeline или projection.
link-bad-activity = Параметр activity="{ $value }" не учтён: используйте order, sources или corroborate.
link-bad-n = Параметр n="{ $value }" не учтён: укажите число карточек от { $min } до { $max }.
link-bad-seed = Параметр seed="{ $value }" не учтён: укажите целое число от 0 до { $max }.
link-bad-lang = Параметр lang="{ $value }" не учтён: укажите код языка, например en, fr или pt-BR.
link-bad-id = Параметр { $key } «{ $value }» не учтён: недопустимый id.
link-bad-one-id = Параметр { $key } «{ $value }» не учтён: недопустимый id для { $key }.
link-bad-flag = Параметр { $key }="{ $value }" не учтён: используйте 1 или 0.
link-bad-date = Параметр { $key }="{ $value }" не учтён: даты записываются в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.
# $why is one of the two reasons below.
link-bad-data = Параметр data «{ $value }» не учтён: { $why }
link-data-not-https = это непригодный адрес https.
link-data-not-allowed = загружать можно только адреса https или файлы .json и .csv с этого сайта (по относительному пути).
# After three notices of one kind: how many more were left out.
notice-more = { $kind ->
    [dates] Не учтено других дат: { $n }.
    [invalid-ids] Не учтено других недопустимых id: { $n }.
    [unknown-events] Не учтено других неизвестных событий: { $n }.
    [unknown-tours] Не учтено других неизвестных экскурсий: { $n }.
    [unknown-categories] Не учтено других неизвестных категорий: { $n }.
    [unknown-people] Не учтено других неизвестных людей: { $n }.
    [unknown-sources] Не учтено других неизвестных источников: { $n }.
    [unknown-link-parameters] Не учтено других неизвестных параметров ссылки: { $n }.
   *[parameters] Не учтено других параметров: { $n }.
}
