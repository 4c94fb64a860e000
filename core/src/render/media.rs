//! An event's media in its panel, as HTML, with nothing loaded from another site until
//! the reader asks: an image or a video is a frame of fixed shape naming where it comes
//! from ("Image from upload.wikimedia.org") with a Show button and the choice to always
//! show this timeline's media; the app's panel puts the image or the privacy-enhanced
//! player in that frame (`data-src`, `data-embed`) when asked. A quotation is text, a
//! Wikipedia article a link card, any other address a link naming its host, and media
//! that cannot be shown a short note. Never decides whether the reader has agreed: that
//! is kept on the device by the app.

use super::push_escaped;
use crate::import::html::link_spans;
use crate::media::{Kind, Media};

/// What the frame shows once asked, as the catalogue's messages select it: "image",
/// "video".
fn noun(kind: &Kind) -> &'static str {
    match kind {
        Kind::Image { .. } => "image",
        _ => "video",
    }
}

/// Escaped `text` with `marker` replaced by `link` (markup): a sentence from the catalogue
/// with a link inside it, wherever the language puts it.
fn push_with(out: &mut String, text: &str, marker: &str, link: impl FnOnce(&mut String)) {
    match text.split_once(marker) {
        Some((before, after)) => {
            push_escaped(out, before);
            link(out);
            push_escaped(out, after);
        }
        None => push_escaped(out, text),
    }
}

/// Stands for a link in a message until the link's markup takes its place.
const LINK: &str = "\u{E000}";

fn push_attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    push_escaped(out, value);
    out.push('"');
}

/// A link to another site that opens in a new tab and tells it nothing of this page.
fn push_away(out: &mut String, class: &str, href: &str, text: &str) {
    out.push_str("<a");
    if !class.is_empty() {
        push_attr(out, "class", class);
    }
    push_attr(out, "href", href);
    out.push_str(r#" target="_blank" rel="noopener noreferrer">"#);
    push_escaped(out, text);
    out.push_str("</a>");
}

/// Caption text with its addresses as links (a file's captions often link their source).
fn push_linked(out: &mut String, text: &str) {
    for (run, link) in link_spans(text) {
        if link {
            push_away(out, "", run, run);
        } else {
            push_escaped(out, run);
        }
    }
}

/// `m` as a `<figure>` for the panel (its projected slide names the page "media").
pub fn figure(out: &mut String, m: &Media) {
    let kind = match m.kind {
        Kind::Image { .. } => "image",
        Kind::YouTube { .. } | Kind::Vimeo { .. } => "video",
        Kind::Wikipedia { .. } => "wikipedia",
        Kind::Quote { .. } => "quote",
        Kind::Link => "link",
        Kind::Refused { .. } => "refused",
    };
    out.push_str(r#"<figure class="media""#);
    push_attr(out, "data-kind", kind);
    push_attr(out, "data-part", &crate::t!("part-media"));
    out.push('>');
    let another = crate::t!("media-another-site");
    let host = m.host().unwrap_or(&another);
    match &m.kind {
        Kind::Image { src } => push_frame(out, m, host, src, "image"),
        Kind::YouTube { .. } | Kind::Vimeo { .. } => {
            let embed = m.embed_url().unwrap_or_default();
            push_frame(out, m, host, &embed, "frame")
        }
        Kind::Quote { text } => {
            out.push_str(r#"<blockquote class="media-quote"><p>"#);
            push_escaped(out, text);
            out.push_str("</p></blockquote>");
        }
        Kind::Wikipedia { lang, article } => {
            out.push_str(r#"<p class="media-card">"#);
            let label = crate::t!(
                "media-wikipedia",
                lang = lang.as_str(),
                article = article.as_str()
            );
            push_away(out, "media-link", m.url.as_deref().unwrap_or(""), &label);
            out.push_str("</p>");
        }
        Kind::Link => {
            out.push_str(r#"<p class="media-card">"#);
            push_with(out, &crate::t!("media-link", host = LINK), LINK, |out| {
                push_away(out, "media-link", m.url.as_deref().unwrap_or(""), host)
            });
            out.push_str("</p>");
        }
        Kind::Refused { reason } => {
            out.push_str(r#"<p class="media-note">"#);
            push_escaped(out, &crate::t!("media-refused", reason = reason.as_str()));
            out.push_str("</p>");
        }
    }
    if m.caption.is_some() || m.credit.is_some() {
        out.push_str("<figcaption>");
        if let Some(c) = &m.caption {
            push_linked(out, c);
        }
        if let Some(c) = &m.credit {
            out.push_str(r#" <span class="credit">"#);
            push_linked(out, c);
            out.push_str("</span>");
        }
        out.push_str("</figcaption>");
    }
    out.push_str("</figure>");
}

/// The frame an image or a player is put in once the reader asks: where it comes from
/// (the host, a plain link to the original that works without the app) and the choices.
fn push_frame(out: &mut String, m: &Media, host: &str, src: &str, embed: &str) {
    let noun = noun(&m.kind);
    out.push_str(r#"<div class="media-frame""#);
    push_attr(out, "data-embed", embed);
    push_attr(out, "data-src", src);
    push_attr(out, "data-host", host);
    // What a screen reader says for it: the file's text alternative, else its caption.
    let label = m.alt.as_deref().or(m.caption.as_deref()).map_or_else(
        || crate::t!("media-from-label", what = noun, host = host),
        str::to_string,
    );
    push_attr(out, "data-label", &label);
    out.push_str(r#"><div class="media-consent"><p>"#);
    push_with(
        out,
        &crate::t!("media-consent", what = noun, host = LINK),
        LINK,
        |out| push_away(out, "media-host", m.url.as_deref().unwrap_or(src), host),
    );
    out.push_str(r#"</p><button type="button" class="show-media" data-action="show-media">"#);
    push_escaped(out, &crate::t!("media-show", what = noun));
    // The choice stays beside the media once shown, so it can be taken back.
    out.push_str(r#"</button></div></div><p class="media-always"><label><input type="checkbox" data-action="always-media"> "#);
    push_escaped(out, &crate::t!("media-always"));
    out.push_str("</label></p>");
}

/// `m` as one line of a printed handout, where paper can show it: "Image
/// (upload.wikimedia.org): caption — credit. https://…", a quotation in quotation marks;
/// none for media that cannot be shown.
pub fn line(m: &Media) -> Option<String> {
    let what = match &m.kind {
        Kind::Refused { .. } => return None,
        Kind::Quote { text } => crate::t!("quoted", text = text.as_str()),
        Kind::Image { .. } => crate::t!("media-line", what = "image", host = m.host()?),
        Kind::YouTube { .. } | Kind::Vimeo { .. } => {
            crate::t!("media-line", what = "video", host = m.host()?)
        }
        Kind::Wikipedia { lang, article } => {
            crate::t!(
                "media-wikipedia",
                lang = lang.as_str(),
                article = article.as_str()
            )
        }
        Kind::Link => crate::t!("media-line", what = "link", host = m.host()?),
    };
    let words: Vec<&str> = [m.caption.as_deref(), m.credit.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut out = what;
    if !words.is_empty() {
        out.push_str(if matches!(m.kind, Kind::Quote { .. }) {
            " — "
        } else {
            ": "
        });
        out.push_str(&words.join(" — "));
    }
    if let (Some(url), false) = (&m.url, matches!(m.kind, Kind::Quote { .. })) {
        out.push_str(". ");
        out.push_str(url);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RawMedia;

    fn html(url: &str) -> String {
        let raw = RawMedia {
            url: Some(url.into()),
            caption: Some("A caption, see https://example.org/x".into()),
            credit: Some("Photo: <b>someone</b>".into()),
            ..RawMedia::default()
        };
        let mut out = String::new();
        figure(
            &mut out,
            &Media::from_raw(&raw, Some("https://class.example/t/a.json")),
        );
        out
    }

    /// (address, what the figure must hold, what it must not)
    const CASES: &[(&str, &[&str], &[&str])] = &[
        (
            "https://upload.wikimedia.org/a/b.jpg",
            &[
                r#"data-kind="image""#,
                r#"data-src="https://upload.wikimedia.org/a/b.jpg""#,
                "Image from <a",
                ">upload.wikimedia.org</a>",
                "Show the image",
                "Always show media from this timeline",
            ],
            &["<img"],
        ),
        (
            "https://www.youtube.com/watch?v=abcdefghijk",
            &[
                r#"data-kind="video""#,
                r#"data-src="https://www.youtube-nocookie.com/embed/abcdefghijk""#,
                r#"data-embed="frame""#,
                "Show the video",
            ],
            &["<iframe", "youtube.com/embed"],
        ),
        (
            "https://en.wikipedia.org/wiki/Hijra_(Islam)",
            &[
                "Wikipedia (en): Hijra (Islam)",
                r#"rel="noopener noreferrer""#,
            ],
            &["data-src", "Show"],
        ),
        (
            "./media/x.jpg",
            &[r#"data-src="https://class.example/t/media/x.jpg""#],
            &[],
        ),
        (
            "<iframe src=\"https://evil.example\"></iframe>",
            &[r#"data-kind="refused""#, "media-note"],
            &["<iframe", "data-src"],
        ),
        (
            "https://example.org/page",
            &["Link: <a", ">example.org</a>"],
            &["data-src"],
        ),
    ];

    #[test]
    fn each_kind_of_media_is_shown_as_itself_and_nothing_is_loaded_unasked() {
        for (url, has, hasnt) in CASES {
            let out = html(url);
            for h in *has {
                assert!(out.contains(h), "{url}: missing {h} in {out}");
            }
            for h in *hasnt {
                assert!(!out.contains(h), "{url}: unexpected {h} in {out}");
            }
            assert!(out.contains("<figcaption>A caption, see <a"), "{out}");
            assert!(out.contains("&lt;b&gt;someone"), "markup stays text: {out}");
        }
    }

    #[test]
    fn a_handout_names_the_media_and_where_it_is() {
        let raw = RawMedia {
            url: Some("//upload.wikimedia.org/x.jpg".into()),
            caption: Some("Sans protocole".into()),
            credit: Some("Archives".into()),
            ..RawMedia::default()
        };
        assert_eq!(
            line(&Media::from_raw(&raw, None)).as_deref(),
            Some("Image (upload.wikimedia.org): Sans protocole — Archives. https://upload.wikimedia.org/x.jpg")
        );
        let quote = RawMedia {
            quote: Some("Words".into()),
            credit: Some("Voltaire".into()),
            ..RawMedia::default()
        };
        assert_eq!(
            line(&Media::from_raw(&quote, None)).as_deref(),
            Some("“Words” — Voltaire")
        );
        let refused = RawMedia {
            url: Some("<iframe></iframe>".into()),
            ..RawMedia::default()
        };
        assert_eq!(line(&Media::from_raw(&refused, None)), None);
    }

    #[test]
    fn a_quotation_is_text() {
        let raw = RawMedia {
            url: Some("<blockquote>Words <i>said</i></blockquote>".into()),
            ..RawMedia::default()
        };
        let mut out = String::new();
        figure(&mut out, &Media::from_raw(&raw, None));
        assert!(
            out.contains(r#"<blockquote class="media-quote"><p>Words said</p>"#),
            "{out}"
        );
    }
}
