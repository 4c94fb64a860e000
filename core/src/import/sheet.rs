//! CSV → our dataset, a row at a time, with the `csv` crate (quoted fields, embedded
//! commas and newlines, a byte-order mark, Windows line endings). Two layouts, told apart
//! by the header row:
//! - TimelineJS's spreadsheet template (Year, Month, Day, Time, End Year, End Month,
//!   End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
//!   Media Thumbnail, Type, Group, Background, and Alt Text where present; version 1
//!   sheets' Start Date, End Date and Tag too), where a `title` row gives the title and
//!   `era` rows give eras, and a row without a Year is left out as TimelineJS leaves it;
//! - a plain CSV of our own columns: `start` and `title` required, `end`, `summary`,
//!   `category`, `id` and `display_date` optional (data/README.md).
//!
//! Column names are matched without regard to case or surrounding spaces. Every problem
//! names its line and column (counted from the bytes, so Windows line endings count once).
//!
//! What each row becomes, its dates and times read as TimelineJS reads them, is in `rows`.

mod rows;
#[cfg(test)]
mod tests;

use super::{problem, Lines, Parts};
use crate::jsonpos::JsonPath;
use crate::problem::LoadError;
use rows::{plain_row, timelinejs_row};

/// Problems reported, at most: a file wrong in every row is not listed 50,000 times.
const MAX_PROBLEMS: usize = 200;

fn norm(h: &str) -> String {
    h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase()
}

/// True if the first line of `text` is TimelineJS's template header (version 3's Year
/// and Headline, or version 1's Start Date and Headline).
pub fn is_timelinejs_header(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    let cols: Vec<String> = first
        .split(',')
        .map(|c| norm(c.trim_matches('"')))
        .collect();
    cols.iter().any(|c| c == "headline") && cols.iter().any(|c| c == "year" || c == "start date")
}

/// The columns of a header row, by name (the first of a repeated name).
struct Columns(std::collections::HashMap<String, usize>);

impl Columns {
    fn new(names: impl Iterator<Item = String>) -> Columns {
        let mut map = std::collections::HashMap::new();
        for (k, n) in names.enumerate() {
            map.entry(n).or_insert(k);
        }
        Columns(map)
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.0.get(name).copied()
    }

    /// The 1-based column of `name` (for problems).
    fn column(&self, name: &str) -> usize {
        self.find(name).map_or(1, |k| k + 1)
    }
}

/// One record, its cells read by column name.
struct Row<'a> {
    header: &'a Columns,
    record: &'a csv::StringRecord,
    line: usize,
}

impl<'a> Row<'a> {
    fn cell(&self, name: &str) -> &'a str {
        self.header
            .find(name)
            .and_then(|k| self.record.get(k))
            .map_or("", str::trim)
    }

    fn report(
        &self,
        parts: &mut Parts,
        col: &str,
        path: &'static str,
        what: &str,
        message: String,
    ) {
        if parts.problems.len() < MAX_PROBLEMS {
            parts.problems.push(problem(
                what,
                JsonPath::root().key(path),
                (self.line, self.header.column(col)),
                message,
            ));
        }
    }
}

/// Where a quoted field opens that never closes (the CSV reader would take the rest of
/// the file as that one field). A quote opens a field only at its start, as the reader
/// reads it: an inch mark inside an unquoted field (`12" ruler`) is text.
fn unclosed_quote(text: &str) -> Option<(usize, usize)> {
    // Bytes: quotes, commas and line breaks are ASCII, never part of another character.
    let b = text.as_bytes();
    let mut open: Option<usize> = None;
    let mut field_start = true;
    let mut k = 0;
    while k < b.len() {
        let c = b[k];
        match (open, c) {
            (Some(_), b'"') if b.get(k + 1) == Some(&b'"') => k += 1,
            (Some(_), b'"') => {
                open = None;
                field_start = false;
            }
            (Some(_), _) => {}
            (None, b'"') if field_start => open = Some(k),
            (None, b',' | b'\n' | b'\r') => field_start = true,
            (None, _) => field_start = false,
        }
        k += 1;
    }
    open.map(|o| crate::jsonpos::line_column(text, o))
}

/// A CSV file being read a row at a time.
pub(super) struct Reader<'a> {
    text: &'a str,
    records: csv::StringRecordsIntoIter<&'a [u8]>,
    header: Columns,
    timelinejs: bool,
    /// A version 1 sheet: Start Date and End Date columns.
    v1: bool,
    lines: Lines<'a>,
    rows: usize,
    lines_total: usize,
    done: bool,
}

impl<'a> Reader<'a> {
    pub(super) fn start(
        text: &'a str,
        timelinejs: bool,
        parts: &mut Parts,
    ) -> Result<Reader<'a>, LoadError> {
        let mut lines = Lines::new(text);
        let mut records = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .into_records();
        let header = match records.next() {
            Some(Ok(h)) => Columns::new(h.iter().map(norm)),
            Some(Err(e)) => return Err(csv_error(&e, &mut lines)),
            None => {
                return Err(LoadError::Syntax {
                    line: 1,
                    column: 1,
                    message: crate::t!("sheet-empty"),
                })
            }
        };
        let v1 = timelinejs && header.find("year").is_none();
        let required: &[&str] = match (timelinejs, v1) {
            (true, true) => &["start date", "headline"],
            (true, false) => &["year", "headline"],
            _ => &["start", "title"],
        };
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|c| header.find(c).is_none())
            .collect();
        if !missing.is_empty() {
            return Err(LoadError::Syntax {
                line: 1,
                column: 1,
                message: crate::t!(
                    "sheet-missing-column",
                    columns = missing.join(&crate::t!("filter-or")),
                    template = if timelinejs { "timelinejs" } else { "plain" }
                ),
            });
        }
        if let Some(at) = unclosed_quote(text) {
            let message = crate::t!("sheet-unclosed-quote");
            parts.problems.push(problem(
                &crate::t!("sheet-the-file"),
                JsonPath::root(),
                at,
                message,
            ));
        }
        let lines_total = text.bytes().filter(|&b| b == b'\n').count().max(1);
        Ok(Reader {
            text,
            records,
            header,
            timelinejs,
            v1,
            lines,
            rows: 0,
            lines_total,
            done: false,
        })
    }

    /// Rows read, and about how many there are (lines, until all are read).
    pub(super) fn progress(&self) -> (usize, usize) {
        if self.done {
            (self.rows, self.rows)
        } else {
            (self.rows, self.lines_total.max(self.rows + 1))
        }
    }

    /// Converts up to `n` more rows; true once all are done.
    pub(super) fn step(&mut self, n: usize, parts: &mut Parts) -> bool {
        for _ in 0..n {
            let record = match self.records.next() {
                None => {
                    self.done = true;
                    break;
                }
                Some(Ok(r)) => r,
                Some(Err(e)) => {
                    if let LoadError::Syntax {
                        line,
                        column,
                        message,
                    } = csv_error(&e, &mut self.lines)
                    {
                        parts.problems.push(problem(
                            &crate::t!("sheet-the-file"),
                            JsonPath::root(),
                            (line, column),
                            message,
                        ));
                    }
                    self.done = true;
                    break;
                }
            };
            self.rows += 1;
            let line = record.position().map_or(0, |p| {
                self.lines.of(record_start(self.text, p.byte() as usize)).0
            });
            if record.iter().all(|f| f.trim().is_empty()) {
                continue;
            }
            let row = Row {
                header: &self.header,
                record: &record,
                line,
            };
            if self.timelinejs {
                timelinejs_row(&row, self.v1, parts);
            } else {
                plain_row(&row, parts);
            }
            if parts.problems.len() >= MAX_PROBLEMS {
                self.done = true;
                break;
            }
        }
        self.done
    }
}

/// Where a record's first field starts: the reader places a record after the previous
/// one's "\r" when lines end in "\r\n", before the "\n" that ends that line.
fn record_start(text: &str, byte: usize) -> usize {
    let b = text.as_bytes();
    let mut k = byte.min(b.len());
    while k < b.len() && matches!(b[k], b'\r' | b'\n') {
        k += 1;
    }
    k
}

fn csv_error(e: &csv::Error, lines: &mut Lines) -> LoadError {
    let (line, column) = e
        .position()
        .map_or((1, 1), |p| (lines.of(p.byte() as usize).0, 1));
    LoadError::Syntax {
        line,
        column,
        message: crate::t!("sheet-unreadable", reason = e.to_string()),
    }
}
