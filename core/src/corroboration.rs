//! Agreement made visible (issue 24): where each source document stands on an event, read
//! from the event's citations and recorded disputes. A document agrees (it shares a value
//! of a recorded dispute with another document), differs (it gives a value no other
//! document gives while another gives one), is the only document that speaks of the
//! event, speaks of it with nothing recorded to compare, or is silent; per disputed
//! point and as one word per cell, with counts per column and short wording. Pure; never
//! draws, never reads the URL, never judges what the sources say beyond the records.
//!
//! How a standing is said in words (names joined, a point, a document on an event) is in
//! `words`.

mod words;

use crate::model::{Event, Timeline};
use std::collections::HashMap;
pub use words::{names, phrase, point_phrase};

/// Where one document stands on one event, in one word. Exactly one applies, taken in the
/// order of the variants: a silent document is silent; the only document that speaks of
/// the event is `Only`; a document that shares a value with another on any recorded
/// dispute `Agrees` (even where it differs on another point: the agreement is what the
/// compare table would otherwise hide, and [`Report`] keeps the points it differs on);
/// then `Differs`; otherwise it `Speaks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Standing {
    /// It says nothing of the event (no citation, no claim).
    Silent,
    /// It is the only document that speaks of the event.
    Only,
    /// On some recorded dispute it gives a value another document gives too.
    Agrees,
    /// On some recorded dispute it gives a value no other document gives, while another
    /// document gives a value there; it shares none.
    Differs,
    /// It speaks of the event, as other documents do, and no recorded dispute sets its
    /// values beside theirs.
    Speaks,
}

impl Standing {
    /// Every standing, in the order a column head lists them.
    pub const ALL: [Standing; 5] = [
        Standing::Agrees,
        Standing::Differs,
        Standing::Only,
        Standing::Speaks,
        Standing::Silent,
    ];

    /// The standing's key, as markup names it (`data-standing`): "agrees", "differs",
    /// "only", "speaks", "silent".
    pub fn word(self) -> &'static str {
        match self {
            Standing::Agrees => "agrees",
            Standing::Differs => "differs",
            Standing::Only => "only",
            Standing::Speaks => "speaks",
            Standing::Silent => "silent",
        }
    }

    /// The one word a cell or card shows, in the interface's language ("agrees").
    pub fn label(self) -> String {
        crate::t!("standing-word", standing = self.word())
    }

    /// What the word means, for a legend or a tooltip.
    pub fn meaning(self) -> String {
        crate::t!("standing-meaning", standing = self.word())
    }
}

/// Where one document stands on one recorded dispute of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PointStanding {
    /// One of its values is also given by another document.
    Agrees,
    /// None of its values is given by another document, and another document gives a
    /// different value.
    Differs,
    /// No other document gives a value on this point (the document gives two values itself).
    Alone,
}

/// One document on one recorded dispute of an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Point {
    /// Index into the event's `disputes`.
    pub dispute: usize,
    pub standing: PointStanding,
    /// The claims (indices into the dispute's `claims`) that name this document.
    pub values: Vec<usize>,
    /// Other documents (indices into `Timeline::sources`) that give one of its values.
    pub with: Vec<usize>,
    /// Other documents that give a value it does not give.
    pub against: Vec<usize>,
}

/// One document on one event: its standing and the disputed points it gives values on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub standing: Standing,
    /// The recorded disputes it gives a value on, in the event's order.
    pub points: Vec<Point>,
    /// How many other documents speak of the event.
    pub others: usize,
}

impl Report {
    /// Disputed points on which it agrees with another document.
    pub fn agrees_on(&self) -> usize {
        self.count(PointStanding::Agrees)
    }

    /// Disputed points on which it differs from the others.
    pub fn differs_on(&self) -> usize {
        self.count(PointStanding::Differs)
    }

    fn count(&self, s: PointStanding) -> usize {
        self.points.iter().filter(|p| p.standing == s).count()
    }
}

/// Source ids to indices into `Timeline::sources`, built once per call.
pub(crate) struct SourceIds<'a>(HashMap<&'a str, usize>);

impl<'a> SourceIds<'a> {
    pub(crate) fn new(t: &'a Timeline) -> Self {
        let mut m = HashMap::with_capacity(t.sources.len());
        for (i, s) in t.sources.iter().enumerate() {
            m.entry(s.id.as_str()).or_insert(i);
        }
        SourceIds(m)
    }

    pub(crate) fn get(&self, id: &str) -> Option<usize> {
        self.0.get(id).copied()
    }
}

/// The distinct documents (indices) a claim names, in its order; unknown ids left out.
pub(crate) fn claim_sources(ids: &SourceIds, sources: &[String]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(sources.len());
    for s in sources.iter().filter_map(|s| ids.get(s)) {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Per document, whether it speaks of the event (a citation or a claim names it).
fn speaking(ids: &SourceIds, n_sources: usize, e: &Event) -> Vec<bool> {
    let mut out = vec![false; n_sources];
    let claimed = e
        .disputes
        .iter()
        .flat_map(|d| d.claims.iter().flat_map(|c| c.sources.iter()));
    for id in e.citations.iter().map(|c| &c.source).chain(claimed) {
        if let Some(s) = ids.get(id) {
            out[s] = true;
        }
    }
    out
}

/// Document `s` on dispute `d` of `e`, or `None` when it gives no value there.
fn point(ids: &SourceIds, e: &Event, d: usize, s: usize) -> Option<Point> {
    let claims: Vec<Vec<usize>> = e.disputes[d]
        .claims
        .iter()
        .map(|c| claim_sources(ids, &c.sources))
        .collect();
    let mut values = Vec::new();
    let mut with = Vec::new();
    let mut against = Vec::new();
    for (k, c) in claims.iter().enumerate() {
        let list = if c.contains(&s) {
            values.push(k);
            &mut with
        } else {
            &mut against
        };
        for &o in c.iter().filter(|&&o| o != s) {
            if !list.contains(&o) {
                list.push(o);
            }
        }
    }
    if values.is_empty() {
        return None;
    }
    let standing = if !with.is_empty() {
        PointStanding::Agrees
    } else if !against.is_empty() {
        PointStanding::Differs
    } else {
        PointStanding::Alone
    };
    Some(Point {
        dispute: d,
        standing,
        values,
        with,
        against,
    })
}

fn summary(speaks: bool, others: usize, points: &[Point]) -> Standing {
    let any = |s: PointStanding| points.iter().any(|p| p.standing == s);
    if !speaks {
        Standing::Silent
    } else if others == 0 {
        Standing::Only
    } else if any(PointStanding::Agrees) {
        Standing::Agrees
    } else if any(PointStanding::Differs) {
        Standing::Differs
    } else {
        Standing::Speaks
    }
}

fn report_with(ids: &SourceIds, t: &Timeline, e: &Event, s: usize) -> Report {
    let speak = speaking(ids, t.sources.len(), e);
    let speaks = speak.get(s).copied().unwrap_or(false);
    let others = speak.iter().filter(|&&x| x).count() - usize::from(speaks);
    let points: Vec<Point> = (0..e.disputes.len())
        .filter_map(|d| point(ids, e, d, s))
        .collect();
    Report {
        standing: summary(speaks, others, &points),
        points,
        others,
    }
}

/// Document `source` (an index into `Timeline::sources`) on event `event` (an index into
/// `Timeline::events`), with its disputed points. An index out of range reads as silent.
pub fn report(t: &Timeline, event: usize, source: usize) -> Report {
    let Some(e) = t.events.get(event) else {
        return Report {
            standing: Standing::Silent,
            points: Vec::new(),
            others: 0,
        };
    };
    report_with(&SourceIds::new(t), t, e, source)
}

/// The one word for document `source` on event `event`.
pub fn standing(t: &Timeline, event: usize, source: usize) -> Standing {
    report(t, event, source).standing
}

/// Every document's standing on event `e`, in `Timeline::sources` order, in one pass.
pub(crate) fn row(ids: &SourceIds, n_sources: usize, e: &Event) -> Vec<Standing> {
    let speak = speaking(ids, n_sources, e);
    let speakers = speak.iter().filter(|&&x| x).count();
    // Per document: agrees on some point, differs on some point.
    let mut agrees = vec![false; n_sources];
    let mut differs = vec![false; n_sources];
    for d in &e.disputes {
        let claims: Vec<Vec<usize>> = d
            .claims
            .iter()
            .map(|c| claim_sources(ids, &c.sources))
            .collect();
        let mut named: Vec<usize> = claims.iter().flatten().copied().collect();
        named.sort_unstable();
        named.dedup();
        for &s in &named {
            if claims.iter().any(|c| c.len() > 1 && c.contains(&s)) {
                agrees[s] = true;
            } else if named.len() > 1 {
                differs[s] = true;
            }
        }
    }
    (0..n_sources)
        .map(|s| {
            if !speak[s] {
                Standing::Silent
            } else if speakers == 1 {
                Standing::Only
            } else if agrees[s] {
                Standing::Agrees
            } else if differs[s] {
                Standing::Differs
            } else {
                Standing::Speaks
            }
        })
        .collect()
}

/// Every document's standing on event `event`, in `Timeline::sources` order (the compare
/// table's row). Empty for an index out of range.
pub fn standings(t: &Timeline, event: usize) -> Vec<Standing> {
    match t.events.get(event) {
        Some(e) => row(&SourceIds::new(t), t.sources.len(), e),
        None => Vec::new(),
    }
}

/// How many events of a column have each standing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub agrees: usize,
    pub differs: usize,
    pub only: usize,
    pub speaks: usize,
    pub silent: usize,
}

impl Counts {
    pub fn get(&self, s: Standing) -> usize {
        match s {
            Standing::Agrees => self.agrees,
            Standing::Differs => self.differs,
            Standing::Only => self.only,
            Standing::Speaks => self.speaks,
            Standing::Silent => self.silent,
        }
    }

    fn add(&mut self, s: Standing) {
        *match s {
            Standing::Agrees => &mut self.agrees,
            Standing::Differs => &mut self.differs,
            Standing::Only => &mut self.only,
            Standing::Speaks => &mut self.speaks,
            Standing::Silent => &mut self.silent,
        } += 1;
    }

    /// The events counted.
    pub fn total(&self) -> usize {
        Standing::ALL.iter().map(|&s| self.get(s)).sum()
    }

    /// A column head's counts, the standings it has: "agrees 2, differs 5, only 11,
    /// speaks 9, silent 66" (a standing with no events left out; "no events" for none).
    pub fn describe(&self) -> String {
        let parts: Vec<String> = Standing::ALL
            .iter()
            .filter(|&&s| self.get(s) > 0)
            .map(|&s| crate::t!("standing-count", standing = s.word(), n = self.get(s)))
            .collect();
        if parts.is_empty() {
            crate::t!("coverage-none")
        } else {
            parts.join(", ")
        }
    }
}

/// Per document (in `Timeline::sources` order), how many of the events `events` (indices;
/// those out of range ignored) have each standing: the compare table's column heads.
/// One pass over the events' citations and claims.
pub fn counts(t: &Timeline, events: impl IntoIterator<Item = usize>) -> Vec<Counts> {
    let ids = SourceIds::new(t);
    let mut out = vec![Counts::default(); t.sources.len()];
    for e in events.into_iter().filter_map(|i| t.events.get(i)) {
        for (s, st) in row(&ids, t.sources.len(), e).into_iter().enumerate() {
            out[s].add(st);
        }
    }
    out
}

#[cfg(test)]
mod tests;
