//! Where a document stands, in words: document names joined as a reader writes them, one
//! disputed point ("agrees with Study guide on “When”"), and a document on an event. Never
//! judges what the sources say beyond the records.

use super::{Point, PointStanding, Report, Standing};
use crate::model::Timeline;
use crate::t;

/// Document names joined as a reader writes them: "A", "A and B", "A, B and C". Short
/// titles, as the compare table's heads; an index out of range is left out.
pub fn names(t: &Timeline, sources: &[usize]) -> String {
    let names: Vec<&str> = sources
        .iter()
        .filter_map(|&s| t.sources.get(s))
        .map(|s| s.short())
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => t!("names-and", first = rest.join(", "), last = *last),
    }
}

/// One disputed point in words, without the document's name (the cell or card gives
/// it): "agrees with Study guide on “Officers purged”", "differs from School page and
/// Web article on “When”", "is the only document with a value on “What became of the
/// delegates”" (it gives two itself).
pub fn point_phrase(t: &Timeline, event: usize, p: &Point) -> String {
    let about = t
        .events
        .get(event)
        .and_then(|e| e.disputes.get(p.dispute))
        .map_or("", |d| d.about.as_str());
    match p.standing {
        PointStanding::Agrees => t!("point-agrees", who = names(t, &p.with), about = about),
        PointStanding::Differs => {
            t!("point-differs", who = names(t, &p.against), about = about)
        }
        PointStanding::Alone => t!("point-alone", about = about),
    }
}

/// A document's standing on an event in words, without its name: its disputed points
/// joined by "; ", agreements first ("agrees with Study guide on “How many died”; differs
/// from Study guide and Web article on “How many were sent to the camps”"), or what its
/// word means.
pub fn phrase(t: &Timeline, event: usize, r: &Report) -> String {
    match r.standing {
        Standing::Silent => t!("phrase-silent"),
        Standing::Only if r.points.is_empty() => t!("phrase-only"),
        Standing::Only => t!("phrase-only-points", points = points_phrase(t, event, r)),
        Standing::Speaks if r.points.is_empty() => t!("phrase-speaks", n = r.others),
        _ => points_phrase(t, event, r),
    }
}

/// The points agreed on first, as the word says, then those it differs on, then the rest.
fn points_phrase(t: &Timeline, event: usize, r: &Report) -> String {
    let rank = |p: &&Point| match p.standing {
        PointStanding::Agrees => 0,
        PointStanding::Differs => 1,
        PointStanding::Alone => 2,
    };
    let mut points: Vec<&Point> = r.points.iter().collect();
    points.sort_by_key(rank);
    points
        .into_iter()
        .map(|p| point_phrase(t, event, p))
        .collect::<Vec<_>>()
        .join("; ")
}
