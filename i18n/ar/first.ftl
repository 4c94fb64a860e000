# The header: the timeline's title and the view tools.

# A period in the "Jump to" menu: its name and its dates, "The Great Purge (Aug 1936–Nov 1938)".
header-period = { $label } ({ $span })
# Accessible name of the row of view tools.
header-tools = أدوات العرض
# Button that shows the filters on a phone.
header-filters = التصفية
header-jump-label = الانتقال إلى فترة
header-jump = انتقال إلى…
# The window the timeline's author chose to open on.
header-jump-default = الفترة الأساسية
header-jump-all = الكل
header-list = قائمة
header-list-title = عرض الأحداث في قائمة (L)؛ اضغط مرة أخرى للعودة إلى الخط الزمني
header-compare = مقارنة
header-compare-title = مقارنة ما يقوله كل مصدر، حدثًا حدثًا (C)؛ اضغط مرة أخرى للعودة إلى الخط الزمني
header-zoom = التكبير
header-zoom-in = تكبير
header-zoom-in-title = تكبير (+)
header-zoom-out = تصغير
header-zoom-out-title = تصغير (−)
header-fit-all = عرض الكل
header-fit-all-title = عرض كل شيء (0)
# Opens the dialog about the source documents.
header-sources = المصادر
header-tours = الجولات
header-activities = الأنشطة
header-activities-title = أنشطة صفية من المصادر: ترتيب الأحداث زمنيًّا، ومن يقول ذلك، ومقابلة المصادر
# Hides the events after the current one, to reveal them one at a time in class.
header-reveal = كشف تدريجي
header-reveal-title = إخفاء كل الأحداث التالية للحدث الحالي (R)
header-theme = نسق الألوان
header-theme-light = فاتح
header-theme-dark = داكن
header-theme-contrast = تباين عالٍ
# Projection mode: large type for a classroom projector.
header-project = وضع العرض
header-project-exit = الخروج من وضع العرض
header-project-title = وضع العرض على جهاز العرض في الصف (P)
header-share = مشاركة
# The filters under the header.

filters-search = البحث في الأحداث
filters-search-placeholder = ابحث في الأحداث والشخصيات والمصادر  ( / )
# How many events pass the filters: $n of them, out of $all ("95 events").
filters-match-count = { $n ->
    [zero] لا يطابق أيٌّ من { $all }
    [one] يطابق حدث واحد من { $all }
    [two] يطابق حدثان من { $all }
    [few] يطابق { $n } من { $all }
    [many] يطابق { $n } من { $all }
   *[other] يطابق { $n } من { $all }
}
# Opens a list of people to filter by.
filters-by-person = حسب الشخصية
filters-by-source = حسب المصدر
# Toggle: only the events where the source documents disagree (followed by their number).
filters-differ = اختلاف المصادر{ " " }
filters-differ-title = الأحداث التي تختلف فيها الوثائق المصدرية فقط
# What to do with the events that do not pass the filters.
filters-unmatched = الأحداث غير المطابقة
filters-dim = تعتيم الباقي
filters-hide = إخفاء الباقي
filters-clear = مسح التصفية
filters-categories = الفئات: عرض الأحداث المنتمية إلى أي فئة مختارة
filters-no-match = لا يطابق أي حدث عوامل التصفية هذه.
# Opening a class's own timeline file, and the line that says where a timeline comes from.

open-button = فتح…
open-busy = جارٍ الفتح…
open-label = فتح ملف خط زمني
open-title = فتح ملف خط زمني من هذا الجهاز: ملف JSON الخاص بهذا التطبيق، أو ملف JSON بصيغة TimelineJS، أو جدول بيانات محفوظ بصيغة CSV (أو أفلت الملف على الصفحة)
origin-label = منشأ هذا الخط الزمني
# $path is a file's address on this site, "data/class.json".
origin-site = خط زمني من { $path } على هذا الموقع.
# $host is another website, "example.org".
origin-web = يأتي هذا الخط الزمني من { $host }، لا من هذا الموقع: ومحتواه مسؤولية مؤلفيه.
# $file is the name of a file the reader opened.
origin-file = ملفك «{ $file }»، مفتوح على هذا الجهاز: لم يُرفع أي شيء، والروابط إليه تفتح الخط الزمني الافتراضي على الأجهزة الأخرى.
origin-download = تنزيل…
origin-back = العودة إلى الخط الزمني الافتراضي
# While the timeline loads.

loading-timeline = جارٍ تحميل الخط الزمني…
# How far loading has come: events read so far, of all of them.
loading-events = { $total ->
    [zero] قُرئ { $n } من { $total }
    [one] قُرئ { $n } من حدث واحد
    [two] قُرئ { $n } من حدثين
    [few] قُرئ { $n } من { $total } أحداث
    [many] قُرئ { $n } من { $total } حدثًا
   *[other] قُرئ { $n } من { $total } حدث
}
# $amount is a number of megabytes, "1.5".
loading-megabytes = { $amount } ميغابايت
# $got and $all are sizes such as "1.5 MB".
loading-bytes-of = { $got } من { $all }
loading-bytes = وصل { $got }
# Why a file could not be read (these end a sentence such as "Could not load …: ").
load-request-failed = فشل الطلب
load-not-utf8 = الملف ليس نصًّا بترميز UTF-8
load-import-missing = لم يصل جزء التطبيق الذي يقرأ هذا الملف
# Parts of the app that arrive on demand, and notices.

app-not-loaded = تعذّر تحميل الخط الزمني…
# Closes the notices about a link's parts that were ignored.
app-dismiss = إخفاء
app-loading-list = جارٍ تحميل القائمة…
app-loading-activity = جارٍ تحميل النشاط…
app-loading-compare = جارٍ تحميل المقارنة…
app-loading = جارٍ التحميل…
# The overview strip at the bottom of the timeline.
overview-title = نظرة عامة: اسحب النافذة المميَّزة لتحريكها، واسحب حافتيها للتكبير أو التصغير
# Links for keyboard users at the top of the page.
skip-timeline = الانتقال إلى الخط الزمني
skip-event = الانتقال إلى الحدث المفتوح
# The strip: a button that stands for several events too close together to show. $from is
# a date; $hits how many of them pass the filters.
cluster-more = { $n ->
    [zero] لا أحداث أخرى ابتداءً من { $from }
    [one] حدث آخر ابتداءً من { $from }: كبّر العرض لرؤيته
    [two] حدثان آخران ابتداءً من { $from }: كبّر العرض لرؤيتهما
    [few] { $n } أحداث أخرى ابتداءً من { $from }: كبّر العرض لرؤيتها
    [many] { $n } حدثًا آخر ابتداءً من { $from }: كبّر العرض لرؤيتها
   *[other] { $n } حدث آخر ابتداءً من { $from }: كبّر العرض لرؤيتها
}
cluster-more-matching = { $n ->
    [zero] لا أحداث أخرى ابتداءً من { $from }
    [one] حدث آخر ابتداءً من { $from }، المطابق منه لعوامل التصفية: { $hits }؛ كبّر العرض لرؤيته
    [two] حدثان آخران ابتداءً من { $from }، المطابق منهما لعوامل التصفية: { $hits }؛ كبّر العرض لرؤيتهما
    [few] { $n } أحداث أخرى ابتداءً من { $from }، المطابق منها لعوامل التصفية: { $hits }؛ كبّر العرض لرؤيتها
    [many] { $n } حدثًا آخر ابتداءً من { $from }، المطابق منها لعوامل التصفية: { $hits }؛ كبّر العرض لرؤيتها
   *[other] { $n } حدث آخر ابتداءً من { $from }، المطابق منها لعوامل التصفية: { $hits }؛ كبّر العرض لرؤيتها
}
# Above a cluster: how many of its events match ("3 matching"), when no single category names them.
cluster-matching = مطابقة
# Buttons at the strip's edges: matching events beyond the window.
edge-earlier = { $n ->
    [zero] لا أحداث مطابقة قبل الفترة المعروضة
    [one] حدث مطابق واحد قبل الفترة المعروضة: اعرضه
    [two] حدثان مطابقان قبل الفترة المعروضة: اعرض أقربهما
    [few] { $n } أحداث مطابقة قبل الفترة المعروضة: اعرض أقربها
    [many] { $n } حدثًا مطابقًا قبل الفترة المعروضة: اعرض أقربها
   *[other] { $n } حدث مطابق قبل الفترة المعروضة: اعرض أقربها
}
edge-later = { $n ->
    [zero] لا أحداث مطابقة بعد الفترة المعروضة
    [one] حدث مطابق واحد بعد الفترة المعروضة: اعرضه
    [two] حدثان مطابقان بعد الفترة المعروضة: اعرض أقربهما
    [few] { $n } أحداث مطابقة بعد الفترة المعروضة: اعرض أقربها
    [many] { $n } حدثًا مطابقًا بعد الفترة المعروضة: اعرض أقربها
   *[other] { $n } حدث مطابق بعد الفترة المعروضة: اعرض أقربها
}
strip-eras = الفترات المعروضة
strip-label = الخط الزمني: استخدم عجلة التمرير أو إصبعين للتكبير والتصغير، واسحب للتنقل، ويكبّر المفتاحان + و− العرض ويصغّرانه، وتنقل مفاتيح الأسهم العرض
strip-events = الأحداث بالترتيب الزمني
# The panel shown when the app has stopped working.
fatal-title = توقّف الخط الزمني عن العمل
fatal-text = حدث خطأ داخل التطبيق. كثيرًا ما تحل إعادة تحميل الصفحة المشكلة؛ وإن تكرر ذلك، فيُرجى إبلاغ من شارك هذا الخط الزمني (التفاصيل في وحدة التحكم في المتصفح).
# The page's own notes, shown when the interactive timeline cannot start.
page-reload = إعادة التحميل
page-no-wasm = لا يشغّل هذا الجهاز WebAssembly، الذي يحتاج إليه الخط الزمني التفاعلي: لكن يمكن هنا قراءة كل حدث ومصادره والقائمة (أما التكبير والتصفية والبحث فلا).
page-offline-readable = هذا الجهاز غير متصل بالإنترنت، ولم يُخزَّن عليه الخط الزمني التفاعلي بعد: لكن يمكن قراءة ما يظهر هنا.
page-cannot-start-readable = تعذّر تشغيل الخط الزمني التفاعلي هنا: لكن يمكن قراءة كل حدث ومصادره والقائمة (أما التكبير والتصفية والبحث فتحتاج إليه). كثيرًا ما تفيد إعادة تحميل الصفحة.
page-start-title = تعذّر تشغيل الخط الزمني
page-start-offline = هذا الجهاز غير متصل بالإنترنت، ولم يُخزَّن عليه التطبيق بعد. أعد تحميل الصفحة عند عودة الاتصال.
page-start-missing = لم يصل جزء من التطبيق من الخادم. كثيرًا ما تفيد إعادة تحميل الصفحة.
# A bar offering a new version of the app; followed by a "reload" button.
page-update = يتوفر إصدار جديد —{ " " }
page-update-reload = أعد التحميل
