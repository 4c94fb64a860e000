//! The page's frame as the app first draws it, as HTML: skip link, header (title and the
//! view's tools) and the filter bar (search, pickers, categories with their counts). The
//! markup and classes are the app's (src/first/header.rs, src/first/filters.rs), so one
//! stylesheet draws both alike; the e2e test of the first view compares every box before
//! and after the app takes over. What can be a link is one (the list, a category); the
//! rest carry `data-action`, which the page's script keeps for the app to do once it has
//! started.

use crate::render::{escape, Links};
use crate::Timeline;

fn button(class: &str, action: &str, attrs: &str, text: &str) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(r#" class="{class}""#)
    };
    format!(r#"<button{class} data-action="{action}"{attrs}>{text}</button>"#)
}

/// Skip link, header and filter bar.
pub fn frame(t: &Timeline, links: &Links) -> String {
    let mut out = String::with_capacity(8 * 1024);
    out.push_str(
        r##"<div class="skip-links"><a href="#fv-timeline">Skip to the timeline</a></div>"##,
    );
    out.push_str(&format!(
        r#"<header class="top"><div class="titles"><h1>{}</h1><p class="subtitle">{}</p></div><nav class="tools" aria-label="View">"#,
        escape(&t.title),
        escape(&t.subtitle)
    ));
    out.push_str(&button(
        "filters-toggle",
        "filters",
        r#" aria-expanded="false""#,
        "Filters",
    ));
    out.push_str(r#"<select class="presets" aria-label="Jump to a period" data-action="jump"><option value="">Jump to…</option>"#);
    if t.default_window != t.extent {
        out.push_str(r#"<option value="default">The core of the story</option>"#);
    }
    out.push_str(r#"<option value="all">Everything</option>"#);
    for e in &t.eras {
        out.push_str(&format!(
            r#"<option value="{}">{} ({})</option>"#,
            escape(&e.id),
            escape(&e.label),
            escape(&crate::date::span_label(&e.start, Some(&e.end)))
        ));
    }
    out.push_str("</select>");
    out.push_str(&format!(
        r#"<a class="list-toggle" href="{}" title="Show the events as a list (L); press again for the timeline">List</a>"#,
        escape(&links.href("list=1"))
    ));
    if !t.sources.is_empty() {
        out.push_str(&button(
            "compare-toggle",
            "compare",
            r#" title="Compare what each source says, event by event (C); press again for the timeline" aria-pressed="false""#,
            "Compare",
        ));
    }
    out.push_str(r#"<div class="zoom-controls" role="group" aria-label="Zoom">"#);
    out.push_str(&button(
        "zoom-in",
        "zoom-in",
        r#" title="Zoom in (+)" aria-label="Zoom in""#,
        "+",
    ));
    out.push_str(&button(
        "zoom-out",
        "zoom-out",
        r#" title="Zoom out (−)" aria-label="Zoom out""#,
        "−",
    ));
    out.push_str(&button(
        "fit-all",
        "fit-all",
        r#" title="Show everything (0)""#,
        "Fit all",
    ));
    out.push_str("</div>");
    if !t.sources.is_empty() {
        out.push_str(&button("sources-button", "sources", "", "Sources"));
    }
    if !t.tours.is_empty() {
        out.push_str(&button("tours-button", "tours", "", "Tours"));
    }
    out.push_str(&button(
        "activities-button",
        "activities",
        r#" title="Class activities from the sources: put events in order, who says so, corroborate""#,
        "Activities",
    ));
    out.push_str(&button(
        "open-file",
        "open",
        r#" aria-label="Open a timeline file" title="Open a timeline file from this device: this app's JSON, TimelineJS JSON, or a spreadsheet saved as CSV (or drop the file on the page)""#,
        "Open…",
    ));
    out.push_str(r#"<input class="file-input" type="file" tabindex="-1" aria-hidden="true" accept=".json,.csv,application/json,text/csv" disabled>"#);
    out.push_str(&button(
        "reveal-toggle",
        "reveal",
        r#" title="Hide every event after the current one (R)" aria-pressed="false""#,
        "Reveal",
    ));
    out.push_str(r#"<select class="theme" aria-label="Colour theme" data-action="theme"><option value="light">Light</option><option value="dark">Dark</option><option value="contrast">High contrast</option></select>"#);
    out.push_str(&button(
        "projection-toggle",
        "project",
        r#" title="Projection mode for the classroom (P)" aria-pressed="false""#,
        "Project",
    ));
    out.push_str(&button("share-button", "share", "", "Share"));
    out.push_str("</nav></header>");
    filters(t, links, &mut out);
    out
}

fn filters(t: &Timeline, links: &Links, out: &mut String) {
    let n = t.events.len();
    let differ = t.events.iter().filter(|e| !e.disputes.is_empty()).count();
    out.push_str(&format!(
        r#"<section class="filters" aria-label="Filters"><div class="search-row"><input class="search" type="search" placeholder="Search events, people, sources  ( / )" aria-label="Search events"><span class="match-count" role="status" aria-live="polite">{}</span></div><div class="pickers">"#,
        crate::words::events(n)
    ));
    let hidden = |none: bool| if none { " hidden" } else { "" };
    out.push_str(&button(
        "picker-button people-button",
        "people",
        &format!(r#" aria-haspopup="dialog"{}"#, hidden(t.people.is_empty())),
        "By person",
    ));
    out.push_str(&button(
        "picker-button sources-filter-button",
        "source-filter",
        &format!(r#" aria-haspopup="dialog"{}"#, hidden(t.sources.is_empty())),
        "By source",
    ));
    out.push_str(&button(
        "picker-button differ-button",
        "differ",
        &format!(
            r#" title="Only the events where the source documents disagree" aria-pressed="false"{}"#,
            hidden(differ == 0)
        ),
        &format!(r#"<span aria-hidden="true">⚠ </span>Sources differ <span class="count">{differ}</span>"#),
    ));
    out.push_str(r#"<div class="unmatched" role="group" aria-label="Events that do not match">"#);
    out.push_str(&button("", "dim", r#" aria-pressed="true""#, "Dim others"));
    out.push_str(&button(
        "",
        "hide",
        r#" aria-pressed="false""#,
        "Hide others",
    ));
    out.push_str("</div>");
    out.push_str(r#"<button class="clear" disabled>Clear filters</button></div>"#);
    out.push_str(r#"<div class="cat-toggles" role="group" aria-label="Categories: show events in any selected">"#);
    for (k, c) in t.categories.iter().enumerate() {
        let count = t
            .events
            .iter()
            .filter(|e| e.categories.contains(&k))
            .count();
        out.push_str(&format!(
            r#"<a class="cat" href="{}" data-cat="{k}" data-id="{}" title="{}"><span class="symbol" aria-hidden="true">{}</span><span class="cat-label">{}</span><span class="count">{count}</span></a>"#,
            escape(&links.href(&format!("cat={}", c.id))),
            escape(&c.id),
            escape(c.description.as_deref().unwrap_or("")),
            escape(c.symbol.as_deref().unwrap_or("")),
            escape(&c.label),
        ));
    }
    out.push_str("</div></section>");
}
