//! How a problem of a dataset is found and put into words: the place it concerns, its path
//! in the file, and the checks every part of a dataset shares (text that must say
//! something, ids, dates, spans, who a source is). Words are made only when a problem is
//! reported; never panics on any input.

use super::Rules;
use crate::date::Moment;
use crate::jsonpos::JsonPath;
use crate::model::Source;
use crate::problem::Problem;
use crate::slug::is_slug;
use std::collections::HashMap;

pub(super) fn is_colour(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

pub(super) fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// What a problem concerns: `event "kirov-assassination"`, made into words only when a
/// problem is reported (a large valid file then costs no text at all).
#[derive(Clone, Copy)]
pub(super) struct Place<'a>(pub(super) &'static str, pub(super) &'a str);

impl Place<'_> {
    fn words(&self) -> String {
        match self.1 {
            "" => crate::t!("place-alone", kind = self.0),
            id => crate::t!("place", kind = self.0, id = id),
        }
    }
}

/// Paths are built only when a problem is reported.
pub(super) fn path(list: &'static str, k: usize) -> JsonPath {
    JsonPath::root().key(list).at(k)
}

#[derive(Default)]
pub(super) struct Report(pub(super) Vec<Problem>);

impl Report {
    pub(super) fn add(
        &mut self,
        place: Place,
        path: impl FnOnce() -> JsonPath,
        message: impl Into<String>,
    ) {
        self.0.push(Problem {
            place: place.words(),
            path: path(),
            at: None,
            message: message.into(),
        });
    }

    /// A text field the interface shows as a heading or a claim: it must say something.
    pub(super) fn text(
        &mut self,
        place: Place,
        at: impl FnOnce() -> JsonPath,
        value: &str,
        field: &'static str,
    ) {
        if blank(value) {
            self.add(
                place,
                || at().key(field),
                crate::t!("problem-empty", field = field),
            );
        }
    }

    /// Who a source is: its author, date, audience, purpose and what it rests on. The
    /// strict rules require all five, written out ("Not stated" where the document does
    /// not say); the open rules let a file leave any of them out. Given, none is blank.
    pub(super) fn provenance(&mut self, place: Place, k: usize, s: &Source, rules: Rules) {
        for (value, field) in [
            (&s.author, "author"),
            (&s.date, "date"),
            (&s.audience, "audience"),
            (&s.purpose, "purpose"),
            (&s.based_on, "based_on"),
        ] {
            match value.as_deref() {
                Some(v) if blank(v) => {
                    let message = match rules {
                        Rules::Strict => crate::t!("problem-empty-not-stated", field = field),
                        Rules::Open => crate::t!("problem-empty-leave-out", field = field),
                    };
                    self.add(place, || path("sources", k).key(field), message);
                }
                None if rules == Rules::Strict => self.add(
                    place,
                    || path("sources", k).key(field),
                    crate::t!("problem-provenance-missing", field = field),
                ),
                _ => {}
            }
        }
    }

    pub(super) fn date(
        &mut self,
        place: Place,
        at: impl FnOnce() -> JsonPath,
        what: &str,
        raw: &str,
    ) -> Option<Moment> {
        match Moment::parse(raw) {
            Ok(d) => Some(d),
            Err(e) => {
                self.add(
                    place,
                    at,
                    crate::t!("problem-date", field = what, reason = e),
                );
                None
            }
        }
    }

    /// Checks an id is a slug and new; records it.
    pub(super) fn id(
        &mut self,
        kind: &'static str,
        list: &'static str,
        k: usize,
        id: &str,
        seen: &mut HashMap<String, usize>,
    ) {
        let place = Place(kind, id);
        if !is_slug(id) {
            self.add(
                place,
                || path(list, k).key("id"),
                crate::t!("problem-slug", rule = crate::slug::rule()),
            );
        }
        if seen.insert(id.to_string(), k).is_some() {
            self.add(
                place,
                || path(list, k).key("id"),
                crate::t!("problem-duplicate", kind = kind),
            );
        }
    }

    pub(super) fn span(
        &mut self,
        place: Place,
        at: impl FnOnce() -> JsonPath,
        start: &Moment,
        end: &Moment,
    ) -> bool {
        if end.end_value() <= start.start_value() || end.start_value() < start.start_value() {
            self.add(
                place,
                at,
                crate::t!(
                    "problem-end-before-start",
                    end = end.to_iso(),
                    start = start.to_iso()
                ),
            );
            return false;
        }
        true
    }
}
