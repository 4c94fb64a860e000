//! Class activities generated from the data (issue 25): sets are seeded and reproducible,
//! spread in time, never ask an order the dates cannot decide or a claim two documents
//! make, score as they should, and sort a hand-made event's claims into the right bins;
//! over the shipped dataset, every set dealt for many seeds is valid.
//!
//! Over 400 lines on purpose: a table of cases per rule of the three activities, read
//! side by side; each test stands alone.

mod common;

use common::Rng;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use timeline_core::activity::corroborate::{self, Bin, What};
use timeline_core::activity::order::{self, decidable, start_range};
use timeline_core::activity::sources::{self, Claim};
use timeline_core::activity::{self, Kind, Seed, Unavailable};
use timeline_core::corroboration::{self, Standing};
use timeline_core::validate::Rules;
use timeline_core::{load, load_with, Event, Moment, Scale, Timeline};

fn shipped() -> Timeline {
    load(include_str!("../../data/events.json")).unwrap()
}

/// A class's own timeline: events "e0", "e1"... with these dates ("1937", or "1937/1938"
/// for a span), no sources.
fn dated(dates: &[&str]) -> Timeline {
    let events: Vec<Value> = dates
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let mut e = json!({"id": format!("e{k}"), "title": format!("Event {k}")});
            match d.split_once('/') {
                Some((a, b)) => {
                    e["start"] = json!(a);
                    e["end"] = json!(b);
                }
                None => e["start"] = json!(d),
            }
            e
        })
        .collect();
    load_with(
        &json!({"title": "T", "events": events}).to_string(),
        Rules::Open,
    )
    .expect("test timeline loads")
}

/// A timeline with documents A to D (ids "a" to "d") and these events (JSON).
fn documented(events: Value) -> Timeline {
    let sources: Vec<Value> = ["a", "b", "c", "d"]
        .iter()
        .map(|id| {
            json!({"id": id, "title": format!("Document {id}"), "short_title": id.to_uppercase(),
                "kind": "k", "span": "1930s", "reliability": "r"})
        })
        .collect();
    load_with(
        &json!({"title": "T", "sources": sources, "events": events}).to_string(),
        Rules::Open,
    )
    .expect("test timeline loads")
}

fn cite(source: &str, says: &str) -> Value {
    json!({"source": source, "section": "S", "paragraph": 2, "says": says})
}

fn dispute(about: &str, claims: &[(&str, &[&str])]) -> Value {
    let claims: Vec<Value> = claims
        .iter()
        .map(|(v, s)| json!({"value": v, "sources": s}))
        .collect();
    json!({"about": about, "claims": claims})
}

/// As [`dated`] without the loader (for 100,000 events): the model types directly.
fn built(dates: &[String]) -> Timeline {
    let mut events: Vec<Event> = dates
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let start = Moment::parse(d).unwrap();
            Event {
                id: format!("e{k}"),
                title: format!("Event {k}"),
                title_chars: 7,
                start,
                end: None,
                display_date: None,
                t0: start.start_value(),
                t1: start.end_value(),
                summary: String::new(),
                categories: Vec::new(),
                people: Vec::new(),
                citations: Vec::new(),
                disputes: Vec::new(),
                note: None,
                media: None,
            }
        })
        .collect();
    events.sort_by(|a, b| (a.t0, a.t1).partial_cmp(&(b.t0, b.t1)).unwrap());
    let extent = (events[0].t0, events[events.len() - 1].t1);
    Timeline {
        title: "Large".into(),
        subtitle: String::new(),
        lang: None,
        sources: Vec::new(),
        categories: Vec::new(),
        people: Vec::new(),
        eras: Vec::new(),
        events,
        extent,
        default_window: extent,
        warnings: Vec::new(),
        tours: Vec::new(),
        scale: Scale::Calendar,
        media: None,
        base: None,
    }
}

fn all(t: &Timeline) -> Vec<usize> {
    (0..t.events.len()).collect()
}

fn assert_valid_order(t: &Timeline, o: &order::Order, what: &str) {
    let mut sorted = o.cards.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, o.answer, "{what}: cards are the answer's events");
    assert!(
        o.answer.windows(2).all(|w| w[0] < w[1]),
        "{what}: answer in time order"
    );
    if o.cards.len() >= 2 {
        assert_ne!(o.cards, o.answer, "{what}: dealt already in order");
    }
    for (k, &a) in o.answer.iter().enumerate() {
        for &b in &o.answer[k + 1..] {
            assert!(
                decidable(&t.events[a], &t.events[b]),
                "{what}: {} and {} cannot be ordered",
                t.events[a].start,
                t.events[b].start
            );
            assert!(
                t.events[a].t0 < t.events[b].t0,
                "{what}: answer order is start order"
            );
        }
    }
}

/// The largest number of events whose dates decide every order, by a different method
/// from the generator's: the longest chain over the events by start, memoised.
fn most_decidable(t: &Timeline) -> usize {
    let r: Vec<(i64, i64)> = t.events.iter().map(|e| start_range(&e.start)).collect();
    let mut idx: Vec<usize> = (0..r.len()).collect();
    idx.sort_by_key(|&i| r[i]);
    // best[k]: the longest chain starting at idx[k].
    let mut best = vec![1usize; idx.len()];
    for k in (0..idx.len()).rev() {
        for j in k + 1..idx.len() {
            if r[idx[j]].0 >= r[idx[k]].1 {
                best[k] = best[k].max(1 + best[j]);
            }
        }
    }
    best.into_iter().max().unwrap_or(0)
}

#[test]
fn the_dates_decide_an_order_only_when_their_days_cannot_overlap() {
    for (a, b, want) in [
        ("1937", "1938", true),
        ("1937", "1937", false),
        ("1937", "1937-05", false),
        ("1937", "1937-12-31", false),
        ("1936-12-31", "1937", true),
        ("1937-05", "1937-05", false),
        ("1937-05", "1937-05-31", false),
        ("1937-05", "1937-06", true),
        ("1937-05-31", "1937-06-01", true),
        ("1934-12-01", "1934-12-01", false),
        ("1934-12-01", "1934-12", false),
        ("c.1937", "1938", false),
        ("c.1937", "1936", false),
        ("c.1937", "1939", true),
        ("c.1937", "1935", true),
        ("c.1937", "c.1939", false),
        ("c.1937", "c.1940", true),
        ("c.1939-09", "1939-09", false),
        ("c.1939-09", "1939-10-15", false),
        ("c.1939-09", "1939-11", true),
        ("c.1939-09-01", "1939-09-02", false),
        ("c.1939-09-01", "1939-09-03", true),
        // Spans are ordered by their starts: together is undecided, whatever the ends.
        ("1937/1938", "1937/1939", false),
        ("1936/1938", "1937-05", true),
        ("1934/1939", "1934-12-01", false),
        ("-0299", "-0298", true),
        ("-0299", "-0299-06", false),
    ] {
        let t = dated(&[a, b]);
        assert_eq!(
            decidable(&t.events[0], &t.events[1]),
            want,
            "{a} against {b}"
        );
        assert_eq!(
            decidable(&t.events[1], &t.events[0]),
            want,
            "{b} against {a}"
        );
        assert_eq!(order::available(&t), want, "{a}, {b}: available");
    }
}

#[test]
fn orders_are_seeded_and_reproducible() {
    let t = shipped();
    let events = all(&t);
    let mut sets = BTreeSet::new();
    let mut deals = BTreeSet::new();
    for seed in 0..200 {
        let a = order::generate(&t, &events, 6, Seed(seed)).unwrap();
        let b = order::generate(&t, &events, 6, Seed(seed)).unwrap();
        assert_eq!(a, b, "seed {seed}");
        assert_eq!(a.cards.len(), 6);
        sets.insert(a.answer.clone());
        deals.insert(a.cards.clone());
    }
    assert!(sets.len() >= 190, "only {} different sets", sets.len());
    assert!(deals.len() >= 190, "only {} different deals", deals.len());
    // The filters' candidates are what it draws from.
    let few: Vec<usize> = events.iter().copied().filter(|i| i % 3 == 0).collect();
    let o = order::generate(&t, &few, 6, Seed(9)).unwrap();
    assert!(o.answer.iter().all(|i| few.contains(i)));
}

#[test]
fn orders_spread_over_the_candidates_time() {
    // 120 events a month apart: every run of the candidates gives exactly one card.
    let dates: Vec<String> = (0..120)
        .map(|k| format!("{}-{:02}", 1930 + k / 12, k % 12 + 1))
        .collect();
    let t = dated(&dates.iter().map(String::as_str).collect::<Vec<_>>());
    let m = t.events.len();
    for n in 2..=12 {
        for seed in 0..50 {
            let o = order::generate(&t, &all(&t), n, Seed(seed)).unwrap();
            assert_eq!(o.answer.len(), n);
            for (k, &i) in o.answer.iter().enumerate() {
                assert!(
                    k * m / n <= i && i < (k + 1) * m / n,
                    "n {n} seed {seed}: card {k} is event {i}"
                );
            }
        }
    }
    // The shipped data: nearly always one card from each sixth of its events.
    let t = shipped();
    let m = t.events.len();
    let spread = (0..200)
        .filter(|&seed| {
            let o = order::generate(&t, &all(&t), 6, Seed(seed)).unwrap();
            o.answer
                .iter()
                .enumerate()
                .all(|(k, &i)| k * m / 6 <= i && i < (k + 1) * m / 6)
        })
        .count();
    assert!(spread >= 190, "spread in only {spread} of 200");
}

#[test]
fn orders_never_ask_what_the_dates_cannot_decide() {
    // (dates, n, cards every seed must deal, or None when it cannot run)
    let cases: &[(&[&str], usize, Option<usize>)] = &[
        (&["1937", "1937", "1937", "1937", "1938"], 6, Some(2)),
        (&["1937", "1937-03", "1937-05-01", "1937-11"], 6, Some(3)),
        (
            &[
                "1937",
                "1937-01-05",
                "1937-03-01",
                "1937-05-01",
                "1937-07-01",
                "1937-09-01",
            ],
            6,
            Some(5),
        ),
        (
            &["1937-05", "1937-05-01", "1937-05-31", "1937-06"],
            6,
            Some(3),
        ),
        (&["1937-05", "1937-05-01", "1937-05-01"], 6, None),
        (&["c.1937", "1936", "1937", "1938", "1939"], 6, Some(4)),
        (&["c.1937", "1936", "1938"], 6, Some(2)),
        (&["c.1937", "c.1938", "c.1939", "c.1940"], 6, Some(2)),
        (
            &["1937/1938", "1937/1939", "1937-05", "1938/1940"],
            6,
            Some(2),
        ),
        (
            &["1930", "1931", "1932", "1933", "1934", "1935", "1936"],
            3,
            Some(3),
        ),
        (&["1937", "1937-05", "1937-05-20"], 6, None),
        (&["1937"], 6, None),
    ];
    for (dates, n, want) in cases {
        let t = dated(dates);
        for seed in 0..40 {
            let got = order::generate(&t, &all(&t), *n, Seed(seed));
            match (want, got) {
                (Some(k), Ok(o)) => {
                    assert_eq!(o.cards.len(), *k, "{dates:?} seed {seed}");
                    assert_eq!(o.short(), *k < (*n).clamp(2, 12), "{dates:?}");
                    assert_valid_order(&t, &o, &format!("{dates:?} seed {seed}"));
                }
                (None, Err(Unavailable::TooFewEvents { found })) => {
                    assert_eq!(found, dates.len().min(1), "{dates:?}");
                }
                (want, got) => panic!("{dates:?} seed {seed}: want {want:?}, got {got:?}"),
            }
        }
        assert_eq!(
            activity::available(&t, Kind::Order).is_ok(),
            want.is_some(),
            "{dates:?}"
        );
    }
    // Filters that leave nothing.
    let t = shipped();
    assert_eq!(
        order::generate(&t, &[], 6, Seed(0)),
        Err(Unavailable::TooFewEvents { found: 0 })
    );
    assert_eq!(
        order::generate(&t, &[usize::MAX, t.events.len()], 6, Seed(0)),
        Err(Unavailable::TooFewEvents { found: 0 })
    );
}

#[test]
fn random_timelines_deal_the_most_cards_their_dates_allow() {
    let mut r = Rng(25);
    for round in 0..150 {
        let len = 1 + r.below(30);
        let dates: Vec<String> = (0..len)
            .map(|_| {
                let y = 1930 + r.below(8);
                let circa = if r.one_in(5) { "c." } else { "" };
                match r.below(3) {
                    0 => format!("{circa}{y}"),
                    1 => format!("{circa}{y}-{:02}", 1 + r.below(12)),
                    _ => format!("{circa}{y}-{:02}-{:02}", 1 + r.below(12), 1 + r.below(28)),
                }
            })
            .collect();
        let t = dated(&dates.iter().map(String::as_str).collect::<Vec<_>>());
        let most = most_decidable(&t);
        let n = 2 + r.below(11);
        let seed = Seed(r.next() as u32);
        match order::generate(&t, &all(&t), n, seed) {
            Ok(o) => {
                assert_eq!(o.cards.len(), n.min(most), "round {round}: {dates:?}");
                assert_valid_order(&t, &o, &format!("round {round}"));
            }
            Err(Unavailable::TooFewEvents { found }) => {
                assert!(most < 2, "round {round}: {dates:?}");
                assert_eq!(found, most, "round {round}");
            }
            Err(e) => panic!("round {round}: {e:?}"),
        }
    }
}

#[test]
fn a_large_file_deals_quickly() {
    // 100,000 events: most a day apart, many at year precision, some circa. Quadratic
    // work would take minutes here.
    let mut r = Rng(7);
    let dates: Vec<String> = (0..100_000)
        .map(|_| {
            let y = 1000 + r.below(1000);
            match r.below(4) {
                0 => format!("{y}"),
                1 => format!("c.{y}"),
                _ => format!("{y}-{:02}-{:02}", 1 + r.below(12), 1 + r.below(28)),
            }
        })
        .collect();
    let t = built(&dates);
    let start = std::time::Instant::now();
    for seed in 0..20 {
        let o = order::generate(&t, &all(&t), 12, Seed(seed)).unwrap();
        assert_valid_order(&t, &o, "large");
        assert_eq!(o.cards.len(), 12);
    }
    assert!(activity::available(&t, Kind::Order).is_ok());
    eprintln!("20 sets from 100,000 events: {:?}", start.elapsed());
}

#[test]
fn checking_an_order_marks_each_card() {
    let t = shipped();
    let o = order::generate(&t, &all(&t), 5, Seed(3)).unwrap();
    let right = order::check(&o, &o.answer);
    assert_eq!(right.in_place, vec![true; 5]);
    assert_eq!(right.score.in_place(), "5 of 5 in the right place");
    let dealt = order::check(&o, &o.cards);
    assert!(dealt.score.right < 5);
    let mut swapped = o.answer.clone();
    swapped.swap(0, 4);
    let c = order::check(&o, &swapped);
    assert_eq!(c.in_place, vec![false, true, true, true, false]);
    assert_eq!(c.score.in_place(), "3 of 5 in the right place");
}

/// One event per case, cited and disputed as given, for the source activities.
fn claims_timeline() -> Timeline {
    documented(json!([
        {"id": "shared", "title": "Shared", "start": "1930",
         "citations": [cite("a", "Shared text."), cite("b", "shared  TEXT"), cite("c", "Its own words.")]},
        {"id": "agreeing", "title": "Agreeing", "start": "1931",
         "citations": [cite("a", "A on agreeing."), cite("b", "B on agreeing."), cite("c", "C on agreeing.")],
         "disputes": [dispute("Number", &[("10", &["a", "b"]), ("12", &["c"])])]},
        {"id": "split", "title": "Split", "start": "1932",
         "citations": [cite("a", "A on split."), cite("b", "B on split.")],
         "disputes": [dispute("Year", &[("1932", &["a"]), ("1933", &["b"]), ("1934", &["b"])])]},
        {"id": "same-value", "title": "Same value", "start": "1933",
         "citations": [cite("a", "A on same."), cite("b", "B on same.")],
         "disputes": [dispute("Place", &[("Moscow", &["a"]), ("moscow", &["b"]), ("Kiev", &["b"])])]},
        {"id": "elsewhere", "title": "Elsewhere", "start": "1934",
         "citations": [cite("d", "Its own words.")]},
    ]))
}

#[test]
fn no_question_has_two_right_answers() {
    let t = claims_timeline();
    let qs = sources::questions(&t, &all(&t));
    let asked: Vec<(String, String, &str)> = qs
        .iter()
        .map(|q| {
            (
                t.events[q.event].id.clone(),
                q.text(&t),
                t.sources[q.source].id.as_str(),
            )
        })
        .collect();
    let has = |event: &str, text: &str| asked.iter().any(|(e, x, _)| e == event && x == text);
    // (event, question text, asked?, why)
    for (event, text, want, why) in [
        ("shared", "Shared text.", false, "two documents say it"),
        (
            "shared",
            "shared  TEXT",
            false,
            "the same words, another case",
        ),
        (
            "shared",
            "Its own words.",
            false,
            "another document says it elsewhere",
        ),
        (
            "elsewhere",
            "Its own words.",
            false,
            "another document says it elsewhere",
        ),
        (
            "agreeing",
            "Number: 10",
            false,
            "a claim two documents make",
        ),
        (
            "agreeing",
            "A on agreeing.",
            false,
            "A may say the shared value here",
        ),
        (
            "agreeing",
            "B on agreeing.",
            false,
            "B may say the shared value here",
        ),
        ("agreeing", "Number: 12", true, "one document's value"),
        ("agreeing", "C on agreeing.", true, "C shares no value"),
        ("split", "Year: 1932", true, "one document's value"),
        ("split", "Year: 1933", true, "one of B's two values"),
        ("split", "Year: 1934", true, "the other of B's two values"),
        ("split", "A on split.", true, "A's own citation"),
        (
            "same-value",
            "Place: Moscow",
            false,
            "B writes the same value again",
        ),
        (
            "same-value",
            "Place: moscow",
            false,
            "A writes the same value",
        ),
        ("same-value", "Place: Kiev", true, "B alone"),
    ] {
        assert_eq!(has(event, text), want, "{event}: {text}: {why}");
    }
    let q = qs
        .iter()
        .find(|q| q.text(&t) == "Year: 1932")
        .expect("asked");
    assert_eq!(
        q.claim,
        Claim::Disputed {
            dispute: 0,
            claim: 0
        }
    );
    assert_eq!(t.sources[q.source].id, "a");
    assert_eq!(q.citations, vec![0], "A's citation of the event");
    assert_eq!(q.others, vec![(1, vec![1]), (2, vec![1])], "B's two values");
    let q = qs
        .iter()
        .find(|q| q.text(&t) == "A on split.")
        .expect("asked");
    assert_eq!(
        (q.claim, q.citations.clone(), q.others.len()),
        (Claim::Citation(0), vec![0], 0)
    );
}

#[test]
fn questions_are_seeded_spread_and_scored() {
    let t = shipped();
    let events = all(&t);
    let mut sets = std::collections::HashSet::new();
    for seed in 0..60 {
        let a = sources::generate(&t, &events, 8, Seed(seed)).unwrap();
        assert_eq!(a, sources::generate(&t, &events, 8, Seed(seed)).unwrap());
        assert_eq!(a.questions.len(), 8);
        assert_eq!(a.choices, (0..t.sources.len()).collect::<Vec<_>>());
        let asked: BTreeSet<usize> = a.questions.iter().map(|q| q.event).collect();
        assert_eq!(asked.len(), 8, "seed {seed}: eight different events");
        let answers: BTreeSet<usize> = a.questions.iter().map(|q| q.source).collect();
        assert!(answers.len() >= 3, "seed {seed}: answers {answers:?}");
        sets.insert(
            a.questions
                .iter()
                .map(|q| (q.event, q.claim))
                .collect::<Vec<_>>(),
        );
    }
    assert!(sets.len() >= 57, "only {} different sets", sets.len());

    let quiz = sources::generate(&t, &events, 4, Seed(1)).unwrap();
    let right: Vec<Option<usize>> = quiz.questions.iter().map(|q| Some(q.source)).collect();
    assert_eq!(
        sources::check(&quiz, &right).score.sentence(),
        "4 of 4 right"
    );
    let mut answers = right.clone();
    answers[0] = Some((quiz.questions[0].source + 1) % t.sources.len());
    answers[2] = None;
    let c = sources::check(&quiz, &answers);
    assert_eq!(c.right, vec![false, true, false, true]);
    assert_eq!(c.score.sentence(), "2 of 4 right");
    assert_eq!(sources::check(&quiz, &[]).score.right, 0);
}

#[test]
fn who_says_so_needs_documents_and_a_claim_of_one() {
    let t = claims_timeline();
    // Only the "shared" event: none of its claims has one document alone.
    let shared = [t.event_index("shared").unwrap()];
    assert_eq!(
        sources::generate(&t, &shared, 6, Seed(0)),
        Err(Unavailable::NoQuestions)
    );
    let q = sources::generate(&t, &all(&t), 12, Seed(0)).unwrap();
    assert_eq!(q.asked, 12);
    assert_eq!(
        q.questions.len(),
        sources::questions(&t, &all(&t)).len(),
        "all there are"
    );
    let bare = dated(&["1937", "1938"]);
    assert_eq!(
        sources::generate(&bare, &all(&bare), 6, Seed(0)),
        Err(Unavailable::NoSources)
    );
}

fn sorted(t: &Timeline, id: &str) -> Vec<(String, String, Bin)> {
    let s = corroborate::generate(t, t.event_index(id).unwrap()).unwrap();
    s.items
        .iter()
        .map(|i| {
            (
                t.sources[i.source].id.clone(),
                corroborate::text(t, &s, i),
                i.bin,
            )
        })
        .collect()
}

fn corroborate_timeline() -> Timeline {
    documented(json!([
        {"id": "army", "title": "Army", "start": "1937",
         "citations": [cite("a", "A on the army."), cite("b", "B on the army."), cite("c", "C on the army.")],
         "disputes": [
            dispute("Officers purged", &[("35,000", &["a", "c"]), ("About 25,000", &["b"])]),
            dispute("When", &[("1937", &["a"]), ("1938", &["b"])]),
            dispute("Delegates", &[("1,108", &["c"]), ("1 in 30", &["c"])]),
         ]},
        {"id": "alone", "title": "Alone", "start": "1938",
         "citations": [cite("d", "D alone."), cite("d", "D again.")],
         "disputes": [dispute("Number shot", &[("681,692", &["d"]), ("1 million", &["d"])])]},
        {"id": "quiet", "title": "Quiet", "start": "1939",
         "citations": [cite("a", "A quietly."), cite("b", "B quietly.")]},
    ]))
}

#[test]
fn corroborate_sorts_claims_as_the_records_say() {
    use Bin::*;
    let t = corroborate_timeline();
    let s = |a: &str, b: &str, bin| (a.to_string(), b.to_string(), bin);
    for (event, want, silent) in [
        (
            "army",
            vec![
                s("a", "Officers purged: 35,000", Agrees),
                s("a", "When: 1937", Differs),
                s("b", "Officers purged: About 25,000", Differs),
                s("b", "When: 1938", Differs),
                s("c", "Officers purged: 35,000", Agrees),
                s("c", "Delegates: 1,108", Only),
                s("c", "Delegates: 1 in 30", Only),
            ],
            vec!["d"],
        ),
        (
            "alone",
            vec![
                s("d", "D alone.", Only),
                s("d", "D again.", Only),
                s("d", "Number shot: 681,692", Only),
                s("d", "Number shot: 1 million", Only),
            ],
            vec!["a", "b", "c"],
        ),
        ("quiet", vec![], vec!["c", "d"]),
    ] {
        assert_eq!(sorted(&t, event), want, "{event}");
        let sort = corroborate::generate(&t, t.event_index(event).unwrap()).unwrap();
        let ids: Vec<&str> = sort
            .silent
            .iter()
            .map(|&s| t.sources[s].id.as_str())
            .collect();
        assert_eq!(ids, silent, "{event}: silent");
    }
    let quiet = corroborate::generate(&t, t.event_index("quiet").unwrap()).unwrap();
    assert_eq!(quiet.unsorted, vec![(0, 0), (1, 1)], "read, not sorted");
    assert_eq!(
        quiet.standings,
        vec![
            Standing::Speaks,
            Standing::Speaks,
            Standing::Silent,
            Standing::Silent
        ]
    );
}

#[test]
fn checking_a_sort_explains_each_answer() {
    let t = corroborate_timeline();
    let army = t.event_index("army").unwrap();
    let sort = corroborate::generate(&t, army).unwrap();
    // The student puts everything in "agrees" and marks B and D silent.
    let bins = vec![Some(Bin::Agrees); sort.items.len()];
    let c = corroborate::check(&t, &sort, &bins, &[1, 3]);
    let right: Vec<bool> = c.items.iter().map(|r| r.right).collect();
    assert_eq!(right, vec![true, false, false, false, true, false, false]);
    for (k, want) in [
        (0, "A and C both give “35,000” for “Officers purged”."),
        (
            2,
            "B gives “About 25,000” for “Officers purged”; A and C give “35,000”.",
        ),
        (1, "A gives “1937” for “When”; B gives “1938”."),
        (
            5,
            "No other document gives a value for “Delegates”: C gives “1,108” and “1 in 30”.",
        ),
    ] {
        assert_eq!(c.items[k].explanation, want, "item {k}");
    }
    let docs: Vec<(bool, &str)> = c
        .documents
        .iter()
        .map(|d| (d.right, d.explanation.as_str()))
        .collect();
    assert_eq!(
        docs,
        vec![
            (true, "A speaks of this event (S, paragraph 2)."),
            (false, "B speaks of this event (S, paragraph 2)."),
            (true, "C speaks of this event (S, paragraph 2)."),
            (true, "Nothing in D speaks of this event."),
        ]
    );
    assert_eq!(c.score.right, 2 + 3);
    assert_eq!(c.score.total, 7 + 4);
    // Sorted as the records say.
    let bins: Vec<Option<Bin>> = sort.items.iter().map(|i| Some(i.bin)).collect();
    let c = corroborate::check(&t, &sort, &bins, &sort.silent);
    assert!(c.score.all_right(), "{}", c.score.sentence());
    let alone = corroborate::generate(&t, t.event_index("alone").unwrap()).unwrap();
    assert_eq!(
        corroborate::explain(&t, &alone, &alone.items[0]),
        "No other document speaks of this event: only D does."
    );
    // A card left unsorted is wrong.
    let c = corroborate::check(&t, &alone, &[], &alone.silent);
    assert_eq!(c.score.right, 4);
}

#[test]
fn corroborate_needs_an_event_that_cites_a_document() {
    let t = corroborate_timeline();
    assert_eq!(corroborate::generate(&t, 99), Err(Unavailable::NoSuchEvent));
    let bare = dated(&["1937", "1938"]);
    assert_eq!(corroborate::generate(&bare, 0), Err(Unavailable::NoSources));
    let uncited = documented(json!([{"id": "e", "title": "E", "start": "1937"}]));
    assert_eq!(
        corroborate::generate(&uncited, 0),
        Err(Unavailable::Uncited)
    );
}

#[test]
fn each_timeline_offers_the_activities_its_data_allows() {
    // (timeline, kinds available)
    let one_source = load_with(
        &json!({"title": "T",
            "sources": [{"id": "a", "title": "A", "kind": "k", "span": "s", "reliability": "r"}],
            "events": [
                {"id": "x", "title": "X", "start": "1930", "citations": [cite("a", "x")]},
                {"id": "y", "title": "Y", "start": "1931", "citations": [cite("a", "y")]}]})
        .to_string(),
        Rules::Open,
    )
    .unwrap();
    let uncited = documented(json!([
        {"id": "x", "title": "X", "start": "1930"},
        {"id": "y", "title": "Y", "start": "1931"}]));
    for (name, t, want) in [
        (
            "shipped",
            shipped(),
            vec![Kind::Order, Kind::Sources, Kind::Corroborate],
        ),
        ("dates only", dated(&["1937", "1938"]), vec![Kind::Order]),
        ("one year", dated(&["1937", "1937-05"]), vec![]),
        ("one source", one_source, vec![Kind::Order]),
        ("no citations", uncited, vec![Kind::Order]),
        (
            "documented",
            corroborate_timeline(),
            vec![Kind::Order, Kind::Sources, Kind::Corroborate],
        ),
    ] {
        assert_eq!(activity::kinds(&t), want, "{name}");
    }
    for (why, want) in [
        (Unavailable::NoSources, "at least two source documents"),
        (Unavailable::TooFewEvents { found: 0 }, "no events"),
        (Unavailable::TooFewEvents { found: 1 }, "cannot tell"),
    ] {
        assert!(why.sentence().contains(want), "{why:?}");
    }
}

#[test]
fn a_timelinejs_file_can_be_put_in_order() {
    let tjs = json!({"title": {"text": {"headline": "Class"}}, "events": [
        {"start_date": {"year": "1914", "month": "7", "day": "28"}, "text": {"headline": "War begins"}},
        {"start_date": {"year": "1917", "month": "3"}, "text": {"headline": "Revolution"}},
        {"start_date": {"year": "1918", "month": "11", "day": "11"}, "text": {"headline": "Armistice"}},
    ]});
    let (t, format) = timeline_core::import::open(&tjs.to_string(), "class.json").unwrap();
    assert_eq!(format, timeline_core::import::Format::TimelineJs);
    assert_eq!(activity::kinds(&t), vec![Kind::Order]);
    let o = order::generate(&t, &all(&t), 6, Seed(1)).unwrap();
    assert_eq!(o.cards.len(), 3);
    assert!(o.short());
}

#[test]
fn every_activity_dealt_from_the_shipped_data_is_valid() {
    let t = shipped();
    let events = all(&t);
    // Who says each citation's words, normalised.
    let mut said: std::collections::HashMap<String, BTreeSet<&str>> = Default::default();
    for c in t.events.iter().flat_map(|e| &e.citations) {
        said.entry(timeline_core::filter::normalise(&c.says))
            .or_default()
            .insert(&c.source);
    }
    for seed in 0..150 {
        let n = 2 + (seed as usize % 11);
        let o = order::generate(&t, &events, n, Seed(seed)).unwrap();
        assert_eq!(o.cards.len(), n, "seed {seed}");
        assert_valid_order(&t, &o, &format!("order seed {seed}"));

        let quiz = sources::generate(&t, &events, n, Seed(seed)).unwrap();
        assert_eq!(quiz.questions.len(), n);
        for q in &quiz.questions {
            let e = &t.events[q.event];
            let id = &t.sources[q.source].id;
            assert!(!q.text(&t).is_empty());
            assert!(!q.citations.is_empty(), "{}: where it says so", e.id);
            for &c in &q.citations {
                assert_eq!(&e.citations[c].source, id, "{}", e.id);
            }
            match q.claim {
                Claim::Citation(c) => {
                    let says = timeline_core::filter::normalise(&e.citations[c].says);
                    assert_eq!(
                        said[&says].iter().collect::<Vec<_>>(),
                        vec![&id.as_str()],
                        "{}: said by one",
                        e.id
                    );
                    assert_ne!(
                        corroboration::standing(&t, q.event, q.source),
                        Standing::Agrees,
                        "{}",
                        e.id
                    );
                }
                Claim::Disputed { dispute, claim } => {
                    let mut who = e.disputes[dispute].claims[claim].sources.clone();
                    who.sort();
                    who.dedup();
                    assert_eq!(who, vec![id.clone()], "{}: one document", e.id);
                }
            }
        }
    }
    for (i, e) in t.events.iter().enumerate() {
        let sort = corroborate::generate(&t, i).unwrap();
        for (s, &st) in sort.standings.iter().enumerate() {
            let bins: Vec<Bin> = sort
                .items
                .iter()
                .filter(|it| it.source == s)
                .map(|it| it.bin)
                .collect();
            let ok = match st {
                Standing::Silent => bins.is_empty() && sort.silent.contains(&s),
                Standing::Only => !bins.is_empty() && bins.iter().all(|&b| b == Bin::Only),
                Standing::Agrees => bins.contains(&Bin::Agrees),
                Standing::Differs => bins.contains(&Bin::Differs) && !bins.contains(&Bin::Agrees),
                Standing::Speaks => bins.iter().all(|&b| b == Bin::Only),
            };
            assert!(ok, "{} {}: {st:?} with {bins:?}", e.id, t.sources[s].id);
        }
        for it in &sort.items {
            if let What::Value { dispute, claim } = it.what {
                assert!(e.disputes[dispute].claims[claim]
                    .sources
                    .contains(&t.sources[it.source].id));
            }
            assert!(!corroborate::explain(&t, &sort, it).is_empty());
        }
    }
}

#[test]
fn a_link_keeps_dealing_the_same_set() {
    // Pinned: a shared link must deal what it dealt when it was shared. Changing the
    // generator or the way it draws changes these on purpose only.
    let dates: Vec<String> = (0..120)
        .map(|k| format!("{}-{:02}", 1930 + k / 12, k % 12 + 1))
        .collect();
    let t = dated(&dates.iter().map(String::as_str).collect::<Vec<_>>());
    let o = order::generate(&t, &all(&t), 6, Seed(2025)).unwrap();
    let dealt: Vec<String> = o
        .cards
        .iter()
        .map(|&i| t.events[i].start.to_iso())
        .collect();
    assert_eq!(
        dealt,
        ["1932-11", "1938-01", "1935-12", "1931-03", "1934-01", "1938-06"],
        "cards for seed 2025"
    );
}

#[test]
fn the_filters_candidates_are_what_is_dealt() {
    use timeline_core::filter::{apply, Filter, SearchIndex};
    let t = shipped();
    let f = Filter {
        categories: [t.categories[0].id.clone()].into_iter().collect(),
        ..Filter::default()
    };
    let m = apply(&t, &SearchIndex::new(&t), &f);
    let shown = activity::shown(&m);
    assert_eq!(shown.len(), m.count);
    assert!(shown.iter().all(|&i| m.event[i]));
    for seed in 0..20 {
        if let Ok(o) = order::generate(&t, &shown, 6, Seed(seed)) {
            assert!(o.answer.iter().all(|i| shown.contains(i)));
        }
        if let Ok(q) = sources::generate(&t, &shown, 6, Seed(seed)) {
            assert!(q.questions.iter().all(|q| shown.contains(&q.event)));
        }
    }
}

#[test]
fn answers_name_the_document_and_where_it_says_so() {
    let t = shipped();
    let all: Vec<usize> = (0..t.events.len()).collect();
    let qs = sources::questions(&t, &all);
    let cited = qs
        .iter()
        .find(|q| matches!(q.claim, Claim::Citation(_)))
        .expect("a citation question");
    let c = &t.events[cited.event].citations[cited.citations[0]];
    assert_eq!(
        cited.answer(&t),
        format!(
            "{} ({}, paragraph {})",
            t.sources[cited.source].short(),
            c.section,
            c.paragraph
        )
    );
    assert!(cited.other_versions(&t).is_empty());
    let disputed = qs
        .iter()
        .find(|q| matches!(q.claim, Claim::Disputed { .. }) && !q.others.is_empty())
        .expect("a disputed question with other versions");
    let versions = disputed.other_versions(&t);
    assert_eq!(versions.len(), disputed.others.len());
    assert!(
        versions
            .iter()
            .all(|v| v.contains('“') && v.ends_with("”.")),
        "{versions:?}"
    );
}
