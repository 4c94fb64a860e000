//! Turns dataset text into a [`Timeline`], reporting every problem found rather than
//! the first: JSON syntax (with line and column), then references, dates, ids, citations
//! and text that would leave the screen blank. Each problem names its place in the file
//! (`events[3].citations[0].says`) and, located in the text, its line and column. Never
//! panics on any input; never renders anything.

use crate::date::HistDate;
use crate::jsonpos::{locate, JsonPath};
use crate::model::*;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// One thing wrong with a dataset, located well enough for an author to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What it concerns, in words: `event "kirov-assassination"`, `category "army"`.
    pub place: String,
    /// Where in the file: `events[3].citations[0].says`.
    pub path: JsonPath,
    /// Line and column (1-based) in the text, where known.
    pub at: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((line, column)) = self.at {
            write!(f, "line {line}, column {column}: ")?;
        }
        write!(f, "{} ({}): {}", self.place, self.path, self.message)
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

/// Problems located in the text, at most: a file with thousands of the same mistake is
/// reported in full, but only the first ones are looked up (each look-up reads the text).
const LOCATED: usize = 200;

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
    validate(&raw).map_err(|mut problems| {
        for p in problems.iter_mut().take(LOCATED) {
            p.at = locate(text, &p.path);
        }
        LoadError::Invalid(problems)
    })
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

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

struct Report(Vec<Problem>);

impl Report {
    fn add(&mut self, place: &str, path: JsonPath, message: impl Into<String>) {
        self.0.push(Problem {
            place: place.to_string(),
            path,
            at: None,
            message: message.into(),
        });
    }

    /// A text field the interface shows as a heading or a claim: it must say something.
    fn text(&mut self, place: &str, path: JsonPath, value: &str, field: &'static str) {
        if blank(value) {
            self.add(place, path.key(field), format!("{field} is empty"));
        }
    }

    fn date(&mut self, place: &str, path: JsonPath, what: &str, raw: &str) -> Option<HistDate> {
        match HistDate::parse(raw) {
            Ok(d) => Some(d),
            Err(e) => {
                self.add(place, path, format!("{what}: {e}"));
                None
            }
        }
    }

    /// Checks ids are slugs and unique; returns id → index.
    fn ids<'a>(
        &mut self,
        kind: &str,
        list: &'static str,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashMap<&'a str, usize> {
        let mut map = HashMap::new();
        for (i, id) in ids.enumerate() {
            let place = format!("{kind} \"{id}\"");
            let path = JsonPath::root().key(list).at(i).key("id");
            if !is_slug(id) {
                self.add(
                    &place,
                    path.clone(),
                    "id must be a slug of lowercase letters, digits and hyphens",
                );
            }
            if map.insert(id, i).is_some() {
                self.add(&place, path, format!("duplicate {kind} id"));
            }
        }
        map
    }

    fn span(&mut self, place: &str, path: JsonPath, start: &HistDate, end: &HistDate) -> bool {
        if end.end_value() <= start.start_value() || end.start_value() < start.start_value() {
            self.add(
                place,
                path,
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
    let root = JsonPath::root();
    r.text("dataset", root.clone(), &raw.title, "title");
    let sources = r.ids(
        "source",
        "sources",
        raw.sources.iter().map(|s| s.id.as_str()),
    );
    let categories = r.ids(
        "category",
        "categories",
        raw.categories.iter().map(|c| c.id.as_str()),
    );
    let people = r.ids("person", "people", raw.people.iter().map(|p| p.id.as_str()));
    r.ids("era", "eras", raw.eras.iter().map(|e| e.id.as_str()));
    let event_ids = r.ids("event", "events", raw.events.iter().map(|e| e.id.as_str()));
    r.ids("tour", "tours", raw.tours.iter().map(|t| t.id.as_str()));
    for (k, tour) in raw.tours.iter().enumerate() {
        let place = format!("tour \"{}\"", tour.id);
        let path = root.key("tours").at(k);
        r.text(&place, path.clone(), &tour.title, "title");
        r.text(&place, path.clone(), &tour.description, "description");
        if tour.steps.is_empty() {
            r.add(&place, path.key("steps"), "has no steps");
        }
        for (n, step) in tour.steps.iter().enumerate() {
            let at = path.key("steps").at(n);
            if !event_ids.contains_key(step.event.as_str()) {
                r.add(
                    &place,
                    at.key("event"),
                    format!("step {} names unknown event \"{}\"", n + 1, step.event),
                );
            }
            if blank(&step.note) {
                r.add(
                    &place,
                    at.key("note"),
                    format!("step {} has no note", n + 1),
                );
            }
        }
    }

    for (k, s) in raw.sources.iter().enumerate() {
        let place = format!("source \"{}\"", s.id);
        let path = root.key("sources").at(k);
        r.text(&place, path.clone(), &s.title, "title");
        r.text(&place, path.clone(), &s.kind, "kind");
        r.text(&place, path.clone(), &s.span, "span");
        r.text(&place, path.clone(), &s.reliability, "reliability");
        if s.short_title.as_deref().is_some_and(blank) {
            r.add(
                &place,
                path.key("short_title"),
                "short_title is empty (leave it out to use the title)",
            );
        }
    }
    for (k, c) in raw.categories.iter().enumerate() {
        let place = format!("category \"{}\"", c.id);
        let path = root.key("categories").at(k);
        if !is_colour(&c.colour) {
            r.add(
                &place,
                path.key("colour"),
                format!("colour \"{}\" is not of the form #rrggbb", c.colour),
            );
        }
        r.text(&place, path, &c.label, "label");
    }
    for (k, p) in raw.people.iter().enumerate() {
        r.text(
            &format!("person \"{}\"", p.id),
            root.key("people").at(k),
            &p.name,
            "name",
        );
    }

    let mut eras = Vec::new();
    for (k, e) in raw.eras.iter().enumerate() {
        let place = format!("era \"{}\"", e.id);
        let path = root.key("eras").at(k);
        r.text(&place, path.clone(), &e.label, "label");
        let start = r.date(&place, path.key("start"), "start", &e.start);
        let end = r.date(&place, path.key("end"), "end", &e.end);
        if e.sources.is_empty() {
            r.add(
                &place,
                path.key("sources"),
                "has no source: every era must cite at least one",
            );
        }
        for (n, s) in e.sources.iter().enumerate() {
            if !sources.contains_key(s.as_str()) {
                r.add(
                    &place,
                    path.key("sources").at(n),
                    format!("cites unknown source \"{s}\""),
                );
            }
        }
        if let (Some(start), Some(end)) = (start, end) {
            if r.span(&place, path.key("end"), &start, &end) {
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

    let refs = Refs {
        source_list: &raw.sources,
        sources: &sources,
        categories: &categories,
        people: &people,
    };
    let mut events = Vec::new();
    for (k, e) in raw.events.iter().enumerate() {
        if let Some(ev) = validate_event(&mut r, root.key("events").at(k), e, &refs) {
            events.push(ev);
        }
    }
    if raw.events.is_empty() {
        r.add("dataset", root.key("events"), "has no events");
    }

    let default_window = raw.default_window.as_ref().and_then(|w| {
        let path = root.key("default_window");
        let start = r.date("default_window", path.key("from"), "from", &w.from)?;
        let end = r.date("default_window", path.key("to"), "to", &w.to)?;
        r.span("default_window", path.key("to"), &start, &end)
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
    let mut warnings = Vec::new();
    // A default window that misses every event would open on an empty strip.
    let default_window = match (default_window, raw.default_window.as_ref()) {
        (Some((a, b)), Some(w)) if b <= lo || a >= hi => {
            warnings.push(format!(
                "The file's default_window ({}–{}) lies outside its events; the timeline opens on all of them.",
                w.from.trim(),
                w.to.trim()
            ));
            (lo, hi)
        }
        (Some(w), _) => w,
        (None, _) => (lo, hi),
    };
    Ok(Timeline {
        title: raw.title.clone(),
        subtitle: raw.subtitle.clone(),
        sources: raw.sources.clone(),
        categories: raw.categories.clone(),
        people: raw.people.clone(),
        eras,
        events,
        extent: (lo, hi),
        default_window,
        warnings,
        tours: raw.tours.clone(),
    })
}

/// What events refer to, by id.
struct Refs<'a> {
    source_list: &'a [Source],
    sources: &'a HashMap<&'a str, usize>,
    categories: &'a HashMap<&'a str, usize>,
    people: &'a HashMap<&'a str, usize>,
}

fn validate_event(r: &mut Report, path: JsonPath, e: &RawEvent, refs: &Refs) -> Option<Event> {
    let place = format!("event \"{}\"", e.id);
    r.text(&place, path.clone(), &e.title, "title");
    r.text(&place, path.clone(), &e.summary, "summary");
    let start = r.date(&place, path.key("start"), "start", &e.start);
    let end = e
        .end
        .as_ref()
        .map(|raw| r.date(&place, path.key("end"), "end", raw));
    if e.categories.is_empty() {
        r.add(&place, path.key("categories"), "has no category");
    }
    let mut cats = Vec::new();
    for (n, c) in e.categories.iter().enumerate() {
        match refs.categories.get(c.as_str()) {
            Some(&i) => cats.push(i),
            None => r.add(
                &place,
                path.key("categories").at(n),
                format!("unknown category \"{c}\""),
            ),
        }
    }
    let mut ppl = Vec::new();
    for (n, p) in e.people.iter().enumerate() {
        match refs.people.get(p.as_str()) {
            Some(&i) => ppl.push(i),
            None => r.add(
                &place,
                path.key("people").at(n),
                format!("unknown person \"{p}\""),
            ),
        }
    }
    if e.citations.is_empty() {
        r.add(
            &place,
            path.key("citations"),
            "has no source: every event must cite at least one",
        );
    }
    let mut cited = HashSet::new();
    for (n, c) in e.citations.iter().enumerate() {
        let at = path.key("citations").at(n);
        cited.insert(c.source.as_str());
        match refs.sources.get(c.source.as_str()) {
            None => r.add(
                &place,
                at.key("source"),
                format!("cites unknown source \"{}\"", c.source),
            ),
            Some(&i) => {
                let s = &refs.source_list[i];
                if !s.sections.is_empty() && !s.sections.contains(&c.section) {
                    r.add(
                        &place,
                        at.key("section"),
                        format!(
                            "cites section \"{}\", which source \"{}\" does not have",
                            c.section, s.id
                        ),
                    );
                }
            }
        }
        if c.paragraph == 0 {
            r.add(
                &place,
                at.key("paragraph"),
                "citation paragraph numbers start at 1",
            );
        }
        if blank(&c.says) {
            r.add(
                &place,
                at.key("says"),
                format!("citation of \"{}\" does not say anything", c.source),
            );
        }
    }
    for (n, d) in e.disputes.iter().enumerate() {
        let at = path.key("disputes").at(n);
        r.text(&place, at.clone(), &d.about, "about");
        if d.claims.len() < 2 {
            r.add(
                &place,
                at.key("claims"),
                format!("dispute about \"{}\" needs at least two claims", d.about),
            );
        }
        for (m, claim) in d.claims.iter().enumerate() {
            let claim_at = at.key("claims").at(m);
            r.text(&place, claim_at.clone(), &claim.value, "value");
            if claim.sources.is_empty() {
                r.add(
                    &place,
                    claim_at.key("sources"),
                    format!("a claim about \"{}\" names no source", d.about),
                );
            }
            for (q, s) in claim.sources.iter().enumerate() {
                if !cited.contains(s.as_str()) {
                    r.add(
                        &place,
                        claim_at.key("sources").at(q),
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
            if !r.span(&place, path.key("end"), &start, &end) {
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
                path: JsonPath::root().key("categories").at(i),
                at: None,
                message: "no event uses it".into(),
            });
        }
    }
    for (i, p) in t.people.iter().enumerate() {
        if !t.events.iter().any(|e| e.people.contains(&i)) {
            out.push(Problem {
                place: format!("person \"{}\"", p.id),
                path: JsonPath::root().key("people").at(i),
                at: None,
                message: "no event names them".into(),
            });
        }
    }
    for (i, s) in t.sources.iter().enumerate() {
        if !t
            .events
            .iter()
            .any(|e| e.citations.iter().any(|c| c.source == s.id))
        {
            out.push(Problem {
                place: format!("source \"{}\"", s.id),
                path: JsonPath::root().key("sources").at(i),
                at: None,
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
                    {"value": "x", "sources": ["doc"]}, {"value": "  ", "sources": ["doc"]}]}])
            },
            &[
                "(events[0].disputes[0].about): about is empty",
                "(events[0].disputes[0].claims[1].value): value is empty",
            ],
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
