//! The command line as a teacher runs it: `check`, `import`, `export`, `schema` and
//! `link-params`, with their output and exit codes, on TimelineJS's own example files and
//! broken ones.

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_timeline-cli"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const TJS: &str = "node_modules/@knight-lab/timelinejs/src";

#[test]
fn the_committed_schema_is_current() {
    let out = run(&["schema"]);
    assert!(out.status.success());
    let committed = std::fs::read_to_string(root().join("data/schema.json")).unwrap();
    assert!(
        text(&out.stdout).trim() == committed.trim(),
        "data/schema.json is stale: run `cargo run -q -p timeline-cli -- schema > data/schema.json`"
    );
    let schema: serde_json::Value = serde_json::from_str(&committed).unwrap();
    for field in ["title", "start", "citations", "display_date"] {
        assert!(
            committed.contains(&format!("\"{field}\"")),
            "{field} missing"
        );
    }
    assert_eq!(schema["required"], serde_json::json!(["title", "events"]));
}

#[test]
fn the_committed_link_params_are_current() {
    let out = run(&["link-params"]);
    assert!(out.status.success());
    let committed = std::fs::read_to_string(root().join("data/link-params.json")).unwrap();
    assert!(
        text(&out.stdout).trim() == committed.trim(),
        "data/link-params.json is stale: run `cargo run -q -p timeline-cli -- link-params > data/link-params.json`"
    );
    let table: serde_json::Value = serde_json::from_str(&committed).unwrap();
    let keys: Vec<&str> = table["params"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["key"].as_str().unwrap())
        .collect();
    for key in [
        "event", "cat", "from", "to", "data", "activity", "n", "seed", "lang",
    ] {
        assert!(keys.contains(&key), "{key} missing");
    }
    assert_eq!(
        table["params"][keys.iter().position(|&k| k == "view").unwrap()]["values"],
        serde_json::json!(["dim", "hide"])
    );
}

#[test]
fn check_passes_good_files_and_lists_problems_with_lines() {
    let good = [
        "data/events.json".to_string(),
        format!("{TJS}/template/eras.json"),
        format!("{TJS}/template/my-own-timeline.csv"),
    ];
    let args: Vec<&str> = ["check"]
        .into_iter()
        .chain(good.iter().map(String::as_str))
        .collect();
    let out = run(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("eras.json: ok (TimelineJS JSON, 20 events)"));
    assert!(run(&["check", "--strict", "data/events.json"])
        .status
        .success());

    let dir = std::env::temp_dir().join(format!("timeline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "Year,Month,Day,Headline\n1900,13,,Bad month\n").unwrap();
    let bad = bad.to_string_lossy().into_owned();
    let out = run(&["check", &bad]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout).lines().next().unwrap(),
        format!("{bad}:2:2: \"Bad month\" (Month): start: month 13 does not exist")
    );
    // An event without sources is fine for a class's file, not under the strict rules.
    let own = dir.join("own.json");
    std::fs::write(
        &own,
        r#"{"title": "T", "events": [{"id": "a", "title": "A", "start": "1917"}]}"#,
    )
    .unwrap();
    let own = own.to_string_lossy().into_owned();
    assert!(run(&["check", &own]).status.success());
    let strict = run(&["check", "--strict", &own]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(
        text(&strict.stdout).contains(":1:"),
        "{}",
        text(&strict.stdout)
    );
    // Unreadable beats invalid.
    assert_eq!(
        run(&["check", &bad, "no/such/file.json"]).status.code(),
        Some(2)
    );
    assert_eq!(run(&["check"]).status.code(), Some(2));
}

#[test]
fn import_writes_our_format_which_loads() {
    let dir = std::env::temp_dir().join(format!("timeline-cli-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("women.json");
    let out_path = out_file.to_string_lossy().into_owned();
    let csv = format!("{TJS}/js/core/__tests__/women_in_computing.csv");
    let out = run(&["import", &csv, "-o", &out_path]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(&out_file).unwrap();
    let t = timeline_core::load_with(&written, timeline_core::Rules::Open).unwrap();
    assert_eq!(t.title, "Women in Computing");
    assert!(t.events.len() >= 10);
    // To standard output, with the format named.
    let out = run(&[
        "import",
        &format!("{TJS}/template/cosmo-mixed.json"),
        "--from",
        "timelinejs",
    ]);
    assert!(out.status.success());
    let t = timeline_core::load_with(&text(&out.stdout), timeline_core::Rules::Open).unwrap();
    assert!(
        t.events.iter().any(|e| e.date_label() == "3500 BC"),
        "{:?}",
        t.events.iter().map(|e| e.date_label()).collect::<Vec<_>>()
    );
    assert_eq!(
        run(&["import", &csv, "--from", "yaml"]).status.code(),
        Some(2)
    );
}

#[test]
fn export_writes_timelinejs_csv_and_our_json_which_import_again() {
    let dir = std::env::temp_dir().join(format!("timeline-cli-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let shipped =
        timeline_core::load(&std::fs::read_to_string(root().join("data/events.json")).unwrap())
            .unwrap();
    for (to, ext, format) in [
        (
            "timelinejs",
            "json",
            timeline_core::import::Format::TimelineJs,
        ),
        ("csv", "csv", timeline_core::import::Format::TimelineJsCsv),
        ("json", "json", timeline_core::import::Format::Ours),
    ] {
        let out_file = dir.join(format!("purges-{to}.{ext}"));
        let out_path = out_file.to_string_lossy().into_owned();
        let out = run(&["export", "--to", to, "data/events.json", "-o", &out_path]);
        assert!(out.status.success(), "{to}: {}", text(&out.stderr));
        let err = text(&out.stderr);
        assert!(
            err.contains(&format!(
                "wrote {} events (timeline JSON to {to})",
                shipped.events.len()
            )),
            "{err}"
        );
        if to != "json" {
            assert!(err.contains("note: The citations of"), "{err}");
        }
        let written = std::fs::read_to_string(&out_file).unwrap();
        let (t, f) = timeline_core::import::open(&written, "x").unwrap();
        assert_eq!((f, t.events.len()), (format, shipped.events.len()), "{to}");
    }
    // To standard output, from a TimelineJS file of deep time; and the old format in.
    let out = run(&[
        "export",
        "--to",
        "timelinejs",
        &format!("{TJS}/template/cosmo.json"),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["scale"], "cosmological");
    assert_eq!(doc["events"][0]["start_date"]["year"], "-13800000000");
    let out = run(&[
        "export",
        "--to",
        "csv",
        "tests/fixtures/import/timelinejs2.json",
    ]);
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("Убийство Кирова"));
    // Usage, unreadable and invalid files.
    assert_eq!(run(&["export", "data/events.json"]).status.code(), Some(2));
    assert_eq!(
        run(&["export", "--to", "pdf", "data/events.json"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["export", "--to", "csv", "no/such.json"])
            .status
            .code(),
        Some(2)
    );
    let bad = dir.join("bad.csv");
    std::fs::write(&bad, "Year,Month,Day,Headline\n1900,13,,Bad month\n").unwrap();
    let out = run(&["export", "--to", "json", &bad.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains(":2:2: \"Bad month\""),
        "{}",
        text(&out.stderr)
    );
}
