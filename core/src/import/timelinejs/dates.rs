//! TimelineJS's dates → ours: date objects of numbers or strings (version 3), and the
//! strings of TimelineJS 1 and 2 ("1870,7,19", "7/19/1870"). Historians' negative years
//! become astronomical ones; years beyond the calendar are deep time; what a date gives up
//! to be read (seconds, a time of day without a day) is said. Never panics on any input.

use crate::date::{in_calendar, Moment, DEEP_LIMIT};
use serde_json::{Map, Value};

/// A date field that may be a number or a string; `None` when absent or empty.
fn number(v: &Value, key: &str) -> Option<Result<i64, String>> {
    match v.get(key)? {
        Value::Null => None,
        Value::Number(n) => Some(
            n.as_i64()
                .or_else(|| n.as_f64().filter(|f| f.fract() == 0.0).map(|f| f as i64))
                .ok_or_else(|| n.to_string()),
        ),
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => {
            let clean: String = s
                .chars()
                .filter(|c| !c.is_whitespace() && *c != ',')
                .collect();
            Some(clean.parse::<i64>().map_err(|_| s.clone()))
        }
        other => Some(Err(other.to_string())),
    }
}

/// What became of a TimelineJS date.
pub(in crate::import) enum When {
    Date(Moment),
    /// Beyond the years a timeline can show (the year as written).
    TooFar(i64),
}

/// What a date gave up to be read: seconds, or a time of day without a day.
#[derive(Clone, Copy, Default)]
pub(in crate::import) struct Dropped {
    pub seconds: bool,
    pub dayless_time: bool,
}

/// A date read, or the field at fault and what is wrong with it.
pub(in crate::import) type Dated = Result<(When, Dropped), (&'static str, String)>;

/// A TimelineJS date object → our date. Negative years count as historians write them
/// (-300 is 300 BC, astronomical year -299); years beyond the calendar are deep time (a
/// year only, as TimelineJS's cosmological scale places them).
pub(in crate::import) fn date(v: &Value) -> Dated {
    let year = match number(v, "year") {
        None => return Err(("year", crate::t!("import-no-year"))),
        Some(Err(s)) => {
            return Err((
                "year",
                crate::t!("import-not-whole", key = "year", value = s.to_string()),
            ))
        }
        Some(Ok(y)) => y,
    };
    let astro = if year < 0 { year + 1 } else { year };
    if astro.abs() > DEEP_LIMIT {
        return Ok((When::TooFar(year), Dropped::default()));
    }
    let year_only = Moment {
        year: astro,
        month: None,
        day: None,
        hour: None,
        minute: None,
        circa: false,
    };
    if !in_calendar(astro) {
        return Ok((When::Date(year_only), Dropped::default()));
    }
    let part =
        |key: &'static str, lo: i64, hi: i64| -> Result<Option<i64>, (&'static str, String)> {
            match number(v, key) {
                None => Ok(None),
                Some(Ok(n)) if (lo..=hi).contains(&n) => Ok(Some(n)),
                Some(Ok(n)) => Err((
                    key,
                    crate::t!("import-no-such", key = key, value = n.to_string()),
                )),
                Some(Err(s)) => Err((
                    key,
                    crate::t!("import-not-whole", key = key, value = s.to_string()),
                )),
            }
        };
    let month = part("month", 1, 12)?;
    let day = if month.is_some() {
        part("day", 1, 31)?
    } else {
        None
    };
    let hour = part("hour", 0, 23)?;
    let minute = if hour.is_some() {
        part("minute", 0, 59)?
    } else {
        None
    };
    let second = part("second", 0, 59)?.unwrap_or(0) + part("millisecond", 0, 999)?.unwrap_or(0);
    let mut dropped = Dropped::default();
    let (hour, minute) = match (day, hour) {
        (Some(_), Some(h)) => {
            dropped.seconds = second > 0;
            (Some(h as u8), minute.map(|m| m as u8))
        }
        (None, Some(_)) => {
            dropped.dayless_time = true;
            (None, None)
        }
        _ => (None, None),
    };
    let d = Moment {
        month: month.map(|m| m as u32),
        day: day.map(|d| d as u32),
        hour,
        minute,
        ..year_only
    };
    // Checks the day exists in its month.
    Moment::parse(&d.to_iso()).map_err(|e| ("day", e))?;
    Ok((When::Date(d), dropped))
}

/// A date as TimelineJS 1 and 2 (and version 1 spreadsheets) write it: "1870,7,19",
/// "1870,7,19,14,30", "1870-07-19", "7/19/1870", "-500" → a date object as version 3
/// writes it. A sentence when it is none of these.
pub(in crate::import) fn legacy_date(s: &str) -> Result<Value, String> {
    let s = s.trim();
    let mut o = Map::new();
    let put = |o: &mut Map<String, Value>, k: &str, v: &str| {
        if !v.trim().is_empty() {
            o.insert(k.into(), Value::String(v.trim().to_string()));
        }
    };
    const KEYS: [&str; 6] = ["year", "month", "day", "hour", "minute", "second"];
    let numeric = |p: &str| {
        let p = p.trim();
        p.is_empty()
            || p.strip_prefix('-')
                .unwrap_or(p)
                .bytes()
                .all(|b| b.is_ascii_digit())
    };
    if s.contains(',') {
        let parts: Vec<&str> = s.split(',').collect();
        if parts.len() <= 6 && parts.iter().all(|p| numeric(p)) {
            for (k, p) in KEYS.iter().zip(parts) {
                put(&mut o, k, p);
            }
            return Ok(Value::Object(o));
        }
    } else if s.contains('/') {
        // month/day/year or month/year.
        let parts: Vec<&str> = s.split('/').collect();
        if (2..=3).contains(&parts.len()) && parts.iter().all(|p| numeric(p) && !p.is_empty()) {
            let (m, d, y) = match parts.as_slice() {
                [m, d, y] => (*m, *d, *y),
                [m, y] => (*m, "", *y),
                _ => ("", "", ""),
            };
            put(&mut o, "year", y);
            put(&mut o, "month", m);
            put(&mut o, "day", d);
            return Ok(Value::Object(o));
        }
    } else {
        let (date, time) = match s.find(['T', ' ']) {
            Some(k) => (&s[..k], &s[k + 1..]),
            None => (s, ""),
        };
        let (neg, body) = match date.strip_prefix('-') {
            Some(b) => ("-", b),
            None => ("", date),
        };
        let parts: Vec<&str> = body.split('-').collect();
        let times: Vec<&str> = if time.is_empty() {
            Vec::new()
        } else {
            time.trim_end_matches('Z').split(':').collect()
        };
        if !body.is_empty()
            && parts.len() <= 3
            && times.len() <= 3
            && parts
                .iter()
                .chain(&times)
                .all(|p| !p.is_empty() && numeric(p))
        {
            put(&mut o, "year", &format!("{neg}{}", parts[0]));
            for (k, p) in ["month", "day"].iter().zip(&parts[1..]) {
                put(&mut o, k, p);
            }
            for (k, p) in ["hour", "minute", "second"].iter().zip(&times) {
                put(&mut o, k, p);
            }
            return Ok(Value::Object(o));
        }
    }
    Err(crate::t!("import-bad-date", value = s))
}
