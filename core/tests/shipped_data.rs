//! Checks on the dataset the app ships (data/events.json): it loads, it is complete,
//! its citations point at real sections of the source documents, it keeps its published
//! ids, and none of its sentences are copied from the documents.
//!
//! Over 400 lines on purpose: one test per promise the shipped data makes, with the
//! paragraph counter they share.

use std::collections::HashSet;
use std::path::PathBuf;
use timeline_core::{lint, load, Timeline};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn shipped() -> Timeline {
    let text = std::fs::read_to_string(root().join("data/events.json")).expect("data/events.json");
    match load(&text) {
        Ok(t) => t,
        Err(timeline_core::LoadError::Invalid(problems)) => {
            panic!(
                "shipped data invalid:\n{}",
                problems
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        }
        Err(e) => panic!("{e}"),
    }
}

/// The source documents, which live in ../shared/seeds beside the checkout (CI has them
/// there too). Without them the checks against the documents cannot run, and a check
/// that cannot run fails rather than passing unseen.
fn seeds_dir() -> PathBuf {
    let dir = root().join("../shared/seeds");
    assert!(
        dir.is_dir(),
        "the five source documents are expected in ../shared/seeds beside this checkout \
         (looked for {}); the citation and no-copy checks need them",
        dir.display()
    );
    dir
}

fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '´' | '’' | '‘' => '\'',
            '–' | '—' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn shipped_data_is_valid_and_complete() {
    let t = shipped();
    let lints = lint(&t);
    assert!(lints.is_empty(), "unused entries: {lints:?}");
    assert!(t.events.len() >= 60, "only {} events", t.events.len());
    assert!(t.tours.len() >= 3, "only {} tours", t.tours.len());
    for id in [
        "kirov-to-great-terror",
        "red-army-purge",
        "moscow-show-trials",
    ] {
        assert!(t.tour_index(id).is_some(), "tour {id} missing");
    }
    assert_eq!(t.sources.len(), 5);
    for e in &t.events {
        assert!(!e.citations.is_empty(), "{} has no citation", e.id);
        assert!(e.summary.len() >= 40, "{} summary too short", e.id);
    }
    // The story spans Stalin's youth to the opening of the archives.
    let first = &t.events[0];
    let last = t.events.last().unwrap();
    assert!(
        first.start.year < 1880 && last.start.year >= 1988,
        "{} .. {}",
        first.id,
        last.id
    );
}

#[test]
fn published_ids_never_disappear() {
    let t = shipped();
    let ids: HashSet<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
    let published = std::fs::read_to_string(root().join("data/published-ids.txt")).unwrap();
    let missing: Vec<&str> = published
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|id| !ids.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "published event ids removed or renamed: {missing:?}"
    );
}

#[test]
fn known_disagreements_are_recorded() {
    let t = shipped();
    let event = |id: &str| &t.events[t.event_index(id).unwrap_or_else(|| panic!("{id}"))];
    // (event, words that must appear among its dispute claims)
    let cases: &[(&str, &[&str])] = &[
        ("stalin-born", &["1879", "1878"]),
        (
            "decree-on-terrorist-acts",
            &["day of the murder", "day after"],
        ),
        ("army-purge", &["25,000", "35,000", "13 of 15", "16 of 17"]),
        (
            "zinoviev-kamenev-1935",
            &["January 1935", "20 November", "Two others", "17 others"],
        ),
        ("labour-camp-totals", &["1.5 to 1.7 million", "10 million"]),
        ("party-purge-1933", &["18%", "One million", "854,300"]),
        ("kirov-assassination", &["arranged", "unproven"]),
    ];
    for (id, needles) in cases {
        let claims: String = event(id)
            .disputes
            .iter()
            .flat_map(|d| d.claims.iter().map(|c| c.value.as_str()))
            .collect::<Vec<_>>()
            .join(" | ");
        for n in *needles {
            assert!(
                claims.contains(n),
                "{id}: no claim mentions {n:?} in {claims}"
            );
        }
    }
}

/// Who a source is, field by field.
fn provenance(s: &timeline_core::model::Source) -> [(&'static str, Option<&str>); 5] {
    [
        ("author", s.author.as_deref()),
        ("date", s.date.as_deref()),
        ("audience", s.audience.as_deref()),
        ("purpose", s.purpose.as_deref()),
        ("based_on", s.based_on.as_deref()),
    ]
}

/// Sourcing: every document says who wrote it, when, for whom, to what end and resting on
/// what, with "Not stated" (never a guess) where the document does not give its author
/// or date.
#[test]
fn every_source_says_who_it_is() {
    let t = shipped();
    for s in &t.sources {
        for (field, value) in provenance(s) {
            let v = value.unwrap_or_else(|| panic!("{}: no {field}", s.id));
            assert!(v.trim().len() >= 4, "{}: {field} is {v:?}", s.id);
        }
    }
    // Only the study guide names its author and date; the others say so.
    for s in &t.sources {
        let stated = s.id == "study-guide";
        for v in [&s.author, &s.date] {
            let v = v.as_deref().unwrap();
            assert_eq!(!v.starts_with("Not stated"), stated, "{}: {v}", s.id);
        }
    }
}

/// The documents name two different men Smirnov: the study guide's supporter of Trotsky
/// (1920s) and the flashcards' member of the 1932 group. They are two people, each named
/// by its own events, and `smirnov` (in `person=` links) stays the 1932 group's.
#[test]
fn smirnov_is_two_people() {
    let t = shipped();
    let smirnovs: Vec<usize> = (0..t.people.len())
        .filter(|&i| t.people[i].name.contains("Smirnov"))
        .collect();
    assert_eq!(smirnovs.len(), 2, "{:?}", t.people);
    let named = |i: usize| -> Vec<&str> {
        t.events
            .iter()
            .filter(|e| e.people.contains(&i))
            .map(|e| e.id.as_str())
            .collect()
    };
    let group = t.person_index("smirnov").expect("smirnov");
    assert!(smirnovs.contains(&group));
    assert_eq!(named(group), ["smirnov-group"]);
    let other = *smirnovs.iter().find(|&&i| i != group).unwrap();
    assert_ne!(t.people[group].name, t.people[other].name);
    assert!(!named(other).is_empty() && !named(other).contains(&"smirnov-group"));
}

/// Every dispute of the shipped data holds together: at least two claims with different
/// values, each naming sources the event cites (once per claim); where a document gives
/// two values (it contradicts itself), the event cites it at two passages and a note says
/// where they are.
#[test]
fn disputes_name_only_sources_the_event_cites() {
    let t = shipped();
    let mut wrong = Vec::new();
    for e in &t.events {
        let cited: HashSet<&str> = e.citations.iter().map(|c| c.source.as_str()).collect();
        for d in &e.disputes {
            let here = format!("{} ({:?})", e.id, d.about);
            if d.claims.len() < 2 {
                wrong.push(format!("{here}: fewer than two claims"));
            }
            let values: HashSet<&str> = d.claims.iter().map(|c| c.value.trim()).collect();
            if values.len() != d.claims.len() {
                wrong.push(format!("{here}: two claims give the same value"));
            }
            let mut times: Vec<(&str, usize)> = Vec::new();
            for c in &d.claims {
                let once: HashSet<&str> = c.sources.iter().map(String::as_str).collect();
                if once.len() != c.sources.len() || once.is_empty() {
                    wrong.push(format!("{here}: claim {:?} names {:?}", c.value, c.sources));
                }
                for s in once {
                    if !cited.contains(s) {
                        wrong.push(format!("{here}: {s} is not cited by the event"));
                    }
                    match times.iter_mut().find(|(x, _)| *x == s) {
                        Some((_, n)) => *n += 1,
                        None => times.push((s, 1)),
                    }
                }
            }
            for (s, _) in times.iter().filter(|(_, n)| *n > 1) {
                let passages: HashSet<(&str, u32)> = e
                    .citations
                    .iter()
                    .filter(|c| c.source == *s)
                    .map(|c| (c.section.as_str(), c.paragraph))
                    .collect();
                if passages.len() < 2 {
                    wrong.push(format!(
                        "{here}: {s} gives two values but is cited at one passage"
                    ));
                }
                if d.note.is_none() {
                    wrong.push(format!(
                        "{here}: {s} gives two values and no note says where"
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The disagreements recorded from the second reading of the documents (the first ones
/// are in `known_disagreements_are_recorded`): (event, what differs, the sources its
/// claims name). A source named twice contradicts itself.
#[test]
fn disagreements_of_the_second_reading_are_recorded() {
    let t = shipped();
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "decree-on-terrorist-acts",
            "What the decree took from the accused",
            &["reference-entry", "web-article"],
        ),
        (
            "seventeenth-congress",
            "What the congress voted on",
            &["school-page", "flashcards", "study-guide"],
        ),
        (
            "seventeenth-congress",
            "Kirov's place in the party",
            &["flashcards", "study-guide"],
        ),
        (
            "kirov-assassination",
            "Kirov and Stalin",
            &[
                "reference-entry",
                "school-page",
                "study-guide",
                "flashcards",
            ],
        ),
        (
            "ogpu-into-nkvd",
            "What became of the OGPU",
            &["study-guide", "study-guide"],
        ),
        (
            "terror-begins",
            "When the terror began",
            &["reference-entry", "reference-entry", "web-article"],
        ),
        (
            "purge-of-1935",
            "How many were caught up in 1935",
            &["reference-entry", "flashcards"],
        ),
        (
            "tukhachevsky-shot",
            "Tukhachevsky's post",
            &["school-page", "study-guide"],
        ),
        (
            "terror-at-its-peak",
            "When the terror peaked",
            &["reference-entry", "web-article"],
        ),
        (
            "terror-at-its-peak",
            "Stalin's hold on the terror",
            &["reference-entry", "study-guide"],
        ),
        (
            "census-1959",
            "Men to women aged 60-69",
            &["web-article", "web-article"],
        ),
        (
            "politburo-orgburo",
            "What the Politburo belonged to",
            &["study-guide", "study-guide"],
        ),
        (
            "gulag-expansion",
            "Where the Gulag began",
            &["web-article", "flashcards"],
        ),
    ];
    for (id, about, sources) in cases {
        let e = &t.events[t.event_index(id).unwrap_or_else(|| panic!("no event {id}"))];
        let d = e
            .disputes
            .iter()
            .find(|d| d.about == *about)
            .unwrap_or_else(|| panic!("{id}: no dispute about {about:?}"));
        let mut named: Vec<&str> = d
            .claims
            .iter()
            .flat_map(|c| c.sources.iter().map(String::as_str))
            .collect();
        let mut want = sources.to_vec();
        named.sort_unstable();
        want.sort_unstable();
        assert_eq!(named, want, "{id}: {about}");
    }
}

#[test]
fn search_spellings_are_recorded() {
    let t = shipped();
    for (canonical, alias) in [
        ("Grigory Zinoviev", "Zinovyev"),
        ("Mikhail Tukhachevsky", "Tukhachevski"),
        ("Tomsky", "Tomskey"),
        ("Kaganovich", "Kaganovitch"),
    ] {
        let p = t
            .people
            .iter()
            .find(|p| p.name == canonical)
            .expect(canonical);
        assert!(
            p.aliases.iter().any(|a| a == alias),
            "{canonical} lacks {alias}"
        );
    }
}

#[test]
fn cited_sections_exist_in_the_documents() {
    let dir = seeds_dir();
    let t = shipped();
    for s in &t.sources {
        let file = s
            .file
            .as_ref()
            .expect("every shipped source names its file");
        let text = normalise(&std::fs::read_to_string(dir.join(file)).expect(file));
        assert!(
            text.contains(&normalise(&s.title)),
            "{}: title not in {file}",
            s.id
        );
        for section in &s.sections {
            assert!(
                text.contains(&normalise(section)),
                "{}: section {section:?} not in {file}",
                s.id
            );
        }
    }
}

/// A heading as written in a document (markdown marks and tags removed), normalised.
fn heading(line: &str) -> String {
    let mut plain = String::new();
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            '*' | '#' | '_' if !in_tag => {}
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    normalise(&plain)
}

/// How many paragraphs the lines of one section hold, counted as data/README.md says:
/// blocks separated by blank lines; each list item ("- ", "• ") is one; page furniture
/// (rules, copyright lines, footnotes, headings) is not a paragraph; across a page break
/// (furniture, or two blank lines or more) a block continues the paragraph before it
/// when that one stopped mid-sentence or the block starts in lower case; and where a
/// document repeats a section's heading on every card (the flashcards), each card is one.
fn paragraphs(lines: &[&str], section: &str) -> usize {
    let own = normalise(section);
    let (mut n, mut open, mut ended, mut blanks, mut furniture) = (0, false, true, 0, false);
    for line in lines {
        let t = line.trim();
        if heading(t) == own {
            (open, ended, blanks, furniture) = (false, true, 0, false);
            continue;
        }
        if t.is_empty() {
            (open, blanks) = (false, blanks + 1);
            continue;
        }
        if ["---", "Copyright", "<sup>", "#"]
            .iter()
            .any(|p| t.starts_with(p))
        {
            (open, furniture) = (false, true);
            continue;
        }
        let item = t.starts_with("- ") || t.starts_with("• ");
        let page_break = furniture || blanks >= 2;
        let continues =
            n > 0 && page_break && (!ended || t.starts_with(|c: char| c.is_lowercase()));
        if item || (!open && !continues) {
            n += 1;
        }
        (open, blanks, furniture) = (true, 0, false);
        // A footnote mark after the full stop does not hide it.
        let mut text = t;
        while let Some(i) = text.rfind("<sup>").filter(|_| text.ends_with("</sup>")) {
            text = text[..i].trim_end();
        }
        ended = text.ends_with(['.', '!', '?', '"', '”', ')', '…', ':']);
    }
    n
}

#[test]
fn paragraph_counting_follows_the_rule() {
    let check = |text: &str, expected: usize| {
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(paragraphs(&lines, "Cards"), expected, "{text:?}");
    };
    check("One.\n\nTwo.\n\nThree.", 3);
    check("One, wrapped\nover lines.\n\nTwo.", 2);
    // A page break with its footer and footnote inside the second paragraph.
    check(
        "One.\n\nTwo, cut by a\n\n---\n\n<sup>1</sup> A note\n\nCopyright\n\npage break.\n\nThree.",
        3,
    );
    check("Intro:\n\n- first\n- second\n\nAfter.", 4);
    check("CARDS\nFirst card\nwraps.\nCARDS\nSecond card.", 2);
    check("### A sub-heading\n\nOne.", 1);
}

#[test]
fn cited_paragraphs_exist_in_their_sections() {
    let dir = seeds_dir();
    let t = shipped();
    let mut wrong = Vec::new();
    for s in &t.sources {
        let file = s
            .file
            .as_ref()
            .expect("every shipped source names its file");
        let text = std::fs::read_to_string(dir.join(file)).expect(file);
        let lines: Vec<&str> = text.lines().collect();
        // Each section from its heading (in the order listed) to the next one's.
        let mut starts = Vec::new();
        let mut from = 0;
        for section in &s.sections {
            let want = normalise(section);
            let at = (from..lines.len())
                .find(|&i| heading(lines[i]) == want)
                .unwrap_or_else(|| panic!("{}: no heading {section:?} in {file}", s.id));
            starts.push(at);
            from = at + 1;
        }
        starts.push(lines.len());
        for e in &t.events {
            for c in e.citations.iter().filter(|c| c.source == s.id) {
                let Some(at) = s.sections.iter().position(|x| *x == c.section) else {
                    continue;
                };
                let p = c.paragraph;
                let count = paragraphs(&lines[starts[at]..starts[at + 1]], &c.section);
                if p as usize > count || p == 0 {
                    wrong.push(format!(
                        "{}: {} \"{}\" ¶{p}, but the section has {count} paragraphs",
                        e.id, s.id, c.section
                    ));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "locators past their section:\n{}",
        wrong.join("\n")
    );
}

fn words(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn no_sentence_is_copied_from_the_documents() {
    let dir = seeds_dir();
    const RUN: usize = 8;
    let mut shingles = HashSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            let w = words(&std::fs::read_to_string(&path).unwrap());
            for win in w.windows(RUN) {
                shingles.insert(win.join(" "));
            }
        }
    }
    let t = shipped();
    let mut texts: Vec<(String, &str)> = Vec::new();
    for e in &t.events {
        texts.push((format!("{} summary", e.id), &e.summary));
        for c in &e.citations {
            texts.push((format!("{} citation of {}", e.id, c.source), &c.says));
        }
        for d in &e.disputes {
            if let Some(n) = &d.note {
                texts.push((format!("{} dispute note", e.id), n));
            }
        }
        if let Some(n) = &e.note {
            texts.push((format!("{} editors' note", e.id), n));
        }
    }
    for era in &t.eras {
        if let Some(n) = &era.note {
            texts.push((format!("era {} note", era.id), n));
        }
    }
    for tour in &t.tours {
        texts.push((format!("tour {} description", tour.id), &tour.description));
        for (k, step) in tour.steps.iter().enumerate() {
            texts.push((format!("tour {} step {}", tour.id, k + 1), &step.note));
        }
    }
    for s in &t.sources {
        texts.push((format!("source {} reliability", s.id), &s.reliability));
        for (field, value) in provenance(s) {
            if let Some(v) = value {
                texts.push((format!("source {} {field}", s.id), v));
            }
        }
    }
    let mut copied = Vec::new();
    for (place, text) in texts {
        let w = words(text);
        for win in w.windows(RUN) {
            let run = win.join(" ");
            if shingles.contains(&run) {
                copied.push(format!("{place}: \"{run}\""));
                break;
            }
        }
    }
    assert!(
        copied.is_empty(),
        "runs of {RUN}+ words copied from the documents:\n{}",
        copied.join("\n")
    );
}

/// The audit's "one event citing 50,000 times is rejected as 2 problems": there is no
/// limit on citations; its file had replaced the event's citations with copies of one,
/// so the event's dispute named two sources it no longer cited, and the two problems
/// say exactly that. With the citations kept, the file loads.
#[test]
fn fifty_thousand_citations_load_and_a_dispute_must_cite_its_sources() {
    let text = std::fs::read_to_string(root().join("data/events.json")).unwrap();
    let mut raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    let event = &mut raw["events"][0];
    let first = event["citations"][0].clone();
    let cited = event["citations"].as_array_mut().unwrap();
    let before = cited.len();
    cited.extend(std::iter::repeat_n(first.clone(), 50_000));
    let t = load(&raw.to_string()).expect("50,000 citations load");
    assert_eq!(
        t.events.iter().map(|e| e.citations.len()).max(),
        Some(50_000 + before)
    );

    raw["events"][0]["citations"] = serde_json::Value::Array(vec![first; 50_000]);
    let Err(timeline_core::LoadError::Invalid(problems)) = load(&raw.to_string()) else {
        panic!("a dispute naming uncited sources loaded");
    };
    assert_eq!(problems.len(), 2);
    for p in &problems {
        assert!(
            p.message.contains("which the event does not cite"),
            "{}",
            p.message
        );
    }
}

#[test]
fn shipped_media_can_all_be_shown() {
    // The strict rules leave media's kind to where it is shown (core::media); the shipped
    // data holds none that would show a note instead.
    let t = shipped();
    let media = (0..t.events.len())
        .filter_map(|i| t.event_media(i).map(|m| (t.events[i].id.clone(), m)))
        .chain(t.title_media().map(|m| ("the title".to_string(), m)));
    for (what, m) in media {
        assert!(
            !matches!(m.kind, timeline_core::media::Kind::Refused { .. }),
            "{what}: {:?}",
            m.kind
        );
    }
}
