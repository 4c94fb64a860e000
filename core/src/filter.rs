//! Filtering: which events match the current categories, people, sources and search
//! text (AND across kinds, OR within a kind), with per-category counts that reflect the
//! other filters. Search ignores case and accents and knows people's other spellings.
//! Never renders; never reads the URL.

use crate::model::Timeline;
use std::collections::BTreeSet;
use std::sync::Mutex;

/// What the user has asked to see. Ids, so it round-trips through links.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub categories: BTreeSet<String>,
    pub people: BTreeSet<String>,
    pub sources: BTreeSet<String>,
    pub text: String,
    /// Only events whose sources disagree (a recorded dispute).
    pub differ: bool,
}

impl Filter {
    /// The filter in words, one line per kind, names as the timeline gives them:
    /// `["Categories: The army or The party", "Search: “Zinoviev”"]`; empty when unfiltered.
    pub fn describe(&self, t: &Timeline) -> Vec<String> {
        let names = |ids: &BTreeSet<String>, name: &dyn Fn(&str) -> Option<String>| {
            ids.iter()
                .map(|id| name(id).unwrap_or_else(|| id.clone()))
                .collect::<Vec<_>>()
                .join(&crate::t!("filter-or"))
        };
        let mut out = Vec::new();
        if !self.categories.is_empty() {
            let n = names(&self.categories, &|id| {
                t.categories
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.label.clone())
            });
            out.push(crate::t!("filter-categories", names = n));
        }
        if !self.people.is_empty() {
            let n = names(&self.people, &|id| {
                t.people.iter().find(|p| p.id == id).map(|p| p.name.clone())
            });
            out.push(crate::t!("filter-people", names = n));
        }
        if !self.sources.is_empty() {
            let n = names(&self.sources, &|id| {
                t.source(id).map(|s| s.short().to_string())
            });
            out.push(crate::t!("filter-sources", names = n));
        }
        if !normalise(&self.text).is_empty() {
            out.push(crate::t!("filter-search", text = self.text.trim()));
        }
        if self.differ {
            out.push(crate::t!("filter-differ"));
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.categories.is_empty()
            && self.people.is_empty()
            && self.sources.is_empty()
            && normalise(&self.text).is_empty()
            && !self.differ
    }
}

/// The base letter of a lowercase Latin letter with a diacritic ("é" → "e"; also
/// Cyrillic "ё" → "е", "й" → "и"), else the letter itself. A table of our own rather than
/// Unicode decomposition: the `unicode-normalization` tables cost 64 KB of gzipped wasm,
/// and names in these sources only need Latin-1 and Latin Extended-A.
fn fold(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' | 'ĺ' | 'ļ' | 'ŀ' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ř' | 'ŕ' | 'ŗ' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' => 's',
        'ť' | 'ţ' => 't',
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ё' => 'е',
        'й' => 'и',
        c => c,
    }
}

/// Adds `id` to `set`, or removes it if it is there (a filter's toggle buttons and
/// checkboxes).
pub fn toggle(set: &mut BTreeSet<String>, id: &str) {
    if !set.remove(id) {
        set.insert(id.to_string());
    }
}

/// Lowercase, accents removed, punctuation and spaces turned into single spaces, trimmed.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // True after a space (or at the start): runs of separators give one space.
    let mut spaced = true;
    for c in s.chars().flat_map(char::to_lowercase).map(fold) {
        if c.is_alphanumeric() {
            out.push(c);
            spaced = false;
        } else if !spaced {
            out.push(' ');
            spaced = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Pre-normalised text of every event, built once per dataset: a slice at a time in idle
/// moments after the first paint ([`SearchIndex::prepare`]), and what is left of it on
/// the first search (at 100,000 events all of it at once would block the page).
#[derive(Debug)]
pub struct SearchIndex {
    /// Per event: title, summary, people's names and aliases, citations, disputes; filled
    /// in event order.
    haystacks: Mutex<Vec<String>>,
    /// Per person: every spelling, normalised.
    names: Vec<Vec<String>>,
}

impl SearchIndex {
    pub fn new(t: &Timeline) -> SearchIndex {
        let names: Vec<Vec<String>> = t
            .people
            .iter()
            .map(|p| {
                std::iter::once(&p.name)
                    .chain(p.aliases.iter())
                    .map(|n| normalise(n))
                    .collect()
            })
            .collect();
        SearchIndex {
            haystacks: Mutex::new(Vec::new()),
            names,
        }
    }

    fn haystack(&self, e: &crate::Event) -> String {
        // Parts normalised one by one and joined by a mark no word contains, so that a
        // phrase never matches across two parts.
        let mut parts = vec![normalise(&e.title), normalise(&e.summary)];
        for &p in &e.people {
            parts.extend(self.names[p].iter().cloned());
        }
        parts.extend(e.citations.iter().map(|c| normalise(&c.says)));
        for d in &e.disputes {
            parts.push(normalise(&d.about));
            parts.extend(d.claims.iter().map(|c| normalise(&c.value)));
        }
        if let Some(n) = &e.note {
            parts.push(normalise(n));
        }
        parts.join(" \u{1} ")
    }

    /// Builds the index for up to `n` more events; true once it is complete.
    pub fn prepare(&self, t: &Timeline, n: usize) -> bool {
        let mut h = self.haystacks.lock().unwrap_or_else(|p| p.into_inner());
        let end = h.len().saturating_add(n).min(t.events.len());
        for e in &t.events[h.len()..end] {
            h.push(self.haystack(e));
        }
        h.len() == t.events.len()
    }

    /// Events matching `query`: its words all appear, directly or through another
    /// spelling of a person the word names ("zinovyev" finds "Zinoviev").
    pub fn search(&self, t: &Timeline, query: &str) -> Vec<bool> {
        let q = normalise(query);
        if q.is_empty() {
            return vec![true; t.events.len()];
        }
        // For each query word: the spellings it stands for.
        let words: Vec<Vec<String>> = q
            .split(' ')
            .map(|w| {
                let mut alts = vec![w.to_string()];
                for spellings in &self.names {
                    if spellings.iter().any(|n| n.split(' ').any(|part| part == w)) {
                        for n in spellings {
                            if let Some(last) = n.split(' ').next_back() {
                                alts.push(last.to_string());
                            }
                        }
                    }
                }
                alts.sort();
                alts.dedup();
                alts
            })
            .collect();
        self.prepare(t, usize::MAX);
        let haystacks = self.haystacks.lock().unwrap_or_else(|p| p.into_inner());
        haystacks
            .iter()
            .map(|h| {
                words
                    .iter()
                    .all(|alts| alts.iter().any(|a| h.contains(a.as_str())))
            })
            .collect()
    }
}

/// The result of applying a filter.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Matches {
    /// Per event: passes every filter.
    pub event: Vec<bool>,
    /// Number of events that match.
    pub count: usize,
    /// Per category: events that would match with this category selected alone among
    /// the categories (the other kinds of filter still applied).
    pub per_category: Vec<usize>,
    /// Events with a recorded dispute that pass every other filter: what "Sources
    /// differ" would leave.
    pub differ: usize,
}

/// Applies `f` to the timeline.
pub fn apply(t: &Timeline, index: &SearchIndex, f: &Filter) -> Matches {
    let text = index.search(t, &f.text);
    let want_cat: Vec<bool> = t
        .categories
        .iter()
        .map(|c| f.categories.contains(&c.id))
        .collect();
    let want_person: Vec<bool> = t.people.iter().map(|p| f.people.contains(&p.id)).collect();
    let mut per_category = vec![0; t.categories.len()];
    let mut differ = 0;
    let mut event = Vec::with_capacity(t.events.len());
    for (i, e) in t.events.iter().enumerate() {
        let disputed = !e.disputes.is_empty();
        let others = text[i]
            && (f.people.is_empty() || e.people.iter().any(|&p| want_person[p]))
            && (f.sources.is_empty() || e.citations.iter().any(|c| f.sources.contains(&c.source)));
        let cat_ok = f.categories.is_empty() || e.categories.iter().any(|&c| want_cat[c]);
        if others && cat_ok && disputed {
            differ += 1;
        }
        let others = others && (!f.differ || disputed);
        if others {
            for &c in &e.categories {
                per_category[c] += 1;
            }
        }
        event.push(others && cat_ok);
    }
    let count = event.iter().filter(|m| **m).count();
    Matches {
        event,
        count,
        per_category,
        differ,
    }
}
