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
//!
//! How TimelineJS writes a date is read in `dates`; the keys of each shape of slide, and
//! what is said when a file is no TimelineJS timeline, in `shape`.

mod dates;
mod shape;

use super::html::to_text;
use super::{problem, Lines, Parts};
use crate::date::Moment;
use crate::jsonpos::{array, locate, JsonPath, Span};
use crate::model::{RawEra, RawEvent};
use crate::problem::{LoadError, Problem};
pub(super) use dates::{date, legacy_date, Dated, Dropped, When};
use serde_json::Value;
use shape::{shape_error, Shape};

/// Problems located in the text, at most (as the loader's).
const LOCATED: usize = 200;

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
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
            parts.shape = Some(crate::t!("import-slides"));
        } else if legacy {
            parts.shape = Some(crate::t!("import-legacy"));
        }
        let shape = Shape { legacy };
        // The title: a slide of its own (version 3) or the timeline's own fields (1 and 2).
        let title = if legacy {
            Some(container)
        } else {
            container.get("title")
        };
        // TimelineJS takes the language as an option; some files carry it beside the events.
        parts.lang = ["language", "lang"]
            .iter()
            .find_map(|k| container.get(*k).and_then(|v| v.as_str()))
            .map(|l| l.trim().to_string());
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
            let what = crate::t!("import-era-number", n = k + 1);
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
                        crate::t!("import-era-needs", key = key),
                    );
                    None
                }
            };
            let (Some(start), Some(end)) = (when(parts, shape.start()), when(parts, shape.end()))
            else {
                continue;
            };
            let label = if headline.is_empty() {
                crate::t!("import-era-label", n = k + 1)
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
            crate::t!("import-event-number", n = k + 1)
        } else {
            crate::t!(
                "import-event-named",
                title = headline.chars().take(60).collect::<String>()
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
            crate::t!("import-at-line", what = what.as_str(), line = at.0)
        } else {
            crate::t!(
                "import-at-line",
                what = format!("\"{headline}\""),
                line = at.0
            )
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
                parts.too_far.add(|| {
                    crate::t!("import-ending", what = named.as_str(), year = y.to_string())
                });
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
            summary.push_str(&crate::t!("import-background", url = url));
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
