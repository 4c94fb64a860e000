//! Counted nouns as the interface writes them: "1 event", "2 events", "1,200 events" (the
//! catalogue's plural forms, the language's digits). One place for each counted noun, so
//! no view says "1 events". Never chooses what is counted.

use crate::t;

/// "1 event", "95 events".
pub fn events(n: usize) -> String {
    t!("count-events", n = n)
}

/// "1 source", "5 sources".
pub fn sources(n: usize) -> String {
    t!("count-sources", n = n)
}

/// "1 problem", "12 problems".
pub fn problems(n: usize) -> String {
    t!("count-problems", n = n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_as_english() {
        for (n, text) in [
            (0, "0 events"),
            (1, "1 event"),
            (2, "2 events"),
            (999, "999 events"),
            (1000, "1,000 events"),
            (50_000, "50,000 events"),
            (1_234_567, "1,234,567 events"),
        ] {
            assert_eq!(events(n), text);
        }
        assert_eq!(sources(1), "1 source");
        assert_eq!(problems(2), "2 problems");
    }
}
