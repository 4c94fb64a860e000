//! `timeline-cli`: the dataset tools that run natively. Owns argument handling, files and
//! exit codes; everything it knows about timelines comes from `timeline_core`.
//!
//! Commands:
//! - `snapshots DATA OUT_DIR`: writes one HTML snapshot per event of DATA into OUT_DIR
//!   (the build runs it; see `timeline_core::snapshot`).

use std::path::Path;
use std::process::ExitCode;

const USAGE: &str = "usage: timeline-cli snapshots DATA.json OUT_DIR";

fn snapshots(data: &Path, out: &Path) -> Result<usize, String> {
    let text = std::fs::read_to_string(data).map_err(|e| format!("{}: {e}", data.display()))?;
    let t = timeline_core::load(&text).map_err(|e| format!("{}: {e}", data.display()))?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut n = 0;
    for (i, e) in t.events.iter().enumerate() {
        let Some(name) = timeline_core::snapshot::file_name(&e.id) else {
            continue;
        };
        let path = out.join(name);
        std::fs::write(&path, timeline_core::snapshot::event_html(&t, i))
            .map_err(|err| format!("{}: {err}", path.display()))?;
        n += 1;
    }
    Ok(n)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["snapshots", data, out] => snapshots(Path::new(data), Path::new(out))
            .map(|n| eprintln!("wrote {n} event snapshots to {out}")),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
