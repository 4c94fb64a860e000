//! Axis ticks for a window: picks the finest unit on a ladder (centuries down to days)
//! whose labels fit the pixel width, and yields minor and major ticks that never
//! overlap for the label widths passed in. Never measures text itself.

use crate::date::{date_of_value, day_value, month_short, year_label};
use crate::scale::Window;
use chrono::{Datelike, NaiveDate};

/// A step on the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Years(i32),
    Months(u32),
    /// Days of the month: 1 (every day), 5 (1, 6, 11 … 26) or 15 (1 and 16).
    Days(u32),
}

/// Coarsest first.
pub const LADDER: [Step; 13] = [
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
        }
    }

    /// Characters in the widest minor label of this step.
    fn label_chars(self) -> usize {
        match self {
            Step::Years(_) => 4,
            Step::Months(_) => 3,
            Step::Days(_) => 2,
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
    /// Larger context labels: years over months, months over days.
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

/// Finest step whose labels fit at this zoom.
pub fn choose_step(w: &Window, width: f64, m: &LabelMetrics) -> Step {
    let px_per_day = width / w.span().max(1e-9);
    LADDER
        .iter()
        .rev()
        .copied()
        .find(|s| s.min_gap_days() * px_per_day >= m.spacing(s.label_chars()))
        .unwrap_or(Step::Years(100))
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Dates of the ticks of `step` from before `from` up to `to`.
fn tick_dates(step: Step, from: NaiveDate, to: NaiveDate, cap: usize) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    match step {
        Step::Years(n) => {
            let mut y = from.year().div_euclid(n) * n;
            while let Some(d) = ymd(y, 1, 1) {
                if d > to || out.len() >= cap {
                    break;
                }
                out.push(d);
                y += n;
            }
        }
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
    }
    out
}

fn minor_label(step: Step, d: NaiveDate) -> String {
    match step {
        Step::Years(_) => year_label(d.year()),
        Step::Months(_) => month_short(d.month()).to_string(),
        Step::Days(_) => d.day().to_string(),
    }
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

/// Axis for window `w` on a strip `width` pixels wide.
pub fn axis(w: &Window, width: f64, m: &LabelMetrics) -> Axis {
    let step = choose_step(w, width, m);
    let width = width.max(1.0);
    let from = date_of_value(w.start);
    let to = date_of_value(w.end);
    let cap = (width / m.char_px.max(1.0)) as usize + 4;
    let mk = |d: NaiveDate, label: String| {
        let t = day_value(d);
        Tick {
            t,
            x: w.x_of(t, width),
            label,
        }
    };
    let minor = tick_dates(step, from, to, cap * 31)
        .into_iter()
        .map(|d| mk(d, minor_label(step, d)))
        .collect();
    let major_step = match step {
        Step::Months(_) => Some(Step::Years(1)),
        Step::Days(_) => Some(Step::Months(1)),
        Step::Years(_) => None,
    };
    let mut major: Vec<Tick> = Vec::new();
    if let Some(ms) = major_step {
        let label = |d: NaiveDate| match ms {
            Step::Years(_) => year_label(d.year()),
            _ => format!("{} {}", month_short(d.month()), year_label(d.year())),
        };
        // A leading label for the period already under way at the left edge.
        major.push(Tick {
            t: w.start,
            x: 0.0,
            label: label(from),
        });
        for d in tick_dates(ms, from, to, cap) {
            let t = mk(d, label(d));
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
mod tests {
    use super::*;

    const M: LabelMetrics = LabelMetrics {
        char_px: 9.0,
        gap_px: 12.0,
        min_tick_px: 56.0,
    };

    fn win(from: (i32, u32, u32), to: (i32, u32, u32)) -> Window {
        let d = |(y, m, dd): (i32, u32, u32)| day_value(NaiveDate::from_ymd_opt(y, m, dd).unwrap());
        Window::new(d(from), d(to))
    }

    fn check(w: Window, width: f64, step: Step, first_minor: &str) {
        let a = axis(&w, width, &M);
        assert_eq!(a.step, step, "{w:?} at {width}px");
        assert_eq!(a.minor.first().map(|t| t.label.as_str()), Some(first_minor));
    }

    #[test]
    fn step_follows_zoom() {
        check(
            win((1870, 1, 1), (1995, 1, 1)),
            1280.0,
            Step::Years(10),
            "1870",
        );
        check(
            win((1870, 1, 1), (1995, 1, 1)),
            360.0,
            Step::Years(20),
            "1880",
        );
        check(
            win((1937, 1, 1), (1938, 1, 1)),
            1280.0,
            Step::Months(1),
            "Jan",
        );
        check(
            win((1937, 1, 1), (1938, 1, 1)),
            360.0,
            Step::Months(3),
            "Jan",
        );
        check(win((1934, 12, 1), (1935, 1, 1)), 1280.0, Step::Days(5), "1");
        check(win((1934, 12, 1), (1935, 1, 1)), 360.0, Step::Days(15), "1");
        check(
            win((1934, 12, 1), (1934, 12, 8)),
            1280.0,
            Step::Days(1),
            "1",
        );
    }

    #[test]
    fn labels_never_overlap() {
        let start = day_value(NaiveDate::from_ymd_opt(1870, 1, 1).unwrap());
        for width in [360.0, 1024.0, 1280.0, 1920.0] {
            let mut span = 45_000.0;
            while span > 3.0 {
                for offset in [0.0, 13.7, 400.3, 20_000.0] {
                    let w = Window::new(start + offset, start + offset + span);
                    let a = axis(&w, width, &M);
                    for row in [&a.minor, &a.major] {
                        for pair in row.windows(2) {
                            let need = pair[0].label.chars().count() as f64 * M.char_px + M.gap_px;
                            assert!(pair[1].x - pair[0].x >= need, "{span} {width} {pair:?}");
                        }
                        assert!(row.len() as f64 <= width / M.char_px, "too many ticks");
                    }
                    assert!(!a.minor.is_empty(), "no ticks for span {span} at {width}");
                }
                span *= 0.7;
            }
        }
    }

    #[test]
    fn no_tick_sits_on_the_right_edge() {
        let a = axis(&win((1934, 12, 1), (1935, 1, 1)), 1280.0, &M);
        let majors: Vec<_> = a.major.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(majors, ["Dec 1934"]);
        assert!(a.minor.iter().all(|t| t.x < 1279.5));
    }

    #[test]
    fn majors_give_context() {
        let a = axis(&win((1936, 11, 1), (1938, 3, 1)), 1280.0, &M);
        let labels: Vec<_> = a.major.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["1936", "1937", "1938"]);
        let a = axis(&win((1934, 11, 20), (1935, 1, 10)), 1280.0, &M);
        let labels: Vec<_> = a.major.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["Nov 1934", "Dec 1934", "Jan 1935"]);
    }
}
