# The dialogs.

# The sources dialog's title for $n documents ("The five sources").
sources-title = { $n ->
    [0] المصادر
    [1] المصدر
    [2] المصدران
    [3] المصادر الثلاثة
    [4] المصادر الأربعة
    [5] المصادر الخمسة
    [6] المصادر الستة
    [7] المصادر السبعة
    [8] المصادر الثمانية
    [9] المصادر التسعة
    [10] المصادر العشرة
    [zero] المصادر
    [one] المصدر
    [two] المصدران
    [few] المصادر
    [many] المصادر
   *[other] المصادر
}
sources-intro = تُحيل الأحداث إلى الوثائق الواردة أدناه. وحيث تختلف هذه الوثائق، يُشار إلى ذلك في الحدث.
# Labels in a document's card.
sources-kind = النوع
sources-covers = الفترة
sources-speaks-of = تتحدث عن
# Accessible name of a document's density strip: $from and $to are years, $speaks "18 events, 1928–1937".
sources-coverage = مواضع حديثها في الفترة { $from }–{ $to }: { $speaks }
sources-show-events = { $n ->
    [zero] عرض الأحداث التي تتحدث عنها
    [one] عرض الحدث الوحيد الذي تتحدث عنه
    [two] عرض الحدثين اللذين تتحدث عنهما
    [few] عرض { $n } أحداث تتحدث عنها
    [many] عرض { $n } حدثًا تتحدث عنها
   *[other] عرض { $n } حدث تتحدث عنها
}
sources-reading = قراءات إضافية تذكرها أو تقتبس منها

# Dialog titles.
dialog-download = تنزيل هذا الخط الزمني
dialog-activities = أنشطة صفية
dialog-share = مشاركة هذا العرض
dialog-tours = جولات إرشادية
dialog-people = التصفية حسب الشخصيات
dialog-source-filter = التصفية حسب الوثيقة المصدرية
# Share dialog.
share-note = يفتح هذا الرابط الحدث نفسه وعوامل التصفية نفسها والفترة الزمنية نفسها على أي جهاز.
share-link = رابط هذا العرض
share-copy = نسخ الرابط
share-copied = نُسخ الرابط إلى الحافظة.
share-blocked = مُنع النسخ: الرابط محدَّد، فاضغط Ctrl+C (⌘C) لنسخه.
share-selected = الرابط محدَّد: اضغط Ctrl+C (⌘C) لنسخه.
share-qr = رمز QR للرابط
share-too-long = هذا الرابط أطول من أن يتّسع له رمز QR.
# Followed by a "Download…" button.
share-download-lead = للاحتفاظ بالخط الزمني نفسه، أو لنقله إلى TimelineJS أو إلى جدول بيانات:{ " " }
# Download dialog.
download-intro = { $n ->
    [zero] الخط الزمني المعروض، وليس فيه أي حدث، في ملف تحتفظ به، لتفتحه هنا مرة أخرى (فتح…) أو لتنقله إلى TimelineJS.
    [one] الحدث الوحيد في الخط الزمني المعروض، أيًّا كان ما تُظهره عوامل التصفية، في ملف تحتفظ به، لتفتحه هنا مرة أخرى (فتح…) أو لتنقله إلى TimelineJS.
    [two] حدثا الخط الزمني المعروض كلاهما، أيًّا كان ما تُظهره عوامل التصفية، في ملف تحتفظ به، لتفتحه هنا مرة أخرى (فتح…) أو لتنقله إلى TimelineJS.
    [few] أحداث الخط الزمني المعروض كلها، وعددها { $n }، أيًّا كان ما تُظهره عوامل التصفية، في ملف تحتفظ به، لتفتحه هنا مرة أخرى (فتح…) أو لتنقله إلى TimelineJS.
    [many] أحداث الخط الزمني المعروض كلها، وعددها { $n }، أيًّا كان ما تُظهره عوامل التصفية، في ملف تحتفظ به، لتفتحه هنا مرة أخرى (فتح…) أو لتنقله إلى TimelineJS.
   *[other] أحداث الخط الزمني المعروض كلها، وعددها { $n }، أيًّا كان ما تُظهره عوامل التصفية، في ملف تحتفظ به، لتفتحه هنا مرة أخرى (فتح…) أو لتنقله إلى TimelineJS.
}
# The three formats a timeline can be downloaded in, and what each is for.
download-choice = { $format ->
    [ours] ملف JSON الخاص بهذا التطبيق
    [timelinejs] ملف JSON بصيغة TimelineJS
   *[csv] جدول بيانات (CSV)
}
download-what = { $format ->
    [ours] كل شيء: المصادر والإحالات والاختلافات والجولات
    [timelinejs] يُفتح في TimelineJS، وتصير المصادر والاختلافات أسطرًا من النص
   *[csv] قالب جدول البيانات الخاص بـTimelineJS، لاستخدامه في Google Sheets أو Excel
}
# $file is the downloaded file's name.
download-saved = حُفظ باسم «{ $file }».
download-refused = لم يقبل المتصفح الملف: جرّب متصفحًا آخر.
download-missing = تعذّر جلب جزء التطبيق الذي يكتب الملفات: تحقّق من الاتصال وحاول مرة أخرى.
# Tours dialog.
tours-intro = تنقّل بين الخطوات بالمفتاحين → و←، أو بمفتاح المسافة، أو بـPage Up/Down، أو بجهاز التحكم في العرض التقديمي. لكل خطوة رابط خاص بها.
# Filter pickers.
people-intro = تُعرض أحداث كل شخصية تضع عليها علامة.
people-find = البحث عن شخصية
people-find-placeholder = ابحث عن شخصية (بأي تهجئة)
source-filter-intro = تُعرض الأحداث التي تتحدث عنها أي وثيقة تضع عليها علامة.
pickers-untick = إلغاء تحديد الكل
pickers-done = تم
tours-start = { $n ->
    [zero] ابدأ (بلا خطوات)
    [one] ابدأ (خطوة واحدة)
    [two] ابدأ (خطوتان)
    [few] ابدأ ({ $n } خطوات)
    [many] ابدأ ({ $n } خطوة)
   *[other] ابدأ ({ $n } خطوة)
}
