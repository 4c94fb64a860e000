//! The open event as a projected slide, a page at a time: measures the panel body's parts
//! (`data-part`) and every line box of its text, asks `timeline_core::paging` where pages
//! start, then shows one: scrolled to its start, with what belongs to the next page
//! hidden below its end. Measuring is all this does; the page breaks are the core's.

use crate::first::state::AppState;
use leptos::prelude::*;
use timeline_core::paging::{self, Part};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Where the pages of the slide start (px from the top of its content) and what each is
/// named after, as last measured.
#[derive(Clone, Default)]
pub struct Pages {
    pub starts: Vec<f64>,
    pub names: Vec<String>,
}

/// Boxes that cannot be cut by a page's edge besides text lines.
const WHOLE: &str = "img, svg, video, iframe, button, .chip, summary";

/// Every line box of the text in `body`, and every box that cannot be cut, as
/// `(top, bottom)` from the top of the content (`top0`).
fn line_boxes(body: &Element, top0: f64) -> Vec<(f64, f64)> {
    let mut out = Vec::new();
    let Some(doc) = body.owner_document() else {
        return out;
    };
    let Ok(range) = doc.create_range() else {
        return out;
    };
    // Text nodes only (NodeFilter.SHOW_TEXT).
    if let Ok(walker) = doc.create_tree_walker_with_what_to_show(body, 4) {
        while let Ok(Some(node)) = walker.next_node() {
            if node.text_content().is_none_or(|t| t.trim().is_empty()) {
                continue;
            }
            if range.select_node_contents(&node).is_err() {
                continue;
            }
            if let Some(rects) = range.get_client_rects() {
                for k in 0..rects.length() {
                    if let Some(r) = rects.get(k) {
                        if r.height() > 0.0 {
                            out.push((r.top() - top0, r.bottom() - top0));
                        }
                    }
                }
            }
        }
    }
    if let Ok(list) = body.query_selector_all(WHOLE) {
        for k in 0..list.length() {
            if let Some(el) = list.item(k).and_then(|n| n.dyn_into::<Element>().ok()) {
                let r = el.get_bounding_client_rect();
                if r.height() > 0.0 {
                    out.push((r.top() - top0, r.bottom() - top0));
                }
            }
        }
    }
    out
}

/// Measures the slide in `body` and works out its pages; off projection, one page.
pub fn measure(state: AppState, body: &HtmlElement) -> Pages {
    let style = body.style();
    let _ = style.remove_property("clip-path");
    let _ = style.remove_property("padding-bottom");
    if !state.projection.get_untracked() {
        return Pages {
            starts: vec![0.0],
            names: vec![String::new()],
        };
    }
    let top0 = body.get_bounding_client_rect().top() - body.scroll_top() as f64;
    let mut parts = Vec::new();
    let mut names = Vec::new();
    if let Ok(list) = body.query_selector_all("[data-part]") {
        for k in 0..list.length() {
            let Some(el) = list.item(k).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let r = el.get_bounding_client_rect();
            if r.height() <= 0.0 {
                continue;
            }
            parts.push(Part {
                top: r.top() - top0,
                bottom: r.bottom() - top0,
                keep: el.has_attribute("data-keep"),
            });
            names.push(el.get_attribute("data-part").unwrap_or_default());
        }
    }
    let lines = line_boxes(body, top0);
    let pages = paging::pages(&parts, &lines, body.client_height() as f64);
    // Room below the content, so that the last page can scroll to its start rather than
    // stop short of it (showing again what the page before showed).
    let last = pages.last().map_or(0.0, |p| p.start);
    let short = last + body.client_height() as f64 - body.scroll_height() as f64;
    if short > 0.0 {
        let _ = style.set_property("padding-bottom", &timeline_core::scale::px(short.ceil()));
    }
    Pages {
        starts: pages.iter().map(|p| p.start).collect(),
        names: pages
            .iter()
            .map(|p| names.get(p.part).cloned().unwrap_or_default())
            .collect(),
    }
}

/// Scrolls the slide to page `page` and hides what belongs to the next page below it.
pub fn show(body: &HtmlElement, pages: &Pages, page: usize) {
    let Some(&start) = pages.starts.get(page) else {
        return;
    };
    body.set_scroll_top(start.round() as i32);
    let height = body.client_height() as f64;
    let hidden = pages
        .starts
        .get(page + 1)
        .map_or(0.0, |&end| (height - (end - start)).max(0.0));
    if pages.starts.len() > 1 {
        let _ = body.style().set_property(
            "clip-path",
            &format!("inset(0 0 {}px 0)", hidden.round() as i64),
        );
    }
}
