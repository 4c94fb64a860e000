use std::time::Instant;
use timeline_core::import::{ImportLoader, Origin};
fn main() {
    let mut csv = String::from("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n,,,,,,,,,A class timeline,\"<p>Made in a spreadsheet</p>\",,,,,title,,\n");
    for k in 0..50_000 {
        let y = 1850 + (k % 150);
        let end = if k % 9 == 0 {
            format!("{},,", y + 2)
        } else {
            ",,".into()
        };
        csv.push_str(&format!("{y},{},{},,{end},,\"Event {k}, \"\"quoted\"\"\",\"<p>Row {k}: <b>text</b>, with a comma</p>\",,,,,,Group {},\n", 1 + (k % 12), 1 + (k % 28), k % 8));
    }
    let json = serde_json::to_string(&serde_json::json!({"title": {"text": {"headline": "Big"}}, "events": (0..50_000).map(|k| serde_json::json!({
        "start_date": {"year": 1850 + k % 150, "month": 1 + k % 12, "day": 1 + k % 28},
        "text": {"headline": format!("Event {k}"), "text": format!("<p>Row {k}: <b>text</b></p>")},
        "group": format!("Group {}", k % 8),
        "media": {"url": "https://youtu.be/pi2v1m6gmD8", "caption": "A film"}
    })).collect::<Vec<_>>()})).unwrap();
    for (name, text) in [("csv", &csv), ("json", &json)] {
        let n: usize = std::env::args()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(4000);
        let mut start = std::time::Duration::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            let l = ImportLoader::start(text, &Origin::named("big")).unwrap();
            start = start.min(t.elapsed());
            drop(l);
        }
        let t0 = Instant::now();
        let mut l = ImportLoader::start(text, &Origin::named("big")).unwrap();
        let mut longest = std::time::Duration::ZERO;
        let mut steps = 0;
        loop {
            let t = Instant::now();
            let done = l.step(n).unwrap();
            longest = longest.max(t.elapsed());
            steps += 1;
            if done {
                break;
            }
        }
        let t = Instant::now();
        let (tl, _) = l.finish().unwrap();
        let fin = t.elapsed();
        println!("{name}: start {start:.1?}, {steps} steps of {n} (longest {longest:.1?}), finish {fin:.1?}, total {:.1?}, {} events", t0.elapsed(), tl.events.len());
    }
}
