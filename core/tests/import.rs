//! Import of teachers' timelines, tested on TimelineJS's own example files (the npm
//! package `@knight-lab/timelinejs`, installed by `npm ci`) and on hostile ones.

use serde_json::Value;
use std::path::PathBuf;
use timeline_core::import::{self, Format};
use timeline_core::{load, load_with, LoadError, Rules, Timeline};

fn tjs(rel: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../node_modules/@knight-lab/timelinejs")
        .join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e} (run npm ci)", p.display()))
}

fn open(text: &str) -> Timeline {
    match import::open(text, "My file") {
        Ok((t, _)) => t,
        Err(LoadError::Invalid(p)) => panic!(
            "{}",
            p.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
        Err(e) => panic!("{e}"),
    }
}

fn problems(text: &str) -> Vec<String> {
    match import::open(text, "f") {
        Ok(_) => panic!("accepted"),
        Err(LoadError::Invalid(p)) => p.iter().map(|p| p.to_string()).collect(),
        Err(e) => vec![e.to_string()],
    }
}

/// (year, month, day) of a TimelineJS date object, as numbers.
fn ymd(d: &Value) -> (i64, Option<u32>, Option<u32>) {
    let n = |k: &str| match d.get(k) {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().parse().ok(),
        _ => None,
    };
    (
        n("year").unwrap(),
        n("month").map(|m| m as u32),
        n("day").map(|d| d as u32),
    )
}

#[test]
fn timelinejs_templates_arrive_with_dates_precision_titles_and_text() {
    for file in ["all-media-types", "cosmo-mixed", "cosmo", "eras"] {
        let text = tjs(&format!("src/template/{file}.json"));
        assert_eq!(import::detect(&text), Format::TimelineJs, "{file}");
        let t = open(&text);
        let doc: Value = serde_json::from_str(&text).unwrap();
        let events = doc["events"].as_array().unwrap();
        for e in events {
            let (y, m, d) = ymd(&e["start_date"]);
            let astro = if y < 0 { y + 1 } else { y };
            let headline = import::html::to_text(e["text"]["headline"].as_str().unwrap_or(""));
            let ours = t
                .events
                .iter()
                .find(|x| {
                    x.title == headline
                        && x.start.year == astro
                        && (x.start.is_deep() || x.start.month == m)
                })
                .unwrap_or_else(|| panic!("{file}: {headline} ({y}) missing"));
            // Years beyond the calendar are deep time: a year only.
            if ours.start.is_deep() {
                assert_eq!(
                    (ours.start.month, ours.start.day),
                    (None, None),
                    "{headline}"
                );
            } else {
                assert_eq!(
                    (ours.start.month, ours.start.day),
                    (m, d),
                    "{file}: {headline}"
                );
            }
            let body = import::html::to_text(e["text"]["text"].as_str().unwrap_or(""));
            assert!(
                ours.summary.starts_with(&body),
                "{file}: {headline}: {}",
                ours.summary
            );
            if let Some(g) = e["group"].as_str() {
                assert_eq!(t.categories[ours.categories[0]].label, g);
            }
            // Media arrive as media, never as text lines.
            assert!(!ours.summary.contains("Media: "), "{}", ours.summary);
            let url = e["media"]["url"].as_str().unwrap_or("");
            assert_eq!(ours.media.is_some(), !url.is_empty(), "{file}: {headline}");
        }
        assert_eq!(t.events.len(), events.len(), "{file}");
        assert!(!t.title.is_empty());
        let deep = matches!(file, "cosmo" | "cosmo-mixed");
        assert_eq!(t.scale == timeline_core::Scale::DeepTime, deep, "{file}");
        if deep {
            let big_bang = t.events.iter().find(|e| e.title == "The Big Bang").unwrap();
            assert_eq!(big_bang.date_label(), "13.8 Ga");
            assert_eq!(big_bang.year_heading(), "13.8 Ga");
            assert!(t.title_media().is_some());
        }
        if file == "eras" {
            assert_eq!(t.eras.len(), 3);
        }
    }
}

#[test]
fn the_older_wrapped_shape_and_numbers_for_dates_are_read() {
    let t = open(
        r#"{"timeline": {"title": {"text": {"headline": "<b>Wrapped</b>", "text": "sub"}},
        "events": [{"start_date": {"year": 622, "month": "08", "day": 9}, "end_date": {"year": "623"},
                    "text": {"headline": "Early", "text": "<p>a</p><p>b</p>"}, "unique_id": "My Event!",
                    "display_date": "Summer 622"},
                   {"start_date": {"year": "-300"}, "text": {"headline": "BC"}},
                   {"start_date": {"year": "1900"}, "text": {"text": "only a text here"}}]}}"#,
    );
    assert_eq!(t.title, "Wrapped");
    assert_eq!(t.subtitle, "sub");
    let e = &t.events[1];
    assert_eq!(
        (e.id.as_str(), e.start.to_iso(), e.end.unwrap().to_iso()),
        ("my-event", "0622-08-09".into(), "0623".into())
    );
    assert_eq!(e.date_label(), "Summer 622");
    assert_eq!(e.summary, "a\n\nb");
    assert_eq!(t.events[0].date_label(), "300 BC");
    assert_eq!(t.events[2].title, "only a text here…");
}

#[test]
fn timelinejs_spreadsheets_arrive_whole() {
    for file in [
        "src/template/my-own-timeline.csv",
        "src/js/core/__tests__/women_in_computing.csv",
    ] {
        let text = tjs(file);
        assert_eq!(import::detect(&text), Format::TimelineJsCsv, "{file}");
        let t = open(&text);
        let mut rdr = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
        let events: Vec<&csv::StringRecord> = rows
            .iter()
            .filter(|r| !r[0].trim().is_empty() && r[15].trim() != "era")
            .collect();
        assert_eq!(t.events.len(), events.len(), "{file}");
        for r in events {
            let e = t
                .events
                .iter()
                .find(|e| e.title == import::html::to_text(&r[9]))
                .unwrap_or_else(|| panic!("{}", &r[9]));
            assert_eq!(e.start.year.to_string(), r[0].trim());
            assert_eq!(
                e.start.month.map(|m| m.to_string()).unwrap_or_default(),
                r[1].trim().trim_start_matches('0')
            );
            assert!(!e.summary.contains('<'), "{}", e.summary);
        }
        assert!(!t.title.is_empty() && t.title != "My file");
    }
}

#[test]
fn html_in_every_field_never_arrives_as_html() {
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">x</a><iframe src=https://e></iframe><p style=\"x\" onclick=\"alert(4)\">ok</p>";
    let json = serde_json::json!({
        "title": {"text": {"headline": evil, "text": evil}},
        "events": [{"start_date": {"year": "1900"}, "text": {"headline": evil, "text": evil}, "group": evil,
                    "media": {"url": "javascript:alert(5)", "caption": evil, "credit": evil},
                    "display_date": evil}],
        "eras": [{"start_date": {"year": "1899"}, "end_date": {"year": "1901"}, "text": {"headline": evil}}]
    })
    .to_string();
    let t = open(&json);
    let mut all = vec![
        t.title.clone(),
        t.subtitle.clone(),
        t.eras[0].label.clone(),
        t.categories[0].label.clone(),
    ];
    for e in &t.events {
        all.extend([e.title.clone(), e.summary.clone(), e.date_label()]);
    }
    for s in all {
        assert!(
            !s.contains('<') && !s.contains("alert") && !s.contains("javascript"),
            "{s}"
        );
        assert!(s.contains("x ok") || s.contains("x\n\nok"), "{s}");
    }
    let csv = format!("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n1900,,,,,,,,,\"{0}\",\"{0}\",javascript:alert(1),,,,,\"{0}\",\n", evil.replace('"', "\"\""));
    let t = open(&csv);
    assert!(!t.events[0].summary.contains("alert") && !t.events[0].title.contains('<'));
}

#[test]
fn broken_files_list_every_problem_with_its_line() {
    let csv =
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text\n\
               1900,13,,,,,,,,Bad month,\n\
               abc,,,,,,,,,Bad year,\n\
               ,,,,,,,,,No year,\n\
               1901,2,30,,,,,,,No such day,\n\
               1902,,,,1901,,,,,Ends first,\n";
    let p = problems(csv);
    // The row without a Year is left out with a notice, as TimelineJS leaves it out.
    assert_eq!(p.len(), 4, "{p:#?}");
    for (k, want) in [
        "line 2, column 2: \"Bad month\" (Month): start: month 13 does not exist",
        "line 3, column 1: \"Bad year\" (Year): start: year abc is not a whole number",
        "line 5, column 3: \"No such day\" (Day): start: ",
        "line 6, column 1: event \"ends-first\"",
    ]
    .iter()
    .enumerate()
    {
        assert!(
            p.iter().any(|x| x.starts_with(want)),
            "{k}: {want} not in {p:#?}"
        );
    }
    // Unbalanced quotes: the rest of the file is one field, and the row says what is missing.
    let p = problems("start,title\n1900,\"never closed\n1901,x\n");
    assert!(p[0].contains("line 2"), "{p:?}");
    // The wrong shape of JSON says what was found and which shapes are read.
    for (wrong, found) in [
        (r#"{"timeline": {"pages": []}}"#, "found {\"timeline\": {…}} with \"pages\" but no list of \"events\", \"slides\" or \"date\""),
        (r#"{"headline": "x", "events": 5}"#, "\"events\" is a number, not a list"),
        (r#"{"timeline": {"date": "1870"}}"#, "\"date\" is a text, not a list"),
        (r#"{"timeline": 3}"#, "\"timeline\" is a number, not an object"),
    ] {
        let p = problems(wrong);
        assert!(p[0].contains(found), "{wrong}: {p:?}");
        assert!(p[0].contains("expected a TimelineJS timeline"), "{p:?}");
    }
    let p = problems(r#"{"name": "not a timeline"}"#);
    assert!(p[0].contains("expected our timeline JSON"), "{p:?}");
    let p = problems("name,age\nx,1\n");
    assert!(p[0].contains("no start or title column"), "{p:?}");
}

#[test]
fn a_plain_csv_of_our_columns() {
    let t = open(
        "\u{feff}id,start,end,title,summary,category,display_date\n\
                  first,1934-12-01,,\"Kirov, shot\",\"Line one\nline two\",Party,\n\
                  ,1936,1938,Great Terror,,Terror,1936–38\n\
                  ,c.1899,,Circa,,Party,\n",
    );
    assert_eq!(t.events.len(), 3);
    let kirov = &t.events[t.event_index("first").unwrap()];
    assert_eq!(
        (kirov.title.as_str(), kirov.summary.as_str()),
        ("Kirov, shot", "Line one\nline two")
    );
    assert_eq!(t.categories.len(), 2);
    assert!(t.event_index("great-terror").is_some());
    assert!(t.events.iter().any(|e| e.start.circa));
}

#[test]
fn own_files_need_no_sources_but_the_shipped_rules_still_do() {
    let text =
        r#"{"title": "Class timeline", "events": [{"id": "a", "title": "A", "start": "1917"}]}"#;
    assert!(load_with(text, Rules::Open).is_ok());
    assert!(load(text).is_err());
    let (t, f) = import::open(text, "x").unwrap();
    assert_eq!((f, t.events[0].citations.len()), (Format::Ours, 0));
}

#[test]
fn fifty_thousand_rows_import() {
    let mut csv = String::from("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n");
    for k in 0..50_000 {
        csv.push_str(&format!(
            "{},{},{},,,,,,,\"Row {k}, \"\"quoted\"\"\",\"<p>Text {k}</p>\",,,,,,Group {},\n",
            1900 + k % 100,
            1 + k % 12,
            1 + k % 28,
            k % 7
        ));
    }
    let t = open(&csv);
    assert_eq!(t.events.len(), 50_000);
    assert_eq!(t.categories.len(), 7);
}
