//! TimelineJS's JSON → our dataset. Reads both shapes (`{title, events, eras}` and the
//! older `{"timeline": {…}}`) leniently, as TimelineJS does: years, months and days as
//! numbers or strings, any other fields ignored. Precision is kept (a year stays a year),
//! `display_date` is kept for the label, `group` becomes a category, `unique_id` the id,
//! the title slide the title and subtitle, eras eras; text fields go through
//! [`super::html::to_text`], and media and background addresses become "Media: …" lines.

use super::html::{safe_link, to_text};
use super::{group_id, problem, slug, Ids, Imported, Parts};
use crate::date::{HistDate, MAX_YEAR, MIN_YEAR};
use crate::jsonpos::{array, locate, JsonPath};
use crate::model::{RawEra, RawEvent};
use crate::problem::{LoadError, Problem};
use serde_json::Value;

/// Problems located in the text, at most (as the loader's).
const LOCATED: usize = 200;

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// A date field that may be a number or a string; `None` when absent or empty.
fn number(v: &Value, key: &str) -> Option<Result<i64, String>> {
    match v.get(key)? {
        Value::Null => None,
        Value::Number(n) => Some(n.as_i64().ok_or_else(|| n.to_string())),
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s.trim().parse::<i64>().map_err(|_| s.clone())),
        other => Some(Err(other.to_string())),
    }
}

/// What became of a TimelineJS date.
pub(super) enum When {
    Date(HistDate),
    /// Beyond the calendar's range (the year as written).
    TooFar(i64),
}

/// A TimelineJS date object → our date. Negative years count as historians write them
/// (-300 is 300 BC, astronomical year -299).
pub(super) fn date(v: &Value) -> Result<When, (&'static str, String)> {
    let year = match number(v, "year") {
        None => return Err(("year", "has no year".into())),
        Some(Err(s)) => return Err(("year", format!("year {s} is not a whole number"))),
        Some(Ok(y)) => y,
    };
    let astro = if year < 0 { year + 1 } else { year };
    if astro < MIN_YEAR as i64 || astro > MAX_YEAR as i64 {
        return Ok(When::TooFar(year));
    }
    let part = |key: &'static str, max: i64| -> Result<Option<u32>, (&'static str, String)> {
        match number(v, key) {
            None => Ok(None),
            Some(Ok(n)) if (1..=max).contains(&n) => Ok(Some(n as u32)),
            Some(Ok(n)) => Err((key, format!("{key} {n} does not exist"))),
            Some(Err(s)) => Err((key, format!("{key} {s} is not a whole number"))),
        }
    };
    let month = part("month", 12)?;
    let day = if month.is_some() {
        part("day", 31)?
    } else {
        None
    };
    let d = HistDate {
        year: astro as i32,
        month,
        day,
        circa: false,
    };
    // Checks the day exists in its month.
    HistDate::parse(&d.to_iso()).map_err(|e| ("day", e))?;
    Ok(When::Date(d))
}

/// Plain text of a slide's `text.headline` and `text.text`.
fn texts(slide: &Value) -> (String, String) {
    let t = slide.get("text");
    let get = |k| {
        t.and_then(|t| str_of(t, k))
            .map(to_text)
            .unwrap_or_default()
    };
    (get("headline"), get("text"))
}

/// "Media: https://… (caption — credit)" lines for a slide's media and background.
fn media_lines(slide: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(m) = slide.get("media") {
        if let Some(url) = str_of(m, "url").filter(|u| safe_link(u)) {
            let about: Vec<String> = ["caption", "credit"]
                .iter()
                .filter_map(|k| str_of(m, k).map(to_text))
                .filter(|s| !s.is_empty())
                .collect();
            out.push(if about.is_empty() {
                format!("Media: {url}")
            } else {
                format!("Media: {url} ({})", about.join(" — "))
            });
        }
    }
    if let Some(url) = slide
        .get("background")
        .and_then(|b| str_of(b, "url"))
        .filter(|u| safe_link(u))
    {
        out.push(format!("Background: {url}"));
    }
    out
}

/// 1-based line and column of each offset (ascending), counting the text once.
fn positions(text: &str, offsets: &[usize]) -> Vec<(usize, usize)> {
    let (mut line, mut line_start, mut at) = (1, 0, 0);
    let b = text.as_bytes();
    offsets
        .iter()
        .map(|&o| {
            while at < o.min(b.len()) {
                if b[at] == b'\n' {
                    line += 1;
                    line_start = at + 1;
                }
                at += 1;
            }
            (line, text[line_start..o.min(b.len())].chars().count() + 1)
        })
        .collect()
}

pub fn convert(text: &str, name: &str) -> Result<Imported, LoadError> {
    let doc: Value = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    let (tl, root) = match doc.get("timeline") {
        Some(inner) if inner.is_object() => (inner, JsonPath::root().key("timeline")),
        _ => (&doc, JsonPath::root()),
    };
    let Some(events) = tl.get("events").and_then(Value::as_array) else {
        return Err(LoadError::Syntax {
            line: 1,
            column: 1,
            message: "expected a TimelineJS timeline: an object with a list of \"events\" (and \
                      optionally \"title\" and \"eras\"), or {\"timeline\": {…}} around one"
                .into(),
        });
    };
    let mut problems: Vec<Problem> = Vec::new();
    let mut report = |what: String, path: JsonPath, message: String| {
        let at = if problems.len() < LOCATED {
            locate(text, &path).unwrap_or((1, 1))
        } else {
            (0, 0)
        };
        let mut p = problem(&what, path, at, message);
        if at.0 == 0 {
            p.at = None;
        }
        problems.push(p);
    };
    let spans = array(text, &root.key("events"))
        .map(|(_, s)| s)
        .unwrap_or_default();
    let lines = positions(text, &spans.iter().map(|s| s.0).collect::<Vec<_>>());

    let mut ids = Ids::default();
    let mut groups: Vec<String> = Vec::new();
    let mut out_events = Vec::with_capacity(events.len());
    let mut origins = Vec::with_capacity(events.len());
    let mut too_far: Vec<String> = Vec::new();
    for (k, slide) in events.iter().enumerate() {
        let at = root.key("events").at(k);
        let (headline, body) = texts(slide);
        let what = if headline.is_empty() {
            format!("event {}", k + 1)
        } else {
            format!(
                "event \"{}\"",
                headline.chars().take(60).collect::<String>()
            )
        };
        // How a notice names it when it is left out for its date.
        let named = if headline.is_empty() {
            what.clone()
        } else {
            headline.clone()
        };
        let mut read = |key: &'static str| -> Option<Option<When>> {
            let Some(v) = slide.get(key).filter(|v| !v.is_null()) else {
                return Some(None);
            };
            match date(v) {
                Ok(w) => Some(Some(w)),
                Err((field, message)) => {
                    report(
                        what.clone(),
                        at.key(key).key(field),
                        format!("{key} {message}"),
                    );
                    None
                }
            }
        };
        let (Some(start), Some(end)) = (read("start_date"), read("end_date")) else {
            continue;
        };
        let start = match start {
            None => {
                report(
                    what.clone(),
                    at.clone(),
                    "has no start_date: every event needs one".into(),
                );
                continue;
            }
            Some(When::TooFar(y)) => {
                too_far.push(format!("{named} ({y})"));
                continue;
            }
            Some(When::Date(d)) => d,
        };
        let end = match end {
            Some(When::Date(d)) => Some(d),
            Some(When::TooFar(y)) => {
                too_far.push(format!("{named} (ending {y})"));
                continue;
            }
            None => None,
        };
        let display = str_of(slide, "display_date")
            .or_else(|| {
                slide
                    .get("start_date")
                    .and_then(|d| str_of(d, "display_date"))
            })
            .map(to_text);
        let title = if !headline.is_empty() {
            headline.clone()
        } else if !body.is_empty() {
            let words: Vec<&str> = body.split_whitespace().take(10).collect();
            format!("{}…", words.join(" "))
        } else {
            display.clone().unwrap_or_else(|| start.label())
        };
        let mut summary = body;
        for line in media_lines(slide) {
            if !summary.is_empty() {
                summary.push_str("\n\n");
            }
            summary.push_str(&line);
        }
        let group = str_of(slide, "group")
            .map(to_text)
            .filter(|g| !g.is_empty());
        if let Some(g) = &group {
            if !groups.contains(g) {
                groups.push(g.clone());
            }
        }
        let id = ids.unique(
            &slug(str_of(slide, "unique_id").unwrap_or(&title)),
            &format!("event-{}", k + 1),
        );
        out_events.push(RawEvent {
            id,
            title,
            start: start.to_iso(),
            end: end.map(|d| d.to_iso()),
            display_date: display,
            summary,
            categories: group.iter().map(|g| group_id(g)).collect(),
            people: Vec::new(),
            citations: Vec::new(),
            disputes: Vec::new(),
            note: None,
            media: None,
        });
        origins.push(lines.get(k).copied().unwrap_or((0, 0)));
    }

    let mut eras = Vec::new();
    let mut era_ids = Ids::default();
    for (k, slide) in tl
        .get("eras")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let at = root.key("eras").at(k);
        let (headline, _) = texts(slide);
        let what = format!("era {}", k + 1);
        let mut when = |key: &'static str| match slide.get(key).map(date) {
            Some(Ok(When::Date(d))) => Some(d),
            Some(Ok(When::TooFar(_))) => None,
            Some(Err((field, message))) => {
                report(
                    what.clone(),
                    at.key(key).key(field),
                    format!("{key} {message}"),
                );
                None
            }
            None => {
                report(
                    what.clone(),
                    at.clone(),
                    format!("has no {key}: every era needs one"),
                );
                None
            }
        };
        let (Some(start), Some(end)) = (when("start_date"), when("end_date")) else {
            continue;
        };
        eras.push(RawEra {
            id: era_ids.unique(&slug(&headline), &format!("era-{}", k + 1)),
            label: if headline.is_empty() {
                format!("Era {}", k + 1)
            } else {
                headline
            },
            start: start.to_iso(),
            end: end.to_iso(),
            note: None,
            sources: Vec::new(),
        });
    }
    let (title, subtitle) = tl.get("title").map(texts).unwrap_or_default();
    Ok(Parts {
        title,
        subtitle,
        groups,
        eras,
        events: out_events,
        origins,
        too_far,
        problems,
    }
    .finish(name, "event"))
}
