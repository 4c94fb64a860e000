//! A timeline → our own format, as [`crate::load`] reads it back: nothing is lost. Never
//! reads files; builds text.

use super::Exported;
use crate::date::{year_of_value, year_start_value, Moment, Precision};
use crate::model::{RawDataset, RawEra, RawEvent, RawWindow, Timeline};

/// The window `a..b` (day values) as dates of the coarsest precision that gives it back:
/// years, months or days.
fn window(a: f64, b: f64) -> RawWindow {
    let (ya, yb) = (year_of_value(a), year_of_value(b - 1e-6));
    if year_start_value(ya) == a && year_start_value(yb + 1) == b {
        let y = |year| {
            Moment {
                year,
                month: None,
                day: None,
                hour: None,
                minute: None,
                circa: false,
            }
            .to_iso()
        };
        return RawWindow {
            from: y(ya),
            to: y(yb),
        };
    }
    let (from, to) = (
        Moment::of_value(a, Precision::Day),
        Moment::of_value(b - 1e-6, Precision::Day),
    );
    let month = |m: Moment| Moment { day: None, ..m };
    if month(from).start_value() == a && month(to).end_value() == b {
        return RawWindow {
            from: month(from).to_iso(),
            to: month(to).to_iso(),
        };
    }
    RawWindow {
        from: from.to_iso(),
        to: to.to_iso(),
    }
}

/// The timeline in our own format, as [`crate::load`] reads it back (to the same
/// timeline, but for the notices loading gave).
pub fn to_ours(t: &Timeline) -> RawDataset {
    RawDataset {
        schema: None,
        title: t.title.clone(),
        subtitle: t.subtitle.clone(),
        lang: t.lang.clone(),
        media: t.media.clone(),
        default_window: (t.default_window != t.extent)
            .then(|| window(t.default_window.0, t.default_window.1)),
        sources: t.sources.clone(),
        categories: t.categories.clone(),
        people: t.people.clone(),
        eras: t
            .eras
            .iter()
            .map(|e| RawEra {
                id: e.id.clone(),
                label: e.label.clone(),
                start: e.start.to_iso(),
                end: e.end.to_iso(),
                note: e.note.clone(),
                sources: e.sources.clone(),
            })
            .collect(),
        events: t
            .events
            .iter()
            .map(|e| RawEvent {
                id: e.id.clone(),
                title: e.title.clone(),
                start: e.start.to_iso(),
                end: e.end.map(|d| d.to_iso()),
                display_date: e.display_date.clone(),
                summary: e.summary.clone(),
                categories: e
                    .categories
                    .iter()
                    .map(|&c| t.categories[c].id.clone())
                    .collect(),
                people: e.people.iter().map(|&p| t.people[p].id.clone()).collect(),
                citations: e.citations.clone(),
                disputes: e.disputes.clone(),
                note: e.note.clone(),
                media: e.media.clone(),
            })
            .collect(),
        tours: t.tours.clone(),
    }
}

/// The timeline as our own JSON (pretty-printed); nothing is lost.
pub fn to_json(t: &Timeline) -> Exported {
    Exported {
        text: serde_json::to_string_pretty(&to_ours(t)).expect("a dataset serialises") + "\n",
        notice: Vec::new(),
    }
}
