//! What a media address is: resolved against the file's own address (protocol-relative
//! and relative addresses), then classified as an image, a YouTube or Vimeo video, a
//! Wikipedia article, a quotation or a link — or refused, with a short reason the page
//! shows. Pure: never fetches, never builds markup.

use super::{host, is_https, Kind};

/// Hosts whose addresses are read the same over http and https (the page asks for
/// https): the video and encyclopaedia sites this module knows.
const UPGRADED: [&str; 6] = [
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "wikipedia.org",
    "wikimedia.org",
    "youtube-nocookie.com",
];

fn known_host(h: &str) -> bool {
    UPGRADED
        .iter()
        .any(|k| h == *k || h.ends_with(&format!(".{k}")))
}

/// An address resolved to an absolute one: protocol-relative (`//host/x`) becomes
/// https; relative (`./media/x.jpg`, `/x.jpg`, `media/x.jpg`) is resolved against `base`
/// when that is an http(s) address. A sentence saying why not otherwise.
pub fn resolve(address: &str, base: Option<&str>) -> Result<String, String> {
    let a = address.trim();
    if a.is_empty() {
        return Err(crate::t!("media-no-address"));
    }
    if a.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(crate::t!("media-spaces", address = short(a)));
    }
    if let Some(rest) = a.strip_prefix("//") {
        return Ok(format!("https://{rest}"));
    }
    let scheme_end = a.find(':').filter(|&k| {
        k > 0
            && a[..k]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
            && !a[..k].contains('/')
    });
    if scheme_end.is_some() {
        return Ok(a.to_string());
    }
    let base = base
        .map(str::trim)
        .filter(|b| {
            let l = b.to_ascii_lowercase();
            (l.starts_with("https://") || l.starts_with("http://")) && host(b).is_some()
        })
        .ok_or_else(|| crate::t!("media-relative", address = short(a)))?;
    let base = base.split(['?', '#']).next().unwrap_or(base);
    let origin_end = base.find("://").map_or(0, |k| k + 3);
    let path_start = base[origin_end..]
        .find('/')
        .map_or(base.len(), |k| origin_end + k);
    let origin = &base[..path_start];
    let (path, tail) = match a.find(['?', '#']) {
        Some(k) => (&a[..k], &a[k..]),
        None => (a, ""),
    };
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        let dir = &base[path_start..];
        let dir = &dir[..dir.rfind('/').map_or(0, |k| k + 1)];
        format!("{}{path}", if dir.is_empty() { "/" } else { dir })
    };
    // Removes "." and ".." segments.
    let mut segments: Vec<&str> = Vec::new();
    let parts: Vec<&str> = joined.split('/').skip(1).collect();
    for (k, seg) in parts.iter().enumerate() {
        let last = k + 1 == parts.len();
        match *seg {
            "." => {
                if last {
                    segments.push("");
                }
            }
            ".." => {
                segments.pop();
                if last {
                    segments.push("");
                }
            }
            s => segments.push(s),
        }
    }
    Ok(format!("{origin}/{}{tail}", segments.join("/")))
}

/// At most 60 characters of `s`, for messages.
fn short(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}

/// "http://host:port" of an absolute address, lower case; empty for anything else.
fn origin(url: &str) -> String {
    let Some(k) = url.find("://") else {
        return String::new();
    };
    let end = url[k + 3..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |e| k + 3 + e);
    url[..end].to_ascii_lowercase()
}

/// What `address` is, with the address resolved (see [`resolve`]), or why it is not
/// shown. Markup is never an address: a `<blockquote>` is a [`Kind::Quote`] (its text),
/// an `<iframe>` or anything else is refused.
pub fn classify(address: &str, base: Option<&str>) -> Result<(Kind, String), String> {
    let a = address.trim();
    if a.starts_with('<') {
        let lower = a.to_ascii_lowercase();
        if lower.starts_with("<blockquote") {
            let text = crate::import::html::to_text(a);
            if !text.is_empty() {
                return Ok((Kind::Quote { text }, String::new()));
            }
        }
        let tag: String = lower[1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        return Err(if tag == "iframe" {
            crate::t!("media-iframe")
        } else {
            crate::t!("media-markup", tag = tag.as_str())
        });
    }
    let url = resolve(a, base)?;
    let lower = url.to_ascii_lowercase();
    let h = host(&url).map(str::to_ascii_lowercase).unwrap_or_default();
    let url = if lower.starts_with("http://") && known_host(&h) {
        format!("https://{}", &url[7..])
    } else {
        url
    };
    // A file on a plain-http site (a school's intranet, a teacher's own machine) keeps its
    // images beside it: an address on the file's own site is shown as the file is read.
    let own_site = base.is_some_and(|b| origin(b) == origin(&url));
    let plain_own = own_site && url.to_ascii_lowercase().starts_with("http://");
    if !(is_https(&url) || plain_own) {
        let scheme = url.split(':').next().unwrap_or("");
        return Err(if scheme.eq_ignore_ascii_case("http") {
            crate::t!("media-insecure", address = short(&url))
        } else {
            crate::t!("media-scheme", scheme = short(scheme))
        });
    }
    if h.is_empty() || url.len() > 2000 {
        return Err(crate::t!("media-unusable", address = short(&url)));
    }
    let (path, query) = {
        let after = url.find("://").map_or(url.len(), |k| k + 3);
        let rest = &url[after + url[after..].find('/').map_or(url.len() - after, |k| k)..];
        let rest = rest.split('#').next().unwrap_or("");
        match rest.split_once('?') {
            Some((p, q)) => (p, q),
            None => (rest, ""),
        }
    };
    let param = |name: &str| {
        query
            .split('&')
            .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
    };
    let is = |domain: &str| h == domain || h.ends_with(&format!(".{domain}"));
    // YouTube: watch?v=, youtu.be/ID, /embed/ID, /shorts/ID, /live/ID.
    if is("youtube.com") || is("youtu.be") || is("youtube-nocookie.com") {
        let id = if is("youtu.be") {
            path.trim_start_matches('/').split('/').next()
        } else if path == "/watch" {
            param("v")
        } else {
            ["/embed/", "/shorts/", "/live/", "/v/"]
                .iter()
                .find_map(|p| path.strip_prefix(p))
                .and_then(|r| r.split('/').next())
        };
        if let Some(id) = id.filter(|id| {
            id.len() == 11
                && id
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        }) {
            let start = param("t").or_else(|| param("start")).and_then(seconds);
            return Ok((
                Kind::YouTube {
                    id: id.to_string(),
                    start,
                },
                url.clone(),
            ));
        }
        return Ok((Kind::Link, url.clone()));
    }
    if is("vimeo.com") {
        let id = path
            .split('/')
            .rev()
            .find(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
        return Ok(match id {
            Some(id) => (Kind::Vimeo { id: id.to_string() }, url.clone()),
            None => (Kind::Link, url.clone()),
        });
    }
    if let Some(lang) = h.strip_suffix(".wikipedia.org") {
        let lang = lang.trim_start_matches("www.").trim_end_matches(".m");
        if let Some(article) = path.strip_prefix("/wiki/").filter(|a| !a.is_empty()) {
            let article = percent_decode(article).replace('_', " ");
            return Ok((
                Kind::Wikipedia {
                    lang: lang.to_string(),
                    article,
                },
                url.clone(),
            ));
        }
    }
    // A Wikimedia Commons file page: the file itself, by Commons' file path.
    if h == "commons.wikimedia.org" {
        if let Some(file) = path
            .strip_prefix("/wiki/File:")
            .filter(|f| is_image_path(f))
        {
            let src =
                format!("https://commons.wikimedia.org/wiki/Special:FilePath/{file}?width=1280");
            return Ok((Kind::Image { src }, url.clone()));
        }
    }
    if is_image_path(path) {
        return Ok((Kind::Image { src: url.clone() }, url.clone()));
    }
    Ok((Kind::Link, url.clone()))
}

/// True for a path ending in an image file's extension.
fn is_image_path(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    lower.contains('.')
        && [
            "jpg", "jpeg", "png", "gif", "webp", "svg", "avif", "bmp", "apng",
        ]
        .contains(&ext)
}

/// "5m21s", "321s", "321", "1h2m3s" → seconds.
pub(super) fn seconds(t: &str) -> Option<u32> {
    if let Ok(s) = t.parse::<u32>() {
        return Some(s);
    }
    let mut total = 0u32;
    let mut n = 0u32;
    let mut any = false;
    for c in t.chars() {
        match c {
            '0'..='9' => n = n.checked_mul(10)?.checked_add(c as u32 - '0' as u32)?,
            'h' | 'm' | 's' => {
                let unit = match c {
                    'h' => 3600,
                    'm' => 60,
                    _ => 1,
                };
                total = total.checked_add(n.checked_mul(unit)?)?;
                n = 0;
                any = true;
            }
            _ => return None,
        }
    }
    (any && n == 0).then_some(total)
}

/// Decodes %XX escapes (as UTF-8); leaves a broken escape as it is.
pub(super) fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut k = 0;
    while k < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[k] == b'%' && k + 2 < b.len() {
            if let (Some(h), Some(l)) = (hex(b[k + 1]), hex(b[k + 2])) {
                out.push((h * 16 + l) as u8);
                k += 3;
                continue;
            }
        }
        out.push(b[k]);
        k += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
