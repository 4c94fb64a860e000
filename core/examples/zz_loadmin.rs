fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let mut best = std::time::Duration::MAX;
    for _ in 0..15 {
        let t0 = std::time::Instant::now();
        let t = timeline_core::load(&text).unwrap();
        best = best.min(t0.elapsed());
        std::hint::black_box(t);
    }
    println!("min load {best:.1?}");
}
