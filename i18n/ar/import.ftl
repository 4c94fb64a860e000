# Opening a TimelineJS file or a spreadsheet: what the import left out or changed. $list
# names where ("row on line 3; row on line 9"), $more is "import-and-more" or nothing.
# { "\u200E" } is a left-to-right mark: it keeps code, times and addresses in their order
# inside right-to-left text.
import-and-more = { " " }و{ $n } غيرها
import-undated-event = { $n ->
    [zero] لم يُستبعد أي حدث بلا تاريخ: { $list }{ $more }.
    [one] استُبعد حدث واحد بلا تاريخ (يتخطاه TimelineJS أيضًا): { $list }{ $more }.
    [two] استُبعد حدثان بلا تاريخ (يتخطاهما TimelineJS أيضًا): { $list }{ $more }.
    [few] استُبعدت { $n } أحداث بلا تاريخ (يتخطاها TimelineJS أيضًا): { $list }{ $more }.
    [many] استُبعد { $n } حدثًا بلا تاريخ (يتخطاها TimelineJS أيضًا): { $list }{ $more }.
   *[other] استُبعد { $n } حدث بلا تاريخ (يتخطاها TimelineJS أيضًا): { $list }{ $more }.
}
import-undated-row = { $n ->
    [zero] لم يُستبعد أي صف بلا تاريخ: { $list }{ $more }.
    [one] استُبعد صف واحد بلا تاريخ (يتخطاه TimelineJS أيضًا): { $list }{ $more }.
    [two] استُبعد صفّان بلا تاريخ (يتخطاهما TimelineJS أيضًا): { $list }{ $more }.
    [few] استُبعدت { $n } صفوف بلا تاريخ (يتخطاها TimelineJS أيضًا): { $list }{ $more }.
    [many] استُبعد { $n } صفًّا بلا تاريخ (يتخطاها TimelineJS أيضًا): { $list }{ $more }.
   *[other] استُبعد { $n } صف بلا تاريخ (يتخطاها TimelineJS أيضًا): { $list }{ $more }.
}
import-too-far-event = { $n ->
    [zero] لم يُستبعد أي حدث مؤرَّخ بما يتجاوز ألف مليار سنة: { $list }{ $more }.
    [one] استُبعد حدث واحد مؤرَّخ بما يتجاوز ألف مليار سنة: { $list }{ $more }.
    [two] استُبعد حدثان مؤرَّخان بما يتجاوز ألف مليار سنة: { $list }{ $more }.
    [few] استُبعدت { $n } أحداث مؤرَّخة بما يتجاوز ألف مليار سنة: { $list }{ $more }.
    [many] استُبعد { $n } حدثًا مؤرَّخًا بما يتجاوز ألف مليار سنة: { $list }{ $more }.
   *[other] استُبعد { $n } حدث مؤرَّخ بما يتجاوز ألف مليار سنة: { $list }{ $more }.
}
import-too-far-row = { $n ->
    [zero] لم يُستبعد أي صف مؤرَّخ بما يتجاوز ألف مليار سنة: { $list }{ $more }.
    [one] استُبعد صف واحد مؤرَّخ بما يتجاوز ألف مليار سنة: { $list }{ $more }.
    [two] استُبعد صفّان مؤرَّخان بما يتجاوز ألف مليار سنة: { $list }{ $more }.
    [few] استُبعدت { $n } صفوف مؤرَّخة بما يتجاوز ألف مليار سنة: { $list }{ $more }.
    [many] استُبعد { $n } صفًّا مؤرَّخًا بما يتجاوز ألف مليار سنة: { $list }{ $more }.
   *[other] استُبعد { $n } صف مؤرَّخ بما يتجاوز ألف مليار سنة: { $list }{ $more }.
}
import-seconds = { $n ->
    [zero] لم يُقتطع أي تاريخ إلى الدقيقة: { $list }{ $more }.
    [one] تاريخ واحد احتُفظ به حتى الدقيقة (وحُذفت الثواني): { $list }{ $more }.
    [two] تاريخان احتُفظ بهما حتى الدقيقة (وحُذفت الثواني): { $list }{ $more }.
    [few] { $n } تواريخ احتُفظ بها حتى الدقيقة (وحُذفت الثواني): { $list }{ $more }.
    [many] { $n } تاريخًا احتُفظ بها حتى الدقيقة (وحُذفت الثواني): { $list }{ $more }.
   *[other] { $n } تاريخ احتُفظ بها حتى الدقيقة (وحُذفت الثواني): { $list }{ $more }.
}
import-dayless-times = { $n ->
    [zero] لم يُستبعد أي توقيت: { $list }{ $more }.
    [one] استُبعد توقيت واحد لعدم وجود يوم ينتمي إليه: { $list }{ $more }.
    [two] استُبعد توقيتان لعدم وجود يوم ينتميان إليه: { $list }{ $more }.
    [few] استُبعدت { $n } توقيتات لعدم وجود يوم تنتمي إليه: { $list }{ $more }.
    [many] استُبعد { $n } توقيتًا لعدم وجود يوم تنتمي إليه: { $list }{ $more }.
   *[other] استُبعد { $n } توقيت لعدم وجود يوم تنتمي إليه: { $list }{ $more }.
}
import-refused-media = { $n ->
    [zero] لا توجد وسائط يتعذّر عرضها: { $list }{ $more }.
    [one] عنصر وسائط واحد يتعذّر عرضه (وتحل محله ملاحظة): { $list }{ $more }.
    [two] عنصرا وسائط يتعذّر عرضهما (وتحل محلهما ملاحظة): { $list }{ $more }.
    [few] { $n } عناصر وسائط يتعذّر عرضها (وتحل محلها ملاحظة): { $list }{ $more }.
    [many] { $n } عنصر وسائط يتعذّر عرضها (وتحل محلها ملاحظة): { $list }{ $more }.
   *[other] { $n } عنصر وسائط يتعذّر عرضها (وتحل محلها ملاحظة): { $list }{ $more }.
}
# How a file was read.
import-slides = قُرئت شرائح الملف ("slides") على أنها أحداثه (يسمّيها TimelineJS "events").
import-legacy = قُرئ الملف بصيغة TimelineJS القديمة، الإصدارين 1 و2 ("date" و"startDate" و"asset").
# Naming a slide or row in a notice. $n counts from 1.
import-era-number = الحقبة { $n }
import-event-number = الحدث { $n }
import-event-named = الحدث «{ $title }»
import-at-line = { $what } (السطر { $line })
# A date beyond the years a timeline can show: $year is the year.
import-ending = { $what }: تنتهي في السنة { $year }
import-era-needs = لا يوجد { $key }: وهو لازم لكل حقبة
import-no-year = لا توجد سنة
# $key is "year", "month", "day"…, $value what the file gives.
import-not-whole = قيمة { $key } ({ $value }) ليست عددًا صحيحًا
import-no-such = لا وجود لـ{ $key } { $value }
import-bad-date = «{ $value }» ليس تاريخًا يقرؤه TimelineJS (السنة والشهر واليوم بالشكل "1870,7,19"، أو "1870-07-19")
# What a JSON file holds where a timeline was expected.
json-kind = { $kind ->
    [null] القيمة null
    [bool] القيمة true أو false
    [number] عدد
    [text] نص
    [list] قائمة
   *[object] كائن
}
json-no-keys = لا شيء
# $key is a key of the file, $kind one of json-kind.
json-not-list = قيمة "{ $key }" هي { $kind }، وليست قائمة
json-timeline-no-list = عُثر على { "\u200E" }{"{"}"timeline": {"{"}…{"}"}{"}"}{ "\u200E" } ومفاتيحه: { $keys }، لكن ليس فيه قائمة "events" أو "slides" أو "date"
json-timeline-not-object = قيمة "timeline" هي { $kind }، وليست كائنًا
json-no-events = عُثر على كائن مفاتيحه: { $keys }، لكن ليس فيه قائمة "events"
json-top = عُثر في المستوى الأعلى على { $kind }، وليس على كائن
json-expected-timelinejs = { $found }: المتوقع خط زمني بصيغة TimelineJS، أي كائن فيه قائمة "events" (TimelineJS 3)، أو { "\u200E" }{"{"}"timeline": {"{"}…{"}"}{"}"}{ "\u200E" } يحيط بكائن كهذا، أو قائمة "date" داخل "timeline" (TimelineJS 1 و2)
# $message is what the JSON reader says (in English).
json-expected-ours = { $message } — المتوقع ملف JSON لخط زمني بصيغة هذا التطبيق ({ "\u200E" }{"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}{ "\u200E" }، انظر data/README.md) أو ملف TimelineJS
# Spreadsheets (CSV).
sheet-empty = الملف فارغ: المتوقع صف عناوين الأعمدة
# $columns are the missing columns' names.
sheet-missing-column = { $template ->
    [timelinejs] لا يتضمن صف العناوين العمود { $columns }: المتوقع أعمدة قالب TimelineJS (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] لا يتضمن صف العناوين العمود { $columns }: المتوقع الأعمدة start وtitle، واختياريًّا end وsummary وcategory وid وdisplay_date
}
sheet-the-file = الملف
sheet-unclosed-quote = يبدأ هنا حقل بين علامتي تنصيص ولا يُغلق أبدًا، فيُقرأ باقي الملف كله على أنه هذا الحقل وحده؛ أغلقه بعلامة "
# $reason is what the CSV reader says (in English).
sheet-unreadable = تتعذّر قراءة ملف CSV هنا: { $reason }
sheet-bad-time = «{ $value }» ليس توقيتًا من اليوم ("14:30" أو "{ "\u200E" }2:30 PM")
sheet-row = الصف في السطر { $line }
sheet-era-no-year = حقبة بلا Year: والحقبة تحتاج إلى طرفيها كليهما
sheet-era-no-end-year = حقبة بلا End Year: والحقبة تحتاج إلى طرفيها كليهما
sheet-no-start = لا تاريخ بداية له
# The title of a file that gives none.
import-untitled = خط زمني مستورد
json-events-not-list = قيمة "events" ليست قائمة
# The name given to an era that has none, and a slide's background image kept as a line.
import-era-label = الحقبة { $n }
import-era-line = حقبة في السطر { $line }
import-background = الخلفية: { $url }
