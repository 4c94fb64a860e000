//! The checks of one event of a dataset, as [`Validator::event`] takes them one at a time:
//! its id, title and dates, the categories, people and sources it names, its citations,
//! disputes and media. Never panics on any input; never renders.

use super::report::{blank, path, Place, Report};
use super::{Rules, Validator};
use crate::jsonpos::JsonPath;
use crate::model::*;
use std::collections::HashSet;

impl Validator {
    /// Checks media has an address or a quotation, not both (what it is, and whether it
    /// can be shown, is `media`'s to say where it is shown: that code stays out of the
    /// first view).
    pub(super) fn media(r: &mut Report, raw: &RawMedia, place: Place, at: impl Fn() -> JsonPath) {
        let given = |s: &Option<String>| s.as_deref().is_some_and(|s| !blank(s));
        match (given(&raw.url), given(&raw.quote)) {
            (true, true) => r.add(place, || at().key("quote"), crate::t!("problem-media-both")),
            (false, false) => r.add(place, at, crate::t!("problem-media-neither")),
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
                    crate::t!("problem-unknown-category", id = c.as_str()),
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
                    crate::t!("problem-unknown-person", id = p.as_str()),
                ),
            }
        }
        if e.citations.is_empty() && self.rules == Rules::Strict {
            r.add(
                place,
                || at().key("citations"),
                crate::t!("problem-event-no-source"),
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
                    crate::t!("problem-unknown-source", id = c.source.as_str()),
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
                    crate::t!("problem-paragraph"),
                );
            }
            if blank(&c.says) {
                r.add(
                    place,
                    || cite().key("says"),
                    crate::t!("problem-says-nothing", id = c.source.as_str()),
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
                    crate::t!("problem-two-claims", about = d.about.as_str()),
                );
            }
            for (m, claim) in d.claims.iter().enumerate() {
                let claim_at = || dispute().key("claims").at(m);
                r.text(place, claim_at, &claim.value, "value");
                if claim.sources.is_empty() {
                    r.add(
                        place,
                        || claim_at().key("sources"),
                        crate::t!("problem-claim-no-source", about = d.about.as_str()),
                    );
                }
                for (q, s) in claim.sources.iter().enumerate() {
                    if !cited.contains(s.as_str()) {
                        r.add(
                            place,
                            || claim_at().key("sources").at(q),
                            crate::t!(
                                "problem-claim-uncited",
                                about = d.about.as_str(),
                                id = s.as_str()
                            ),
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
                            crate::t!("problem-two-values", about = d.about.as_str(), id = s),
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
}
