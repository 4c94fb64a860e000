//! Lane layout of the shipped events at real zoom levels: where an event is drawn, how
//! precision widens its bar, who keeps a lane when space runs out, and that nothing is
//! lost between lanes and clusters.

use timeline_core::date::HistDate;
use timeline_core::layout::{layout_events, EventLayout, EventMetrics};
use timeline_core::scale::Window;
use timeline_core::{load, Timeline};

const WIDTH: f64 = 1200.0;

fn shipped() -> Timeline {
    load(include_str!("../../data/events.json")).unwrap()
}

fn metrics(max_lanes: usize) -> EventMetrics {
    EventMetrics {
        char_px: 8.6,
        label_pad: 34.0,
        label_max: 280.0,
        mark_px: 12.0,
        max_lanes,
        gap: 10.0,
        cluster_px: 62.0,
        margin_px: 200.0,
    }
}

/// The window from the start of `from` to the end of `to` (dates as in the data).
fn window(from: &str, to: &str) -> Window {
    let (a, b) = (HistDate::parse(from).unwrap(), HistDate::parse(to).unwrap());
    Window::new(a.start_value(), b.end_value())
}

fn index(t: &Timeline, id: &str) -> usize {
    t.events.iter().position(|e| e.id == id).unwrap()
}

fn lay(t: &Timeline, w: &Window, lanes: usize, rank: impl Fn(usize) -> u8) -> EventLayout {
    layout_events(&t.events, |_| true, rank, w, WIDTH, &metrics(lanes))
}

#[test]
fn precision_sets_where_and_how_wide_an_event_is_drawn() {
    let t = shipped();
    // One month across the screen: December 1934.
    let w = window("1934-12", "1934-12");
    let (kirov, decree) = (
        index(&t, "kirov-assassination"),
        index(&t, "decree-on-terrorist-acts"),
    );
    let l = lay(&t, &w, 8, |k| u8::from(k != kirov && k != decree));
    let day = WIDTH / 31.0;
    // (event, expected bar start px, expected bar width px)
    let cases = [
        // A day-precision event: a mark at its day (the 1st), one day wide.
        ("kirov-assassination", 0.0, day),
        // A month-precision event spans the whole month.
        ("decree-on-terrorist-acts", 0.0, WIDTH),
    ];
    for (id, x, width) in cases {
        let s = l
            .slot(index(&t, id))
            .unwrap_or_else(|| panic!("{id} not drawn"));
        assert!((s.bar_x - x).abs() < 0.5, "{id}: bar at {}", s.bar_x);
        assert!((s.bar_w - width).abs() < 0.5, "{id}: bar {} wide", s.bar_w);
    }
}

#[test]
fn events_far_off_screen_are_not_laid_out() {
    let t = shipped();
    let l = lay(&t, &window("1937-01", "1937-12"), 8, |_| 0);
    for (i, _) in &l.slots {
        let e = &t.events[*i];
        assert!(
            e.t1 >= window("1936-10", "1936-10").start && e.t0 <= window("1938-03", "1938-03").end,
            "{} is far outside 1937",
            e.id
        );
    }
    assert!(l.slot(index(&t, "kirov-assassination")).is_none());
}

#[test]
fn the_best_ranked_event_keeps_a_lane_and_nothing_is_lost() {
    let t = shipped();
    let w = window("1879", "1988");
    let all = lay(&t, &w, 100, |_| 0);
    // The whole span in one lane: most events merge into clusters.
    for id in [
        "kirov-assassination",
        "trotsky-deported",
        "seventeenth-congress",
    ] {
        let i = index(&t, id);
        let l = lay(&t, &w, 1, |k| u8::from(k != i));
        assert!(l.slot(i).is_some(), "{id} ranked first but not drawn");
        let clustered: usize = l.clusters.iter().map(|c| c.keys.len()).sum();
        assert_eq!(l.slots.len() + clustered, all.slots.len(), "events lost");
        assert!(!l.clusters.is_empty());
    }
    // Slots come in time order and agree with the lookup.
    assert!(all.slots.windows(2).all(|p| p[0].0 < p[1].0));
    assert!(all.shown().all(|i| all.slot(i).is_some()));
}

#[test]
fn long_titles_use_the_room_their_lane_has() {
    let t = shipped();
    let w = window("1932", "1939");
    let m = EventMetrics {
        label_max: 120.0,
        ..metrics(40)
    };
    // Rank 1 for all: rank 0 is the open event, which always has its whole title.
    let l = layout_events(&t.events, |_| true, |_| 1, &w, WIDTH, &m);
    let mut longer = 0;
    for &(i, s) in &l.slots {
        let full = t.events[i].title_chars as f64 * m.char_px + m.label_pad;
        // Never narrower than stacking allowed.
        assert!(
            s.label_w >= full.min(m.label_max) - 1e-9,
            "{}",
            t.events[i].id
        );
        if s.label_w > m.label_max {
            longer += 1;
            // Grown labels stop before the next item in their lane and at the edge.
            assert!(
                s.left + s.label_w <= WIDTH + 1e-9,
                "{} runs off the strip",
                t.events[i].id
            );
            for &(j, o) in &l.slots {
                if j != i && o.lane == s.lane && o.left > s.left {
                    assert!(
                        s.left + s.label_w + m.gap <= o.left + 1e-9,
                        "{} covers {}",
                        t.events[i].id,
                        t.events[j].id
                    );
                }
            }
        }
    }
    assert!(longer > 0, "no label had room to grow");
    // The open event's long title is whole even in a crowded lane.
    let open = index(&t, "first-moscow-trial");
    let l = layout_events(
        &t.events,
        |_| true,
        |i| u8::from(i != open),
        &w,
        WIDTH,
        &metrics(1),
    );
    let full = t.events[open].title_chars as f64 * 8.6 + 34.0;
    assert!(full > 120.0);
    assert_eq!(l.slot(open).map(|s| s.label_w), Some(full));
}
