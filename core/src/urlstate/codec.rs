//! The view-state codec: `ViewState` and the layouts, `parse` (each parameter's syntax on
//! its own), `resolve` (ids against the loaded dataset) and `format` (the state back into
//! a short query). Every bad parameter is dropped with a short notice; the rest of the
//! link still applies. Never decides which addresses may be loaded (`data.rs`) and never
//! reads the browser's location: the app hands in the query.

use super::data::check_data_path;
use super::query::{encode, split_query};
use super::short;
use crate::date::HistDate;
use crate::filter::Filter;
use crate::model::Timeline;
use crate::notices::Notices;
use crate::slug::is_slug;
use std::collections::BTreeSet;

const MAX_TEXT: usize = 200;
/// Links longer than this (bytes of the query) are read only up to it: ours are a few
/// hundred bytes, and an endless one must not stall the page.
pub const MAX_QUERY: usize = 8192;
/// Parameters read from one link, at most.
pub const MAX_PARAMS: usize = 100;

/// How non-matching events are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unmatched {
    /// Drawn faintly, keeping their context (the default).
    #[default]
    Dim,
    Hide,
}

/// How the events are laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// The zoomable strip (the default).
    #[default]
    Strip,
    /// A list in time order (`list=1`).
    List,
    /// A table of events against sources (`compare=1`).
    Compare,
}

impl Layout {
    /// `to` when `on`, else back to the strip from `to` (another layout stays).
    fn set(self, to: Layout, on: bool) -> Layout {
        match (on, self == to) {
            (true, _) => to,
            (false, true) => Layout::Strip,
            (false, false) => self,
        }
    }
}

/// Everything a link can say about the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub event: Option<String>,
    pub filter: Filter,
    /// Visible window as dates (`from` .. `to`, both inclusive at their precision).
    pub window: Option<(HistDate, HistDate)>,
    pub unmatched: Unmatched,
    /// Classroom projection mode.
    pub projection: bool,
    /// Hide events after the current one (projection "reveal" mode).
    pub reveal: bool,
    /// Strip, list or compare table.
    pub layout: Layout,
    pub tour: Option<String>,
    /// 1-based step within the tour.
    pub step: Option<usize>,
    /// Same-origin path of the dataset to load.
    pub data: Option<String>,
}

fn slug_list(key: &str, value: &str, notices: &mut Notices) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if is_slug(part) {
            out.insert(part.to_string());
        } else {
            notices.push(
                "invalid ids",
                format!("Ignored {key} \"{}\": not a valid id.", short(part)),
            );
        }
    }
    out
}

fn one_slug(kind: &str, value: &str, notices: &mut Notices) -> Option<String> {
    if is_slug(value) {
        Some(value.to_string())
    } else {
        notices.push(
            "invalid ids",
            format!(
                "Ignored {kind} \"{}\": not a valid {kind} id.",
                short(value)
            ),
        );
        None
    }
}

fn flag(key: &str, value: &str, notices: &mut Notices) -> bool {
    match value {
        "1" | "on" | "true" | "" => true,
        "0" | "off" | "false" => false,
        _ => {
            notices.push(
                "parameters",
                format!("Ignored {key}=\"{}\": use 1 or 0.", short(value)),
            );
            false
        }
    }
}

/// Reads a whole query string ("?a=1&b=2") into a view state: [`split_query`] and
/// [`parse`], reading at most [`MAX_QUERY`] bytes and [`MAX_PARAMS`] parameters (and
/// saying so when a link is cut short).
pub fn parse_query(query: &str) -> (ViewState, Vec<String>) {
    let query = query.trim_start_matches('?');
    let mut cut = None;
    let mut read = query;
    if query.len() > MAX_QUERY {
        let mut end = MAX_QUERY;
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        // Whole parameters only.
        read = &query[..query[..end].rfind('&').unwrap_or(0)];
        cut = Some(format!(
            "This link is {} characters long; only its first {} were read.",
            crate::notices::group_digits(query.len()),
            crate::notices::group_digits(read.len())
        ));
    }
    let mut pairs = split_query(read);
    if pairs.len() > MAX_PARAMS {
        let more = pairs.len() - MAX_PARAMS;
        pairs.truncate(MAX_PARAMS);
        cut.get_or_insert(format!(
            "Ignored {} more parameters: a link is read up to {MAX_PARAMS} of them.",
            crate::notices::group_digits(more)
        ));
    }
    let (state, mut notices) = parse(&pairs);
    if let Some(c) = cut {
        notices.insert(0, c);
    }
    (state, notices)
}

/// Stage one: checks each raw `(key, value)` pair on its own.
/// Returns the state and one notice per ignored parameter.
pub fn parse(pairs: &[(String, String)]) -> (ViewState, Vec<String>) {
    let mut s = ViewState::default();
    let mut notices = Notices::default();
    let (mut from, mut to) = (None, None);
    // A date that could not be read has its own notice already.
    let mut bad_date = false;
    for (key, value) in pairs {
        let value = value.trim();
        match key.as_str() {
            "event" => s.event = one_slug("event", value, &mut notices).or(s.event.take()),
            "cat" => s
                .filter
                .categories
                .extend(slug_list("category", value, &mut notices)),
            "people" => s
                .filter
                .people
                .extend(slug_list("person", value, &mut notices)),
            "src" => s
                .filter
                .sources
                .extend(slug_list("source", value, &mut notices)),
            "q" => {
                if value.chars().count() <= MAX_TEXT {
                    s.filter.text = value.to_string();
                } else {
                    notices.push(
                        "parameters",
                        "Ignored the search text: longer than 200 characters.",
                    );
                }
            }
            "from" | "to" => match HistDate::parse(value) {
                Ok(d) if key == "from" => from = Some(d),
                Ok(d) => to = Some(d),
                Err(_) => {
                    bad_date = true;
                    notices.push(
                        "dates",
                        format!(
                            "Ignored {key}=\"{}\": dates are written YYYY, YYYY-MM or YYYY-MM-DD.",
                            short(value)
                        ),
                    )
                }
            },
            "view" => match value {
                "dim" => s.unmatched = Unmatched::Dim,
                "hide" => s.unmatched = Unmatched::Hide,
                _ => notices.push(
                    "parameters",
                    format!("Ignored view=\"{}\": use dim or hide.", short(value)),
                ),
            },
            "mode" => match value {
                "projection" => s.projection = true,
                "timeline" => s.projection = false,
                _ => notices.push(
                    "parameters",
                    format!(
                        "Ignored mode=\"{}\": use timeline or projection.",
                        short(value)
                    ),
                ),
            },
            "differ" => s.filter.differ = flag("differ", value, &mut notices),
            "reveal" => s.reveal = flag("reveal", value, &mut notices),
            "list" => {
                s.layout = s
                    .layout
                    .set(Layout::List, flag("list", value, &mut notices))
            }
            "compare" => {
                s.layout = s
                    .layout
                    .set(Layout::Compare, flag("compare", value, &mut notices))
            }
            "tour" => s.tour = one_slug("tour", value, &mut notices).or(s.tour.take()),
            "step" => match value.parse::<usize>() {
                Ok(n) if n >= 1 => s.step = Some(n),
                _ => notices.push(
                    "parameters",
                    format!("Ignored step \"{}\": not a step number.", short(value)),
                ),
            },
            "data" => match check_data_path(value) {
                Ok(p) => s.data = Some(p),
                Err(why) => notices.push("parameters", why),
            },
            other => notices.push(
                "unknown link parameters",
                format!("Ignored unknown link parameter \"{}\".", short(other)),
            ),
        }
    }
    match (from, to) {
        (Some(f), Some(t)) if t.end_value() > f.start_value() => s.window = Some((f, t)),
        (Some(_), Some(_)) => notices.push(
            "dates",
            "Ignored the time window: \"to\" is before \"from\".",
        ),
        // Only one of them given (once or more often).
        (Some(_), None) | (None, Some(_)) if !bad_date => notices.push(
            "dates",
            "Ignored the time window: it needs both \"from\" and \"to\".",
        ),
        _ => {}
    }
    (s, notices.lines())
}

/// Stage two: drops ids the loaded dataset does not have, one notice each.
pub fn resolve(mut s: ViewState, t: &Timeline) -> (ViewState, Vec<String>) {
    let mut notices = Notices::default();
    if let Some(id) = &s.event {
        if t.event_index(id).is_none() {
            notices.push(
                "unknown events",
                format!("No event \"{}\" in this timeline.", short(id)),
            );
            s.event = None;
        }
    }
    match (&s.tour, s.step) {
        (Some(id), step) => match t.tour_index(id) {
            None => {
                notices.push(
                    "unknown tours",
                    format!("No tour \"{}\" in this timeline.", short(id)),
                );
                s.tour = None;
                s.step = None;
            }
            Some(k) => {
                let n = t.tours[k].steps.len();
                if step.is_some_and(|st| st > n) {
                    notices.push(
                        "parameters",
                        format!("The tour has {n} steps; starting at step 1."),
                    );
                    s.step = Some(1);
                }
                // A tour step opens its own event: another one in the same link loses.
                let step_event = &t.tours[k].steps[s.step.unwrap_or(1) - 1].event;
                if let Some(e) = s.event.take() {
                    if &e != step_event {
                        notices.push(
                            "parameters",
                            format!(
                                "Ignored event \"{}\": the link's tour step opens \"{}\".",
                                short(&e),
                                short(step_event)
                            ),
                        );
                    }
                }
            }
        },
        (None, Some(_)) => {
            notices.push("parameters", "Ignored step: it needs a tour.");
            s.step = None;
        }
        (None, None) => {}
    }
    let mut keep = |kind: &'static str,
                    name: &str,
                    set: &mut BTreeSet<String>,
                    known: &dyn Fn(&str) -> bool| {
        set.retain(|id| {
            let ok = known(id);
            if !ok {
                notices.push(
                    kind,
                    format!("No {name} \"{}\" in this timeline.", short(id)),
                );
            }
            ok
        });
    };
    keep(
        "unknown categories",
        "category",
        &mut s.filter.categories,
        &|id| t.category_index(id).is_some(),
    );
    keep("unknown people", "person", &mut s.filter.people, &|id| {
        t.person_index(id).is_some()
    });
    keep("unknown sources", "source", &mut s.filter.sources, &|id| {
        t.source(id).is_some()
    });
    (s, notices.lines())
}

fn join(set: &BTreeSet<String>) -> String {
    set.iter().map(String::as_str).collect::<Vec<_>>().join(",")
}

/// Formats the state as a short, readable query string (without "?"); the inverse of
/// [`parse`]. Defaults are left out.
pub fn format(s: &ViewState) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(d) = &s.data {
        parts.push(format!("data={}", encode(d)));
    }
    if let Some(e) = &s.event {
        parts.push(format!("event={e}"));
    }
    if let Some(t) = &s.tour {
        parts.push(format!("tour={t}"));
    }
    if let Some(n) = s.step {
        parts.push(format!("step={n}"));
    }
    let f = &s.filter;
    if !f.categories.is_empty() {
        parts.push(format!("cat={}", join(&f.categories)));
    }
    if !f.people.is_empty() {
        parts.push(format!("people={}", join(&f.people)));
    }
    if !f.sources.is_empty() {
        parts.push(format!("src={}", join(&f.sources)));
    }
    if !f.text.trim().is_empty() {
        parts.push(format!("q={}", encode(f.text.trim())));
    }
    if f.differ {
        parts.push("differ=1".into());
    }
    if let Some((from, to)) = &s.window {
        parts.push(format!(
            "from={}&to={}",
            encode(&from.to_iso()),
            encode(&to.to_iso())
        ));
    }
    if s.unmatched == Unmatched::Hide {
        parts.push("view=hide".into());
    }
    if s.projection {
        parts.push("mode=projection".into());
    }
    if s.reveal {
        parts.push("reveal=1".into());
    }
    match s.layout {
        Layout::Strip => {}
        Layout::List => parts.push("list=1".into()),
        Layout::Compare => parts.push("compare=1".into()),
    }
    parts.join("&")
}
