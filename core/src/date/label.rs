//! Dates in words and in canonical text: month names, years as readers write them
//! ("300 BC", "13.8 Ga"), labels as precise as a date ("1 Dec 1934, 16:30"), spans
//! ("Aug–Nov 1937") and the ISO form [`Moment::parse`] reads back. Never parses.

use super::{date_of_value, in_calendar, year_of_value, HistDate, Moment, Precision};
use crate::t;
use chrono::Datelike;
use std::fmt;

/// Short month name in the interface's language, 1-based ("Jan" for 1). Out-of-range
/// gives "?".
pub fn month_short(month: u32) -> String {
    month_name(month, |n| t!("month-short", n = n))
}

/// Short month name after a day number, where the language declines it ("22 мая").
pub fn month_short_of_day(month: u32) -> String {
    month_name(month, |n| t!("month-short-of-day", n = n))
}

/// Long month name in the interface's language, 1-based ("January" for 1), as written on
/// its own or with a year. Out-of-range gives "?".
pub fn month_long(month: u32) -> String {
    month_name(month, |n| t!("month-long", n = n))
}

fn month_name(month: u32, name: impl Fn(u32) -> String) -> String {
    if (1..=12).contains(&month) {
        name(month)
    } else {
        "?".into()
    }
}

/// The most characters a short month name has in the interface's language (the axis
/// spaces its month ticks by it).
pub fn month_short_chars() -> usize {
    (1..=12)
        .map(|m| month_short(m).chars().count())
        .max()
        .unwrap_or(3)
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
        t!("year-bc", when = (1 - year).to_string())
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

const AGO_UNITS: [(u64, &str); 3] = [(1_000_000_000, "Ga"), (1_000_000, "Ma"), (1_000, "ka")];

/// `n` years in the largest unit it reaches, exactly: (index into [`AGO_UNITS`], amount
/// in that unit as a decimal "13.8"); `None` below a thousand years.
fn in_unit(n: u64) -> Option<(usize, String)> {
    let i = AGO_UNITS.iter().position(|u| n >= u.0)?;
    let unit = AGO_UNITS[i].0;
    let mut number = (n / unit).to_string();
    let frac = n % unit;
    if frac > 0 {
        let width = unit.ilog10() as usize;
        let digits = format!("{frac:0width$}");
        number.push('.');
        number.push_str(digits.trim_end_matches('0'));
    }
    Some((i, number))
}

/// Years ago, exactly, in the largest unit it reaches, in the interface's language:
/// "13.8 Ga", "66 Ma", "12 ka", "500 years ago" (long: "13.8 billion years ago"); "0" for
/// none.
pub fn ago(years: i64, long: bool) -> String {
    let n = years.unsigned_abs();
    let Some((unit, number)) = in_unit(n) else {
        return match n {
            0 => "0".into(),
            _ => t!("ago-years", n = n),
        };
    };
    let amount = number
        .parse::<f64>()
        .map(crate::i18n::number)
        .unwrap_or(number);
    match (unit, long) {
        (0, false) => t!("ago-ga", amount = amount),
        (1, false) => t!("ago-ma", amount = amount),
        (_, false) => t!("ago-ka", amount = amount),
        (0, true) => t!("ago-ga-long", amount = amount),
        (1, true) => t!("ago-ma-long", amount = amount),
        (_, true) => t!("ago-ka-long", amount = amount),
    }
}

/// Years ago as the file format writes them, in any language: "13.8 Ga", "66 Ma".
fn ago_canonical(years: i64) -> String {
    match in_unit(years.unsigned_abs()) {
        Some((unit, number)) => format!("{number} {}", AGO_UNITS[unit].1),
        None => years.unsigned_abs().to_string(),
    }
}

/// A year as ISO 8601 writes it: at least four digits, a minus sign before year 0.
fn iso_year(year: i64) -> String {
    if year < 0 {
        format!("-{:04}", year.unsigned_abs())
    } else {
        format!("{year:04}")
    }
}

impl Moment {
    fn core_label(&self, long: bool) -> String {
        let y = year_text(self.year);
        let date = match (self.month, self.day) {
            (Some(m), Some(d)) => {
                let month = if long {
                    month_name(m, |n| t!("month-of-day", n = n))
                } else {
                    month_short_of_day(m)
                };
                t!("date-day", day = d, month = month, when = y)
            }
            (Some(m), None) => {
                let month = if long { month_long(m) } else { month_short(m) };
                t!("date-month", month = month, when = y)
            }
            _ if long && self.is_deep() && self.year < 0 => {
                ago(round_significant(1 - self.year, 4), true)
            }
            _ => y,
        };
        match self.hour {
            Some(h) => t!(
                "date-time",
                date = date,
                time = format!("{h:02}:{:02}", self.minute.unwrap_or(0))
            ),
            None => date,
        }
    }

    /// Human label as precise as the date: "1 Dec 1934, 16:30", "1 Dec 1934", "Dec 1934",
    /// "1937", "c. 1899", "13.8 Ga".
    pub fn label(&self) -> String {
        let core = self.core_label(false);
        if self.circa {
            t!("date-circa", date = core)
        } else {
            core
        }
    }

    /// Long label for screen readers and panels: "1 December 1934", "13.8 billion years ago".
    pub fn long_label(&self) -> String {
        let core = self.core_label(true);
        if self.circa {
            t!("date-circa-long", date = core)
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
                ago_canonical(years)
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

impl fmt::Display for Moment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl HistDate {
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
        (Precision::Month, Precision::Month) if same_year => t!(
            "date-month-span",
            from = month_short(start.month.unwrap_or(1)),
            to = month_short(end.month.unwrap_or(1)),
            when = year_text(start.year)
        ),
        (Precision::Hour | Precision::Minute, Precision::Hour | Precision::Minute) if same_day => {
            t!(
                "date-span",
                from = start.label(),
                to = format!(
                    "{:02}:{:02}",
                    end.hour.unwrap_or(0),
                    end.minute.unwrap_or(0)
                )
            )
        }
        _ => t!("date-span", from = start.label(), to = end.label()),
    }
}
