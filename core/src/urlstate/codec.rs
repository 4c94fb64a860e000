//! The view-state codec: `ViewState` and the layouts, `parse` (each parameter's syntax on
//! its own), `resolve` (ids against the loaded dataset) and `format` (the state back into
//! a short query). Every bad parameter is dropped with a short notice; the rest of the
//! link still applies. Never decides which addresses may be loaded (`data.rs`) and never
//! reads the browser's location: the app hands in the query.

use super::params::{param, PARAMS};
use super::query::{encode, split_query};
use super::short;
use crate::activity::{Kind, Seed};
use crate::date::HistDate;
use crate::filter::Filter;
use crate::model::Timeline;
use crate::notices::Notices;
use std::collections::BTreeSet;

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
    /// A class activity (`activity=order`, with `n=` and `seed=`).
    Activity(ActivityLink),
}

/// A class activity as a link names it: `activity=order&n=8&seed=4021`. Its `n` and
/// `seed` are read wherever they stand in the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActivityLink {
    pub kind: Kind,
    /// How many cards or questions (`n=`, within `activity::MIN_N..=MAX_N`); `None` when
    /// the link does not say (the activity then deals `activity::DEFAULT_N`).
    pub n: Option<usize>,
    /// Which set is dealt (`seed=`); `None` when the link does not say (the app then
    /// picks one).
    pub seed: Option<Seed>,
}

impl Layout {
    /// `to` when `on`, else back to the strip from `to` (another layout stays).
    pub(super) fn set(self, to: Layout, on: bool) -> Layout {
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
    /// Strip, list, compare table or a class activity.
    pub layout: Layout,
    pub tour: Option<String>,
    /// 1-based step within the tour.
    pub step: Option<usize>,
    /// Same-origin path of the dataset to load.
    pub data: Option<String>,
    /// The interface language the link asks for (`lang=fr`, `lang=pt-BR`): checked for
    /// its syntax only; whether there is such a translation is the app's business.
    pub lang: Option<String>,
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
        cut = Some(crate::t!(
            "link-too-long",
            n = query.len(),
            read = crate::i18n::number(read.len() as f64)
        ));
    }
    let mut pairs = split_query(read);
    if pairs.len() > MAX_PARAMS {
        let more = pairs.len() - MAX_PARAMS;
        pairs.truncate(MAX_PARAMS);
        cut.get_or_insert(crate::t!("link-too-many", n = more, most = MAX_PARAMS));
    }
    let (state, mut notices) = parse(&pairs);
    if let Some(c) = cut {
        notices.insert(0, c);
    }
    (state, notices)
}

/// A link as it is being read: the state so far, and what only the whole link decides.
#[derive(Default)]
pub(super) struct Reading {
    pub(super) state: ViewState,
    pub(super) notices: Notices,
    pub(super) from: Option<HistDate>,
    pub(super) to: Option<HistDate>,
    /// A date that could not be read (it has its own notice already).
    pub(super) bad_date: bool,
    /// The activity's `n` and `seed`, wherever they stand in the link.
    pub(super) n: Option<usize>,
    pub(super) seed: Option<Seed>,
    /// An `activity=` that could not be read (it has its own notice already).
    pub(super) bad_activity: bool,
}

impl Reading {
    /// What the link says once all of it is read: the window from its two dates, the
    /// activity with its `n` and `seed` (without an activity they are dropped, with a
    /// notice unless the link's `activity=` had one already).
    fn finish(mut self) -> (ViewState, Vec<String>) {
        match &mut self.state.layout {
            Layout::Activity(a) => {
                a.n = self.n;
                a.seed = self.seed;
            }
            _ if self.bad_activity => {}
            _ => {
                for (key, given) in [("n", self.n.is_some()), ("seed", self.seed.is_some())] {
                    if given {
                        self.notices
                            .push("parameters", crate::t!("link-needs-activity", key = key));
                    }
                }
            }
        }
        match (self.from, self.to) {
            (Some(f), Some(t)) if t.end_value() > f.start_value() => {
                self.state.window = Some((f, t))
            }
            (Some(_), Some(_)) => self
                .notices
                .push("dates", crate::t!("link-window-reversed")),
            // Only one of them given (once or more often).
            (Some(_), None) | (None, Some(_)) if !self.bad_date => {
                self.notices.push("dates", crate::t!("link-window-half"))
            }
            _ => {}
        }
        (self.state, self.notices.lines())
    }
}

/// Stage one: checks each raw `(key, value)` pair on its own, as [`PARAMS`] reads its
/// key. Returns the state and one notice per ignored parameter.
pub fn parse(pairs: &[(String, String)]) -> (ViewState, Vec<String>) {
    let mut r = Reading::default();
    for (key, value) in pairs {
        match param(key) {
            Some(p) => (p.read)(&mut r, value.trim()),
            None => r.notices.push(
                "unknown link parameters",
                crate::t!("link-unknown-parameter", key = short(key)),
            ),
        }
    }
    r.finish()
}

/// Stage two: drops ids the loaded dataset does not have, one notice each. The
/// corroborate activity needs an event of the dataset: without one it is dropped too (one
/// notice for both).
pub fn resolve(mut s: ViewState, t: &Timeline) -> (ViewState, Vec<String>) {
    let mut notices = Notices::default();
    let corroborate = matches!(s.layout, Layout::Activity(a) if a.kind == Kind::Corroborate);
    match &s.event {
        Some(id) if t.event_index(id).is_none() => {
            notices.push(
                "unknown events",
                if corroborate {
                    crate::t!("link-no-event-corroborate", id = short(id))
                } else {
                    crate::t!("link-no-event", id = short(id))
                },
            );
            s.event = None;
            if corroborate {
                s.layout = Layout::Strip;
            }
        }
        Some(_) => {}
        None if corroborate => {
            notices.push("parameters", crate::t!("link-corroborate-needs-event"));
            s.layout = Layout::Strip;
        }
        None => {}
    }
    match (&s.tour, s.step) {
        (Some(id), step) => match t.tour_index(id) {
            None => {
                notices.push("unknown tours", crate::t!("link-no-tour", id = short(id)));
                s.tour = None;
                s.step = None;
            }
            Some(k) => {
                let n = t.tours[k].steps.len();
                if step.is_some_and(|st| st > n) {
                    notices.push("parameters", crate::t!("link-tour-steps", n = n));
                    s.step = Some(1);
                }
                // A tour step opens its own event: another one in the same link loses.
                let step_event = &t.tours[k].steps[s.step.unwrap_or(1) - 1].event;
                if let Some(e) = s.event.take() {
                    if &e != step_event {
                        notices.push(
                            "parameters",
                            crate::t!(
                                "link-event-vs-step",
                                id = short(&e),
                                step = short(step_event)
                            ),
                        );
                    }
                }
            }
        },
        (None, Some(_)) => {
            notices.push("parameters", crate::t!("link-step-needs-tour"));
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
                notices.push(kind, crate::t!("link-no-such", what = name, id = short(id)));
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

/// Formats the state as a short, readable query string (without "?"); the inverse of
/// [`parse`]. The keys come in [`PARAMS`]'s order; defaults are left out.
pub fn format(s: &ViewState) -> String {
    PARAMS
        .iter()
        .filter_map(|p| Some(format!("{}={}", p.key, encode(&(p.write)(s)?))))
        .collect::<Vec<_>>()
        .join("&")
}
