//! Class activities generated from the data (issue 25): what each activity is called in a
//! link (`?activity=order|sources|corroborate`, `&n=`, `&seed=`), whether a timeline can
//! run it, and the shared score; the generation, checking and scoring live in [`order`],
//! [`sources`] and [`corroborate`]. Pure and seeded (the same link deals the same cards on
//! every platform); never draws, never reads or writes the URL itself.

pub mod corroborate;
pub mod order;
mod rng;
pub mod sources;

use crate::filter::Matches;
use crate::model::Timeline;
use std::fmt;

/// Which activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Put them in order.
    Order,
    /// Who says so?
    Sources,
    /// Corroborate one event.
    Corroborate,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Order, Kind::Sources, Kind::Corroborate];

    /// The kind a link's `activity=` names, or `None` for anything else.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == s)
    }

    /// How a link names it: "order", "sources", "corroborate".
    pub fn id(self) -> &'static str {
        match self {
            Kind::Order => "order",
            Kind::Sources => "sources",
            Kind::Corroborate => "corroborate",
        }
    }

    /// Its title: "Put them in order", "Who says so?", "Corroborate".
    pub fn title(self) -> String {
        crate::t!("activity-title", kind = self.id())
    }

    /// Keeps the kinds' random streams apart for one seed.
    fn stream(self) -> u64 {
        match self {
            Kind::Order => 1,
            Kind::Sources => 2,
            Kind::Corroborate => 3,
        }
    }
}

/// How many cards or questions a set has when the link does not say.
pub const DEFAULT_N: usize = 6;
/// The fewest a link may ask for (fewer is raised to it).
pub const MIN_N: usize = 2;
/// The most a link may ask for (more is lowered to it).
pub const MAX_N: usize = 12;

/// `n` within [`MIN_N`]..=[`MAX_N`].
pub fn clamp_n(n: usize) -> usize {
    n.clamp(MIN_N, MAX_N)
}

/// A link's `n=`: decimal digits, clamped to [`MIN_N`]..=[`MAX_N`]; `None` for anything
/// else (the caller then uses [`DEFAULT_N`]).
pub fn parse_n(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Digits beyond what usize holds still mean "many".
    Some(clamp_n(s.parse::<usize>().unwrap_or(usize::MAX)))
}

/// What makes a set: the same seed (with the same timeline, filters and `n`) gives the
/// same events, questions and shuffle. Written in links as decimal digits (`seed=4021`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Seed(pub u32);

impl Seed {
    /// A link's `seed=`: 1 to 10 decimal digits within `u32`; `None` for anything else.
    pub fn parse(s: &str) -> Option<Seed> {
        if s.is_empty() || s.len() > 10 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse::<u32>().ok().map(Seed)
    }

    /// A seed from any number (the clock, say, for a link that has none), well mixed.
    pub fn from_u64(x: u64) -> Seed {
        Seed((rng::mix(x) >> 32) as u32)
    }

    /// The seed "New set" moves to: another set, the same for everyone who presses it.
    pub fn next(self) -> Seed {
        Seed::from_u64(u64::from(self.0).wrapping_add(1))
    }

    /// The generator for one kind of activity.
    fn rng(self, kind: Kind) -> rng::Rng {
        rng::Rng::new((kind.stream() << 32) | u64::from(self.0))
    }
}

impl fmt::Display for Seed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// How a checked set went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub right: usize,
    pub total: usize,
}

impl Score {
    /// "4 of 6 right".
    pub fn sentence(&self) -> String {
        crate::t!("score-right", n = self.right, total = self.total)
    }

    /// "4 of 6 in the right place", for the ordering activity.
    pub fn in_place(&self) -> String {
        crate::t!("score-in-place", n = self.right, total = self.total)
    }

    pub fn all_right(&self) -> bool {
        self.right == self.total
    }
}

/// Why an activity cannot run, for the interface to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unavailable {
    /// Fewer than two events whose order their dates decide; `found` could be chosen (0
    /// or 1).
    TooFewEvents { found: usize },
    /// The timeline has fewer than two source documents.
    NoSources,
    /// No event cites a source document.
    NoCitations,
    /// Among the events shown, no claim is made by exactly one document.
    NoQuestions,
    /// The event asked for is not in the timeline.
    NoSuchEvent,
    /// The event cites no source document.
    Uncited,
}

impl Unavailable {
    /// The reason in a sentence.
    pub fn sentence(&self) -> String {
        let why = match self {
            Unavailable::TooFewEvents { found: 0 } => "no-events",
            Unavailable::TooFewEvents { .. } => "undated",
            Unavailable::NoSources => "no-sources",
            Unavailable::NoCitations => "no-citations",
            Unavailable::NoQuestions => "no-questions",
            Unavailable::NoSuchEvent => "no-such-event",
            Unavailable::Uncited => "uncited",
        };
        crate::t!("activity-unavailable", why = why)
    }
}

impl fmt::Display for Unavailable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence())
    }
}

/// Whether the timeline can run `kind` at all (before any filter): ordering needs two
/// events whose order their dates decide; the source activities need at least two source
/// documents and a citation of one. Linear in the events.
pub fn available(t: &Timeline, kind: Kind) -> Result<(), Unavailable> {
    match kind {
        Kind::Order => {
            if order::available(t) {
                Ok(())
            } else {
                Err(Unavailable::TooFewEvents {
                    found: t.events.len().min(1),
                })
            }
        }
        Kind::Sources | Kind::Corroborate => has_sources(t),
    }
}

/// At least two source documents, and an event that cites one of them.
fn has_sources(t: &Timeline) -> Result<(), Unavailable> {
    if t.sources.len() < 2 {
        return Err(Unavailable::NoSources);
    }
    let ids = crate::corroboration::SourceIds::new(t);
    let cited = t
        .events
        .iter()
        .any(|e| e.citations.iter().any(|c| ids.get(&c.source).is_some()));
    if cited {
        Ok(())
    } else {
        Err(Unavailable::NoCitations)
    }
}

/// The activities the timeline can run, in [`Kind::ALL`]'s order.
pub fn kinds(t: &Timeline) -> Vec<Kind> {
    Kind::ALL
        .into_iter()
        .filter(|&k| available(t, k).is_ok())
        .collect()
}

/// The events a filter lets through (indices, in time order): the activities' candidates.
pub fn shown(m: &Matches) -> Vec<usize> {
    m.event
        .iter()
        .enumerate()
        .filter_map(|(i, &on)| on.then_some(i))
        .collect()
}

/// `events` that exist in `t`, each once, in time order (the timeline's events are in
/// time order, so their indices are too).
fn existing_in_order(t: &Timeline, events: &[usize]) -> Vec<usize> {
    let mut out: Vec<usize> = events
        .iter()
        .copied()
        .filter(|&i| i < t.events.len())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A claim in the timeline's own words, for a card or a question: citation `citation`'s
/// `says`, or, for claim `claim` of dispute `dispute`, "about: value". Empty where the
/// event has no such claim.
fn claim_text(
    t: &Timeline,
    event: usize,
    citation: Option<usize>,
    disputed: (usize, usize),
) -> String {
    let Some(e) = t.events.get(event) else {
        return String::new();
    };
    match citation {
        Some(c) => e.citations.get(c).map_or(String::new(), |c| c.says.clone()),
        None => {
            let (dispute, claim) = disputed;
            e.disputes
                .get(dispute)
                .and_then(|d| {
                    d.claims
                        .get(claim)
                        .map(|c| format!("{}: {}", d.about, c.value))
                })
                .unwrap_or_default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_strangers_are_refused() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.id()), Some(k));
        }
        for s in ["", "Order", "orders", " order", "quiz"] {
            assert_eq!(Kind::parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn n_is_read_and_clamped() {
        for (s, want) in [
            ("6", Some(6)),
            ("0", Some(2)),
            ("1", Some(2)),
            ("12", Some(12)),
            ("13", Some(12)),
            ("0007", Some(7)),
            ("99999999999999999999999", Some(12)),
            ("", None),
            ("-3", None),
            ("six", None),
            ("6 ", None),
        ] {
            assert_eq!(parse_n(s), want, "{s:?}");
        }
    }

    #[test]
    fn seeds_are_read_and_written_in_digits() {
        for (s, want) in [
            ("0", Some(0)),
            ("4021", Some(4021)),
            ("007", Some(7)),
            ("4294967295", Some(u32::MAX)),
            ("4294967296", None),
            ("12345678901", None),
            ("", None),
            ("-1", None),
            ("+1", None),
            ("0x10", None),
            ("abc", None),
        ] {
            assert_eq!(Seed::parse(s).map(|x| x.0), want, "{s:?}");
        }
        let s = Seed(4021);
        assert_eq!(Seed::parse(&s.to_string()), Some(s));
        assert_ne!(s.next(), s);
        assert_eq!(s.next(), Seed(4021).next(), "the next set is everyone's");
        assert_ne!(Seed::from_u64(1), Seed::from_u64(2));
    }

    #[test]
    fn scores_read_as_sentences() {
        let s = Score { right: 4, total: 6 };
        assert_eq!(s.sentence(), "4 of 6 right");
        assert_eq!(s.in_place(), "4 of 6 in the right place");
        assert!(!s.all_right());
        assert!(Score { right: 3, total: 3 }.all_right());
    }
}
