//! Reading a date as a file writes it: "1934-12-01T16:30", "c. 1899", "-0299", "4.6 Ga".
//! Returns a sentence saying what is wrong, for the validation report; never panics.

use super::{
    in_calendar, month_long, year_label, year_text, HistDate, Moment, DEEP_LIMIT, MAX_YEAR,
    MIN_YEAR,
};
use chrono::NaiveDate;

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
    let bad = || Err(crate::t!("date-bad-ago", value = text));
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
        let bad = || crate::t!("date-bad", value = raw);
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
            return Err(crate::t!("date-too-far", value = raw));
        }
        if !in_calendar(year) {
            if parts.len() > 1 || time.is_some() {
                return Err(crate::t!(
                    "date-year-only",
                    value = raw,
                    from = year_label(MIN_YEAR),
                    to = year_label(MAX_YEAR)
                ));
            }
            return Ok(year_only(year));
        }
        let month = match parts.get(1) {
            Some(p) => {
                let m = number(p, 2)?;
                if !(1..=12).contains(&m) {
                    return Err(crate::t!("date-no-month", value = raw, number = m));
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
                    return Err(crate::t!(
                        "date-no-day",
                        value = raw,
                        month = month_long(m),
                        when = year_text(year),
                        day = d
                    ));
                }
                Some(d)
            }
            None => None,
        };
        let (hour, minute) = match time {
            None => (None, None),
            Some(_) if day.is_none() => {
                return Err(crate::t!("date-time-without-day", value = raw))
            }
            Some(t) => {
                let (h, m) = match t.split_once(':') {
                    Some((h, m)) => (h, Some(m)),
                    None => (t, None),
                };
                let h = number(h, 2)?;
                if h > 23 {
                    return Err(crate::t!("date-no-hour", value = raw, number = h));
                }
                let m = match m {
                    Some(m) => {
                        let m = number(m, 2)?;
                        if m > 59 {
                            return Err(crate::t!("date-no-minute", value = raw, number = m));
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
}

impl HistDate {
    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally prefixed by "c." or "c ", as
    /// [`Moment::parse`] does, within the calendar's years and without a time of day.
    pub fn parse(raw: &str) -> Result<HistDate, String> {
        let m = Moment::parse(raw)?;
        if m.hour.is_some() {
            return Err(crate::t!("date-day-only", value = raw));
        }
        m.calendar().ok_or_else(|| {
            crate::t!(
                "date-outside-calendar",
                value = raw,
                from = year_label(MIN_YEAR),
                to = year_label(MAX_YEAR)
            )
        })
    }
}
