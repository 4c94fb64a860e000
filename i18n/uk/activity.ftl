# The class activities.

# What each activity asks of the students (the activities dialog).
activity-about = { $kind ->
    [order] Події без дат: їх треба розташувати в тому порядку, у якому вони почалися.
    [sources] Твердження з документів: у якому документі міститься кожне з них?
   *[corroborate] Твердження кожного документа про відкриту подію: які з них підтверджують інші документи, яким інші документи суперечать, а які є лише в одному документі?
}
activity-open-first = Спершу відкрийте подію: на її панелі є кнопка «Зіставити джерела».
# $title is the open event's title.
activity-open-event = Відкрита подія: { $title }.
activity-dealt-from = { $n ->
    [one] Картки взято з { $n } події, відібраної фільтрами.
    [few] Картки взято з { $n } подій, відібраних фільтрами.
    [many] Картки взято з { $n } подій, відібраних фільтрами.
   *[other] Картки взято з { $n } події, відібраних фільтрами.
}
# $title is an activity's name.
activity-start = Почати «{ $title }»
activity-intro = Завдання складаються з документів з урахуванням чинних фільтрів. Кожен набір — це посилання: поділіться ним, і кожен учень отримає ті самі картки, щоб виконати завдання на власному пристрої. Нічого нікуди не надсилається.
# Followed by a number to choose.
activity-size = Карток або запитань у наборі:{ " " }
# What to do, at the head of each activity.
activity-how = { $kind ->
    [order] Розташуйте події в тому порядку, у якому вони почалися, — від найранішої. Перетягніть картку за маркер, скористайтеся її кнопками ↑ і ↓ або виберіть картку з клавіатури, натисніть Пробіл, щоб узяти її, перемістіть клавішами зі стрілками й знову натисніть Пробіл, щоб покласти.
    [sources] Кожне твердження нижче міститься лише в одному документі. Виберіть документ, у якому воно є.
   *[corroborate] Розподіліть твердження кожного документа про цю подію: чи наводить те саме інший документ, чи інший документ подає щось інше, чи це твердження є лише в цьому документі? Потім позначте документи, які нічого не кажуть про цю подію.
}
# What a set was dealt from. $filters are the filters in use, "Army; Sources differ".
activity-of-all = { $n ->
    [1] єдиної події
    [one] усіх { $n } події
    [few] усіх { $n } подій
    [many] усіх { $n } подій
   *[other] усіх { $n } події
}
activity-of-shown = { $n ->
    [one] { $n } показаної події ({ $filters })
    [few] { $n } показаних подій ({ $filters })
    [many] { $n } показаних подій ({ $filters })
   *[other] { $n } показаної події ({ $filters })
}
# $of is one of the two messages above.
activity-scope-order = { $n ->
    [one] { $n } подія з { $of }.
    [few] { $n } події з { $of }.
    [many] { $n } подій з { $of }.
   *[other] { $n } події з { $of }.
}
activity-scope-sources = { $n ->
    [one] { $n } твердження з { $of }.
    [few] { $n } твердження з { $of }.
    [many] { $n } тверджень з { $of }.
   *[other] { $n } твердження з { $of }.
}
# An event with its date: "Kirov assassinated (1 Dec 1934)".
activity-event = { $title } ({ $date })
activity-change-filters = Змініть фільтри або поверніться до стрічки часу.
# In projection: how many answers the clicker has revealed.
activity-answers-shown = Показано відповідей: { $n } з { $total } (наступну — клавішею Page Down)
activity-new-set = Новий набір
activity-print = Надрукувати аркуш
activity-back = До стрічки часу
activity-check = Перевірити
# Putting events in order. $title is an event's title, $position its place, $total the cards.
order-put-down = Картку «{ $title }» покладено на місце { $position } з { $total }.
order-picked-up = Картку «{ $title }» узято, зараз вона на місці { $position } з { $total }. Переміщуйте її клавішами зі стрілками, покладіть клавішею Пробіл.
order-put-back = Картку «{ $title }» повернуто на місце { $position } з { $total }.
order-moved = Картку «{ $title }» переміщено на місце { $position } з { $total }.
order-right-place = На своєму місці
order-belongs-at = Правильне місце: { $position }
order-move-up = Перемістити «{ $title }» вище
order-move-down = Перемістити «{ $title }» нижче
# A card's accessible name.
order-card = { $title }, місце { $position } з { $total }
order-drag = Перетягніть, щоб перемістити
order-help = Пробіл бере картку або кладе її; клавіші зі стрілками переміщують її; Esc повертає її на попереднє місце.
# Corroborating: where a claim belongs, said of it once checked.
corroborate-verdict = { $bin ->
    [agrees] Збігається з іншим документом.
    [differs] Розходиться з іншим документом.
   *[only] Є лише в цьому документі.
}
corroborate-silent-question = Які документи нічого не кажуть про цю подію?
corroborate-also-said = Також сказано про цю подію (без розподілу: у даних не зазначено, чи погоджуються з цим інші документи)
# Who says so? After the student's choice; then the document's name.
sources-right = Правильно:{ " " }
sources-wrong = Ні, не цей:{ " " }
sources-said-by = це стверджує документ{ " " }
# Followed by the other documents' versions of the claim.
sources-other-versions = Інші версії:{ " " }
# The printed worksheet and its answer key.
sheet-order-how = Пронумеруйте події в клітинках у тому порядку, у якому вони почалися: 1 — найраніша.
sheet-position = Місце
sheet-which-document = Який документ це стверджує?
sheet-sources-how = Кожне твердження міститься лише в одному документі. Напишіть, у якому. Документи:
sheet-the-event = Подія: { $title } ({ $date }).
sheet-corroborate-how = Позначте, куди належить кожне твердження: інший документ з ним збігається, інший розходиться чи воно є лише в цьому документі.
sheet-silent-how = Позначте документи, які нічого не кажуть про цю подію:
# Blanks for the student to fill in.
sheet-name = Прізвище, ім’я
sheet-date = Дата
# $address is the link to the same set.
sheet-same-set = Цей самий набір на екрані: { $address }
# $title is the activity's name.
sheet-answer-key = Відповіді до завдання «{ $title }»
# Corroborating: the three places a claim can go.
bin-label = { $bin ->
    [agrees] збігається з іншим документом
    [differs] розходиться
   *[only] лише в цьому документі
}
# Why a claim belongs where it does, from the records. $name and $who are documents
# ($n how many), $value and $values what they give, $about what is disputed.
explain-only = Жоден інший документ не згадує цю подію — лише { $name }.
explain-together = { $n ->
    [2] { $who }: обидва документи наводять «{ $value }» щодо «{ $about }».
    [one] { $who }: усі ці документи наводять «{ $value }» щодо «{ $about }».
    [few] { $who }: усі ці документи наводять «{ $value }» щодо «{ $about }».
    [many] { $who }: усі ці документи наводять «{ $value }» щодо «{ $about }».
   *[other] { $who }: усі ці документи наводять «{ $value }» щодо «{ $about }».
}
explain-gives = { $n ->
    [1] { $who } наводить { $values }
    [one] { $who } наводять { $values }
    [few] { $who } наводять { $values }
    [many] { $who } наводять { $values }
   *[other] { $who } наводять { $values }
}
explain-alone = Жоден інший документ не наводить значення щодо «{ $about }»: { $name } наводить { $values }.
# $others is a list of explain-gives, joined by "; ".
explain-value = { $name } наводить «{ $value }» щодо «{ $about }»; { $others }.
explain-silent = { $name }: про цю подію нічого не сказано.
explain-speaks-at = { $name }: про цю подію йдеться в розділі «{ $section }», абзац { $paragraph }.
explain-speaks = { $name }: про цю подію йдеться.
# Who says so? Where a document says it: "The Purges, paragraph 3".
answer-place = { $section }, абзац { $paragraph }
# Another document's version of a claim; $n is how many documents give it.
other-version = { $n ->
    [1] { $who } наводить «{ $value }».
    [one] { $who } наводять «{ $value }».
    [few] { $who } наводять «{ $value }».
    [many] { $who } наводять «{ $value }».
   *[other] { $who } наводять «{ $value }».
}
# The activities' names.
activity-title = { $kind ->
    [order] Упорядкуйте події
    [sources] Хто це стверджує?
   *[corroborate] Зіставте джерела
}
# The score once checked.
score-right = Правильно: { $n } з { $total }
score-in-place = На своєму місці: { $n } з { $total }
# Why an activity cannot run.
activity-unavailable = { $why ->
    [no-events] Немає подій, які можна впорядкувати.
    [undated] За датами показаних подій не можна визначити, яка була раніше: для впорядкування потрібні щонайменше дві події з явно різними датами.
    [no-sources] Для цього завдання потрібна стрічка часу щонайменше з двома документами-джерелами.
    [no-citations] Для цього завдання потрібні події з посиланнями на документи-джерела.
    [no-questions] Жодна з показаних подій не має твердження, яке міститься рівно в одному документі.
    [no-such-event] У цій стрічці часу немає такої події.
   *[uncited] Ця подія не посилається на жоден документ-джерело, тож зіставляти нічого.
}
# A link from an activity to an event's panel.
activity-open = Відкрити «{ $title }»
