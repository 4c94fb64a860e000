# The filters in words (a handout's head, an activity's scope).
# Between names: "The army or The party".
filter-or = { " " }або{ " " }
filter-categories = Категорії: { $names }
filter-people = Особи: { $names }
filter-sources = Джерела: { $names }
filter-search = Пошук: «{ $text }»
filter-differ = Лише там, де джерела розходяться
# Notices about a link's parts that were ignored. $key is a link parameter's name
# ("event", "from"), $value what the link gives, $id an id it names.
link-too-long = { $n ->
    [one] Посилання має { $n } символ; прочитано лише перші { $read }.
    [few] Посилання має { $n } символи; прочитано лише перші { $read }.
    [many] Посилання має { $n } символів; прочитано лише перші { $read }.
   *[other] Посилання має { $n } символу; прочитано лише перші { $read }.
}
link-too-many = { $n ->
    [one] Не враховано ще { $n } параметр: з посилання читається не більше ніж { $most }.
    [few] Не враховано ще { $n } параметри: з посилання читається не більше ніж { $most }.
    [many] Не враховано ще { $n } параметрів: з посилання читається не більше ніж { $most }.
   *[other] Не враховано ще { $n } параметра: з посилання читається не більше ніж { $most }.
}
link-needs-activity = Параметр { $key } не враховано: він працює лише разом із завданням (activity).
link-window-reversed = Проміжок часу не враховано: «to» раніше за «from».
link-window-half = Проміжок часу не враховано: потрібні обидва параметри — «from» і «to».
link-unknown-parameter = Невідомий параметр посилання «{ $key }» не враховано.
link-no-event = У цій стрічці часу немає події «{ $id }».
link-no-event-corroborate = У цій стрічці часу немає події «{ $id }», а для зіставлення джерел вона потрібна.
link-corroborate-needs-event = Параметр activity=corroborate не враховано: потрібно вказати подію (event=…).
link-no-tour = У цій стрічці часу немає екскурсії «{ $id }».
link-tour-steps = { $n ->
    [one] Екскурсія має { $n } крок; починаємо з кроку 1.
    [few] Екскурсія має { $n } кроки; починаємо з кроку 1.
    [many] Екскурсія має { $n } кроків; починаємо з кроку 1.
   *[other] Екскурсія має { $n } кроку; починаємо з кроку 1.
}
# $step is the event the tour's step opens.
link-event-vs-step = Подію «{ $id }» не враховано: крок екскурсії з посилання відкриває «{ $step }».
link-step-needs-tour = Параметр step не враховано: він працює лише разом з екскурсією (tour).
# $what is the kind of thing the link names.
link-no-such = { $what ->
    [category] У цій стрічці часу немає категорії «{ $id }».
    [person] У цій стрічці часу немає особи «{ $id }».
   *[source] У цій стрічці часу немає джерела «{ $id }».
}
link-bad-step = Крок «{ $value }» не враховано: це не номер кроку.
link-long-search = { $n ->
    [one] Текст пошуку не враховано: він довший за { $n } символ.
    [few] Текст пошуку не враховано: він довший за { $n } символи.
    [many] Текст пошуку не враховано: він довший за { $n } символів.
   *[other] Текст пошуку не враховано: він довший за { $n } символу.
}
link-bad-view = Параметр view="{ $value }" не враховано: використовуйте dim або hide.
link-bad-mode = Параметр mode="{ $value }" не враховано: використовуйте timeline або projection.
link-bad-activity = Параметр activity="{ $value }" не враховано: використовуйте order, sources або corroborate.
link-bad-n = Параметр n="{ $value }" не враховано: укажіть кількість карток від { $min } до { $max }.
link-bad-seed = Параметр seed="{ $value }" не враховано: укажіть ціле число від 0 до { $max }.
link-bad-lang = Параметр lang="{ $value }" не враховано: укажіть код мови, наприклад en, fr або pt-BR.
link-bad-id = Параметр { $key } «{ $value }» не враховано: недопустимий id.
link-bad-one-id = Параметр { $key } «{ $value }» не враховано: недопустимий id для { $key }.
link-bad-flag = Параметр { $key }="{ $value }" не враховано: використовуйте 1 або 0.
link-bad-date = Параметр { $key }="{ $value }" не враховано: дати записують у форматі РРРР, РРРР-ММ або РРРР-ММ-ДД.
# $why is one of the two reasons below.
link-bad-data = Параметр data «{ $value }» не враховано: { $why }
link-data-not-https = це непридатна адреса https.
link-data-not-allowed = завантажувати можна лише адреси https або файли .json і .csv з цього сайту (за відносним шляхом).
# After three notices of one kind: how many more were left out.
notice-more = { $kind ->
    [dates] Не враховано інших дат: { $n }.
    [invalid-ids] Не враховано інших недопустимих id: { $n }.
    [unknown-events] Не враховано інших невідомих подій: { $n }.
    [unknown-tours] Не враховано інших невідомих екскурсій: { $n }.
    [unknown-categories] Не враховано інших невідомих категорій: { $n }.
    [unknown-people] Не враховано інших невідомих осіб: { $n }.
    [unknown-sources] Не враховано інших невідомих джерел: { $n }.
    [unknown-link-parameters] Не враховано інших невідомих параметрів посилання: { $n }.
   *[parameters] Не враховано інших параметрів: { $n }.
}
