//! What a class moving from TimelineJS ran into, one fixture each (tests/fixtures/import/,
//! our own invented content, in French, Russian and Korean where the files were): the
//! order of one day's events and their times, media, undated slides, the older format,
//! `slides`, Windows line endings, links ending in ")", years BC, an inch mark, groups
//! differing only in case, a file without a title, ids of non-Latin titles; and that the
//! import in slices gives exactly what the import in one go gives.
//!
//! Over 400 lines on purpose: one test per case a class ran into, each with its fixture.

use std::path::PathBuf;
use timeline_core::import::{self, html::link_spans, Format, ImportLoader, Origin};
use timeline_core::media::Kind;
use timeline_core::{LoadError, Timeline};

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/import")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn open_from(name: &str, origin: Origin) -> Timeline {
    match import::open_from(&fixture(name), &origin) {
        Ok((t, _)) => t,
        Err(LoadError::Invalid(p)) => panic!(
            "{name}: {}",
            p.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
        Err(e) => panic!("{name}: {e}"),
    }
}

fn open(name: &str) -> Timeline {
    open_from(name, Origin::named(name))
}

fn titles(t: &Timeline) -> Vec<&str> {
    t.events.iter().map(|e| e.title.as_str()).collect()
}

fn labels(t: &Timeline) -> Vec<String> {
    t.events.iter().map(|e| e.date_label()).collect()
}

#[test]
fn one_days_events_keep_their_times_and_the_files_order() {
    let t = open("same-day.json");
    assert_eq!(
        titles(&t),
        [
            "À l'aube : les soldats montent",
            "En fin de matinée : les canons restent",
            "Le soir : la foule se disperse",
            "Zola écrit une lettre",
            "Affiches sur les murs",
            "Marché du dimanche",
        ]
    );
    assert_eq!(
        labels(&t)[..4],
        [
            "18 Mar 1871, 06:00",
            "18 Mar 1871, 11:30",
            "18 Mar 1871, 17:45",
            "26 Mar 1871"
        ]
    );
    assert!(
        t.warnings.iter().any(|w| w
            .starts_with("1 date kept to the minute (seconds dropped): event \"En fin de matinée")),
        "{:?}",
        t.warnings
    );
    // Stepping (Previous/Next) follows the events' order: the same.
    let t = open("same-day.csv");
    assert_eq!(
        titles(&t),
        ["L'aube", "La matinée", "Le soir", "Zola", "Affiches"]
    );
    assert_eq!(
        labels(&t)[..3],
        [
            "18 Mar 1871, 06:00",
            "18 Mar 1871, 11:30–12:15",
            "18 Mar 1871, 17:45"
        ]
    );
}

#[test]
fn media_arrive_resolved_or_named_and_quotes_as_text() {
    let base = "https://ecole.example.org/4b/media.json";
    let t = open_from("media.json", Origin::at(base));
    let media = |title: &str| {
        let i = t.events.iter().position(|e| e.title == title).unwrap();
        t.event_media(i).unwrap()
    };
    let m = media("Relative image");
    assert_eq!(
        m.kind,
        Kind::Image {
            src: "https://ecole.example.org/4b/media/tour.jpg".into()
        }
    );
    assert_eq!(
        (
            m.caption.as_deref(),
            m.credit.as_deref(),
            m.alt.as_deref(),
            m.thumbnail.as_deref()
        ),
        (
            Some("La tour en 1889"),
            Some("Archives de la classe"),
            Some("Une tour de fer"),
            Some("https://ecole.example.org/4b/media/tour-petite.jpg")
        )
    );
    assert_eq!(m.host(), Some("ecole.example.org"));
    let m = media("Protocol-relative image");
    assert_eq!(
        m.url.as_deref(),
        Some("https://upload.wikimedia.org/wikipedia/commons/a/a8/Example.jpg")
    );
    let m = media("A quotation");
    assert_eq!(
        m.kind,
        Kind::Quote {
            text: "Il faut cultiver notre jardin. Candide".into()
        }
    );
    assert_eq!(m.credit.as_deref(), Some("Voltaire"));
    let m = media("An embedded frame");
    assert!(matches!(&m.kind, Kind::Refused { reason } if reason.contains("<iframe>")));
    assert_eq!(m.caption.as_deref(), Some("Un cadre"));
    assert!(matches!(
        media("A video").kind,
        Kind::YouTube {
            start: Some(65),
            ..
        }
    ));
    assert!(matches!(
        media("An insecure image").kind,
        Kind::Refused { .. }
    ));
    let cover = t.title_media().unwrap();
    assert_eq!(cover.credit.as_deref(), Some("Classe de 4e B"));
    assert_eq!(
        cover.url.as_deref(),
        Some("https://ecole.example.org/4b/media/couverture.jpg")
    );
    assert!(t.events.iter().all(|e| !e.summary.contains("Media")));
    let warning = |t: &Timeline| {
        t.warnings
            .iter()
            .find(|w| w.contains("cannot be shown"))
            .cloned()
            .unwrap_or_default()
    };
    assert!(
        warning(&t).starts_with(
            "2 media cannot be shown (a note stands in their place): \"An embedded frame\""
        ),
        "{:?}",
        t.warnings
    );
    // Opened from the device, the relative ones are named too (nothing to resolve them
    // against), and nothing vanishes.
    let t = open("media.json");
    let w = warning(&t);
    assert!(w.starts_with("4 media cannot be shown"), "{w}");
    assert!(
        w.contains("the title (The relative address \"./media/couverture.jpg\" is not shown"),
        "{w}"
    );
    assert!(w.contains("\"Relative image\""), "{w}");
    assert_eq!(t.events.iter().filter(|e| e.media.is_some()).count(), 6);
}

#[test]
fn an_undated_slide_or_row_is_left_out_and_named() {
    let t = open("undated.json");
    assert_eq!(titles(&t), ["Loi de séparation", "Une autre année"]);
    assert_eq!(
        t.warnings[0],
        "1 event without a date left out (TimelineJS skips them too): \"Une diapositive sans date\" (line 5)."
    );
    let t = open("undated.csv");
    assert_eq!(titles(&t), ["Loi de séparation", "Une autre année"]);
    assert_eq!(
        t.warnings[0],
        "1 row without a date left out (TimelineJS skips them too): \"Une ligne sans année\" (line 3)."
    );
}

#[test]
fn the_older_timelinejs_format_is_read() {
    let text = fixture("timelinejs2.json");
    assert_eq!(import::detect(&text), Format::TimelineJs);
    let t = open("timelinejs2.json");
    assert_eq!(t.title, "Тридцатые годы");
    assert_eq!(t.subtitle, "Учебная хронология, придуманная для тестов.");
    assert_eq!(
        titles(&t),
        [
            "Убийство Кирова",
            "Первый процесс",
            "Утро приговора",
            "Год без месяца"
        ]
    );
    assert_eq!(
        labels(&t),
        [
            "1 Dec 1934",
            "19 Aug 1936–24 Aug 1936",
            "11 Jun 1937, 09:30",
            "1938"
        ]
    );
    let cats: Vec<&str> = t.categories.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(cats, ["Политика", "Суды"]);
    assert_eq!(t.categories[0].id, "politika");
    assert_eq!(t.eras.len(), 1);
    assert_eq!(
        (t.eras[0].label.as_str(), t.eras[0].end.to_iso()),
        ("Большой террор", "1938-12-31".into())
    );
    assert!(matches!(
        t.event_media(0).unwrap().kind,
        Kind::Wikipedia { ref lang, ref article } if lang == "ru" && article == "Убийство Кирова"
    ));
    assert!(t.title_media().is_some());
    assert_eq!(t.events[0].id, "ubiistvo-kirova");
    assert!(t.warnings[0].starts_with("Read as the older TimelineJS 1 and 2 format"));
}

#[test]
fn slides_where_events_belong_are_read_and_said_so() {
    let t = open("slides.json");
    assert_eq!(titles(&t), ["한국 전쟁 발발", "정전 협정", "서울 올림픽"]);
    assert_eq!(t.title, "한국 현대사");
    assert!(
        t.warnings[0].contains("\"slides\" as its events"),
        "{:?}",
        t.warnings
    );
    // Ids from the transliterated titles, never "event-1".
    assert!(t.events.iter().all(|e| !e.id.starts_with("event-")));
    assert_eq!(t.categories.len(), 2);
}

#[test]
fn windows_line_endings_name_the_right_line() {
    let text = fixture("crlf.csv");
    assert!(
        text.contains("\r\n"),
        "the fixture keeps its Windows line endings"
    );
    let Err(LoadError::Invalid(p)) = import::open(&text, "crlf.csv") else {
        panic!("accepted")
    };
    let p: Vec<String> = p.iter().map(|p| p.to_string()).collect();
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p[0].starts_with("line 4, column 2: \"Mois impossible\""),
        "{p:?}"
    );
    assert!(
        p[1].starts_with("line 5, column 3: \"Jour impossible\""),
        "{p:?}"
    );
}

#[test]
fn an_inch_mark_in_an_unquoted_field_is_text() {
    let t = open("inch-mark.csv");
    assert_eq!(
        titles(&t),
        ["Une règle de 12\" exposée", "Entre guillemets \"doubles\""]
    );
}

#[test]
fn groups_differing_only_in_case_are_categories_of_their_own() {
    let t = open("case-groups.csv");
    let cats: Vec<(&str, &str)> = t
        .categories
        .iter()
        .map(|c| (c.id.as_str(), c.label.as_str()))
        .collect();
    assert_eq!(
        cats,
        [
            ("politique", "Politique"),
            ("politique-2", "politique"),
            ("politique-3", "POLITIQUE"),
            ("sport", "Sport")
        ]
    );
    let of = |title: &str| {
        let e = &t.events[t.events.iter().position(|e| e.title == title).unwrap()];
        t.categories[e.categories[0]].label.as_str()
    };
    assert_eq!(of("Mai 68"), "politique");
}

#[test]
fn a_file_without_a_title_bc_years_and_links_ending_in_a_parenthesis() {
    let t = open("class-timeline.json");
    assert_eq!(t.title, "Class timeline");
    let headings: Vec<String> = t.events.iter().map(|e| e.year_heading()).collect();
    // TimelineJS's year -5409 is 5409 BC (as it shows it), astronomical year -5408.
    assert_eq!(headings, ["5409 BC", "5409 BC", "44 BC", "622"]);
    assert_eq!(labels(&t)[..3], ["5409 BC", "Mar 5409 BC", "15 Mar 44 BC"]);
    let links: Vec<&str> = link_spans(&t.events[3].summary)
        .into_iter()
        .filter(|s| s.1)
        .map(|s| s.0)
        .collect();
    assert_eq!(
        links,
        [
            "https://en.wikipedia.org/wiki/Hijra_(Islam)",
            "https://fr.wikipedia.org/wiki/H%C3%A9gire_(islam)"
        ]
    );
    // Named by an address, the title comes from its last part.
    let (t, _) = import::open_from(
        &fixture("class-timeline.json"),
        &Origin::at("https://example.org/7b/ancient_history.json?v=3"),
    )
    .unwrap();
    assert_eq!(t.title, "Ancient history");
}

#[test]
fn ids_of_non_latin_titles_come_from_their_letters_or_their_date() {
    let t = open("non-latin.json");
    let ids: Vec<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ubiistvo-kirova",
            "protsess",
            "protsess-2",
            "1939-08",
            "hangug-jeonjaeng"
        ]
    );
    // A slide added at the front renames nothing.
    let mut doc: serde_json::Value = serde_json::from_str(&fixture("non-latin.json")).unwrap();
    doc["events"].as_array_mut().unwrap().insert(
        0,
        serde_json::json!({"start_date": {"year": "1917"}, "text": {"headline": "Революция"}}),
    );
    let (t2, _) = import::open(&doc.to_string(), "x").unwrap();
    for id in ids {
        assert!(t2.event_index(id).is_some(), "{id} renamed");
    }
}

/// Runs an import in slices of `n`, checking progress only grows, and returns it.
fn sliced(text: &str, origin: Origin, n: usize) -> Result<(Timeline, Format), LoadError> {
    let mut l = ImportLoader::start(text, &origin)?;
    let mut last = (0, 0);
    while !l.step(n)? {
        let p = l.progress();
        assert!(p.0 >= last.0 && p.0 <= p.1, "{last:?} then {p:?}");
        last = p;
    }
    l.finish()
}

#[test]
fn slices_give_exactly_what_one_go_gives() {
    let mut big = String::from("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n");
    big.push_str(",,,,,,,,,A class timeline,Made in a spreadsheet,,,,,title,,\r\n");
    for k in 0..5000 {
        big.push_str(&format!(
            "{},{},{},{},,,,,,\"Row {k}, \"\"quoted\"\"\",\"<p>Text {k}</p>\",{},,,,,Group {},\r\n",
            1850 + k % 150,
            1 + k % 12,
            1 + k % 28,
            if k % 5 == 0 { "10:30" } else { "" },
            if k % 7 == 0 {
                "https://youtu.be/pi2v1m6gmD8"
            } else {
                ""
            },
            k % 8
        ));
    }
    let json = serde_json::to_string(&serde_json::json!({
        "events": (0..3000).map(|k| serde_json::json!({
            "start_date": {"year": 1900 + k % 100, "month": 1 + k % 12},
            "text": {"headline": format!("Slide {k}")},
            "group": format!("G{}", k % 3)
        })).collect::<Vec<_>>()
    }))
    .unwrap();
    let ours = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/events.json"),
    )
    .unwrap();
    for (text, name) in [
        (big.as_str(), "big.csv"),
        (json.as_str(), "slides.json"),
        (ours.as_str(), "events.json"),
        (fixture("media.json").as_str(), "media.json"),
        (fixture("timelinejs2.json").as_str(), "timelinejs2.json"),
        (fixture("crlf.csv").as_str(), "crlf.csv"),
        ("{\"events\": 5}", "bad.json"),
    ] {
        let origin = Origin::at("https://school.example.org/7b/file.json");
        let whole = import::open_from(text, &origin);
        for n in [1, 7, 1000] {
            assert_eq!(sliced(text, origin, n), whole, "{name} in slices of {n}");
        }
    }
    let (t, f) = sliced(&big, Origin::named("big.csv"), 500).unwrap();
    assert_eq!((t.events.len(), f), (5000, Format::TimelineJsCsv));
    assert_eq!(t.categories.len(), 8);
}

#[test]
fn a_broken_spreadsheet_read_in_slices_ends_with_its_problems() {
    let text = "Year,Month,Day,Headline,Text\n1917,13,,Revolution,\nsoon,,,Later,\n1918,,,\"Never closed\n";
    for n in [1, 2000] {
        let err = sliced(text, Origin::named("broken-class.csv"), n).unwrap_err();
        let all = format!("{err:?}");
        assert!(all.contains("month 13 does not exist"), "{all}");
        assert!(all.contains("never closed"), "{all}");
    }
}
