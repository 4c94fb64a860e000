//! The overview strip's drawing: the density of events over the whole span as an SVG
//! path, and where the visible window sits on it (the brush). For the app's overview and
//! the build's pre-rendered one alike. Never handles pointers (the app maps them to
//! `scale::Window`).

use crate::scale::{density, push_decimal, Limits, Window};
use crate::Timeline;

/// Height of the overview's drawing, px (as `.overview svg` in the stylesheet).
pub const HEIGHT: f64 = 40.0;
/// Width of one density bar, px.
pub const BIN_PX: f64 = 4.0;

/// The density path of the events `shown(i)` lets through, `width` px wide: one bar per
/// `BIN_PX`, as tall as the square root of its share of the fullest (a few events still
/// show). Integer arithmetic (`push_decimal`) keeps float formatting out of the code.
pub fn path(t: &Timeline, shown: impl Fn(usize) -> bool, limits: &Limits, width: f64) -> String {
    let bins = (width / BIN_PX).max(1.0) as usize;
    let counts = density(
        t.events
            .iter()
            .enumerate()
            .filter(|(i, _)| shown(*i))
            .map(|(_, e)| e.t0),
        limits.lo,
        limits.hi,
        bins,
    );
    let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
    let mut d = String::from("M0,40");
    for (i, c) in counts.iter().enumerate() {
        let h = if *c == 0 {
            0.0
        } else {
            3.0 + (HEIGHT - 6.0) * (*c as f64 / max).sqrt()
        };
        let x = i as f64 * BIN_PX;
        d.push_str(" V");
        push_decimal(&mut d, HEIGHT - h, 1);
        d.push_str(" H");
        push_decimal(&mut d, x + BIN_PX, 1);
    }
    d.push_str(" V40 Z");
    d
}

/// The brush for window `w` on an overview `width` px wide: its left edge and width, px
/// (at least 4 px, so a narrow window is still seen).
pub fn brush(w: &Window, limits: &Limits, width: f64) -> (f64, f64) {
    let whole = Window::new(limits.lo, limits.hi);
    let x0 = whole.x_of(w.start, width).max(0.0);
    let x1 = whole.x_of(w.end, width).min(width);
    (x0, (x1 - x0).max(4.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_path_spans_the_width_and_the_brush_the_window() {
        let t = crate::load(include_str!("../../data/events.json")).unwrap();
        let l = Limits::for_timeline(&t);
        let p = path(&t, |_| true, &l, 400.0);
        assert!(p.starts_with("M0,40") && p.ends_with(" V40 Z"));
        assert_eq!(p.matches(" H").count(), 100, "one bar per 4 px");
        assert!(p.contains(" V3.0 "), "the fullest bin reaches the top");
        let (d0, d1) = t.default_window;
        let (x, w) = brush(&Window::new(d0, d1), &l, 400.0);
        assert!(x > 0.0 && x + w < 400.0 && w > 4.0);
        let everything = brush(&Window::new(l.lo, l.hi), &l, 400.0);
        assert_eq!(everything, (0.0, 400.0));
    }
}
