//! Timelines made elsewhere → our format: TimelineJS's JSON (version 3, the wrapped
//! `{"timeline": {…}}` shape, the older TimelineJS 1 and 2 format with `date` and
//! `startDate`, and `slides` where `events` belong), its spreadsheet template as CSV, and a
//! plain CSV of our own columns. [`open`] reads any of them, and our own JSON, detecting
//! the format from the content, and validates the result under the open rules
//! ([`crate::Rules::Open`]): a class's timeline need not cite sources. [`ImportLoader`]
//! does the same in slices, so a 50,000-row spreadsheet never blocks the page for long;
//! `open` is that loader run in one go. Problems carry the line and column in the file
//! the teacher has; what is left out or changed is said in warnings. Pure: text in,
//! timeline or problems out; never reads files or the network.
//!
//! Each format's reader is in `timelinejs` and `sheet`; what they gather, and how it
//! becomes our dataset and its warnings, in `parts`.

pub mod html;
mod parts;
mod sheet;
mod sliced;
mod timelinejs;

use parts::Parts;
pub use sliced::ImportLoader;

use crate::jsonpos::JsonPath;
use crate::model::RawDataset;
use crate::problem::{LoadError, Problem};
use crate::Timeline;

/// The formats [`open`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Our own JSON (data/README.md).
    Ours,
    /// A TimelineJS JSON file: `{title, events, eras}`, `{"timeline": {…}}`, or the
    /// TimelineJS 1 and 2 format (`{"timeline": {"date": […]}}`).
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

/// Where a teacher's file comes from: its name (which titles a timeline without a title
/// of its own) and, when it was fetched, its address (which relative media addresses are
/// resolved against).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Origin<'a> {
    pub name: &'a str,
    pub address: Option<&'a str>,
}

impl<'a> Origin<'a> {
    /// A file known by its name only (opened from the device).
    pub fn named(name: &'a str) -> Origin<'a> {
        Origin {
            name,
            address: None,
        }
    }

    /// A file fetched from `address` (an absolute http(s) address), named by it.
    pub fn at(address: &'a str) -> Origin<'a> {
        Origin {
            name: address,
            address: Some(address),
        }
    }

    /// The address relative media are resolved against: an absolute http(s) one.
    fn base(&self) -> Option<&'a str> {
        self.address.filter(|a| {
            let l = a.trim().to_ascii_lowercase();
            l.starts_with("https://") || l.starts_with("http://")
        })
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
/// have `start_date`, older files `startDate`), anything else as CSV by its header row.
pub fn detect(text: &str) -> Format {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.starts_with('{') || body.starts_with('[') {
        let head: String = body.chars().take(20_000).collect();
        let tjs = ["start_date", "startDate", "timeline", "slides"]
            .iter()
            .any(|k| has_key(&head, k))
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
    convert_from(text, format, &Origin::named(name))
}

/// As [`convert`], for a file from `origin`.
pub fn convert_from(text: &str, format: Format, origin: &Origin) -> Result<Imported, LoadError> {
    let text = text.trim_start_matches('\u{feff}');
    if format == Format::Ours {
        let raw: RawDataset = serde_json::from_str(text).map_err(|e| LoadError::Syntax {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })?;
        let n = raw.events.len();
        return Ok(Imported {
            raw,
            warnings: Vec::new(),
            origins: vec![(0, 0); n],
            problems: Vec::new(),
        });
    }
    let mut parts = Parts::new(origin);
    let mut c = Converter::start(text, format, &mut parts)?;
    c.step(usize::MAX, &mut parts)?;
    Ok(parts.finish(origin, c.unit()))
}

/// Reads a teacher's file in any format (detected) into a timeline, under the open rules.
/// Returns the timeline with the conversion's warnings among its own.
pub fn open(text: &str, name: &str) -> Result<(Timeline, Format), LoadError> {
    open_from(text, &Origin::named(name))
}

/// As [`open`], for a file from `origin` (its address resolves relative media).
pub fn open_from(text: &str, origin: &Origin) -> Result<(Timeline, Format), LoadError> {
    let mut l = ImportLoader::start(text, origin)?;
    while !l.step(usize::MAX)? {}
    l.finish()
}

/// A title from a file's name or address: without folders, query or extension, words
/// apart, capitalised when written all in lower case ("class-timeline.json" → "Class
/// timeline").
pub fn title_from_name(name: &str) -> String {
    let last = name
        .split(['?', '#'])
        .next()
        .unwrap_or(name)
        .trim_end_matches('/')
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name);
    let stem = match last.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            stem
        }
        _ => last,
    };
    let words = stem
        .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let words = if words.is_empty() {
        crate::t!("import-untitled")
    } else {
        words
    };
    if words.chars().any(char::is_uppercase) {
        return words;
    }
    let mut c = words.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => words,
    }
}

/// A lower-case slug of `text`, transliterated to Latin letters ("Убийство Кирова" →
/// "ubiistvo-kirova", "Révolution" → "revolution"), at most 60 characters; empty when
/// `text` has no letters or digits.
pub fn slug(text: &str) -> String {
    let latin = deunicode::deunicode(text);
    let mut out = String::new();
    for c in latin.chars().flat_map(char::to_lowercase) {
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

/// A converter of one format, reading a file a slice at a time.
enum Converter<'a> {
    Json(timelinejs::Reader<'a>),
    Sheet(sheet::Reader<'a>),
}

impl<'a> Converter<'a> {
    fn start(text: &'a str, format: Format, parts: &mut Parts) -> Result<Converter<'a>, LoadError> {
        Ok(match format {
            Format::TimelineJs => Converter::Json(timelinejs::Reader::start(text, parts)?),
            Format::TimelineJsCsv => Converter::Sheet(sheet::Reader::start(text, true, parts)?),
            _ => Converter::Sheet(sheet::Reader::start(text, false, parts)?),
        })
    }

    /// Converts up to `n` more events or rows; true once all are done.
    fn step(&mut self, n: usize, parts: &mut Parts) -> Result<bool, LoadError> {
        match self {
            Converter::Json(r) => r.step(n, parts),
            Converter::Sheet(r) => Ok(r.step(n, parts)),
        }
    }

    /// Events or rows read, and in all (for rows, an estimate until all are read).
    fn progress(&self) -> (usize, usize) {
        match self {
            Converter::Json(r) => r.progress(),
            Converter::Sheet(r) => r.progress(),
        }
    }

    /// What a notice calls one item of this format.
    fn unit(&self) -> &'static str {
        match self {
            Converter::Json(_) => "event",
            Converter::Sheet(_) => "row",
        }
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

/// Lines and columns of ascending byte offsets in a text, counting the text once (a
/// minified file is one long line: columns are counted on, not from the line's start).
struct Lines<'a> {
    text: &'a str,
    at: usize,
    line: usize,
    /// Characters from the line's start to `at`.
    column: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            text,
            at: 0,
            line: 1,
            column: 0,
        }
    }

    /// 1-based line and column (in characters) of `offset`, at or after the last asked.
    fn of(&mut self, offset: usize) -> (usize, usize) {
        let b = self.text.as_bytes();
        let mut offset = offset.min(b.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        if offset < self.at {
            return crate::jsonpos::line_column(self.text, offset);
        }
        let span = &b[self.at..offset];
        match span.iter().rposition(|&c| c == b'\n') {
            Some(last) => {
                self.line += span.iter().filter(|&&c| c == b'\n').count();
                self.column = self.text[self.at + last + 1..offset].chars().count();
            }
            None => self.column += self.text[self.at..offset].chars().count(),
        }
        self.at = offset;
        (self.line, self.column + 1)
    }
}

#[cfg(test)]
mod tests;
