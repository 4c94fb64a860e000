use super::*;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every catalogue under i18n/: (language, its text as the build joins it); with
/// `I18N_EXTRA=DIR`, also the catalogues in `DIR/<code>/` (a translation being written,
/// checked before it joins i18n/ and LANGS).
fn catalogues() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![root().join("i18n")];
    dirs.extend(std::env::var_os("I18N_EXTRA").map(PathBuf::from));
    for dir in dirs.iter().flat_map(|d| fs::read_dir(d).unwrap()) {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let text = files
            .iter()
            .map(|f| fs::read_to_string(f).unwrap() + "\n")
            .collect::<String>();
        out.push((code, text));
    }
    out.sort();
    out
}

fn vars(pieces: &[Piece], out: &mut Vec<String>) {
    for p in pieces {
        match p {
            Piece::Var(v) => out.push(v.clone()),
            Piece::Select { var, variants, .. } => {
                out.push(var.clone());
                for (_, v) in variants {
                    vars(v, out);
                }
            }
            Piece::Text(_) => {}
        }
    }
}

fn var_set(c: &Catalogue, id: &str) -> Vec<String> {
    let mut v = Vec::new();
    vars(c.pieces(id).unwrap(), &mut v);
    v.sort();
    v.dedup();
    v
}

#[test]
fn every_catalogue_has_every_english_message_with_its_variables() {
    let en = Catalogue::english();
    let shipped: Vec<_> = LANGS.iter().map(|(code, _, _)| *code).collect();
    for (lang, text) in catalogues() {
        assert!(
            shipped.contains(&lang.as_str()) || std::env::var_os("I18N_EXTRA").is_some(),
            "i18n/{lang} is not in LANGS"
        );
        let c = Catalogue::parse(&lang, &text).unwrap_or_else(|e| panic!("i18n/{lang}: {e}"));
        let mut missing: Vec<_> = en.ids().filter(|id| c.pieces(id).is_none()).collect();
        missing.sort();
        assert!(missing.is_empty(), "i18n/{lang} lacks {missing:?}");
        for id in c.ids() {
            assert!(
                en.pieces(id).is_some(),
                "i18n/{lang} has {id}, English does not"
            );
            assert_eq!(
                var_set(&c, id),
                var_set(&en, id),
                "i18n/{lang}: {id}'s variables"
            );
        }
    }
    for code in shipped {
        assert!(
            root().join("i18n").join(code).is_dir(),
            "LANGS lists {code}, i18n/ lacks it"
        );
    }
}

/// The subset reader and Project Fluent's own parser and formatter agree on every message
/// of every catalogue, for counts that pick each plural form and for words.
#[test]
fn fluent_itself_reads_every_catalogue_the_same() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    for (lang, text) in catalogues() {
        let res = FluentResource::try_new(text.clone())
            .unwrap_or_else(|(_, e)| panic!("i18n/{lang}: Fluent finds {e:?}"));
        let id: unic_langid::LanguageIdentifier = lang.parse().unwrap();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res).unwrap();
        let ours = Catalogue::parse(&lang, &text).unwrap();
        let plain = Unformatted(native_locale(&lang));
        for id in ours.ids() {
            for n in [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 22.0, 25.0, 101.0, 1.5] {
                let mut fargs = FluentArgs::new();
                let mut args: Vec<(&str, Arg)> = Vec::new();
                for v in var_set(&ours, id) {
                    let name: &'static str = Box::leak(v.into_boxed_str());
                    if matches!(
                        name,
                        "n" | "count"
                            | "total"
                            | "shown"
                            | "year"
                            | "day"
                            | "number"
                            | "position"
                            | "size"
                            | "score"
                            | "of"
                    ) || name.starts_with('n')
                    {
                        fargs.set(name, n);
                        args.push((name, Arg::Num(n)));
                    } else {
                        fargs.set(name, format!("«{name}»"));
                        args.push((name, Arg::Str(format!("«{name}»").into())));
                    }
                }
                let msg = bundle.get_message(id).unwrap();
                let mut errors = vec![];
                let theirs = bundle.format_pattern(msg.value().unwrap(), Some(&fargs), &mut errors);
                assert!(errors.is_empty(), "i18n/{lang} {id}: {errors:?}");
                let mine = ours
                    .format(id, &args, &plain)
                    .unwrap()
                    .replace(['\u{2068}', '\u{2069}'], "");
                assert_eq!(mine, theirs, "i18n/{lang} {id} with {n}");
            }
        }
    }
}

/// CLDR's plural rules with Fluent's plain digits, for comparing with Fluent.
struct Unformatted(Rc<dyn Locale>);
impl Locale for Unformatted {
    fn plural(&self, n: f64) -> Plural {
        self.0.plural(n)
    }
    fn number(&self, n: f64) -> String {
        n.to_string()
    }
}

/// Every `t!("id"…)` in the code names an English message.
#[test]
fn every_message_the_code_asks_for_is_in_english() {
    let en = Catalogue::english();
    let mut missing = Vec::new();
    let mut stack = vec![
        root().join("src"),
        root().join("core/src"),
        root().join("cli/src"),
    ];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            stack.extend(fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        } else if p.extension().is_some_and(|x| x == "rs") {
            let code = fs::read_to_string(&p).unwrap();
            for (at, _) in code.match_indices("t!(\"") {
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue; // format!, print!…
                }
                let id = code[at + 4..].split('"').next().unwrap();
                if id != "id" && en.pieces(id).is_none() {
                    missing.push(format!("{}: {id}", p.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "not in i18n/en: {missing:#?}");
}

#[test]
fn formats_variables_plurals_and_literals() {
    let c = Catalogue::parse(
        "en",
        "# a comment\n\
         plain = Hello\n\
         with-var = Open { $title }\n\
         counted = { $n ->\n    [0] no events\n    [one] { $n } event\n   *[other] { $n } events\n}\n\
         spaced = { \" \" }x{ \"\\u00A0\" }\n\
         multi = first\n    second\n",
    )
    .unwrap();
    let en = PlainEnglish;
    let f = |id, args: &[(&str, Arg)]| c.format(id, args, &en).unwrap();
    assert_eq!(f("plain", &[]), "Hello");
    assert_eq!(f("with-var", &[("title", "Kirov".into())]), "Open Kirov");
    for (n, want) in [
        (0, "no events"),
        (1, "1 event"),
        (2, "2 events"),
        (1200, "1,200 events"),
    ] {
        assert_eq!(f("counted", &[("n", n.into())]), want);
    }
    assert_eq!(f("spaced", &[]), " x\u{a0}");
    assert_eq!(f("multi", &[]), "first\nsecond");
    assert_eq!(f("with-var", &[]), "Open {title}");
}

#[test]
fn bad_catalogues_are_refused_with_the_message_named() {
    for (text, says) in [
        ("x = { $n ->\n  [one] a\n}\n", "default"),
        ("x = a } b\n", "`}`"),
        ("x = { other }\n", "only variables"),
        ("x =\n", "no text"),
        ("no equals sign\n", "expected"),
        ("x = { $n\n", "expected `}`"),
    ] {
        let err = Catalogue::parse("en", text).err().unwrap();
        assert!(err.contains(says), "{text:?}: {err}");
    }
}

#[test]
fn languages_are_picked_from_the_first_that_has_a_catalogue() {
    let langs = ["en", "fr", "de", "ar"].into_iter();
    assert_eq!(pick_in(langs.clone(), ["fr-CA", "en"]), "fr");
    assert_eq!(pick_in(langs.clone(), ["pt-BR", "de-AT"]), "de");
    assert_eq!(pick_in(langs.clone(), ["zz"]), "en");
    assert_eq!(pick_in(langs.clone(), Vec::<&str>::new()), "en");
    assert_eq!(pick_in(langs.clone(), ["AR"]), "ar");
    assert_eq!(pick_in(langs, ["qps"]), PSEUDO);
    assert_eq!(pick(["xx", "en-GB"]), "en");
    assert!(is_rtl("ar") && is_rtl("he-IL") && !is_rtl("ru") && !is_rtl("en"));
}

#[test]
fn native_plurals_follow_cldr() {
    let ru = native_locale("ru");
    assert_eq!(ru.plural(1.0), Plural::One);
    assert_eq!(ru.plural(3.0), Plural::Few);
    assert_eq!(ru.plural(5.0), Plural::Many);
    assert_eq!(ru.plural(21.0), Plural::One);
    let ar = native_locale("ar");
    assert_eq!(ar.plural(0.0), Plural::Zero);
    assert_eq!(ar.plural(2.0), Plural::Two);
    assert_eq!(native_locale("fr").plural(0.0), Plural::One);
    assert_eq!(native_locale("en").number(1200.0), "1,200");
    assert_eq!(native_locale("de").number(1200.0), "1.200");
}

#[test]
fn the_pseudo_language_marks_every_message() {
    let p = Catalogue::pseudo();
    let en = Catalogue::english();
    for id in en.ids() {
        let text = p.format(id, &[], &PlainEnglish).unwrap();
        assert!(text.starts_with('⟦') && text.ends_with('⟧'), "{id}: {text}");
    }
}

#[test]
fn plain_english_numbers_match_intl() {
    for (n, text) in [
        (0.0, "0"),
        (1.0, "1"),
        (1200.0, "1,200"),
        (4.5, "4.5"),
        (13.8, "13.8"),
        (0.125, "0.125"),
        (2.0004, "2"),
        (1.9996, "2"),
        (-3.25, "-3.25"),
        (-0.0001, "0"),
        (4_500_000_000.0, "4,500,000,000"),
        (1234567.891, "1,234,567.891"),
    ] {
        assert_eq!(plain_number(n), text, "{n}");
    }
}
