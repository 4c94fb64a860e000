//! What one row of a sheet becomes: in TimelineJS's template, an event, the title (a
//! `title` row) or an era (an `era` row), its date read from the Year, Month, Day and Time
//! columns (or a version 1 sheet's Start Date) as TimelineJS reads them; in our own columns,
//! an event. Every problem names its line and column.

use super::{Parts, Row};
use crate::date::Moment;
use crate::import::html::to_text;
use crate::import::timelinejs::{date, legacy_date, Dropped, When};
use crate::model::{RawEra, RawEvent, RawMedia};
use serde_json::{Map, Value};

/// TimelineJS's Time column: "14:30", "2:30 PM", "1430", "14.30", "14:30:15" → hour,
/// minute, second (as `parseTime` reads them).
pub(super) fn parse_time(t: &str) -> Result<(u8, Option<u8>, bool), String> {
    let t = t.trim();
    let lower = t.to_ascii_lowercase();
    let (body, period) = match lower
        .strip_suffix("p.m.")
        .or_else(|| lower.strip_suffix("pm"))
        .map(|b| (b, Some('p')))
        .or_else(|| {
            lower
                .strip_suffix("a.m.")
                .or_else(|| lower.strip_suffix("am"))
                .map(|b| (b, Some('a')))
        }) {
        Some((b, p)) => (b.trim().to_string(), p),
        None => (lower.clone(), None),
    };
    let bad = || crate::t!("sheet-bad-time", value = t);
    let parts: Vec<&str> =
        if body.len() >= 3 && body.len() <= 4 && body.bytes().all(|b| b.is_ascii_digit()) {
            let k = body.len() - 2;
            vec![&body[..k], &body[k..]]
        } else if body.contains(':') {
            body.split(':').collect()
        } else {
            body.split('.').collect()
        };
    if parts.is_empty() || parts.len() > 3 {
        return Err(bad());
    }
    let num = |p: &str| -> Result<u32, String> {
        let p = p.trim();
        let p = p.split(['.', ',']).next().unwrap_or(p);
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || p.len() > 2 {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let mut hour = num(parts[0])?;
    match period {
        Some('p') if hour != 12 => hour += 12,
        Some('a') if hour == 12 => hour = 0,
        _ => {}
    }
    if hour > 23 {
        return Err(crate::t!("date-no-hour", value = t, number = hour));
    }
    let minute = match parts.get(1) {
        Some(m) => {
            let m = num(m)?;
            if m > 59 {
                return Err(crate::t!("date-no-minute", value = t, number = m));
            }
            Some(m as u8)
        }
        None => None,
    };
    // Seconds are dropped (a warning says so) unless they are zero.
    let seconds = parts
        .get(2)
        .is_some_and(|s| s.bytes().any(|b| b.is_ascii_digit() && b != b'0'));
    Ok((hour as u8, minute, seconds))
}

/// A TimelineJS date from the Year/Month/Day/Time columns (or End …), or from a version
/// 1 sheet's Start Date (End Date) column; `Ok(None)` when it has no year.
fn tjs_date(
    row: &Row,
    v1: bool,
    end: bool,
    what: &str,
    parts: &mut Parts,
) -> Result<Option<When>, ()> {
    let cell = |n: &str| row.cell(n);
    let (y, m, d, t) = if end {
        ("end year", "end month", "end day", "end time")
    } else {
        ("year", "month", "day", "time")
    };
    let side = if end { "end" } else { "start" };
    let obj = if v1 {
        let col = if end { "end date" } else { "start date" };
        let path = if end { "End Date" } else { "Start Date" };
        if cell(col).is_empty() {
            return Ok(None);
        }
        match legacy_date(cell(col)) {
            Ok(o) => o,
            Err(message) => {
                row.report(parts, col, path, what, format!("{side}: {message}"));
                return Err(());
            }
        }
    } else {
        if cell(y).is_empty() {
            return Ok(None);
        }
        let mut obj = Map::new();
        for (k, col) in [("year", y), ("month", m), ("day", d)] {
            obj.insert(k.into(), Value::String(cell(col).to_string()));
        }
        let time = cell(t);
        if !time.is_empty() {
            match parse_time(time) {
                Ok((h, mi, seconds)) => {
                    obj.insert("hour".into(), Value::from(h));
                    if let Some(mi) = mi {
                        obj.insert("minute".into(), Value::from(mi));
                    }
                    if seconds {
                        obj.insert("second".into(), Value::from(1));
                    }
                }
                Err(message) => {
                    let path = if end { "End Time" } else { "Time" };
                    row.report(parts, t, path, what, format!("{side}: {message}"));
                    return Err(());
                }
            }
        }
        Value::Object(obj)
    };
    match date(&obj) {
        Ok((
            w,
            Dropped {
                seconds,
                dayless_time,
            },
        )) => {
            if seconds {
                parts.seconds.add(|| format!("{what} (line {})", row.line));
            }
            if dayless_time {
                parts
                    .dayless_times
                    .add(|| format!("{what} (line {})", row.line));
            }
            Ok(Some(w))
        }
        Err((field, message)) => {
            let (col, path) = match (field, end, v1) {
                (_, false, true) => ("start date", "Start Date"),
                (_, true, true) => ("end date", "End Date"),
                ("year", false, _) => (y, "Year"),
                ("month", false, _) => (m, "Month"),
                ("day", false, _) => (d, "Day"),
                ("hour" | "minute" | "second" | "millisecond", false, _) => (t, "Time"),
                ("year", true, _) => (y, "End Year"),
                ("month", true, _) => (m, "End Month"),
                ("hour" | "minute" | "second" | "millisecond", true, _) => (t, "End Time"),
                _ => (d, "End Day"),
            };
            row.report(parts, col, path, what, format!("{side}: {message}"));
            Err(())
        }
    }
}

pub(super) fn timelinejs_row(row: &Row, v1: bool, parts: &mut Parts) {
    let cell = |n: &str| row.cell(n);
    let line = row.line;
    let headline = to_text(cell("headline"));
    let body = to_text(cell("text"));
    let what = if headline.is_empty() {
        crate::t!("sheet-row", line = line)
    } else {
        format!("\"{}\"", headline.chars().take(60).collect::<String>())
    };
    let media = |parts: &mut Parts, what: &str| {
        let text = |n: &str| Some(to_text(cell(n))).filter(|s| !s.is_empty());
        parts.media(
            RawMedia {
                url: Some(cell("media").to_string()).filter(|s| !s.is_empty()),
                quote: None,
                caption: text("media caption"),
                credit: text("media credit"),
                alt: text("alt text"),
                thumbnail: Some(cell("media thumbnail").to_string()).filter(|s| !s.is_empty()),
            },
            what,
        )
    };
    let kind = cell("type").to_ascii_lowercase();
    if kind == "title" && parts.title.is_empty() {
        parts.title = headline;
        parts.subtitle = body;
        parts.media = media(parts, "the title");
        return;
    }
    let (Ok(start), Ok(end)) = (
        tjs_date(row, v1, false, &what, parts),
        tjs_date(row, v1, true, &what, parts),
    ) else {
        return;
    };
    let start = match start {
        Some(When::Date(d)) => d,
        Some(When::TooFar(y)) => {
            parts.too_far.add(|| {
                format!(
                    "{}: {y}",
                    crate::t!("import-at-line", what = what.as_str(), line = line)
                )
            });
            return;
        }
        None if kind == "era" => {
            let message = crate::t!("sheet-era-no-year");
            row.report(
                parts,
                if v1 { "start date" } else { "year" },
                "Year",
                &what,
                message,
            );
            return;
        }
        None => {
            parts
                .undated
                .add(|| crate::t!("import-at-line", what = what.as_str(), line = line));
            return;
        }
    };
    let end = match end {
        Some(When::Date(d)) if d == start => None,
        Some(When::Date(d)) => Some(d),
        Some(When::TooFar(y)) => {
            parts.too_far.add(|| {
                crate::t!(
                    "import-ending",
                    what = crate::t!("import-at-line", what = what.as_str(), line = line),
                    year = y.to_string()
                )
            });
            return;
        }
        None => None,
    };
    if kind == "era" {
        let Some(end) = end else {
            let message = crate::t!("sheet-era-no-end-year");
            row.report(
                parts,
                if v1 { "end date" } else { "end year" },
                "End Year",
                &what,
                message,
            );
            return;
        };
        let label = if headline.is_empty() {
            crate::t!("import-era-line", line = line)
        } else {
            headline
        };
        parts.eras.push(RawEra {
            id: parts
                .era_ids
                .unique(&crate::import::slug(&label), &format!("era-{line}")),
            label,
            start: start.to_iso(),
            end: end.to_iso(),
            note: None,
            sources: Vec::new(),
        });
        return;
    }
    let display = Some(to_text(cell("display date"))).filter(|s| !s.is_empty());
    let (start, end, display) = match display {
        Some(d) if d == format!("c. {}", crate::date::span_label(&start, end.as_ref())) => {
            let circa = |m: Moment| Moment { circa: true, ..m };
            (circa(start), end.map(circa), None)
        }
        d => (start, end, d),
    };
    let title = if headline.is_empty() {
        display.clone().unwrap_or_else(|| start.label())
    } else {
        headline
    };
    let media = media(parts, &format!("\"{title}\""));
    let group = to_text(if cell("group").is_empty() {
        cell("tag")
    } else {
        cell("group")
    });
    push(
        parts, row, title, start, end, display, body, &group, "", media,
    );
}

pub(super) fn plain_row(row: &Row, parts: &mut Parts) {
    let cell = |n: &str| row.cell(n);
    let title = cell("title").to_string();
    let what = if title.is_empty() {
        crate::t!("sheet-row", line = row.line)
    } else {
        format!("\"{}\"", title.chars().take(60).collect::<String>())
    };
    let date = |parts: &mut Parts, col: &'static str| -> Result<Option<Moment>, ()> {
        let raw = cell(col);
        if raw.is_empty() {
            return Ok(None);
        }
        Moment::parse(raw).map(Some).map_err(|e| {
            row.report(
                parts,
                col,
                col,
                &what,
                crate::t!("problem-date", field = col, reason = e),
            );
        })
    };
    let (Ok(start), Ok(end)) = (date(parts, "start"), date(parts, "end")) else {
        return;
    };
    let Some(start) = start else {
        row.report(parts, "start", "start", &what, crate::t!("sheet-no-start"));
        return;
    };
    let display = Some(cell("display_date").to_string()).filter(|s| !s.is_empty());
    let summary = cell("summary").to_string();
    let group = cell("category").to_string();
    push(
        parts,
        row,
        title,
        start,
        end,
        display,
        summary,
        &group,
        cell("id"),
        None,
    );
}

#[allow(clippy::too_many_arguments)]
fn push(
    parts: &mut Parts,
    row: &Row,
    title: String,
    start: Moment,
    end: Option<Moment>,
    display_date: Option<String>,
    summary: String,
    group: &str,
    id: &str,
    media: Option<RawMedia>,
) {
    let categories = if group.is_empty() {
        Vec::new()
    } else {
        vec![parts.group(group)]
    };
    let id = parts.event_id(id, &title, &start, &format!("row-{}", row.line));
    parts.push_event(
        RawEvent {
            id,
            title,
            start: start.to_iso(),
            end: end.map(|d| d.to_iso()),
            display_date,
            summary,
            categories,
            people: Vec::new(),
            citations: Vec::new(),
            disputes: Vec::new(),
            note: None,
            media,
        },
        (row.line, 1),
    );
}
