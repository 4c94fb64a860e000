//! Unit tests of `date`: parsing, labels, day values and deep time.
//! Over 400 lines on purpose: tables of dates per precision and per language.

use super::*;

#[test]
fn day_label_names_the_day() {
    let v = day_value(NaiveDate::from_ymd_opt(1934, 12, 1).unwrap());
    for (value, want) in [
        (v, "1 Dec 1934"),
        (v + 0.99, "1 Dec 1934"),
        (v + 31.0, "1 Jan 1935"),
    ] {
        assert_eq!(day_label(value), want);
    }
}

fn check_label(raw: &str, expected: &str) {
    let d = HistDate::parse(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
    assert_eq!(d.label(), expected, "label of {raw}");
    assert_eq!(
        HistDate::parse(&d.to_iso()).unwrap(),
        d,
        "round trip of {raw}"
    );
}

#[test]
fn labels_follow_precision() {
    check_label("1934-12-01", "1 Dec 1934");
    check_label("1934-12", "Dec 1934");
    check_label("1937", "1937");
    check_label("c.1899", "c. 1899");
    check_label("c. 1899-03", "c. Mar 1899");
    check_label("~1879", "c. 1879");
    check_label("0622-08", "Aug 622");
    check_label("0001", "1");
    check_label("0000", "1 BC");
    check_label("-0299", "300 BC");
    check_label("-3499-06", "Jun 3500 BC");
    check_label("-262143", "262144 BC");
}

#[test]
fn early_and_negative_years_round_trip_and_order() {
    for raw in [
        "0622-08-09",
        "0001",
        "0000",
        "-0299",
        "-3499-06",
        "-262143",
        "262142-12-31",
    ] {
        let d = HistDate::parse(raw).unwrap();
        assert_eq!(d.to_iso(), raw);
    }
    let v = |s: &str| HistDate::parse(s).unwrap().start_value();
    assert!(v("-0299") < v("0000") && v("0000") < v("0001") && v("0001") < v("0622"));
}

#[test]
fn bad_dates_are_explained() {
    for (raw, needle) in [
        ("1934-13", "month 13"),
        ("1934-02-30", "has no day 30"),
        ("34-12", "not a date"),
        ("1934/12/01", "not a date"),
        ("", "not a date"),
        ("1934-", "not a date"),
        ("December 1934", "not a date"),
        ("1934-12-01-02", "not a date"),
        ("--1934", "not a date"),
        ("1934000", "outside the calendar"),
        ("-300000", "outside the calendar"),
        ("1934-12-01T10:00", "time of day"),
    ] {
        let err = HistDate::parse(raw).expect_err(raw);
        assert!(err.contains(needle), "{raw}: {err}");
    }
}

#[test]
fn spans_cover_the_whole_precision() {
    let check = |raw: &str, from: (i32, u32, u32), to: (i32, u32, u32)| {
        let d = HistDate::parse(raw).unwrap();
        assert_eq!(
            d.first_day(),
            NaiveDate::from_ymd_opt(from.0, from.1, from.2).unwrap()
        );
        assert_eq!(
            d.after_last_day(),
            NaiveDate::from_ymd_opt(to.0, to.1, to.2).unwrap()
        );
    };
    check("1934-12", (1934, 12, 1), (1935, 1, 1));
    check("1934-02", (1934, 2, 1), (1934, 3, 1));
    check("1937", (1937, 1, 1), (1938, 1, 1));
    check("1934-12-01", (1934, 12, 1), (1934, 12, 2));
    check("1936-12-31", (1936, 12, 31), (1937, 1, 1));
}

#[test]
fn day_values_round_trip() {
    let d = NaiveDate::from_ymd_opt(1934, 12, 1).unwrap();
    assert_eq!(date_of_value(day_value(d)), d);
    assert_eq!(date_of_value(day_value(d) + 0.7), d);
}

#[test]
fn span_labels() {
    let p = |s: &str| Moment::parse(s).unwrap();
    assert_eq!(span_label(&p("1936"), Some(&p("1938"))), "1936–1938");
    assert_eq!(
        span_label(&p("1937-08"), Some(&p("1937-11"))),
        "Aug–Nov 1937"
    );
    assert_eq!(span_label(&p("1934-12-01"), None), "1 Dec 1934");
    assert_eq!(span_label(&p("1914"), Some(&p("1917-03"))), "1914–Mar 1917");
    assert_eq!(
        span_label(&p("-0299-03"), Some(&p("-0299-05"))),
        "Mar–May 300 BC"
    );
    assert_eq!(
        span_label(&p("1934-12-01T16:30"), Some(&p("1934-12-01T18"))),
        "1 Dec 1934, 16:30–18:00"
    );
    assert_eq!(
        span_label(&p("1934-12-01T16:30"), Some(&p("1934-12-02T09:00"))),
        "1 Dec 1934, 16:30–2 Dec 1934, 09:00"
    );
    assert_eq!(span_label(&p("4.6 Ga"), Some(&p("66 Ma"))), "4.6 Ga–66 Ma");
}

#[test]
fn moments_parse_label_and_round_trip() {
    for (raw, label, long, iso, precision) in [
        (
            "1934-12-01T16:30",
            "1 Dec 1934, 16:30",
            "1 December 1934, 16:30",
            "1934-12-01T16:30",
            Precision::Minute,
        ),
        (
            "1934-12-01 09:05",
            "1 Dec 1934, 09:05",
            "1 December 1934, 09:05",
            "1934-12-01T09:05",
            Precision::Minute,
        ),
        (
            "1934-12-01T16",
            "1 Dec 1934, 16:00",
            "1 December 1934, 16:00",
            "1934-12-01T16",
            Precision::Hour,
        ),
        (
            "c.1934-12-01T16",
            "c. 1 Dec 1934, 16:00",
            "about 1 December 1934, 16:00",
            "c.1934-12-01T16",
            Precision::Hour,
        ),
        (
            "1934-12-01",
            "1 Dec 1934",
            "1 December 1934",
            "1934-12-01",
            Precision::Day,
        ),
        ("-0299", "300 BC", "300 BC", "-0299", Precision::Year),
        (
            "-13799999999",
            "13.8 Ga",
            "13.8 billion years ago",
            "13.8 Ga",
            Precision::Year,
        ),
        (
            "13.8 Ga",
            "13.8 Ga",
            "13.8 billion years ago",
            "13.8 Ga",
            Precision::Year,
        ),
        (
            "-13799629999",
            "13.8 Ga",
            "13.8 billion years ago",
            "13.79963 Ga",
            Precision::Year,
        ),
        (
            "66 Ma",
            "66 Ma",
            "66 million years ago",
            "66 Ma",
            Precision::Year,
        ),
        (
            "-251901999",
            "251.9 Ma",
            "251.9 million years ago",
            "251.902 Ma",
            Precision::Year,
        ),
        (
            "315 ka",
            "315 ka",
            "315 thousand years ago",
            "315 ka",
            Precision::Year,
        ),
        (
            "-315000",
            "315 ka",
            "315 thousand years ago",
            "315.001 ka",
            Precision::Year,
        ),
        (
            "c. 4.54 Ga",
            "c. 4.54 Ga",
            "about 4.54 billion years ago",
            "c.4.54 Ga",
            Precision::Year,
        ),
        ("12 ka", "12000 BC", "12000 BC", "-11999", Precision::Year),
        (
            "5000000000",
            "5000000000",
            "5000000000",
            "5000000000",
            Precision::Year,
        ),
    ] {
        let m = Moment::parse(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
        assert_eq!(
            (
                m.label().as_str(),
                m.long_label().as_str(),
                m.to_iso().as_str(),
                m.precision()
            ),
            (label, long, iso, precision),
            "{raw}"
        );
        assert_eq!(
            Moment::parse(&m.to_iso()).unwrap(),
            m,
            "round trip of {raw}"
        );
    }
    for (raw, needle) in [
        ("1934-12-01T24:00", "hour 24"),
        ("1934-12-01T10:60", "minute 60"),
        ("1934-12T10:00", "without a day"),
        ("1934-12-01T1:00", "not a date"),
        ("-4600000000-01", "a year only"),
        ("4.5 Ga-01", "not a date"),
        ("0 ka", "not a number of years ago"),
        ("4.5000000001 Ga", "not a number of years ago"),
        ("-9999999999999", "beyond the years"),
    ] {
        let e = Moment::parse(raw).expect_err(raw);
        assert!(e.contains(needle), "{raw}: {e}");
    }
}

#[test]
fn times_of_day_fall_inside_their_day_in_order() {
    let v = |s: &str| Moment::parse(s).unwrap();
    let day = v("1934-12-01");
    let (a, b, c) = (
        v("1934-12-01T09"),
        v("1934-12-01T16:30"),
        v("1934-12-01T16:31"),
    );
    assert!(day.start_value() <= a.start_value() && a.end_value() <= b.start_value());
    assert!(b.end_value() <= c.start_value() && c.end_value() <= day.end_value());
    assert!((b.end_value() - b.start_value() - 1.0 / 1440.0).abs() < 1e-9);
    assert!((a.end_value() - a.start_value() - 1.0 / 24.0).abs() < 1e-9);
}

#[test]
fn deep_time_values_are_ordered_and_continue_the_calendar() {
    let v = |s: &str| Moment::parse(s).unwrap();
    let order = [
        "13.8 Ga",
        "4.6 Ga",
        "66 Ma",
        "300 ka",
        "-262144",
        "-262143",
        "-0299",
        "1969-07-20",
        "262142",
        "262143",
        "5000000000",
    ];
    for pair in order.windows(2) {
        let (a, b) = (v(pair[0]), v(pair[1]));
        assert!(a.end_value() <= b.start_value(), "{pair:?}");
        assert!(a.start_value() < a.end_value(), "{pair:?}");
    }
    for raw in order {
        let m = v(raw);
        assert_eq!(year_of_value(m.start_value()), m.year, "{raw}");
        assert_eq!(year_of_value(m.end_value() - 0.5), m.year, "{raw}");
        if m.is_deep() {
            assert_eq!(
                Moment::of_value(m.start_value() + 1.0, Precision::Day),
                m,
                "{raw}"
            );
        }
    }
    assert_eq!(day_label(v("4.6 Ga").start_value()), "4.6 Ga");
    assert_eq!(
        day_label(v("1969-07-20").start_value() + 0.5),
        "20 Jul 1969"
    );
    assert_eq!(
        Moment::of_value(
            v("1934-12-01T16:30").start_value() + 1e-6,
            Precision::Minute
        ),
        v("1934-12-01T16:30")
    );
}

#[test]
fn year_headings_read_bc_and_years_ago() {
    for (raw, heading) in [
        ("-5409-03-01", "5410 BC"),
        ("1937-06", "1937"),
        ("c.0000", "1 BC"),
        ("66 Ma", "66 Ma"),
        ("1934-12-01T16:30", "1934"),
    ] {
        assert_eq!(Moment::parse(raw).unwrap().year_heading(), heading, "{raw}");
    }
    assert!(Precision::Minute.is_point() && Precision::Day.is_point());
    assert!(!Precision::Month.is_point());
}

/// Dates in another language come from its catalogue: month names and their forms, the
/// day's ordinal, "circa", BC and deep time, and the language's plural forms and digits
/// (each test thread has its own language).
#[test]
fn dates_in_other_languages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n");
    // (language, date, label, long label)
    let table: &[(&str, &str, &str, &str)] = &[
        ("fr", "1934-12-01", "1er déc. 1934", "1er décembre 1934"),
        ("fr", "1953-03-05", "5 mars 1953", "5 mars 1953"),
        (
            "fr",
            "1934-12-05T16:30",
            "5 déc. 1934, 16:30",
            "5 décembre 1934, 16:30",
        ),
        ("fr", "1937-08", "août 1937", "août 1937"),
        ("fr", "c.1899", "v. 1899", "vers 1899"),
        ("fr", "-0299", "300 av. J.-C.", "300 av. J.-C."),
        ("fr", "4.5 Ga", "4,5 Ga", "il y a 4,5 milliards d’années"),
        // Russian typography keeps a day with its month, "ок." and "до н. э." with what
        // follows, by no-break spaces.
        ("ru", "1953-03-05", "5\u{a0}мар. 1953", "5\u{a0}марта 1953"),
        ("ru", "1937-08", "авг. 1937", "август 1937"),
        ("ru", "1937-05-22", "22\u{a0}мая 1937", "22\u{a0}мая 1937"),
        ("ru", "1937-05", "май 1937", "май 1937"),
        ("ru", "c.1899", "ок.\u{a0}1899", "около 1899"),
        (
            "ru",
            "-0299",
            "300\u{a0}до\u{a0}н.\u{a0}э.",
            "300\u{a0}до\u{a0}н.\u{a0}э.",
        ),
        (
            "es",
            "1934-12-01",
            "1\u{a0}dic. 1934",
            "1 de diciembre de 1934",
        ),
        ("es", "c.1899", "c.\u{a0}1899", "hacia 1899"),
        ("es", "-0299", "300\u{a0}a.\u{a0}C.", "300\u{a0}a.\u{a0}C."),
        ("de", "1934-12-01", "1. Dez. 1934", "1. Dezember 1934"),
        ("de", "1937-03", "März 1937", "März 1937"),
        ("de", "c.1899", "ca. 1899", "etwa 1899"),
        ("de", "-0299", "300 v. Chr.", "300 v. Chr."),
        ("it", "1934-12-01", "1 dic 1934", "1 dicembre 1934"),
        ("it", "c.1899", "ca. 1899", "circa 1899"),
        ("it", "-0299", "300 a.C.", "300 a.C."),
        ("pl", "1934-12-01", "1 gru 1934", "1 grudnia 1934"),
        ("pl", "1937-05", "maj 1937", "maj 1937"),
        ("pl", "c.1899", "ok. 1899", "około 1899"),
        ("pl", "-0299", "300 p.n.e.", "300 p.n.e."),
        ("uk", "1953-03-05", "5 бер. 1953", "5 березня 1953"),
        ("uk", "1937-05", "трав. 1937", "травень 1937"),
        ("uk", "c.1899", "бл. 1899", "близько 1899"),
        ("uk", "-0299", "300 до н. е.", "300 до н. е."),
        ("ar", "1953-03-05", "5 مارس 1953", "5 مارس 1953"),
        ("ar", "c.1899", "حوالي 1899", "نحو 1899"),
        ("ar", "-0299", "300 ق.م", "300 ق.م"),
    ];
    let mut wrong = Vec::new();
    for &(lang, date, label, long) in table {
        if !dir.join(lang).is_dir() {
            continue;
        }
        let c = crate::i18n::read_catalogue(&dir, lang).unwrap();
        crate::i18n::install(c, crate::i18n::native_locale(lang));
        let m = Moment::parse(date).unwrap();
        // Right to left, values sit in isolates (U+2068…U+2069), as Fluent puts them.
        let plain = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let got = (plain(m.label()), plain(m.long_label()));
        if got != (label.to_string(), long.to_string()) {
            wrong.push(format!("{lang} {date}: {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    let counts: &[(&str, usize, &str)] = &[
        ("fr", 0, "0 événement"),
        ("fr", 2, "2 événements"),
        ("fr", 1200, "1\u{202f}200 événements"),
        ("ru", 1, "1 событие"),
        ("ru", 3, "3 события"),
        ("ru", 5, "5 событий"),
        ("ru", 21, "21 событие"),
        ("de", 1, "1 Ereignis"),
        ("de", 2, "2 Ereignisse"),
        ("it", 1, "1 evento"),
        ("it", 2, "2 eventi"),
        ("pl", 1, "1 wydarzenie"),
        ("pl", 2, "2 wydarzenia"),
        ("pl", 5, "5 wydarzeń"),
        ("pl", 22, "22 wydarzenia"),
        ("uk", 1, "1 подія"),
        ("uk", 3, "3 події"),
        ("uk", 5, "5 подій"),
        ("uk", 21, "21 подія"),
        // Arabic has all six of CLDR's forms.
        ("ar", 0, "لا أحداث"),
        ("ar", 1, "حدث واحد"),
        ("ar", 2, "حدثان"),
        ("ar", 3, "3 أحداث"),
        ("ar", 11, "11 حدثًا"),
        ("ar", 100, "100 حدث"),
    ];
    for &(lang, n, text) in counts {
        let c = crate::i18n::read_catalogue(&dir, lang).unwrap();
        crate::i18n::install(c, crate::i18n::native_locale(lang));
        if crate::words::events(n) != text {
            wrong.push(format!("{lang} {n}: {:?}", crate::words::events(n)));
        }
    }
    crate::i18n::install(
        crate::i18n::read_catalogue(&dir, "fr").unwrap(),
        crate::i18n::native_locale("fr"),
    );
    let aug = Moment::parse("1937-08").unwrap();
    let nov = Moment::parse("1937-11").unwrap();
    assert_eq!(crate::date::span_label(&aug, Some(&nov)), "août–nov. 1937");
    // The canonical form the files use never changes with the language.
    assert_eq!(Moment::parse("4.5 Ga").unwrap().to_iso(), "4.5 Ga");
    crate::i18n::install(
        crate::i18n::Catalogue::english(),
        crate::i18n::native_locale("en"),
    );
}
