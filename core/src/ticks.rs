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
            Step::Months(_) => 3,
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
        b => format!("in {}", ago(-b, false)),
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
                        Step::Months(_) => month_short(d.month()).to_string(),
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
            Step::Months(_) => format!("{} {}", month_short(d.month()), year_label(d.year())),
            _ => format!(
                "{} {} {}",
                d.day(),
                month_short(d.month()),
                year_label(d.year())
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

    fn labels(row: &[Tick]) -> Vec<&str> {
        row.iter().map(|t| t.label.as_str()).collect()
    }

    fn years(from: i64, to: i64) -> Window {
        Window::new(year_start_value(from), year_start_value(to))
    }

    #[test]
    fn bc_ticks_fall_on_round_years() {
        // 5700 BC to 5000 BC: round hundreds, as readers count them.
        let a = axis(&years(-5699, -4999), 640.0, &M);
        assert_eq!(a.step, Step::Years(100));
        assert_eq!(
            labels(&a.minor),
            ["5700 BC", "5600 BC", "5500 BC", "5400 BC", "5300 BC", "5200 BC", "5100 BC"]
        );
        // Across year 1: 10 BC and AD 10, no year 0.
        let a = axis(&years(-40, 41), 640.0, &M);
        assert_eq!(a.step, Step::Years(10));
        assert_eq!(
            labels(&a.minor),
            ["40 BC", "30 BC", "20 BC", "10 BC", "10", "20", "30", "40"]
        );
        for t in &a.minor {
            assert_eq!(t.t, year_start_value(year_of_value(t.t)), "{t:?}");
        }
        // 7000 BC to today: thousands, BC and AD.
        let a = axis(&years(-6999, 2500), 1280.0, &M);
        assert_eq!(a.step, Step::Years(1000));
        assert_eq!(labels(&a.minor)[..3], ["7000 BC", "6000 BC", "5000 BC"]);
        assert_eq!(labels(&a.minor).last(), Some(&"2000"));
    }

    #[test]
    fn deep_time_reads_in_ka_ma_and_ga() {
        let a = axis(&years(-13_900_000_000, 500_000_000), 1280.0, &M);
        assert_eq!(a.step, Step::Years(1_000_000_000));
        assert_eq!(labels(&a.minor)[..3], ["13 Ga", "12 Ga", "11 Ga"]);
        assert_eq!(labels(&a.minor).last(), Some(&"0"));
        let a = axis(&years(-70_000_000, -60_000_000), 640.0, &M);
        assert_eq!(a.step, Step::Years(1_000_000));
        assert_eq!(labels(&a.minor)[..3], ["70 Ma", "69 Ma", "68 Ma"]);
        let a = axis(&years(-4_600_000_000, -4_400_000_000), 1280.0, &M);
        assert!(
            labels(&a.minor).contains(&"4.5 Ga"),
            "{:?}",
            labels(&a.minor)
        );
        let a = axis(&years(-60_000, 2000), 640.0, &M);
        assert_eq!(a.step, Step::Years(10_000));
        assert_eq!(
            labels(&a.minor),
            ["60 ka", "50 ka", "40 ka", "30 ka", "20 ka", "10 ka", "0"]
        );
        assert!(a.major.is_empty());
        // Zoomed in to days in deep time, the years remain (the calendar has no days there).
        let v = year_start_value(-4_500_000_000);
        let a = axis(&Window::new(v, v + 3.0), 1280.0, &M);
        assert!(matches!(a.step, Step::Years(_)));
    }

    #[test]
    fn hours_and_minutes_under_their_day() {
        let d = day_value(NaiveDate::from_ymd_opt(1934, 12, 1).unwrap());
        let a = axis(&Window::new(d + 0.25, d + 0.75), 1280.0, &M);
        assert_eq!(a.step, Step::Hours(1));
        assert_eq!(labels(&a.minor)[..3], ["06:00", "07:00", "08:00"]);
        assert_eq!(labels(&a.major), ["1 Dec 1934"]);
        let a = axis(&Window::new(d + 0.5, d + 0.5 + 2.0 / 24.0), 1280.0, &M);
        assert_eq!(a.step, Step::Minutes(15));
        assert_eq!(labels(&a.minor)[..3], ["12:00", "12:15", "12:30"]);
        let a = axis(&Window::new(d - 0.5, d + 1.5), 1280.0, &M);
        assert_eq!(a.step, Step::Hours(3));
        assert_eq!(
            labels(&a.major),
            ["30 Nov 1934", "1 Dec 1934", "2 Dec 1934"]
        );
        // From three days up, days (a timeline without times never zooms further).
        let a = axis(&Window::new(d, d + 3.0), 1280.0, &M);
        assert_eq!(a.step, Step::Days(1));
    }

    #[test]
    fn deep_and_bc_labels_never_overlap() {
        for width in [360.0, 1024.0, 1920.0] {
            for (from, to) in [
                (-13_800_000_000i64, 2000i64),
                (-5_601, -4_000),
                (-300_000, 2000),
                (-1_000_000, -900_000),
            ] {
                let (a0, a1) = (year_start_value(from), year_start_value(to));
                let mut span = a1 - a0;
                while span > 3.0 {
                    let w = Window::new(a0, a0 + span);
                    let a = axis(&w, width, &M);
                    for pair in a.minor.windows(2) {
                        let need = pair[0].label.chars().count() as f64 * M.char_px + M.gap_px;
                        assert!(pair[1].x - pair[0].x >= need, "{span} {width} {pair:?}");
                    }
                    assert!(a.minor.len() as f64 <= width / M.char_px);
                    span *= 0.3;
                }
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
