//! A timeline → the files a class can take elsewhere: TimelineJS's JSON (as TimelineJS 3
//! loads it: `title` slide, `events` with `start_date`/`end_date` objects of strings,
//! `group`, `unique_id`, `media`, `eras`, and `"scale": "cosmological"` for deep time),
//! TimelineJS's spreadsheet template as CSV, and our own JSON. What TimelineJS has no
//! place for — citations, disputes, editors' notes, people, further categories — is
//! written into the event's text as readable lines, and the notice says so, and says what
//! is left out. Importing an export gives back the same events, dates (with their
//! precision, times of day and "circa"), groups and eras. Never reads files; builds text.
//!
//! Each format has its writer: `timelinejs` (JSON), `sheet` (the spreadsheet template)
//! and `ours`; what both TimelineJS writers share — text as HTML, years, and the readable
//! lines for what TimelineJS has no place for — is here.

mod ours;
mod sheet;
mod timelinejs;

use crate::date::Moment;
use crate::model::{Event, Timeline};
pub use ours::{to_json, to_ours};
pub use sheet::to_timelinejs_csv;
pub use timelinejs::to_timelinejs;

/// An exported file and what could not be expressed in it, one sentence a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Exported {
    pub text: String,
    pub notice: Vec<String>,
}

/// HTML-escaped text.
fn esc(s: &str) -> String {
    html_escape::encode_text(s).into_owned()
}

/// Plain text as TimelineJS's HTML: paragraphs at blank lines, line breaks, http(s)
/// addresses as links (TimelineJS opens them in a new tab). Reads back to the same text.
fn html_of(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            let lines: Vec<String> = p
                .lines()
                .map(|line| {
                    crate::import::html::link_spans(line)
                        .into_iter()
                        .map(|(s, link)| {
                            if link {
                                format!(
                                    "<a href=\"{}\">{}</a>",
                                    html_escape::encode_double_quoted_attribute(s),
                                    esc(s)
                                )
                            } else {
                                esc(s)
                            }
                        })
                        .collect()
                })
                .collect();
            format!("<p>{}</p>", lines.join("<br>"))
        })
        .collect()
}

/// The year as TimelineJS writes it: historians' years, -300 for 300 BC (astronomical
/// -299), and deep time's years the same way (-13800000000).
fn tjs_year(year: i64) -> i64 {
    if year <= 0 {
        year - 1
    } else {
        year
    }
}

/// The display date to write: the event's own, or "c. …" for an approximate date (which
/// TimelineJS has no flag for; the import reads it back as "circa").
fn display_date(e: &Event) -> Option<String> {
    match &e.display_date {
        Some(d) => Some(d.clone()),
        None if e.is_circa() => Some(format!(
            "c. {}",
            crate::date::span_label(
                &Moment {
                    circa: false,
                    ..e.start
                },
                e.end.map(|d| Moment { circa: false, ..d }).as_ref()
            )
        )),
        None => None,
    }
}

/// What TimelineJS cannot hold for events, counted for the notice.
#[derive(Default)]
struct Counts {
    cited: usize,
    disputed: usize,
    noted: usize,
    with_people: usize,
    more_categories: usize,
    circa_with_display: usize,
}

impl Counts {
    fn notice(&self, t: &Timeline) -> Vec<String> {
        let n = |k: usize, id: &str| (k > 0).then(|| crate::i18n::text(id, &[("n", k.into())]));
        let mut out: Vec<String> = [
            n(self.cited, "export-citations"),
            n(self.disputed, "export-disputes"),
            n(self.noted, "export-notes"),
            n(self.with_people, "export-people-of"),
            n(self.more_categories, "export-categories"),
        ]
        .into_iter()
        .flatten()
        .collect();
        if self.circa_with_display > 0 {
            out.push(crate::t!("export-circa", n = self.circa_with_display));
        }
        let mut left = Vec::new();
        if !t.sources.is_empty() {
            left.push(crate::t!("export-left-sources", n = t.sources.len()));
        }
        if !t.people.is_empty() {
            left.push(crate::t!("export-left-people", n = t.people.len()));
        }
        if !t.tours.is_empty() {
            left.push(crate::t!("export-left-tours", n = t.tours.len()));
        }
        if !t.categories.is_empty() {
            left.push(crate::t!("export-left-categories"));
        }
        if t.eras
            .iter()
            .any(|e| e.note.is_some() || !e.sources.is_empty())
        {
            left.push(crate::t!("export-left-eras"));
        }
        if t.default_window != t.extent {
            left.push(crate::t!("export-left-window"));
        }
        if !left.is_empty() {
            out.push(crate::t!("export-no-place", what = join_and(&left)));
        }
        out
    }
}

fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => crate::t!("names-and", first = rest.join(", "), last = last),
    }
}

/// What TimelineJS has no field for, as readable lines after the event's text.
fn extra_lines(t: &Timeline, e: &Event, counts: &mut Counts) -> Vec<String> {
    let mut out = Vec::new();
    if e.categories.len() > 1 {
        counts.more_categories += 1;
        let more: Vec<&str> = e.categories[1..]
            .iter()
            .map(|&c| t.categories[c].label.as_str())
            .collect();
        out.push(crate::t!("export-also-in", names = more.join(", ")));
    }
    if !e.people.is_empty() {
        counts.with_people += 1;
        let names: Vec<&str> = e
            .people
            .iter()
            .map(|&p| t.people[p].name.as_str())
            .collect();
        out.push(crate::t!("export-people", names = names.join(", ")));
    }
    if !e.citations.is_empty() {
        counts.cited += 1;
        out.push(crate::t!("export-sources-say"));
        for c in &e.citations {
            let source = t.source(&c.source).map_or(c.source.as_str(), |s| s.short());
            out.push(crate::t!(
                "export-citation",
                source = source,
                section = c.section.as_str(),
                paragraph = c.paragraph,
                says = c.says.as_str()
            ));
        }
    }
    for d in &e.disputes {
        counts.disputed += 1;
        let claims: Vec<String> = d
            .claims
            .iter()
            .map(|c| {
                let who: Vec<&str> = c
                    .sources
                    .iter()
                    .map(|s| t.source(s).map_or(s.as_str(), |s| s.short()))
                    .collect();
                format!("{} ({})", c.value, who.join(", "))
            })
            .collect();
        let mut line = crate::t!(
            "export-differ",
            about = d.about.as_str(),
            claims = claims.join("; ")
        );
        if let Some(n) = &d.note {
            line.push(' ');
            line.push_str(n);
        }
        out.push(line);
    }
    if let Some(n) = &e.note {
        counts.noted += 1;
        out.push(crate::t!("export-note", note = n.as_str()));
    }
    if e.display_date.is_some() && e.is_circa() {
        counts.circa_with_display += 1;
    }
    out
}

/// The event's text with the readable lines after it.
fn full_text(summary: &str, extra: &[String]) -> String {
    let mut text = summary.trim().to_string();
    for chunk in extra {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(chunk);
    }
    text
}

/// The sources as the title's last paragraphs (TimelineJS has no list of sources).
fn sources_text(t: &Timeline) -> Vec<String> {
    if t.sources.is_empty() {
        return Vec::new();
    }
    let mut out = vec![crate::t!("export-sources")];
    for s in &t.sources {
        let mut line = s.title.clone();
        if let Some(a) = &s.author {
            line.push_str(&format!(", {a}"));
        }
        if let Some(d) = &s.date {
            line.push_str(&format!(" ({d})"));
        }
        line.push_str(&format!(" — {}", s.kind));
        out.push(line);
    }
    out
}
