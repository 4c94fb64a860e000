//! Notices about what a link asked for and did not get: one short line each, and when
//! many say the same thing (a link with 20,000 unknown category ids), the first few and
//! one line counting the rest, so that notices never push the timeline off the screen.

/// Notices as they are found, each with the kind it belongs to: the plural noun of its
/// count line ("unknown categories").
#[derive(Debug, Default)]
pub struct Notices {
    items: Vec<(&'static str, String)>,
}

/// How many notices of one kind are shown before the rest are counted.
pub const PER_KIND: usize = 3;

impl Notices {
    pub fn push(&mut self, kind: &'static str, text: impl Into<String>) {
        self.items.push((kind, text.into()));
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The lines to show: per kind (in order of first appearance) at most [`PER_KIND`],
    /// then "Ignored N more {kind}."
    pub fn lines(self) -> Vec<String> {
        let mut kinds: Vec<(&'static str, Vec<String>)> = Vec::new();
        for (kind, text) in self.items {
            match kinds.iter_mut().find(|(k, _)| *k == kind) {
                Some((_, texts)) => texts.push(text),
                None => kinds.push((kind, vec![text])),
            }
        }
        let mut out = Vec::new();
        for (kind, texts) in kinds {
            let n = texts.len();
            out.extend(texts.into_iter().take(PER_KIND));
            if n > PER_KIND {
                out.push(crate::t!(
                    "notice-more",
                    kind = kind.replace(' ', "-"),
                    n = n - PER_KIND
                ));
            }
        }
        out
    }
}

/// `n` with thousands separated by commas: "19,997".
pub fn group_digits(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_notices_collapse_into_a_count() {
        let mut n = Notices::default();
        for k in 0..20_000 {
            n.push(
                "unknown categories",
                format!("No category \"c{k}\" in this timeline."),
            );
            if k < 2 {
                n.push(
                    "unknown link parameters",
                    format!("Ignored unknown link parameter \"x{k}\"."),
                );
            }
        }
        assert_eq!(
            n.lines(),
            [
                "No category \"c0\" in this timeline.",
                "No category \"c1\" in this timeline.",
                "No category \"c2\" in this timeline.",
                "Ignored 19,997 more unknown categories.",
                "Ignored unknown link parameter \"x0\".",
                "Ignored unknown link parameter \"x1\".",
            ]
        );
    }

    #[test]
    fn digits_are_grouped() {
        for (n, s) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (19_997, "19,997"),
            (1_234_567, "1,234,567"),
        ] {
            assert_eq!(group_digits(n), s);
        }
    }
}
