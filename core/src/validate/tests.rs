//! Unit tests of `validate`: every kind of problem, and what a valid file becomes.

use super::*;
use crate::loader::load;

const GOOD: &str = r##"{
      "title": "T",
      "sources": [{"id": "doc", "title": "Doc", "kind": "note", "span": "1930s", "reliability": "r", "sections": ["One"],
                   "author": "Not stated", "date": "1990", "audience": "pupils", "purpose": "revision", "based_on": "nothing shown"}],
      "categories": [{"id": "party", "label": "Party", "colour": "#882255"}],
      "people": [{"id": "kirov", "name": "Kirov"}],
      "eras": [{"id": "e", "label": "E", "start": "1934", "end": "1936", "sources": ["doc"]}],
      "events": [{"id": "a", "title": "A", "start": "1934-12-01", "summary": "S.", "categories": ["party"],
                  "people": ["kirov"], "citations": [{"source": "doc", "section": "One", "paragraph": 1, "says": "x"}]}]
    }"##;

/// Applies `edit` to the good dataset and returns the problems' texts.
fn problems(edit: impl Fn(&mut serde_json::Value)) -> Vec<String> {
    let mut v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
    edit(&mut v);
    match load(&v.to_string()) {
        Ok(_) => vec![],
        Err(LoadError::Invalid(p)) => p.iter().map(|p| p.to_string()).collect(),
        Err(e) => vec![e.to_string()],
    }
}

fn check(edit: impl Fn(&mut serde_json::Value), expected: &[&str]) {
    let got = problems(edit);
    assert_eq!(got.len(), expected.len(), "{got:?}");
    for (g, e) in got.iter().zip(expected) {
        assert!(g.contains(e), "{g:?} lacks {e:?}");
    }
}

#[test]
fn good_dataset_loads() {
    let t = load(GOOD).unwrap();
    assert_eq!(t.events[0].date_label(), "1 Dec 1934");
    assert_eq!(t.eras[0].label, "E");
}

#[test]
fn each_kind_of_problem_is_reported() {
    check(
        |v| v["events"][0]["start"] = "1934-13".into(),
        &["event \"a\" (events[0].start): start: \"1934-13\" has month 13"],
    );
    check(
        |v| v["events"][0]["end"] = "1933".into(),
        &["end 1933 is before start 1934-12-01"],
    );
    check(
        |v| v["events"][0]["categories"][0] = "navy".into(),
        &["unknown category \"navy\""],
    );
    check(
        |v| v["events"][0]["people"][0] = "nobody".into(),
        &["unknown person \"nobody\""],
    );
    check(
        |v| v["events"][0]["citations"] = serde_json::json!([]),
        &["has no source"],
    );
    check(
        |v| v["events"][0]["citations"][0]["source"] = "other".into(),
        &["cites unknown source \"other\""],
    );
    check(
        |v| v["events"][0]["citations"][0]["section"] = "Two".into(),
        &["section \"Two\""],
    );
    check(
        |v| v["events"][0]["id"] = "Not A Slug".into(),
        &["must be a slug"],
    );
    check(
        |v| v["categories"][0]["colour"] = "red".into(),
        &["colour \"red\""],
    );
    check(
        |v| v["eras"][0]["sources"] = serde_json::json!([]),
        &["every era must cite"],
    );
    check(
        |v| {
            v["events"][0]["disputes"] = serde_json::json!([{"about": "date", "claims": [{"value": "x", "sources": ["doc"]}]}])
        },
        &["needs at least two claims"],
    );
    check(
        |v| {
            v["events"][0]["disputes"] = serde_json::json!([{"about": "date", "claims": [
                    {"value": "x", "sources": ["doc"]}, {"value": "y", "sources": ["elsewhere"]}]}])
        },
        &["names source \"elsewhere\", which the event does not cite"],
    );
}

#[test]
fn a_document_contradicting_itself_is_cited_at_both_passages() {
    let two_values = serde_json::json!([{"about": "date", "claims": [
            {"value": "1934", "sources": ["doc"]}, {"value": "1935", "sources": ["doc"]}]}]);
    check(
            |v| v["events"][0]["disputes"] = two_values.clone(),
            &["(events[0].disputes[0].claims): dispute about \"date\" has source \"doc\" give two values, but the event cites one passage of it"],
        );
    check(
        |v| {
            v["events"][0]["disputes"] = two_values.clone();
            let second =
                serde_json::json!({"source": "doc", "section": "One", "paragraph": 2, "says": "y"});
            v["events"][0]["citations"]
                .as_array_mut()
                .unwrap()
                .push(second);
        },
        &[],
    );
}

#[test]
fn blank_text_that_the_screen_would_show_is_a_problem() {
    check(
        |v| v["eras"][0]["label"] = " ".into(),
        &["(eras[0].label): label is empty"],
    );
    check(
        |v| v["sources"][0]["kind"] = "".into(),
        &["(sources[0].kind): kind is empty"],
    );
    check(
        |v| v["sources"][0]["span"] = "".into(),
        &["(sources[0].span): span is empty"],
    );
    check(
        |v| v["sources"][0]["reliability"] = "".into(),
        &["(sources[0].reliability): reliability is empty"],
    );
    check(
        |v| {
            v["tours"] = serde_json::json!([{"id": "t", "title": "T", "description": " ", "steps": [
                    {"event": "a", "note": "Look."}]}])
        },
        &["(tours[0].description): description is empty"],
    );
    check(
        |v| {
            v["events"][0]["disputes"] = serde_json::json!([{"about": "", "claims": [
                    {"value": "x", "sources": ["doc"]}, {"value": "  ", "sources": ["doc"]}]}]);
            // Two values from one document: each has its passage.
            let second =
                serde_json::json!({"source": "doc", "section": "One", "paragraph": 2, "says": "y"});
            v["events"][0]["citations"]
                .as_array_mut()
                .unwrap()
                .push(second);
        },
        &[
            "(events[0].disputes[0].about): about is empty",
            "(events[0].disputes[0].claims[1].value): value is empty",
        ],
    );
}

#[test]
fn who_a_source_is_is_required_by_the_strict_rules_only() {
    let fields = ["author", "date", "audience", "purpose", "based_on"];
    for field in fields {
        check(
            |v| {
                v["sources"][0].as_object_mut().unwrap().remove(field);
            },
            &[&format!("(sources[0].{field}): {field} is missing")],
        );
        check(
            |v| v["sources"][0][field] = " ".into(),
            &[&format!(
                "(sources[0].{field}): {field} is empty (write \"Not stated\""
            )],
        );
    }
    // A class's own file may leave them all out, but not give one blank.
    let mut v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
    for field in fields {
        v["sources"][0].as_object_mut().unwrap().remove(field);
    }
    assert!(crate::load_with(&v.to_string(), Rules::Open).is_ok());
    v["sources"][0]["purpose"] = "".into();
    let Err(LoadError::Invalid(p)) = crate::load_with(&v.to_string(), Rules::Open) else {
        panic!("a blank purpose loaded")
    };
    assert_eq!(p.len(), 1);
    assert!(
        p[0].to_string()
            .contains("purpose is empty (leave it out if the document does not say)"),
        "{}",
        p[0]
    );
}

#[test]
fn problems_are_located_by_line_and_column() {
    let text = GOOD.replace("\"says\": \"x\"", "\"says\": \" \"");
    let Err(LoadError::Invalid(p)) = load(&text) else {
        panic!("loaded")
    };
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].path.to_string(), "events[0].citations[0].says");
    let (line, column) = p[0].at.unwrap();
    let line_text = text.lines().nth(line - 1).unwrap();
    assert!(
        line_text
            .chars()
            .skip(column - 1)
            .collect::<String>()
            .starts_with("\" \""),
        "{line_text}"
    );
    assert!(p[0]
        .to_string()
        .starts_with(&format!("line {line}, column {column}: event \"a\"")));
}

#[test]
fn a_default_window_outside_the_events_opens_on_all_of_them() {
    let mut v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
    v["default_window"] = serde_json::json!({"from": "0001", "to": "0002"});
    let t = load(&v.to_string()).unwrap();
    assert_eq!(t.default_window, t.extent);
    assert_eq!(t.warnings.len(), 1);
    assert!(t.warnings[0].contains("0001–0002"), "{:?}", t.warnings);
    v["default_window"] = serde_json::json!({"from": "1934", "to": "1935"});
    assert!(load(&v.to_string()).unwrap().warnings.is_empty());
}

#[test]
fn equal_dates_keep_the_file_order_and_times_order_a_day() {
    let events = |list: &[(&str, &str)]| {
        let evs: Vec<_> = list
            .iter()
            .map(|(id, start)| serde_json::json!({"id": id, "title": id, "start": start}))
            .collect();
        let text = serde_json::json!({"title": "T", "events": evs}).to_string();
        let t = crate::load_with(&text, Rules::Open).unwrap();
        t.events.iter().map(|e| e.id.clone()).collect::<Vec<_>>()
    };
    // Same day, no time: the file's order, not the ids'.
    assert_eq!(
        events(&[
            ("zeta", "1934-12-01"),
            ("alpha", "1934-12-01"),
            ("mid", "1934-12-01")
        ]),
        ["zeta", "alpha", "mid"]
    );
    // Times of day order one day; a day without a time comes before its hours.
    assert_eq!(
        events(&[
            ("evening", "1934-12-01T16:30"),
            ("morning", "1934-12-01T09:15"),
            ("that-day", "1934-12-01"),
            ("noon", "1934-12-01T12"),
        ]),
        ["that-day", "morning", "noon", "evening"]
    );
}

#[test]
fn deep_time_years_make_a_deep_time_timeline() {
    let text = r#"{"title": "T", "events": [
            {"id": "big-bang", "title": "Big Bang", "start": "13.8 Ga"},
            {"id": "earth", "title": "Earth", "start": "-4599999999"},
            {"id": "moon", "title": "Moon landing", "start": "1969-07-20T20:17"}],
            "eras": [{"id": "e", "label": "Phanerozoic", "start": "538.8 Ma", "end": "2025", "sources": []}]}"#;
    let t = crate::load_with(text, Rules::Open).unwrap();
    assert_eq!(t.scale, Scale::DeepTime);
    let labels: Vec<_> = t.events.iter().map(|e| e.date_label()).collect();
    assert_eq!(labels, ["13.8 Ga", "4.6 Ga", "20 Jul 1969, 20:17"]);
    assert!(t.extent.0 < -5.0e12 && t.extent.1 > 739_000.0);
    assert_eq!(load(GOOD).unwrap().scale, Scale::Calendar);
    check(
        |v| v["events"][0]["start"] = "-4600000000-01".into(),
        &["a year only"],
    );
}

#[test]
fn media_need_an_address_or_a_quote_and_keep_the_file_address() {
    check(
        |v| {
            v["events"][0]["media"] =
                serde_json::json!({"url": "https://x.org/a.jpg", "quote": "q"})
        },
        &["(events[0].media.quote): media has both a url and a quote"],
    );
    check(
        |v| v["media"] = serde_json::json!({"caption": "c", "url": " "}),
        &["dataset (media): media has neither a url nor a quote"],
    );
    let mut v: serde_json::Value = serde_json::from_str(GOOD).unwrap();
    v["media"] = serde_json::json!({"url": "./cover.jpg", "credit": "Class 7b"});
    v["events"][0]["media"] = serde_json::json!({"url": "https://youtu.be/pi2v1m6gmD8"});
    let text = v.to_string();
    let mut l = crate::Loader::start_with(&text, Rules::Open).unwrap();
    l.set_base(Some("https://school.example.org/7b/timeline.json"));
    let t = l.finish().unwrap();
    assert_eq!(
        t.base.as_deref(),
        Some("https://school.example.org/7b/timeline.json")
    );
    let cover = t.title_media().unwrap();
    assert_eq!(
        cover.kind,
        crate::media::Kind::Image {
            src: "https://school.example.org/7b/cover.jpg".into()
        }
    );
    assert_eq!(cover.credit.as_deref(), Some("Class 7b"));
    assert!(matches!(
        t.event_media(0).unwrap().kind,
        crate::media::Kind::YouTube { .. }
    ));
}

#[test]
fn tours_must_name_real_events() {
    check(
        |v| {
            v["tours"] = serde_json::json!([{"id": "t", "title": "T", "description": "D", "steps": [
                    {"event": "a", "note": "Look."}, {"event": "zzz", "note": ""}]}])
        },
        &["step 2 names unknown event \"zzz\"", "step 2 has no note"],
    );
    check(
        |v| {
            v["tours"] =
                serde_json::json!([{"id": "t", "title": "T", "description": "D", "steps": []}])
        },
        &["has no steps"],
    );
}

#[test]
fn all_problems_are_returned_not_just_the_first() {
    check(
        |v| {
            let e = v["events"][0].clone();
            v["events"].as_array_mut().unwrap().push(e);
            v["events"][0]["summary"] = "".into();
            v["events"][0]["start"] = "soon".into();
        },
        &["summary is empty", "not a date", "duplicate event id"],
    );
}

#[test]
fn syntax_errors_give_line_and_column() {
    match load("{\n  \"title\": \"x\",\n  oops\n}") {
        Err(LoadError::Syntax {
            line,
            column,
            message,
        }) => {
            assert_eq!((line, column), (3, 3));
            assert!(!message.contains("at line"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(load(""), Err(LoadError::Syntax { .. })));
    assert!(matches!(load("[]"), Err(LoadError::Syntax { .. })));
}

#[test]
fn never_panics_on_arbitrary_text() {
    let mut seed = 42u64;
    let alphabet: Vec<char> = "{}[]\",:0123456789-abc.#\n ".chars().collect();
    for n in 0..3000 {
        let len = n % 64;
        let s: String = (0..len)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                alphabet[(seed >> 33) as usize % alphabet.len()]
            })
            .collect();
        let _ = load(&s);
    }
    // Every date field mangled at once.
    let _ = problems(|v| {
        v["events"][0]["start"] = "9999-99-99".into();
        v["eras"][0]["end"] = "c.".into();
    });
}
