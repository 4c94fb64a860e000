# Words the whole interface shares: counted nouns.

count-events = { $n ->
    [zero] لا أحداث
    [one] حدث واحد
    [two] حدثان
    [few] { $n } أحداث
    [many] { $n } حدثًا
   *[other] { $n } حدث
}
count-sources = { $n ->
    [zero] لا مصادر
    [one] مصدر واحد
    [two] مصدران
    [few] { $n } مصادر
    [many] { $n } مصدرًا
   *[other] { $n } مصدر
}
count-problems = { $n ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $n } مشكلات
    [many] { $n } مشكلة
   *[other] { $n } مشكلة
}
# The language menu in the header (its accessible name).
header-language = لغة الواجهة
# A part of the app that is fetched when needed did not arrive.
chunk-failed = تعذّر تحميل هذا الجزء من الخط الزمني. تحقّق من الاتصال.
try-again = إعادة المحاولة
# A value or a quotation set in quotation marks.
quoted = «{ $text }»
