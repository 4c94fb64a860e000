//! Each source's coverage of the shipped timeline: counts, years and density.

use timeline_core::coverage::{describe, of};
use timeline_core::{load, Timeline};

fn shipped() -> Timeline {
    load(include_str!("../../data/events.json")).unwrap()
}

#[test]
fn each_source_counts_the_events_that_cite_it_and_where_they_fall() {
    let t = shipped();
    for s in &t.sources {
        let c = of(&t, &s.id, 40);
        let citing = t
            .events
            .iter()
            .filter(|e| e.citations.iter().any(|c| c.source == s.id))
            .count();
        assert_eq!(c.events, citing, "{}", s.id);
        assert_eq!(c.bins.iter().sum::<usize>(), citing, "{}", s.id);
        assert_eq!(c.bins.len(), 40);
    }
    // The flashcards cover 1928-1937 only; the study guide runs from 1879 to 1988.
    let cards = of(&t, "flashcards", 40);
    let (a, b) = cards.years.unwrap();
    assert!(a >= 1928 && b <= 1938, "{a}-{b}");
    let guide = of(&t, "study-guide", 40);
    assert_eq!(guide.years, Some((1879, 1988)));
    // The flashcards' events all fall in a few bins; the study guide's spread wide.
    let used = |c: &timeline_core::coverage::Coverage| c.bins.iter().filter(|&&n| n > 0).count();
    assert!(used(&cards) < used(&guide));
}

#[test]
fn the_scale_runs_from_the_first_to_the_last_year() {
    assert_eq!(
        timeline_core::coverage::extent_labels(&shipped()),
        ("1879".to_string(), "1988".to_string())
    );
}

#[test]
fn descriptions() {
    let t = shipped();
    assert_eq!(describe(&of(&t, "nobody", 10)), "no events");
    let d = describe(&of(&t, "flashcards", 10));
    assert!(d.ends_with("1937") && d.contains(" events, 19"), "{d}");
}
