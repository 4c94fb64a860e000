//! Pages of a projected slide: where each page of a tall block of content starts, so that
//! a clicker steps through it a screen at a time. A page never cuts a line of text (or
//! any box that cannot be cut, an image, a chip) in half: it breaks between lines. Where
//! it can, it breaks before a part (a summary, a dispute, a source's card) rather than
//! inside one, so that each press shows either a whole part that was not seen before or
//! a whole screen of new text; a heading goes with what follows it. Works on offsets
//! measured and handed in; never measures anything itself.

/// One part of the content (`top`, `bottom` in px from the content's top). Parts side by
/// side share a top. `keep`: a heading that must stay on the page of the part after it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Part {
    pub top: f64,
    pub bottom: f64,
    pub keep: bool,
}

/// One page: where it starts (px from the top of the content) and the first part seen
/// on it (an index into the parts handed in), which names the page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Page {
    pub start: f64,
    pub part: usize,
}

/// Sub-pixel rounding of measured boxes must not open a page of its own.
const SLACK: f64 = 1.0;

/// Whether a break at `y` cuts none of `lines` (each `(top, bottom)`).
fn clean(lines: &[(f64, f64)], y: f64) -> bool {
    lines
        .iter()
        .all(|&(top, bottom)| bottom <= y + SLACK || top >= y - SLACK)
}

/// The lowest break in `(from, to]` that cuts no line: `to` itself, or the lowest line
/// edge above it that no other line crosses (lines side by side, in columns, must all
/// have a gap there).
fn lowest_clean(lines: &[(f64, f64)], from: f64, to: f64) -> Option<f64> {
    let mut candidates: Vec<f64> = std::iter::once(to)
        .chain(lines.iter().flat_map(|&(top, bottom)| [top, bottom]))
        .filter(|&y| y > from + SLACK && y <= to + SLACK)
        .collect();
    candidates.sort_by(|a, b| b.total_cmp(a));
    candidates
        .into_iter()
        .find(|&y| clean(lines, y))
        .map(|y| y.min(to))
}

/// Pages of content made of `parts` and `lines` (every line box of its text, and every
/// box that cannot be cut), shown `height` px at a time. Always at least one page; the
/// same content and height always give the same pages.
pub fn pages(parts: &[Part], lines: &[(f64, f64)], height: f64) -> Vec<Page> {
    let mut out = vec![Page {
        start: 0.0,
        part: first_part_at(parts, 0.0),
    }];
    if height.is_nan() || height <= SLACK {
        return out;
    }
    let end = parts
        .iter()
        .map(|p| p.bottom)
        .chain(lines.iter().map(|l| l.1))
        .fold(0.0, f64::max);
    let mut start = 0.0;
    while end > start + height + SLACK {
        let limit = start + height;
        let next = part_break(parts, lines, start, limit)
            .or_else(|| lowest_clean(lines, start, limit))
            // One box taller than a page: it continues a page further down.
            .unwrap_or(limit);
        start = next;
        out.push(Page {
            start,
            part: first_part_at(parts, start),
        });
    }
    out
}

/// The part a page starting at `y` is named after: the first part seen on it.
fn first_part_at(parts: &[Part], y: f64) -> usize {
    (0..parts.len())
        .filter(|&k| parts[k].bottom > y + SLACK)
        .min_by(|&a, &b| parts[a].top.total_cmp(&parts[b].top).then(a.cmp(&b)))
        .unwrap_or(0)
}

/// A break before a part, for a page starting at `start` that can show up to `limit`:
/// the lowest part top in `(start, limit]` that cuts no line, moved up above a heading
/// that must stay with it; taken only if the page then shows at least one whole part
/// that starts on it (else the page is better filled with lines).
fn part_break(parts: &[Part], lines: &[(f64, f64)], start: f64, limit: f64) -> Option<f64> {
    let mut tops: Vec<f64> = parts
        .iter()
        .map(|p| p.top)
        .filter(|&t| t > start + SLACK && t <= limit + SLACK && clean(lines, t))
        .collect();
    tops.sort_by(|a, b| b.total_cmp(a));
    tops.dedup_by(|a, b| (*a - *b).abs() <= SLACK);
    for top in tops {
        let y = keep_with_next(parts, top);
        let shows_a_whole_part = parts
            .iter()
            .any(|p| p.top >= start - SLACK && p.bottom <= y + SLACK && !p.keep);
        if y > start + SLACK && shows_a_whole_part && clean(lines, y) {
            return Some(y);
        }
    }
    None
}

/// A break at `y` moved up above the headings that must stay with the part at `y`.
fn keep_with_next(parts: &[Part], mut y: f64) -> f64 {
    loop {
        // The heading that ends last before `y`, if it is the last thing before `y`.
        let before = parts
            .iter()
            .filter(|p| p.bottom <= y + SLACK)
            .max_by(|a, b| a.bottom.total_cmp(&b.bottom));
        match before {
            Some(h) if h.keep && h.top < y - SLACK => y = h.top,
            _ => return y,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(top: f64, bottom: f64) -> Part {
        Part {
            top,
            bottom,
            keep: false,
        }
    }

    fn heading(top: f64, bottom: f64) -> Part {
        Part {
            top,
            bottom,
            keep: true,
        }
    }

    /// Lines of `h` px from `top` to `bottom` (the text of a part).
    fn lines(top: f64, bottom: f64, h: f64) -> Vec<(f64, f64)> {
        let mut out = Vec::new();
        let mut y = top;
        while y + h <= bottom + 0.01 {
            out.push((y, y + h));
            y += h;
        }
        out
    }

    fn starts(parts: &[Part], lines: &[(f64, f64)], height: f64) -> Vec<(f64, usize)> {
        pages(parts, lines, height)
            .iter()
            .map(|p| (p.start, p.part))
            .collect()
    }

    #[test]
    fn everything_on_one_page() {
        let p = [part(0.0, 100.0), part(110.0, 300.0)];
        assert_eq!(starts(&p, &lines(0.0, 300.0, 30.0), 400.0), [(0.0, 0)]);
        assert_eq!(starts(&[], &[], 400.0), [(0.0, 0)]);
        // Within a pixel of fitting still fits.
        assert_eq!(starts(&[part(0.0, 400.8)], &[], 400.0), [(0.0, 0)]);
    }

    #[test]
    fn a_part_that_would_be_cut_starts_the_next_page() {
        // Summary, a dispute, then two rows of source cards side by side.
        let parts = [
            part(0.0, 150.0),
            part(170.0, 330.0),
            part(350.0, 600.0),
            part(350.0, 560.0),
            part(620.0, 900.0),
        ];
        let mut ls = lines(0.0, 150.0, 30.0);
        ls.extend(lines(170.0, 330.0, 32.0));
        ls.extend(lines(350.0, 600.0, 25.0));
        ls.extend(lines(620.0, 900.0, 28.0));
        assert_eq!(
            starts(&parts, &ls, 400.0),
            [(0.0, 0), (350.0, 2), (620.0, 4)]
        );
    }

    #[test]
    fn a_part_taller_than_a_page_breaks_between_its_lines() {
        // 30 px lines: a page of 400 px holds 13 whole lines of the tall part.
        let parts = [part(0.0, 100.0), part(120.0, 1000.0)];
        let mut ls = lines(0.0, 90.0, 30.0);
        ls.extend(lines(120.0, 1000.0, 30.0));
        let got = pages(&parts, &ls, 400.0);
        for w in got.windows(2) {
            let (a, b) = (w[0].start, w[1].start);
            assert!(b > a && b <= a + 400.0 + SLACK, "{got:?}");
        }
        for p in &got {
            assert!(clean(&ls, p.start), "page at {} cuts a line", p.start);
            // The first page ends before the tall part (it shows the summary whole);
            // later pages start on a line of it.
            assert!(p.start == 0.0 || ls.iter().any(|l| (l.0 - p.start).abs() < 0.01));
        }
        assert_eq!(got[1].start, 120.0);
        assert!(got.last().unwrap().start + 400.0 >= 1000.0);
    }

    #[test]
    fn a_heading_goes_with_what_follows_it() {
        // A heading (keep) ends the first page's room; the cards after it open the next.
        let parts = [
            part(0.0, 300.0),
            heading(310.0, 340.0),
            part(350.0, 500.0),
            part(350.0, 560.0),
        ];
        let ls = lines(0.0, 560.0, 10.0);
        assert_eq!(starts(&parts, &ls, 400.0), [(0.0, 0), (310.0, 1)]);
    }

    #[test]
    fn a_page_with_no_whole_part_fills_up_with_lines() {
        // A tall part's last line would be all a page shows if the next part had to start
        // the page after: instead the page is filled with lines of what follows.
        let parts = [part(0.0, 430.0), part(440.0, 800.0)];
        let mut ls = lines(0.0, 430.0, 30.0);
        ls.extend(lines(440.0, 800.0, 30.0));
        let got = pages(&parts, &ls, 400.0);
        assert_eq!(got[0].start, 0.0);
        assert_eq!(got[1].start, 390.0, "after 13 whole lines");
        assert!(got[2].start > 440.0 + 30.0, "{got:?}");
        assert!(got.iter().all(|p| clean(&ls, p.start)));
    }

    #[test]
    fn columns_break_where_every_column_has_a_gap() {
        // Two columns whose lines line up only every 90 px (30 px and 45 px lines, each
        // glyph box 2 px short of its line at both ends): a break must fall in a gap of
        // both, at 360 px, not at the first gap of one column below the page's end.
        let glyphs = |h: f64| {
            lines(0.0, 900.0, h)
                .into_iter()
                .map(|(a, b)| (a + 2.0, b - 2.0))
                .collect::<Vec<_>>()
        };
        let mut ls = glyphs(30.0);
        ls.extend(glyphs(45.0));
        let got = pages(&[part(0.0, 900.0)], &ls, 400.0);
        assert!((358.0..=362.0).contains(&got[1].start), "{got:?}");
        for p in &got {
            assert!(clean(&ls, p.start), "{got:?}");
        }
    }

    #[test]
    fn no_height_means_one_page() {
        assert_eq!(starts(&[part(0.0, 900.0)], &[], 0.0), [(0.0, 0)]);
        assert_eq!(starts(&[part(0.0, 900.0)], &[], f64::NAN), [(0.0, 0)]);
    }

    #[test]
    fn one_box_taller_than_a_page_still_moves_on() {
        let got = starts(&[part(0.0, 900.0)], &[(0.0, 900.0)], 400.0);
        assert_eq!(got, [(0.0, 0), (400.0, 0), (800.0, 0)]);
    }
}
