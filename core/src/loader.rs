//! Dataset text → [`Timeline`], in slices: the file without its events is read and
//! checked first, then the events a batch at a time (each parsed from its own part of the
//! text), then what needs them all. The app runs one batch per task, so a file of 100,000
//! events never blocks the page for long; [`load`] runs them all at once. Syntax errors
//! keep their line and column in the whole file; problems are located in it.

use crate::jsonpos::{array, line_column, locate, JsonPath};
use crate::model::{RawDataset, RawEvent, Timeline};
use crate::problem::LoadError;
use crate::validate::{Rules, Validator};
use serde::de::IgnoredAny;

/// Problems located in the text, at most: a file with thousands of the same mistake is
/// reported in full, but only the first ones are looked up (each look-up reads the text).
const LOCATED: usize = 200;

fn syntax(e: serde_json::Error, line_offset: usize, first_line_column: usize) -> LoadError {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let column = if e.line() == 1 {
        e.column() + first_line_column - 1
    } else {
        e.column()
    };
    LoadError::Syntax {
        line: e.line() + line_offset,
        column,
        message: full.strip_suffix(&suffix).unwrap_or(&full).to_string(),
    }
}

/// A load under way.
pub struct Loader<'a> {
    text: &'a str,
    events: Vec<(usize, usize)>,
    next: usize,
    validator: Validator,
}

impl<'a> Loader<'a> {
    /// Reads and checks everything but the events, and finds where each event is, under
    /// the strict rules.
    pub fn start(text: &'a str) -> Result<Loader<'a>, LoadError> {
        Loader::start_with(text, Rules::Strict)
    }

    /// As [`Loader::start`], under `rules`.
    pub fn start_with(text: &'a str, rules: Rules) -> Result<Loader<'a>, LoadError> {
        // The whole text is read once, by the scanner that finds the events; the rest of
        // the file is parsed without them (a large file is nearly all events). Where
        // either fails, serde reads the whole text to say where the syntax breaks.
        let whole = || match serde_json::from_str::<RawDataset<IgnoredAny>>(text) {
            Err(e) => syntax(e, 0, 1),
            Ok(_) => LoadError::Syntax {
                line: 1,
                column: 1,
                message: crate::t!("json-events-not-list"),
            },
        };
        let ((open, close), events) =
            array(text, &JsonPath::root().key("events")).ok_or_else(whole)?;
        let rest = [&text[..open], "[]", &text[close..]].concat();
        let head: RawDataset<IgnoredAny> = serde_json::from_str(&rest).map_err(|_| whole())?;
        let (head, _) = head.split_events();
        Ok(Loader {
            text,
            events,
            next: 0,
            validator: Validator::new(head, rules),
        })
    }

    /// Resolves relative media addresses against `base`, the file's own address.
    pub fn set_base(&mut self, base: Option<&str>) {
        self.validator.set_base(base);
    }

    /// Events read so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.events.len())
    }

    /// Reads and checks up to `n` more events; true once all are done.
    pub fn step(&mut self, n: usize) -> Result<bool, LoadError> {
        let end = self.next.saturating_add(n).min(self.events.len());
        for k in self.next..end {
            let (a, b) = self.events[k];
            let event: RawEvent = serde_json::from_str(&self.text[a..b]).map_err(|e| {
                let (line, column) = line_column(self.text, a);
                syntax(e, line - 1, column)
            })?;
            self.validator.event(event);
        }
        self.next = end;
        Ok(self.next == self.events.len())
    }

    /// Checks what needs every event and builds the timeline.
    pub fn finish(mut self) -> Result<Timeline, LoadError> {
        self.step(usize::MAX)?;
        self.validator.finish().map_err(|mut problems| {
            for p in problems.iter_mut().take(LOCATED) {
                p.at = locate(self.text, &p.path);
            }
            LoadError::Invalid(problems)
        })
    }
}

/// How many events (or rows) the next slice should take, after a slice of `n` took
/// `took_ms`: as many as fit in `budget_ms` at that pace, never fewer than 50 nor more
/// than 20,000, and at most four times the last (one quick slice proves little). Rows
/// cost very different amounts (a spreadsheet's HTML text, media, a long summary), and a
/// busy phone is several times slower than a laptop: a fixed count would make some
/// slices freeze the page.
pub fn next_slice(n: usize, took_ms: f64, budget_ms: f64) -> usize {
    let pace = took_ms.max(0.5) / n.max(1) as f64;
    ((budget_ms / pace) as usize)
        .clamp(50, 20_000)
        .min(n.saturating_mul(4))
}

/// Parses and validates dataset text in one go, under the strict rules.
pub fn load(text: &str) -> Result<Timeline, LoadError> {
    Loader::start(text)?.finish()
}

/// As [`load`], under `rules`.
pub fn load_with(text: &str, rules: Rules) -> Result<Timeline, LoadError> {
    Loader::start_with(text, rules)?.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_are_sized_to_the_time_they_take() {
        // (last slice, its time in ms, budget) → next slice
        for (n, took, budget, next) in [
            (2000, 40.0, 40.0, 2000),
            (2000, 160.0, 40.0, 500),
            (2000, 10.0, 40.0, 8000),
            (2000, 1.0, 40.0, 8000),
            (500, 0.0, 40.0, 2000),
            (2000, 4000.0, 40.0, 50),
            (20_000, 1.0, 40.0, 20_000),
        ] {
            assert_eq!(next_slice(n, took, budget), next, "{n} in {took} ms");
        }
    }

    #[test]
    fn slices_give_the_same_timeline_as_one_go() {
        let text = include_str!("../../data/events.json");
        let whole = load(text).unwrap();
        let mut l = Loader::start(text).unwrap();
        let mut steps = 0;
        while !l.step(7).unwrap() {
            steps += 1;
        }
        assert!(steps > 5);
        assert_eq!(l.progress().0, l.progress().1);
        assert_eq!(l.finish().unwrap(), whole);
    }

    #[test]
    fn a_syntax_error_inside_an_event_keeps_its_place_in_the_file() {
        let text = "{\n \"title\": \"T\", \"sources\": [], \"categories\": [], \"people\": [],\n \"events\": [\n  {\"id\": \"a\",\n   \"title\": 5}\n ]\n}";
        match load(text) {
            Err(LoadError::Syntax {
                line,
                column,
                message,
            }) => {
                assert_eq!((line, column), (5, 13), "{message}");
                assert!(message.contains("invalid type"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        // An unknown field in an event is found too, on its line.
        let text = text.replace("\"title\": 5}", "\"title\": \"x\", \"colour\": 1}");
        match load(&text) {
            Err(LoadError::Syntax { line, message, .. }) => {
                assert_eq!(line, 5);
                assert!(message.contains("unknown field `colour`"), "{message}");
            }
            other => panic!("{other:?}"),
        }
    }
}
