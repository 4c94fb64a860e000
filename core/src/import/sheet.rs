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

use super::html::to_text;
use super::timelinejs::{date, legacy_date, Dropped, When};
use super::{problem, Lines, Parts};
use crate::date::Moment;
use crate::jsonpos::JsonPath;
use crate::model::{RawEra, RawEvent, RawMedia};
use crate::problem::LoadError;
use serde_json::{Map, Value};

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

/// TimelineJS's Time column: "14:30", "2:30 PM", "1430", "14.30", "14:30:15" → hour,
/// minute, second (as `parseTime` reads them).
fn parse_time(t: &str) -> Result<(u8, Option<u8>, bool), String> {
    let t = t.trim();
    let lower = t.to_ascii_lowercase();
    let (body, period) = match lower
        .strip_suffix("p.m.")
        .or_else(|| lower.strip_suffix("pm"))
        .map(|b| (b, Some('p')))
        .or_else(|| {
            lower
                .strip_suffix("a.m.")
                .or_else(|| lower.strip_suffix("am"))
                .map(|b| (b, Some('a')))
        }) {
        Some((b, p)) => (b.trim().to_string(), p),
        None => (lower.clone(), None),
    };
    let bad = || format!("\"{t}\" is not a time of day (\"14:30\" or \"2:30 PM\")");
    let parts: Vec<&str> =
        if body.len() >= 3 && body.len() <= 4 && body.bytes().all(|b| b.is_ascii_digit()) {
            let k = body.len() - 2;
            vec![&body[..k], &body[k..]]
        } else if body.contains(':') {
            body.split(':').collect()
        } else {
            body.split('.').collect()
        };
    if parts.is_empty() || parts.len() > 3 {
        return Err(bad());
    }
    let num = |p: &str| -> Result<u32, String> {
        let p = p.trim();
        let p = p.split(['.', ',']).next().unwrap_or(p);
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || p.len() > 2 {
            return Err(bad());
        }
        p.parse().map_err(|_| bad())
    };
    let mut hour = num(parts[0])?;
    match period {
        Some('p') if hour != 12 => hour += 12,
        Some('a') if hour == 12 => hour = 0,
        _ => {}
    }
    if hour > 23 {
        return Err(format!("\"{t}\" has hour {hour}, which does not exist"));
    }
    let minute = match parts.get(1) {
        Some(m) => {
            let m = num(m)?;
            if m > 59 {
                return Err(format!("\"{t}\" has minute {m}, which does not exist"));
            }
            Some(m as u8)
        }
        None => None,
    };
    // Seconds are dropped (a warning says so) unless they are zero.
    let seconds = parts
        .get(2)
        .is_some_and(|s| s.bytes().any(|b| b.is_ascii_digit() && b != b'0'));
    Ok((hour as u8, minute, seconds))
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
                    message: "the file is empty: expected a header row".into(),
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
        if let Some(at) = unclosed_quote(text) {
            let message =
                "a quoted field opens here and is never closed: the rest of the file would be \
                 read as this one field; close it with \"";
            parts
                .problems
                .push(problem("the file", JsonPath::root(), at, message.into()));
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
                            "the file",
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
        message: format!("the CSV cannot be read here: {e}"),
    }
}

/// A TimelineJS date from the Year/Month/Day/Time columns (or End …), or from a version
/// 1 sheet's Start Date (End Date) column; `Ok(None)` when it has no year.
fn tjs_date(
    row: &Row,
    v1: bool,
    end: bool,
    what: &str,
    parts: &mut Parts,
) -> Result<Option<When>, ()> {
    let cell = |n: &str| row.cell(n);
    let (y, m, d, t) = if end {
        ("end year", "end month", "end day", "end time")
    } else {
        ("year", "month", "day", "time")
    };
    let side = if end { "end" } else { "start" };
    let obj = if v1 {
        let col = if end { "end date" } else { "start date" };
        let path = if end { "End Date" } else { "Start Date" };
        if cell(col).is_empty() {
            return Ok(None);
        }
        match legacy_date(cell(col)) {
            Ok(o) => o,
            Err(message) => {
                row.report(parts, col, path, what, format!("{side}: {message}"));
                return Err(());
            }
        }
    } else {
        if cell(y).is_empty() {
            return Ok(None);
        }
        let mut obj = Map::new();
        for (k, col) in [("year", y), ("month", m), ("day", d)] {
            obj.insert(k.into(), Value::String(cell(col).to_string()));
        }
        let time = cell(t);
        if !time.is_empty() {
            match parse_time(time) {
                Ok((h, mi, seconds)) => {
                    obj.insert("hour".into(), Value::from(h));
                    if let Some(mi) = mi {
                        obj.insert("minute".into(), Value::from(mi));
                    }
                    if seconds {
                        obj.insert("second".into(), Value::from(1));
                    }
                }
                Err(message) => {
                    let path = if end { "End Time" } else { "Time" };
                    row.report(parts, t, path, what, format!("{side}: {message}"));
                    return Err(());
                }
            }
        }
        Value::Object(obj)
    };
    match date(&obj) {
        Ok((
            w,
            Dropped {
                seconds,
                dayless_time,
            },
        )) => {
            if seconds {
                parts.seconds.add(|| format!("{what} (line {})", row.line));
            }
            if dayless_time {
                parts
                    .dayless_times
                    .add(|| format!("{what} (line {})", row.line));
            }
            Ok(Some(w))
        }
        Err((field, message)) => {
            let (col, path) = match (field, end, v1) {
                (_, false, true) => ("start date", "Start Date"),
                (_, true, true) => ("end date", "End Date"),
                ("year", false, _) => (y, "Year"),
                ("month", false, _) => (m, "Month"),
                ("day", false, _) => (d, "Day"),
                ("hour" | "minute" | "second" | "millisecond", false, _) => (t, "Time"),
                ("year", true, _) => (y, "End Year"),
                ("month", true, _) => (m, "End Month"),
                ("hour" | "minute" | "second" | "millisecond", true, _) => (t, "End Time"),
                _ => (d, "End Day"),
            };
            row.report(parts, col, path, what, format!("{side}: {message}"));
            Err(())
        }
    }
}

fn timelinejs_row(row: &Row, v1: bool, parts: &mut Parts) {
    let cell = |n: &str| row.cell(n);
    let line = row.line;
    let headline = to_text(cell("headline"));
    let body = to_text(cell("text"));
    let what = if headline.is_empty() {
        format!("row on line {line}")
    } else {
        format!("\"{}\"", headline.chars().take(60).collect::<String>())
    };
    let media = |parts: &mut Parts, what: &str| {
        let text = |n: &str| Some(to_text(cell(n))).filter(|s| !s.is_empty());
        parts.media(
            RawMedia {
                url: Some(cell("media").to_string()).filter(|s| !s.is_empty()),
                quote: None,
                caption: text("media caption"),
                credit: text("media credit"),
                alt: text("alt text"),
                thumbnail: Some(cell("media thumbnail").to_string()).filter(|s| !s.is_empty()),
            },
            what,
        )
    };
    let kind = cell("type").to_ascii_lowercase();
    if kind == "title" && parts.title.is_empty() {
        parts.title = headline;
        parts.subtitle = body;
        parts.media = media(parts, "the title");
        return;
    }
    let (Ok(start), Ok(end)) = (
        tjs_date(row, v1, false, &what, parts),
        tjs_date(row, v1, true, &what, parts),
    ) else {
        return;
    };
    let start = match start {
        Some(When::Date(d)) => d,
        Some(When::TooFar(y)) => {
            parts.too_far.add(|| format!("{what} (line {line}): {y}"));
            return;
        }
        None if kind == "era" => {
            let message = "is an era without a Year: an era needs both ends";
            row.report(
                parts,
                if v1 { "start date" } else { "year" },
                "Year",
                &what,
                message.into(),
            );
            return;
        }
        None => {
            parts.undated.add(|| format!("{what} (line {line})"));
            return;
        }
    };
    let end = match end {
        Some(When::Date(d)) if d == start => None,
        Some(When::Date(d)) => Some(d),
        Some(When::TooFar(y)) => {
            parts
                .too_far
                .add(|| format!("{what} (line {line}): ending {y}"));
            return;
        }
        None => None,
    };
    if kind == "era" {
        let Some(end) = end else {
            let message = "is an era without an End Year: an era needs both ends";
            row.report(
                parts,
                if v1 { "end date" } else { "end year" },
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
        parts.eras.push(RawEra {
            id: parts
                .era_ids
                .unique(&super::slug(&label), &format!("era-{line}")),
            label,
            start: start.to_iso(),
            end: end.to_iso(),
            note: None,
            sources: Vec::new(),
        });
        return;
    }
    let display = Some(to_text(cell("display date"))).filter(|s| !s.is_empty());
    let (start, end, display) = match display {
        Some(d) if d == format!("c. {}", crate::date::span_label(&start, end.as_ref())) => {
            let circa = |m: Moment| Moment { circa: true, ..m };
            (circa(start), end.map(circa), None)
        }
        d => (start, end, d),
    };
    let title = if headline.is_empty() {
        display.clone().unwrap_or_else(|| start.label())
    } else {
        headline
    };
    let media = media(parts, &format!("\"{title}\""));
    let group = to_text(if cell("group").is_empty() {
        cell("tag")
    } else {
        cell("group")
    });
    push(
        parts, row, title, start, end, display, body, &group, "", media,
    );
}

fn plain_row(row: &Row, parts: &mut Parts) {
    let cell = |n: &str| row.cell(n);
    let title = cell("title").to_string();
    let what = if title.is_empty() {
        format!("row on line {}", row.line)
    } else {
        format!("\"{}\"", title.chars().take(60).collect::<String>())
    };
    let date = |parts: &mut Parts, col: &'static str| -> Result<Option<Moment>, ()> {
        let raw = cell(col);
        if raw.is_empty() {
            return Ok(None);
        }
        Moment::parse(raw).map(Some).map_err(|e| {
            row.report(parts, col, col, &what, format!("{col}: {e}"));
        })
    };
    let (Ok(start), Ok(end)) = (date(parts, "start"), date(parts, "end")) else {
        return;
    };
    let Some(start) = start else {
        row.report(parts, "start", "start", &what, "has no start date".into());
        return;
    };
    let display = Some(cell("display_date").to_string()).filter(|s| !s.is_empty());
    let summary = cell("summary").to_string();
    let group = cell("category").to_string();
    push(
        parts,
        row,
        title,
        start,
        end,
        display,
        summary,
        &group,
        cell("id"),
        None,
    );
}

#[allow(clippy::too_many_arguments)]
fn push(
    parts: &mut Parts,
    row: &Row,
    title: String,
    start: Moment,
    end: Option<Moment>,
    display_date: Option<String>,
    summary: String,
    group: &str,
    id: &str,
    media: Option<RawMedia>,
) {
    let categories = if group.is_empty() {
        Vec::new()
    } else {
        vec![parts.group(group)]
    };
    let id = parts.event_id(id, &title, &start, &format!("row-{}", row.line));
    parts.push_event(
        RawEvent {
            id,
            title,
            start: start.to_iso(),
            end: end.map(|d| d.to_iso()),
            display_date,
            summary,
            categories,
            people: Vec::new(),
            citations: Vec::new(),
            disputes: Vec::new(),
            note: None,
            media,
        },
        (row.line, 1),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_timelinejs_reads_them() {
        for (t, want) in [
            ("14:30", Ok((14, Some(30), false))),
            ("2:30 PM", Ok((14, Some(30), false))),
            ("12:05 am", Ok((0, Some(5), false))),
            ("12 PM", Ok((12, None, false))),
            ("1430", Ok((14, Some(30), false))),
            ("9.15", Ok((9, Some(15), false))),
            ("14:30:15", Ok((14, Some(30), true))),
            ("14:30:00", Ok((14, Some(30), false))),
        ] {
            assert_eq!(parse_time(t), want, "{t}");
        }
        for (t, needle) in [
            ("25:00", "hour 25"),
            ("10:75", "minute 75"),
            ("noon", "not a time"),
        ] {
            let e = parse_time(t).expect_err(t);
            assert!(e.contains(needle), "{t}: {e}");
        }
    }

    #[test]
    fn only_a_quote_at_a_field_start_opens_one() {
        assert_eq!(unclosed_quote("a,b\nx,12\" ruler\ny,2\n"), None);
        assert_eq!(unclosed_quote("a,b\nx,\"12\"\" ruler\"\ny,2\n"), None);
        assert_eq!(unclosed_quote("a,b\r\nx,\"open\r\ny,2\n"), Some((2, 3)));
    }
}
