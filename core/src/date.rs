//! Historical dates with a precision (day, month or year) and an optional "circa".
//! Owns parsing, display labels and conversion to a continuous day number; never
//! knows about events, pixels or the browser.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// How much of a date the sources actually give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date as precise as its sources allow: "1934", "1934-12", "1934-12-01",
/// each optionally prefixed with "c." when the sources give it only roughly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HistDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
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

/// The earliest and latest years a date can have (the calendar's range, as chrono's).
pub const MIN_YEAR: i32 = -262_143;
pub const MAX_YEAR: i32 = 262_142;

/// A year as readers write it: "1937", "622", "300 BC" (astronomical year -299).
pub fn year_label(year: i32) -> String {
    if year >= 1 {
        year.to_string()
    } else {
        format!("{} BC", 1 - year as i64)
    }
}

/// A year as ISO 8601 writes it: at least four digits, a minus sign before year 0.
fn iso_year(year: i32) -> String {
    if year < 0 {
        format!("-{:04}", -(year as i64))
    } else {
        format!("{year:04}")
    }
}

impl HistDate {
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally prefixed by "c." or "c ".
    /// Years before 1 are astronomical, with a minus sign ("-0299" is 300 BC), and may have
    /// up to six digits (ISO 8601's expanded years), within [`MIN_YEAR`]..=[`MAX_YEAR`].
    /// Returns a sentence saying what is wrong, for the validation report.
    pub fn parse(raw: &str) -> Result<HistDate, String> {
        let text = raw.trim();
        let (circa, body) = match text
            .strip_prefix("c.")
            .or_else(|| text.strip_prefix("c "))
            .or_else(|| text.strip_prefix('~'))
        {
            Some(rest) => (true, rest.trim()),
            None => (false, text),
        };
        let (negative, body) = match body.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, body),
        };
        let parts: Vec<&str> = body.split('-').collect();
        let bad = || format!("\"{raw}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
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
        if !(4..=6).contains(&digits) || !parts[0].bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year = parts[0].parse::<i32>().map_err(|_| bad())?;
        let year = if negative { -year } else { year };
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(format!(
                "\"{raw}\" is outside the years a timeline can show ({} to {})",
                year_label(MIN_YEAR),
                year_label(MAX_YEAR)
            ));
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
                if NaiveDate::from_ymd_opt(year, m, d).is_none() {
                    return Err(format!(
                        "\"{raw}\" is not a real day ({} {year} has no day {d})",
                        month_long(m)
                    ));
                }
                Some(d)
            }
            None => None,
        };
        Ok(HistDate {
            year,
            month,
            day,
            circa,
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
        let core = match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", month_short(m), year_label(self.year)),
            (Some(m), None) => format!("{} {}", month_short(m), year_label(self.year)),
            _ => year_label(self.year),
        };
        if self.circa {
            format!("c. {core}")
        } else {
            core
        }
    }

    /// Long label for screen readers and panels: "1 December 1934".
    pub fn long_label(&self) -> String {
        let core = match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", month_long(m), year_label(self.year)),
            (Some(m), None) => format!("{} {}", month_long(m), year_label(self.year)),
            _ => year_label(self.year),
        };
        if self.circa {
            format!("about {core}")
        } else {
            core
        }
    }

    /// Canonical text form, the inverse of [`HistDate::parse`].
    pub fn to_iso(&self) -> String {
        let core = match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", iso_year(self.year)),
            (Some(m), None) => format!("{}-{m:02}", iso_year(self.year)),
            _ => iso_year(self.year),
        };
        if self.circa {
            format!("c.{core}")
        } else {
            core
        }
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

/// The day a day value falls on, labelled like a day-precision date ("1 Dec 1934").
pub fn day_label(value: f64) -> String {
    let d = date_of_value(value);
    HistDate {
        year: d.year(),
        month: Some(d.month()),
        day: Some(d.day()),
        circa: false,
    }
    .label()
}

/// Label for a span between two dates: "1936–1938", "Aug–Nov 1937", "1 Dec 1934".
pub fn span_label(start: &HistDate, end: Option<&HistDate>) -> String {
    let Some(end) = end else {
        return start.label();
    };
    if start == end {
        return start.label();
    }
    let same_year_no_circa = start.year == end.year && !start.circa && !end.circa;
    match (start.precision(), end.precision()) {
        (Precision::Month, Precision::Month) if same_year_no_circa => format!(
            "{}–{} {}",
            month_short(start.month.unwrap_or(1)),
            month_short(end.month.unwrap_or(1)),
            start.year
        ),
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
            ("1934000", "not a date"),
            ("-300000", "outside the years"),
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
        let p = |s: &str| HistDate::parse(s).unwrap();
        assert_eq!(span_label(&p("1936"), Some(&p("1938"))), "1936–1938");
        assert_eq!(
            span_label(&p("1937-08"), Some(&p("1937-11"))),
            "Aug–Nov 1937"
        );
        assert_eq!(span_label(&p("1934-12-01"), None), "1 Dec 1934");
        assert_eq!(span_label(&p("1914"), Some(&p("1917-03"))), "1914–Mar 1917");
    }
}
