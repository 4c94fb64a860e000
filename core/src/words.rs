//! Counted nouns as the interface writes them: "1 event", "2 events", "1,200 events"
//! (digits grouped). One place for the rule, so no view says "1 events". Never chooses
//! what is counted.

/// `n` with the singular or plural noun: `counted(1, "event", "events")` is "1 event".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        crate::notices::group_digits(n),
        if n == 1 { one } else { many }
    )
}

/// "1 event", "95 events".
pub fn events(n: usize) -> String {
    counted(n, "event", "events")
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
        assert_eq!(counted(1, "source", "sources"), "1 source");
    }
}
