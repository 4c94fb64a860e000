//! Stepping through events, as Previous / Next, the arrow keys and a presentation clicker
//! do: through the events that pass the filters (indices in time order), where the open
//! event stands among them, and where to start when none is open (the first or last one
//! on screen). Pure arithmetic on indices; never reads the page or the state.

use crate::scale::Window;
use crate::Timeline;

/// The event `delta` steps from `current` in `order` (`+1` next, `-1` previous), staying
/// at the ends. An open event that the filters leave out steps to the nearest match that
/// way. With nothing open, `start` is where to begin. `None` for an empty order.
pub fn step(
    order: &[usize],
    current: Option<usize>,
    delta: isize,
    start: Option<usize>,
) -> Option<usize> {
    if order.is_empty() {
        return None;
    }
    let last = order.len() as isize - 1;
    let pos = match current {
        Some(cur) => match order.binary_search(&cur) {
            Ok(p) => p as isize + delta,
            Err(p) => p as isize + if delta > 0 { 0 } else { -1 },
        },
        None => {
            return start.or(Some(if delta > 0 {
                order[0]
            } else {
                order[last as usize]
            }))
        }
    };
    Some(order[pos.clamp(0, last) as usize])
}

/// Where event `i` stands in `order`: its 1-based place (`None` when the filters leave
/// it out), how many there are, and whether it is the first or the last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub place: Option<usize>,
    pub of: usize,
    pub first: bool,
    pub last: bool,
}

pub fn position(order: &[usize], i: usize) -> Position {
    Position {
        place: order.binary_search(&i).ok().map(|p| p + 1),
        of: order.len(),
        first: order.first().is_none_or(|&f| f >= i),
        last: order.last().is_none_or(|&l| l <= i),
    }
}

impl Position {
    /// "3 / 12", or "not in filter".
    pub fn label(&self) -> String {
        match self.place {
            Some(p) => format!("{p} / {}", self.of),
            None => crate::t!("panel-not-in-filter"),
        }
    }
}

/// The first event of `order` (event indices in time order) that is in view in `w`, or
/// with `last`, the last one: what a clicker opens when no event is open. Falls back to
/// the nearest one outside the window, and `None` only for an empty order.
pub fn in_view(t: &Timeline, order: &[usize], w: &Window, last: bool) -> Option<usize> {
    let starts_before_end = order.partition_point(|&i| t.events[i].t0 < w.end);
    let mut visible = order[..starts_before_end]
        .iter()
        .copied()
        .filter(|&i| t.events[i].t1 > w.start);
    let pick = if last {
        visible.next_back()
    } else {
        visible.next()
    };
    pick.or_else(|| {
        if last {
            order[..starts_before_end].last().copied()
        } else {
            order.get(starts_before_end).copied()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Timeline {
        crate::load(include_str!("../../data/events.json")).unwrap()
    }

    #[test]
    fn steps_stay_within_the_order() {
        let order = [2, 5, 9];
        for (current, delta, want) in [
            (Some(5), 1, Some(9)),
            (Some(5), -1, Some(2)),
            (Some(9), 1, Some(9)),
            (Some(2), -1, Some(2)),
            // Filtered out: the nearest match that way.
            (Some(6), 1, Some(9)),
            (Some(6), -1, Some(5)),
            (Some(0), -1, Some(2)),
            (Some(10), 1, Some(9)),
            (None, 1, Some(2)),
            (None, -1, Some(9)),
        ] {
            assert_eq!(
                step(&order, current, delta, None),
                want,
                "{current:?} {delta}"
            );
        }
        assert_eq!(step(&order, None, 1, Some(5)), Some(5));
        assert_eq!(step(&[], Some(3), 1, None), None);
    }

    #[test]
    fn positions_say_where_an_event_stands() {
        let order = [2, 5, 9];
        assert_eq!(position(&order, 5).label(), "2 / 3");
        assert_eq!(position(&order, 6).label(), "not in filter");
        let p = position(&order, 2);
        assert!(p.first && !p.last);
        assert!(position(&order, 9).last);
        assert!(position(&[], 4).first && position(&[], 4).last);
    }

    #[test]
    fn the_clicker_starts_from_what_is_on_screen() {
        let t = shipped();
        let order: Vec<usize> = (0..t.events.len()).collect();
        let (d0, d1) = t.default_window;
        let w = Window::new(d0, d1);
        let first = in_view(&t, &order, &w, false).unwrap();
        let last = in_view(&t, &order, &w, true).unwrap();
        for i in [first, last] {
            assert!(t.events[i].t1 > w.start && t.events[i].t0 < w.end);
        }
        assert!(t.events[..first].iter().all(|e| e.t1 <= w.start));
        assert!(first > 0, "the timeline starts before the window");
        assert!(last + 1 < t.events.len(), "and ends after it");
        assert_eq!(in_view(&t, &[], &w, false), None);
        // Nothing in view: the nearest event that way.
        let empty = Window::new(t.events[0].t0 - 4000.0, t.events[0].t0 - 3000.0);
        assert_eq!(in_view(&t, &order, &empty, false), Some(0));
        assert_eq!(in_view(&t, &order, &empty, true), None);
    }
}
