//! The `?data=` policy: which addresses a link may load a dataset from (a .json or .csv
//! path on this site, or https anywhere) and the host an outside timeline is marked with.
//! Never fetches anything.

use super::short;

/// Where the dataset comes from unless `?data=` says otherwise.
pub const DEFAULT_DATA: &str = "data/events.json";

/// Where a dataset may come from: a relative path to a .json or .csv file on this site
/// (no scheme, no host, no ".."), or an https address on any site (which must allow
/// cross-origin reads; the app marks such a timeline with its host). Every other scheme
/// (`http:`, `javascript:`, `data:`, `file:`…) is refused.
pub fn check_data_path(raw: &str) -> Result<String, String> {
    let p = raw.trim();
    let refuse = |why: String| Err(crate::t!("link-bad-data", value = short(raw), why = why));
    if let Some(rest) = https_rest(p) {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let ok = p.len() <= 2000
            && !host.is_empty()
            && !host.contains('@')
            && p.bytes().all(|b| b.is_ascii_graphic());
        return if ok {
            Ok(p.to_string())
        } else {
            refuse(crate::t!("link-data-not-https"))
        };
    }
    let relative = !p.is_empty()
        && p.len() <= 200
        && (p.ends_with(".json") || p.ends_with(".csv"))
        && !p.starts_with('/')
        && !p.contains("..")
        && !p.contains("//")
        && p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b));
    if relative {
        Ok(p.to_string())
    } else {
        refuse(crate::t!("link-data-not-allowed"))
    }
}

/// The address after "https://" (any case), if it is one.
fn https_rest(p: &str) -> Option<&str> {
    p.get(..8)
        .filter(|s| s.eq_ignore_ascii_case("https://"))
        .map(|_| &p[8..])
}

/// The host of an https data address ("example.org"), or `None` for a path on this site.
pub fn data_host(data: &str) -> Option<&str> {
    let rest = https_rest(data)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    Some(host.rsplit_once(':').map_or(host, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host
        }
    }))
}
