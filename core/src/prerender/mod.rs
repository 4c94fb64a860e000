//! The first view, pre-rendered at build time from the bundled dataset, so a page paints
//! before (and without) its WebAssembly: the default view (header, filters, strip,
//! overview) for every width class, each event's page (its panel, and for wider screens
//! the strip with that event open beside it) and the list. Written by the same code the
//! app draws with (`strip` for places, `render` for labels and panels, `overview`), in
//! the app's markup, so that when the app takes over nothing moves. Never for a file the
//! reader opens or a `?data=` link: those are not known at build time.

pub mod classes;
mod css;
mod strip;

use crate::render::{escape, event, Links};
use crate::scale::{Limits, Window};
use crate::step;
use crate::Timeline;
use classes::{panel_width, CLASSES, PHONE_MAX};
use css::Css;

/// Everything the build writes.
pub struct Built {
    /// The first view: the `#first` element, for index.html's body.
    pub body: String,
    /// Its stylesheet, for a `<style>` in index.html's head (hashed into the page's
    /// Content-Security-Policy by the build).
    pub style: String,
    /// Per event id: `first/<id>.html`, its panel.
    pub panels: Vec<(String, String)>,
    /// Per event id: `first/<id>.strip.html`, the strip and overview with the event open,
    /// for screens wider than a phone, with their rules in a `<template class="fv-css">`
    /// (the page adopts them as a stylesheet).
    pub strips: Vec<(String, String)>,
    /// `first/list.html`: the list view.
    pub list: String,
}

/// The window the app opens on: the dataset's default, clamped as the app clamps it.
pub fn first_window(t: &Timeline) -> Window {
    let limits = Limits::for_timeline(t);
    let (d0, d1) = t.default_window;
    Window::new(d0, d1).clamp(&limits)
}

/// Builds the first view of `t` (the bundled dataset).
pub fn build(t: &Timeline) -> Built {
    let links = Links::default();
    let window = first_window(t);
    let mut css = Css::default();
    // Only the width class of the screen is shown (below); every category in every theme's
    // colour, as the app sets them on the root (`projection::install`).
    css.rule("#first .fv", &[("display", "none")]);
    for (theme, backgrounds) in [
        ("light", &crate::palette::LIGHT[..]),
        ("dark", &crate::palette::DARK[..]),
        ("contrast", &crate::palette::CONTRAST[..]),
    ] {
        let mut decls: Vec<(String, String)> = Vec::new();
        for (k, c) in t.categories.iter().enumerate() {
            let (chip, ink) = crate::palette::chip(&c.colour, backgrounds);
            let colour = crate::palette::for_backgrounds(
                &c.colour,
                backgrounds,
                crate::palette::MIN_GRAPHIC,
            );
            decls.push((format!("--cat-{k}"), colour));
            decls.push((format!("--cat-{k}-chip"), chip));
            decls.push((format!("--cat-{k}-ink"), ink.to_string()));
        }
        let decls: Vec<(&str, &str)> = decls
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        css.rule(&format!(":root[data-theme=\"{theme}\"]"), &decls);
    }
    let mut body = String::with_capacity(256 * 1024);
    // Each event's categories, for the page's script to dim what a `?cat=` link leaves out.
    let cats: Vec<String> = t
        .events
        .iter()
        .map(|e| {
            e.categories
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect();
    body.push_str(&format!(
        r#"<div id="first" class="first-view" data-event-cats="{}">"#,
        cats.join(" ")
    ));
    body.push_str(&crate::render::frame::frame(t, &links));
    body.push_str(
        r#"<main class="stage"><div class="timeline-area" id="fv-timeline" tabindex="-1">"#,
    );
    for (k, c) in CLASSES.iter().enumerate() {
        let v = strip::Variant {
            name: &format!("fv-c{k}"),
            width: c.width,
            height: c.strip_h,
            window,
            open: None,
        };
        body.push_str(&strip::variant(t, &v, &links, &mut css));
    }
    body.push_str(&format!(
        r#"<p class="loading fv-wait" role="status">{}</p>"#,
        escape(&crate::t!("loading-timeline"))
    ));
    body.push_str("</div></main>");
    body.push_str(r#"<p class="fv-note" role="status" hidden></p>"#);
    body.push_str("</div>");
    // Which class a screen shows: the pre-rendered default strips (fv-) and an event's
    // (fe-, from its fragment).
    for k in 0..CLASSES.len() {
        let mut inner = Css::default();
        inner.rule(
            &format!("#first .fv-c{k},#first .fe-c{k}"),
            &[("display", "block")],
        );
        css.media(&classes::media(k), inner);
    }
    let mut panels = Vec::with_capacity(t.events.len());
    let mut strips = Vec::with_capacity(t.events.len());
    let order: Vec<usize> = (0..t.events.len()).collect();
    for (i, e) in t.events.iter().enumerate() {
        panels.push((e.id.clone(), panel(t, i, &order, &links)));
        let mut css = Css::default();
        let mut html = String::new();
        for (k, c) in CLASSES
            .iter()
            .enumerate()
            .filter(|(_, c)| c.width > PHONE_MAX)
        {
            let v = strip::Variant {
                name: &format!("fe-c{k}"),
                width: c.width - panel_width(c.width),
                height: c.strip_h,
                window,
                open: Some(i),
            };
            html.push_str(&strip::variant(t, &v, &links, &mut css));
        }
        html.push_str(&format!(
            r#"<template class="fv-css">{}</template>"#,
            css.text()
        ));
        strips.push((e.id.clone(), html));
    }
    Built {
        body,
        style: css.text(),
        panels,
        strips,
        list: list(t, &order),
    }
}

/// Event `i`'s panel: its bar (Previous and Next as links along `order`, where it
/// stands, Close) and its body (`render::event`, as the app shows it).
fn panel(t: &Timeline, i: usize, order: &[usize], links: &Links) -> String {
    let p = step::position(order, i);
    let side = |class: &str, to: Option<usize>, inner: &str| match to {
        Some(j) => format!(
            r#"<a class="{class}" href="{}">{inner}</a>"#,
            escape(&links.event(&t.events[j].id))
        ),
        None => format!(r#"<a class="{class}" aria-disabled="true">{inner}</a>"#),
    };
    let prev = (!p.first)
        .then(|| step::step(order, Some(i), -1, None))
        .flatten();
    let next = (!p.last)
        .then(|| step::step(order, Some(i), 1, None))
        .flatten();
    format!(
        r#"<aside class="panel" aria-labelledby="panel-title"><div class="panel-bar">{}<span class="position">{}</span>{}<span class="slide-progress" aria-live="polite"></span><a class="close" href="{}" aria-label="{}">✕</a></div><div class="panel-body"><div class="event-body">{}</div></div></aside>"#,
        side(
            "prev",
            prev,
            &format!(
                r#"←<span class="word">&nbsp;{}</span>"#,
                escape(&crate::t!("panel-previous"))
            )
        ),
        escape(&p.label()),
        side(
            "next",
            next,
            &format!(
                r#"<span class="word">{}&nbsp;</span>→"#,
                escape(&crate::t!("panel-next"))
            )
        ),
        escape(&links.href("")),
        escape(&crate::t!("close-escape")),
        event::body(t, i, links)
    )
}

/// The list view: every event in time order, grouped by year, each a link to its event.
fn list(t: &Timeline, order: &[usize]) -> String {
    let links = Links {
        base: "list=1".into(),
    };
    let mut out = format!(
        r#"<section class="list-view" tabindex="-1" aria-label="{}"><ol class="list">"#,
        escape(&crate::t!("strip-events"))
    );
    let mut year = None;
    for &i in order {
        let e = &t.events[i];
        if year != Some(e.start.year) {
            year = Some(e.start.year);
            out.push_str(&format!(
                r#"<li class="list-year" aria-hidden="true">{}</li>"#,
                escape(&crate::date::year_text(e.start.year))
            ));
        }
        let symbols: String = e
            .categories
            .iter()
            .map(|&k| {
                let c = &t.categories[k];
                format!(
                    r#"<span class="symbol" title="{}" data-cat="{k}">{}</span>"#,
                    escape(&c.label),
                    escape(c.symbol.as_deref().unwrap_or(""))
                )
            })
            .collect();
        let n = t.sources_of(e).len();
        let meta = if t.sources.is_empty() {
            String::new()
        } else {
            crate::words::sources(n)
        };
        let differ = if e.disputes.is_empty() {
            String::new()
        } else {
            format!(
                r#"<span class="differ">⚠ {}</span>"#,
                escape(&crate::t!("list-differ"))
            )
        };
        out.push_str(&format!(
            r#"<li><a class="list-event" data-i="{i}" href="{}"><span class="list-date">{}</span><span class="list-title">{symbols} {}</span><span class="list-meta">{meta}{differ}</span></a></li>"#,
            escape(&links.event(&e.id)),
            escape(&e.date_label()),
            escape(&e.title),
        ));
    }
    out.push_str("</ol></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> Timeline {
        crate::load(include_str!("../../../data/events.json")).unwrap()
    }

    #[test]
    fn every_event_has_a_page_and_a_strip() {
        let t = shipped();
        let b = build(&t);
        assert_eq!(b.panels.len(), t.events.len());
        assert_eq!(b.strips.len(), t.events.len());
        for (id, html) in &b.panels {
            let i = t.event_index(id).unwrap();
            assert!(html.contains(&escape(&t.events[i].title)), "{id}");
            assert!(html.contains(r#"id="panel-title""#));
        }
        let (_, strip) = &b.strips[t.event_index("kirov-assassination").unwrap()];
        assert!(
            strip.contains(r#"class="event selected"#),
            "the open event is drawn"
        );
        assert!(
            strip.contains("fe-c8") && !strip.contains("fe-c2"),
            "wider screens only"
        );
    }

    #[test]
    fn the_first_view_has_every_class_and_links() {
        let t = shipped();
        let b = build(&t);
        for k in 0..CLASSES.len() {
            assert!(
                b.body.contains(&format!(r#"class="strip fv fv-c{k}""#)),
                "class {k}"
            );
            assert!(b
                .style
                .contains(&format!("#first .fv-c{k},#first .fe-c{k}{{display:block}}")));
        }
        assert!(b.body.contains(r#"href="?event=kirov-assassination""#));
        assert!(b.body.contains(r#"href="?list=1""#));
        assert!(b.body.contains(r#"href="?cat="#));
        assert!(
            !b.body.contains("style=\""),
            "no style attributes (the page's policy)"
        );
        assert!(b
            .list
            .contains(r#"href="?list=1&amp;event=kirov-assassination""#));
    }

    #[test]
    fn the_pre_render_lays_out_as_the_app() {
        // The same model the app runs: a class's labels are the app's at that size.
        let t = shipped();
        let w = first_window(&t);
        let c = CLASSES[5];
        let (_, rows) = crate::strip::era_rows(&t, &w, c.width, 4);
        let lanes = crate::strip::max_lanes(c.strip_h, rows, &crate::strip::NORMAL);
        let r = crate::strip::Ranking {
            open: None,
            matches: None,
            hide_others: false,
            reveal_last: None,
        };
        let l = crate::strip::lay_out(&t, &r, |_| None, &w, c.width, lanes, &crate::strip::NORMAL);
        let b = build(&t);
        for &(i, s) in &l.slots {
            assert!(
                b.body.contains(&format!(
                    r#"class="event lane-{} i{i}" data-i="{i}""#,
                    s.lane
                )),
                "event {i} in lane {}",
                s.lane
            );
        }
    }
}
