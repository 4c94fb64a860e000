//! Unit tests of `ticks`: the axis ticks at every scale.

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
