//! The link codec: malformed links degrade parameter by parameter, good links round-trip,
//! and no input string can make it panic.
//!
//! Over 400 lines on purpose: tables of links, one per parameter of `PARAMS`, and the
//! fuzzing that reads them all.

mod common;

use common::Rng;
use std::collections::BTreeSet;
use timeline_core::activity::{self, Seed};
use timeline_core::filter::Filter;
use timeline_core::urlstate::{
    encode, format, is_lang, parse, resolve, split_query, window_dates, ActivityLink, Layout,
    Syntax, Unmatched, ViewState, PARAMS,
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
        ("activity=quiz", "use order, sources or corroborate"),
        ("activity=quiz&n=4&seed=5", "activity=\"quiz\""),
        (
            "activity=order&n=many",
            "n=\"many\": use a number of cards, 2 to 12",
        ),
        ("activity=order&n=-3", "n=\"-3\""),
        ("activity=order&seed=4294967296", "seed=\"4294967296\""),
        ("activity=order&seed=x1", "from 0 to 4294967295"),
        ("n=4", "Ignored n: it needs an activity."),
        ("seed=4&list=1", "Ignored seed: it needs an activity."),
        ("lang=english", "lang=\"english\": use a language code"),
        ("lang=en_GB", "lang=\"en_GB\""),
        ("lang=", "lang=\"\""),
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
fn an_activity_is_a_layout_with_its_n_and_seed() {
    let act = |kind, n, seed: Option<u32>| {
        Layout::Activity(ActivityLink {
            kind,
            n,
            seed: seed.map(Seed),
        })
    };
    use activity::Kind::{Corroborate, Order, Sources};
    for (q, want) in [
        ("activity=order", act(Order, None, None)),
        (
            "activity=sources&n=8&seed=4021",
            act(Sources, Some(8), Some(4021)),
        ),
        // n and seed apply wherever they stand.
        ("n=3&seed=0&activity=order", act(Order, Some(3), Some(0))),
        // n is brought within 2 to 12.
        ("activity=order&n=1", act(Order, Some(2), None)),
        (
            "activity=order&n=99999999999999999999999",
            act(Order, Some(12), None),
        ),
        (
            "activity=order&seed=4294967295",
            act(Order, None, Some(u32::MAX)),
        ),
        // The last layout wins, as list and compare do.
        ("activity=order&activity=sources", act(Sources, None, None)),
        ("list=1&activity=corroborate", act(Corroborate, None, None)),
        ("activity=order&list=0&compare=0", act(Order, None, None)),
        ("activity=order&list=1", Layout::List),
        ("activity=order&compare=1", Layout::Compare),
        // A bad activity leaves the one before it.
        (
            "activity=order&activity=quiz&n=5",
            act(Order, Some(5), None),
        ),
    ] {
        let (s, notices) = parse_q(q);
        let expected_notices = usize::from(q.contains("quiz"));
        assert_eq!(notices.len(), expected_notices, "{q}: {notices:?}");
        assert_eq!(s.layout, want, "{q}");
        assert_eq!(parse_q(&format(&s)).0, s, "{q}");
    }
    // A bad activity says so once: its n and seed go without a word.
    let (s, notices) = parse_q("activity=quiz&n=4&seed=5");
    assert_eq!((s.layout, notices.len()), (Layout::Strip, 1), "{notices:?}");
    // Without any activity they are dropped, each with a notice.
    let (s, notices) = parse_q("n=4&seed=5&activity=order&list=1");
    assert_eq!(s.layout, Layout::List);
    assert_eq!(
        notices,
        [
            "Ignored n: it needs an activity.",
            "Ignored seed: it needs an activity."
        ]
    );
    assert_eq!(
        format(&parse_q("seed=7&lang=fr&n=4&activity=sources&event=a").0),
        "event=a&activity=sources&n=4&seed=7&lang=fr"
    );
}

#[test]
fn corroborate_needs_an_event_of_the_timeline() {
    let t = load(include_str!("../../data/events.json")).unwrap();
    let event = t.events[0].id.clone();
    let corroborate = |q: &str| {
        let (s, n1) = parse_q(q);
        assert!(n1.is_empty(), "{q}: {n1:?}");
        let (s, n2) = resolve(s, &t);
        (s.layout, s.event, n2)
    };
    // (query, kept, notice fragment)
    for (q, kept, fragment) in [
        (format!("activity=corroborate&event={event}"), true, None),
        (
            "activity=corroborate".to_string(),
            false,
            Some("Ignored activity=corroborate: it needs an event (event=…)."),
        ),
        (
            "activity=corroborate&event=no-such-event".to_string(),
            false,
            Some(
                "No event \"no-such-event\" in this timeline: the corroborate activity needs one.",
            ),
        ),
        // The other activities need no event.
        ("activity=order".to_string(), true, None),
        (
            "activity=sources&event=no-such-event".to_string(),
            true,
            Some("No event \"no-such-event\" in this timeline."),
        ),
    ] {
        let (layout, _, notices) = corroborate(&q);
        assert_eq!(matches!(layout, Layout::Activity(_)), kept, "{q}");
        match fragment {
            None => assert!(notices.is_empty(), "{q}: {notices:?}"),
            Some(f) => assert_eq!(notices, [f], "{q}"),
        }
    }
}

#[test]
fn languages_are_checked_for_their_syntax_only() {
    for (v, ok) in [
        ("en", true),
        ("fr", true),
        ("ast", true),
        ("pt-BR", true),
        ("zh-TW", true),
        // No such language, but the syntax is right: the app decides.
        ("xx", true),
        ("", false),
        ("e", false),
        ("engl", false),
        ("EN", false),
        ("en-gb", false),
        ("en-GBR", false),
        ("en-", false),
        ("-GB", false),
        ("pt_BR", false),
        ("en-GB-x", false),
        ("é", false),
    ] {
        assert_eq!(is_lang(v), ok, "{v:?}");
        let (s, notices) = parse_q(&format!("lang={}", encode(v)));
        assert_eq!(s.lang.as_deref(), ok.then_some(v), "{v:?}");
        assert_eq!(notices.len(), usize::from(!ok), "{v:?}");
    }
}

#[test]
fn the_activities_a_link_can_name_are_the_activities() {
    let activity = PARAMS.iter().find(|p| p.key == "activity").unwrap();
    let ids: Vec<&str> = activity::Kind::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(activity.syntax.values(), ids);
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
        layout: match r.below(4) {
            0 => Layout::Strip,
            1 => Layout::List,
            2 => Layout::Compare,
            _ => Layout::Activity(ActivityLink {
                kind: activity::Kind::ALL[r.below(3)],
                n: r.one_in(2)
                    .then(|| activity::MIN_N + r.below(activity::MAX_N - activity::MIN_N + 1)),
                seed: r
                    .one_in(2)
                    .then(|| Seed(r.next() as u32 ^ (r.next() << 16) as u32)),
            }),
        },
        tour: (r.one_in(3)).then(|| "army-purge-tour".to_string()),
        step: (r.one_in(3)).then(|| 1 + (r.next() % 20) as usize),
        data: (r.one_in(4)).then(|| "bench/events-1000.json".to_string()),
        lang: r
            .one_in(3)
            .then(|| r.pick(&["en", "fr", "ast", "pt-BR", "zh-TW"]).to_string()),
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
        // Its example reads without a notice (with the window's other half, and an
        // activity for n and seed), and format writes it back under its key.
        let pair = format!("{}={}", p.key, encode(p.example));
        let q = format!("from=1934&to=1939&activity=order&{pair}");
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
