# The filters in words (a handout's head, an activity's scope).
# Between names: "The army or The party".
filter-or = { " " }أو{ " " }
filter-categories = الفئات: { $names }
filter-people = الشخصيات: { $names }
filter-sources = المصادر: { $names }
filter-search = البحث: «{ $text }»
filter-differ = حيث تختلف المصادر فقط
# Notices about a link's parts that were ignored. $key is a link parameter's name
# ("event", "from"), $value what the link gives, $id an id it names.
# { "\u200E" } is a left-to-right mark: it keeps key="value" in its order inside
# right-to-left text.
link-too-long = { $n ->
    [zero] طول هذا الرابط { $n }؛ ولم يُقرأ منه سوى أول { $read } من أحرفه.
    [one] طول هذا الرابط حرف واحد؛ ولم يُقرأ منه سوى أول { $read } من أحرفه.
    [two] طول هذا الرابط حرفان؛ ولم يُقرأ منه سوى أول { $read } من أحرفه.
    [few] طول هذا الرابط { $n } أحرف؛ ولم يُقرأ منه سوى أول { $read } من أحرفه.
    [many] طول هذا الرابط { $n } حرفًا؛ ولم يُقرأ منه سوى أول { $read } من أحرفه.
   *[other] طول هذا الرابط { $n } حرف؛ ولم يُقرأ منه سوى أول { $read } من أحرفه.
}
link-too-many = { $n ->
    [zero] لم يتم تجاهل أي معلمة: لا يُقرأ من معلمات الرابط أكثر من { $most }.
    [one] تم تجاهل معلمة إضافية واحدة: لا يُقرأ من معلمات الرابط أكثر من { $most }.
    [two] تم تجاهل معلمتين إضافيتين: لا يُقرأ من معلمات الرابط أكثر من { $most }.
    [few] تم تجاهل { $n } معلمات إضافية: لا يُقرأ من معلمات الرابط أكثر من { $most }.
    [many] تم تجاهل { $n } معلمة إضافية: لا يُقرأ من معلمات الرابط أكثر من { $most }.
   *[other] تم تجاهل { $n } معلمة إضافية: لا يُقرأ من معلمات الرابط أكثر من { $most }.
}
link-needs-activity = تم تجاهل { $key }: إذ يتطلب نشاطًا.
link-window-reversed = تم تجاهل الفترة الزمنية: قيمة «to» أقدم من قيمة «from».
link-window-half = تم تجاهل الفترة الزمنية: إذ تتطلب «from» و«to» معًا.
link-unknown-parameter = تم تجاهل معلمة رابط غير معروفة: «{ $key }».
link-no-event = لا يوجد حدث «{ $id }» في هذا الخط الزمني.
link-no-event-corroborate = لا يوجد حدث «{ $id }» في هذا الخط الزمني، ونشاط مقابلة المصادر يتطلب حدثًا.
link-corroborate-needs-event = تم تجاهل activity=corroborate: إذ يتطلب حدثًا (event=…{ "\u200E" }).
link-no-tour = لا توجد جولة «{ $id }» في هذا الخط الزمني.
link-tour-steps = { $n ->
    [zero] ليس في الجولة أي خطوة؛ يبدأ العرض من الخطوة الأولى.
    [one] في الجولة خطوة واحدة؛ يبدأ العرض من الخطوة الأولى.
    [two] في الجولة خطوتان؛ يبدأ العرض من الخطوة الأولى.
    [few] في الجولة { $n } خطوات؛ يبدأ العرض من الخطوة الأولى.
    [many] في الجولة { $n } خطوة؛ يبدأ العرض من الخطوة الأولى.
   *[other] في الجولة { $n } خطوة؛ يبدأ العرض من الخطوة الأولى.
}
# $step is the event the tour's step opens.
link-event-vs-step = تم تجاهل الحدث «{ $id }»: فخطوة الجولة في الرابط تفتح «{ $step }».
link-step-needs-tour = تم تجاهل الخطوة: إذ تتطلب جولة.
# $what is the kind of thing the link names.
link-no-such = { $what ->
    [category] لا توجد فئة «{ $id }» في هذا الخط الزمني.
    [person] لا توجد شخصية «{ $id }» في هذا الخط الزمني.
   *[source] لا يوجد مصدر «{ $id }» في هذا الخط الزمني.
}
link-bad-step = تم تجاهل الخطوة «{ $value }»: فهي ليست رقم خطوة.
link-long-search = { $n ->
    [zero] تم تجاهل نص البحث: إذ يتجاوز الحد المسموح ({ $n }).
    [one] تم تجاهل نص البحث: إذ يتجاوز حرفًا واحدًا.
    [two] تم تجاهل نص البحث: إذ يتجاوز حرفين.
    [few] تم تجاهل نص البحث: إذ يتجاوز { $n } أحرف.
    [many] تم تجاهل نص البحث: إذ يتجاوز { $n } حرفًا.
   *[other] تم تجاهل نص البحث: إذ يتجاوز { $n } حرف.
}
link-bad-view = تم تجاهل view="{ $value }"{ "\u200E" }: استخدم dim أو hide.
link-bad-mode = تم تجاهل mode="{ $value }"{ "\u200E" }: استخدم timeline أو projection.
link-bad-activity = تم تجاهل activity="{ $value }"{ "\u200E" }: استخدم order أو sources أو corroborate.
link-bad-n = تم تجاهل n="{ $value }"{ "\u200E" }: استخدم عددًا من البطاقات بين { $min } و{ $max }.
link-bad-seed = تم تجاهل seed="{ $value }"{ "\u200E" }: استخدم عددًا صحيحًا من الصفر إلى { $max }.
link-bad-lang = تم تجاهل lang="{ $value }"{ "\u200E" }: استخدم رمز لغة مثل ar أو en أو pt-BR.
link-bad-id = تم تجاهل { $key } «{ $value }»: فهو ليس معرِّفًا صالحًا.
link-bad-one-id = تم تجاهل { $key } «{ $value }»: فهو ليس معرِّف { $key } صالحًا.
link-bad-flag = تم تجاهل { "\u200E" }{ $key }="{ $value }"{ "\u200E" }: استخدم 1 أو 0.
link-bad-date = تم تجاهل { "\u200E" }{ $key }="{ $value }"{ "\u200E" }: تُكتب التواريخ بالشكل YYYY أو YYYY-MM أو YYYY-MM-DD.
# $why is one of the two reasons below.
link-bad-data = تم تجاهل البيانات «{ $value }»: { $why }
link-data-not-https = فهي ليست عنوان https صالحًا للاستخدام.
link-data-not-allowed = إذ لا يمكن تحميل إلا عناوين https، أو ملفات JSON وCSV الموجودة على هذا الموقع (بمسار نسبي).
# After three notices of one kind: how many more were left out.
# (The count cannot choose a plural form here, the kind does: "{ $n } من …" needs none.)
notice-more = { $kind ->
    [dates] تم تجاهل { $n } من التواريخ الأخرى.
    [invalid-ids] تم تجاهل { $n } من المعرِّفات غير الصالحة الأخرى.
    [unknown-events] تم تجاهل { $n } من الأحداث الأخرى غير المعروفة.
    [unknown-tours] تم تجاهل { $n } من الجولات الأخرى غير المعروفة.
    [unknown-categories] تم تجاهل { $n } من الفئات الأخرى غير المعروفة.
    [unknown-people] تم تجاهل { $n } من الشخصيات الأخرى غير المعروفة.
    [unknown-sources] تم تجاهل { $n } من المصادر الأخرى غير المعروفة.
    [unknown-link-parameters] تم تجاهل { $n } من معلمات الرابط الأخرى غير المعروفة.
   *[parameters] تم تجاهل { $n } من المعلمات الأخرى.
}
