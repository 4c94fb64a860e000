//! A timeline → TimelineJS 3 JSON: the `title` slide, `events` with `start_date`/`end_date`
//! objects of strings, `group`, `unique_id`, `media`, `eras`, and `"scale": "cosmological"`
//! for deep time. Never reads files; builds text.

use super::{
    display_date, esc, extra_lines, full_text, html_of, sources_text, tjs_year, Counts, Exported,
};
use crate::date::Moment;
use crate::model::{RawMedia, Timeline};
use crate::Scale;
use serde_json::{json, Map, Value};

/// A date as TimelineJS's date object, of strings (as its own templates write them).
fn tjs_date(d: &Moment) -> Value {
    let mut o = Map::new();
    o.insert("year".into(), tjs_year(d.year).to_string().into());
    let parts = [
        ("month", d.month.map(|m| m as i64)),
        ("day", d.day.map(|x| x as i64)),
        ("hour", d.hour.map(|x| x as i64)),
        ("minute", d.minute.map(|x| x as i64)),
    ];
    for (k, v) in parts {
        if let Some(v) = v {
            o.insert(k.into(), v.to_string().into());
        }
    }
    Value::Object(o)
}

fn tjs_media(m: &RawMedia) -> Value {
    let mut o = Map::new();
    let url = match (&m.quote, &m.url) {
        (Some(q), _) => format!("<blockquote>{}</blockquote>", html_of(q)),
        (None, Some(u)) => u.clone(),
        (None, None) => String::new(),
    };
    o.insert("url".into(), url.into());
    for (k, v) in [
        ("caption", &m.caption),
        ("credit", &m.credit),
        ("alt", &m.alt),
        ("thumbnail", &m.thumbnail),
    ] {
        if let Some(v) = v {
            let v = if matches!(k, "caption" | "credit") {
                esc(v)
            } else {
                v.clone()
            };
            o.insert(k.into(), v.into());
        }
    }
    Value::Object(o)
}

/// The timeline as TimelineJS 3 JSON, and what could not be expressed.
pub fn to_timelinejs(t: &Timeline) -> Exported {
    let mut counts = Counts::default();
    let events: Vec<Value> = t
        .events
        .iter()
        .map(|e| {
            let mut o = Map::new();
            o.insert("unique_id".into(), e.id.clone().into());
            o.insert("start_date".into(), tjs_date(&e.start));
            if let Some(end) = &e.end {
                o.insert("end_date".into(), tjs_date(end));
            }
            if let Some(d) = display_date(e) {
                o.insert("display_date".into(), esc(&d).into());
            }
            let extra = extra_lines(t, e, &mut counts);
            o.insert(
                "text".into(),
                json!({"headline": esc(&e.title), "text": html_of(&full_text(&e.summary, &extra))}),
            );
            if let Some(&c) = e.categories.first() {
                o.insert("group".into(), esc(&t.categories[c].label).into());
            }
            if let Some(m) = &e.media {
                o.insert("media".into(), tjs_media(m));
            }
            Value::Object(o)
        })
        .collect();
    let eras: Vec<Value> = t
        .eras
        .iter()
        .map(|era| {
            json!({
                "start_date": tjs_date(&era.start),
                "end_date": tjs_date(&era.end),
                "text": {"headline": esc(&era.label)}
            })
        })
        .collect();
    let mut title = Map::new();
    title.insert(
        "text".into(),
        json!({
            "headline": esc(&t.title),
            "text": html_of(&full_text(&t.subtitle, &sources_text(t)))
        }),
    );
    if let Some(m) = &t.media {
        title.insert("media".into(), tjs_media(m));
    }
    let mut doc = Map::new();
    if t.scale == Scale::DeepTime {
        doc.insert("scale".into(), "cosmological".into());
    }
    doc.insert("title".into(), Value::Object(title));
    doc.insert("events".into(), events.into());
    if !eras.is_empty() {
        doc.insert("eras".into(), eras.into());
    }
    Exported {
        text: serde_json::to_string_pretty(&Value::Object(doc)).expect("JSON values serialise")
            + "\n",
        notice: counts.notice(t),
    }
}
