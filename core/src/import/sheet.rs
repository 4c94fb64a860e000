//! CSV → our dataset, with the `csv` crate (quoted fields, embedded commas and newlines,
//! a byte-order mark). Two layouts, told apart by the header row:
//! - TimelineJS's spreadsheet template (Year, Month, Day, Time, End Year, End Month,
//!   End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
//!   Media Thumbnail, Type, Group, Background), where a `title` row gives the title and
//!   `era` rows give eras;
//! - a plain CSV of our own columns: `start` and `title` required, `end`, `summary`,
//!   `category`, `id` and `display_date` optional (data/README.md).
//!
//! Column names are matched without regard to case or surrounding spaces. Every problem
//! names its line and column.

use super::html::to_text;
use super::timelinejs::{date, When};
use super::{group_id, problem, slug, Ids, Imported, Parts};
use crate::date::HistDate;
use crate::jsonpos::JsonPath;
use crate::model::{RawEra, RawEvent};
use crate::problem::{LoadError, Problem};
use serde_json::{Map, Value};

/// Problems reported, at most: a file wrong in every row is not listed 50,000 times.
const MAX_PROBLEMS: usize = 200;

fn norm(h: &str) -> String {
    h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase()
}

/// True if the first line of `text` is TimelineJS's template header.
pub fn is_timelinejs_header(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    let cols: Vec<String> = first
        .split(',')
        .map(|c| norm(c.trim_matches('"')))
        .collect();
    cols.iter().any(|c| c == "headline") && cols.iter().any(|c| c == "year")
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
}

/// One record, its cells read by column name.
struct Row<'a> {
    header: &'a Columns,
    record: &'a csv::StringRecord,
}

impl<'a> Row<'a> {
    fn cell(&self, name: &str) -> &'a str {
        self.header
            .find(name)
            .and_then(|k| self.record.get(k))
            .map_or("", str::trim)
    }
}

/// A CSV column as a path ("column Headline"), for problems.
fn col_path(name: &'static str) -> JsonPath {
    JsonPath::root().key(name)
}

pub fn convert(text: &str, name: &str, timelinejs: bool) -> Result<Imported, LoadError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => Columns::new(h.iter().map(norm)),
        Some(Err(e)) => return Err(csv_error(&e)),
        None => {
            return Err(LoadError::Syntax {
                line: 1,
                column: 1,
                message: "the file is empty: expected a header row".into(),
            })
        }
    };
    let required: &[&str] = if timelinejs {
        &["year", "headline"]
    } else {
        &["start", "title"]
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
            message: format!(
                "the header row has no {} column: expected {}",
                missing.join(" or "),
                if timelinejs {
                    "TimelineJS's template columns (Year, Month, Day, … Headline, Text, … Type, Group)"
                } else {
                    "the columns start, title and optionally end, summary, category, id, display_date"
                }
            ),
        });
    }
    let mut b = Builder::default();
    if let Some(at) = unclosed_quote(text) {
        let message =
            "a quoted field opens here and is never closed: the rest of the file would be \
                       read as this one field; close it with \"";
        b.problems
            .push(problem("the file", JsonPath::root(), at, message.into()));
    }
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                b.problems.push(located(csv_error(&e)));
                break;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        let row = Row {
            header: &header,
            record: &record,
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if timelinejs {
            b.timelinejs_row(line, &row);
        } else {
            b.plain_row(line, &row);
        }
        if b.problems.len() >= MAX_PROBLEMS {
            break;
        }
    }
    b.finish(name)
}

/// Where a quoted field opens that never closes (the CSV reader would take the rest of
/// the file as that one field).
fn unclosed_quote(text: &str) -> Option<(usize, usize)> {
    let (mut line, mut col) = (1, 0);
    let mut open: Option<(usize, usize)> = None;
    for c in text.chars() {
        col += 1;
        match c {
            '"' => {
                open = if open.is_some() {
                    None
                } else {
                    Some((line, col))
                }
            }
            '\n' => {
                line += 1;
                col = 0;
            }
            _ => {}
        }
    }
    open
}

fn csv_error(e: &csv::Error) -> LoadError {
    let (line, column) = e.position().map_or((1, 1), |p| (p.line() as usize, 1));
    LoadError::Syntax {
        line,
        column,
        message: format!("the CSV cannot be read here: {e}"),
    }
}

fn located(e: LoadError) -> Problem {
    match e {
        LoadError::Syntax {
            line,
            column,
            message,
        } => problem("the file", JsonPath::root(), (line, column), message),
        LoadError::Invalid(mut p) => p.remove(0),
    }
}

#[derive(Default)]
struct Builder {
    title: Option<(String, String)>,
    events: Vec<RawEvent>,
    origins: Vec<(usize, usize)>,
    eras: Vec<RawEra>,
    groups: Vec<String>,
    ids: Ids,
    era_ids: Ids,
    problems: Vec<Problem>,
    too_far: Vec<String>,
}

/// The 1-based column of `name` in the header (for problems).
fn column(header: &Columns, name: &str) -> usize {
    header.find(name).map_or(1, |k| k + 1)
}

impl Builder {
    fn report(&mut self, line: usize, col: usize, path: &'static str, what: &str, message: String) {
        self.problems
            .push(problem(what, col_path(path), (line, col), message));
    }

    /// A TimelineJS date from the Year/Month/Day columns with `prefix` ("" or "end ").
    fn tjs_date(
        &mut self,
        line: usize,
        row: &Row,
        end: bool,
        what: &str,
    ) -> Result<Option<When>, ()> {
        let (header, cell) = (row.header, |n: &str| row.cell(n));
        let (y, m, d) = if end {
            ("end year", "end month", "end day")
        } else {
            ("year", "month", "day")
        };
        if cell(y).is_empty() {
            return Ok(None);
        }
        let mut obj = Map::new();
        for (k, col) in [("year", y), ("month", m), ("day", d)] {
            obj.insert(k.into(), Value::String(cell(col).to_string()));
        }
        match date(&Value::Object(obj)) {
            Ok(w) => Ok(Some(w)),
            Err((field, message)) => {
                let (col, path) = match (field, end) {
                    ("year", false) => (y, "Year"),
                    ("month", false) => (m, "Month"),
                    ("day", false) => (d, "Day"),
                    ("year", true) => (y, "End Year"),
                    ("month", true) => (m, "End Month"),
                    _ => (d, "End Day"),
                };
                let message = format!("{}: {message}", if end { "end" } else { "start" });
                self.report(line, column(header, col), path, what, message);
                Err(())
            }
        }
    }

    fn timelinejs_row(&mut self, line: usize, row: &Row) {
        let (header, cell) = (row.header, |n: &str| row.cell(n));
        let headline = to_text(cell("headline"));
        let body = to_text(cell("text"));
        let what = if headline.is_empty() {
            format!("row on line {line}")
        } else {
            format!("\"{}\"", headline.chars().take(60).collect::<String>())
        };
        let kind = cell("type").to_ascii_lowercase();
        if kind == "title" {
            self.title = Some((headline, body));
            return;
        }
        let (Ok(start), Ok(end)) = (
            self.tjs_date(line, row, false, &what),
            self.tjs_date(line, row, true, &what),
        ) else {
            return;
        };
        let start = match start {
            Some(When::Date(d)) => d,
            Some(When::TooFar(y)) => {
                self.too_far.push(format!("{what} ({y})"));
                return;
            }
            None => {
                let message =
                    "has no Year: every event needs one (a title row says so in the Type column)";
                self.report(line, column(header, "year"), "Year", &what, message.into());
                return;
            }
        };
        let end = match end {
            Some(When::Date(d)) => Some(d),
            Some(When::TooFar(y)) => {
                self.too_far.push(format!("{what} (ending {y})"));
                return;
            }
            None => None,
        };
        if kind == "era" {
            let Some(end) = end else {
                let message = "is an era without an End Year: an era needs both ends";
                self.report(
                    line,
                    column(header, "end year"),
                    "End Year",
                    &what,
                    message.into(),
                );
                return;
            };
            let label = if headline.is_empty() {
                format!("Era on line {line}")
            } else {
                headline
            };
            self.eras.push(RawEra {
                id: self.era_ids.unique(&slug(&label), &format!("era-{line}")),
                label,
                start: start.to_iso(),
                end: end.to_iso(),
                note: None,
                sources: Vec::new(),
            });
            return;
        }
        let mut summary = body;
        let media = cell("media");
        if super::html::safe_link(media) {
            let about: Vec<String> = [cell("media caption"), cell("media credit")]
                .into_iter()
                .map(to_text)
                .filter(|s| !s.is_empty())
                .collect();
            let line = if about.is_empty() {
                format!("Media: {media}")
            } else {
                format!("Media: {media} ({})", about.join(" — "))
            };
            if !summary.is_empty() {
                summary.push_str("\n\n");
            }
            summary.push_str(&line);
        }
        let display = Some(to_text(cell("display date"))).filter(|s| !s.is_empty());
        let title = if headline.is_empty() {
            display.clone().unwrap_or_else(|| start.label())
        } else {
            headline
        };
        let group = to_text(cell("group"));
        self.push(line, title, start, end, display, summary, &group, "");
    }

    fn plain_row(&mut self, line: usize, row: &Row) {
        let (header, cell) = (row.header, |n: &str| row.cell(n));
        let title = cell("title").to_string();
        let what = if title.is_empty() {
            format!("row on line {line}")
        } else {
            format!("\"{}\"", title.chars().take(60).collect::<String>())
        };
        let mut date = |col: &'static str, path: &'static str| -> Result<Option<HistDate>, ()> {
            let raw = cell(col);
            if raw.is_empty() {
                return Ok(None);
            }
            HistDate::parse(raw).map(Some).map_err(|e| {
                self.report(
                    line,
                    column(header, col),
                    path,
                    &what,
                    format!("{col}: {e}"),
                );
            })
        };
        let (Ok(start), Ok(end)) = (date("start", "start"), date("end", "end")) else {
            return;
        };
        let Some(start) = start else {
            self.report(
                line,
                column(header, "start"),
                "start",
                &what,
                "has no start date".into(),
            );
            return;
        };
        let display = Some(cell("display_date").to_string()).filter(|s| !s.is_empty());
        let summary = cell("summary").to_string();
        let group = cell("category").to_string();
        self.push(
            line,
            title,
            start,
            end,
            display,
            summary,
            &group,
            cell("id"),
        );
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        line: usize,
        title: String,
        start: HistDate,
        end: Option<HistDate>,
        display_date: Option<String>,
        summary: String,
        group: &str,
        id: &str,
    ) {
        let mut cats = Vec::new();
        if !group.is_empty() {
            if !self.groups.iter().any(|g| g == group) {
                self.groups.push(group.to_string());
            }
            cats.push(group_id(group));
        }
        let base = if id.is_empty() {
            slug(&title)
        } else {
            slug(id)
        };
        self.events.push(RawEvent {
            id: self.ids.unique(&base, &format!("row-{line}")),
            title,
            start: start.to_iso(),
            end: end.map(|d| d.to_iso()),
            display_date,
            summary,
            categories: cats,
            people: Vec::new(),
            citations: Vec::new(),
            disputes: Vec::new(),
            note: None,
            media: None,
        });
        self.origins.push((line, 1));
    }

    fn finish(self, name: &str) -> Result<Imported, LoadError> {
        let (title, subtitle) = self.title.unwrap_or_default();
        Ok(Parts {
            title,
            subtitle,
            groups: self.groups,
            eras: self.eras,
            events: self.events,
            origins: self.origins,
            too_far: self.too_far,
            problems: self.problems,
        }
        .finish(name, "row"))
    }
}
