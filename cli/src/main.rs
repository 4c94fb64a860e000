//! `timeline-cli`: the dataset tools that run natively. Owns argument handling, files and
//! exit codes; everything it knows about timelines comes from `timeline_core`.
//!
//! Commands:
//! - `check [--strict] FILE...`: every problem of each file (our JSON, TimelineJS JSON or
//!   CSV, detected) as `FILE:LINE:COL: message`; exit 0 if all are valid, 1 if any is
//!   not, 2 if any cannot be read. `--strict` holds files to the bundled dataset's rules.
//! - `import FILE [--from timelinejs|csv] [-o OUT]`: writes the file in our JSON format
//!   (to standard output unless `-o`); the format is detected when `--from` is absent.
//! - `export --to timelinejs|csv|json FILE [-o OUT]`: writes FILE (any format read by
//!   `import`) as TimelineJS JSON, TimelineJS's spreadsheet template (CSV) or our JSON,
//!   to standard output unless `-o`; what the format cannot hold is noted on standard
//!   error. Exit 0 when written, 1 if FILE is not a valid timeline, 2 if unreadable.
//! - `schema`: prints the JSON Schema of our format (data/schema.json is its copy).
//! - `link-params`: prints the table of link parameters as JSON (data/link-params.json
//!   is its copy, which the end-to-end tests read).
//! - `prerender DATA OUT_DIR`: writes what the build takes from DATA (checked with the
//!   bundled dataset's rules): the timeline packed for the app (`timeline.bin`,
//!   `timeline_core::pack`), the first view (`first-view.html` and `first-view.css`, which
//!   index.html takes in) and `first/` with each event's page and the list
//!   (`timeline_core::prerender`).

use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;
use timeline_core::import::{self, Format};
use timeline_core::{LoadError, Rules};

const USAGE: &str = "usage:
  timeline-cli check [--strict] FILE...
  timeline-cli import FILE [--from timelinejs|csv] [-o OUT]
  timeline-cli export --to timelinejs|csv|json FILE [-o OUT]
  timeline-cli schema
  timeline-cli link-params
  timeline-cli prerender DATA.json OUT_DIR";

/// A command's failure: the exit code and what to print.
struct Failed(u8, String);

fn read(path: &str) -> Result<String, Failed> {
    std::fs::read_to_string(path).map_err(|e| Failed(2, format!("{path}: cannot read: {e}")))
}

fn name_of(path: &str) -> String {
    Path::new(path)
        .file_stem()
        .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned())
}

/// `FILE:LINE:COL: message` lines for a load error.
fn report(path: &str, e: &LoadError) -> Vec<String> {
    match e {
        LoadError::Syntax {
            line,
            column,
            message,
        } => vec![format!("{path}:{line}:{column}: {message}")],
        LoadError::Invalid(problems) => problems
            .iter()
            .map(|p| {
                let (line, column) = p.at.unwrap_or((1, 1));
                format!("{path}:{line}:{column}: {}", p.what())
            })
            .collect(),
    }
}

fn check(files: &[&str], strict: bool) -> u8 {
    let mut code = 0;
    for &path in files {
        let text = match read(path) {
            Ok(t) => t,
            Err(Failed(c, m)) => {
                eprintln!("{m}");
                code = code.max(c);
                continue;
            }
        };
        let result = if strict {
            timeline_core::load_with(&text, Rules::Strict).map(|t| (t, Format::Ours))
        } else {
            import::open(&text, &name_of(path))
        };
        match result {
            Ok((t, format)) => {
                for w in &t.warnings {
                    eprintln!("{path}: note: {w}");
                }
                let n = t.events.len();
                let s = if n == 1 { "" } else { "s" };
                eprintln!("{path}: ok ({}, {n} event{s})", format.name());
            }
            Err(e) => {
                for line in report(path, &e) {
                    println!("{line}");
                }
                code = code.max(1);
            }
        }
    }
    code
}

fn import_file(path: &str, from: Option<&str>, out: Option<&str>) -> Result<(), Failed> {
    let text = read(path)?;
    let format = match from {
        None => import::detect(&text),
        Some("timelinejs") => Format::TimelineJs,
        Some("csv") if import::detect(&text) == Format::TimelineJsCsv => Format::TimelineJsCsv,
        Some("csv") => Format::Csv,
        Some(other) => return Err(Failed(2, format!("--from {other}: use timelinejs or csv"))),
    };
    let fail = |e: LoadError| Failed(1, report(path, &e).join("\n"));
    let imported = import::convert(&text, format, &name_of(path)).map_err(fail)?;
    if !imported.problems.is_empty() {
        return Err(fail(LoadError::Invalid(imported.problems)));
    }
    // The result must load as it will in the app.
    let json = serde_json::to_string_pretty(&imported.raw).expect("a dataset serialises");
    let t = timeline_core::load_with(&json, Rules::Open).map_err(fail)?;
    for w in &imported.warnings {
        eprintln!("{path}: note: {w}");
    }
    match out {
        Some(o) => {
            std::fs::write(o, json + "\n").map_err(|e| Failed(2, format!("{o}: {e}")))?;
            eprintln!(
                "{path}: wrote {} events ({}) to {o}",
                t.events.len(),
                format.name()
            );
        }
        None => println!("{json}"),
    }
    Ok(())
}

/// data/link-params.json: the link parameters for code that cannot read Rust.
#[derive(Serialize)]
struct LinkParams {
    about: &'static str,
    /// What the value of an `id` or `ids` parameter (each id) looks like.
    id_pattern: &'static str,
    params: Vec<LinkParam>,
}

#[derive(Serialize)]
struct LinkParam {
    key: &'static str,
    means: &'static str,
    example: &'static str,
    syntax: &'static str,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    values: &'static [&'static str],
}

fn link_params() -> String {
    use timeline_core::urlstate::PARAMS;
    let table = LinkParams {
        about: "The parameters of a link to the app, in the order it writes them. Generated by \
                `timeline-cli link-params` from timeline_core::urlstate::PARAMS: do not edit.",
        id_pattern: timeline_core::slug::REGEX,
        params: PARAMS
            .iter()
            .map(|p| LinkParam {
                key: p.key,
                means: p.means,
                example: p.example,
                syntax: p.syntax.name(),
                values: p.syntax.values(),
            })
            .collect(),
    };
    serde_json::to_string_pretty(&table).expect("the table serialises")
}

fn export_file(path: &str, to: &str, out: Option<&str>) -> Result<(), Failed> {
    let write: fn(&timeline_core::Timeline) -> timeline_core::export::Exported = match to {
        "timelinejs" => timeline_core::export::to_timelinejs,
        "csv" => timeline_core::export::to_timelinejs_csv,
        "json" => timeline_core::export::to_json,
        other => {
            return Err(Failed(
                2,
                format!("--to {other}: use timelinejs, csv or json"),
            ))
        }
    };
    let text = read(path)?;
    let (t, format) =
        import::open(&text, &name_of(path)).map_err(|e| Failed(1, report(path, &e).join("\n")))?;
    for w in &t.warnings {
        eprintln!("{path}: note: {w}");
    }
    let exported = write(&t);
    for n in &exported.notice {
        eprintln!("{path}: note: {n}");
    }
    match out {
        Some(o) => {
            std::fs::write(o, &exported.text).map_err(|e| Failed(2, format!("{o}: {e}")))?;
            let n = t.events.len();
            eprintln!(
                "{path}: wrote {n} event{} ({} to {to}) to {o}",
                if n == 1 { "" } else { "s" },
                format.name()
            );
        }
        None => print!("{}", exported.text),
    }
    Ok(())
}

/// The words index.html's own scripts say, in the language in use, as a JSON object: its
/// notes and panels, and "N of M events match" for every N (the first view's category
/// links count their matches before the app has started).
fn page_words(t: &timeline_core::Timeline) -> String {
    let mut words = serde_json::Map::new();
    for id in [
        "fatal-title",
        "fatal-text",
        "loading-timeline",
        "page-reload",
        "page-no-wasm",
        "page-offline-readable",
        "page-cannot-start-readable",
        "page-start-title",
        "page-start-offline",
        "page-start-missing",
        "page-update",
        "page-update-reload",
    ] {
        words.insert(id.into(), timeline_core::i18n::text(id, &[]).into());
    }
    let all = timeline_core::words::events(t.events.len());
    let matches: Vec<serde_json::Value> = (0..=t.events.len())
        .map(|n| timeline_core::t!("filters-match-count", n = n, all = all.as_str()).into())
        .collect();
    words.insert("match".into(), matches.into());
    serde_json::Value::Object(words).to_string()
}

fn prerender(data: &Path, out: &Path) -> Result<usize, String> {
    let text = std::fs::read_to_string(data).map_err(|e| format!("{}: {e}", data.display()))?;
    let t = timeline_core::load_with(&text, timeline_core::Rules::Strict)
        .map_err(|e| format!("{}: {e}", data.display()))?;
    // The first view speaks the dataset's language where there is a catalogue for it.
    let code = timeline_core::i18n::pick(t.lang.as_deref());
    if code != "en" {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n");
        let catalogue = timeline_core::i18n::read_catalogue(&dir, code)?;
        timeline_core::i18n::install(catalogue, timeline_core::i18n::native_locale(code));
    }
    let built = timeline_core::prerender::build(&t);
    let first = out.join("first");
    std::fs::create_dir_all(&first).map_err(|e| format!("{}: {e}", first.display()))?;
    let write = |path: std::path::PathBuf, text: &str| {
        std::fs::write(&path, text).map_err(|err| format!("{}: {err}", path.display()))
    };
    std::fs::write(out.join("timeline.bin"), timeline_core::pack::pack(&t))
        .map_err(|err| format!("{}: {err}", out.join("timeline.bin").display()))?;
    // The page's language and direction, for index.html's <html> element.
    let dir = if timeline_core::i18n::rtl() {
        "rtl"
    } else {
        "ltr"
    };
    write(out.join("lang"), &format!("{code} {dir}"))?;
    write(out.join("words.json"), &page_words(&t))?;
    write(out.join("first-view.html"), &built.body)?;
    write(out.join("first-view.css"), &built.style)?;
    write(first.join("list.html"), &built.list)?;
    for ((id, panel), (_, strip)) in built.panels.iter().zip(&built.strips) {
        // Ids come from the checked data (slugs); nothing else becomes a path.
        if !timeline_core::slug::is_slug(id) {
            return Err(format!("{id}: not a slug"));
        }
        write(first.join(format!("{id}.html")), panel)?;
        write(first.join(format!("{id}.strip.html")), strip)?;
    }
    Ok(built.panels.len())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let usage = || {
        eprintln!("{USAGE}");
        ExitCode::from(2)
    };
    match args.as_slice() {
        ["check", "--strict", files @ ..] if !files.is_empty() => {
            ExitCode::from(check(files, true))
        }
        ["check", files @ ..] if !files.is_empty() => ExitCode::from(check(files, false)),
        ["import", file, rest @ ..] => {
            let (mut from, mut out) = (None, None);
            let mut it = rest.iter();
            while let Some(&flag) = it.next() {
                match (flag, it.next()) {
                    ("--from", Some(&f)) => from = Some(f),
                    ("-o" | "--output", Some(&o)) => out = Some(o),
                    _ => return usage(),
                }
            }
            match import_file(file, from, out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(Failed(code, message)) => {
                    eprintln!("{message}");
                    ExitCode::from(code)
                }
            }
        }
        ["export", rest @ ..] => {
            let (mut to, mut out, mut file) = (None, None, None);
            let mut it = rest.iter();
            while let Some(&arg) = it.next() {
                match arg {
                    "--to" => to = it.next().copied(),
                    "-o" | "--output" => out = it.next().copied(),
                    f if file.is_none() && !f.starts_with('-') => file = Some(f),
                    _ => return usage(),
                }
            }
            let (Some(to), Some(file)) = (to, file) else {
                return usage();
            };
            match export_file(file, to, out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(Failed(code, message)) => {
                    eprintln!("{message}");
                    ExitCode::from(code)
                }
            }
        }
        ["schema"] => {
            println!("{}", timeline_core::schema::json());
            ExitCode::SUCCESS
        }
        ["link-params"] => {
            println!("{}", link_params());
            ExitCode::SUCCESS
        }
        ["prerender", data, out] => match prerender(Path::new(data), Path::new(out)) {
            Ok(n) => {
                eprintln!("wrote the first view and {n} event pages to {out}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(2)
            }
        },
        _ => usage(),
    }
}
