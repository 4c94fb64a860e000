//! A static snapshot of one event's panel, as HTML, made at build time from the shipped
//! dataset: a phone opening a link to that event shows its text while the app itself is
//! still on its way, and the app replaces it as soon as it starts. Same classes as the
//! live panel (so the same stylesheet draws it), read-only, everything escaped. Never
//! decides anything the live panel does not show.

use crate::model::{Event, Timeline};

/// `s` escaped for HTML text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
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
    out
}

fn disputes(t: &Timeline, e: &Event, out: &mut String) {
    if e.disputes.is_empty() {
        return;
    }
    out.push_str(r#"<section class="disputes-box" aria-label="Sources differ">"#);
    for (k, d) in e.disputes.iter().enumerate() {
        out.push_str(r#"<div class="dispute">"#);
        if k == 0 {
            out.push_str("<h3>⚠ Sources differ</h3>");
        }
        out.push_str(&format!(
            "<h4>{}</h4><ul class=\"claims\">",
            escape(&d.about)
        ));
        for c in &d.claims {
            let names: Vec<&str> = c
                .sources
                .iter()
                .map(|s| t.source(s).map_or(s.as_str(), |s| s.short()))
                .collect();
            out.push_str(&format!(
                r#"<li class="claim"><span class="value">{}</span><span class="according">according to {}</span></li>"#,
                escape(&c.value),
                escape(&names.join("; "))
            ));
        }
        out.push_str("</ul>");
        if let Some(n) = &d.note {
            out.push_str(&format!(r#"<p class="dispute-note">{}</p>"#, escape(n)));
        }
        out.push_str("</div>");
    }
    out.push_str("</section>");
}

/// The panel of event `i` (without the controls, which need the app).
pub fn event_html(t: &Timeline, i: usize) -> String {
    let e = &t.events[i];
    let mut out = String::with_capacity(4096);
    out.push_str(
        r#"<aside class="panel snapshot" aria-labelledby="panel-title" aria-busy="true">"#,
    );
    out.push_str(
        r#"<div class="panel-bar"><span class="position">Loading the timeline…</span></div>"#,
    );
    out.push_str(r#"<div class="panel-body"><div class="panel-head">"#);
    out.push_str(&format!(
        r#"<p class="panel-date">{}</p><h2 id="panel-title">{}</h2><ul class="chips">"#,
        escape(&e.date_label()),
        escape(&e.title)
    ));
    for &c in &e.categories {
        let c = &t.categories[c];
        let symbol = c.symbol.as_deref().unwrap_or("");
        // No colours: a strict Content-Security-Policy forbids style attributes.
        out.push_str(&format!(
            r#"<li class="chip"><span class="symbol" aria-hidden="true">{}</span>{}</li>"#,
            escape(symbol),
            escape(&c.label)
        ));
    }
    out.push_str("</ul></div>");
    out.push_str(&format!(r#"<p class="summary">{}</p>"#, escape(&e.summary)));
    disputes(t, e, &mut out);
    if let Some(n) = &e.note {
        out.push_str(&format!(
            r#"<p class="editor-note"><strong>Editors’ note: </strong>{}</p>"#,
            escape(n)
        ));
    }
    let sources = t.sources_of(e);
    // An event without sources (a class's own timeline) has no sources heading at all.
    if sources.is_empty() {
        out.push_str("</div></aside>");
        return out;
    }
    out.push_str(&format!(
        r#"<h3 class="sources-heading">What the sources say ({})</h3><div class="source-cards">"#,
        sources.len()
    ));
    for s in sources {
        out.push_str(&format!(
            r#"<section class="source-card"><h4><span class="source-title">{}</span></h4><p class="kind">{}</p>"#,
            escape(&s.title),
            escape(&s.kind)
        ));
        for c in e.citations.iter().filter(|c| c.source == s.id) {
            out.push_str(&format!(
                r#"<div class="citation"><p class="says">{}</p><p class="where">Section “{}”, paragraph {}</p></div>"#,
                escape(&c.says),
                escape(&c.section),
                c.paragraph
            ));
        }
        out.push_str("</section>");
    }
    out.push_str("</div></div></aside>");
    out
}

/// The file name a snapshot of event `id` is stored under, if `id` is a plain slug (ids
/// come from links: nothing else may become a path).
pub fn file_name(id: &str) -> Option<String> {
    let plain = !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    plain.then(|| format!("{id}.html"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Timeline {
        crate::load(include_str!("../../data/events.json")).unwrap()
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape(r#"<b a="1">'&'</b>"#),
            "&lt;b a=&quot;1&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn a_snapshot_holds_what_the_panel_says() {
        let t = shipped();
        let i = t.event_index("kirov-assassination").unwrap();
        let html = event_html(&t, i);
        let e = &t.events[i];
        for text in [&e.title, &e.summary]
            .into_iter()
            .chain(e.citations.iter().map(|c| &c.says))
            .chain(
                e.disputes
                    .iter()
                    .flat_map(|d| d.claims.iter().map(|c| &c.value)),
            )
        {
            assert!(html.contains(&escape(text)), "missing: {text}");
        }
        assert!(html.contains("according to Reference entry"));
        assert!(html.contains(r#"id="panel-title""#));
    }

    #[test]
    fn data_never_becomes_markup() {
        let mut t = shipped();
        t.events[0].title = "<script>alert(1)</script>".into();
        t.events[0].summary = "\"><img src=x onerror=alert(1)>".into();
        let html = event_html(&t, 0);
        assert!(!html.contains("<script>") && !html.contains("<img"));
    }

    #[test]
    fn an_event_without_sources_has_no_sources_heading() {
        let text = r#"{"title": "T", "events": [{"id": "a", "title": "A", "start": "1917"}]}"#;
        let t = crate::load_with(text, crate::Rules::Open).unwrap();
        let html = event_html(&t, 0);
        assert!(!html.contains("What the sources say"), "{html}");
        assert!(html.ends_with("</div></aside>"), "{html}");
    }

    #[test]
    fn only_plain_ids_become_file_names() {
        for (id, want) in [
            ("kirov-assassination", Some("kirov-assassination.html")),
            ("../etc/passwd", None),
            ("a/b", None),
            ("", None),
            ("Kirov", None),
        ] {
            assert_eq!(file_name(id).as_deref(), want, "{id}");
        }
    }
}
