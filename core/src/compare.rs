//! The compare table's cells: for one event and one source document, what the document
//! says of the event (its citations), which disputed values it gives, or that it is
//! silent; and each cell's accessible name. Pure; never draws.

use crate::model::{Citation, Event, Timeline};
use std::collections::BTreeSet;

/// One event as one source tells it.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell<'a> {
    /// The source's citations for the event, in the event's order.
    pub says: Vec<&'a Citation>,
    /// The disputed points on which this source gives a value: (what differs, its value).
    pub disputed: Vec<(&'a str, &'a str)>,
}

impl Cell<'_> {
    /// The source does not speak of the event.
    pub fn silent(&self) -> bool {
        self.says.is_empty() && self.disputed.is_empty()
    }
}

/// What source `source` (an id) says of event `e`.
pub fn cell<'a>(e: &'a Event, source: &str) -> Cell<'a> {
    let says = e.citations.iter().filter(|c| c.source == source).collect();
    let disputed = e
        .disputes
        .iter()
        .flat_map(|d| {
            d.claims
                .iter()
                .filter(|c| c.sources.iter().any(|s| s == source))
                .map(move |c| (d.about.as_str(), c.value.as_str()))
        })
        .collect();
    Cell { says, disputed }
}

/// What a cell says before its content, for a screen reader (the content itself, its
/// values and claims or "silent", completes the cell's name): "Study guide on “Purge of
/// the Red Army”: (sources differ) ".
pub fn lead(source: &str, event_title: &str, c: &Cell) -> String {
    if c.disputed.is_empty() {
        crate::t!("compare-lead", source = source, event = event_title)
    } else {
        crate::t!("compare-lead-differ", source = source, event = event_title)
    }
}

/// The sources the table shows as columns (indices into `Timeline::sources`): those a
/// "By source" filter picks, in the timeline's order, unless `all` asks for every one;
/// every source when the filter picks none (or none the timeline has).
pub fn columns(t: &Timeline, picked: &BTreeSet<String>, all: bool) -> Vec<usize> {
    let chosen: Vec<usize> = (0..t.sources.len())
        .filter(|&k| all || picked.contains(&t.sources[k].id))
        .collect();
    if chosen.is_empty() {
        (0..t.sources.len()).collect()
    } else {
        chosen
    }
}

/// A cell of the compare grid: (row, column).
pub type At = (usize, usize);

/// Where a key moves the cursor of the compare grid: `rows` event rows under a head row
/// (row 0; event `k` is row `k + 1`) and `cols` columns (column 0 the event, `s + 1`
/// source `s`); `page` rows make a page. `None`: the key is not the grid's.
pub fn moved(
    (r, c): At,
    key: &str,
    ctrl: bool,
    rows: usize,
    cols: usize,
    page: usize,
) -> Option<At> {
    let last_r = rows;
    let last_c = cols - 1;
    Some(match key {
        "ArrowUp" => (r.saturating_sub(1), c),
        "ArrowDown" => ((r + 1).min(last_r), c),
        "ArrowLeft" => (r, c.saturating_sub(1)),
        "ArrowRight" => (r, (c + 1).min(last_c)),
        "Home" if ctrl => (1.min(last_r), 0),
        "End" if ctrl => (last_r, last_c),
        "Home" => (r, 0),
        "End" => (r, last_c),
        "PageUp" => (r.saturating_sub(page).max(1.min(r)), c),
        "PageDown" => ((r + page).min(last_r), c),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn keys_move_within_the_grid() {
        for (at, key, ctrl, want) in [
            ((1, 0), "ArrowUp", false, Some((0, 0))),
            ((0, 0), "ArrowUp", false, Some((0, 0))),
            ((10, 5), "ArrowDown", false, Some((10, 5))),
            ((3, 5), "ArrowRight", false, Some((3, 5))),
            ((3, 2), "Home", false, Some((3, 0))),
            ((3, 2), "End", true, Some((10, 5))),
            ((7, 2), "Home", true, Some((1, 0))),
            ((2, 2), "PageUp", false, Some((1, 2))),
            ((2, 2), "PageDown", false, Some((6, 2))),
            ((2, 2), "x", false, None),
        ] {
            assert_eq!(moved(at, key, ctrl, 10, 6, 4), want, "{at:?} {key}");
        }
    }

    fn shipped() -> crate::Timeline {
        crate::load(include_str!("../../data/events.json")).unwrap()
    }

    #[test]
    fn cells_gather_citations_and_disputed_values_per_source() {
        let t = shipped();
        let army = &t.events[t.event_index("army-purge").unwrap()];
        let school = cell(army, "school-page");
        assert_eq!(school.says.len(), 2);
        assert_eq!(
            school.disputed,
            vec![("Officers purged", "About 25,000, one fifth of the officers")]
        );
        let guide = cell(army, "study-guide");
        assert_eq!(guide.disputed.len(), 4, "{:?}", guide.disputed);
        assert!(cell(army, "flashcards").silent());
        assert!(cell(army, "no-such-source").silent());
    }

    #[test]
    fn a_source_filter_picks_the_columns() {
        let t = shipped();
        let none = BTreeSet::new();
        assert_eq!(
            columns(&t, &none, false),
            (0..t.sources.len()).collect::<Vec<_>>()
        );
        let guide: BTreeSet<String> = ["study-guide".to_string()].into();
        let k = t
            .sources
            .iter()
            .position(|s| s.id == "study-guide")
            .unwrap();
        assert_eq!(columns(&t, &guide, false), vec![k]);
        assert_eq!(columns(&t, &guide, true).len(), t.sources.len());
        let unknown: BTreeSet<String> = ["nowhere".to_string()].into();
        assert_eq!(columns(&t, &unknown, false).len(), t.sources.len());
    }

    #[test]
    fn leads_say_who_speaks_of_what() {
        let t = shipped();
        let army = &t.events[t.event_index("army-purge").unwrap()];
        assert_eq!(
            lead("School page", &army.title, &cell(army, "school-page")),
            "School page on “Purge of the Red Army”: (sources differ) "
        );
        assert_eq!(
            lead("Flashcards", &army.title, &cell(army, "flashcards")),
            "Flashcards on “Purge of the Red Army”: "
        );
    }
}
