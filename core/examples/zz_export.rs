fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let (t, _) = timeline_core::import::open(&text, "x").unwrap();
    let e = timeline_core::export::to_timelinejs(&t);
    println!("{}", &e.text[..e.text.len().min(2500)]);
    println!("{:#?}", e.notice);
    let c = timeline_core::export::to_timelinejs_csv(&t);
    println!("{}", c.text.lines().take(4).collect::<Vec<_>>().join("\n"));
}
