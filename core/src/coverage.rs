//! Where in time each source speaks: how many events cite it, the years of the first and
//! last of them, and a density over the timeline's extent in equal bins (drawn as a small
//! strip beside the source). Pure counting; never draws.

use crate::Timeline;

/// One source's coverage of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// Events that cite the source.
    pub events: usize,
    /// Year of the earliest start and of the latest end among them.
    pub years: Option<(i64, i64)>,
    /// Events citing it per equal slice of the timeline's extent, earliest first.
    pub bins: Vec<usize>,
}

/// The coverage of source `id`, its density in `bins` slices (at least one).
pub fn of(t: &Timeline, id: &str, bins: usize) -> Coverage {
    among(t, id, bins, 0..t.events.len())
}

/// The coverage of source `id` among the events `shown` (indices), as [`of`] for all.
pub fn among(
    t: &Timeline,
    id: &str,
    bins: usize,
    shown: impl IntoIterator<Item = usize>,
) -> Coverage {
    let bins = bins.max(1);
    let (lo, hi) = t.extent;
    let width = (hi - lo).max(1.0);
    let mut out = Coverage {
        events: 0,
        years: None,
        bins: vec![0; bins],
    };
    for e in shown.into_iter().filter_map(|i| t.events.get(i)) {
        if !e.citations.iter().any(|c| c.source == id) {
            continue;
        }
        out.events += 1;
        let (first, last) = (
            e.start.year,
            e.end.as_ref().map_or(e.start.year, |d| d.year),
        );
        out.years = Some(match out.years {
            Some((a, b)) => (a.min(first), b.max(last)),
            None => (first, last),
        });
        let mid = (e.t0 + e.t1) / 2.0;
        let k = (((mid - lo) / width) * bins as f64).floor();
        out.bins[(k.max(0.0) as usize).min(bins - 1)] += 1;
    }
    out
}

/// "18 events, 1928–1937" (or "no events").
pub fn describe(c: &Coverage) -> String {
    match (c.events, span(c)) {
        (0, _) | (_, None) => crate::t!("coverage-none"),
        (n, Some(years)) => crate::t!("coverage", n = n, years = years),
    }
}

/// The years its events run over: "1928–1937", "1937" (`None` without events).
pub fn span(c: &Coverage) -> Option<String> {
    let label = crate::date::year_text;
    c.years.map(|(a, b)| {
        if a == b {
            label(a)
        } else {
            crate::t!("date-span", from = label(a), to = label(b))
        }
    })
}

/// The years at the two ends of the timeline's extent as readers write them ("300 BC",
/// "1937", "4.6 Ga"), for the density strip's scale.
pub fn extent_labels(t: &Timeline) -> (String, String) {
    let year = |v: f64| crate::date::year_text(crate::date::year_of_value(v));
    // The extent ends on the day after its last day.
    (year(t.extent.0), year(t.extent.1 - 1e-6))
}
