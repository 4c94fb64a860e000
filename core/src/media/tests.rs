//! Unit tests of `media`: classifying, resolving and showing addresses.

use super::address::{percent_decode, seconds};
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
            image("https://upload.wikimedia.org/wikipedia/commons/thumb/c/c5/M.jpg/960px-M.jpg"),
        ),
        (
            "https://commons.wikimedia.org/wiki/File:HST-SM4.jpeg",
            image("https://commons.wikimedia.org/wiki/Special:FilePath/HST-SM4.jpeg?width=1280"),
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
fn a_file_on_a_plain_http_site_shows_the_images_beside_it_and_no_others() {
    let base = Some("http://intranet.school.example:8080/history/timeline.json");
    for (url, shown) in [
        ("media/x.jpg", true),
        ("/pictures/y.png", true),
        ("http://intranet.school.example:8080/z.jpg", true),
        ("http://intranet.school.example/z.jpg", false),
        ("http://elsewhere.example/z.jpg", false),
    ] {
        let m = Media::from_raw(
            &RawMedia {
                url: Some(url.into()),
                ..RawMedia::default()
            },
            base,
        );
        assert_eq!(matches!(m.kind, Kind::Image { .. }), shown, "{url}: {m:?}");
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
