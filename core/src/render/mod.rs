//! The markup of what the app shows from the data, as HTML text: an event's label on the
//! strip (`item`), an event's panel (`event`), the header and filter bar (`frame`), the
//! language menu (`lang`), written once here and used both by the app
//! (which puts it in the page and handles its clicks for the whole block) and by the
//! build's pre-rendered pages, so the two never drift apart. Everything from the data is
//! escaped here ([`escape`], the one escaper of the page's markup; the export writes
//! TimelineJS's HTML with the `html_escape` crate). Never decides what to
//! show: that is the callers' (the app's state, the pre-render's view).

pub mod event;
pub mod frame;
pub mod item;
pub mod lang;
pub mod media;

/// `s` escaped for HTML text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_escaped(&mut out, s);
    out
}

/// Appends `s` to `out`, escaped for HTML text and attribute values.
pub fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// How links in the markup are written: the query of the timeline they belong to, so a
/// link to an event of a `?data=` timeline stays on that timeline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    /// Parameters every link starts with, already encoded ("data=class.json"), or empty.
    pub base: String,
}

impl Links {
    /// The address of `query` ("event=kirov") on this timeline, relative to the page:
    /// "?event=kirov", or "?data=class.json&event=kirov".
    pub fn href(&self, query: &str) -> String {
        match (self.base.is_empty(), query.is_empty()) {
            (true, true) => "./".into(),
            (true, false) => format!("?{query}"),
            (false, true) => format!("?{}", self.base),
            (false, false) => format!("?{}&{query}", self.base),
        }
    }

    /// The address of event `id`.
    pub fn event(&self, id: &str) -> String {
        self.href(&format!("event={id}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"<b a="1">'&'</b>"#),
            "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn links_stay_on_their_timeline() {
        let here = Links::default();
        assert_eq!(here.event("kirov"), "?event=kirov");
        assert_eq!(here.href(""), "./");
        let other = Links {
            base: "data=class.json".into(),
        };
        assert_eq!(other.event("kirov"), "?data=class.json&event=kirov");
        assert_eq!(other.href(""), "?data=class.json");
    }
}
