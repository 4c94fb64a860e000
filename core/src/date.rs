//! Dates on a timeline, as precise as their sources: a calendar date of year, month, day,
//! hour or minute precision, optionally "circa" ([`Moment`], what events and eras hold),
//! or a year of deep time far beyond the calendar (13.8 billion years ago, labelled
//! "13.8 Ga"). [`HistDate`] is the calendar part alone (year, month, day), which links use
//! to name a window. Owns parsing, display labels and conversion to a continuous day
//! number; never knows about events, pixels or the browser.
//!
//! Reading dates is in `parse`, writing them as labels and text in `label`; this file
//! holds the types and their conversion to day values (deep time included).

mod label;
mod parse;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};
pub use label::{
    ago, day_label, month_long, month_short, month_short_chars, month_short_of_day, span_label,
    year_label, year_text,
};

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

impl HistDate {
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
