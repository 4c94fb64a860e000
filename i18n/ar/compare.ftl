# Where each source document stands on an event (the panel's cards, the compare table).

# The one word a card or cell shows for a document's standing.
standing-word = { $standing ->
    [agrees] اتفاق
    [differs] اختلاف
    [only] انفراد
    [speaks] ذِكر
   *[silent] سكوت
}
# What that word means (a legend, a tooltip).
standing-meaning = { $standing ->
    [agrees] تتفق مع وثيقة أخرى في نقطة خلافية
    [differs] تذكر في نقطة خلافية ما لا تذكره أي وثيقة أخرى
    [only] الوثيقة الوحيدة التي تتحدث عن الحدث
    [speaks] تتحدث عن الحدث كما تتحدث عنه وثائق أخرى، ولا نقطة خلافية مسجَّلة بينها
   *[silent] لا تذكر شيئًا عن الحدث
}
# Names joined as a reader writes them: $first is "A" or "A, B", $last the last name.
names-and = { $first } و{ $last }
# One disputed point, after a document's name: $who are documents, $about what is disputed.
# Each starts with the standing word above, which the panel sets in bold.
point-agrees = اتفاق مع { $who } بشأن «{ $about }»
point-differs = اختلاف عن { $who } بشأن «{ $about }»
point-alone = انفراد بمعلومة بشأن «{ $about }»
# A document on an event, after its name.
phrase-silent = لا تذكر شيئًا عن هذا الحدث
phrase-only = الوثيقة الوحيدة التي تتحدث عن هذا الحدث
# $points is a list of disputed points as above, joined by "; ".
phrase-only-points = الوثيقة الوحيدة التي تتحدث عن هذا الحدث؛ { $points }
# $n is how many other documents speak of the event.
phrase-speaks = { $n ->
    [zero] تتحدث عن هذا الحدث، ولا نقطة خلافية مسجَّلة
    [one] تتحدث عن هذا الحدث كما تتحدث عنه وثيقة أخرى، ولا نقطة خلافية مسجَّلة
    [two] تتحدث عن هذا الحدث كما تتحدث عنه وثيقتان أخريان، ولا نقطة خلافية مسجَّلة
    [few] تتحدث عن هذا الحدث كما تتحدث عنه { $n } وثائق أخرى، ولا نقطة خلافية مسجَّلة
    [many] تتحدث عن هذا الحدث كما تتحدث عنه { $n } وثيقة أخرى، ولا نقطة خلافية مسجَّلة
   *[other] تتحدث عن هذا الحدث كما تتحدث عنه { $n } وثيقة أخرى، ولا نقطة خلافية مسجَّلة
}
# How much of the timeline a document speaks of: $years is "1928–1937".
coverage = { $n ->
    [zero] لا أحداث، { $years }
    [one] حدث واحد، { $years }
    [two] حدثان، { $years }
    [few] { $n } أحداث، { $years }
    [many] { $n } حدثًا، { $years }
   *[other] { $n } حدث، { $years }
}
coverage-none = لا أحداث
# A column head's counts: "agrees 2, differs 5".
standing-count = { $standing ->
    [agrees] اتفاق { $n }
    [differs] اختلاف { $n }
    [only] انفراد { $n }
    [speaks] ذِكر { $n }
   *[silent] سكوت { $n }
}

# The compare table: one row per event, one column per source document.
compare-label = ما يقوله كل مصدر، حدثًا حدثًا
compare-grid = الأحداث مقابل المصادر
# What a screen reader hears before a cell's content: $source is a document, $event an event's title.
compare-lead = { $source } عن «{ $event }»:{ " " }
compare-lead-differ = { $source } عن «{ $event }» (تختلف المصادر):{ " " }
# Under a document's name: who it was written for.
compare-for = الجمهور: { $audience }
# How many of the rows a document speaks of: $count of $n, over $years.
compare-speaks-of = { $count } من { $n }: { $years }
compare-silent-on-all = { $n ->
    [zero] سكوت عن جميع الأحداث ({ $n })
    [one] سكوت عن الحدث الوحيد
    [two] سكوت عن الحدثين كليهما
    [few] سكوت عن جميع الأحداث ({ $n })
    [many] سكوت عن جميع الأحداث ({ $n })
   *[other] سكوت عن جميع الأحداث ({ $n })
}
compare-open-card = { $name }: فتح البطاقة
# A cell whose document says nothing of the event.
compare-silent = سكوت
# When the source filter picks some documents: $names are their names.
compare-all-sources = { $total ->
    [zero] لا مصادر؛ ويختار عامل التصفية { $names }.
    [one] المصدر الوحيد؛ ويختار عامل التصفية { $names }.
    [two] المصدران كلاهما؛ ويختار عامل التصفية { $names }.
    [few] المصادر كلها ({ $total })؛ ويختار عامل التصفية { $names }.
    [many] المصادر كلها ({ $total })؛ ويختار عامل التصفية { $names }.
   *[other] المصادر كلها ({ $total })؛ ويختار عامل التصفية { $names }.
}
compare-picked-sources = { $names } فقط، كما يختار عامل التصفية (المصادر المعروضة: { $shown } من { $total }).
compare-only-picked = المصادر المختارة فقط
compare-show-all = عرض جميع المصادر ({ $total })
