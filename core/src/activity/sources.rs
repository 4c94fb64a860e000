//! "Who says so?" (`?activity=sources`): questions that set a claim in the timeline's own
//! words (a citation's `says`, or one side of a recorded dispute) against the documents,
//! only where exactly one document makes the claim; a seeded set of `n` spread over the
//! events and documents; and scoring. Never draws; never judges a claim beyond what the
//! citations and disputes record.

use super::{clamp_n, Kind, Score, Seed, Unavailable};
use crate::corroboration::{claim_sources, row, SourceIds, Standing};
use crate::filter::normalise;
use crate::model::{Event, Timeline};
use std::collections::hash_map::{DefaultHasher, Entry};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// What a question quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Claim {
    /// A citation's `says` (index into the event's `citations`).
    Citation(usize),
    /// One side of a recorded dispute: (index into the event's `disputes`, index into
    /// that dispute's `claims`).
    Disputed { dispute: usize, claim: usize },
}

/// One question: which document makes this claim about this event?
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Index into `Timeline::events`: the event the claim is about (and the answer's link).
    pub event: usize,
    pub claim: Claim,
    /// The right answer: index into `Timeline::sources`.
    pub source: usize,
    /// Where it says so: its citations of the event (indices into the event's
    /// `citations`): the quoted one, or for a disputed value all of them.
    pub citations: Vec<usize>,
    /// For a disputed value, the other versions of the point: (index into the dispute's
    /// `claims`, the documents giving it, indices into `Timeline::sources`). Empty for a
    /// citation.
    pub others: Vec<(usize, Vec<usize>)>,
}

impl Question {
    /// The claim as the question shows it: the citation's `says`, or "about: value"
    /// ("Officers purged: About 25,000, one fifth of the officers").
    pub fn text(&self, t: &Timeline) -> String {
        match self.claim {
            Claim::Citation(c) => super::claim_text(t, self.event, Some(c), (0, 0)),
            Claim::Disputed { dispute, claim } => {
                super::claim_text(t, self.event, None, (dispute, claim))
            }
        }
    }
}

impl Question {
    /// The answer as the check shows it: "Study guide (The Purges, paragraph 3)", every
    /// citation of the document where the value is disputed.
    pub fn answer(&self, t: &Timeline) -> String {
        let name = t.sources.get(self.source).map_or("", |s| s.short());
        let Some(e) = t.events.get(self.event) else {
            return name.to_string();
        };
        let places: Vec<String> = self
            .citations
            .iter()
            .filter_map(|&k| e.citations.get(k))
            .map(|c| {
                crate::t!(
                    "answer-place",
                    section = c.section.as_str(),
                    paragraph = c.paragraph
                )
            })
            .collect();
        if places.is_empty() {
            name.to_string()
        } else {
            format!("{name} ({})", places.join("; "))
        }
    }

    /// The other documents' versions of a disputed point, one sentence each: "School
    /// page gives “About 25,000”." Empty for a citation.
    pub fn other_versions(&self, t: &Timeline) -> Vec<String> {
        let Claim::Disputed { dispute, .. } = self.claim else {
            return Vec::new();
        };
        let Some(d) = t
            .events
            .get(self.event)
            .and_then(|e| e.disputes.get(dispute))
        else {
            return Vec::new();
        };
        self.others
            .iter()
            .filter_map(|(k, who)| {
                let value = &d.claims.get(*k)?.value;
                Some(crate::t!(
                    "other-version",
                    who = crate::corroboration::names(t, who),
                    n = who.len(),
                    value = value.as_str()
                ))
            })
            .collect()
    }
}

/// A dealt set of questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quiz {
    pub questions: Vec<Question>,
    /// The choices every question offers: every document, in `Timeline::sources` order.
    pub choices: Vec<usize>,
    /// How many were asked for (clamped); `questions` is shorter when fewer exist.
    pub asked: usize,
}

fn text_key(s: &str) -> Option<u64> {
    let n = normalise(s);
    if n.is_empty() {
        return None;
    }
    let mut h = DefaultHasher::new();
    n.hash(&mut h);
    Some(h.finish())
}

/// Which document says each citation text, across the whole timeline: `Some(source)` when
/// one document alone, `None` when several. Keys are hashes of the normalised text; a
/// collision can only leave a question out.
fn says_index(ids: &SourceIds, t: &Timeline) -> HashMap<u64, Option<usize>> {
    let mut out: HashMap<u64, Option<usize>> = HashMap::new();
    for e in &t.events {
        for c in &e.citations {
            let (Some(s), Some(k)) = (ids.get(&c.source), text_key(&c.says)) else {
                continue;
            };
            match out.entry(k) {
                Entry::Vacant(v) => {
                    v.insert(Some(s));
                }
                Entry::Occupied(mut o) => {
                    if *o.get() != Some(s) {
                        o.insert(None);
                    }
                }
            }
        }
    }
    out
}

/// The questions one event offers, in its order: citations first, then disputed values.
fn event_questions(
    ids: &SourceIds,
    says: &HashMap<u64, Option<usize>>,
    t: &Timeline,
    i: usize,
    e: &Event,
    out: &mut Vec<Question>,
) {
    let standings = row(ids, t.sources.len(), e);
    let cites_of = |s: usize| -> Vec<usize> {
        e.citations
            .iter()
            .enumerate()
            .filter(|(_, c)| ids.get(&c.source) == Some(s))
            .map(|(k, _)| k)
            .collect()
    };
    for (k, c) in e.citations.iter().enumerate() {
        let Some(s) = ids.get(&c.source) else {
            continue;
        };
        // A document that shares a disputed value with another may say it in this very
        // citation: its citations of the event have two right answers.
        if standings[s] == Standing::Agrees {
            continue;
        }
        if text_key(&c.says).and_then(|key| says.get(&key).copied().flatten()) != Some(s) {
            continue;
        }
        out.push(Question {
            event: i,
            claim: Claim::Citation(k),
            source: s,
            citations: vec![k],
            others: Vec::new(),
        });
    }
    for (d, dispute) in e.disputes.iter().enumerate() {
        let claims: Vec<Vec<usize>> = dispute
            .claims
            .iter()
            .map(|c| claim_sources(ids, &c.sources))
            .collect();
        let keys: Vec<Option<u64>> = dispute.claims.iter().map(|c| text_key(&c.value)).collect();
        for (k, who) in claims.iter().enumerate() {
            let [s] = who[..] else {
                continue;
            };
            // The same value, written again for another document, is a shared claim.
            let twice = keys[k].is_none()
                || (0..claims.len())
                    .any(|j| j != k && keys[j] == keys[k] && claims[j].iter().any(|&o| o != s));
            if twice {
                continue;
            }
            let others = (0..claims.len())
                .filter(|&j| j != k && claims[j].iter().any(|&o| o != s))
                .map(|j| (j, claims[j].clone()))
                .collect();
            out.push(Question {
                event: i,
                claim: Claim::Disputed {
                    dispute: d,
                    claim: k,
                },
                source: s,
                citations: cites_of(s),
                others,
            });
        }
    }
}

/// Every question the events `events` (indices; those out of range ignored) offer, in
/// time order: each citation whose document alone says its text (anywhere in the
/// timeline) and shares no disputed value with another document on the event, and each
/// disputed value one document alone gives. Linear in the timeline's citations.
pub fn questions(t: &Timeline, events: &[usize]) -> Vec<Question> {
    let ids = SourceIds::new(t);
    let says = says_index(&ids, t);
    let events = super::existing_in_order(t, events);
    let mut out = Vec::new();
    for i in events {
        event_questions(&ids, &says, t, i, &t.events[i], &mut out);
    }
    out
}

/// Deals `n` (clamped to 2..=12) questions about the events `candidates`, by `seed`.
///
/// The questions, in time order, are cut into `n` runs of near-equal count and one is
/// drawn from each: from a seeded place in the run, the first about an event not yet
/// asked about whose document has been the answer least often so far; the set is then
/// shuffled by the seed. Fewer questions than `n`: all of them, shuffled.
///
/// Fewer than two documents: [`Unavailable::NoSources`]; no question:
/// [`Unavailable::NoQuestions`] (or [`Unavailable::NoCitations`] when nothing is cited).
pub fn generate(
    t: &Timeline,
    candidates: &[usize],
    n: usize,
    seed: Seed,
) -> Result<Quiz, Unavailable> {
    if t.sources.len() < 2 {
        return Err(Unavailable::NoSources);
    }
    let n = clamp_n(n);
    let all = questions(t, candidates);
    if all.is_empty() {
        return Err(if t.events.iter().any(|e| !e.citations.is_empty()) {
            Unavailable::NoQuestions
        } else {
            Unavailable::NoCitations
        });
    }
    let mut rng = seed.rng(Kind::Sources);
    let mut uses = vec![0usize; t.sources.len()];
    let mut asked: Vec<usize> = Vec::new();
    let mut picked: Vec<usize> = Vec::with_capacity(n);
    let m = all.len();
    let runs = n.min(m);
    for k in 0..runs {
        let (a, b) = (k * m / runs, (k + 1) * m / runs);
        let off = rng.below(b - a);
        let mut best: Option<(usize, (bool, usize))> = None;
        for p in (0..b - a).map(|j| a + (off + j) % (b - a)) {
            let q = &all[p];
            let key = (asked.contains(&q.event), uses[q.source]);
            if best.is_none_or(|(_, k)| key < k) {
                best = Some((p, key));
            }
        }
        if let Some((p, _)) = best {
            uses[all[p].source] += 1;
            asked.push(all[p].event);
            picked.push(p);
        }
    }
    let mut qs: Vec<Question> = picked.into_iter().map(|p| all[p].clone()).collect();
    rng.shuffle(&mut qs);
    Ok(Quiz {
        questions: qs,
        choices: (0..t.sources.len()).collect(),
        asked: n,
    })
}

/// A checked set of answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checked {
    /// Per question: the document chosen is the one that makes the claim.
    pub right: Vec<bool>,
    pub score: Score,
}

/// Checks `answers` (per question, the document chosen: an index into
/// `Timeline::sources`, or `None` for no answer) against `quiz`.
pub fn check(quiz: &Quiz, answers: &[Option<usize>]) -> Checked {
    let right: Vec<bool> = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(k, q)| answers.get(k).copied().flatten() == Some(q.source))
        .collect();
    let n = right.iter().filter(|&&x| x).count();
    Checked {
        score: Score {
            right: n,
            total: quiz.questions.len(),
        },
        right,
    }
}
