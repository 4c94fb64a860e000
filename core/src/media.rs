//! An event's (or a title's) media: what its address is — an image, a YouTube or Vimeo
//! video, a Wikipedia article, a quotation, or any other link — and how to show it with
//! nothing loaded from another site before the reader asks: the host to name, the
//! privacy-enhanced player's address, relative and protocol-relative addresses resolved
//! against the file's own. Refuses what cannot be shown safely (raw `<iframe>` markup,
//! insecure or non-web addresses, a relative address with nothing to resolve it against)
//! with a short reason the page shows in the media's place. Pure: never fetches, never
//! builds markup.

use crate::model::RawMedia;

/// What a media address is, and so how it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An image, loaded from `src` (for a Wikimedia Commons file page, the file itself).
    Image { src: String },
    /// A YouTube video: played from youtube-nocookie.com ([`Media::embed_url`]).
    YouTube { id: String, start: Option<u32> },
    /// A Vimeo video: played with Vimeo's "do not track" ([`Media::embed_url`]).
    Vimeo { id: String },
    /// A Wikipedia article: a link card with its title and language, never fetched.
    Wikipedia { lang: String, article: String },
    /// A quotation: text, shown as text.
    Quote { text: String },
    /// Any other address: a link naming its host.
    Link,
    /// Not shown, for the reason given (a short sentence for the page).
    Refused { reason: String },
}

/// Media as the page shows it: the kind, the address (resolved, https) where there is
/// one, and the texts around it (plain text, never markup).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    pub kind: Kind,
    /// The address as given in the file, resolved: absolute https, except for a refused
    /// one, which keeps what the file wrote (never shown as a link then).
    pub url: Option<String>,
    pub caption: Option<String>,
    pub credit: Option<String>,
    /// The image's text alternative, where the file gives one.
    pub alt: Option<String>,
    /// A small image for the strip's label (https), where the file gives a usable one.
    pub thumbnail: Option<String>,
}

impl Media {
    /// Media from the file's fields, its addresses resolved against `base` (the file's own
    /// address, where it was fetched from one).
    pub fn from_raw(raw: &RawMedia, base: Option<&str>) -> Media {
        let text = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let (kind, url) = match (text(&raw.quote), text(&raw.url)) {
            (Some(q), _) => (Kind::Quote { text: q }, None),
            (None, Some(u)) => match classify(&u, base) {
                Ok((kind, resolved)) => (kind, Some(resolved)),
                Err(reason) => (Kind::Refused { reason }, Some(u)),
            },
            (None, None) => (
                Kind::Refused {
                    reason: "The media has no address or quotation.".into(),
                },
                None,
            ),
        };
        let thumbnail = text(&raw.thumbnail)
            .and_then(|t| resolve(&t, base).ok())
            .filter(|t| is_https(t));
        Media {
            kind,
            url,
            caption: text(&raw.caption),
            credit: text(&raw.credit),
            alt: text(&raw.alt),
            thumbnail,
        }
    }

    /// The fields of our format this media was read from (an address as resolved).
    pub fn to_raw(&self) -> RawMedia {
        RawMedia {
            url: self.url.clone(),
            quote: match &self.kind {
                Kind::Quote { text } => Some(text.clone()),
                _ => None,
            },
            caption: self.caption.clone(),
            credit: self.credit.clone(),
            alt: self.alt.clone(),
            thumbnail: self.thumbnail.clone(),
        }
    }

    /// The host to name beside it ("upload.wikimedia.org"), where it has an address.
    pub fn host(&self) -> Option<&str> {
        match self.kind {
            Kind::Refused { .. } | Kind::Quote { .. } => None,
            _ => self.url.as_deref().and_then(host),
        }
    }

    /// The address of the player for a video, privacy-enhanced:
    /// `https://www.youtube-nocookie.com/embed/ID` (`?start=S`) or
    /// `https://player.vimeo.com/video/ID?dnt=1`.
    pub fn embed_url(&self) -> Option<String> {
        match &self.kind {
            Kind::YouTube { id, start } => Some(match start {
                Some(s) => format!("https://www.youtube-nocookie.com/embed/{id}?start={s}"),
                None => format!("https://www.youtube-nocookie.com/embed/{id}"),
            }),
            Kind::Vimeo { id } => Some(format!("https://player.vimeo.com/video/{id}?dnt=1")),
            _ => None,
        }
    }

    /// The hosts the page loads from once the reader asks to see it (for its
    /// Content-Security-Policy): the image's (and the Commons files' redirect target),
    /// the player's.
    pub fn load_hosts(&self) -> Vec<&str> {
        match &self.kind {
            Kind::Image { src } => {
                let mut out: Vec<&str> = host(src).into_iter().collect();
                if out == ["commons.wikimedia.org"] {
                    out.push("upload.wikimedia.org");
                }
                out
            }
            Kind::YouTube { .. } => vec!["www.youtube-nocookie.com"],
            Kind::Vimeo { .. } => vec!["player.vimeo.com"],
            _ => Vec::new(),
        }
    }

    /// True where the reader's consent is asked before showing it (it loads from another
    /// site): images and videos. Quotes, links and Wikipedia cards load nothing.
    pub fn needs_consent(&self) -> bool {
        matches!(
            self.kind,
            Kind::Image { .. } | Kind::YouTube { .. } | Kind::Vimeo { .. }
        )
    }
}

fn is_https(url: &str) -> bool {
    url.get(..8)
        .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
}

/// The host of an absolute address, lower case, without user or port: "en.wikipedia.org".
pub fn host(url: &str) -> Option<&str> {
    let rest = &url[url.find("://")? + 3..];
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

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
        return Err("The media has no address.".into());
    }
    if a.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("The address \"{}\" has spaces in it.", short(a)));
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
        .ok_or_else(|| {
            format!(
                "The relative address \"{}\" is not shown: the file's own address is not known \
                 to find it from (write the full https:// address).",
                short(a)
            )
        })?;
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
            "An embedded frame (<iframe>) from the file is not shown.".to_string()
        } else {
            format!("Markup (<{tag}>) in the media's address is not shown.")
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
    if !is_https(&url) {
        let scheme = url.split(':').next().unwrap_or("");
        return Err(if scheme.eq_ignore_ascii_case("http") {
            format!(
                "The address {} is not secure (http://): only https:// media are shown.",
                short(&url)
            )
        } else {
            format!("A \"{}:\" address is not shown.", short(scheme))
        });
    }
    if h.is_empty() || url.len() > 2000 {
        return Err(format!("\"{}\" is not a usable address.", short(&url)));
    }
    let (path, query) = {
        let rest = &url[8 + url[8..].find('/').map_or(url.len() - 8, |k| k)..];
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
fn seconds(t: &str) -> Option<u32> {
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
fn percent_decode(s: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(url: &str) -> Kind {
        match classify(url, None) {
            Ok((k, _)) => k,
            Err(reason) => Kind::Refused { reason },
        }
    }

    #[test]
    fn addresses_are_classified() {
        let yt = |id: &str, start| Kind::YouTube {
            id: id.into(),
            start,
        };
        let image = |src: &str| Kind::Image { src: src.into() };
        for (url, want) in [
            (
                "https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s",
                yt("pi2v1m6gmD8", Some(321)),
            ),
            ("https://youtu.be/pi2v1m6gmD8", yt("pi2v1m6gmD8", None)),
            (
                "http://www.youtube.com/embed/pi2v1m6gmD8?start=30",
                yt("pi2v1m6gmD8", Some(30)),
            ),
            (
                "https://www.youtube.com/shorts/pi2v1m6gmD8",
                yt("pi2v1m6gmD8", None),
            ),
            ("https://www.youtube.com/@channel", Kind::Link),
            (
                "http://vimeo.com/20839673",
                Kind::Vimeo {
                    id: "20839673".into(),
                },
            ),
            (
                "https://player.vimeo.com/video/20839673",
                Kind::Vimeo {
                    id: "20839673".into(),
                },
            ),
            (
                "https://en.wikipedia.org/wiki/Hijra_(Islam)",
                Kind::Wikipedia {
                    lang: "en".into(),
                    article: "Hijra (Islam)".into(),
                },
            ),
            (
                "https://ru.m.wikipedia.org/wiki/%D0%9A%D0%B8%D1%80%D0%BE%D0%B2",
                Kind::Wikipedia {
                    lang: "ru".into(),
                    article: "Киров".into(),
                },
            ),
            (
                "https://upload.wikimedia.org/wikipedia/commons/thumb/c/c5/M.jpg/960px-M.jpg",
                image(
                    "https://upload.wikimedia.org/wikipedia/commons/thumb/c/c5/M.jpg/960px-M.jpg",
                ),
            ),
            (
                "https://commons.wikimedia.org/wiki/File:HST-SM4.jpeg",
                image(
                    "https://commons.wikimedia.org/wiki/Special:FilePath/HST-SM4.jpeg?width=1280",
                ),
            ),
            (
                "https://media.giphy.com/media/Bzxeif0cR11ny/giphy.GIF?x=1",
                image("https://media.giphy.com/media/Bzxeif0cR11ny/giphy.GIF?x=1"),
            ),
            (
                "//example.org/pic.png",
                image("https://example.org/pic.png"),
            ),
            (
                "https://www.flickr.com/photos/critterseeker/16420145375",
                Kind::Link,
            ),
            ("https://docs.google.com/document/d/1Wx/edit", Kind::Link),
            (
                "<blockquote>This is a block quote.</blockquote>",
                Kind::Quote {
                    text: "This is a block quote.".into(),
                },
            ),
        ] {
            assert_eq!(kind(url), want, "{url}");
        }
    }

    #[test]
    fn what_cannot_be_shown_says_why() {
        for (url, needle) in [
            (
                "<iframe src='https://cdn.knightlab.com/x'></iframe>",
                "<iframe>",
            ),
            ("<div>x</div>", "Markup (<div>)"),
            (
                "http://www.germuska.com/salzburg-album/full/2QVB_022.jpg",
                "not secure",
            ),
            ("javascript:alert(1)", "\"javascript:\""),
            ("data:image/png;base64,AAAA", "\"data:\""),
            ("./media/x.jpg", "relative address \"./media/x.jpg\""),
            ("media/x.jpg", "relative address"),
            ("https://example.org/a b.jpg", "spaces"),
        ] {
            match kind(url) {
                Kind::Refused { reason } => assert!(reason.contains(needle), "{url}: {reason}"),
                k => panic!("{url}: {k:?}"),
            }
        }
    }

    #[test]
    fn relative_addresses_resolve_against_the_file() {
        let base = Some("https://teacher.example.org/class/7b/timeline.json?v=2");
        for (rel, want) in [
            (
                "./media/x.jpg",
                "https://teacher.example.org/class/7b/media/x.jpg",
            ),
            (
                "media/x.jpg?s=1",
                "https://teacher.example.org/class/7b/media/x.jpg?s=1",
            ),
            (
                "../shared/y.png",
                "https://teacher.example.org/class/shared/y.png",
            ),
            ("/root.png", "https://teacher.example.org/root.png"),
            ("//cdn.example.org/z.png", "https://cdn.example.org/z.png"),
            ("https://other.org/w.png", "https://other.org/w.png"),
        ] {
            assert_eq!(resolve(rel, base).as_deref(), Ok(want), "{rel}");
        }
        assert_eq!(
            resolve("x.png", Some("https://host.org")).as_deref(),
            Ok("https://host.org/x.png")
        );
        assert!(resolve("x.png", Some("timeline.json")).is_err());
    }

    #[test]
    fn media_name_their_host_and_play_privately() {
        let raw = |url: &str| RawMedia {
            url: Some(url.into()),
            caption: Some(" A caption ".into()),
            thumbnail: Some("thumb.jpg".into()),
            ..RawMedia::default()
        };
        let m = Media::from_raw(&raw("https://youtu.be/pi2v1m6gmD8?t=90"), None);
        assert_eq!(m.host(), Some("youtu.be"));
        assert_eq!(
            m.embed_url().as_deref(),
            Some("https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=90")
        );
        assert_eq!(m.caption.as_deref(), Some("A caption"));
        assert_eq!(m.thumbnail, None, "a relative thumbnail without a base");
        assert!(m.needs_consent());
        let m = Media::from_raw(
            &raw("https://vimeo.com/20839673"),
            Some("https://t.org/a/b.json"),
        );
        assert_eq!(
            m.embed_url().as_deref(),
            Some("https://player.vimeo.com/video/20839673?dnt=1")
        );
        assert_eq!(m.thumbnail.as_deref(), Some("https://t.org/a/thumb.jpg"));
        assert_eq!(m.load_hosts(), ["player.vimeo.com"]);
        let m = Media::from_raw(&raw("https://commons.wikimedia.org/wiki/File:X.jpg"), None);
        assert_eq!(
            m.load_hosts(),
            ["commons.wikimedia.org", "upload.wikimedia.org"]
        );
        let m = Media::from_raw(&raw("https://en.wikipedia.org/wiki/Ada_Lovelace"), None);
        assert!(!m.needs_consent());
        assert_eq!(m.host(), Some("en.wikipedia.org"));
        let m = Media::from_raw(&raw("<iframe src=x></iframe>"), None);
        assert_eq!(m.host(), None);
        assert!(!m.needs_consent());
        assert_eq!(Media::from_raw(&m.to_raw(), None), m);
        let q = Media::from_raw(
            &RawMedia {
                quote: Some("Words.".into()),
                credit: Some("Someone".into()),
                ..RawMedia::default()
            },
            None,
        );
        assert_eq!(
            q.kind,
            Kind::Quote {
                text: "Words.".into()
            }
        );
        assert_eq!(Media::from_raw(&q.to_raw(), None), q);
    }

    #[test]
    fn durations_and_escapes() {
        for (t, s) in [
            ("321", Some(321)),
            ("5m21s", Some(321)),
            ("1h", Some(3600)),
            ("5x", None),
            ("5m3", None),
        ] {
            assert_eq!(seconds(t), s, "{t}");
        }
        assert_eq!(percent_decode("a%20b%zz%2"), "a b%zz%2");
    }
}
