# The event panel.

# Buttons of the panel's bar: the event before and after in time order.
panel-previous = السابق
panel-next = التالي
# Where the open event stands when the filters leave it out.
panel-not-in-filter = خارج التصفية
# Accessible name of the ✕ button of a panel or a dialog.
close-escape = إغلاق (Esc)
# The list view: a mark on events where the source documents disagree.
list-differ = تختلف المصادر
# The body of the event panel.

# Where a document says it: "Section “Summary of Event”, paragraph 3".
panel-locator = القسم «{ $section }»، الفقرة { $paragraph }
panel-differ = تختلف المصادر
# After a disputed value: the documents that give it.
panel-according-to = بحسب { $who }
panel-note = ملاحظة المحرّرين:{ " " }
panel-sources-heading = ما تقوله المصادر ({ $n })
panel-people = الشخصيات
# Tooltip of a person's button; $name is the person.
panel-person-title = عرض الأحداث المتعلقة بـ{ $name } فقط
panel-related = أحداث ذات صلة
panel-link = رابط هذا الحدث
panel-corroborate = مقابلة المصادر
# A document's provenance, folded under its card.
provenance-summary = عن هذه الوثيقة
provenance-field = { $field ->
    [author] المؤلف أو الناشر
    [date] التاريخ
    [audience] الجمهور المستهدف
    [purpose] الغرض
   *[based-on] تستند إلى
}
# Names of the parts of an event, shown on a projected slide's pages ("sources differ 2/5").
part-summary = الملخص
part-differ = تختلف المصادر
part-note = ملاحظة المحرّرين
part-sources = المصادر
# Media of a class's own timeline (images, videos, quotations, links). Nothing is loaded
# from another site until the reader asks. $what is "image" or "video"; $host a website.
# { "\u200E" } is a left-to-right mark: it keeps "https://" in its order inside
# right-to-left text.
media-consent = { $what ->
    [image] صورة
   *[video] مقطع فيديو
} من { $host }. لا يُحمَّل أي شيء من ذلك الموقع حتى تطلب ذلك.
media-show = { $what ->
    [image] عرض الصورة
   *[video] عرض الفيديو
}
# What a screen reader says for an image or video that has no description.
media-from-label = { $what ->
    [image] صورة
   *[video] مقطع فيديو
} من { $host }
media-always = عرض الوسائط في هذا الخط الزمني دائمًا
media-another-site = موقع آخر
# A link card to a Wikipedia article: $lang is its language code, $article its title.
media-wikipedia = ويكيبيديا ({ $lang }): { $article }
media-link = رابط: { $host }
# $reason is one of the media-* reasons below.
media-refused = لا تُعرض الوسائط الواردة في الملف: { $reason }
# In a printed handout: "Image (upload.wikimedia.org)".
media-line = { $what ->
    [image] صورة
    [video] فيديو
   *[link] رابط
} ({ $host })
# Why a media item is not shown. $address is what the file gives.
media-no-address = ليس للوسائط عنوان.
media-nothing = ليس للوسائط عنوان ولا اقتباس.
media-spaces = في العنوان «{ $address }» مسافات.
media-relative = لا يُعرض العنوان النسبي «{ $address }»: فعنوان الملف نفسه غير معروف للاهتداء به إليه (اكتب العنوان كاملًا مع https://{ "\u200E" }).
media-insecure = العنوان { $address } غير آمن (http://{ "\u200E" }): لا تُعرض إلا الوسائط التي تبدأ عناوينها بـhttps://{ "\u200E" }.
media-scheme = لا يُعرض عنوان من نوع «{ "\u200E" }{ $scheme }:{ "\u200E" }».
media-unusable = «{ $address }» ليس عنوانًا صالحًا للاستخدام.
# Shown in place of media. $host is a website.
media-offline = { $what ->
    [image] أنت غير متصل بالإنترنت: هذه الصورة موجودة على { $host } وتحتاج إلى الشبكة.
   *[video] أنت غير متصل بالإنترنت: مقطع الفيديو هذا موجود على { $host } ويحتاج إلى الشبكة.
}
media-failed = تعذّر تحميل الصورة من { $host }.
part-media = الوسائط
# A guided tour's box above the event.
tour-label = جولة
tour-step = الخطوة { $number } من { $total }
tour-filters = تبقى عوامل التصفية التي اخترتها مفعّلة، وتُعرض كذلك الخطوات الواقعة خارجها.
tour-end = إنهاء الجولة
part-tour = الجولة
media-iframe = لا يُعرض الإطار المضمَّن (<iframe>) الوارد في الملف.
# $tag is an HTML tag's name.
media-markup = لا يُعرض الوسم (<{ $tag }>) الوارد في عنوان الوسائط.
