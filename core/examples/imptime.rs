fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let t0 = std::time::Instant::now();
    let f = timeline_core::import::detect(&text);
    let imp = timeline_core::import::convert(&text, f, "x").unwrap();
    let t1 = t0.elapsed();
    let t = timeline_core::validate_with(imp.raw, timeline_core::Rules::Open).unwrap();
    println!(
        "convert {:?} validate {:?} events {}",
        t1,
        t0.elapsed() - t1,
        t.events.len()
    );
}
