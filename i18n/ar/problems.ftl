# When a timeline cannot be loaded or a file cannot be opened. $url is the data's address.

failure-network = تعذّر الوصول إلى بيانات الخط الزمني ({ $url }).
# $message is what the browser said.
failure-network-detail = أفاد المتصفح بما يلي: { $message }. تحقّق من الاتصال وحاول مرة أخرى.
failure-http = تعذّر تحميل بيانات الخط الزمني ({ $url }).
# $status and $text are the server's answer: "404 Not Found".
failure-http-detail = أجاب الخادم: { $status } { $text }. تحقّق من وجود الملف.
failure-timeout = لم تصل بيانات الخط الزمني ({ $url }).
failure-timeout-detail = { $n ->
    [zero] لم يصل شيء من الخادم. تحقّق من الاتصال وحاول مرة أخرى.
    [one] لم يصل شيء من الخادم طوال ثانية واحدة. تحقّق من الاتصال وحاول مرة أخرى.
    [two] لم يصل شيء من الخادم طوال ثانيتين. تحقّق من الاتصال وحاول مرة أخرى.
    [few] لم يصل شيء من الخادم طوال { $n } ثوانٍ. تحقّق من الاتصال وحاول مرة أخرى.
    [many] لم يصل شيء من الخادم طوال { $n } ثانية. تحقّق من الاتصال وحاول مرة أخرى.
   *[other] لم يصل شيء من الخادم طوال { $n } ثانية. تحقّق من الاتصال وحاول مرة أخرى.
}
failure-redirected = لم تُحمَّل بيانات الخط الزمني ({ $url }).
failure-redirected-to = أحال هذا الموقع الطلب إلى موقع آخر ({ $host })، وبيانات هذا الموقع يجب أن تأتي منه نفسه.
failure-redirected-detail = أحال هذا الموقع الطلب إلى موقع آخر، وبيانات هذا الموقع يجب أن تأتي منه نفسه.
failure-too-large = بيانات الخط الزمني ({ $url }) كبيرة جدًّا.
# $n is a number of megabytes.
failure-too-large-detail = يتجاوز حجمها { $n } ميغابايت، وهو أقصى ما يقرؤه هذا التطبيق. قسّمها إلى خطوط زمنية أصغر.
failure-unreadable = تعذّرت قراءة بيانات الخط الزمني ({ $url }).
failure-invalid = في بيانات الخط الزمني ({ $url }) أخطاء.
# $error is "The data file has 3 problems".
failure-invalid-detail = { $error }؛ ولن يُعرض شيء قبل تصحيحها:
problems-more = …و{ $n } غيرها.
problems-close = إغلاق
# A file the reader opened. $file is its name.
open-failed = تعذّر فتح «{ $file }»
open-stays = يبقى الخط الزمني الذي كان مفتوحًا كما هو.
open-too-large = يتجاوز حجمه { $n } ميغابايت، وهو أقصى ما يقرؤه هذا التطبيق.
open-unreadable = لم يتمكن المتصفح من قراءته.
open-no-reader = لم يصل جزء التطبيق الذي يقرأ الملفات؛ تحقّق من الاتصال.
open-has-problems = { $n ->
    [zero] لا مشكلات فيه؛ افتحه مرة أخرى.
    [one] فيه مشكلة واحدة؛ صحّحها ثم افتحه مرة أخرى.
    [two] فيه مشكلتان؛ صحّحهما ثم افتحه مرة أخرى.
    [few] فيه { $n } مشكلات؛ صحّحها ثم افتحه مرة أخرى.
    [many] فيه { $n } مشكلة؛ صحّحها ثم افتحه مرة أخرى.
   *[other] فيه { $n } مشكلة؛ صحّحها ثم افتحه مرة أخرى.
}
# Where in a file a problem is: "line 3, column 7: ".
problem-at = السطر { $line }، العمود { $column }:{ " " }
# $message is the reason the JSON reader gives (in English).
problem-syntax = ملف البيانات ليس ملف JSON صالحًا لخط زمني (السطر { $line }، العمود { $column }): { $message }
problem-count = { $n ->
    [zero] لا مشكلات في ملف البيانات
    [one] في ملف البيانات مشكلة واحدة
    [two] في ملف البيانات مشكلتان
    [few] في ملف البيانات { $n } مشكلات
    [many] في ملف البيانات { $n } مشكلة
   *[other] في ملف البيانات { $n } مشكلة
}
# Dates a file gives that cannot be read. $value is what the file writes.
date-bad = «{ $value }» ليس تاريخًا بالشكل YYYY أو YYYY-MM أو YYYY-MM-DD أو YYYY-MM-DDTHH:MM
date-bad-ago = «{ $value }» ليس عددًا من السنين قبل الحاضر
date-too-far = «{ $value }» يتجاوز السنوات التي يمكن أن يعرضها الخط الزمني (ألف مليار سنة في الاتجاهين)
# $from and $to are years.
date-year-only = «{ $value }» خارج سنوات التقويم (من { $from } إلى { $to }): والتاريخ هناك سنة فقط
date-outside-calendar = «{ $value }» خارج سنوات التقويم (من { $from } إلى { $to })
date-no-month = «{ $value }» فيه الشهر { $number }، وهو شهر غير موجود
# $month is a month's name, $when a year, $day a day number.
date-no-day = «{ $value }» ليس يومًا حقيقيًّا (ليس في { $month } { $when } يوم { $day })
date-time-without-day = «{ $value }» يذكر وقتًا من اليوم دون أن يذكر اليوم
date-no-hour = «{ $value }» فيه الساعة { $number }، وهي ساعة غير موجودة
date-no-minute = «{ $value }» فيه الدقيقة { $number }، وهي دقيقة غير موجودة
date-day-only = «{ $value }» يذكر وقتًا من اليوم: اكتب اليوم فقط
# Problems in a timeline file, each after where it is. Field names ("title", "summary") are
# the file format's own and stay as they are.
# Where: $kind is what the file describes, $id its id.
place = { $kind ->
    [event] الحدث «{ $id }»
    [source] المصدر «{ $id }»
    [category] الفئة «{ $id }»
    [person] الشخصية «{ $id }»
    [era] الحقبة «{ $id }»
    [tour] الجولة «{ $id }»
   *[other] { $kind } «{ $id }»
}
place-alone = { $kind ->
    [dataset] مجموعة البيانات
   *[other] { $kind }
}
problem-empty = الحقل { $field } فارغ
problem-empty-not-stated = الحقل { $field } فارغ (اكتب "Not stated" حيث لا تذكر الوثيقة ذلك)
problem-empty-leave-out = الحقل { $field } فارغ (احذفه إن لم تذكره الوثيقة)
problem-provenance-missing = الحقل { $field } غير موجود: كل مصدر في مجموعة البيانات المرفقة بالتطبيق يبيّن ذلك ("Not stated" حيث لا تذكر الوثيقة ذلك)
# $reason is why the date cannot be read.
problem-date = { $field }: { $reason }
problem-slug = يجب أن يكون المعرِّف id بصيغة slug: { $rule }
problem-duplicate = { $kind ->
    [event] معرِّف حدث مكرَّر
    [source] معرِّف مصدر مكرَّر
    [category] معرِّف فئة مكرَّر
    [person] معرِّف شخصية مكرَّر
    [era] معرِّف حقبة مكرَّر
   *[tour] معرِّف جولة مكرَّر
}
problem-end-before-start = النهاية { $end } تسبق البداية { $start }
problem-short-title = الحقل short_title فارغ (احذفه ليُستخدم العنوان title)
problem-colour = اللون "{ $value }" ليس بالشكل { "\u200E" }#rrggbb
problem-era-no-source = ليس لها مصدر: يجب أن تُحيل كل حقبة إلى مصدر واحد على الأقل
problem-event-no-source = ليس له مصدر: يجب أن يُحيل كل حدث إلى مصدر واحد على الأقل
problem-unknown-source = إحالة إلى مصدر غير معروف «{ $id }»
problem-unknown-category = فئة غير معروفة «{ $id }»
problem-unknown-person = شخصية غير معروفة «{ $id }»
problem-step-event = الخطوة { $number } تذكر حدثًا غير معروف «{ $id }»
problem-step-note = الخطوة { $number } بلا ملاحظة
problem-no-events = لا يوجد أي حدث
problem-media-both = في الوسائط url وquote معًا: اكتفِ بأحدهما
problem-media-neither = ليس في الوسائط url ولا quote
problem-paragraph = يبدأ ترقيم الفقرات في الإحالات من واحد
problem-says-nothing = الإحالة إلى «{ $id }» لا تتضمن أي نص
problem-two-claims = الخلاف بشأن «{ $about }» يحتاج إلى روايتين على الأقل
problem-claim-no-source = رواية بشأن «{ $about }» لا تذكر أي مصدر
problem-claim-uncited = الخلاف بشأن «{ $about }» يذكر المصدر «{ $id }»، والحدث لا يُحيل إليه
# Loaded anyway, with a notice.
warning-window-outside = النطاق default_window في الملف ({ $from }–{ $to }) يقع خارج أحداثه؛ لذا يُفتح الخط الزمني على الأحداث كلها.
warning-lang = تم تجاهل { "\u200E" }"lang": "{ $value }"{ "\u200E" }: استخدم رمز لغة مثل ar أو en أو pt-BR.
# Entries a curated file declares but never uses.
lint-category = لا يستخدمها أي حدث
lint-person = لا يذكرها أي حدث
lint-source = لا يُحيل إليه أي حدث
problem-two-values = في الخلاف بشأن «{ $about }» يعطي المصدر «{ $id }» قيمتين، لكن الحدث لا يُحيل إلا إلى مقطع واحد منه: أحِل إلى المقطع الذي ترد فيه كل قيمة
# What an id may be made of; $n is the most characters.
slug-rule = { $n ->
    [zero] أحرف لاتينية صغيرة وأرقام وشرطات (لا تكون الشرطة في البداية ولا في النهاية)
    [one] أحرف لاتينية صغيرة وأرقام وشرطات (لا تكون الشرطة في البداية ولا في النهاية)، حرف واحد على الأكثر
    [two] أحرف لاتينية صغيرة وأرقام وشرطات (لا تكون الشرطة في البداية ولا في النهاية)، حرفان على الأكثر
    [few] أحرف لاتينية صغيرة وأرقام وشرطات (لا تكون الشرطة في البداية ولا في النهاية)، { $n } أحرف على الأكثر
    [many] أحرف لاتينية صغيرة وأرقام وشرطات (لا تكون الشرطة في البداية ولا في النهاية)، { $n } حرفًا على الأكثر
   *[other] أحرف لاتينية صغيرة وأرقام وشرطات (لا تكون الشرطة في البداية ولا في النهاية)، { $n } حرف على الأكثر
}
