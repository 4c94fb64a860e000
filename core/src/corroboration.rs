//! Agreement made visible (issue 24): where each source document stands on an event, read
//! from the event's citations and recorded disputes. A document agrees (it shares a value
//! of a recorded dispute with another document), differs (it gives a value no other
//! document gives while another gives one), is the only document that speaks of the
//! event, speaks of it with nothing recorded to compare, or is silent; per disputed
//! point and as one word per cell, with counts per column and short wording. Pure; never
//! draws, never reads the URL, never judges what the sources say beyond the records.

use crate::model::{Event, Timeline};
use std::collections::HashMap;

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

    /// The one word a cell or card shows: "agrees", "differs", "only", "speaks", "silent".
    pub fn word(self) -> &'static str {
        match self {
            Standing::Agrees => "agrees",
            Standing::Differs => "differs",
            Standing::Only => "only",
            Standing::Speaks => "speaks",
            Standing::Silent => "silent",
        }
    }

    /// What the word means, for a legend or a tooltip.
    pub fn meaning(self) -> &'static str {
        match self {
            Standing::Agrees => "agrees with another document on a disputed point",
            Standing::Differs => "gives a value on a disputed point that no other document gives",
            Standing::Only => "the only document that speaks of the event",
            Standing::Speaks => {
                "speaks of the event, as others do, with no disputed point recorded between them"
            }
            Standing::Silent => "says nothing of the event",
        }
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
            .map(|&s| format!("{} {}", s.word(), self.get(s)))
            .collect();
        if parts.is_empty() {
            "no events".into()
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

/// Document names joined as a reader writes them: "A", "A and B", "A, B and C". Short
/// titles, as the compare table's heads; an index out of range is left out.
pub fn names(t: &Timeline, sources: &[usize]) -> String {
    let names: Vec<&str> = sources
        .iter()
        .filter_map(|&s| t.sources.get(s))
        .map(|s| s.short())
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// One disputed point in words, without the document's name (the cell or card gives
/// it): "agrees with Study guide on “Officers purged”", "differs from School page and
/// Web article on “When”", "is the only document with a value on “What became of the
/// delegates”" (it gives two itself).
pub fn point_phrase(t: &Timeline, event: usize, p: &Point) -> String {
    let about = t
        .events
        .get(event)
        .and_then(|e| e.disputes.get(p.dispute))
        .map_or("", |d| d.about.as_str());
    match p.standing {
        PointStanding::Agrees => format!("agrees with {} on “{about}”", names(t, &p.with)),
        PointStanding::Differs => format!("differs from {} on “{about}”", names(t, &p.against)),
        PointStanding::Alone => format!("is the only document with a value on “{about}”"),
    }
}

/// A document's standing on an event in words, without its name: its disputed points
/// joined by "; ", agreements first ("agrees with Study guide on “How many died”; differs
/// from Study guide and Web article on “How many were sent to the camps”"), or what its
/// word means.
pub fn phrase(t: &Timeline, event: usize, r: &Report) -> String {
    match r.standing {
        Standing::Silent => "says nothing of this event".into(),
        Standing::Only if r.points.is_empty() => {
            "is the only document that speaks of this event".into()
        }
        Standing::Only => format!(
            "is the only document that speaks of this event; {}",
            points_phrase(t, event, r)
        ),
        Standing::Speaks if r.points.is_empty() => {
            let others = match r.others {
                1 => "one other document does".to_string(),
                n => format!("{n} other documents do"),
            };
            format!("speaks of this event, as {others}; no disputed point is recorded")
        }
        _ => points_phrase(t, event, r),
    }
}

/// The points agreed on first, as the word says, then those it differs on, then the rest.
fn points_phrase(t: &Timeline, event: usize, r: &Report) -> String {
    let rank = |p: &&Point| match p.standing {
        PointStanding::Agrees => 0,
        PointStanding::Differs => 1,
        PointStanding::Alone => 2,
    };
    let mut points: Vec<&Point> = r.points.iter().collect();
    points.sort_by_key(rank);
    points
        .into_iter()
        .map(|p| point_phrase(t, event, p))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Recorded disputes: (about, [(value, [sources])]).
    type Disputes<'a> = &'a [(&'a str, &'a [(&'a str, &'a [&'a str])])];

    /// A timeline of one event cited by the documents `cites` (ids among a, b, c, d),
    /// with the disputes `disputes`: (about, [(value, [sources])]).
    fn one_event(cites: &[&str], disputes: Disputes) -> Timeline {
        let sources: Vec<_> = ["a", "b", "c", "d"]
            .iter()
            .map(|id| {
                serde_json::json!({"id": id, "title": format!("Doc {id}"),
                    "short_title": id.to_uppercase(), "kind": "k", "span": "1930s", "reliability": "r"})
            })
            .collect();
        let citations: Vec<_> = cites
            .iter()
            .map(|s| serde_json::json!({"source": s, "section": "S", "paragraph": 1, "says": format!("{s} says")}))
            .collect();
        let disputes: Vec<_> = disputes
            .iter()
            .map(|(about, claims)| {
                let claims: Vec<_> = claims
                    .iter()
                    .map(|(v, s)| serde_json::json!({"value": v, "sources": s}))
                    .collect();
                serde_json::json!({"about": about, "claims": claims})
            })
            .collect();
        let data = serde_json::json!({
            "title": "T",
            "sources": sources,
            "events": [{"id": "e", "title": "E", "start": "1937", "citations": citations, "disputes": disputes}],
        });
        crate::load_with(&data.to_string(), crate::validate::Rules::Open)
            .expect("test timeline loads")
    }

    const X: &str = "x";

    #[test]
    fn each_document_has_one_standing() {
        use Standing::*;
        type Case<'a> = (&'a str, &'a [&'a str], Disputes<'a>, [Standing; 4]);
        let cases: &[Case] = &[
            ("nobody", &[], &[], [Silent; 4]),
            ("one document", &["b"], &[], [Silent, Only, Silent, Silent]),
            (
                "two, nothing recorded",
                &["a", "b"],
                &[],
                [Speaks, Speaks, Silent, Silent],
            ),
            (
                "two differ",
                &["a", "b"],
                &[(X, &[("1", &["a"]), ("2", &["b"])])],
                [Differs, Differs, Silent, Silent],
            ),
            (
                "two agree against a third",
                &["a", "b", "c"],
                &[(X, &[("1", &["a", "b"]), ("2", &["c"])])],
                [Agrees, Agrees, Differs, Silent],
            ),
            (
                "agreeing on one point wins over differing on another",
                &["a", "b", "c"],
                &[
                    (X, &[("1", &["a", "b"]), ("2", &["c"])]),
                    ("y", &[("3", &["a"]), ("4", &["b"])]),
                ],
                [Agrees, Agrees, Differs, Silent],
            ),
            (
                "a document at odds with itself only, beside another",
                &["a", "b"],
                &[(X, &[("1", &["a"]), ("2", &["a"])])],
                [Speaks, Speaks, Silent, Silent],
            ),
            (
                "the only document, at odds with itself",
                &["a"],
                &[(X, &[("1", &["a"]), ("2", &["a"])])],
                [Only, Silent, Silent, Silent],
            ),
            (
                "one value shared, another its own",
                &["a", "b"],
                &[(X, &[("1879", &["a", "b"]), ("1878", &["b"])])],
                [Agrees, Agrees, Silent, Silent],
            ),
            (
                "a document named twice in a claim is one document",
                &["a", "b"],
                &[(X, &[("1", &["a", "a"]), ("2", &["b"])])],
                [Differs, Differs, Silent, Silent],
            ),
            (
                "a fourth speaks beside a dispute",
                &["a", "b", "d"],
                &[(X, &[("1", &["a"]), ("2", &["b"])])],
                [Differs, Differs, Silent, Speaks],
            ),
        ];
        for (name, cites, disputes, want) in cases {
            let t = one_event(cites, disputes);
            assert_eq!(standings(&t, 0), want.to_vec(), "{name}: row");
            for (s, w) in want.iter().enumerate() {
                assert_eq!(standing(&t, 0, s), *w, "{name}: report of {s}");
            }
            let c = counts(&t, [0]);
            for (s, w) in want.iter().enumerate() {
                assert_eq!(c[s].get(*w), 1, "{name}: count of {s}");
                assert_eq!(c[s].total(), 1, "{name}: total of {s}");
            }
        }
    }

    #[test]
    fn points_name_who_agrees_and_who_differs() {
        let t = one_event(
            &["a", "b", "c"],
            &[
                (
                    "Officers purged",
                    &[("35,000", &["a", "b"]), ("25,000", &["c"])],
                ),
                (
                    "When",
                    &[("1937", &["a"]), ("1938", &["b"]), ("1939", &["c"])],
                ),
            ],
        );
        let r = report(&t, 0, 0);
        assert_eq!(r.standing, Standing::Agrees);
        assert_eq!((r.agrees_on(), r.differs_on(), r.others), (1, 1, 2));
        assert_eq!(r.points[0].with, vec![1]);
        assert_eq!(r.points[0].against, vec![2]);
        assert_eq!(r.points[1].against, vec![1, 2]);
        for (source, want) in [
            (
                0,
                "agrees with B on “Officers purged”; differs from B and C on “When”",
            ),
            (
                2,
                "differs from A and B on “Officers purged”; differs from A and B on “When”",
            ),
            (
                1,
                "agrees with A on “Officers purged”; differs from A and C on “When”",
            ),
            (3, "says nothing of this event"),
        ] {
            assert_eq!(phrase(&t, 0, &report(&t, 0, source)), want, "{source}");
        }
    }

    #[test]
    fn agreement_leads_the_phrase_whatever_the_order_of_the_disputes() {
        let t = one_event(
            &["a", "b"],
            &[
                ("Sent", &[("18m", &["a"]), ("17m", &["b"])]),
                ("Died", &[("10m", &["a", "b"]), ("1.5m", &["a"])]),
            ],
        );
        assert_eq!(
            phrase(&t, 0, &report(&t, 0, 1)),
            "agrees with A on “Died”; differs from A on “Sent”"
        );
        assert_eq!(
            phrase(&t, 0, &report(&t, 0, 0)),
            "agrees with B on “Died”; differs from B on “Sent”"
        );
    }

    #[test]
    fn phrases_for_the_only_and_the_speaking() {
        let only = one_event(&["a"], &[]);
        assert_eq!(
            phrase(&only, 0, &report(&only, 0, 0)),
            "is the only document that speaks of this event"
        );
        let alone = one_event(
            &["a", "b", "c"],
            &[("Delegates", &[("1,108", &["a"]), ("1 in 30", &["a"])])],
        );
        let r = report(&alone, 0, 0);
        assert_eq!(r.standing, Standing::Speaks);
        assert_eq!(
            phrase(&alone, 0, &r),
            "is the only document with a value on “Delegates”"
        );
        assert_eq!(
            phrase(&alone, 0, &report(&alone, 0, 1)),
            "speaks of this event, as 2 other documents do; no disputed point is recorded"
        );
    }

    #[test]
    fn names_and_heads_read_as_english() {
        let t = one_event(&[], &[]);
        for (ix, want) in [
            (&[][..], ""),
            (&[0][..], "A"),
            (&[0, 1][..], "A and B"),
            (&[0, 1, 2][..], "A, B and C"),
            (&[0, 9][..], "A"),
        ] {
            assert_eq!(names(&t, ix), want);
        }
        let c = Counts {
            agrees: 2,
            differs: 0,
            only: 1,
            speaks: 0,
            silent: 7,
        };
        assert_eq!(c.describe(), "agrees 2, only 1, silent 7");
        assert_eq!(Counts::default().describe(), "no events");
    }

    #[test]
    fn out_of_range_indices_are_silent() {
        let t = one_event(&["a"], &[]);
        assert_eq!(standing(&t, 5, 0), Standing::Silent);
        assert_eq!(standing(&t, 0, 9), Standing::Silent);
        assert!(standings(&t, 5).is_empty());
        assert_eq!(counts(&t, [0, 7])[0].total(), 1);
    }

    #[test]
    fn the_shipped_data_agrees_where_its_claims_share_a_value() {
        let t = crate::load(include_str!("../../data/events.json")).unwrap();
        let ids = SourceIds::new(&t);
        let all = counts(&t, 0..t.events.len());
        for (s, c) in all.iter().enumerate() {
            assert_eq!(c.total(), t.events.len(), "{}", t.sources[s].id);
        }
        // Every event: the one-pass row and the per-document report give the same word,
        // and a document agrees exactly where one of its claims names another document.
        for (i, e) in t.events.iter().enumerate() {
            let row = standings(&t, i);
            for (s, &st) in row.iter().enumerate() {
                assert_eq!(report(&t, i, s).standing, st, "{} {s}", e.id);
                let shares = e.disputes.iter().any(|d| {
                    d.claims.iter().any(|c| {
                        let c = claim_sources(&ids, &c.sources);
                        c.len() > 1 && c.contains(&s)
                    })
                });
                if st == Standing::Agrees {
                    assert!(shares, "{} {s}", e.id);
                }
            }
        }
    }
}
