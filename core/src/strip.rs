//! What the strip draws for a window and a size, computed once for the app and for the
//! pages the build pre-renders (so both draw the same): the geometry of each mode, era
//! rows, how many lanes fit, which events keep a lane (ranks and the lanes they had),
//! and where the window goes to show an event. Never measures or touches a page: sizes
//! are handed in.

use crate::layout::{layout_events_preferring, stack, EventLayout, EventMetrics, Item};
use crate::scale::{Limits, Window};
use crate::ticks::LabelMetrics;
use crate::Timeline;

/// Sizes of the strip's parts in one mode. These must agree with the stylesheet
/// (`li.event` height, `.axis` height, era rows) for each mode: `public/style.css` says
/// where.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    pub lane_h: f64,
    pub era_row_h: f64,
    /// Era rows at most: eras that would need another row are left out.
    pub era_rows: usize,
    pub axis_h: f64,
    pub cluster_row_h: f64,
    pub ticks: LabelMetrics,
    pub events: EventMetrics,
}

/// The strip on a screen of its own.
pub const NORMAL: Geometry = Geometry {
    lane_h: 40.0,
    era_row_h: 24.0,
    era_rows: 4,
    axis_h: 58.0,
    cluster_row_h: 36.0,
    ticks: LabelMetrics {
        char_px: 9.5,
        gap_px: 14.0,
        min_tick_px: 60.0,
    },
    events: EventMetrics {
        char_px: 8.6,
        label_pad: 34.0,
        label_max: 280.0,
        mark_px: 12.0,
        max_lanes: 1,
        gap: 10.0,
        // Wider than the widest "+NN" button, so neighbouring clusters never touch.
        cluster_px: 62.0,
        margin_px: 200.0,
    },
};

/// Projected, with no event open: large type for the back of the room.
pub const PROJECTED: Geometry = Geometry {
    lane_h: 60.0,
    era_row_h: 34.0,
    era_rows: 4,
    axis_h: 80.0,
    cluster_row_h: 46.0,
    ticks: LabelMetrics {
        char_px: 14.0,
        gap_px: 20.0,
        min_tick_px: 90.0,
    },
    events: EventMetrics {
        char_px: 13.0,
        label_pad: 54.0,
        label_max: 440.0,
        mark_px: 16.0,
        max_lanes: 1,
        gap: 14.0,
        cluster_px: 84.0,
        margin_px: 300.0,
    },
};

/// Projected with an event open: the strip is a band above the event's slide, just tall
/// enough to show where the event sits.
pub const BAND: Geometry = Geometry {
    lane_h: 40.0,
    era_row_h: 24.0,
    // One row: the band shows where the event sits, not every period around it.
    era_rows: 1,
    axis_h: 44.0,
    cluster_row_h: 30.0,
    ticks: LabelMetrics {
        char_px: 11.0,
        gap_px: 16.0,
        min_tick_px: 80.0,
    },
    events: EventMetrics {
        // Labels are 20 to 24 px (style.css): sized for the largest, so the open event's
        // title is never cut at 1920 px.
        char_px: 13.0,
        label_pad: 44.0,
        label_max: 380.0,
        mark_px: 14.0,
        max_lanes: 1,
        gap: 12.0,
        cluster_px: 72.0,
        margin_px: 300.0,
    },
};

/// The geometry for projection on or off, with an event open or not.
pub fn geometry(projecting: bool, open: bool) -> &'static Geometry {
    match (projecting, open) {
        (true, true) => &BAND,
        (true, false) => &PROJECTED,
        _ => &NORMAL,
    }
}

/// One era band on screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EraRow {
    /// Index into [`Timeline::eras`].
    pub era: usize,
    pub row: usize,
    /// The band's extent, px (may run past the strip's edges).
    pub x0: f64,
    pub x1: f64,
    /// Room its label has: to the next band in its row, or the strip's edge.
    pub room: f64,
}

/// Era bands in rows (at most `max_rows`), laid out so that no two overlap, and how many
/// rows they take.
pub fn era_rows(t: &Timeline, w: &Window, width: f64, max_rows: usize) -> (Vec<EraRow>, usize) {
    let items: Vec<Item> = t
        .eras
        .iter()
        .enumerate()
        .map(|(i, e)| Item {
            key: i,
            x0: w.x_of(e.t0, width),
            x1: w.x_of(e.t1, width),
        })
        .filter(|it| it.x1 > 0.0 && it.x0 < width)
        .collect();
    let l = stack(&items, max_rows, 2.0, 0.0);
    let rows = l
        .placed
        .iter()
        .map(|p| {
            let left = p.x0.max(0.0);
            let next = l
                .placed
                .iter()
                .filter(|o| o.lane == p.lane && o.x0 > p.x0)
                .map(|o| o.x0)
                .fold(width, f64::min);
            EraRow {
                era: p.key,
                row: p.lane,
                x0: p.x0,
                x1: p.x1,
                room: (next - left).max(p.x1 - left),
            }
        })
        .collect();
    (rows, l.lanes)
}

/// Where the list of events starts below the era rows, px.
pub fn events_top(era_rows: usize, g: &Geometry) -> f64 {
    era_rows as f64 * g.era_row_h + 6.0
}

/// How many lanes of events fit in a strip `height` px tall under `era_rows` rows of
/// eras (at least one).
pub fn max_lanes(height: f64, era_rows: usize, g: &Geometry) -> usize {
    let free = height - g.axis_h - g.cluster_row_h - era_rows as f64 * g.era_row_h - 8.0;
    (free / g.lane_h).floor().max(1.0) as usize
}

/// Who keeps a lane when space runs out, and which events are drawn at all.
pub struct Ranking<'a> {
    /// The open event: always drawn, with its whole title.
    pub open: Option<usize>,
    /// While a filter is active, which events match (they come before the rest).
    pub matches: Option<&'a [bool]>,
    /// Hide the events that do not match instead of dimming them.
    pub hide_others: bool,
    /// Reveal mode: nothing after this event is drawn.
    pub reveal_last: Option<usize>,
}

/// The strip's event layout: the open event first, then a filter's matches, then events
/// already on screen, then the rest; each event that had a lane (`had_lane`) goes back
/// to it where it still fits, so a label keeps its row when the layout is made again.
pub fn lay_out(
    t: &Timeline,
    r: &Ranking,
    had_lane: impl Fn(usize) -> Option<usize>,
    w: &Window,
    width: f64,
    lanes: usize,
    g: &Geometry,
) -> EventLayout {
    let m = EventMetrics {
        max_lanes: lanes,
        ..g.events
    };
    let matched = |i: usize| r.matches.is_none_or(|m| m[i]);
    layout_events_preferring(
        &t.events,
        |i| (!r.hide_others || matched(i)) && r.reveal_last.is_none_or(|l| i <= l),
        |i| match (r.open == Some(i), r.matches.is_some() && matched(i)) {
            (true, _) => 0,
            (false, true) => 1,
            _ if had_lane(i).is_some() => 2,
            _ => 3,
        },
        &had_lane,
        w,
        width,
        &m,
    )
}

/// The window that brings event `i` into view: centred on it with at least its whole
/// span, keeping the zoom where it can. `None` when it is in view already, unless
/// `always` (projection centres every event it opens).
pub fn window_for(
    t: &Timeline,
    i: usize,
    w: &Window,
    limits: &Limits,
    always: bool,
) -> Option<Window> {
    let e = &t.events[i];
    if !always && e.t1 >= w.start && e.t0 <= w.end {
        return None;
    }
    let span = w.span().max((e.t1 - e.t0) * 1.25);
    let mid = (e.t0 + e.t1) / 2.0;
    Some(Window::new(mid - span / 2.0, mid + span / 2.0).clamp(limits))
}

/// How far to pan (px; negative: to the left) so that a label from `left` to `right` (px
/// from the strip's left edge) is in a strip `width` px wide, with a margin; its left edge
/// wins when it is wider than the strip. Zero when it is in view already.
pub fn reveal_px(left: f64, right: f64, width: f64) -> f64 {
    const MARGIN: f64 = 16.0;
    if left < 0.0 {
        left - MARGIN
    } else if right > width {
        (right - width + MARGIN).min(left - MARGIN).max(0.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Timeline {
        crate::load(include_str!("../../data/events.json")).unwrap()
    }

    #[test]
    fn lanes_follow_the_height() {
        for (height, eras, want) in [
            (480.0, 1, 8),
            (440.0, 2, 7),
            (120.0, 1, 1),
            (0.0, 0, 1),
            (f64::NAN, 0, 1),
        ] {
            assert_eq!(max_lanes(height, eras, &NORMAL), want, "{height} {eras}");
        }
    }

    #[test]
    fn a_label_cut_by_an_edge_is_brought_in() {
        for (left, right, width, want) in [
            (10.0, 200.0, 1000.0, 0.0),
            (-50.0, 150.0, 1000.0, -66.0),
            (900.0, 1100.0, 1000.0, 116.0),
            // Wider than the strip: its start comes in, no further.
            (300.0, 1600.0, 1000.0, 284.0),
        ] {
            assert_eq!(reveal_px(left, right, width), want, "{left}..{right}");
        }
    }

    #[test]
    fn era_rows_never_overlap() {
        let t = shipped();
        let (d0, d1) = t.default_window;
        for width in [360.0, 1280.0] {
            let (rows, n) = era_rows(&t, &Window::new(d0, d1), width, 4);
            assert!(n >= 1 && !rows.is_empty());
            for a in &rows {
                for b in &rows {
                    if a.era < b.era && a.row == b.row {
                        assert!(a.x1 <= b.x0 || b.x1 <= a.x0, "{a:?} {b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn an_event_in_view_needs_no_move() {
        let t = shipped();
        let l = Limits::around(t.extent);
        let (d0, d1) = t.default_window;
        let w = Window::new(d0, d1);
        let inside = t.event_index("kirov-assassination").unwrap();
        assert_eq!(window_for(&t, inside, &w, &l, false), None);
        let moved = window_for(&t, inside, &w, &l, true).unwrap();
        let e = &t.events[inside];
        assert!((moved.centre() - (e.t0 + e.t1) / 2.0).abs() < 1.0);
        assert!((moved.span() - w.span()).abs() < 1.0, "the zoom stays");
        let before = t.events.iter().position(|e| e.t1 < d0).unwrap();
        let moved = window_for(&t, before, &w, &l, false).unwrap();
        assert!(moved.start <= t.events[before].t0 && moved.end >= t.events[before].t1);
    }

    #[test]
    fn closing_an_event_keeps_every_label_in_its_row() {
        let t = shipped();
        let (d0, d1) = t.default_window;
        let w = Window::new(d0, d1);
        let open = t.event_index("kirov-assassination");
        let r = |open| Ranking {
            open,
            matches: None,
            hide_others: false,
            reveal_last: None,
        };
        for (width, lanes) in [(360.0, 6), (1280.0, 8)] {
            let with = lay_out(&t, &r(open), |_| None, &w, width, lanes, &NORMAL);
            let without = lay_out(
                &t,
                &r(None),
                |i| with.slot(i).map(|s| s.lane),
                &w,
                width,
                lanes,
                &NORMAL,
            );
            for &(i, s) in &with.slots {
                if Some(i) == open {
                    continue;
                }
                assert_eq!(
                    without.slot(i).map(|s| s.lane),
                    Some(s.lane),
                    "event {i} at {width}"
                );
            }
        }
    }
}
