//! "Corroborate" (`?activity=corroborate&event=ID`): the documents' claims about one event
//! to sort into agrees with another document, differs, and only in this document, and the
//! documents to mark silent; checking a sort against the recorded disputes and citations,
//! with each answer explained in plain words from the data. Builds on
//! [`crate::corroboration`]; never draws, never weighs a claim beyond the records.

use super::{Score, Unavailable};
use crate::corroboration::{self, claim_sources, names, SourceIds, Standing};
use crate::model::{Event, Timeline};

/// Where a claim belongs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bin {
    /// Another document gives the same value.
    Agrees,
    /// No other document gives this value; another gives a different one.
    Differs,
    /// No other document speaks to it.
    Only,
}

impl Bin {
    pub const ALL: [Bin; 3] = [Bin::Agrees, Bin::Differs, Bin::Only];

    /// The bin's key in the catalogue: "agrees", "differs", "only".
    pub fn id(self) -> &'static str {
        match self {
            Bin::Agrees => "agrees",
            Bin::Differs => "differs",
            Bin::Only => "only",
        }
    }

    /// The bin's label: "agrees with another document", "differs", "only in this document".
    pub fn label(self) -> String {
        crate::t!("bin-label", bin = self.id())
    }
}

/// What a card quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum What {
    /// A citation's `says` (index into the event's `citations`).
    Citation(usize),
    /// A value in a recorded dispute: (index into the event's `disputes`, index into that
    /// dispute's `claims`).
    Value { dispute: usize, claim: usize },
}

/// One card to sort: a document's claim and the bin it belongs in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Index into `Timeline::sources`.
    pub source: usize,
    pub what: What,
    pub bin: Bin,
}

/// The cards for one event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sort {
    /// Index into `Timeline::events`.
    pub event: usize,
    /// Per document, then its citations, then its disputed values, in the event's order.
    pub items: Vec<Item>,
    /// The documents that say nothing of the event (indices into `Timeline::sources`).
    pub silent: Vec<usize>,
    /// Citations shown for reading but not sorted: (document, index into the event's
    /// `citations`) of documents that speak beside others, where the records do not say
    /// whether the others agree.
    pub unsorted: Vec<(usize, usize)>,
    /// Every document's standing on the event (`Timeline::sources` order), as the compare
    /// table shows it.
    pub standings: Vec<Standing>,
}

/// The cards for event `event` (an index into `Timeline::events`).
///
/// Each value a document gives in a recorded dispute is a card: it agrees where another
/// document gives the same value, differs where no other does but another gives a
/// different one, and is only in this document where no other document gives a value on
/// the point. The citations of the only document that speaks of the event are cards
/// (only in this document); the citations of a document beside others are not, as the
/// records do not say whether the others agree with them. Silent documents are marked,
/// not sorted.
///
/// Fewer than two documents: [`Unavailable::NoSources`]; no such event:
/// [`Unavailable::NoSuchEvent`]; an event citing none: [`Unavailable::Uncited`].
pub fn generate(t: &Timeline, event: usize) -> Result<Sort, Unavailable> {
    if t.sources.len() < 2 {
        return Err(Unavailable::NoSources);
    }
    let e = t.events.get(event).ok_or(Unavailable::NoSuchEvent)?;
    let ids = SourceIds::new(t);
    let standings = corroboration::row(&ids, t.sources.len(), e);
    if standings.iter().all(|&s| s == Standing::Silent) {
        return Err(Unavailable::Uncited);
    }
    let disputes: Vec<Vec<Vec<usize>>> = e
        .disputes
        .iter()
        .map(|d| {
            d.claims
                .iter()
                .map(|c| claim_sources(&ids, &c.sources))
                .collect()
        })
        .collect();
    let mut items = Vec::new();
    let mut unsorted = Vec::new();
    for (s, &st) in standings.iter().enumerate() {
        for (k, c) in e.citations.iter().enumerate() {
            if ids.get(&c.source) != Some(s) {
                continue;
            }
            if st == Standing::Only {
                items.push(Item {
                    source: s,
                    what: What::Citation(k),
                    bin: Bin::Only,
                });
            } else {
                unsorted.push((s, k));
            }
        }
        for (d, claims) in disputes.iter().enumerate() {
            let others_speak = claims.iter().flatten().any(|&o| o != s);
            for (k, who) in claims.iter().enumerate().filter(|(_, w)| w.contains(&s)) {
                let bin = if who.len() > 1 {
                    Bin::Agrees
                } else if others_speak {
                    Bin::Differs
                } else {
                    Bin::Only
                };
                items.push(Item {
                    source: s,
                    what: What::Value {
                        dispute: d,
                        claim: k,
                    },
                    bin,
                });
            }
        }
    }
    let silent = (0..t.sources.len())
        .filter(|&s| standings[s] == Standing::Silent)
        .collect();
    Ok(Sort {
        event,
        items,
        silent,
        unsorted,
        standings,
    })
}

/// What a card says: the citation's `says`, or "about: value".
pub fn text(t: &Timeline, sort: &Sort, item: &Item) -> String {
    match item.what {
        What::Citation(c) => super::claim_text(t, sort.event, Some(c), (0, 0)),
        What::Value { dispute, claim } => super::claim_text(t, sort.event, None, (dispute, claim)),
    }
}

fn short(t: &Timeline, s: usize) -> &str {
    t.sources.get(s).map_or("", |s| s.short())
}

/// Values quoted and joined: "“a”", "“a” and “b”", "“a”, “b” and “c”".
fn quoted(values: &[&str]) -> String {
    let q: Vec<String> = values
        .iter()
        .map(|v| crate::t!("quoted", text = *v))
        .collect();
    match q.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            crate::t!("names-and", first = rest.join(", "), last = last.as_str())
        }
        _ => q.concat(),
    }
}

/// Why a card belongs in its bin, in plain words from the records: "Study guide gives
/// “35,000” for “Officers purged”; School page gives “About 25,000”." (or the same words
/// when it is sorted right).
pub fn explain(t: &Timeline, sort: &Sort, item: &Item) -> String {
    let Some(e) = t.events.get(sort.event) else {
        return String::new();
    };
    let name = short(t, item.source);
    match item.what {
        What::Citation(_) => {
            crate::t!("explain-only", name = name)
        }
        What::Value { dispute, claim } => explain_value(t, e, item.source, dispute, claim),
    }
}

fn explain_value(t: &Timeline, e: &Event, s: usize, dispute: usize, claim: usize) -> String {
    let Some(d) = e.disputes.get(dispute) else {
        return String::new();
    };
    let ids = SourceIds::new(t);
    let claims: Vec<Vec<usize>> = d
        .claims
        .iter()
        .map(|c| claim_sources(&ids, &c.sources))
        .collect();
    let value = d.claims.get(claim).map_or("", |c| c.value.as_str());
    let about = &d.about;
    let who = claims.get(claim).cloned().unwrap_or_default();
    let name = short(t, s);
    if who.len() > 1 {
        return crate::t!(
            "explain-together",
            who = names(t, &who),
            n = who.len(),
            value = value,
            about = about.as_str()
        );
    }
    // The other values, those of the same documents together, in the dispute's order.
    let mut groups: Vec<(&[usize], Vec<&str>)> = Vec::new();
    for (j, w) in claims.iter().enumerate() {
        if j == claim || w.iter().all(|&o| o == s) {
            continue;
        }
        match groups.iter_mut().find(|(g, _)| *g == w.as_slice()) {
            Some((_, values)) => values.push(&d.claims[j].value),
            None => groups.push((w, vec![&d.claims[j].value])),
        }
    }
    let others: Vec<String> = groups
        .iter()
        .map(|(w, values)| {
            crate::t!(
                "explain-gives",
                who = names(t, w),
                n = w.len(),
                values = quoted(values)
            )
        })
        .collect();
    if others.is_empty() {
        let values: Vec<&str> = d.claims.iter().map(|c| c.value.as_str()).collect();
        return crate::t!(
            "explain-alone",
            about = about.as_str(),
            name = name,
            values = quoted(&values)
        );
    }
    crate::t!(
        "explain-value",
        name = name,
        value = value,
        about = about.as_str(),
        others = others.join("; ")
    )
}

/// Why a document is or is not silent: "Nothing in Flashcards speaks of this event." or
/// "Study guide speaks of this event (The Purges, paragraph 3)."
pub fn explain_document(t: &Timeline, sort: &Sort, source: usize) -> String {
    let name = short(t, source);
    if sort
        .standings
        .get(source)
        .is_none_or(|&s| s == Standing::Silent)
    {
        return crate::t!("explain-silent", name = name);
    }
    let id = t.sources.get(source).map_or("", |s| s.id.as_str());
    let cited = t
        .events
        .get(sort.event)
        .and_then(|e| e.citations.iter().find(|c| c.source == id));
    match cited {
        Some(c) => crate::t!(
            "explain-speaks-at",
            name = name,
            section = c.section.as_str(),
            paragraph = c.paragraph
        ),
        None => crate::t!("explain-speaks", name = name),
    }
}

/// One checked card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemResult {
    /// The bin the student chose (`None`: left unsorted).
    pub chosen: Option<Bin>,
    pub right: bool,
    /// Why it belongs where it does ([`explain`]).
    pub explanation: String,
}

/// One checked document: marked silent or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentResult {
    /// Index into `Timeline::sources`.
    pub source: usize,
    pub marked_silent: bool,
    pub silent: bool,
    pub right: bool,
    /// Why it is or is not silent ([`explain_document`]).
    pub explanation: String,
}

/// A checked sort.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// Per card, in `Sort::items` order.
    pub items: Vec<ItemResult>,
    /// Per document, in `Timeline::sources` order.
    pub documents: Vec<DocumentResult>,
    /// Cards in the right bin and documents rightly marked (silent or not), of all.
    pub score: Score,
}

/// Checks a student's sort: `bins` per card (in `Sort::items` order; `None` or missing
/// for a card left unsorted) and the documents they marked silent (indices into
/// `Timeline::sources`).
pub fn check(t: &Timeline, sort: &Sort, bins: &[Option<Bin>], marked_silent: &[usize]) -> Checked {
    let items: Vec<ItemResult> = sort
        .items
        .iter()
        .enumerate()
        .map(|(k, item)| {
            let chosen = bins.get(k).copied().flatten();
            ItemResult {
                chosen,
                right: chosen == Some(item.bin),
                explanation: explain(t, sort, item),
            }
        })
        .collect();
    let documents: Vec<DocumentResult> = (0..t.sources.len())
        .map(|s| {
            let marked = marked_silent.contains(&s);
            let silent = sort.silent.contains(&s);
            DocumentResult {
                source: s,
                marked_silent: marked,
                silent,
                right: marked == silent,
                explanation: explain_document(t, sort, s),
            }
        })
        .collect();
    let right =
        items.iter().filter(|r| r.right).count() + documents.iter().filter(|r| r.right).count();
    Checked {
        score: Score {
            right,
            total: items.len() + documents.len(),
        },
        items,
        documents,
    }
}
