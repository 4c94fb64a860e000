//! URL query parameters → validated view state, and back. Each bad parameter is dropped
//! on its own with a short notice; the rest of the link still applies. Never reads the
//! browser's location itself: the app hands in the raw pairs.

/// Where the dataset comes from unless `?data=` says otherwise.
pub const DEFAULT_DATA: &str = "data/events.json";

/// What a link asks for, after validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkState {
    /// Event id to open (checked against the dataset later, once it is loaded).
    pub event: Option<String>,
    /// Same-origin path of the dataset to load.
    pub data: Option<String>,
}

/// Parses raw query pairs. Returns the state and one notice per ignored parameter.
pub fn parse(pairs: &[(String, String)]) -> (LinkState, Vec<String>) {
    let mut state = LinkState::default();
    let mut notices = Vec::new();
    for (key, value) in pairs {
        match key.as_str() {
            "event" => {
                if is_slug(value) {
                    state.event = Some(value.clone());
                } else {
                    notices.push(format!(
                        "Ignored event \"{}\": not a valid event id.",
                        short(value)
                    ));
                }
            }
            "data" => match check_data_path(value) {
                Ok(p) => state.data = Some(p),
                Err(why) => notices.push(why),
            },
            _ => {}
        }
    }
    (state, notices)
}

/// Formats the state as a query string (without "?"), the inverse of [`parse`].
pub fn format(state: &LinkState) -> String {
    let mut parts = Vec::new();
    if let Some(d) = &state.data {
        parts.push(format!("data={}", encode(d)));
    }
    if let Some(e) = &state.event {
        parts.push(format!("event={}", encode(e)));
    }
    parts.join("&")
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// Only relative JSON paths on the same site: no scheme, no host, no "..".
pub fn check_data_path(raw: &str) -> Result<String, String> {
    let p = raw.trim();
    let ok = !p.is_empty()
        && p.len() <= 200
        && p.ends_with(".json")
        && !p.starts_with('/')
        && !p.contains("..")
        && !p.contains("//")
        && !p.contains(':')
        && !p.contains('\\')
        && p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b));
    if ok {
        Ok(p.to_string())
    } else {
        Err(format!(
            "Ignored data \"{}\": only .json files on this site (a relative path) can be loaded.",
            short(raw)
        ))
    }
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_./,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &[(&str, &str)]) -> Vec<(String, String)> {
        q.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    #[allow(clippy::type_complexity)] // a table of cases reads best as tuples
    fn table() {
        // (query, expected event, expected data, notices)
        let cases: &[(&[(&str, &str)], Option<&str>, Option<&str>, usize)] = &[
            (
                &[("event", "kirov-assassination")],
                Some("kirov-assassination"),
                None,
                0,
            ),
            (&[("event", "Kirov <script>")], None, None, 1),
            (
                &[("data", "bench/events-1000.json")],
                None,
                Some("bench/events-1000.json"),
                0,
            ),
            (&[("data", "https://evil.example/x.json")], None, None, 1),
            (&[("data", "//evil.example/x.json")], None, None, 1),
            (&[("data", "../secret.json")], None, None, 1),
            (&[("data", "/etc/passwd")], None, None, 1),
            (&[("data", "x.txt"), ("event", "a")], Some("a"), None, 1),
            (&[("zoom", "banana")], None, None, 0),
        ];
        for (q, event, data, notices) in cases {
            let (s, n) = parse(&pairs(q));
            assert_eq!(s.event.as_deref(), *event, "{q:?}");
            assert_eq!(s.data.as_deref(), *data, "{q:?}");
            assert_eq!(n.len(), *notices, "{q:?}: {n:?}");
        }
    }

    #[test]
    fn round_trip() {
        let s = LinkState {
            event: Some("great-purge".into()),
            data: Some("data/alt.json".into()),
        };
        let q = format(&s);
        let back: Vec<(String, String)> = q
            .split('&')
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap();
                (k.to_string(), v.to_string())
            })
            .collect();
        assert_eq!(parse(&back).0, s);
    }
}
