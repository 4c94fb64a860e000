//! An event's (or a title's) media: what its address is — an image, a YouTube or Vimeo
//! video, a Wikipedia article, a quotation, or any other link — and how to show it with
//! nothing loaded from another site before the reader asks: the host to name, the
//! privacy-enhanced player's address, relative and protocol-relative addresses resolved
//! against the file's own. Refuses what cannot be shown safely (raw `<iframe>` markup,
//! insecure or non-web addresses, a relative address with nothing to resolve it against)
//! with a short reason the page shows in the media's place. Pure: never fetches, never
//! builds markup.
//!
//! What an address is — resolving it and classifying it — is in `address`; this file holds
//! the media as the page shows it.

mod address;
#[cfg(test)]
mod tests;

use crate::model::RawMedia;
pub use address::{classify, resolve};

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
                    reason: crate::t!("media-nothing"),
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
