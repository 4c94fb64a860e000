//! What an id is: a slug, the one rule for the ids of a dataset (events, categories,
//! people, sources, eras, tours), the ids a link names and the file names made of them;
//! and how a slug is made from a title. Never checks that an id exists or is unique.
//!
//! A slug is 1 to [`MAX_LEN`] lowercase ASCII letters, digits and hyphens, neither
//! starting nor ending with a hyphen ("kirov-assassination"); as a regular expression,
//! [`REGEX`].

/// The longest slug, in bytes (a slug is ASCII, so characters too). The longest shipped or
/// published id (data/events.json, data/published-ids.txt) has 34.
pub const MAX_LEN: usize = 80;

/// The rule as a regular expression, for code that is not Rust (the page's inline script,
/// JavaScript tests).
pub const REGEX: &str = "^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$";

/// What the rule says, in English, for tests and the CLI's help (the interface says it in
/// its language with [`rule`]).
pub const RULE: &str =
    "lowercase letters, digits and hyphens (not first or last), at most 80 characters";

/// What the rule says, for a problem or a notice, in the interface's language.
pub fn rule() -> String {
    crate::t!("slug-rule", n = MAX_LEN)
}

/// The longest slug [`from_text`] makes: room is left for a "-2", "-3"… that makes it
/// unique.
pub const MADE_LEN: usize = 60;

/// Whether `s` is a slug.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_LEN
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A slug of `text` ("Women in Computing" → "women-in-computing"): ASCII letters and
/// digits lowercased, every run of anything else one hyphen, at most [`MADE_LEN`]
/// characters; empty when `text` has no ASCII letter or digit. Anything it returns that is
/// not empty passes [`is_slug`].
pub fn from_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= MADE_LEN {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_a_slug() {
        let long = "a".repeat(MAX_LEN);
        let too_long = "a".repeat(MAX_LEN + 1);
        for (s, ok) in [
            ("kirov-assassination", true),
            ("a", true),
            ("1937", true),
            ("x-1", true),
            ("a--b", true),
            (long.as_str(), true),
            ("", false),
            ("-", false),
            ("-a", false),
            ("a-", false),
            ("Kirov", false),
            ("kirov assassination", false),
            ("kirov_assassination", false),
            ("é", false),
            ("a/b", false),
            ("a.b", false),
            (too_long.as_str(), false),
        ] {
            assert_eq!(is_slug(s), ok, "{s:?}");
        }
    }

    #[test]
    fn the_regex_and_the_rule_say_the_same_length() {
        assert_eq!(
            REGEX,
            format!("^[a-z0-9](?:[a-z0-9-]{{0,{}}}[a-z0-9])?$", MAX_LEN - 2)
        );
        assert!(RULE.contains(&format!("at most {MAX_LEN} ")));
    }

    #[test]
    fn slugs_made_from_text() {
        let long = "Word ".repeat(40);
        for (text, want) in [
            ("Women in Computing", "women-in-computing"),
            ("  The Great Purge (1936–38)! ", "the-great-purge-1936-38"),
            ("Béla Kun", "b-la-kun"),
            ("KIROV", "kirov"),
            ("—", ""),
            ("", ""),
            (long.as_str(), &"word-".repeat(12)[..59]),
        ] {
            let made = from_text(text);
            assert_eq!(made, want, "{text:?}");
            assert!(made.is_empty() || is_slug(&made), "{text:?} → {made:?}");
            assert!(made.len() <= MADE_LEN);
        }
    }
}
