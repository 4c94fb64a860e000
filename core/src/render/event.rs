//! An event's panel, as HTML: date, title, categories, summary, where the sources differ
//! (their values side by side), one card per source that speaks of the event (what it
//! says, where, where it stands against the others, and who the document is), then
//! people, periods, related events and the event's own actions. The live panel and the
//! build's pre-rendered pages both show exactly this; the app handles its buttons and
//! links for the whole block (`data-person`, `data-action`, `data-i`). Parts carry
//! `data-part` (what a projected slide's page is named after); a heading marked
//! `data-keep` stays on the page of what follows it.

use super::{escape, push_escaped, Links};
use crate::corroboration::{self, Standing};
use crate::model::{Event, Source, Timeline};

/// "Study guide; Web article": the short titles of source ids.
pub fn source_names(t: &Timeline, ids: &[String]) -> String {
    ids.iter()
        .map(|s| t.source(s).map_or(s.as_str(), |s| s.short()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Where a citation points: "Section “Summary of Event”, paragraph 3".
pub fn locator(section: &str, paragraph: u32) -> String {
    crate::t!("panel-locator", section = section, paragraph = paragraph)
}

/// Up to `n` events sharing a person with event `i`, nearest in time first, returned in
/// time order.
pub fn related(t: &Timeline, i: usize, n: usize) -> Vec<usize> {
    let e = &t.events[i];
    let mut v: Vec<(f64, usize)> = t
        .events
        .iter()
        .enumerate()
        .filter(|(j, o)| *j != i && o.people.iter().any(|p| e.people.contains(p)))
        .map(|(j, o)| ((o.t0 - e.t0).abs(), j))
        .collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<usize> = v.into_iter().take(n).map(|(_, j)| j).collect();
    out.sort_unstable();
    out
}

/// Text with its http(s) addresses as links that open in a new tab and tell the other
/// site nothing of this page (a class's own timeline may link to its sources).
fn push_linked(out: &mut String, text: &str) {
    for (run, link) in crate::import::html::link_spans(text) {
        if link {
            out.push_str(r#"<a href=""#);
            push_escaped(out, run);
            out.push_str(r#"" target="_blank" rel="noopener noreferrer">"#);
            push_escaped(out, run);
            out.push_str("</a>");
        } else {
            push_escaped(out, run);
        }
    }
}

fn push_disputes(out: &mut String, t: &Timeline, e: &Event) {
    if e.disputes.is_empty() {
        return;
    }
    let differ = crate::t!("panel-differ");
    out.push_str(r#"<section class="disputes-box" aria-label=""#);
    push_escaped(out, &differ);
    out.push_str(r#"">"#);
    for (k, d) in e.disputes.iter().enumerate() {
        out.push_str(r#"<div class="dispute" data-part=""#);
        push_escaped(out, &crate::t!("part-differ"));
        out.push_str(r#"">"#);
        // The box's heading belongs to its first part, so a page never shows it alone.
        if k == 0 {
            out.push_str("<h3>⚠ ");
            push_escaped(out, &differ);
            out.push_str("</h3>");
        }
        out.push_str("<h4>");
        push_escaped(out, &d.about);
        out.push_str(r#"</h4><ul class="claims">"#);
        for c in &d.claims {
            out.push_str(r#"<li class="claim"><span class="value">"#);
            push_escaped(out, &c.value);
            out.push_str(r#"</span><span class="according">"#);
            push_escaped(
                out,
                &crate::t!("panel-according-to", who = source_names(t, &c.sources)),
            );
            out.push_str("</span></li>");
        }
        out.push_str("</ul>");
        if let Some(n) = &d.note {
            out.push_str(r#"<p class="dispute-note">"#);
            push_escaped(out, n);
            out.push_str("</p>");
        }
        out.push_str("</div>");
    }
    out.push_str("</section>");
}

/// Who the document is, where the file says: author, date, audience, purpose, what it
/// rests on. Empty when it says none of them.
pub fn provenance(s: &Source) -> Vec<(String, &str)> {
    [
        ("author", s.author.as_deref()),
        ("date", s.date.as_deref()),
        ("audience", s.audience.as_deref()),
        ("purpose", s.purpose.as_deref()),
        ("based-on", s.based_on.as_deref()),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((crate::t!("provenance-field", field = k), v?)))
    .collect()
}

fn push_card(out: &mut String, t: &Timeline, i: usize, s: &Source, sources: usize) {
    let e = &t.events[i];
    out.push_str(r#"<section class="source-card" data-source=""#);
    push_escaped(out, &s.id);
    out.push_str(r#"" data-part=""#);
    push_escaped(out, &crate::t!("part-sources"));
    out.push_str(r#""><h4><span class="source-title">"#);
    push_escaped(out, &s.title);
    out.push_str(r#"</span><span class="source-short">"#);
    push_escaped(out, s.short());
    out.push_str(r#"</span></h4><p class="kind">"#);
    push_escaped(out, &s.kind);
    out.push_str("</p>");
    // Where it stands against the other documents, when there is more than one.
    if sources > 1 {
        if let Some(k) = t.sources.iter().position(|o| o.id == s.id) {
            let r = corroboration::report(t, i, k);
            if matches!(r.standing, Standing::Agrees | Standing::Differs) {
                // "agrees with Study guide on “Officers purged”": the phrase starts with
                // the word, set in bold.
                let phrase = corroboration::phrase(t, i, &r);
                let word = r.standing.label();
                out.push_str(r#"<p class="standing" data-standing=""#);
                out.push_str(r.standing.word());
                out.push_str(r#"">"#);
                match phrase.strip_prefix(word.as_str()) {
                    Some(rest) => {
                        out.push_str("<strong>");
                        push_escaped(out, &word);
                        out.push_str("</strong>");
                        push_escaped(out, rest);
                    }
                    None => push_escaped(out, &phrase),
                }
                out.push_str("</p>");
            }
        }
    }
    for c in e.citations.iter().filter(|c| c.source == s.id) {
        out.push_str(r#"<div class="citation"><p class="says">"#);
        push_escaped(out, &c.says);
        out.push_str(r#"</p><p class="where">"#);
        push_escaped(out, &locator(&c.section, c.paragraph));
        out.push_str("</p></div>");
    }
    let about = provenance(s);
    if !about.is_empty() {
        out.push_str(r#"<details class="provenance"><summary>"#);
        push_escaped(out, &crate::t!("provenance-summary"));
        out.push_str("</summary><dl>");
        for (k, v) in about {
            out.push_str("<dt>");
            push_escaped(out, &k);
            out.push_str("</dt><dd>");
            push_escaped(out, v);
            out.push_str("</dd>");
        }
        out.push_str("</dl></details>");
    }
    out.push_str("</section>");
}

/// The panel's body for event `i`: everything but its bar (Previous, Next, Close), which
/// the app and the pre-render each draw from the view's state.
pub fn body(t: &Timeline, i: usize, links: &Links) -> String {
    let e = &t.events[i];
    let mut out = String::with_capacity(4096);
    let summary_part = escape(&crate::t!("part-summary"));
    out.push_str(&format!(
        r#"<div class="panel-head" data-part="{summary_part}"><p class="panel-date">"#
    ));
    push_escaped(&mut out, &e.date_label());
    out.push_str(r#"</p><h2 id="panel-title" tabindex="-1">"#);
    push_escaped(&mut out, &e.title);
    out.push_str(r#"</h2><ul class="chips">"#);
    for &k in &e.categories {
        let c = &t.categories[k];
        out.push_str(&format!(
            r#"<li class="chip" data-cat="{k}"><span class="symbol" aria-hidden="true">"#
        ));
        push_escaped(&mut out, c.symbol.as_deref().unwrap_or(""));
        out.push_str("</span>");
        push_escaped(&mut out, &c.label);
        out.push_str("</li>");
    }
    out.push_str("</ul></div>");
    if !e.summary.is_empty() {
        out.push_str(&format!(
            r#"<p class="summary" data-part="{summary_part}">"#
        ));
        push_linked(&mut out, &e.summary);
        out.push_str("</p>");
    }
    if let Some(m) = t.event_media(i) {
        super::media::figure(&mut out, &m);
    }
    push_disputes(&mut out, t, e);
    if let Some(n) = &e.note {
        out.push_str(&format!(
            r#"<p class="editor-note" data-part="{}"><strong>{}</strong>"#,
            escape(&crate::t!("part-note")),
            escape(&crate::t!("panel-note"))
        ));
        push_escaped(&mut out, n);
        out.push_str("</p>");
    }
    let sources = t.sources_of(e);
    if !sources.is_empty() {
        out.push_str(&format!(
            r#"<h3 class="sources-heading" data-part="{}" data-keep>{}</h3><div class="source-cards">"#,
            escape(&crate::t!("part-sources")),
            escape(&crate::t!("panel-sources-heading", n = sources.len()))
        ));
        for s in &sources {
            push_card(&mut out, t, i, s, sources.len());
        }
        out.push_str("</div>");
    }
    out.push_str(r#"<div class="panel-more">"#);
    if !e.people.is_empty() {
        out.push_str("<h3>");
        push_escaped(&mut out, &crate::t!("panel-people"));
        out.push_str(r#"</h3><ul class="people">"#);
        for &p in &e.people {
            let person = &t.people[p];
            out.push_str(r#"<li><button class="person" data-person=""#);
            push_escaped(&mut out, &person.id);
            out.push_str(r#"" title=""#);
            push_escaped(
                &mut out,
                &crate::t!("panel-person-title", name = &person.name),
            );
            out.push_str(r#"">"#);
            push_escaped(&mut out, &person.name);
            out.push_str("</button></li>");
        }
        out.push_str("</ul>");
    }
    let eras: Vec<&str> = t.eras_of(e).iter().map(|era| era.label.as_str()).collect();
    if !eras.is_empty() {
        out.push_str(r#"<p class="eras-line">"#);
        push_escaped(&mut out, &eras.join(" · "));
        out.push_str("</p>");
    }
    let related = related(t, i, 6);
    if !related.is_empty() {
        out.push_str("<h3>");
        push_escaped(&mut out, &crate::t!("panel-related"));
        out.push_str(r#"</h3><ul class="related">"#);
        for j in related {
            let o = &t.events[j];
            out.push_str(&format!(
                r#"<li><a class="related-event" data-i="{j}" href="{}"><span class="related-date">"#,
                escape(&links.event(&o.id))
            ));
            push_escaped(&mut out, &o.date_label());
            out.push_str("</span> ");
            push_escaped(&mut out, &o.title);
            out.push_str("</a></li>");
        }
        out.push_str("</ul>");
    }
    out.push_str(&format!(
        r#"<p class="panel-actions"><button class="link-event" data-action="share">🔗 {}</button>"#,
        escape(&crate::t!("panel-link"))
    ));
    // A class activity on this event's sources, where there are sources to set side by
    // side (the activities chunk handles the click; the link works on its own too).
    if t.sources.len() > 1 && !e.citations.is_empty() {
        out.push_str(&format!(
            r#" <a class="corroborate" data-action="corroborate" href="{}">{}</a>"#,
            escape(&links.href(&format!("activity=corroborate&event={}", e.id))),
            escape(&crate::t!("panel-corroborate"))
        ));
    }
    out.push_str("</p>");
    out.push_str("</div>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Timeline {
        crate::load(include_str!("../../../data/events.json")).unwrap()
    }

    #[test]
    fn the_panel_holds_what_every_source_says() {
        let t = shipped();
        let i = t.event_index("kirov-assassination").unwrap();
        let html = body(&t, i, &Links::default());
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
        assert!(html.contains(r#"data-action="share""#));
    }

    #[test]
    fn an_event_without_sources_says_nothing_of_them() {
        let mut t = shipped();
        t.events[0].citations.clear();
        t.events[0].disputes.clear();
        let html = body(&t, 0, &Links::default());
        assert!(!html.contains("What the sources say"), "{html}");
    }

    #[test]
    fn data_never_becomes_markup() {
        let mut t = shipped();
        t.events[0].title = "<script>alert(1)</script>".into();
        t.events[0].summary = "\"><img src=x onerror=alert(1)> https://example.org/a\"b".into();
        let html = body(&t, 0, &Links::default());
        assert!(
            !html.contains("<script>") && !html.contains("<img"),
            "{html}"
        );
    }

    #[test]
    fn related_events_share_a_person_and_come_in_time_order() {
        let t = shipped();
        let i = t.event_index("kirov-assassination").unwrap();
        let r = related(&t, i, 6);
        assert!(!r.is_empty() && r.len() <= 6 && !r.contains(&i));
        assert!(r.windows(2).all(|w| w[0] < w[1]));
        for j in r {
            assert!(t.events[j]
                .people
                .iter()
                .any(|p| t.events[i].people.contains(p)));
        }
    }
}
