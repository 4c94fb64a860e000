//! Pages of a projected slide: where each page of a tall block of content starts, so that
//! a clicker steps through it a screen at a time and no part (a paragraph, a source's
//! card, a dispute) is cut at the bottom of a page when it could start the next one
//! instead. Works on offsets handed in; never measures anything.

/// One page: where it starts (px from the top of the content) and the first part seen on
/// it (an index into the parts handed in), which names the page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Page {
    pub start: f64,
    pub part: usize,
}

/// Pages of content made of `parts` (`(top, bottom)` in px, in document order; parts side
/// by side share a top) shown `height` px at a time. A part that does not fit below the
/// current page's start opens a new page at its top; a part taller than a page continues
/// a page further down. Always at least one page.
pub fn pages(parts: &[(f64, f64)], height: f64) -> Vec<Page> {
    // Sub-pixel rounding of measured boxes must not open a page of its own.
    const SLACK: f64 = 1.0;
    let mut out = vec![Page {
        start: 0.0,
        part: 0,
    }];
    if height.is_nan() || height <= SLACK {
        return out;
    }
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|&a, &b| parts[a].0.total_cmp(&parts[b].0).then(a.cmp(&b)));
    let mut start = 0.0;
    for k in order {
        let (top, bottom) = parts[k];
        while bottom > start + height + SLACK {
            start = if top > start + SLACK {
                top
            } else {
                start + height
            };
            out.push(Page { start, part: k });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(parts: &[(f64, f64)], height: f64, want: &[(f64, usize)]) {
        let got: Vec<(f64, usize)> = pages(parts, height)
            .iter()
            .map(|p| (p.start, p.part))
            .collect();
        assert_eq!(got, want, "{parts:?} at {height}");
    }

    #[test]
    fn everything_on_one_page() {
        check(&[(0.0, 100.0), (110.0, 300.0)], 400.0, &[(0.0, 0)]);
        check(&[], 400.0, &[(0.0, 0)]);
        // Within a pixel of fitting still fits.
        check(&[(0.0, 400.8)], 400.0, &[(0.0, 0)]);
    }

    #[test]
    fn a_part_that_would_be_cut_starts_the_next_page() {
        // Summary, a dispute, then two rows of source cards side by side.
        let parts = [
            (0.0, 150.0),
            (170.0, 330.0),
            (350.0, 600.0),
            (350.0, 560.0),
            (620.0, 900.0),
        ];
        check(&parts, 400.0, &[(0.0, 0), (350.0, 2), (620.0, 4)]);
    }

    #[test]
    fn a_part_taller_than_a_page_continues_a_page_at_a_time() {
        check(
            &[(0.0, 100.0), (120.0, 1000.0)],
            400.0,
            &[(0.0, 0), (120.0, 1), (520.0, 1), (920.0, 1)],
        );
    }

    #[test]
    fn no_height_means_one_page() {
        check(&[(0.0, 900.0)], 0.0, &[(0.0, 0)]);
        check(&[(0.0, 900.0)], f64::NAN, &[(0.0, 0)]);
    }
}
