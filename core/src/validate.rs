//! Checks a parsed dataset and builds the [`Timeline`], reporting every problem found
//! rather than the first: references, dates, ids, citations, and text that would leave
//! the screen blank. Each problem names its path in the file (`events[3].citations[0]
//! .says`). A [`Validator`] takes the events one at a time, so a large file can be checked
//! in slices between frames (see `loader`). Never panics on any input; never renders.
//!
//! The checks of a dataset's head (sources, categories, people, eras, the default
//! window) and of what needs every event (tours, the order, the extent) are here; each
//! event's checks are in `event`, and how a problem is put into words in `report`.

mod event;
mod report;

use crate::jsonpos::JsonPath;
use crate::model::*;
pub use crate::problem::{LoadError, Problem};
use report::{blank, is_colour, path, Place, Report};
use std::collections::HashMap;

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
                    crate::t!("problem-short-title"),
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
                    crate::t!("problem-colour", value = c.colour.as_str()),
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
                    crate::t!("problem-era-no-source"),
                );
            }
            for (n, s) in e.sources.iter().enumerate() {
                if !sources.contains_key(s) {
                    r.add(
                        place,
                        || path("eras", k).key("sources").at(n),
                        crate::t!("problem-unknown-source", id = s.as_str()),
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
                        crate::t!(
                            "problem-step-event",
                            number = n + 1,
                            id = step.event.as_str()
                        ),
                    );
                }
                if blank(&step.note) {
                    r.add(
                        place,
                        || path("tours", k).key("steps").at(n).key("note"),
                        crate::t!("problem-step-note", number = n + 1),
                    );
                }
            }
        }
        if seen == 0 {
            r.add(
                Place("dataset", ""),
                || JsonPath::root().key("events"),
                crate::t!("problem-no-events"),
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
                warnings.push(crate::t!(
                    "warning-window-outside",
                    from = w.from.trim(),
                    to = w.to.trim()
                ));
                (lo, hi)
            }
            (Some(w), _) => w,
            (None, _) => (lo, hi),
        };
        Ok(Timeline {
            title: head.title,
            subtitle: head.subtitle,
            lang: match head.lang.map(|l| l.trim().to_string()) {
                Some(l) if crate::urlstate::is_lang(&l) => Some(l),
                Some(l) => {
                    warnings.push(crate::t!("warning-lang", value = l.as_str()));
                    None
                }
                None => None,
            },
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
                place: crate::t!("place", kind = "category", id = c.id.as_str()),
                path: JsonPath::root().key("categories").at(i),
                at: None,
                message: crate::t!("lint-category"),
            });
        }
    }
    for (i, p) in t.people.iter().enumerate() {
        if !t.events.iter().any(|e| e.people.contains(&i)) {
            out.push(Problem {
                place: crate::t!("place", kind = "person", id = p.id.as_str()),
                path: JsonPath::root().key("people").at(i),
                at: None,
                message: crate::t!("lint-person"),
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
                place: crate::t!("place", kind = "source", id = s.id.as_str()),
                path: JsonPath::root().key("sources").at(i),
                at: None,
                message: crate::t!("lint-source"),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests;
