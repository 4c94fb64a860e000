//! Turns dataset text into a [`Timeline`], reporting every problem found rather than
//! the first: JSON syntax (with line and column), then references, dates, ids and
//! citations. Never panics on any input; never renders anything.

use crate::date::HistDate;
use crate::model::*;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One thing wrong with a dataset, located well enough for an author to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: `event "kirov-assassination"`, `category "army"`, `dataset`.
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// Why a dataset could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The text is not JSON of the expected shape.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// The JSON is well-formed but its content is inconsistent.
    Invalid(Vec<Problem>),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Syntax {
                line,
                column,
                message,
            } => write!(
                f,
                "The data file is not valid timeline JSON (line {line}, column {column}): {message}"
            ),
            LoadError::Invalid(problems) => write!(
                f,
                "The data file has {} problem{}",
                problems.len(),
                if problems.len() == 1 { "" } else { "s" }
            ),
        }
    }
}

/// Parses and validates dataset text in one go.
pub fn load(text: &str) -> Result<Timeline, LoadError> {
    let raw: RawDataset = serde_json::from_str(text).map_err(|e| {
        let full = e.to_string();
        let suffix = format!(" at line {} column {}", e.line(), e.column());
        LoadError::Syntax {
            line: e.line(),
            column: e.column(),
            message: full.strip_suffix(&suffix).unwrap_or(&full).to_string(),
        }
    })?;
    validate(&raw).map_err(LoadError::Invalid)
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

fn is_colour(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

struct Report(Vec<Problem>);

impl Report {
    fn add(&mut self, place: &str, message: impl Into<String>) {
        self.0.push(Problem {
            place: place.to_string(),
            message: message.into(),
        });
    }

    fn date(&mut self, place: &str, what: &str, raw: &str) -> Option<HistDate> {
        match HistDate::parse(raw) {
            Ok(d) => Some(d),
            Err(e) => {
                self.add(place, format!("{what}: {e}"));
                None
            }
        }
    }

    /// Checks ids are slugs and unique; returns id → index.
    fn ids<'a>(
        &mut self,
        kind: &str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashMap<&'a str, usize> {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            let place = format!("{kind} \"{id}\"");
            if !is_slug(id) {
                self.add(
                    &place,
                    "id must be a slug of lowercase letters, digits and hyphens",
                );
            }
            if map.insert(id, i).is_some() {
                self.add(&place, format!("duplicate {kind} id"));
            }
        }
        map
    }

    fn span(&mut self, place: &str, start: &HistDate, end: &HistDate) -> bool {
        if end.end_value() <= start.start_value() || end.start_value() < start.start_value() {
            self.add(
                place,
                format!("end {} is before start {}", end.to_iso(), start.to_iso()),
            );
            return false;
        }
        true
    }
}

/// Validates a raw dataset. Returns every problem found, or the indexed timeline.
pub fn validate(raw: &RawDataset) -> Result<Timeline, Vec<Problem>> {
    let mut r = Report(Vec::new());
    if raw.title.trim().is_empty() {
        r.add("dataset", "title is empty");
    }
    let sources = r.ids("source", raw.sources.iter().map(|s| s.id.as_str()));
    let categories = r.ids("category", raw.categories.iter().map(|c| c.id.as_str()));
    let people = r.ids("person", raw.people.iter().map(|p| p.id.as_str()));
    r.ids("era", raw.eras.iter().map(|e| e.id.as_str()));
    let event_ids = r.ids("event", raw.events.iter().map(|e| e.id.as_str()));
    r.ids("tour", raw.tours.iter().map(|t| t.id.as_str()));
    for tour in &raw.tours {
        let place = format!("tour \"{}\"", tour.id);
        if tour.title.trim().is_empty() {
            r.add(&place, "title is empty");
        }
        if tour.steps.is_empty() {
            r.add(&place, "has no steps");
        }
        for (n, step) in tour.steps.iter().enumerate() {
            if !event_ids.contains_key(step.event.as_str()) {
                r.add(
                    &place,
                    format!("step {} names unknown event \"{}\"", n + 1, step.event),
                );
            }
            if step.note.trim().is_empty() {
                r.add(&place, format!("step {} has no note", n + 1));
            }
        }
    }

    for s in &raw.sources {
        if s.title.trim().is_empty() {
            r.add(&format!("source \"{}\"", s.id), "title is empty");
        }
        if s.short_title.as_ref().is_some_and(|t| t.trim().is_empty()) {
            r.add(
                &format!("source \"{}\"", s.id),
                "short_title is empty (leave it out to use the title)",
            );
        }
    }
    for c in &raw.categories {
        let place = format!("category \"{}\"", c.id);
        if !is_colour(&c.colour) {
            r.add(
                &place,
                format!("colour \"{}\" is not of the form #rrggbb", c.colour),
            );
        }
        if c.label.trim().is_empty() {
            r.add(&place, "label is empty");
        }
    }
    for p in &raw.people {
        if p.name.trim().is_empty() {
            r.add(&format!("person \"{}\"", p.id), "name is empty");
        }
    }

    let mut eras = Vec::new();
    for e in &raw.eras {
        let place = format!("era \"{}\"", e.id);
        let start = r.date(&place, "start", &e.start);
        let end = r.date(&place, "end", &e.end);
        if e.sources.is_empty() {
            r.add(&place, "has no source: every era must cite at least one");
        }
        for s in &e.sources {
            if !sources.contains_key(s.as_str()) {
                r.add(&place, format!("cites unknown source \"{s}\""));
            }
        }
        if let (Some(start), Some(end)) = (start, end) {
            if r.span(&place, &start, &end) {
                eras.push(Era {
                    id: e.id.clone(),
                    label: e.label.clone(),
                    start,
                    end,
                    t0: start.start_value(),
                    t1: end.end_value(),
                    note: e.note.clone(),
                    sources: e.sources.clone(),
                });
            }
        }
    }

    let mut events = Vec::new();
    for e in &raw.events {
        if let Some(ev) = validate_event(&mut r, e, &raw.sources, &sources, &categories, &people) {
            events.push(ev);
        }
    }
    if raw.events.is_empty() {
        r.add("dataset", "has no events");
    }

    let default_window = raw.default_window.as_ref().and_then(|w| {
        let start = r.date("default_window", "from", &w.from)?;
        let end = r.date("default_window", "to", &w.to)?;
        r.span("default_window", &start, &end)
            .then(|| (start.start_value(), end.end_value()))
    });

    if !r.0.is_empty() {
        return Err(r.0);
    }
    events.sort_by(|a, b| {
        a.t0.total_cmp(&b.t0)
            .then(a.t1.total_cmp(&b.t1))
            .then_with(|| a.id.cmp(&b.id))
    });
    let lo = events
        .iter()
        .map(|e| e.t0)
        .chain(eras.iter().map(|e| e.t0))
        .fold(f64::INFINITY, f64::min);
    let hi = events
        .iter()
        .map(|e| e.t1)
        .chain(eras.iter().map(|e| e.t1))
        .fold(f64::NEG_INFINITY, f64::max);
    Ok(Timeline {
        title: raw.title.clone(),
        subtitle: raw.subtitle.clone(),
        sources: raw.sources.clone(),
        categories: raw.categories.clone(),
        people: raw.people.clone(),
        eras,
        events,
        extent: (lo, hi),
        default_window: default_window.unwrap_or((lo, hi)),
        tours: raw.tours.clone(),
    })
}

fn validate_event(
    r: &mut Report,
    e: &RawEvent,
    source_list: &[Source],
    sources: &HashMap<&str, usize>,
    categories: &HashMap<&str, usize>,
    people: &HashMap<&str, usize>,
) -> Option<Event> {
    let place = format!("event \"{}\"", e.id);
    if e.title.trim().is_empty() {
        r.add(&place, "title is empty");
    }
    if e.summary.trim().is_empty() {
        r.add(&place, "summary is empty");
    }
    let start = r.date(&place, "start", &e.start);
    let end = e.end.as_ref().map(|raw| r.date(&place, "end", raw));
    if e.categories.is_empty() {
        r.add(&place, "has no category");
    }
    let cats: Vec<usize> = e
        .categories
        .iter()
        .filter_map(|c| {
            let idx = categories.get(c.as_str()).copied();
            if idx.is_none() {
                r.add(&place, format!("unknown category \"{c}\""));
            }
            idx
        })
        .collect();
    let ppl: Vec<usize> = e
        .people
        .iter()
        .filter_map(|p| {
            let idx = people.get(p.as_str()).copied();
            if idx.is_none() {
                r.add(&place, format!("unknown person \"{p}\""));
            }
            idx
        })
        .collect();
    if e.citations.is_empty() {
        r.add(&place, "has no source: every event must cite at least one");
    }
    let mut cited = HashSet::new();
    for c in &e.citations {
        cited.insert(c.source.as_str());
        match sources.get(c.source.as_str()) {
            None => r.add(&place, format!("cites unknown source \"{}\"", c.source)),
            Some(&i) => {
                let s = &source_list[i];
                if !s.sections.is_empty() && !s.sections.contains(&c.section) {
                    r.add(
                        &place,
                        format!(
                            "cites section \"{}\", which source \"{}\" does not have",
                            c.section, s.id
                        ),
                    );
                }
            }
        }
        if c.paragraph == 0 {
            r.add(&place, "citation paragraph numbers start at 1");
        }
        if c.says.trim().is_empty() {
            r.add(
                &place,
                format!("citation of \"{}\" does not say anything", c.source),
            );
        }
    }
    for d in &e.disputes {
        if d.claims.len() < 2 {
            r.add(
                &place,
                format!("dispute about \"{}\" needs at least two claims", d.about),
            );
        }
        for claim in &d.claims {
            if claim.sources.is_empty() {
                r.add(
                    &place,
                    format!("a claim about \"{}\" names no source", d.about),
                );
            }
            for s in &claim.sources {
                if !cited.contains(s.as_str()) {
                    r.add(
                        &place,
                        format!(
                            "dispute about \"{}\" names source \"{s}\", which the event does not cite",
                            d.about
                        ),
                    );
                }
            }
        }
    }
    let start = start?;
    let end = match end {
        Some(Some(end)) => {
            if !r.span(&place, &start, &end) {
                return None;
            }
            Some(end)
        }
        Some(None) => return None,
        None => None,
    };
    Some(Event {
        id: e.id.clone(),
        title: e.title.clone(),
        title_chars: e.title.chars().count(),
        start,
        end,
        t0: start.start_value(),
        t1: end.unwrap_or(start).end_value(),
        summary: e.summary.clone(),
        categories: cats,
        people: ppl,
        citations: e.citations.clone(),
        disputes: e.disputes.clone(),
        note: e.note.clone(),
    })
}

/// Completeness checks for a curated dataset: entries declared but never used.
/// Not errors for loading (an author's draft may have them), but the shipped data has none.
pub fn lint(t: &Timeline) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, c) in t.categories.iter().enumerate() {
        if !t.events.iter().any(|e| e.categories.contains(&i)) {
            out.push(Problem {
                place: format!("category \"{}\"", c.id),
                message: "no event uses it".into(),
            });
        }
    }
    for (i, p) in t.people.iter().enumerate() {
        if !t.events.iter().any(|e| e.people.contains(&i)) {
            out.push(Problem {
                place: format!("person \"{}\"", p.id),
                message: "no event names them".into(),
            });
        }
    }
    for s in &t.sources {
        if !t
            .events
            .iter()
            .any(|e| e.citations.iter().any(|c| c.source == s.id))
        {
            out.push(Problem {
                place: format!("source \"{}\"", s.id),
                message: "no event cites it".into(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r##"{
      "title": "T",
      "sources": [{"id": "doc", "title": "Doc", "kind": "note", "span": "1930s", "reliability": "r", "sections": ["One"]}],
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
            &["event \"a\": start: \"1934-13\" has month 13"],
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
            |v| v["events"][0]["disputes"] = serde_json::json!([{"about": "date", "claims": [{"value": "x", "sources": ["doc"]}]}]),
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
            &["duplicate event id", "summary is empty", "not a date"],
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
}
