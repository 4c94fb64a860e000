//! Filtering and search on the shipped dataset: what a teacher filtering to one strand,
//! or a student searching a name in another spelling, would see.

use std::collections::BTreeSet;
use timeline_core::filter::{apply, normalise, Filter, SearchIndex};
use timeline_core::{load, Timeline};

fn shipped() -> Timeline {
    load(include_str!("../../data/events.json")).unwrap()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

fn ids_matching(t: &Timeline, f: &Filter) -> Vec<String> {
    let m = apply(t, &SearchIndex::new(t), f);
    t.events
        .iter()
        .zip(m.event)
        .filter(|(_, m)| *m)
        .map(|(e, _)| e.id.clone())
        .collect()
}

#[test]
fn normalise_folds_case_accents_and_punctuation() {
    for (input, expected) in [
        ("Zinovyev", "zinovyev"),
        ("Béla  Kún", "bela kun"),
        ("Stalin´s purges", "stalin s purges"),
        ("  'Doctors' Plot' ", "doctors plot"),
        ("ГУЛАГ", "гулаг"),
        (
            "Łódź, Kraków, Brno-Žabovřesky",
            "lodz krakow brno zabovresky",
        ),
        ("Ежов Ёжик", "ежов ежик"),
    ] {
        assert_eq!(normalise(input), expected);
    }
}

#[test]
fn table_of_filters() {
    let t = shipped();
    // (filter, an event that must match, an event that must not)
    let cases: Vec<(Filter, &str, &str)> = vec![
        (
            Filter {
                categories: set(&["army"]),
                ..Default::default()
            },
            "tukhachevsky-shot",
            "kirov-assassination",
        ),
        (
            Filter {
                categories: set(&["army", "show-trials"]),
                ..Default::default()
            },
            "first-moscow-trial",
            "famine-1932-1933",
        ),
        (
            Filter {
                people: set(&["zinoviev"]),
                ..Default::default()
            },
            "first-moscow-trial",
            "tukhachevsky-shot",
        ),
        (
            Filter {
                sources: set(&["flashcards"]),
                ..Default::default()
            },
            "nadezhda-suicide",
            "stalin-born",
        ),
        (
            Filter {
                text: "Zinovyev".into(),
                ..Default::default()
            },
            "zinoviev-kamenev-1935",
            "army-purge",
        ),
        (
            Filter {
                text: "tukhachevski".into(),
                ..Default::default()
            },
            "tukhachevsky-shot",
            "kirov-assassination",
        ),
        (
            Filter {
                text: "TOMSKEY".into(),
                ..Default::default()
            },
            "right-opposition-defeated",
            "famine-1932-1933",
        ),
        (
            Filter {
                text: "bela kun".into(),
                ..Default::default()
            },
            "bela-kun-shot",
            "stalin-born",
        ),
        // AND across kinds: army events that the school page speaks of.
        (
            Filter {
                categories: set(&["army"]),
                sources: set(&["school-page"]),
                ..Default::default()
            },
            "army-purge",
            "tukhachevsky-shot-nonexistent",
        ),
    ];
    for (f, yes, no) in cases {
        let ids = ids_matching(&t, &f);
        assert!(ids.iter().any(|i| i == yes), "{f:?} should match {yes}");
        assert!(!ids.iter().any(|i| i == no), "{f:?} should not match {no}");
    }
}

#[test]
fn every_army_event_and_nothing_else() {
    let t = shipped();
    let army = t.category_index("army").unwrap();
    let f = Filter {
        categories: set(&["army"]),
        ..Default::default()
    };
    let m = apply(&t, &SearchIndex::new(&t), &f);
    for (e, matched) in t.events.iter().zip(&m.event) {
        assert_eq!(*matched, e.categories.contains(&army), "{}", e.id);
    }
    assert_eq!(m.count, m.per_category[army]);
}

#[test]
fn category_counts_follow_the_other_filters() {
    let t = shipped();
    let index = SearchIndex::new(&t);
    let all = apply(&t, &index, &Filter::default());
    assert_eq!(all.count, t.events.len());
    let army = t.category_index("army").unwrap();
    let searched = apply(
        &t,
        &index,
        &Filter {
            text: "Tukhachevsky".into(),
            ..Default::default()
        },
    );
    assert!(searched.per_category[army] < all.per_category[army]);
    assert!(searched.per_category[army] >= 2);
    // Selecting categories does not change the category counts themselves.
    let with_cat = apply(
        &t,
        &index,
        &Filter {
            text: "Tukhachevsky".into(),
            categories: set(&["party"]),
            ..Default::default()
        },
    );
    assert_eq!(with_cat.per_category, searched.per_category);
}

#[test]
fn nothing_matches_gives_zero_not_everything() {
    let t = shipped();
    let m = apply(
        &t,
        &SearchIndex::new(&t),
        &Filter {
            text: "xylophone".into(),
            ..Default::default()
        },
    );
    assert_eq!(m.count, 0);
    assert!(m.event.iter().all(|x| !x));
}

#[test]
fn a_filter_described_in_words() {
    let t = timeline_core::load(include_str!("../../data/events.json")).unwrap();
    let check = |f: Filter, want: &[&str]| assert_eq!(f.describe(&t), want);
    check(Filter::default(), &[]);
    let mut f = Filter::default();
    f.categories.insert("army".into());
    f.categories.insert("party".into());
    f.people.insert("kirov".into());
    f.sources.insert("study-guide".into());
    f.text = "  Zinoviev ".into();
    check(
        f,
        &[
            "Categories: The army or The party",
            "People: Sergei Kirov",
            "Sources: Study guide",
            "Search: “Zinoviev”",
        ],
    );
}

#[test]
fn sources_differ_leaves_exactly_the_disputed_events_and_counts_them() {
    let t = shipped();
    let index = SearchIndex::new(&t);
    let differ = Filter {
        differ: true,
        ..Default::default()
    };
    let m = apply(&t, &index, &differ);
    let disputed = t.events.iter().filter(|e| !e.disputes.is_empty()).count();
    assert!(disputed >= 10);
    for (e, matched) in t.events.iter().zip(&m.event) {
        assert_eq!(*matched, !e.disputes.is_empty(), "{}", e.id);
    }
    assert_eq!(m.count, disputed);
    // The count the button shows does not depend on the button, and follows the others.
    assert_eq!(apply(&t, &index, &Filter::default()).differ, disputed);
    let army = Filter {
        categories: set(&["army"]),
        ..Default::default()
    };
    let army_differ = Filter {
        differ: true,
        ..army.clone()
    };
    let n = apply(&t, &index, &army).differ;
    assert!(n >= 1 && n < disputed);
    assert_eq!(apply(&t, &index, &army_differ).count, n);
    assert!(!differ.is_empty());
    assert_eq!(differ.describe(&t), ["Only where the sources differ"]);
}
