//! The visible window's dates in a link: rounded to months for wide windows and to days
//! for narrow ones, so a link names a window compactly. Never reads or clamps a window.

use crate::date::HistDate;

/// Dates naming a window compactly: months for wide windows, days for narrow ones.
pub fn window_dates(start: f64, end: f64) -> (HistDate, HistDate) {
    use chrono::Datelike;
    let a = crate::date::date_of_value(start.round());
    let b = crate::date::date_of_value((end - 1.0).round().max(start.round()));
    let months = end - start > 2.0 * 365.0;
    let mk = |d: chrono::NaiveDate| HistDate {
        year: d.year(),
        month: Some(d.month()),
        day: (!months).then_some(d.day()),
        circa: false,
    };
    (mk(a), mk(b))
}
