//! The time scale's tests: windows, zoom anchored under the pointer, clamping, limits.

use super::*;

#[test]
fn decimals_match_float_formatting() {
    for (x, places) in [
        (705535.3034, 3),
        (-12.5, 2),
        (0.04, 1),
        (40.0, 0),
        (1.0 / 3.0, 6),
        (2.5e9, 2),
    ] {
        assert_eq!(
            decimal(x, places),
            format!("{x:.*}", places as usize),
            "{x} to {places}"
        );
    }
    assert_eq!(decimal(f64::NAN, 2), "0.00");
    // Unlike `format!`, no "-0.0".
    assert_eq!(decimal(-0.04, 1), "0.0");
}

fn limits() -> Limits {
    Limits {
        lo: 0.0,
        hi: 10_000.0,
        min_span: 3.0,
        max_span: 10_000.0,
    }
}

#[test]
fn zoom_keeps_anchor_under_cursor() {
    let l = limits();
    for (start, end, factor, anchor) in [
        (1000.0, 3000.0, 0.5, 0.25),
        (1000.0, 3000.0, 0.8, 0.9),
        (1000.0, 3000.0, 1.25, 0.5),
        (4000.0, 4100.0, 0.1, 0.1),
    ] {
        let w = Window::new(start, end);
        let before = w.t_of(anchor * 800.0, 800.0);
        let z = w.zoom(factor, anchor, &l);
        let after = z.t_of(anchor * 800.0, 800.0);
        assert!(
            (before - after).abs() < 1e-6,
            "{start}..{end} x{factor} @{anchor}"
        );
        assert!((z.span() - (end - start) * factor).abs() < 1e-6);
    }
}

#[test]
fn zoom_never_degenerates() {
    let l = limits();
    let mut w = Window::new(5000.0, 6000.0);
    for _ in 0..200 {
        w = w.zoom(0.5, 0.3, &l);
    }
    assert_eq!(w.span(), 3.0);
    for _ in 0..200 {
        w = w.zoom(2.0, 0.7, &l);
    }
    assert_eq!((w.start, w.end), (0.0, 10_000.0));
}

#[test]
fn everything_leaves_room_after_the_last_event_for_its_label() {
    // (extent in day values): a century, a month, deep time.
    for extent in [(0.0, 365.25 * 113.0), (0.0, 30.0), (-5.0e12, 0.0)] {
        let l = Limits::around(extent);
        let w = Window::new(l.lo, l.hi).clamp(&l);
        let first = (extent.0 - w.start) / w.span();
        let last = (extent.1 - w.start) / w.span();
        assert!(first > 0.0 && first < last, "{extent:?}: first at {first}");
        assert!(last <= 0.85, "{extent:?}: last at {last}");
    }
}

#[test]
fn clamp_repairs_nonsense() {
    let l = limits();
    for w in [
        Window::new(f64::NAN, 5.0),
        Window::new(900.0, 100.0),
        Window::new(-5000.0, -4000.0),
        Window::new(f64::NEG_INFINITY, f64::INFINITY),
    ] {
        let c = w.clamp(&l);
        assert!(
            c.start >= l.lo && c.end <= l.hi && c.span() >= l.min_span,
            "{w:?} -> {c:?}"
        );
    }
}

#[test]
fn pan_stops_at_bounds() {
    let l = limits();
    let w = Window::new(100.0, 600.0).pan(-1000.0, &l);
    assert_eq!((w.start, w.end), (0.0, 500.0));
    let w = Window::new(100.0, 600.0).pan(250.0, &l);
    assert_eq!((w.start, w.end), (350.0, 850.0));
}

#[test]
fn brush_edges_move_one_side() {
    let l = limits();
    let w = Window::new(1000.0, 2000.0);
    assert_eq!(w.with_start(500.0, &l), Window::new(500.0, 2000.0));
    assert_eq!(w.with_end(2500.0, &l), Window::new(1000.0, 2500.0));
    // Crossing the other edge stops at the minimum span.
    assert_eq!(w.with_start(2600.0, &l), Window::new(1997.0, 2000.0));
    assert_eq!(w.with_end(-50.0, &l), Window::new(1000.0, 1003.0));
}

#[test]
fn density_counts_every_event_inside() {
    let starts = [0.0, 0.5, 9.99, 10.0, -1.0, 5.0];
    assert_eq!(
        density(starts.into_iter(), 0.0, 10.0, 5),
        vec![2, 0, 1, 0, 1]
    );
    assert_eq!(density(starts.into_iter(), 0.0, 10.0, 0), Vec::<u32>::new());
}

#[test]
fn timelines_with_times_of_day_zoom_to_hours() {
    let load = |start: &str| {
        let text = format!(
            r#"{{"title": "T", "events": [{{"id": "a", "title": "A", "start": "{start}"}}]}}"#
        );
        crate::load_with(&text, crate::Rules::Open).unwrap()
    };
    assert_eq!(
        Limits::for_timeline(&load("1934-12-01")).min_span,
        MIN_SPAN_DAYS
    );
    let l = Limits::for_timeline(&load("1934-12-01T16:30"));
    assert_eq!(l.min_span, MIN_SPAN_TIMED_DAYS);
    let w = Window::new(0.0, 1e9).zoom(1e-12, 0.5, &l);
    assert!((w.span() - 2.0 / 24.0).abs() < 1e-9);
}

#[test]
fn fit_shows_the_whole_event() {
    let l = limits();
    let w = Window::fit(2000.0, 2030.0, &l);
    assert!(w.start < 2000.0 && w.end > 2030.0);
    let w = Window::fit(2000.0, 2000.5, &l);
    assert!(w.span() >= 3.0);
}

#[test]
fn css_pixels_to_a_tenth() {
    for (x, expected) in [
        (0.0, "0.0px"),
        (12.34, "12.3px"),
        (12.36, "12.4px"),
        (-0.04, "0.0px"),
        (-0.05, "-0.1px"),
        (-250.96, "-251.0px"),
        (1e6, "1000000.0px"),
    ] {
        assert_eq!(px(x), expected, "{x}");
    }
}
