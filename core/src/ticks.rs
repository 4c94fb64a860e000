//! Axis ticks for a window: picks the finest unit on a ladder (billions of years down to
//! minutes) whose labels fit the pixel width, and yields minor and major ticks that never
//! overlap for the label widths passed in. Years fall on round numbers as readers count
//! them ("5600 BC", not "5601 BC"); from ten thousand years up they read as years ago
//! ("66 Ma", "4.5 Ga"). Never measures text itself.

use crate::date::{
    ago, date_of_value, day_value, in_calendar, month_short, year_label, year_of_value,
    year_start_value, year_text,
};
use crate::scale::Window;
use chrono::{Datelike, NaiveDate};

/// A step on the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Years(i64),
    Months(u32),
    /// Days of the month: 1 (every day), 5 (1, 6, 11 … 26) or 15 (1 and 16).
    Days(u32),
    Hours(u32),
    Minutes(u32),
}

/// Steps of this many years and more read as years ago ("10 ka", "66 Ma").
pub const AGO_FROM: i64 = 10_000;

/// Coarsest first.
pub const LADDER: [Step; 43] = [
    Step::Years(5_000_000_000),
    Step::Years(2_000_000_000),
    Step::Years(1_000_000_000),
    Step::Years(500_000_000),
    Step::Years(200_000_000),
    Step::Years(100_000_000),
    Step::Years(50_000_000),
    Step::Years(20_000_000),
    Step::Years(10_000_000),
    Step::Years(5_000_000),
    Step::Years(2_000_000),
    Step::Years(1_000_000),
    Step::Years(500_000),
    Step::Years(200_000),
    Step::Years(100_000),
    Step::Years(50_000),
    Step::Years(20_000),
    Step::Years(10_000),
    Step::Years(5_000),
    Step::Years(2_000),
    Step::Years(1_000),
    Step::Years(500),
    Step::Years(200),
    Step::Years(100),
    Step::Years(50),
    Step::Years(20),
    Step::Years(10),
    Step::Years(5),
    Step::Years(2),
    Step::Years(1),
    Step::Months(6),
    Step::Months(3),
    Step::Months(1),
    Step::Days(15),
    Step::Days(5),
    Step::Days(1),
    Step::Hours(12),
    Step::Hours(6),
    Step::Hours(3),
    Step::Hours(1),
    Step::Minutes(30),
    Step::Minutes(15),
    Step::Minutes(5),
];

impl Step {
    /// Shortest gap between two ticks of this step, in days.
    fn min_gap_days(self) -> f64 {
        match self {
            Step::Years(n) => 365.0 * n as f64,
            Step::Months(n) => 28.0 * n as f64,
            Step::Days(15) => 13.0,
            Step::Days(5) => 3.0,
            Step::Days(n) => n as f64,
            Step::Hours(n) => n as f64 / 24.0,
            Step::Minutes(n) => n as f64 / 1440.0,
        }
    }

    /// Characters in the widest minor label of this step in window `w`.
    fn label_chars(self, w: &Window) -> usize {
        match self {
            Step::Years(n) => [w.start, w.end]
                .iter()
                .map(|&v| {
                    year_tick_label(n, round_year(n, year_of_value(v)))
                        .chars()
                        .count()
                })
                .max()
                .unwrap_or(4),
            Step::Months(_) => crate::date::month_short_chars(),
            Step::Days(_) => 2,
            Step::Hours(_) | Step::Minutes(_) => 5,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Time value (days).
    pub t: f64,
    /// Pixel x on the strip.
    pub x: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub step: Step,
    pub minor: Vec<Tick>,
    /// Larger context labels: years over months, months over days, days over hours.
    pub major: Vec<Tick>,
}

/// Text measurements the caller supplies (the core never measures text).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelMetrics {
    /// Average width of one label character, in pixels.
    pub char_px: f64,
    /// Minimum free space between two labels, in pixels.
    pub gap_px: f64,
    /// Minimum distance between two ticks, so the axis stays calm to read.
    pub min_tick_px: f64,
}

impl LabelMetrics {
    fn width(&self, chars: usize) -> f64 {
        chars as f64 * self.char_px + self.gap_px
    }

    fn spacing(&self, chars: usize) -> f64 {
        self.width(chars).max(self.min_tick_px)
    }
}

/// True where the window lies within the calendar (months, days and hours exist there).
fn in_calendar_window(w: &Window) -> bool {
    in_calendar(year_of_value(w.start)) && in_calendar(year_of_value(w.end))
}

/// Windows narrower than this many days may show hours and minutes (a timeline with
/// times of day zooms in that far); wider ones show days at the finest.
pub const HOURS_BELOW_DAYS: f64 = 3.0;

/// Finest step whose labels fit at this zoom.
pub fn choose_step(w: &Window, width: f64, m: &LabelMetrics) -> Step {
    let px_per_day = width / w.span().max(1e-9);
    let calendar = in_calendar_window(w);
    let hours = w.span() < HOURS_BELOW_DAYS;
    LADDER
        .iter()
        .rev()
        .copied()
        .filter(|s| match s {
            Step::Years(_) => true,
            Step::Hours(_) | Step::Minutes(_) => calendar && hours,
            _ => calendar,
        })
        .find(|s| s.min_gap_days() * px_per_day >= m.spacing(s.label_chars(w)))
        .unwrap_or(LADDER[0])
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The label of a tick at year `y` on a ladder of `n` years: a year ("1937", "5600 BC")
/// below [`AGO_FROM`], years ago from there ("10 ka", "4.5 Ga"; counted back from year 0,
/// as TimelineJS counts them).
fn year_tick_label(n: i64, y: i64) -> String {
    if n < AGO_FROM {
        return year_text(y);
    }
    let before = 1 - y;
    match before {
        0 => "0".into(),
        b if b > 0 => ago(b, false),
        b => crate::t!("ago-in", amount = ago(-b, false)),
    }
}

/// The year of the round tick of `n` years at or before year `y` (see [`tick_years`]).
fn round_year(n: i64, y: i64) -> i64 {
    if n >= AGO_FROM || y < 1 {
        1 - (1 - y).div_euclid(n) * n
    } else {
        y.div_euclid(n) * n
    }
}

/// Years of the ticks of `n` years from `y0` to `y1`, on numbers readers count round:
/// AD years divisible by `n`, and BC years (or years ago, for [`AGO_FROM`] and up) whose
/// count is.
fn tick_years(n: i64, y0: i64, y1: i64, cap: usize) -> Vec<i64> {
    let mut out = Vec::new();
    // Years before year 1 count backwards: 1 - y is the number of the year BC (or years
    // ago); those are round. Ago steps count every year that way.
    let ago_steps = n >= AGO_FROM;
    let split = if ago_steps { y1.max(y0) + 1 } else { 1 };
    // Round counts backwards, first the earliest.
    if y0 < split {
        let hi = 1 - y0; // count of the earliest year
        let lo = 1 - (y1.min(split - 1)); // count of the latest year before `split`
        let mut b = hi.div_euclid(n) * n;
        while b >= lo && out.len() < cap {
            out.push(1 - b);
            b -= n;
        }
    }
    if y1 >= split {
        let mut y = (y0.max(split) + n - 1).div_euclid(n) * n;
        while y <= y1 && out.len() < cap {
            out.push(y);
            y += n;
        }
    }
    out
}

/// Dates of the ticks of a calendar `step` (months or days) from before `from` up to `to`.
fn tick_dates(step: Step, from: NaiveDate, to: NaiveDate, cap: usize) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    match step {
        Step::Months(n) => {
            let (mut y, mut m) = (from.year(), (from.month() - 1) / n * n + 1);
            while let Some(d) = ymd(y, m, 1) {
                if d > to || out.len() >= cap {
                    break;
                }
                out.push(d);
                m += n;
                if m > 12 {
                    m -= 12;
                    y += 1;
                }
            }
        }
        Step::Days(n) => {
            let mut d = ymd(from.year(), from.month(), 1).unwrap_or(from);
            while d <= to && out.len() < cap {
                if n == 1
                    || (d.day() - 1).is_multiple_of(n) && d.day() <= 1 + n * (30 / n - 1).max(1)
                {
                    out.push(d);
                }
                match d.succ_opt() {
                    Some(next) => d = next,
                    None => break,
                }
            }
        }
        _ => {}
    }
    out
}

/// Keeps only ticks inside the strip whose labels do not collide with the previous one.
fn thin(ticks: Vec<Tick>, width: f64, m: &LabelMetrics) -> Vec<Tick> {
    let mut out: Vec<Tick> = Vec::new();
    for t in ticks {
        // A tick at (or past) the right edge has no room for its label.
        if t.x < -1.0 || t.x >= width - 0.5 {
            continue;
        }
        if let Some(prev) = out.last() {
            if t.x - prev.x < m.width(prev.label.chars().count()) {
                continue;
            }
        }
        out.push(t);
    }
    out
}

/// Minor ticks of `step` in window `w`: (time value, label).
fn minor_ticks(step: Step, w: &Window, cap: usize) -> Vec<(f64, String)> {
    match step {
        Step::Years(n) => tick_years(n, year_of_value(w.start), year_of_value(w.end), cap)
            .into_iter()
            .map(|y| (year_start_value(y), year_tick_label(n, y)))
            .collect(),
        Step::Months(_) | Step::Days(_) => {
            tick_dates(step, date_of_value(w.start), date_of_value(w.end), cap)
                .into_iter()
                .map(|d| {
                    let label = match step {
                        Step::Months(_) => month_short(d.month()),
                        _ => d.day().to_string(),
                    };
                    (day_value(d), label)
                })
                .collect()
        }
        Step::Hours(_) | Step::Minutes(_) => {
            let every = match step {
                Step::Hours(h) => h as f64 * 60.0,
                Step::Minutes(m) => m as f64,
                _ => 60.0,
            };
            let first = (w.start * 1440.0 / every).floor() as i64;
            let last = (w.end * 1440.0 / every).ceil() as i64;
            (first..=last)
                .take(cap)
                .map(|k| {
                    let minutes = k as f64 * every;
                    let in_day = (minutes.rem_euclid(1440.0)).round() as u32;
                    (
                        minutes / 1440.0,
                        format!("{:02}:{:02}", in_day / 60 % 24, in_day % 60),
                    )
                })
                .collect()
        }
    }
}

/// Axis for window `w` on a strip `width` pixels wide.
pub fn axis(w: &Window, width: f64, m: &LabelMetrics) -> Axis {
    let step = choose_step(w, width, m);
    let width = width.max(1.0);
    let from = date_of_value(w.start);
    let to = date_of_value(w.end);
    let cap = (width / m.char_px.max(1.0)) as usize + 4;
    let mk = |t: f64, label: String| Tick {
        t,
        x: w.x_of(t, width),
        label,
    };
    let minor = minor_ticks(step, w, cap * 31)
        .into_iter()
        .map(|(t, label)| mk(t, label))
        .collect();
    let major_step = match step {
        Step::Months(_) => Some(Step::Years(1)),
        Step::Days(_) => Some(Step::Months(1)),
        Step::Hours(_) | Step::Minutes(_) => Some(Step::Days(1)),
        Step::Years(_) => None,
    };
    let mut major: Vec<Tick> = Vec::new();
    if let Some(ms) = major_step {
        let label = |d: NaiveDate| match ms {
            Step::Years(_) => year_label(d.year()),
            Step::Months(_) => crate::t!(
                "date-month",
                month = month_short(d.month()),
                when = year_label(d.year())
            ),
            _ => crate::t!(
                "date-day",
                day = d.day(),
                month = crate::date::month_short_of_day(d.month()),
                when = year_label(d.year())
            ),
        };
        // A leading label for the period already under way at the left edge.
        major.push(Tick {
            t: w.start,
            x: 0.0,
            label: label(from),
        });
        let dates = match ms {
            Step::Years(_) => tick_years(1, from.year() as i64, to.year() as i64, cap)
                .into_iter()
                .filter_map(|y| ymd(y as i32, 1, 1))
                .collect(),
            _ => tick_dates(ms, from, to, cap),
        };
        for d in dates {
            let t = mk(day_value(d), label(d));
            if t.x > 0.5 {
                major.push(t);
            }
        }
        // Drop the leading label if the first real one would collide with it.
        if major.len() > 1 && major[1].x < m.width(major[0].label.chars().count()) {
            major.remove(0);
        }
    }
    Axis {
        step,
        minor: thin(minor, width, m),
        major: thin(major, width, m),
    }
}

#[cfg(test)]
mod tests;
