//! The link codec: malformed links degrade parameter by parameter, good links round-trip,
//! and no input string can make it panic.

mod common;

use common::Rng;
use std::collections::BTreeSet;
use timeline_core::filter::Filter;
use timeline_core::urlstate::{
    encode, format, parse, resolve, split_query, window_dates, Layout, Syntax, Unmatched,
    ViewState, PARAMS,
};
use timeline_core::{load, HistDate};

fn parse_q(q: &str) -> (ViewState, Vec<String>) {
    parse(&split_query(q))
}

#[test]
fn the_issue_example_parses() {
    let (s, notices) = parse_q("?event=kirov-assassination&cat=army,party&from=1934-06&to=1938-12");
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.event.as_deref(), Some("kirov-assassination"));
    assert_eq!(
        s.filter
            .categories
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["army", "party"]
    );
    let (from, to) = s.window.unwrap();
    assert_eq!(
        (from.to_iso(), to.to_iso()),
        ("1934-06".into(), "1938-12".into())
    );
}

#[test]
fn malformed_links_each_give_one_notice_and_keep_the_rest() {
    // (query, notice fragment); every query also carries a good event that must survive.
    let long_q = format!("q={}", "x".repeat(300));
    let cases = [
        ("event=Kirov%20Murder", "not a valid event id"),
        ("cat=army,Not%20A%20Cat", "category \"Not A Cat\""),
        ("from=1934-13&to=1938", "from=\"1934-13\""),
        ("from=1938&to=1934", "\"to\" is before \"from\""),
        ("from=1934", "needs both"),
        ("view=sideways", "use dim or hide"),
        ("mode=cinema", "use timeline or projection"),
        ("step=-3", "not a step number"),
        ("reveal=maybe", "use 1 or 0"),
        ("data=http://plain.example/x.json", "only https addresses"),
        ("data=javascript:alert(1)", "only https addresses"),
        ("data=data:application/json,%7B%7D", "only https addresses"),
        ("data=https://", "not a usable https address"),
        (
            "data=https://user@host.example/x.json",
            "not a usable https address",
        ),
        ("data=../../etc/passwd", "only https addresses"),
        ("zoom=banana", "unknown link parameter \"zoom\""),
        (long_q.as_str(), "longer than 200"),
        ("people=%ZZ", "person \"%ZZ\""),
    ];
    for (query, fragment) in cases {
        let (s, notices) = parse_q(&format!("event=great-purge-start&{query}"));
        assert_eq!(notices.len(), 1, "{query}: {notices:?}");
        assert!(notices[0].contains(fragment), "{query}: {notices:?}");
        assert_eq!(s.event.as_deref(), Some("great-purge-start"), "{query}");
    }
}

#[test]
fn tour_links_are_checked_against_the_data() {
    let t = load(include_str!("../../data/events.json")).unwrap();
    let check = |q: &str, tour: Option<&str>, step: Option<usize>, notices: usize| {
        let (s, n1) = parse_q(q);
        let (s, n2) = resolve(s, &t);
        assert_eq!((s.tour.as_deref(), s.step), (tour, step), "{q}");
        assert_eq!(n1.len() + n2.len(), notices, "{q}: {n1:?} {n2:?}");
    };
    check(
        "tour=red-army-purge&step=3",
        Some("red-army-purge"),
        Some(3),
        0,
    );
    check(
        "tour=red-army-purge&step=99",
        Some("red-army-purge"),
        Some(1),
        1,
    );
    check("tour=no-such-tour&step=2", None, None, 1);
    check("step=2", None, None, 1);
}

#[test]
fn data_may_be_a_file_here_or_an_https_address() {
    use timeline_core::urlstate::{check_data_path, data_host};
    for ok in [
        "class/ww1.csv",
        "data/events.json",
        "https://teacher.github.io/t/ww1.json",
        "HTTPS://x.org/a?b=1",
    ] {
        assert_eq!(check_data_path(ok).as_deref(), Ok(ok));
    }
    assert_eq!(
        data_host("https://teacher.github.io:8443/t.json"),
        Some("teacher.github.io")
    );
    assert_eq!(data_host("https://x.org"), Some("x.org"));
    assert_eq!(data_host("data/events.json"), None);
}

#[test]
fn layouts_come_from_list_and_compare() {
    for (q, want) in [
        ("", Layout::Strip),
        ("list=1", Layout::List),
        ("compare=1", Layout::Compare),
        ("list=1&compare=1", Layout::Compare),
        ("compare=1&list=1", Layout::List),
        ("compare=1&list=0", Layout::Compare),
        ("compare=1&compare=0", Layout::Strip),
    ] {
        let (s, notices) = parse_q(q);
        assert!(notices.is_empty(), "{q}");
        assert_eq!(s.layout, want, "{q}");
    }
}

#[test]
fn repeated_list_parameters_accumulate() {
    let (s, notices) = parse_q("cat=army&cat=party,army&people=kirov&people=zinoviev");
    assert!(notices.is_empty());
    assert_eq!(
        s.filter.categories,
        BTreeSet::from(["army".to_string(), "party".to_string()])
    );
    assert_eq!(s.filter.people.len(), 2);
}

#[test]
fn resolve_drops_unknown_ids_against_the_data() {
    let t = load(include_str!("../../data/events.json")).unwrap();
    let (s, _) = parse_q(
        "event=no-such-event&cat=army,navy&people=zinoviev,nobody&src=flashcards,wikipedia",
    );
    let (s, notices) = resolve(s, &t);
    assert_eq!(s.event, None);
    assert_eq!(s.filter.categories, BTreeSet::from(["army".to_string()]));
    assert_eq!(s.filter.people, BTreeSet::from(["zinoviev".to_string()]));
    assert_eq!(s.filter.sources, BTreeSet::from(["flashcards".to_string()]));
    assert_eq!(notices.len(), 4, "{notices:?}");
}

fn random_state(r: &mut Rng) -> ViewState {
    let ids = [
        "army",
        "party",
        "kirov-assassination",
        "a",
        "x-1",
        "zinoviev",
    ];
    let set = |r: &mut Rng| -> BTreeSet<String> {
        (0..r.next() % 3)
            .map(|_| r.pick(&ids).to_string())
            .collect()
    };
    let texts = [
        "",
        "Zinovyev",
        "show trials 1936",
        "Béla & Kún?",
        "50% = half",
        "a+b",
    ];
    let window = (r.one_in(2)).then(|| {
        let y = 1900 + (r.next() % 80) as i32;
        let from = HistDate {
            year: y,
            month: Some(1 + (r.next() % 12) as u32),
            day: None,
            circa: false,
        };
        let to = HistDate {
            year: y + 1 + (r.next() % 5) as i32,
            month: Some(1 + (r.next() % 12) as u32),
            day: Some(1 + (r.next() % 28) as u32),
            circa: false,
        };
        (from, to)
    });
    ViewState {
        event: (r.one_in(2)).then(|| r.pick(&ids).to_string()),
        filter: Filter {
            categories: set(r),
            people: set(r),
            sources: set(r),
            text: r.pick(&texts).to_string(),
            differ: r.one_in(2),
        },
        window,
        unmatched: if r.one_in(2) {
            Unmatched::Dim
        } else {
            Unmatched::Hide
        },
        projection: r.one_in(2),
        reveal: r.one_in(2),
        layout: [Layout::Strip, Layout::List, Layout::Compare][r.below(3)],
        tour: (r.one_in(3)).then(|| "army-purge-tour".to_string()),
        step: (r.one_in(3)).then(|| 1 + (r.next() % 20) as usize),
        data: (r.one_in(4)).then(|| "bench/events-1000.json".to_string()),
    }
}

#[test]
fn parse_of_format_is_identity() {
    let order: Vec<&str> = PARAMS.iter().map(|p| p.key).collect();
    let mut r = Rng(9);
    for _ in 0..2000 {
        let s = random_state(&mut r);
        let q = format(&s);
        let (back, notices) = parse_q(&q);
        assert!(notices.is_empty(), "{q}: {notices:?}");
        assert_eq!(back, s, "{q}");
        // The keys come in the table's order, each once.
        let at: Vec<usize> = split_query(&q)
            .iter()
            .map(|(k, _)| order.iter().position(|o| o == k).unwrap())
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{q}");
    }
}

#[test]
fn the_parameter_table_drives_parse_and_format() {
    let keys: BTreeSet<&str> = PARAMS.iter().map(|p| p.key).collect();
    assert_eq!(keys.len(), PARAMS.len(), "a key listed twice");
    for p in PARAMS {
        assert!(!p.means.is_empty() && !p.example.is_empty(), "{}", p.key);
        // Its example reads without a notice (the window's other half and an activity
        // given too), and format writes it back under its key.
        let pair = format!("{}={}", p.key, encode(p.example));
        let q = format!("from=1934&to=1939&{pair}");
        let (s, notices) = parse_q(&q);
        assert!(notices.is_empty(), "{q}: {notices:?}");
        let back = format(&s);
        assert!(back.split('&').any(|kv| kv == pair), "{q} → {back}");
        // Every word of a choice reads.
        for v in p.syntax.values() {
            let (_, notices) = parse_q(&format!("{}={v}", p.key));
            assert!(notices.is_empty(), "{}={v}: {notices:?}", p.key);
        }
        // A value of the wrong syntax is one notice naming the key's kind of value.
        if p.syntax != Syntax::Text {
            let (_, notices) = parse_q(&format!("{}=%3Cb%3E", p.key));
            assert_eq!(notices.len(), 1, "{}: {notices:?}", p.key);
        }
    }
    let (_, notices) = parse_q("zoom=2&Event=x");
    assert_eq!(
        notices,
        [
            "Ignored unknown link parameter \"zoom\".",
            "Ignored unknown link parameter \"Event\"."
        ]
    );
}

#[test]
fn arbitrary_strings_never_panic() {
    let mut r = Rng(3);
    let keys: Vec<&str> = PARAMS.iter().map(|p| p.key).collect();
    let alphabet: Vec<char> = "=&?,%+-.:/0123456789abcxyzé€%2F%ZZ\u{0}\u{1F600} "
        .chars()
        .collect();
    for n in 0..20_000 {
        let len = n % 80;
        let q: String = (0..len)
            .map(|_| alphabet[r.next() as usize % alphabet.len()])
            .collect();
        let (s, _) = parse_q(&q);
        let _ = format(&s);
        let _ = parse_q(&format!("{}={q}", r.pick(&keys)));
    }
}

#[test]
fn windows_are_named_compactly() {
    let d = |y, m, dd| {
        timeline_core::date::day_value(chrono::NaiveDate::from_ymd_opt(y, m, dd).unwrap())
    };
    let (a, b) = window_dates(d(1934, 6, 1), d(1939, 1, 1));
    assert_eq!(
        (a.to_iso(), b.to_iso()),
        ("1934-06".into(), "1938-12".into())
    );
    let (a, b) = window_dates(d(1934, 11, 20), d(1935, 1, 10));
    assert_eq!(
        (a.to_iso(), b.to_iso()),
        ("1934-11-20".into(), "1935-01-09".into())
    );
}

#[test]
fn huge_links_are_read_in_part_and_their_notices_stay_few() {
    // 20,000 unknown category ids: three named, the rest counted.
    let t = load(include_str!("../../data/events.json")).unwrap();
    let cats: Vec<String> = (0..20_000).map(|k| format!("navy-{k}")).collect();
    let q = format!("cat={}", cats.join(","));
    let (s, notices) = timeline_core::urlstate::parse_query(&q);
    // Cut at 8 KB, on a whole parameter: here the only one, so nothing of it is read.
    assert!(notices[0].starts_with("This link is "), "{notices:?}");
    assert!(notices.len() <= 5, "{notices:?}");
    let (_, notices) = resolve(s, &t);
    assert!(notices.len() <= 4, "{notices:?}");
    // Fewer, shorter ids fit: the unknown ones are collapsed into a count.
    let q = format!("cat=army,{}", cats[..500].join(","));
    let (s, notices) = timeline_core::urlstate::parse_query(&q);
    assert!(notices.is_empty(), "{notices:?}");
    let (s, notices) = resolve(s, &t);
    assert_eq!(
        s.filter
            .categories
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["army"]
    );
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert_eq!(notices[3], "Ignored 497 more unknown categories.");
    // 60,000 unknown parameters: a hundred read, the rest counted in one line.
    let q: String = (0..60_000).map(|k| format!("p{k}=1&")).collect();
    let (_, notices) = timeline_core::urlstate::parse_query(&q);
    assert!(notices.len() <= 5, "{notices:?}");
}

#[test]
fn links_that_used_to_be_ignored_silently_say_what_was_applied() {
    // "from" twice and no "to".
    let (s, notices) = parse_q("from=1934&from=1935&event=kirov-assassination");
    assert!(s.window.is_none());
    assert_eq!(
        notices,
        ["Ignored the time window: it needs both \"from\" and \"to\"."]
    );
    // A tour step and another event: the step wins, and says so.
    let t = load(include_str!("../../data/events.json")).unwrap();
    let tour = &t.tours[0];
    let other = t
        .events
        .iter()
        .find(|e| e.id != tour.steps[1].event)
        .unwrap();
    let (s, _) = parse_q(&format!("tour={}&step=2&event={}", tour.id, other.id));
    let (s, notices) = resolve(s, &t);
    assert_eq!(s.event, None);
    assert_eq!(s.step, Some(2));
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(
        notices[0].contains(&other.id) && notices[0].contains(&tour.steps[1].event),
        "{notices:?}"
    );
    // The same event as the step: nothing to say.
    let (s, _) = parse_q(&format!(
        "tour={}&step=2&event={}",
        tour.id, tour.steps[1].event
    ));
    assert!(resolve(s, &t).1.is_empty());
}
