//! Fuzzing the two ways input reaches the app, with a fixed seed so a failure repeats:
//! random link parameters, and random edits to the fields of the shipped dataset. Nothing
//! may panic; a link's notices stay few; every refusal of a file says where and why.

mod common;

use common::Rng;
use serde_json::Value;
use timeline_core::urlstate::{parse_query, resolve, PARAMS};
use timeline_core::{load, LoadError};

/// Every key the table lists, and keys it does not.
fn keys() -> Vec<&'static str> {
    PARAMS
        .iter()
        .map(|p| p.key)
        .chain(["", "x", "%00", "event[]", "%E2%80%AE"])
        .collect()
}

fn value(r: &mut Rng) -> String {
    let pieces = [
        "kirov-assassination",
        "army",
        "party",
        "stalin",
        "study-guide",
        "navy",
        "1934",
        "1934-12",
        "1934-12-01",
        "c.1920",
        "9999-99-99",
        "-5",
        "0",
        "1",
        "2",
        "999999999999999999999",
        "on",
        "projection",
        "hide",
        "dim",
        "..",
        "/",
        "data/events.json",
        "https://x.org/a.json",
        "javascript:alert(1)",
        "<script>",
        "%",
        "%2",
        "%ZZ",
        "é",
        "\u{202e}",
        " ",
        ",",
        ",,,",
        "kirov-to-great-terror",
        "corroborate",
        "sources",
        "pt-BR",
        "EN",
        "4294967296",
        "a".repeat(300).leak(),
    ];
    // And every example the table gives.
    let pieces: Vec<&str> = pieces
        .into_iter()
        .chain(PARAMS.iter().map(|p| p.example))
        .collect();
    let n = 1 + r.below(4);
    (0..n)
        .map(|_| r.pick(&pieces))
        .collect::<Vec<_>>()
        .join(if r.below(2) == 0 { "," } else { "" })
}

#[test]
fn random_links_never_panic_and_their_notices_stay_few() {
    let t = load(include_str!("../../data/events.json")).unwrap();
    let keys = keys();
    let mut r = Rng(2026);
    for _ in 0..5000 {
        let n = r.below(12);
        let q: Vec<String> = (0..n)
            .map(|_| format!("{}={}", r.pick(&keys), value(&mut r)))
            .collect();
        let q = q.join(if r.below(10) == 0 { "&&" } else { "&" });
        let (s, notices) = parse_query(&q);
        let (_, more) = resolve(s, &t);
        assert!(
            notices.len() + more.len() <= 40,
            "{q}: {} notices",
            notices.len() + more.len()
        );
    }
}

fn leaves(v: &Value, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                path.push(k.clone());
                out.push(path.clone());
                leaves(x, path, out);
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate().take(3) {
                path.push(i.to_string());
                out.push(path.clone());
                leaves(x, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    let mut cur = v;
    for p in path {
        cur = match cur {
            Value::Object(m) => m.get_mut(p)?,
            Value::Array(a) => a.get_mut(p.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

#[test]
fn random_edits_to_the_data_never_panic_and_refusals_say_where() {
    let original: Value = serde_json::from_str(include_str!("../../data/events.json")).unwrap();
    let mut paths = Vec::new();
    leaves(&original, &mut Vec::new(), &mut paths);
    let replacements = [
        Value::Null,
        Value::from(""),
        Value::from("   "),
        Value::from(-1),
        Value::from(1e308),
        Value::from("9999-99-99"),
        Value::from("c."),
        Value::from("<img src=x onerror=alert(1)>"),
        Value::from("\u{202e}\u{0}"),
        Value::from(vec![Value::from(1)]),
        serde_json::json!({"unexpected": true}),
        Value::from("kirov-assassination"),
        Value::from(true),
    ];
    let mut r = Rng(7);
    for _ in 0..400 {
        let mut v = original.clone();
        for _ in 0..1 + r.below(3) {
            let p = &paths[r.below(paths.len())];
            if let Some(slot) = at(&mut v, p) {
                *slot = replacements[r.below(replacements.len())].clone();
            }
        }
        let text = if r.below(4) == 0 {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            v.to_string()
        };
        match load(&text) {
            Ok(_) => {}
            Err(LoadError::Syntax {
                line,
                column,
                message,
            }) => {
                assert!(line >= 1 && column >= 1 && !message.is_empty());
            }
            Err(LoadError::Invalid(problems)) => {
                assert!(!problems.is_empty());
                for p in problems.iter().take(200) {
                    assert!(!p.path.0.is_empty() || p.place == "dataset", "{p}");
                    assert!(p.at.is_some(), "not located: {p}");
                }
            }
        }
    }
}
