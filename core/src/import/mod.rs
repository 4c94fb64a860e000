//! Timelines made elsewhere → our format: TimelineJS's JSON (both shapes) and its
//! spreadsheet template as CSV, and a plain CSV of our own columns (data/README.md).
//! [`open`] reads any of them, and our own JSON, detecting the format from the content,
//! and validates the result under the open rules ([`Rules::Open`]): a class's timeline
//! need not cite sources. Problems carry the line and column in the file the teacher
//! has. Pure: text in, timeline or problems out; never reads files or the network.

pub mod html;
mod sheet;
mod timelinejs;

use crate::date::{year_label, MAX_YEAR, MIN_YEAR};
use crate::jsonpos::{JsonPath, Seg};
use crate::model::{Category, RawDataset};
use crate::problem::{LoadError, Problem};
use crate::validate::{validate_with, Rules};
use crate::{load_with, Timeline};

/// The formats [`open`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Our own JSON (data/README.md).
    Ours,
    /// A TimelineJS JSON file: `{title, events, eras}` or `{"timeline": {…}}`.
    TimelineJs,
    /// The TimelineJS spreadsheet template, as CSV.
    TimelineJsCsv,
    /// A plain CSV with our columns.
    Csv,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Ours => "timeline JSON",
            Format::TimelineJs => "TimelineJS JSON",
            Format::TimelineJsCsv => "TimelineJS spreadsheet (CSV)",
            Format::Csv => "CSV",
        }
    }
}

/// A converted file: the dataset in our format (without the rows that could not be
/// read), what the conversion left out or changed (for the reader), where each event came
/// from in the original (line, column), and the problems of the rows left out.
#[derive(Clone, Debug)]
pub struct Imported {
    pub raw: RawDataset,
    pub warnings: Vec<String>,
    pub origins: Vec<(usize, usize)>,
    pub problems: Vec<Problem>,
}

/// The format of `text`, from its content: JSON objects by their keys (TimelineJS events
/// have `start_date`), anything else as CSV by its header row.
pub fn detect(text: &str) -> Format {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.starts_with('{') || body.starts_with('[') {
        let head: String = body.chars().take(20_000).collect();
        let tjs = has_key(&head, "start_date")
            || has_key(&head, "timeline")
            || (has_key(&head, "headline") && !has_key(&head, "sources"));
        return if tjs {
            Format::TimelineJs
        } else {
            Format::Ours
        };
    }
    if sheet::is_timelinejs_header(body) {
        Format::TimelineJsCsv
    } else {
        Format::Csv
    }
}

/// True if `"key"` appears as an object key (followed by a colon) in `json`.
fn has_key(json: &str, key: &str) -> bool {
    let quoted = format!("\"{key}\"");
    json.match_indices(&quoted)
        .any(|(k, _)| json[k + quoted.len()..].trim_start().starts_with(':'))
}

/// Converts `text` in `format` to our dataset. `name` (the file's name) titles a timeline
/// that has no title of its own.
pub fn convert(text: &str, format: Format, name: &str) -> Result<Imported, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    match format {
        Format::Ours => {
            let raw: RawDataset = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            })?;
            let n = raw.events.len();
            Ok(Imported {
                raw,
                warnings: Vec::new(),
                origins: vec![(0, 0); n],
                problems: Vec::new(),
            })
        }
        Format::TimelineJs => timelinejs::convert(text, name),
        Format::TimelineJsCsv => sheet::convert(text, name, true),
        Format::Csv => sheet::convert(text, name, false),
    }
}

/// Reads a teacher's file in any format (detected) into a timeline, under the open rules.
/// Returns the timeline with the conversion's warnings among its own.
pub fn open(text: &str, name: &str) -> Result<(Timeline, Format), LoadError> {
    let format = detect(text);
    if format == Format::Ours {
        return match load_with(text.trim_start_matches('\u{feff}'), Rules::Open) {
            Ok(t) => Ok((t, format)),
            Err(LoadError::Syntax {
                line,
                column,
                message,
            }) => Err(LoadError::Syntax {
                line,
                column,
                message: format!(
                    "{message} — expected our timeline JSON ({{\"title\": …, \"events\": [{{\"id\", \
                     \"title\", \"start\"…}}]}}, data/README.md) or a TimelineJS file"
                ),
            }),
            Err(e) => Err(e),
        };
    }
    let imported = convert(text, format, name)?;
    let origins = imported.origins;
    let mut problems = imported.problems;
    match validate_with(imported.raw, Rules::Open) {
        Ok(mut t) if problems.is_empty() => {
            t.warnings.splice(0..0, imported.warnings);
            Ok((t, format))
        }
        Ok(_) => {
            problems.sort_by_key(|p| p.at.unwrap_or((usize::MAX, 0)));
            Err(LoadError::Invalid(problems))
        }
        Err(found) => {
            // Problems name our fields; place them at the event's line in the original.
            for mut p in found {
                if let (Some(Seg::Key("events")), Some(Seg::Index(k))) =
                    (p.path.0.first(), p.path.0.get(1))
                {
                    p.at = origins.get(*k).copied().filter(|o| o.0 > 0);
                }
                problems.push(p);
            }
            problems.sort_by_key(|p| p.at.unwrap_or((usize::MAX, 0)));
            Err(LoadError::Invalid(problems))
        }
    }
}

/// A lower-case slug of `text` ("Women in Computing" → "women-in-computing"), at most 60
/// characters; empty when `text` has no letters or digits.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Ids that are unique: `base`, then `base-2`, `base-3`…
#[derive(Default)]
struct Ids(std::collections::HashSet<String>);

impl Ids {
    fn unique(&mut self, base: &str, fallback: &str) -> String {
        let base = if base.is_empty() { fallback } else { base };
        let mut id = base.to_string();
        let mut n = 1;
        while !self.0.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        id
    }
}

/// What a converter gathered from a file, before it becomes our dataset.
#[derive(Default)]
struct Parts {
    title: String,
    subtitle: String,
    groups: Vec<String>,
    eras: Vec<crate::model::RawEra>,
    events: Vec<crate::model::RawEvent>,
    origins: Vec<(usize, usize)>,
    /// What was left out for a date beyond the calendar: "The Big Bang (-13800000000)".
    too_far: Vec<String>,
    problems: Vec<Problem>,
}

impl Parts {
    /// Our dataset: titled with the file's `name` where it has no title, a category per
    /// group, and a notice naming the `unit`s ("event", "row") left out for their date.
    fn finish(self, name: &str, unit: &str) -> Imported {
        let mut warnings = Vec::new();
        let n = self.too_far.len();
        if n > 0 {
            warnings.push(format!(
                "Left out {n} {unit}{} dated outside the years a timeline can show ({} to {}): {}{}.",
                if n == 1 { "" } else { "s" },
                year_label(MIN_YEAR),
                year_label(MAX_YEAR),
                self.too_far[..n.min(5)].join("; "),
                if n > 5 {
                    format!(" and {} more", n - 5)
                } else {
                    String::new()
                }
            ));
        }
        Imported {
            raw: RawDataset {
                schema: None,
                title: if self.title.is_empty() {
                    name.to_string()
                } else {
                    self.title
                },
                subtitle: self.subtitle,
                media: None,
                default_window: None,
                sources: Vec::new(),
                categories: categories(&self.groups),
                people: Vec::new(),
                eras: self.eras,
                events: self.events,
                tours: Vec::new(),
            },
            warnings,
            origins: self.origins,
            problems: self.problems,
        }
    }
}

/// Colour-blind-safe colours for groups (Paul Tol's "muted" scheme): the app raises each
/// to the contrast its theme needs.
const GROUP_COLOURS: [&str; 9] = [
    "#332288", "#117733", "#882255", "#44AA99", "#999933", "#AA4499", "#CC6677", "#88CCEE",
    "#DDCC77",
];

/// Categories for group names in order of first use. Each group's colour follows from its
/// name, so the same group keeps its colour when others are added; two groups of one
/// file never share a colour while colours remain.
fn categories(groups: &[String]) -> Vec<Category> {
    let mut taken = [false; GROUP_COLOURS.len()];
    groups
        .iter()
        .enumerate()
        .map(|(k, g)| {
            let hash = g
                .bytes()
                .fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619));
            let mut c = hash as usize % GROUP_COLOURS.len();
            if k < GROUP_COLOURS.len() {
                while taken[c] {
                    c = (c + 1) % GROUP_COLOURS.len();
                }
            }
            taken[c] = true;
            Category {
                id: group_id(g),
                label: g.clone(),
                colour: GROUP_COLOURS[c].to_string(),
                symbol: None,
                description: None,
            }
        })
        .collect()
}

/// A group's category id: its slug, or a stable stand-in for names without letters.
fn group_id(group: &str) -> String {
    let s = slug(group);
    if s.is_empty() {
        let hash = group
            .bytes()
            .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
        format!("group-{hash:x}")
    } else {
        s
    }
}

/// A problem found while converting, at a place in the original file.
fn problem(what: &str, path: JsonPath, at: (usize, usize), message: String) -> Problem {
    Problem {
        place: what.to_string(),
        path,
        at: Some(at),
        message,
    }
}
