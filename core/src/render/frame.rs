//! The page's frame as HTML: the header (title and the view's tools) and the filter bar
//! (search, pickers, categories with their counts), written once for the pre-rendered
//! first view and for the app (src/first/header.rs and filters.rs insert it and bind it),
//! so the two cannot drift apart; the e2e test of the first view compares every box
//! before and after the app takes over. Every control names what it does in
//! `data-action`: the page's script keeps a tap on one for the app to do once it has
//! started, and the app dispatches its clicks on it. On the page (`links` given) what can
//! be a link is one (the list, a category); in the app those are toggle buttons. Never
//! says which state a control shows (the app binds that).

use crate::render::{escape, Links};
use crate::{t, Timeline};

/// A message of the catalogue, escaped for markup: the app's own words, so the two match.
fn w(id: &str) -> String {
    escape(&crate::i18n::text(id, &[]))
}

/// ` title="…"` (and ` aria-label="…"`) from the catalogue.
fn titled(title: &str, label: Option<&str>) -> String {
    let mut out = format!(r#" title="{}""#, w(title));
    if let Some(label) = label {
        out.push_str(&format!(r#" aria-label="{}""#, w(label)));
    }
    out
}

/// The language menu (`render::lang`): its links load the page in another language;
/// index.html and the app keep the view's address in them.
/// On the page the ids take the prefix `fv-` (the app's menu is drawn beside it) and the
/// links the page's address; in the app they are written when the menu opens.
fn lang_menu(links: Option<&Links>) -> String {
    let prefix = if links.is_some() { "fv-" } else { "" };
    let menu = crate::render::lang::menu(prefix, &crate::i18n::lang(), &|code| match links {
        Some(links) => links.href(&format!("lang={code}")),
        None => format!("?lang={code}"),
    });
    format!(r#"<span class="lang-pick">{menu}</span>"#)
}

fn button(class: &str, action: &str, attrs: &str, text: &str) -> String {
    let class = if class.is_empty() {
        String::new()
    } else {
        format!(r#" class="{class}""#)
    };
    format!(r#"<button{class} data-action="{action}"{attrs}>{text}</button>"#)
}

/// Skip link, header and filter bar, as the pre-rendered first view shows them.
pub fn frame(t: &Timeline, links: &Links) -> String {
    format!(
        r##"<div class="skip-links"><a href="#fv-timeline">{}</a></div><header class="top">{}</header><section class="filters" aria-label="{}">{}</section>"##,
        w("skip-timeline"),
        header(t, Some(links)),
        w("header-filters"),
        filters(t, Some(links))
    )
}

/// What `<header class="top">` holds: the titles and the tools. `links`: the page's (the
/// first view), or `None` in the app.
pub fn header(t: &Timeline, links: Option<&Links>) -> String {
    let mut out = String::with_capacity(6 * 1024);
    out.push_str(&format!(
        r#"<div class="titles"><h1>{}</h1><p class="subtitle">{}</p></div><nav class="tools" aria-label="{}">"#,
        escape(&t.title),
        escape(&t.subtitle),
        w("header-tools")
    ));
    out.push_str(&button(
        "filters-toggle",
        "filters",
        r#" aria-expanded="false""#,
        &w("header-filters"),
    ));
    out.push_str(&format!(
        r#"<select class="presets" aria-label="{}" data-action="jump"><option value="">{}</option>"#,
        w("header-jump-label"),
        w("header-jump")
    ));
    if t.default_window != t.extent {
        out.push_str(&format!(
            r#"<option value="default">{}</option>"#,
            w("header-jump-default")
        ));
    }
    out.push_str(&format!(
        r#"<option value="all">{}</option>"#,
        w("header-jump-all")
    ));
    for e in &t.eras {
        out.push_str(&format!(
            r#"<option value="{}">{}</option>"#,
            escape(&e.id),
            escape(&t!(
                "header-period",
                label = &e.label,
                span = crate::date::span_label(&e.start, Some(&e.end))
            ))
        ));
    }
    out.push_str("</select>");
    match links {
        Some(links) => out.push_str(&format!(
            r#"<a class="list-toggle" href="{}"{}>{}</a>"#,
            escape(&links.href("list=1")),
            titled("header-list-title", None),
            w("header-list")
        )),
        None => out.push_str(&button(
            "list-toggle",
            "list",
            &format!(
                r#"{} aria-pressed="false""#,
                titled("header-list-title", None)
            ),
            &w("header-list"),
        )),
    }
    if !t.sources.is_empty() {
        out.push_str(&button(
            "compare-toggle",
            "compare",
            &format!(
                r#"{} aria-pressed="false""#,
                titled("header-compare-title", None)
            ),
            &w("header-compare"),
        ));
    }
    out.push_str(&format!(
        r#"<div class="zoom-controls" role="group" aria-label="{}">"#,
        w("header-zoom")
    ));
    out.push_str(&button(
        "zoom-in",
        "zoom-in",
        &titled("header-zoom-in-title", Some("header-zoom-in")),
        "+",
    ));
    out.push_str(&button(
        "zoom-out",
        "zoom-out",
        &titled("header-zoom-out-title", Some("header-zoom-out")),
        "−",
    ));
    out.push_str(&button(
        "fit-all",
        "fit-all",
        &titled("header-fit-all-title", None),
        &w("header-fit-all"),
    ));
    out.push_str("</div>");
    if !t.sources.is_empty() {
        out.push_str(&button(
            "sources-button",
            "sources",
            "",
            &w("header-sources"),
        ));
    }
    if !t.tours.is_empty() {
        out.push_str(&button("tours-button", "tours", "", &w("header-tours")));
    }
    out.push_str(&button(
        "activities-button",
        "activities",
        &titled("header-activities-title", None),
        &w("header-activities"),
    ));
    out.push_str(&button(
        "open-file",
        "open",
        &format!(
            r#" aria-label="{}"{}"#,
            w("open-label"),
            titled("open-title", None)
        ),
        &w("open-button"),
    ));
    out.push_str(&format!(
        r#"<input class="file-input" type="file" tabindex="-1" aria-hidden="true" accept=".json,.csv,application/json,text/csv"{}>"#,
        if links.is_some() { " disabled" } else { "" }
    ));
    out.push_str(&button(
        "reveal-toggle",
        "reveal",
        &format!(
            r#"{} aria-pressed="false""#,
            titled("header-reveal-title", None)
        ),
        &w("header-reveal"),
    ));
    out.push_str(&format!(
        r#"<select class="theme" aria-label="{}" data-action="theme"><option value="light">{}</option><option value="dark">{}</option><option value="contrast">{}</option></select>"#,
        w("header-theme"),
        w("header-theme-light"),
        w("header-theme-dark"),
        w("header-theme-contrast")
    ));
    out.push_str(&lang_menu(links));
    out.push_str(&button(
        "projection-toggle",
        "project",
        &format!(
            r#"{} aria-pressed="false""#,
            titled("header-project-title", None)
        ),
        &w("header-project"),
    ));
    out.push_str(&button("share-button", "share", "", &w("header-share")));
    out.push_str("</nav>");
    out
}

/// What `<section class="filters">` holds: search, pickers and the categories with
/// their counts over the whole timeline. `links` as for [`header`].
pub fn filters(t: &Timeline, links: Option<&Links>) -> String {
    let mut out = String::with_capacity(4 * 1024);
    let n = t.events.len();
    let differ = t.events.iter().filter(|e| !e.disputes.is_empty()).count();
    // Wide enough for the placeholder in every language (style.css: `input.search`).
    let placeholder = crate::i18n::text("filters-search-placeholder", &[]);
    out.push_str(&format!(
        r#"<div class="search-row"><input class="search" type="search" size="{}" placeholder="{}" aria-label="{}"><span class="match-count" role="status" aria-live="polite">{}</span></div><div class="pickers">"#,
        placeholder.chars().count(),
        escape(&placeholder),
        w("filters-search"),
        escape(&crate::words::events(n))
    ));
    let hidden = |none: bool| if none { " hidden" } else { "" };
    out.push_str(&button(
        "picker-button people-button",
        "people",
        &format!(r#" aria-haspopup="dialog"{}"#, hidden(t.people.is_empty())),
        &w("filters-by-person"),
    ));
    out.push_str(&button(
        "picker-button sources-filter-button",
        "source-filter",
        &format!(r#" aria-haspopup="dialog"{}"#, hidden(t.sources.is_empty())),
        &w("filters-by-source"),
    ));
    out.push_str(&button(
        "picker-button differ-button",
        "differ",
        &format!(
            r#"{} aria-pressed="false"{}"#,
            titled("filters-differ-title", None),
            hidden(differ == 0)
        ),
        &format!(
            r#"<span aria-hidden="true">⚠ </span>{}<span class="count">{differ}</span>"#,
            w("filters-differ")
        ),
    ));
    out.push_str(&format!(
        r#"<div class="unmatched" role="group" aria-label="{}">"#,
        w("filters-unmatched")
    ));
    out.push_str(&button(
        "",
        "dim",
        r#" aria-pressed="true""#,
        &w("filters-dim"),
    ));
    out.push_str(&button(
        "",
        "hide",
        r#" aria-pressed="false""#,
        &w("filters-hide"),
    ));
    out.push_str("</div>");
    out.push_str(&format!(
        r#"<button class="clear" data-action="clear" disabled>{}</button></div>"#,
        w("filters-clear")
    ));
    out.push_str(&format!(
        r#"<div class="cat-toggles" role="group" aria-label="{}">"#,
        w("filters-categories")
    ));
    for (k, c) in t.categories.iter().enumerate() {
        let count = t
            .events
            .iter()
            .filter(|e| e.categories.contains(&k))
            .count();
        let inner = format!(
            r#"<span class="symbol" aria-hidden="true">{}</span><span class="cat-label">{}</span><span class="count">{count}</span>"#,
            escape(c.symbol.as_deref().unwrap_or("")),
            escape(&c.label),
        );
        let (id, title) = (
            escape(&c.id),
            escape(c.description.as_deref().unwrap_or("")),
        );
        out.push_str(&match links {
            Some(links) => format!(
                r#"<a class="cat" href="{}" data-cat="{k}" data-id="{id}" title="{title}">{inner}</a>"#,
                escape(&links.href(&format!("cat={}", c.id))),
            ),
            None => format!(
                r#"<button class="cat" data-action="cat" aria-pressed="false" data-cat="{k}" data-id="{id}" title="{title}">{inner}</button>"#
            ),
        });
    }
    out.push_str("</div>");
    out
}
