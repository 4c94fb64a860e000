# The class activities.

# What each activity asks of the students (the activities dialog).
activity-about = { $kind ->
    [order] События без дат: их нужно расставить в том порядке, в каком они начались.
    [sources] Утверждения из документов: в каком документе содержится каждое из них?
   *[corroborate] Утверждения каждого документа об открытом событии: какие из них подтверждают другие документы, каким другие документы противоречат, а какие встречаются только в одном документе?
}
activity-open-first = Сначала откройте событие: на его панели есть кнопка «Сопоставить источники».
# $title is the open event's title.
activity-open-event = Открытое событие: { $title }.
activity-dealt-from = { $n ->
    [one] Карточки взяты из { $n } события, отобранного фильтрами.
    [few] Карточки взяты из { $n } событий, отобранных фильтрами.
    [many] Карточки взяты из { $n } событий, отобранных фильтрами.
   *[other] Карточки взяты из { $n } события, отобранного фильтрами.
}
# $title is an activity's name.
activity-start = Начать «{ $title }»
activity-intro = Задания составляются по документам с учётом действующих фильтров. Каждый набор — это ссылка: поделитесь ею, и все ученики получат одни и те же карточки и выполнят задание на своих устройствах. Никакие данные никуда не отправляются.
# Followed by a number to choose.
activity-size = Карточек или вопросов в наборе:{ " " }
# What to do, at the head of each activity.
activity-how = { $kind ->
    [order] Расставьте события в том порядке, в каком они начались, — от самого раннего к самому позднему. Перетащите карточку за маркер, нажимайте её кнопки ↑ и ↓ или выберите карточку с клавиатуры, нажмите Пробел, чтобы взять её, переместите клавишами со стрелками и снова нажмите Пробел, чтобы поставить.
    [sources] Каждое утверждение ниже содержится только в одном документе. Выберите этот документ.
   *[corroborate] Распределите утверждения каждого документа об этом событии: есть ли то же самое в другом документе, сообщает ли другой документ иное или это утверждение есть только в этом документе? Затем отметьте документы, в которых об этом событии ничего не сказано.
}
# What a set was dealt from. $filters are the filters in use, "Army; Sources differ".
activity-of-all = { $n ->
    [1] единственного события
    [one] всех { $n } события
    [few] всех { $n } событий
    [many] всех { $n } событий
   *[other] всех { $n } события
}
activity-of-shown = { $n ->
    [one] { $n } показанного события ({ $filters })
    [few] { $n } показанных событий ({ $filters })
    [many] { $n } показанных событий ({ $filters })
   *[other] { $n } показанного события ({ $filters })
}
# $of is one of the two messages above.
activity-scope-order = { $n ->
    [one] { $n } событие из { $of }.
    [few] { $n } события из { $of }.
    [many] { $n } событий из { $of }.
   *[other] { $n } события из { $of }.
}
activity-scope-sources = { $n ->
    [one] { $n } утверждение из { $of }.
    [few] { $n } утверждения из { $of }.
    [many] { $n } утверждений из { $of }.
   *[other] { $n } утверждения из { $of }.
}
# An event with its date: "Kirov assassinated (1 Dec 1934)".
activity-event = { $title } ({ $date })
activity-change-filters = Измените фильтры или вернитесь к ленте времени.
# In projection: how many answers the clicker has revealed.
activity-answers-shown = Показано ответов: { $n } из { $total } (следующий — клавиша Page Down)
activity-new-set = Новый набор
activity-print = Распечатать задание
activity-back = К ленте времени
activity-check = Проверить
# Putting events in order. $title is an event's title, $position its place, $total the cards.
order-put-down = Карточка «{ $title }» поставлена на место { $position } из { $total }.
order-picked-up = Карточка «{ $title }» взята, сейчас она на месте { $position } из { $total }. Перемещайте её клавишами со стрелками, поставьте клавишей Пробел.
order-put-back = Карточка «{ $title }» возвращена на место { $position } из { $total }.
order-moved = Карточка «{ $title }» перемещена на место { $position } из { $total }.
order-right-place = На своём месте
order-belongs-at = Правильное место: { $position }
order-move-up = Переместить «{ $title }» выше
order-move-down = Переместить «{ $title }» ниже
# A card's accessible name.
order-card = { $title }, место { $position } из { $total }
order-drag = Перетащите, чтобы переместить
order-help = Пробел берёт карточку или ставит её; клавиши со стрелками перемещают её; Esc возвращает её на прежнее место.
# Corroborating: where a claim belongs, said of it once checked.
corroborate-verdict = { $bin ->
    [agrees] Совпадает с другим документом.
    [differs] Расходится с другим документом.
   *[only] Есть только в этом документе.
}
corroborate-silent-question = В каких документах ничего не сказано об этом событии?
corroborate-also-said = Также сказано об этом событии (без распределения: в данных не указано, согласны ли с этим другие документы)
# Who says so? After the student's choice; then the document's name.
sources-right = Верно:{ " " }
sources-wrong = Неверно:{ " " }
sources-said-by = это сказано в документе{ " " }
# Followed by the other documents' versions of the claim.
sources-other-versions = Другие версии:{ " " }
# The printed worksheet and its answer key.
sheet-order-how = Пронумеруйте события в клетках в том порядке, в каком они начались: 1 — самое раннее.
sheet-position = Место
sheet-which-document = В каком документе это сказано?
sheet-sources-how = Каждое утверждение содержится только в одном документе. Напишите, в каком. Документы:
sheet-the-event = Событие: { $title } ({ $date }).
sheet-corroborate-how = Отметьте, к какой группе относится каждое утверждение: другой документ с ним совпадает, другой документ с ним расходится или оно есть только в этом документе.
sheet-silent-how = Отметьте документы, в которых ничего не сказано об этом событии:
# Blanks for the student to fill in.
sheet-name = Фамилия, имя
sheet-date = Дата
# $address is the link to the same set.
sheet-same-set = Этот же набор на экране: { $address }
# $title is the activity's name.
sheet-answer-key = Ответы к заданию «{ $title }»
# Corroborating: the three places a claim can go.
bin-label = { $bin ->
    [agrees] совпадает с другим документом
    [differs] расходится
   *[only] только в этом документе
}
# Why a claim belongs where it does, from the records. $name and $who are documents
# ($n how many), $value and $values what they give, $about what is disputed.
explain-only = Ни один другой документ не говорит об этом событии — только { $name }.
explain-together = { $n ->
    [2] { $who }: оба документа приводят «{ $value }» по вопросу «{ $about }».
    [one] { $who }: все эти документы приводят «{ $value }» по вопросу «{ $about }».
    [few] { $who }: все эти документы приводят «{ $value }» по вопросу «{ $about }».
    [many] { $who }: все эти документы приводят «{ $value }» по вопросу «{ $about }».
   *[other] { $who }: все эти документы приводят «{ $value }» по вопросу «{ $about }».
}
explain-gives = { $n ->
    [one] { $who } приводит { $values }
    [few] { $who } приводят { $values }
    [many] { $who } приводят { $values }
   *[other] { $who } приводят { $values }
}
explain-alone = Ни один другой документ не приводит сведений по вопросу «{ $about }»: { $name } приводит { $values }.
# $others is a list of explain-gives, joined by "; ".
explain-value = { $name } приводит «{ $value }» по вопросу «{ $about }»; { $others }.
explain-silent = { $name }: об этом событии ничего не сказано.
explain-speaks-at = { $name }: об этом событии говорится в разделе «{ $section }», абзац { $paragraph }.
explain-speaks = { $name }: об этом событии говорится.
# Who says so? Where a document says it: "The Purges, paragraph 3".
answer-place = { $section }, абзац { $paragraph }
# Another document's version of a claim; $n is how many documents give it.
other-version = { $n ->
    [one] { $who } приводит «{ $value }».
    [few] { $who } приводят «{ $value }».
    [many] { $who } приводят «{ $value }».
   *[other] { $who } приводят «{ $value }».
}
# The activities' names.
activity-title = { $kind ->
    [order] Расставьте по порядку
    [sources] Кто это утверждает?
   *[corroborate] Сопоставьте источники
}
# The score once checked.
score-right = Верно: { $n } из { $total }
score-in-place = На своём месте: { $n } из { $total }
# Why an activity cannot run.
activity-unavailable = { $why ->
    [no-events] Нет событий, которые можно расставить по порядку.
    [undated] По датам показанных событий нельзя определить, какое из них было раньше: нужны хотя бы два события с явно различающимися датами.
    [no-sources] Для этого задания нужна лента времени хотя бы с двумя документами-источниками.
    [no-citations] Для этого задания нужны события со ссылками на документы-источники.
    [no-questions] Ни у одного из показанных событий нет утверждения, которое содержится ровно в одном документе.
    [no-such-event] В этой ленте времени нет такого события.
   *[uncited] Это событие не ссылается ни на один документ-источник, поэтому сопоставлять нечего.
}
# A link from an activity to an event's panel.
activity-open = Открыть «{ $title }»
