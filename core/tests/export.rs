//! Export (issue §3): TimelineJS JSON that TimelineJS loads as it is (checked against the
//! rules of its loader, `TimelineConfig` and `TLDate` in node_modules/@knight-lab/
//! timelinejs), TimelineJS's spreadsheet template, and our own JSON; each imported again
//! gives the same events, dates (with their precision), groups and eras. Shipped data,
//! TimelineJS's own example files and this project's import fixtures.

use serde_json::Value;
use std::collections::HashSet;
use std::path::PathBuf;
use timeline_core::export::{to_json, to_timelinejs, to_timelinejs_csv};
use timeline_core::import::{self, Format};
use timeline_core::{load, load_with, Moment, Rules, Scale, Timeline};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(rel: &str) -> String {
    let p = root().join(rel);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e} (run npm ci)", p.display()))
}

fn shipped() -> Timeline {
    load(&read("data/events.json")).unwrap()
}

/// Timelines to export: the shipped one, TimelineJS's examples, the import fixtures.
fn timelines() -> Vec<(String, Timeline)> {
    let mut out = vec![("data/events.json".to_string(), shipped())];
    let tjs = "node_modules/@knight-lab/timelinejs/src";
    for f in [
        "template/all-media-types.json",
        "template/cosmo-mixed.json",
        "template/cosmo.json",
        "template/eras.json",
        "template/my-own-timeline.csv",
        "js/core/__tests__/women_in_computing.csv",
    ] {
        let rel = format!("{tjs}/{f}");
        out.push((rel.clone(), import::open(&read(&rel), f).unwrap().0));
    }
    for f in [
        "same-day.json",
        "same-day.csv",
        "media.json",
        "timelinejs2.json",
        "slides.json",
        "class-timeline.json",
        "non-latin.json",
        "case-groups.csv",
    ] {
        let rel = format!("tests/fixtures/import/{f}");
        out.push((rel.clone(), import::open(&read(&rel), f).unwrap().0));
    }
    out
}

/// An event as the round trip must keep it: title, dates (precision, time, circa) and
/// group (its first category's name).
fn gist(t: &Timeline) -> Vec<(String, Moment, Option<Moment>, Option<String>)> {
    let mut v: Vec<_> = t
        .events
        .iter()
        .map(|e| {
            // An approximate date with a display date of its own keeps the display date
            // and loses its "circa" (TimelineJS has one field for both; the notice says
            // so, see `a_lost_circa_is_said`).
            let plain = |d: Moment| Moment {
                circa: d.circa && e.display_date.is_none(),
                ..d
            };
            (
                e.title.clone(),
                plain(e.start),
                e.end.map(plain),
                e.categories.first().map(|&c| t.categories[c].label.clone()),
            )
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.to_iso().cmp(&b.1.to_iso())));
    v
}

fn eras(t: &Timeline) -> Vec<(String, Moment, Moment)> {
    t.eras
        .iter()
        .map(|e| (e.label.clone(), e.start, e.end))
        .collect()
}

/// The rules TimelineJS 3 applies when it loads a JSON file (TimelineConfig's
/// constructor, addEvent, addEra, _processDates, validate; TLDate._getDateData): the
/// problems it would have with `doc`, empty if none.
fn timelinejs_would_refuse(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let Some(events) = doc["events"].as_array() else {
        return vec!["no events list".into()];
    };
    if events.is_empty() {
        out.push("Timeline configuration has no events.".into());
    }
    // _getDateData: every part, trimmed, matches /^-?\d*$/; numbers are read as empty.
    let date_ok = |d: &Value, what: &str, out: &mut Vec<String>| {
        let Some(o) = d.as_object() else {
            out.push(format!("{what}: not an object"));
            return;
        };
        for part in [
            "year",
            "month",
            "day",
            "hour",
            "minute",
            "second",
            "millisecond",
        ] {
            match o.get(part) {
                None => {}
                Some(Value::String(s)) => {
                    let s = s.trim();
                    let body = s.strip_prefix('-').unwrap_or(s);
                    if !body.bytes().all(|b| b.is_ascii_digit()) {
                        out.push(format!("{what}.{part} = {s:?}"));
                    }
                }
                Some(other) => out.push(format!("{what}.{part} is {other}, not a string")),
            }
        }
        if o.get("year")
            .and_then(Value::as_str)
            .is_none_or(|y| y.trim().is_empty())
        {
            out.push(format!("{what}: no year"));
        }
    };
    let mut ids = HashSet::new();
    for (k, e) in events.iter().enumerate() {
        let what = format!("events[{k}]");
        // addEvent skips an event without a start date: ours must all have one.
        match e.get("start_date") {
            Some(d) => date_ok(d, &format!("{what}.start_date"), &mut out),
            None => out.push(format!("{what}: no start_date (TimelineJS would skip it)")),
        }
        if let Some(end) = e.get("end_date") {
            date_ok(end, &format!("{what}.end_date"), &mut out);
            // _processDates drops an end date equal to the start on the start's parts.
            let start = e["start_date"].as_object().unwrap();
            if start.iter().all(|(k, v)| end.get(k) == Some(v)) {
                out.push(format!(
                    "{what}: end_date would be dropped as the same as start_date"
                ));
            }
        }
        let id = e["unique_id"].as_str().unwrap_or("");
        if id.trim().is_empty() || !ids.insert(id.to_string()) {
            out.push(format!(
                "{what}: unique_id {id:?} missing or repeated (TimelineJS renames it)"
            ));
        }
        if !e["text"].is_object() {
            out.push(format!("{what}: no text object"));
        }
    }
    for (k, era) in doc["eras"].as_array().into_iter().flatten().enumerate() {
        let what = format!("eras[{k}]");
        for key in ["start_date", "end_date"] {
            match era.get(key) {
                Some(d) => date_ok(d, &format!("{what}.{key}"), &mut out),
                None => out.push(format!("{what}: All eras must have start and end dates.")),
            }
        }
        if era["text"]["headline"].as_str().is_none() {
            out.push(format!("{what}: addEra reads text.headline"));
        }
    }
    if let Some(title) = doc.get("title") {
        if !title["text"].is_object() {
            out.push("title: no text".into());
        }
    }
    out
}

#[test]
fn timelinejs_json_loads_in_timelinejs_and_comes_back_the_same() {
    for (name, t) in timelines() {
        let out = to_timelinejs(&t);
        let doc: Value = serde_json::from_str(&out.text).unwrap();
        let refused = timelinejs_would_refuse(&doc);
        assert!(refused.is_empty(), "{name}: {refused:#?}");
        // TimelineJS picks its cosmological scale for years beyond its JavaScript dates.
        assert_eq!(
            doc["scale"].as_str() == Some("cosmological"),
            t.scale == Scale::DeepTime,
            "{name}"
        );
        let (back, f) =
            import::open(&out.text, "export.json").unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(f, Format::TimelineJs);
        assert_eq!(gist(&back), gist(&t), "{name}");
        assert_eq!(eras(&back), eras(&t), "{name}");
        assert_eq!(back.title, t.title, "{name}");
        // Ids travel as unique_id.
        let ids = |t: &Timeline| {
            t.events
                .iter()
                .map(|e| e.id.clone())
                .collect::<HashSet<_>>()
        };
        assert_eq!(ids(&back), ids(&t), "{name}");
        assert_eq!(back.scale, t.scale, "{name}");
        assert_eq!(
            back.events.iter().filter(|e| e.media.is_some()).count(),
            t.events.iter().filter(|e| e.media.is_some()).count(),
            "{name}"
        );
    }
}

#[test]
fn what_timelinejs_cannot_hold_becomes_readable_lines_and_the_notice_says_so() {
    let t = shipped();
    let out = to_timelinejs(&t);
    for needle in [
        "The citations of",
        "The disputes of",
        "The editors' notes of",
        "The people of",
        "TimelineJS has no place for the list of sources",
        "the tours",
    ] {
        assert!(
            out.notice.iter().any(|n| n.contains(needle)),
            "{needle} not in {:#?}",
            out.notice
        );
    }
    let (back, _) = import::open(&out.text, "x.json").unwrap();
    let cited = t.events.iter().find(|e| !e.disputes.is_empty()).unwrap();
    let text = &back.events[back.event_index(&cited.id).unwrap()].summary;
    assert!(text.starts_with(cited.summary.trim()), "{text}");
    assert!(text.contains("What the sources say:"), "{text}");
    let c = &cited.citations[0];
    assert!(
        text.contains(&format!(
            "({}, paragraph {}): {}",
            c.section, c.paragraph, c.says
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("Sources differ on {}: ", cited.disputes[0].about)),
        "{text}"
    );
    assert!(back.subtitle.contains("Sources:"), "{}", back.subtitle);
    // Markup in our text stays text there and back.
    let mut raw: Value = serde_json::from_str(&read("data/events.json")).unwrap();
    raw["events"][0]["title"] = "<b>Bold</b> & \"quoted\"".into();
    raw["events"][0]["summary"] =
        "One <script>x</script>.\nTwo https://en.wikipedia.org/wiki/Hijra_(Islam).\n\nThree".into();
    let t = load(&raw.to_string()).unwrap();
    let e = t
        .events
        .iter()
        .find(|e| e.title.starts_with("<b>"))
        .unwrap();
    let (back, _) = import::open(&to_timelinejs(&t).text, "x.json").unwrap();
    let b = &back.events[back.event_index(&e.id).unwrap()];
    assert_eq!(b.title, e.title);
    assert!(b.summary.starts_with(&e.summary), "{:?}", b.summary);
}

#[test]
fn the_spreadsheet_comes_back_the_same() {
    for (name, t) in timelines() {
        let out = to_timelinejs_csv(&t);
        let header = out.text.lines().next().unwrap();
        assert!(header.starts_with("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"), "{header}");
        assert_eq!(import::detect(&out.text), Format::TimelineJsCsv, "{name}");
        let (back, _) =
            import::open(&out.text, "export.csv").unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(gist(&back), gist(&t), "{name}");
        assert_eq!(eras(&back), eras(&t), "{name}");
        assert_eq!(back.title, t.title, "{name}");
        assert!(out
            .notice
            .iter()
            .any(|n| n.contains("no column for event ids")));
    }
}

#[test]
fn our_own_json_loses_nothing() {
    for (name, t) in timelines() {
        let out = to_json(&t);
        assert!(out.notice.is_empty());
        let mut back =
            load_with(&out.text, Rules::Open).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        back.warnings = t.warnings.clone();
        back.base = t.base.clone();
        assert_eq!(back, t, "{name}");
    }
    // The shipped data keeps its strict rules too, and its default window.
    let t = shipped();
    let back = load(&to_json(&t).text).unwrap();
    assert_eq!(back, t);
}

#[test]
fn a_lost_circa_is_said() {
    let t = timeline_core::load(include_str!("../../data/events.json")).unwrap();
    let lost = t
        .events
        .iter()
        .filter(|e| e.is_circa() && e.display_date.is_some())
        .count();
    assert!(
        lost > 0,
        "the shipped data has approximate dates with display dates"
    );
    for out in [to_timelinejs(&t), to_timelinejs_csv(&t)] {
        assert!(
            out.notice
                .iter()
                .any(|n| n.contains(&format!("{lost} approximate date"))),
            "{:?}",
            out.notice
        );
    }
}
