//! TimelineJS's JSON → our dataset, an event at a time. Reads the shapes TimelineJS has
//! written (`{title, events, eras}`; `{"timeline": {…}}` around it; TimelineJS 1 and 2's
//! `{"timeline": {"headline", "date": [{"startDate": "1870,7,19", "asset": {…}}], "era"}}`;
//! and `slides` where `events` belong) leniently, as TimelineJS does: years, months, days,
//! hours and minutes as numbers or strings, any other fields ignored. Precision is kept (a
//! year stays a year, a time of day stays), `display_date` is kept for the label, `group`
//! (`tag`) becomes a category, `unique_id` the id, the title slide the title, subtitle and
//! title media, eras eras, `media` (`asset`) media; text fields go through
//! [`super::html::to_text`]. A slide without a start date is left out, as TimelineJS
//! leaves it out, and named in a warning. Years beyond the calendar are deep time.

use super::html::to_text;
use super::{problem, Lines, Parts};
use crate::date::{in_calendar, Moment, DEEP_LIMIT};
use crate::jsonpos::{array, locate, JsonPath, Span};
use crate::model::{RawEra, RawEvent, RawMedia};
use crate::problem::{LoadError, Problem};
use serde_json::{Map, Value};

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
        Value::Number(n) => Some(
            n.as_i64()
                .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
                .ok_or_else(|| n.to_string()),
        ),
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => {
            let clean: String = s
                .chars()
                .filter(|c| !c.is_whitespace() && *c != ',')
                .collect();
            Some(clean.parse::<i64>().map_err(|_| s.clone()))
        }
        other => Some(Err(other.to_string())),
    }
}

/// What became of a TimelineJS date.
pub(super) enum When {
    Date(Moment),
    /// Beyond the years a timeline can show (the year as written).
    TooFar(i64),
}

/// What a date gave up to be read: seconds, or a time of day without a day.
#[derive(Clone, Copy, Default)]
pub(super) struct Dropped {
    pub seconds: bool,
    pub dayless_time: bool,
}

/// A date read, or the field at fault and what is wrong with it.
pub(super) type Dated = Result<(When, Dropped), (&'static str, String)>;

/// A TimelineJS date object → our date. Negative years count as historians write them
/// (-300 is 300 BC, astronomical year -299); years beyond the calendar are deep time (a
/// year only, as TimelineJS's cosmological scale places them).
pub(super) fn date(v: &Value) -> Dated {
    let year = match number(v, "year") {
        None => return Err(("year", "has no year".into())),
        Some(Err(s)) => return Err(("year", format!("year {s} is not a whole number"))),
        Some(Ok(y)) => y,
    };
    let astro = if year < 0 { year + 1 } else { year };
    if astro.abs() > DEEP_LIMIT {
        return Ok((When::TooFar(year), Dropped::default()));
    }
    let year_only = Moment {
        year: astro,
        month: None,
        day: None,
        hour: None,
        minute: None,
        circa: false,
    };
    if !in_calendar(astro) {
        return Ok((When::Date(year_only), Dropped::default()));
    }
    let part =
        |key: &'static str, lo: i64, hi: i64| -> Result<Option<i64>, (&'static str, String)> {
            match number(v, key) {
                None => Ok(None),
                Some(Ok(n)) if (lo..=hi).contains(&n) => Ok(Some(n)),
                Some(Ok(n)) => Err((key, format!("{key} {n} does not exist"))),
                Some(Err(s)) => Err((key, format!("{key} {s} is not a whole number"))),
            }
        };
    let month = part("month", 1, 12)?;
    let day = if month.is_some() {
        part("day", 1, 31)?
    } else {
        None
    };
    let hour = part("hour", 0, 23)?;
    let minute = if hour.is_some() {
        part("minute", 0, 59)?
    } else {
        None
    };
    let second = part("second", 0, 59)?.unwrap_or(0) + part("millisecond", 0, 999)?.unwrap_or(0);
    let mut dropped = Dropped::default();
    let (hour, minute) = match (day, hour) {
        (Some(_), Some(h)) => {
            dropped.seconds = second > 0;
            (Some(h as u8), minute.map(|m| m as u8))
        }
        (None, Some(_)) => {
            dropped.dayless_time = true;
            (None, None)
        }
        _ => (None, None),
    };
    let d = Moment {
        month: month.map(|m| m as u32),
        day: day.map(|d| d as u32),
        hour,
        minute,
        ..year_only
    };
    // Checks the day exists in its month.
    Moment::parse(&d.to_iso()).map_err(|e| ("day", e))?;
    Ok((When::Date(d), dropped))
}

/// A date as TimelineJS 1 and 2 (and version 1 spreadsheets) write it: "1870,7,19",
/// "1870,7,19,14,30", "1870-07-19", "7/19/1870", "-500" → a date object as version 3
/// writes it. A sentence when it is none of these.
pub(super) fn legacy_date(s: &str) -> Result<Value, String> {
    let s = s.trim();
    let mut o = Map::new();
    let put = |o: &mut Map<String, Value>, k: &str, v: &str| {
        if !v.trim().is_empty() {
            o.insert(k.into(), Value::String(v.trim().to_string()));
        }
    };
    const KEYS: [&str; 6] = ["year", "month", "day", "hour", "minute", "second"];
    let numeric = |p: &str| {
        let p = p.trim();
        p.is_empty()
            || p.strip_prefix('-')
                .unwrap_or(p)
                .bytes()
                .all(|b| b.is_ascii_digit())
    };
    if s.contains(',') {
        let parts: Vec<&str> = s.split(',').collect();
        if parts.len() <= 6 && parts.iter().all(|p| numeric(p)) {
            for (k, p) in KEYS.iter().zip(parts) {
                put(&mut o, k, p);
            }
            return Ok(Value::Object(o));
        }
    } else if s.contains('/') {
        // month/day/year or month/year.
        let parts: Vec<&str> = s.split('/').collect();
        if (2..=3).contains(&parts.len()) && parts.iter().all(|p| numeric(p) && !p.is_empty()) {
            let (m, d, y) = match parts.as_slice() {
                [m, d, y] => (*m, *d, *y),
                [m, y] => (*m, "", *y),
                _ => ("", "", ""),
            };
            put(&mut o, "year", y);
            put(&mut o, "month", m);
            put(&mut o, "day", d);
            return Ok(Value::Object(o));
        }
    } else {
        let (date, time) = match s.find(['T', ' ']) {
            Some(k) => (&s[..k], &s[k + 1..]),
            None => (s, ""),
        };
        let (neg, body) = match date.strip_prefix('-') {
            Some(b) => ("-", b),
            None => ("", date),
        };
        let parts: Vec<&str> = body.split('-').collect();
        let times: Vec<&str> = if time.is_empty() {
            Vec::new()
        } else {
            time.trim_end_matches('Z').split(':').collect()
        };
        if !body.is_empty()
            && parts.len() <= 3
            && times.len() <= 3
            && parts
                .iter()
                .chain(&times)
                .all(|p| !p.is_empty() && numeric(p))
        {
            put(&mut o, "year", &format!("{neg}{}", parts[0]));
            for (k, p) in ["month", "day"].iter().zip(&parts[1..]) {
                put(&mut o, k, p);
            }
            for (k, p) in ["hour", "minute", "second"].iter().zip(&times) {
                put(&mut o, k, p);
            }
            return Ok(Value::Object(o));
        }
    }
    Err(format!(
        "\"{s}\" is not a date TimelineJS reads (year,month,day as \"1870,7,19\", or \"1870-07-19\")"
    ))
}

/// The keys of one shape of slide.
struct Shape {
    /// TimelineJS 1 and 2: `startDate` strings, `headline` and `text` on the slide,
    /// `asset`, `tag`, `era`.
    legacy: bool,
}

impl Shape {
    fn start(&self) -> &'static str {
        if self.legacy {
            "startDate"
        } else {
            "start_date"
        }
    }

    fn end(&self) -> &'static str {
        if self.legacy {
            "endDate"
        } else {
            "end_date"
        }
    }

    /// Plain text of a slide's headline and text.
    fn texts(&self, slide: &Value) -> (String, String) {
        let t = if self.legacy {
            Some(slide)
        } else {
            slide.get("text")
        };
        let get = |k| {
            t.and_then(|t| str_of(t, k))
                .map(to_text)
                .unwrap_or_default()
        };
        (get("headline"), get("text"))
    }

    /// The slide's date at `key`: `None` when absent.
    fn date(&self, slide: &Value, key: &'static str) -> Option<Dated> {
        let v = slide.get(key).filter(|v| !v.is_null())?;
        if self.legacy {
            let s = match v {
                Value::String(s) if s.trim().is_empty() => return None,
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                other => other.to_string(),
            };
            return Some(legacy_date(&s).map_err(|e| ("", e)).and_then(|o| date(&o)));
        }
        Some(date(v))
    }

    fn media(&self, slide: &Value) -> Option<RawMedia> {
        let m = slide.get(if self.legacy { "asset" } else { "media" })?;
        let text = |k: &str| str_of(m, k).map(to_text).filter(|s| !s.is_empty());
        Some(RawMedia {
            url: str_of(m, if self.legacy { "media" } else { "url" }).map(str::to_string),
            quote: None,
            caption: text("caption"),
            credit: text("credit"),
            alt: text("alt"),
            thumbnail: str_of(m, "thumbnail").map(str::to_string),
        })
    }

    fn group(&self, slide: &Value) -> Option<String> {
        str_of(slide, if self.legacy { "tag" } else { "group" })
            .map(to_text)
            .filter(|g| !g.is_empty())
    }
}

/// A TimelineJS file being read an event at a time.
pub(super) struct Reader<'a> {
    text: &'a str,
    /// Where the list of events is: `events`, `slides` or `date`, at the top or in
    /// `timeline`.
    list: JsonPath,
    spans: Vec<Span>,
    next: usize,
    shape: Shape,
    lines: Lines<'a>,
}

/// A syntax error at `offset` lines into the text (as the loader reports them).
fn syntax(e: serde_json::Error, line_offset: usize, first_column: usize) -> LoadError {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    LoadError::Syntax {
        line: e.line() + line_offset,
        column: if e.line() == 1 {
            e.column() + first_column - 1
        } else {
            e.column()
        },
        message: full.strip_suffix(&suffix).unwrap_or(&full).to_string(),
    }
}

/// What kind of JSON value `v` is, in words.
fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The keys of an object, quoted, for messages: "\"name\", \"items\"".
fn keys_of(v: &Value) -> String {
    match v.as_object() {
        Some(o) if !o.is_empty() => o
            .keys()
            .take(8)
            .map(|k| format!("\"{k}\""))
            .collect::<Vec<_>>()
            .join(", "),
        Some(_) => "no keys".into(),
        None => kind_of(v).into(),
    }
}

/// Says exactly what the file holds where a TimelineJS timeline was expected.
fn shape_error(doc: &Value) -> LoadError {
    const EXPECTED: &str = "expected a TimelineJS timeline: an object with a list of \"events\" \
        (TimelineJS 3), or {\"timeline\": {…}} around one, or a list of \"date\" in \
        \"timeline\" (TimelineJS 1 and 2)";
    let found = match doc {
        Value::Object(o) => {
            let inner = o.get("timeline");
            let listed = ["events", "slides", "date"].iter().find_map(|k| {
                let v = inner.and_then(|t| t.get(*k)).or_else(|| o.get(*k))?;
                Some(format!("\"{k}\" is {}, not a list", kind_of(v)))
            });
            match (listed, inner) {
                (Some(l), _) => l,
                (None, Some(t @ Value::Object(_))) => format!(
                    "found {{\"timeline\": {{…}}}} with {} but no list of \"events\", \"slides\" or \"date\"",
                    keys_of(t)
                ),
                (None, Some(t)) => format!("\"timeline\" is {}, not an object", kind_of(t)),
                (None, None) => format!(
                    "found an object with {} but no list of \"events\"",
                    keys_of(doc)
                ),
            }
        }
        other => format!("found {} at the top, not an object", kind_of(other)),
    };
    LoadError::Syntax {
        line: 1,
        column: 1,
        message: format!("{found}: {EXPECTED}"),
    }
}

impl<'a> Reader<'a> {
    /// Finds the events, reads everything else (title, eras) into `parts`.
    pub(super) fn start(text: &'a str, parts: &mut Parts) -> Result<Reader<'a>, LoadError> {
        let root = JsonPath::root;
        let candidates = [
            (root().key("events"), false),
            (root().key("timeline").key("events"), false),
            (root().key("slides"), false),
            (root().key("timeline").key("slides"), false),
            (root().key("timeline").key("date"), true),
            (root().key("date"), true),
        ];
        let whole = || -> LoadError {
            match serde_json::from_str::<Value>(text) {
                Err(e) => syntax(e, 0, 1),
                Ok(doc) => shape_error(&doc),
            }
        };
        let Some(((open, close), spans, list, legacy)) = candidates
            .into_iter()
            .find_map(|(path, legacy)| array(text, &path).map(|(a, s)| (a, s, path, legacy)))
        else {
            return Err(whole());
        };
        let rest = [&text[..open], "[]", &text[close..]].concat();
        let doc: Value = serde_json::from_str(&rest).map_err(|_| whole())?;
        let container_path = JsonPath(list.0[..list.0.len() - 1].to_vec());
        let container = match container_path.0.first() {
            Some(_) => &doc["timeline"],
            None => &doc,
        };
        let list_key = match list.0.last() {
            Some(crate::jsonpos::Seg::Key(k)) => *k,
            _ => "events",
        };
        if list_key == "slides" {
            parts.shape = Some(
                "Read the file's \"slides\" as its events (TimelineJS names them \"events\")."
                    .into(),
            );
        } else if legacy {
            parts.shape = Some(
                "Read as the older TimelineJS 1 and 2 format (\"date\", \"startDate\", \"asset\")."
                    .into(),
            );
        }
        let shape = Shape { legacy };
        // The title: a slide of its own (version 3) or the timeline's own fields (1 and 2).
        let title = if legacy {
            Some(container)
        } else {
            container.get("title")
        };
        if let Some(t) = title {
            let (headline, body) = shape.texts(t);
            parts.title = headline;
            parts.subtitle = body;
            if let Some(m) = shape.media(t) {
                parts.media = parts.media(m, "the title");
            }
        }
        let era_key = if legacy { "era" } else { "eras" };
        let mut located = 0;
        let mut report = |parts: &mut Parts, what: String, path: JsonPath, message: String| {
            let at = if located < LOCATED {
                located += 1;
                locate(text, &path)
            } else {
                None
            };
            parts.problems.push(Problem {
                place: what,
                path,
                at,
                message,
            });
        };
        for (k, era) in container
            .get(era_key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let at = container_path.key(era_key).at(k);
            let (headline, _) = shape.texts(era);
            let what = format!("era {}", k + 1);
            let mut when = |parts: &mut Parts, key: &'static str| match shape.date(era, key) {
                Some(Ok((When::Date(d), _))) => Some(d),
                Some(Ok((When::TooFar(_), _))) => {
                    parts.too_far.add(|| format!("{what} \"{headline}\""));
                    None
                }
                Some(Err((field, message))) => {
                    let path = if field.is_empty() {
                        at.key(key)
                    } else {
                        at.key(key).key(field)
                    };
                    report(parts, what.clone(), path, format!("{key} {message}"));
                    None
                }
                None => {
                    report(
                        parts,
                        what.clone(),
                        at.clone(),
                        format!("has no {key}: every era needs one"),
                    );
                    None
                }
            };
            let (Some(start), Some(end)) = (when(parts, shape.start()), when(parts, shape.end()))
            else {
                continue;
            };
            let label = if headline.is_empty() {
                format!("Era {}", k + 1)
            } else {
                headline
            };
            parts.eras.push(RawEra {
                id: parts
                    .era_ids
                    .unique(&super::slug(&label), &format!("era-{}", k + 1)),
                label,
                start: start.to_iso(),
                end: end.to_iso(),
                note: None,
                sources: Vec::new(),
            });
        }
        Ok(Reader {
            text,
            list,
            spans,
            next: 0,
            shape,
            lines: Lines::new(text),
        })
    }

    pub(super) fn progress(&self) -> (usize, usize) {
        (self.next, self.spans.len())
    }

    /// Converts up to `n` more events; true once all are done.
    pub(super) fn step(&mut self, n: usize, parts: &mut Parts) -> Result<bool, LoadError> {
        let end = self.next.saturating_add(n).min(self.spans.len());
        for k in self.next..end {
            let (a, b) = self.spans[k];
            let at = self.lines.of(a);
            let slide: Value =
                serde_json::from_str(&self.text[a..b]).map_err(|e| syntax(e, at.0 - 1, at.1))?;
            self.slide(k, &slide, at, parts);
        }
        self.next = end;
        Ok(self.next == self.spans.len())
    }

    /// One slide → one event in `parts` (or a problem, or a note that it was left out).
    fn slide(&self, k: usize, slide: &Value, at: (usize, usize), parts: &mut Parts) {
        let shape = &self.shape;
        let path = self.list.at(k);
        let (headline, body) = shape.texts(slide);
        let what = if headline.is_empty() {
            format!("event {}", k + 1)
        } else {
            format!(
                "event \"{}\"",
                headline.chars().take(60).collect::<String>()
            )
        };
        // Where a problem inside this slide is: located within its own text.
        let (a, b) = self.spans[k];
        let report = |parts: &mut Parts, sub: JsonPath, message: String| {
            let rel = if parts.problems.len() < LOCATED {
                locate(&self.text[a..b], &sub)
            } else {
                None
            };
            let loc = rel.map(|(l, c)| {
                if l == 1 {
                    (at.0, at.1 + c - 1)
                } else {
                    (at.0 + l - 1, c)
                }
            });
            let mut full = path.clone();
            full.0.extend(sub.0);
            let mut p = problem(&what, full, loc.unwrap_or(at), message);
            p.at = loc;
            parts.problems.push(p);
        };
        let read = |parts: &mut Parts, key: &'static str| -> Result<Option<When>, ()> {
            match shape.date(slide, key) {
                None => Ok(None),
                Some(Ok((w, dropped))) => {
                    if dropped.seconds {
                        parts.seconds.add(|| what.clone());
                    }
                    if dropped.dayless_time {
                        parts.dayless_times.add(|| what.clone());
                    }
                    Ok(Some(w))
                }
                Some(Err((field, message))) => {
                    let sub = JsonPath::root().key(key);
                    let sub = if field.is_empty() {
                        sub
                    } else {
                        sub.key(field)
                    };
                    report(parts, sub, format!("{key} {message}"));
                    Err(())
                }
            }
        };
        let (Ok(start), Ok(end)) = (read(parts, shape.start()), read(parts, shape.end())) else {
            return;
        };
        let named = if headline.is_empty() {
            format!("{what} (line {})", at.0)
        } else {
            format!("\"{headline}\" (line {})", at.0)
        };
        let start = match start {
            None => {
                parts.undated.add(|| named.clone());
                return;
            }
            Some(When::TooFar(y)) => {
                parts.too_far.add(|| format!("{named}: {y}"));
                return;
            }
            Some(When::Date(d)) => d,
        };
        let end = match end {
            Some(When::Date(d)) if d == start => None,
            Some(When::Date(d)) => Some(d),
            Some(When::TooFar(y)) => {
                parts.too_far.add(|| format!("{named}: ending {y}"));
                return;
            }
            None => None,
        };
        let display = str_of(slide, "display_date")
            .or_else(|| {
                slide
                    .get(shape.start())
                    .and_then(|d| str_of(d, "display_date"))
            })
            .map(to_text)
            .filter(|d| !d.is_empty());
        // TimelineJS has no "circa": an export writes "c. …" as the display date.
        let (start, end, display) = match display {
            Some(d) if d == format!("c. {}", crate::date::span_label(&start, end.as_ref())) => {
                let circa = |m: Moment| Moment { circa: true, ..m };
                (circa(start), end.map(circa), None)
            }
            d => (start, end, d),
        };
        let title = if !headline.is_empty() {
            headline.clone()
        } else if !body.is_empty() {
            let words: Vec<&str> = body.split_whitespace().take(10).collect();
            format!("{}…", words.join(" "))
        } else {
            display.clone().unwrap_or_else(|| start.label())
        };
        let mut summary = body;
        if let Some(url) = slide
            .get("background")
            .and_then(|b| str_of(b, "url"))
            .filter(|u| super::html::safe_link(u))
        {
            if !summary.is_empty() {
                summary.push_str("\n\n");
            }
            summary.push_str(&format!("Background: {url}"));
        }
        let media = shape
            .media(slide)
            .and_then(|m| parts.media(m, &format!("\"{title}\"")));
        let categories = shape
            .group(slide)
            .map(|g| parts.group(&g))
            .into_iter()
            .collect();
        let id = parts.event_id(
            str_of(slide, "unique_id").unwrap_or(""),
            &title,
            &start,
            &format!("event-{}", k + 1),
        );
        parts.push_event(
            RawEvent {
                id,
                title,
                start: start.to_iso(),
                end: end.map(|d| d.to_iso()),
                display_date: display,
                summary,
                categories,
                people: Vec::new(),
                citations: Vec::new(),
                disputes: Vec::new(),
                note: None,
                media,
            },
            at,
        );
    }
}
