# The class activities.

# What each activity asks of the students (the activities dialog).
activity-about = { $kind ->
    [order] أحداث بلا تواريخ، يُطلب ترتيبها بحسب تاريخ بدايتها.
    [sources] معلومات مأخوذة من الوثائق: أيّ وثيقة تذكر كل معلومة منها؟
   *[corroborate] معلومات الحدث المفتوح، وثيقةً وثيقة: أيّها تؤكده وثائق أخرى، وأيّها تناقضه، وأيّها لا تذكره إلا وثيقة واحدة؟
}
activity-open-first = افتح حدثًا أولًا: في لوحته زر «مقابلة المصادر».
# $title is the open event's title.
activity-open-event = الحدث المفتوح: { $title }.
activity-dealt-from = { $n ->
    [zero] لا تُظهر عوامل التصفية أي حدث تُختار منه البطاقات.
    [one] اختيرت البطاقات من الحدث الوحيد الذي تُظهره عوامل التصفية.
    [two] اختيرت البطاقات من الحدثين اللذين تُظهرهما عوامل التصفية.
    [few] اختيرت البطاقات من { $n } أحداث تُظهرها عوامل التصفية.
    [many] اختيرت البطاقات من { $n } حدثًا تُظهرها عوامل التصفية.
   *[other] اختيرت البطاقات من { $n } حدث تُظهرها عوامل التصفية.
}
# $title is an activity's name.
activity-start = ابدأ «{ $title }»
activity-intro = تُبنى الأنشطة من الوثائق ومن عوامل التصفية المستخدمة. كل مجموعة رابط: شاركه فيحصل كل طالب على البطاقات نفسها وينجز النشاط على جهازه. لا يُرسَل أي شيء إلى أي مكان.
# Followed by a number to choose.
activity-size = عدد البطاقات أو الأسئلة في المجموعة:{ " " }
# What to do, at the head of each activity.
activity-how = { $kind ->
    [order] رتّب الأحداث بحسب تاريخ بدايتها، من الأقدم إلى الأحدث. اسحب البطاقة من مقبضها، أو استخدم زرّيها ↑ و↓، أو انتقل إلى البطاقة واضغط مفتاح المسافة لالتقاطها، ثم حرّكها بمفاتيح الأسهم واضغط المسافة مرة أخرى لوضعها.
    [sources] كل معلومة أدناه لا تذكرها إلا وثيقة واحدة. اختر الوثيقة التي تذكرها.
   *[corroborate] صنّف كل معلومة تذكرها وثيقة عن هذا الحدث: هل تذكر وثيقة أخرى الشيء نفسه، أم تذكر وثيقة أخرى شيئًا مختلفًا، أم أنها لا ترد إلا في هذه الوثيقة؟ ثم حدّد الوثائق التي لا تذكر شيئًا عن الحدث.
}
# What a set was dealt from. $filters are the filters in use, "Army; Sources differ".
activity-of-all = { $n ->
    [zero] جميع الأحداث ({ $n })
    [one] الحدث الوحيد
    [two] الحدثين كليهما
    [few] جميع الأحداث ({ $n })
    [many] جميع الأحداث ({ $n })
   *[other] جميع الأحداث ({ $n })
}
activity-of-shown = { $n ->
    [zero] لا أحداث معروضة ({ $filters })
    [one] الحدث الوحيد المعروض ({ $filters })
    [two] الحدثين المعروضين ({ $filters })
    [few] { $n } أحداث معروضة ({ $filters })
    [many] { $n } حدثًا معروضًا ({ $filters })
   *[other] { $n } حدث معروض ({ $filters })
}
# $of is one of the two messages above.
activity-scope-order = { $n ->
    [zero] لا أحداث من { $of }.
    [one] حدث واحد من { $of }.
    [two] حدثان من { $of }.
    [few] { $n } أحداث من { $of }.
    [many] { $n } حدثًا من { $of }.
   *[other] { $n } حدث من { $of }.
}
activity-scope-sources = { $n ->
    [zero] لا معلومات من { $of }.
    [one] معلومة واحدة من { $of }.
    [two] معلومتان من { $of }.
    [few] { $n } معلومات من { $of }.
    [many] { $n } معلومة من { $of }.
   *[other] { $n } معلومة من { $of }.
}
# An event with its date: "Kirov assassinated (1 Dec 1934)".
activity-event = { $title } ({ $date })
activity-change-filters = غيّر عوامل التصفية، أو عُد إلى الخط الزمني.
# In projection: how many answers the clicker has revealed.
activity-answers-shown = الإجابات المعروضة: { $n } من { $total } (يعرض مفتاح Page Down الإجابة التالية)
activity-new-set = مجموعة جديدة
activity-print = طباعة ورقة العمل
activity-back = العودة إلى الخط الزمني
activity-check = تحقّق
# Putting events in order. $title is an event's title, $position its place, $total the cards.
order-put-down = وُضعت البطاقة «{ $title }» في الموضع { $position } من { $total }.
order-picked-up = التُقطت البطاقة «{ $title }»، وهي في الموضع { $position } من { $total }. حرّكها بمفاتيح الأسهم، وضعها بمفتاح المسافة.
order-put-back = أُعيدت البطاقة «{ $title }» إلى الموضع { $position } من { $total }.
order-moved = نُقلت البطاقة «{ $title }» إلى الموضع { $position } من { $total }.
order-right-place = في المكان الصحيح
order-belongs-at = مكانها الصحيح هو الموضع { $position }
order-move-up = نقل «{ $title }» إلى الأعلى
order-move-down = نقل «{ $title }» إلى الأسفل
# A card's accessible name.
order-card = { $title }، الموضع { $position } من { $total }
order-drag = اسحب للنقل
order-help = مفتاح المسافة يلتقط البطاقة أو يضعها، ومفاتيح الأسهم تحرّكها، ومفتاح Esc يعيدها إلى مكانها.
# Corroborating: where a claim belongs, said of it once checked.
corroborate-verdict = { $bin ->
    [agrees] تتفق مع وثيقة أخرى.
    [differs] تختلف عن وثيقة أخرى.
   *[only] لا ترد إلا في هذه الوثيقة.
}
corroborate-silent-question = أيّ الوثائق لا تذكر شيئًا عن هذا الحدث؟
corroborate-also-said = ومما قيل عنه أيضًا (دون تصنيف: لا تبيّن البيانات هل تتفق معه الوثائق الأخرى أم لا)
# Who says so? After the student's choice; then the document's name.
sources-right = صحيح:{ " " }
sources-wrong = ليست هذه الوثيقة:{ " " }
sources-said-by = وردت في{ " " }
# Followed by the other documents' versions of the claim.
sources-other-versions = روايات أخرى:{ " " }
# The printed worksheet and its answer key.
sheet-order-how = رقّم الأحداث في المربعات بحسب ترتيب بدايتها، بدءًا بالرقم واحد للحدث الأقدم.
sheet-position = الترتيب
sheet-which-document = أيّ وثيقة تذكر ذلك؟
sheet-sources-how = كل معلومة لا تذكرها إلا وثيقة واحدة. اكتب اسم هذه الوثيقة. الوثائق:
sheet-the-event = الحدث: { $title } ({ $date }).
sheet-corroborate-how = ضع علامة في الخانة المناسبة لكل معلومة: تتفق معها وثيقة أخرى، أو تختلف عنها وثيقة أخرى، أو لا ترد إلا في هذه الوثيقة.
sheet-silent-how = ضع علامة على الوثائق التي لا تذكر شيئًا عن الحدث:
# Blanks for the student to fill in.
sheet-name = الاسم
sheet-date = التاريخ
# $address is the link to the same set.
sheet-same-set = المجموعة نفسها على الشاشة: { $address }
# $title is the activity's name.
sheet-answer-key = نموذج الإجابة: { $title }
# Corroborating: the three places a claim can go.
bin-label = { $bin ->
    [agrees] تتفق مع وثيقة أخرى
    [differs] تختلف
   *[only] في هذه الوثيقة فقط
}
# Why a claim belongs where it does, from the records. $name and $who are documents
# ($n how many), $value and $values what they give, $about what is disputed.
explain-only = لا تتحدث عن هذا الحدث أي وثيقة أخرى سوى { $name }.
explain-together = { $n ->
    [2] الوثيقتان { $who } كلتاهما تذكر «{ $value }» بشأن «{ $about }».
    [zero] الوثائق { $who } جميعها تذكر «{ $value }» بشأن «{ $about }».
    [one] الوثائق { $who } جميعها تذكر «{ $value }» بشأن «{ $about }».
    [two] الوثيقتان { $who } كلتاهما تذكر «{ $value }» بشأن «{ $about }».
    [few] الوثائق { $who } جميعها تذكر «{ $value }» بشأن «{ $about }».
    [many] الوثائق { $who } جميعها تذكر «{ $value }» بشأن «{ $about }».
   *[other] الوثائق { $who } جميعها تذكر «{ $value }» بشأن «{ $about }».
}
explain-gives = { $n ->
    [zero] الوثائق { $who } تذكر { $values }
    [one] الوثيقة { $who } تذكر { $values }
    [two] الوثيقتان { $who } تذكران { $values }
    [few] الوثائق { $who } تذكر { $values }
    [many] الوثائق { $who } تذكر { $values }
   *[other] الوثائق { $who } تذكر { $values }
}
explain-alone = لا تذكر أي وثيقة أخرى شيئًا بشأن «{ $about }»، أما الوثيقة { $name } فتذكر { $values }.
# $others is a list of explain-gives, joined by "; ".
explain-value = بشأن «{ $about }» تذكر الوثيقة { $name } «{ $value }»؛ { $others }.
explain-silent = لا تذكر الوثيقة { $name } شيئًا عن هذا الحدث.
explain-speaks-at = تتحدث الوثيقة { $name } عن هذا الحدث ({ $section }، الفقرة { $paragraph }).
explain-speaks = تتحدث الوثيقة { $name } عن هذا الحدث.
# Who says so? Where a document says it: "The Purges, paragraph 3".
answer-place = { $section }، الفقرة { $paragraph }
# Another document's version of a claim; $n is how many documents give it.
other-version = { $n ->
    [zero] الوثائق { $who } تذكر «{ $value }».
    [one] الوثيقة { $who } تذكر «{ $value }».
    [two] الوثيقتان { $who } تذكران «{ $value }».
    [few] الوثائق { $who } تذكر «{ $value }».
    [many] الوثائق { $who } تذكر «{ $value }».
   *[other] الوثائق { $who } تذكر «{ $value }».
}
# The activities' names.
activity-title = { $kind ->
    [order] الترتيب الزمني
    [sources] من يقول ذلك؟
   *[corroborate] مقابلة المصادر
}
# The score once checked.
score-right = إجابات صحيحة: { $n } من { $total }
score-in-place = في المكان الصحيح: { $n } من { $total }
# Why an activity cannot run.
activity-unavailable = { $why ->
    [no-events] لا توجد أحداث لترتيبها.
    [undated] لا تكفي تواريخ الأحداث المعروضة لمعرفة أيّها سبق غيره: يتطلب الترتيب حدثين على الأقل تختلف تواريخهما بوضوح.
    [no-sources] يتطلب هذا النشاط خطًّا زمنيًّا فيه وثيقتان مصدريتان على الأقل.
    [no-citations] يتطلب هذا النشاط أحداثًا تُحيل إلى وثائقها المصدرية.
    [no-questions] لا يتضمن أيّ حدث من الأحداث المعروضة معلومةً تذكرها وثيقة واحدة فقط.
    [no-such-event] لا يوجد هذا الحدث في هذا الخط الزمني.
   *[uncited] لا يُحيل هذا الحدث إلى أي وثيقة مصدرية، فلا شيء فيه للمقابلة.
}
# A link from an activity to an event's panel.
activity-open = فتح «{ $title }»
