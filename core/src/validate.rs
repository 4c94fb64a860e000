//! Checks a parsed dataset and builds the [`Timeline`], reporting every problem found
//! rather than the first: references, dates, ids, citations, and text that would leave
//! the screen blank. Each problem names its path in the file (`events[3].citations[0]
//! .says`). A [`Validator`] takes the events one at a time, so a large file can be checked
//! in slices between frames (see `loader`). Never panics on any input; never renders.

use crate::date::Moment;
use crate::jsonpos::JsonPath;
use crate::model::*;
pub use crate::problem::{LoadError, Problem};
use crate::slug::{self, is_slug};
use std::collections::{HashMap, HashSet};

fn is_colour(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// What a problem concerns: `event "kirov-assassination"`, made into words only when a
/// problem is reported (a large valid file then costs no text at all).
#[derive(Clone, Copy)]
struct Place<'a>(&'static str, &'a str);

impl Place<'_> {
    fn words(&self) -> String {
        match self.1 {
            "" => self.0.to_string(),
            id => format!("{} \"{id}\"", self.0),
        }
    }
}

/// Paths are built only when a problem is reported.
fn path(list: &'static str, k: usize) -> JsonPath {
    JsonPath::root().key(list).at(k)
}

#[derive(Default)]
struct Report(Vec<Problem>);

impl Report {
    fn add(&mut self, place: Place, path: impl FnOnce() -> JsonPath, message: impl Into<String>) {
        self.0.push(Problem {
            place: place.words(),
            path: path(),
            at: None,
            message: message.into(),
        });
    }

    /// A text field the interface shows as a heading or a claim: it must say something.
    fn text(
        &mut self,
        place: Place,
        at: impl FnOnce() -> JsonPath,
        value: &str,
        field: &'static str,
    ) {
        if blank(value) {
            self.add(place, || at().key(field), format!("{field} is empty"));
        }
    }

    /// Who a source is: its author, date, audience, purpose and what it rests on. The
    /// strict rules require all five, written out ("Not stated" where the document does
    /// not say); the open rules let a file leave any of them out. Given, none is blank.
    fn provenance(&mut self, place: Place, k: usize, s: &Source, rules: Rules) {
        for (value, field) in [
            (&s.author, "author"),
            (&s.date, "date"),
            (&s.audience, "audience"),
            (&s.purpose, "purpose"),
            (&s.based_on, "based_on"),
        ] {
            match value.as_deref() {
                Some(v) if blank(v) => {
                    let hint = match rules {
                        Rules::Strict => "write \"Not stated\" where the document does not say",
                        Rules::Open => "leave it out if the document does not say",
                    };
                    self.add(
                        place,
                        || path("sources", k).key(field),
                        format!("{field} is empty ({hint})"),
                    );
                }
                None if rules == Rules::Strict => self.add(
                    place,
                    || path("sources", k).key(field),
                    format!(
                        "{field} is missing: every source of the bundled dataset says who it is \
                         (\"Not stated\" where the document does not say)"
                    ),
                ),
                _ => {}
            }
        }
    }

    fn date(
        &mut self,
        place: Place,
        at: impl FnOnce() -> JsonPath,
        what: &str,
        raw: &str,
    ) -> Option<Moment> {
        match Moment::parse(raw) {
            Ok(d) => Some(d),
            Err(e) => {
                self.add(place, at, format!("{what}: {e}"));
                None
            }
        }
    }

    /// Checks an id is a slug and new; records it.
    fn id(
        &mut self,
        kind: &'static str,
        list: &'static str,
        k: usize,
        id: &str,
        seen: &mut HashMap<String, usize>,
    ) {
        let place = Place(kind, id);
        if !is_slug(id) {
            self.add(
                place,
                || path(list, k).key("id"),
                format!("id must be a slug: {}", slug::RULE),
            );
        }
        if seen.insert(id.to_string(), k).is_some() {
            self.add(
                place,
                || path(list, k).key("id"),
                format!("duplicate {kind} id"),
            );
        }
    }

    fn span(
        &mut self,
        place: Place,
        at: impl FnOnce() -> JsonPath,
        start: &Moment,
        end: &Moment,
    ) -> bool {
        if end.end_value() <= start.start_value() || end.start_value() < start.start_value() {
            self.add(
                place,
                at,
                format!("end {} is before start {}", end.to_iso(), start.to_iso()),
            );
            return false;
        }
        true
    }
}

/// Which rules a dataset is held to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Rules {
    /// The bundled dataset's: every event and era cites at least one source, and every
    /// source says who it is (`author`, `date`, `audience`, `purpose`, `based_on`).
    #[default]
    Strict,
    /// A class's own timeline: sources, categories and summaries are welcome but not
    /// required (an event without citations simply has no source cards). Every other
    /// rule holds.
    Open,
}

/// Validates a raw dataset under the strict rules. Returns every problem found, or the
/// indexed timeline.
pub fn validate(raw: RawDataset) -> Result<Timeline, Vec<Problem>> {
    validate_with(raw, Rules::Strict)
}

/// Validates a raw dataset under `rules`.
pub fn validate_with(raw: RawDataset, rules: Rules) -> Result<Timeline, Vec<Problem>> {
    let (head, events) = raw.split_events();
    let mut v = Validator::new(head, rules);
    for e in events {
        v.event(e);
    }
    v.finish()
}

/// Validation in steps: the dataset without its events first, then each event, then
/// what needs them all (tours, the order, the extent).
pub struct Validator {
    r: Report,
    rules: Rules,
    head: RawDataset<()>,
    sources: HashMap<String, usize>,
    categories: HashMap<String, usize>,
    people: HashMap<String, usize>,
    event_ids: HashMap<String, usize>,
    eras: Vec<Era>,
    events: Vec<Event>,
    /// Events seen (the index of the next one in the file).
    seen: usize,
    default_window: Option<(f64, f64)>,
    /// The file's own address, which relative media addresses are resolved against.
    base: Option<String>,
}

impl Validator {
    /// Checks everything but the events.
    pub fn new(head: RawDataset<()>, rules: Rules) -> Validator {
        let mut r = Report::default();
        let root = JsonPath::root;
        r.text(Place("dataset", ""), root, &head.title, "title");
        let mut sources = HashMap::new();
        for (k, s) in head.sources.iter().enumerate() {
            r.id("source", "sources", k, &s.id, &mut sources);
            let place = Place("source", &s.id);
            for (value, field) in [
                (&s.title, "title"),
                (&s.kind, "kind"),
                (&s.span, "span"),
                (&s.reliability, "reliability"),
            ] {
                r.text(place, || path("sources", k), value, field);
            }
            if s.short_title.as_deref().is_some_and(blank) {
                r.add(
                    place,
                    || path("sources", k).key("short_title"),
                    "short_title is empty (leave it out to use the title)",
                );
            }
            r.provenance(place, k, s, rules);
        }
        let mut categories = HashMap::new();
        for (k, c) in head.categories.iter().enumerate() {
            r.id("category", "categories", k, &c.id, &mut categories);
            let place = Place("category", &c.id);
            if !is_colour(&c.colour) {
                r.add(
                    place,
                    || path("categories", k).key("colour"),
                    format!("colour \"{}\" is not of the form #rrggbb", c.colour),
                );
            }
            r.text(place, || path("categories", k), &c.label, "label");
        }
        let mut people = HashMap::new();
        for (k, p) in head.people.iter().enumerate() {
            r.id("person", "people", k, &p.id, &mut people);
            r.text(
                Place("person", &p.id),
                || path("people", k),
                &p.name,
                "name",
            );
        }
        let mut era_ids = HashMap::new();
        let mut eras = Vec::new();
        for (k, e) in head.eras.iter().enumerate() {
            r.id("era", "eras", k, &e.id, &mut era_ids);
            let place = Place("era", &e.id);
            r.text(place, || path("eras", k), &e.label, "label");
            let start = r.date(place, || path("eras", k).key("start"), "start", &e.start);
            let end = r.date(place, || path("eras", k).key("end"), "end", &e.end);
            if e.sources.is_empty() && rules == Rules::Strict {
                r.add(
                    place,
                    || path("eras", k).key("sources"),
                    "has no source: every era must cite at least one",
                );
            }
            for (n, s) in e.sources.iter().enumerate() {
                if !sources.contains_key(s) {
                    r.add(
                        place,
                        || path("eras", k).key("sources").at(n),
                        format!("cites unknown source \"{s}\""),
                    );
                }
            }
            if let (Some(start), Some(end)) = (start, end) {
                if r.span(place, || path("eras", k).key("end"), &start, &end) {
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
        let default_window = head.default_window.as_ref().and_then(|w| {
            let place = Place("default_window", "");
            let at = || root().key("default_window");
            let start = r.date(place, || at().key("from"), "from", &w.from)?;
            let end = r.date(place, || at().key("to"), "to", &w.to)?;
            r.span(place, || at().key("to"), &start, &end)
                .then(|| (start.start_value(), end.end_value()))
        });
        Validator {
            r,
            rules,
            head,
            sources,
            categories,
            people,
            event_ids: HashMap::new(),
            eras,
            events: Vec::new(),
            seen: 0,
            default_window,
            base: None,
        }
    }

    /// Resolves relative media addresses against `base`, the file's own address.
    pub fn set_base(&mut self, base: Option<&str>) {
        self.base = base.map(str::to_string);
    }

    /// Checks media has an address or a quotation, not both (what it is, and whether it
    /// can be shown, is `media`'s to say where it is shown: that code stays out of the
    /// first view).
    fn media(r: &mut Report, raw: &RawMedia, place: Place, at: impl Fn() -> JsonPath) {
        let given = |s: &Option<String>| s.as_deref().is_some_and(|s| !blank(s));
        match (given(&raw.url), given(&raw.quote)) {
            (true, true) => r.add(
                place,
                || at().key("quote"),
                "media has both a url and a quote: give one",
            ),
            (false, false) => r.add(place, at, "media has neither a url nor a quote"),
            _ => {}
        }
    }

    /// Checks the next event of the file.
    pub fn event(&mut self, e: RawEvent) {
        let k = self.seen;
        self.seen += 1;
        let r = &mut self.r;
        r.id("event", "events", k, &e.id, &mut self.event_ids);
        let place = Place("event", &e.id);
        let at = || path("events", k);
        r.text(place, at, &e.title, "title");
        if self.rules == Rules::Strict {
            r.text(place, at, &e.summary, "summary");
        }
        let start = r.date(place, || at().key("start"), "start", &e.start);
        let end = e
            .end
            .as_ref()
            .map(|raw| r.date(place, || at().key("end"), "end", raw));
        if e.categories.is_empty() && self.rules == Rules::Strict {
            r.add(place, || at().key("categories"), "has no category");
        }
        let mut cats = Vec::with_capacity(e.categories.len());
        for (n, c) in e.categories.iter().enumerate() {
            match self.categories.get(c) {
                Some(&i) => cats.push(i),
                None => r.add(
                    place,
                    || at().key("categories").at(n),
                    format!("unknown category \"{c}\""),
                ),
            }
        }
        let mut ppl = Vec::with_capacity(e.people.len());
        for (n, p) in e.people.iter().enumerate() {
            match self.people.get(p) {
                Some(&i) => ppl.push(i),
                None => r.add(
                    place,
                    || at().key("people").at(n),
                    format!("unknown person \"{p}\""),
                ),
            }
        }
        if e.citations.is_empty() && self.rules == Rules::Strict {
            r.add(
                place,
                || at().key("citations"),
                "has no source: every event must cite at least one",
            );
        }
        let mut cited = HashSet::new();
        for (n, c) in e.citations.iter().enumerate() {
            let cite = || at().key("citations").at(n);
            cited.insert(c.source.as_str());
            match self.sources.get(&c.source) {
                None => r.add(
                    place,
                    || cite().key("source"),
                    format!("cites unknown source \"{}\"", c.source),
                ),
                Some(&i) => {
                    let s = &self.head.sources[i];
                    if !s.sections.is_empty() && !s.sections.contains(&c.section) {
                        r.add(
                            place,
                            || cite().key("section"),
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
                    place,
                    || cite().key("paragraph"),
                    "citation paragraph numbers start at 1",
                );
            }
            if blank(&c.says) {
                r.add(
                    place,
                    || cite().key("says"),
                    format!("citation of \"{}\" does not say anything", c.source),
                );
            }
        }
        for (n, d) in e.disputes.iter().enumerate() {
            let dispute = || at().key("disputes").at(n);
            r.text(place, dispute, &d.about, "about");
            if d.claims.len() < 2 {
                r.add(
                    place,
                    || dispute().key("claims"),
                    format!("dispute about \"{}\" needs at least two claims", d.about),
                );
            }
            for (m, claim) in d.claims.iter().enumerate() {
                let claim_at = || dispute().key("claims").at(m);
                r.text(place, claim_at, &claim.value, "value");
                if claim.sources.is_empty() {
                    r.add(
                        place,
                        || claim_at().key("sources"),
                        format!("a claim about \"{}\" names no source", d.about),
                    );
                }
                for (q, s) in claim.sources.iter().enumerate() {
                    if !cited.contains(s.as_str()) {
                        r.add(
                            place,
                            || claim_at().key("sources").at(q),
                            format!("dispute about \"{}\" names source \"{s}\", which the event does not cite", d.about),
                        );
                    }
                }
            }
            // A document that contradicts itself: the same source in two claims. Each
            // value has its own passage, so the event cites the source at two places.
            if self.rules == Rules::Strict {
                let mut named: Vec<(&str, usize)> = Vec::new();
                for claim in &d.claims {
                    let mut once: Vec<&str> = claim.sources.iter().map(String::as_str).collect();
                    once.sort_unstable();
                    once.dedup();
                    for s in once {
                        match named.iter_mut().find(|(x, _)| *x == s) {
                            Some((_, times)) => *times += 1,
                            None => named.push((s, 1)),
                        }
                    }
                }
                for (s, _) in named
                    .iter()
                    .filter(|(s, times)| *times > 1 && cited.contains(s))
                {
                    let passages: HashSet<(&str, u32)> = e
                        .citations
                        .iter()
                        .filter(|c| c.source == *s)
                        .map(|c| (c.section.as_str(), c.paragraph))
                        .collect();
                    if passages.len() < 2 {
                        r.add(
                            place,
                            || dispute().key("claims"),
                            format!(
                                "dispute about \"{}\" has source \"{s}\" give two values, but the event cites one passage of it: cite the passage of each",
                                d.about
                            ),
                        );
                    }
                }
            }
        }
        if let Some(m) = &e.media {
            Validator::media(r, m, place, || at().key("media"));
        }
        let Some(start) = start else { return };
        let end = match end {
            Some(Some(end)) => {
                if !r.span(place, || at().key("end"), &start, &end) {
                    return;
                }
                Some(end)
            }
            Some(None) => return,
            None => None,
        };
        let title_chars = e.title.chars().count();
        self.events.push(Event {
            id: e.id,
            title: e.title,
            title_chars,
            start,
            end,
            display_date: e.display_date.filter(|d| !d.trim().is_empty()),
            t0: start.start_value(),
            t1: end.unwrap_or(start).end_value(),
            summary: e.summary,
            categories: cats,
            people: ppl,
            citations: e.citations,
            disputes: e.disputes,
            note: e.note,
            media: e.media,
        });
    }

    /// Checks what needs every event (tours), and builds the timeline.
    pub fn finish(self) -> Result<Timeline, Vec<Problem>> {
        let Validator {
            mut r,
            head,
            eras,
            events,
            event_ids,
            seen,
            default_window,
            base,
            ..
        } = self;
        if let Some(m) = &head.media {
            Validator::media(&mut r, m, Place("dataset", ""), || {
                JsonPath::root().key("media")
            });
        }
        let mut tour_ids = HashMap::new();
        for (k, tour) in head.tours.iter().enumerate() {
            r.id("tour", "tours", k, &tour.id, &mut tour_ids);
            let place = Place("tour", &tour.id);
            r.text(place, || path("tours", k), &tour.title, "title");
            r.text(place, || path("tours", k), &tour.description, "description");
            if tour.steps.is_empty() {
                r.add(place, || path("tours", k).key("steps"), "has no steps");
            }
            for (n, step) in tour.steps.iter().enumerate() {
                if !event_ids.contains_key(&step.event) {
                    r.add(
                        place,
                        || path("tours", k).key("steps").at(n).key("event"),
                        format!("step {} names unknown event \"{}\"", n + 1, step.event),
                    );
                }
                if blank(&step.note) {
                    r.add(
                        place,
                        || path("tours", k).key("steps").at(n).key("note"),
                        format!("step {} has no note", n + 1),
                    );
                }
            }
        }
        if seen == 0 {
            r.add(
                Place("dataset", ""),
                || JsonPath::root().key("events"),
                "has no events",
            );
        }
        if !r.0.is_empty() {
            return Err(r.0);
        }
        // By start, then end, then the file's order: three events of one day read in the
        // order the author wrote them. Sorting keys (not the events, which are large) and
        // placing each event once keeps this fast at 100,000 events.
        let mut order: Vec<(f64, f64, usize)> = events
            .iter()
            .enumerate()
            .map(|(k, e)| (e.t0, e.t1, k))
            .collect();
        order.sort_unstable_by(|a, b| {
            a.0.total_cmp(&b.0)
                .then(a.1.total_cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
        let events: Vec<Event> = order
            .iter()
            .filter_map(|&(_, _, k)| slots[k].take())
            .collect();
        let deep = events
            .iter()
            .flat_map(|e| [Some(e.start), e.end])
            .chain(eras.iter().flat_map(|e| [Some(e.start), Some(e.end)]))
            .flatten()
            .any(|d| d.is_deep());
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
        let default_window = match (default_window, head.default_window.as_ref()) {
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
            title: head.title,
            subtitle: head.subtitle,
            sources: head.sources,
            categories: head.categories,
            people: head.people,
            eras,
            events,
            extent: (lo, hi),
            default_window,
            warnings,
            tours: head.tours,
            scale: if deep {
                Scale::DeepTime
            } else {
                Scale::Calendar
            },
            media: head.media,
            base,
        })
    }
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
                let second = serde_json::json!({"source": "doc", "section": "One", "paragraph": 2, "says": "y"});
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
                let second = serde_json::json!({"source": "doc", "section": "One", "paragraph": 2, "says": "y"});
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
}
