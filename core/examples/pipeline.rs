//! Native benchmark of the core work behind a frame and a filter toggle: loading and
//! indexing a dataset once, then applying a category filter and laying out the default
//! window with the filter's matches ranked first. Prints mean times.
//! Run: `cargo run --release -p timeline-core --example pipeline -- bench/out/events-10000.json`
//! (`make bench` generates the file and runs this after the browser benchmark).

use std::time::{Duration, Instant};
use timeline_core::filter::{apply, Filter, SearchIndex};
use timeline_core::layout::{layout_events, EventMetrics};
use timeline_core::scale::Window;

/// Mean time of `f` over enough runs to fill about half a second.
fn time<T>(mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    let mut runs = 0u32;
    while start.elapsed() < Duration::from_millis(500) {
        std::hint::black_box(f());
        runs += 1;
    }
    start.elapsed() / runs
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pipeline <dataset.json>");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let started = Instant::now();
    let t = timeline_core::load(&text).unwrap_or_else(|e| panic!("{path}: {e:?}"));
    let loaded = started.elapsed();
    let index = SearchIndex::new(&t);
    let mut f = Filter::default();
    f.categories.insert(t.categories[0].id.clone());
    let m = apply(&t, &index, &f);
    let w = Window::new(t.default_window.0, t.default_window.1);
    let metrics = EventMetrics {
        char_px: 8.6,
        label_pad: 34.0,
        label_max: 280.0,
        mark_px: 12.0,
        max_lanes: 12,
        gap: 10.0,
        cluster_px: 62.0,
        margin_px: 200.0,
    };
    let layout = || {
        let rank = |i: usize| if m.event[i] { 1 } else { 3 };
        layout_events(&t.events, |_| true, rank, &w, 1280.0, &metrics)
    };
    let l = layout();
    println!("{} events from {path}", t.events.len());
    println!("  load and validate: {loaded:.1?} (once)");
    let first_search = time(|| SearchIndex::new(&t).search(&t, "army"));
    println!("  first text search: {first_search:.1?} (builds the search index)");
    println!(
        "  apply a filter:    {:.1?}",
        time(|| apply(&t, &index, &f))
    );
    println!(
        "  lay out a window:  {:.1?} ({} drawn, {} clusters, 1280 px, 12 lanes)",
        time(layout),
        l.slots.len(),
        l.clusters.len()
    );
}
