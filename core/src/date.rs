//! Dates on a timeline, as precise as their sources: a calendar date of year, month, day,
//! hour or minute precision, optionally "circa" ([`Moment`], what events and eras hold),
//! or a year of deep time far beyond the calendar (13.8 billion years ago, labelled
//! "13.8 Ga"). [`HistDate`] is the calendar part alone (year, month, day), which links use
//! to name a window. Owns parsing, display labels and conversion to a continuous day
//! number; never knows about events, pixels or the browser.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// How much of a date the sources actually give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
    Hour,
    Minute,
}

impl Precision {
    /// True for a day or finer: such a date is drawn as a point, coarser ones as spans.
    pub fn is_point(self) -> bool {
        self >= Precision::Day
    }
}

/// A calendar date as precise as its sources allow: "1934", "1934-12", "1934-12-01",
/// each optionally prefixed with "c." when the sources give it only roughly. Links name
/// windows with it; events and eras hold a [`Moment`], which adds the time of day and
/// deep time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HistDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub circa: bool,
}

/// A date on a timeline: a calendar date down to the minute ("1934-12-01T16:30"), or a
/// year of deep time beyond the calendar's years ("-13799999999", "13.8 Ga"), which is a
/// year only. Years are astronomical: 0 is 1 BC, -299 is 300 BC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Moment {
    pub year: i64,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Time of day, where the sources give it (only with a day).
    pub hour: Option<u8>,
    pub minute: Option<u8>,
    pub circa: bool,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Short English month name, 1-based ("Jan" for 1). Out-of-range gives "?".
pub fn month_short(month: u32) -> &'static str {
    MONTHS
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// Long English month name, 1-based ("January" for 1). Out-of-range gives "?".
pub fn month_long(month: u32) -> &'static str {
    MONTHS_LONG
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// The earliest and latest years of the calendar (chrono's range). Beyond them lies deep
/// time, where a date is a year only.
pub const MIN_YEAR: i32 = -262_143;
pub const MAX_YEAR: i32 = 262_142;

/// The farthest deep-time year either way: a thousand billion years.
pub const DEEP_LIMIT: i64 = 1_000_000_000_000;

/// The mean Gregorian year in days: deep time's years are this long.
pub const DAYS_PER_YEAR: f64 = 365.2425;

/// True for a year of the calendar (not deep time).
pub fn in_calendar(year: i64) -> bool {
    (MIN_YEAR as i64..=MAX_YEAR as i64).contains(&year)
}

/// A year as readers write it: "1937", "622", "300 BC" (astronomical year -299).
pub fn year_label(year: i32) -> String {
    year_text(year as i64)
}

/// As [`year_label`], for any year: "1937", "300 BC"; years of deep time before the
/// calendar read as years ago ("13.8 Ga", "66 Ma", "315 ka", counted back from year 0 as
/// TimelineJS counts them).
pub fn year_text(year: i64) -> String {
    if year >= 1 {
        year.to_string()
    } else if in_calendar(year) {
        format!("{} BC", 1 - year)
    } else {
        ago(round_significant(1 - year, 4), false)
    }
}

/// `n` rounded to `digits` significant digits.
fn round_significant(n: i64, digits: u32) -> i64 {
    let mut scale = 1i64;
    while n / scale >= 10i64.pow(digits) {
        scale *= 10;
    }
    (n + scale / 2) / scale * scale
}

/// Years ago, exactly, in the largest unit it reaches: "13.8 Ga", "66 Ma", "12 ka",
/// "500 years ago" (long: "13.8 billion years ago"); "0" for none.
pub fn ago(years: i64, long: bool) -> String {
    let units: [(i64, &str, &str); 3] = [
        (1_000_000_000, "Ga", "billion years ago"),
        (1_000_000, "Ma", "million years ago"),
        (1_000, "ka", "thousand years ago"),
    ];
    let n = years.unsigned_abs();
    let Some(&(unit, short, long_name)) = units.iter().find(|u| n >= u.0 as u64) else {
        return match n {
            0 => "0".into(),
            1 => "1 year ago".into(),
            _ => format!("{n} years ago"),
        };
    };
    let unit = unit as u64;
    let mut number = (n / unit).to_string();
    let frac = n % unit;
    if frac > 0 {
        let width = unit.ilog10() as usize;
        let digits = format!("{frac:0width$}");
        number.push('.');
        number.push_str(digits.trim_end_matches('0'));
    }
    format!("{number} {}", if long { long_name } else { short })
}

/// A year as ISO 8601 writes it: at least four digits, a minus sign before year 0.
fn iso_year(year: i64) -> String {
    if year < 0 {
        format!("-{:04}", year.unsigned_abs())
    } else {
        format!("{year:04}")
    }
}

/// Reads "13.8 Ga", "66 Ma", "315 ka" (years ago, counted back from year 0): the years
/// before year 0 it names, when `text` has that form.
fn parse_ago(text: &str) -> Option<Result<i64, String>> {
    let (number, unit) = [("Ga", 1_000_000_000i64), ("Ma", 1_000_000), ("ka", 1_000)]
        .into_iter()
        .find_map(|(suffix, unit)| Some((text.strip_suffix(suffix)?.trim_end(), unit)))?;
    let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !(frac.is_empty() || digits(frac)) {
        return None;
    }
    let bad = || Err(format!("\"{text}\" is not a number of years ago"));
    let width = unit.ilog10() as usize;
    if whole.len() > 13 || frac.len() > width {
        return Some(bad());
    }
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<width$}").parse().ok()?
    };
    let years = whole.checked_mul(unit)?.checked_add(frac)?;
    if !(1..=DEEP_LIMIT).contains(&years) {
        return Some(bad());
    }
    Some(Ok(years))
}

/// Day value where `year` begins: exact within the calendar, beyond it counted in mean
/// Gregorian years.
pub fn year_start_value(year: i64) -> f64 {
    match NaiveDate::from_ymd_opt(year as i32, 1, 1).filter(|_| in_calendar(year)) {
        Some(d) => day_value(d),
        None => (year - 1) as f64 * DAYS_PER_YEAR + 1.0,
    }
}

/// The year a day value falls in (deep time included).
pub fn year_of_value(value: f64) -> i64 {
    let (lo, hi) = (
        year_start_value(MIN_YEAR as i64),
        year_start_value(MAX_YEAR as i64 + 1),
    );
    if !value.is_finite() {
        return 1;
    }
    if value < lo {
        let y = ((value - 1.0) / DAYS_PER_YEAR).floor() as i64 + 1;
        y.clamp(-DEEP_LIMIT, MIN_YEAR as i64 - 1)
    } else if value >= hi {
        let y = ((value - 1.0) / DAYS_PER_YEAR).floor() as i64 + 1;
        y.clamp(MAX_YEAR as i64 + 1, DEEP_LIMIT)
    } else {
        date_of_value(value).year() as i64
    }
}

impl Moment {
    /// Parses "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DDTHH" or "YYYY-MM-DDTHH:MM" (a
    /// space may stand for the "T"), optionally prefixed by "c.", "c " or "~". Years
    /// before 1 are astronomical, with a minus sign ("-0299" is 300 BC). Years beyond the
    /// calendar ([`MIN_YEAR`]..=[`MAX_YEAR`]) are deep time and a year only: written out
    /// ("-4600000000") or as years ago ("4.6 Ga", "66 Ma", "315 ka"). Returns a sentence
    /// saying what is wrong, for the validation report.
    pub fn parse(raw: &str) -> Result<Moment, String> {
        let text = raw.trim();
        let (circa, body) = match text
            .strip_prefix("c.")
            .or_else(|| text.strip_prefix("c "))
            .or_else(|| text.strip_prefix('~'))
        {
            Some(rest) => (true, rest.trim()),
            None => (false, text),
        };
        let year_only = |year: i64| Moment {
            year,
            month: None,
            day: None,
            hour: None,
            minute: None,
            circa,
        };
        if let Some(ago) = parse_ago(body) {
            return ago.map(|years| year_only(1 - years));
        }
        let bad = || {
            format!(
                "\"{raw}\" is not a date of the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM"
            )
        };
        let (date, time) = match body
            .char_indices()
            .skip(1)
            .find(|(_, c)| matches!(c, 'T' | ' '))
        {
            Some((k, _)) => (&body[..k], Some(body[k + 1..].trim_start())),
            None => (body, None),
        };
        let (negative, date) = match date.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, date),
        };
        let parts: Vec<&str> = date.split('-').collect();
        if parts.is_empty() || parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
            return Err(bad());
        }
        let number = |p: &str, digits: usize| -> Result<u32, String> {
            if p.len() != digits || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse::<u32>().map_err(|_| bad())
        };
        let digits = parts[0].len();
        if !(4..=13).contains(&digits) || !parts[0].bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year = parts[0].parse::<i64>().map_err(|_| bad())?;
        let year = if negative { -year } else { year };
        if year.abs() > DEEP_LIMIT {
            return Err(format!(
                "\"{raw}\" is beyond the years a timeline can show (a thousand billion years either way)"
            ));
        }
        if !in_calendar(year) {
            if parts.len() > 1 || time.is_some() {
                return Err(format!(
                    "\"{raw}\" is beyond the calendar's years ({} to {}): a date there is a year only",
                    year_label(MIN_YEAR),
                    year_label(MAX_YEAR)
                ));
            }
            return Ok(year_only(year));
        }
        let month = match parts.get(1) {
            Some(p) => {
                let m = number(p, 2)?;
                if !(1..=12).contains(&m) {
                    return Err(format!("\"{raw}\" has month {m}, which does not exist"));
                }
                Some(m)
            }
            None => None,
        };
        let day = match parts.get(2) {
            Some(p) => {
                let d = number(p, 2)?;
                let m = month.unwrap_or(1);
                if NaiveDate::from_ymd_opt(year as i32, m, d).is_none() {
                    return Err(format!(
                        "\"{raw}\" is not a real day ({} {} has no day {d})",
                        month_long(m),
                        year_text(year)
                    ));
                }
                Some(d)
            }
            None => None,
        };
        let (hour, minute) = match time {
            None => (None, None),
            Some(_) if day.is_none() => {
                return Err(format!("\"{raw}\" gives a time of day without a day"))
            }
            Some(t) => {
                let (h, m) = match t.split_once(':') {
                    Some((h, m)) => (h, Some(m)),
                    None => (t, None),
                };
                let h = number(h, 2)?;
                if h > 23 {
                    return Err(format!("\"{raw}\" has hour {h}, which does not exist"));
                }
                let m = match m {
                    Some(m) => {
                        let m = number(m, 2)?;
                        if m > 59 {
                            return Err(format!("\"{raw}\" has minute {m}, which does not exist"));
                        }
                        Some(m as u8)
                    }
                    None => None,
                };
                (Some(h as u8), m)
            }
        };
        Ok(Moment {
            year,
            month,
            day,
            hour,
            minute,
            circa,
        })
    }

    /// A year of deep time, beyond the calendar (a year only).
    pub fn is_deep(&self) -> bool {
        !in_calendar(self.year)
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day, self.hour, self.minute) {
            (_, _, _, Some(_)) => Precision::Minute,
            (_, _, Some(_), None) => Precision::Hour,
            (Some(_), Some(_), None, None) => Precision::Day,
            (Some(_), None, None, None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The calendar date without its time of day (`None` in deep time).
    pub fn calendar(&self) -> Option<HistDate> {
        in_calendar(self.year).then_some(HistDate {
            year: self.year as i32,
            month: self.month,
            day: self.day,
            circa: self.circa,
        })
    }

    /// The moment a day value falls in, as precise as `precision` (a year in deep time).
    pub fn of_value(value: f64, precision: Precision) -> Moment {
        let year = year_of_value(value);
        let mut m = Moment {
            year,
            month: None,
            day: None,
            hour: None,
            minute: None,
            circa: false,
        };
        if in_calendar(year) && precision > Precision::Year {
            let d = date_of_value(value);
            m.month = Some(d.month());
            if precision > Precision::Month {
                m.day = Some(d.day());
                let minutes = ((value - value.floor()) * 1440.0).floor() as u32;
                if precision > Precision::Day {
                    m.hour = Some((minutes / 60).min(23) as u8);
                }
                if precision > Precision::Hour {
                    m.minute = Some((minutes % 60) as u8);
                }
            }
        }
        m
    }

    fn time_fraction(&self) -> f64 {
        self.hour.map_or(0.0, |h| h as f64 / 24.0) + self.minute.map_or(0.0, |m| m as f64 / 1440.0)
    }

    /// Continuous time value (days) where this moment begins.
    pub fn start_value(&self) -> f64 {
        match self.calendar() {
            Some(d) => d.start_value() + self.time_fraction(),
            None => year_start_value(self.year),
        }
    }

    /// Continuous time value (days) where this moment ends (exclusive): the end of its
    /// minute, hour, day, month or year.
    pub fn end_value(&self) -> f64 {
        match (self.precision(), self.calendar()) {
            (Precision::Minute, _) => self.start_value() + 1.0 / 1440.0,
            (Precision::Hour, _) => self.start_value() + 1.0 / 24.0,
            (_, Some(d)) => d.end_value(),
            (_, None) => year_start_value(self.year + 1),
        }
    }

    fn core_label(&self, long: bool) -> String {
        let y = year_text(self.year);
        let name = if long { month_long } else { month_short };
        let date = match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {y}", name(m)),
            (Some(m), None) => format!("{} {y}", name(m)),
            _ if long && self.is_deep() && self.year < 0 => {
                ago(round_significant(1 - self.year, 4), true)
            }
            _ => y,
        };
        match self.hour {
            Some(h) => format!("{date}, {h:02}:{:02}", self.minute.unwrap_or(0)),
            None => date,
        }
    }

    /// Human label as precise as the date: "1 Dec 1934, 16:30", "1 Dec 1934", "Dec 1934",
    /// "1937", "c. 1899", "13.8 Ga".
    pub fn label(&self) -> String {
        let core = self.core_label(false);
        if self.circa {
            format!("c. {core}")
        } else {
            core
        }
    }

    /// Long label for screen readers and panels: "1 December 1934", "13.8 billion years ago".
    pub fn long_label(&self) -> String {
        let core = self.core_label(true);
        if self.circa {
            format!("about {core}")
        } else {
            core
        }
    }

    /// The heading of the year this moment falls in, for a list grouped by year: "1937",
    /// "5410 BC", "66 Ma" (never circa, never a month).
    pub fn year_heading(&self) -> String {
        year_text(self.year)
    }

    /// Canonical text form, the inverse of [`Moment::parse`]: "1934-12-01T16:30",
    /// "-0299", "13.8 Ga" (deep time in years ago where that is exact).
    pub fn to_iso(&self) -> String {
        let mut core = if self.is_deep() && self.year < 0 {
            let years = 1 - self.year;
            if round_significant(years, 7) == years {
                ago(years, false)
            } else {
                iso_year(self.year)
            }
        } else {
            iso_year(self.year)
        };
        if let Some(m) = self.month {
            core.push_str(&format!("-{m:02}"));
            if let Some(d) = self.day {
                core.push_str(&format!("-{d:02}"));
                if let Some(h) = self.hour {
                    core.push_str(&format!("T{h:02}"));
                    if let Some(mi) = self.minute {
                        core.push_str(&format!(":{mi:02}"));
                    }
                }
            }
        }
        if self.circa {
            format!("c.{core}")
        } else {
            core
        }
    }
}

impl From<HistDate> for Moment {
    fn from(d: HistDate) -> Moment {
        Moment {
            year: d.year as i64,
            month: d.month,
            day: d.day,
            hour: None,
            minute: None,
            circa: d.circa,
        }
    }
}

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl HistDate {
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally prefixed by "c." or "c ", as
    /// [`Moment::parse`] does, within the calendar's years and without a time of day.
    pub fn parse(raw: &str) -> Result<HistDate, String> {
        let m = Moment::parse(raw)?;
        if m.hour.is_some() {
            return Err(format!("\"{raw}\" gives a time of day: write the day only"));
        }
        m.calendar().ok_or_else(|| {
            format!(
                "\"{raw}\" is outside the calendar's years ({} to {})",
                year_label(MIN_YEAR),
                year_label(MAX_YEAR)
            )
        })
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// First day this date can mean (1 Jan for a year, the 1st for a month).
    pub fn first_day(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .unwrap_or(NaiveDate::MIN)
    }

    /// The day after the last day this date can mean (exclusive end).
    pub fn after_last_day(&self) -> NaiveDate {
        let next = match (self.month, self.day) {
            (Some(m), Some(d)) => {
                NaiveDate::from_ymd_opt(self.year, m, d).and_then(|x| x.succ_opt())
            }
            (Some(12), None) => NaiveDate::from_ymd_opt(self.year + 1, 1, 1),
            (Some(m), None) => NaiveDate::from_ymd_opt(self.year, m + 1, 1),
            _ => NaiveDate::from_ymd_opt(self.year + 1, 1, 1),
        };
        next.unwrap_or(NaiveDate::MAX)
    }

    /// Continuous time value (days) where this date begins.
    pub fn start_value(&self) -> f64 {
        day_value(self.first_day())
    }

    /// Continuous time value (days) where this date ends (exclusive).
    pub fn end_value(&self) -> f64 {
        day_value(self.after_last_day())
    }

    /// Human label as precise as the date: "1 Dec 1934", "Dec 1934", "1937", "c. 1899".
    pub fn label(&self) -> String {
        Moment::from(*self).label()
    }

    /// Long label for screen readers and panels: "1 December 1934".
    pub fn long_label(&self) -> String {
        Moment::from(*self).long_label()
    }

    /// Canonical text form, the inverse of [`HistDate::parse`].
    pub fn to_iso(&self) -> String {
        Moment::from(*self).to_iso()
    }
}

impl fmt::Display for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// Days since 1 Jan of year 1 (proleptic Gregorian): the timeline's continuous axis.
pub fn day_value(date: NaiveDate) -> f64 {
    date.num_days_from_ce() as f64
}

/// Inverse of [`day_value`], clamped to chrono's range.
pub fn date_of_value(value: f64) -> NaiveDate {
    let v = value.floor().clamp(i32::MIN as f64, i32::MAX as f64) as i32;
    NaiveDate::from_num_days_from_ce_opt(v).unwrap_or(if v < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

/// The day a day value falls on, labelled like a day-precision date ("1 Dec 1934"); in
/// deep time, its year ("4.5 Ga").
pub fn day_label(value: f64) -> String {
    let year = year_of_value(value);
    if !in_calendar(year) {
        return year_text(year);
    }
    let d = date_of_value(value);
    HistDate {
        year: d.year(),
        month: Some(d.month()),
        day: Some(d.day()),
        circa: false,
    }
    .label()
}

/// Label for a span between two dates: "1936–1938", "Aug–Nov 1937", "1 Dec 1934",
/// "1 Dec 1934, 16:30–18:00".
pub fn span_label(start: &Moment, end: Option<&Moment>) -> String {
    let Some(end) = end else {
        return start.label();
    };
    if start == end {
        return start.label();
    }
    let no_circa = !start.circa && !end.circa;
    let same_year = start.year == end.year && no_circa;
    let same_day = same_year && start.month == end.month && start.day == end.day;
    match (start.precision(), end.precision()) {
        (Precision::Month, Precision::Month) if same_year => format!(
            "{}–{} {}",
            month_short(start.month.unwrap_or(1)),
            month_short(end.month.unwrap_or(1)),
            year_text(start.year)
        ),
        (Precision::Hour | Precision::Minute, Precision::Hour | Precision::Minute) if same_day => {
            format!(
                "{}–{:02}:{:02}",
                start.label(),
                end.hour.unwrap_or(0),
                end.minute.unwrap_or(0)
            )
        }
        _ => format!("{}–{}", start.label(), end.label()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_label_names_the_day() {
        let v = day_value(NaiveDate::from_ymd_opt(1934, 12, 1).unwrap());
        for (value, want) in [
            (v, "1 Dec 1934"),
            (v + 0.99, "1 Dec 1934"),
            (v + 31.0, "1 Jan 1935"),
        ] {
            assert_eq!(day_label(value), want);
        }
    }

    fn check_label(raw: &str, expected: &str) {
        let d = HistDate::parse(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
        assert_eq!(d.label(), expected, "label of {raw}");
        assert_eq!(
            HistDate::parse(&d.to_iso()).unwrap(),
            d,
            "round trip of {raw}"
        );
    }

    #[test]
    fn labels_follow_precision() {
        check_label("1934-12-01", "1 Dec 1934");
        check_label("1934-12", "Dec 1934");
        check_label("1937", "1937");
        check_label("c.1899", "c. 1899");
        check_label("c. 1899-03", "c. Mar 1899");
        check_label("~1879", "c. 1879");
        check_label("0622-08", "Aug 622");
        check_label("0001", "1");
        check_label("0000", "1 BC");
        check_label("-0299", "300 BC");
        check_label("-3499-06", "Jun 3500 BC");
        check_label("-262143", "262144 BC");
    }

    #[test]
    fn early_and_negative_years_round_trip_and_order() {
        for raw in [
            "0622-08-09",
            "0001",
            "0000",
            "-0299",
            "-3499-06",
            "-262143",
            "262142-12-31",
        ] {
            let d = HistDate::parse(raw).unwrap();
            assert_eq!(d.to_iso(), raw);
        }
        let v = |s: &str| HistDate::parse(s).unwrap().start_value();
        assert!(v("-0299") < v("0000") && v("0000") < v("0001") && v("0001") < v("0622"));
    }

    #[test]
    fn bad_dates_are_explained() {
        for (raw, needle) in [
            ("1934-13", "month 13"),
            ("1934-02-30", "has no day 30"),
            ("34-12", "not a date"),
            ("1934/12/01", "not a date"),
            ("", "not a date"),
            ("1934-", "not a date"),
            ("December 1934", "not a date"),
            ("1934-12-01-02", "not a date"),
            ("--1934", "not a date"),
            ("1934000", "outside the calendar"),
            ("-300000", "outside the calendar"),
            ("1934-12-01T10:00", "time of day"),
        ] {
            let err = HistDate::parse(raw).expect_err(raw);
            assert!(err.contains(needle), "{raw}: {err}");
        }
    }

    #[test]
    fn spans_cover_the_whole_precision() {
        let check = |raw: &str, from: (i32, u32, u32), to: (i32, u32, u32)| {
            let d = HistDate::parse(raw).unwrap();
            assert_eq!(
                d.first_day(),
                NaiveDate::from_ymd_opt(from.0, from.1, from.2).unwrap()
            );
            assert_eq!(
                d.after_last_day(),
                NaiveDate::from_ymd_opt(to.0, to.1, to.2).unwrap()
            );
        };
        check("1934-12", (1934, 12, 1), (1935, 1, 1));
        check("1934-02", (1934, 2, 1), (1934, 3, 1));
        check("1937", (1937, 1, 1), (1938, 1, 1));
        check("1934-12-01", (1934, 12, 1), (1934, 12, 2));
        check("1936-12-31", (1936, 12, 31), (1937, 1, 1));
    }

    #[test]
    fn day_values_round_trip() {
        let d = NaiveDate::from_ymd_opt(1934, 12, 1).unwrap();
        assert_eq!(date_of_value(day_value(d)), d);
        assert_eq!(date_of_value(day_value(d) + 0.7), d);
    }

    #[test]
    fn span_labels() {
        let p = |s: &str| Moment::parse(s).unwrap();
        assert_eq!(span_label(&p("1936"), Some(&p("1938"))), "1936–1938");
        assert_eq!(
            span_label(&p("1937-08"), Some(&p("1937-11"))),
            "Aug–Nov 1937"
        );
        assert_eq!(span_label(&p("1934-12-01"), None), "1 Dec 1934");
        assert_eq!(span_label(&p("1914"), Some(&p("1917-03"))), "1914–Mar 1917");
        assert_eq!(
            span_label(&p("-0299-03"), Some(&p("-0299-05"))),
            "Mar–May 300 BC"
        );
        assert_eq!(
            span_label(&p("1934-12-01T16:30"), Some(&p("1934-12-01T18"))),
            "1 Dec 1934, 16:30–18:00"
        );
        assert_eq!(
            span_label(&p("1934-12-01T16:30"), Some(&p("1934-12-02T09:00"))),
            "1 Dec 1934, 16:30–2 Dec 1934, 09:00"
        );
        assert_eq!(span_label(&p("4.6 Ga"), Some(&p("66 Ma"))), "4.6 Ga–66 Ma");
    }

    #[test]
    fn moments_parse_label_and_round_trip() {
        for (raw, label, long, iso, precision) in [
            (
                "1934-12-01T16:30",
                "1 Dec 1934, 16:30",
                "1 December 1934, 16:30",
                "1934-12-01T16:30",
                Precision::Minute,
            ),
            (
                "1934-12-01 09:05",
                "1 Dec 1934, 09:05",
                "1 December 1934, 09:05",
                "1934-12-01T09:05",
                Precision::Minute,
            ),
            (
                "1934-12-01T16",
                "1 Dec 1934, 16:00",
                "1 December 1934, 16:00",
                "1934-12-01T16",
                Precision::Hour,
            ),
            (
                "c.1934-12-01T16",
                "c. 1 Dec 1934, 16:00",
                "about 1 December 1934, 16:00",
                "c.1934-12-01T16",
                Precision::Hour,
            ),
            (
                "1934-12-01",
                "1 Dec 1934",
                "1 December 1934",
                "1934-12-01",
                Precision::Day,
            ),
            ("-0299", "300 BC", "300 BC", "-0299", Precision::Year),
            (
                "-13799999999",
                "13.8 Ga",
                "13.8 billion years ago",
                "13.8 Ga",
                Precision::Year,
            ),
            (
                "13.8 Ga",
                "13.8 Ga",
                "13.8 billion years ago",
                "13.8 Ga",
                Precision::Year,
            ),
            (
                "-13799629999",
                "13.8 Ga",
                "13.8 billion years ago",
                "13.79963 Ga",
                Precision::Year,
            ),
            (
                "66 Ma",
                "66 Ma",
                "66 million years ago",
                "66 Ma",
                Precision::Year,
            ),
            (
                "-251901999",
                "251.9 Ma",
                "251.9 million years ago",
                "251.902 Ma",
                Precision::Year,
            ),
            (
                "315 ka",
                "315 ka",
                "315 thousand years ago",
                "315 ka",
                Precision::Year,
            ),
            (
                "-315000",
                "315 ka",
                "315 thousand years ago",
                "315.001 ka",
                Precision::Year,
            ),
            (
                "c. 4.54 Ga",
                "c. 4.54 Ga",
                "about 4.54 billion years ago",
                "c.4.54 Ga",
                Precision::Year,
            ),
            ("12 ka", "12000 BC", "12000 BC", "-11999", Precision::Year),
            (
                "5000000000",
                "5000000000",
                "5000000000",
                "5000000000",
                Precision::Year,
            ),
        ] {
            let m = Moment::parse(raw).unwrap_or_else(|e| panic!("{raw}: {e}"));
            assert_eq!(
                (
                    m.label().as_str(),
                    m.long_label().as_str(),
                    m.to_iso().as_str(),
                    m.precision()
                ),
                (label, long, iso, precision),
                "{raw}"
            );
            assert_eq!(
                Moment::parse(&m.to_iso()).unwrap(),
                m,
                "round trip of {raw}"
            );
        }
        for (raw, needle) in [
            ("1934-12-01T24:00", "hour 24"),
            ("1934-12-01T10:60", "minute 60"),
            ("1934-12T10:00", "without a day"),
            ("1934-12-01T1:00", "not a date"),
            ("-4600000000-01", "a year only"),
            ("4.5 Ga-01", "not a date"),
            ("0 ka", "not a number of years ago"),
            ("4.5000000001 Ga", "not a number of years ago"),
            ("-9999999999999", "beyond the years"),
        ] {
            let e = Moment::parse(raw).expect_err(raw);
            assert!(e.contains(needle), "{raw}: {e}");
        }
    }

    #[test]
    fn times_of_day_fall_inside_their_day_in_order() {
        let v = |s: &str| Moment::parse(s).unwrap();
        let day = v("1934-12-01");
        let (a, b, c) = (
            v("1934-12-01T09"),
            v("1934-12-01T16:30"),
            v("1934-12-01T16:31"),
        );
        assert!(day.start_value() <= a.start_value() && a.end_value() <= b.start_value());
        assert!(b.end_value() <= c.start_value() && c.end_value() <= day.end_value());
        assert!((b.end_value() - b.start_value() - 1.0 / 1440.0).abs() < 1e-9);
        assert!((a.end_value() - a.start_value() - 1.0 / 24.0).abs() < 1e-9);
    }

    #[test]
    fn deep_time_values_are_ordered_and_continue_the_calendar() {
        let v = |s: &str| Moment::parse(s).unwrap();
        let order = [
            "13.8 Ga",
            "4.6 Ga",
            "66 Ma",
            "300 ka",
            "-262144",
            "-262143",
            "-0299",
            "1969-07-20",
            "262142",
            "262143",
            "5000000000",
        ];
        for pair in order.windows(2) {
            let (a, b) = (v(pair[0]), v(pair[1]));
            assert!(a.end_value() <= b.start_value(), "{pair:?}");
            assert!(a.start_value() < a.end_value(), "{pair:?}");
        }
        for raw in order {
            let m = v(raw);
            assert_eq!(year_of_value(m.start_value()), m.year, "{raw}");
            assert_eq!(year_of_value(m.end_value() - 0.5), m.year, "{raw}");
            if m.is_deep() {
                assert_eq!(
                    Moment::of_value(m.start_value() + 1.0, Precision::Day),
                    m,
                    "{raw}"
                );
            }
        }
        assert_eq!(day_label(v("4.6 Ga").start_value()), "4.6 Ga");
        assert_eq!(
            day_label(v("1969-07-20").start_value() + 0.5),
            "20 Jul 1969"
        );
        assert_eq!(
            Moment::of_value(
                v("1934-12-01T16:30").start_value() + 1e-6,
                Precision::Minute
            ),
            v("1934-12-01T16:30")
        );
    }

    #[test]
    fn year_headings_read_bc_and_years_ago() {
        for (raw, heading) in [
            ("-5409-03-01", "5410 BC"),
            ("1937-06", "1937"),
            ("c.0000", "1 BC"),
            ("66 Ma", "66 Ma"),
            ("1934-12-01T16:30", "1934"),
        ] {
            assert_eq!(Moment::parse(raw).unwrap().year_heading(), heading, "{raw}");
        }
        assert!(Precision::Minute.is_point() && Precision::Day.is_point());
        assert!(!Precision::Month.is_point());
    }
}
