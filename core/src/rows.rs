//! Long lists drawn a window at a time: which rows of equal height are near the visible
//! part of a scrolled list, so a list of 100,000 events keeps a few dozen rows in the
//! page. Pure arithmetic; never touches the page.

/// Rows `first..end` to draw for a list of `n` rows of `row_h` px scrolled to
/// `scroll_top`, seen through `viewport` px, with `extra` rows drawn beyond each edge.
pub fn window(
    scroll_top: f64,
    viewport: f64,
    row_h: f64,
    n: usize,
    extra: usize,
) -> (usize, usize) {
    if n == 0 || row_h.is_nan() || row_h <= 0.0 {
        return (0, 0);
    }
    let top = if scroll_top.is_finite() {
        scroll_top.max(0.0)
    } else {
        0.0
    };
    let seen = if viewport.is_finite() {
        viewport.max(0.0)
    } else {
        0.0
    };
    let first = ((top / row_h).floor() as usize).min(n - 1);
    let last = (((top + seen) / row_h).ceil() as usize).min(n);
    (
        first.saturating_sub(extra),
        last.saturating_add(extra).min(n).max(first + 1),
    )
}

/// The scroll position that shows row `k` whole, moving as little as possible from
/// `scroll_top`.
pub fn reveal(scroll_top: f64, viewport: f64, row_h: f64, k: usize) -> f64 {
    let (top, bottom) = (k as f64 * row_h, (k + 1) as f64 * row_h);
    if top < scroll_top {
        top
    } else if bottom > scroll_top + viewport {
        (bottom - viewport).max(0.0)
    } else {
        scroll_top
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_cover_what_is_seen_and_a_little_more() {
        for (scroll, viewport, n, extra, want) in [
            (0.0, 440.0, 100_000, 5, (0, 15)),
            (4400.0, 440.0, 100_000, 5, (95, 115)),
            (4405.0, 440.0, 100_000, 0, (100, 111)),
            (4_399_560.0, 440.0, 100_000, 5, (99_985, 100_000)),
            (1e12, 440.0, 100_000, 5, (99_994, 100_000)),
            (-50.0, 440.0, 3, 5, (0, 3)),
            (0.0, 440.0, 0, 5, (0, 0)),
            (f64::NAN, f64::NAN, 10, 1, (0, 1)),
        ] {
            assert_eq!(
                window(scroll, viewport, 44.0, n, extra),
                want,
                "{scroll} {n}"
            );
        }
    }

    #[test]
    fn revealing_a_row_scrolls_no_further_than_needed() {
        assert_eq!(reveal(0.0, 440.0, 44.0, 3), 0.0);
        assert_eq!(reveal(0.0, 440.0, 44.0, 10), 44.0);
        assert_eq!(reveal(880.0, 440.0, 44.0, 5), 220.0);
    }
}
