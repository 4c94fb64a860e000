//! Unit tests of `corroboration`: standings, counts and their wording.

use super::*;

/// Recorded disputes: (about, [(value, [sources])]).
type Disputes<'a> = &'a [(&'a str, &'a [(&'a str, &'a [&'a str])])];

/// A timeline of one event cited by the documents `cites` (ids among a, b, c, d),
/// with the disputes `disputes`: (about, [(value, [sources])]).
fn one_event(cites: &[&str], disputes: Disputes) -> Timeline {
    let sources: Vec<_> = ["a", "b", "c", "d"]
            .iter()
            .map(|id| {
                serde_json::json!({"id": id, "title": format!("Doc {id}"),
                    "short_title": id.to_uppercase(), "kind": "k", "span": "1930s", "reliability": "r"})
            })
            .collect();
    let citations: Vec<_> = cites
            .iter()
            .map(|s| serde_json::json!({"source": s, "section": "S", "paragraph": 1, "says": format!("{s} says")}))
            .collect();
    let disputes: Vec<_> = disputes
        .iter()
        .map(|(about, claims)| {
            let claims: Vec<_> = claims
                .iter()
                .map(|(v, s)| serde_json::json!({"value": v, "sources": s}))
                .collect();
            serde_json::json!({"about": about, "claims": claims})
        })
        .collect();
    let data = serde_json::json!({
        "title": "T",
        "sources": sources,
        "events": [{"id": "e", "title": "E", "start": "1937", "citations": citations, "disputes": disputes}],
    });
    crate::load_with(&data.to_string(), crate::validate::Rules::Open).expect("test timeline loads")
}

const X: &str = "x";

#[test]
fn each_document_has_one_standing() {
    use Standing::*;
    type Case<'a> = (&'a str, &'a [&'a str], Disputes<'a>, [Standing; 4]);
    let cases: &[Case] = &[
        ("nobody", &[], &[], [Silent; 4]),
        ("one document", &["b"], &[], [Silent, Only, Silent, Silent]),
        (
            "two, nothing recorded",
            &["a", "b"],
            &[],
            [Speaks, Speaks, Silent, Silent],
        ),
        (
            "two differ",
            &["a", "b"],
            &[(X, &[("1", &["a"]), ("2", &["b"])])],
            [Differs, Differs, Silent, Silent],
        ),
        (
            "two agree against a third",
            &["a", "b", "c"],
            &[(X, &[("1", &["a", "b"]), ("2", &["c"])])],
            [Agrees, Agrees, Differs, Silent],
        ),
        (
            "agreeing on one point wins over differing on another",
            &["a", "b", "c"],
            &[
                (X, &[("1", &["a", "b"]), ("2", &["c"])]),
                ("y", &[("3", &["a"]), ("4", &["b"])]),
            ],
            [Agrees, Agrees, Differs, Silent],
        ),
        (
            "a document at odds with itself only, beside another",
            &["a", "b"],
            &[(X, &[("1", &["a"]), ("2", &["a"])])],
            [Speaks, Speaks, Silent, Silent],
        ),
        (
            "the only document, at odds with itself",
            &["a"],
            &[(X, &[("1", &["a"]), ("2", &["a"])])],
            [Only, Silent, Silent, Silent],
        ),
        (
            "one value shared, another its own",
            &["a", "b"],
            &[(X, &[("1879", &["a", "b"]), ("1878", &["b"])])],
            [Agrees, Agrees, Silent, Silent],
        ),
        (
            "a document named twice in a claim is one document",
            &["a", "b"],
            &[(X, &[("1", &["a", "a"]), ("2", &["b"])])],
            [Differs, Differs, Silent, Silent],
        ),
        (
            "a fourth speaks beside a dispute",
            &["a", "b", "d"],
            &[(X, &[("1", &["a"]), ("2", &["b"])])],
            [Differs, Differs, Silent, Speaks],
        ),
    ];
    for (name, cites, disputes, want) in cases {
        let t = one_event(cites, disputes);
        assert_eq!(standings(&t, 0), want.to_vec(), "{name}: row");
        for (s, w) in want.iter().enumerate() {
            assert_eq!(standing(&t, 0, s), *w, "{name}: report of {s}");
        }
        let c = counts(&t, [0]);
        for (s, w) in want.iter().enumerate() {
            assert_eq!(c[s].get(*w), 1, "{name}: count of {s}");
            assert_eq!(c[s].total(), 1, "{name}: total of {s}");
        }
    }
}

#[test]
fn points_name_who_agrees_and_who_differs() {
    let t = one_event(
        &["a", "b", "c"],
        &[
            (
                "Officers purged",
                &[("35,000", &["a", "b"]), ("25,000", &["c"])],
            ),
            (
                "When",
                &[("1937", &["a"]), ("1938", &["b"]), ("1939", &["c"])],
            ),
        ],
    );
    let r = report(&t, 0, 0);
    assert_eq!(r.standing, Standing::Agrees);
    assert_eq!((r.agrees_on(), r.differs_on(), r.others), (1, 1, 2));
    assert_eq!(r.points[0].with, vec![1]);
    assert_eq!(r.points[0].against, vec![2]);
    assert_eq!(r.points[1].against, vec![1, 2]);
    for (source, want) in [
        (
            0,
            "agrees with B on “Officers purged”; differs from B and C on “When”",
        ),
        (
            2,
            "differs from A and B on “Officers purged”; differs from A and B on “When”",
        ),
        (
            1,
            "agrees with A on “Officers purged”; differs from A and C on “When”",
        ),
        (3, "says nothing of this event"),
    ] {
        assert_eq!(phrase(&t, 0, &report(&t, 0, source)), want, "{source}");
    }
}

#[test]
fn agreement_leads_the_phrase_whatever_the_order_of_the_disputes() {
    let t = one_event(
        &["a", "b"],
        &[
            ("Sent", &[("18m", &["a"]), ("17m", &["b"])]),
            ("Died", &[("10m", &["a", "b"]), ("1.5m", &["a"])]),
        ],
    );
    assert_eq!(
        phrase(&t, 0, &report(&t, 0, 1)),
        "agrees with A on “Died”; differs from A on “Sent”"
    );
    assert_eq!(
        phrase(&t, 0, &report(&t, 0, 0)),
        "agrees with B on “Died”; differs from B on “Sent”"
    );
}

#[test]
fn phrases_for_the_only_and_the_speaking() {
    let only = one_event(&["a"], &[]);
    assert_eq!(
        phrase(&only, 0, &report(&only, 0, 0)),
        "is the only document that speaks of this event"
    );
    let alone = one_event(
        &["a", "b", "c"],
        &[("Delegates", &[("1,108", &["a"]), ("1 in 30", &["a"])])],
    );
    let r = report(&alone, 0, 0);
    assert_eq!(r.standing, Standing::Speaks);
    assert_eq!(
        phrase(&alone, 0, &r),
        "is the only document with a value on “Delegates”"
    );
    assert_eq!(
        phrase(&alone, 0, &report(&alone, 0, 1)),
        "speaks of this event, as 2 other documents do; no disputed point is recorded"
    );
}

#[test]
fn names_and_heads_read_as_english() {
    let t = one_event(&[], &[]);
    for (ix, want) in [
        (&[][..], ""),
        (&[0][..], "A"),
        (&[0, 1][..], "A and B"),
        (&[0, 1, 2][..], "A, B and C"),
        (&[0, 9][..], "A"),
    ] {
        assert_eq!(names(&t, ix), want);
    }
    let c = Counts {
        agrees: 2,
        differs: 0,
        only: 1,
        speaks: 0,
        silent: 7,
    };
    assert_eq!(c.describe(), "agrees 2, only 1, silent 7");
    assert_eq!(Counts::default().describe(), "no events");
}

#[test]
fn out_of_range_indices_are_silent() {
    let t = one_event(&["a"], &[]);
    assert_eq!(standing(&t, 5, 0), Standing::Silent);
    assert_eq!(standing(&t, 0, 9), Standing::Silent);
    assert!(standings(&t, 5).is_empty());
    assert_eq!(counts(&t, [0, 7])[0].total(), 1);
}

#[test]
fn the_shipped_data_agrees_where_its_claims_share_a_value() {
    let t = crate::load(include_str!("../../../data/events.json")).unwrap();
    let ids = SourceIds::new(&t);
    let all = counts(&t, 0..t.events.len());
    for (s, c) in all.iter().enumerate() {
        assert_eq!(c.total(), t.events.len(), "{}", t.sources[s].id);
    }
    // Every event: the one-pass row and the per-document report give the same word,
    // and a document agrees exactly where one of its claims names another document.
    for (i, e) in t.events.iter().enumerate() {
        let row = standings(&t, i);
        for (s, &st) in row.iter().enumerate() {
            assert_eq!(report(&t, i, s).standing, st, "{} {s}", e.id);
            let shares = e.disputes.iter().any(|d| {
                d.claims.iter().any(|c| {
                    let c = claim_sources(&ids, &c.sources);
                    c.len() > 1 && c.contains(&s)
                })
            });
            if st == Standing::Agrees {
                assert!(shares, "{} {s}", e.id);
            }
        }
    }
}
