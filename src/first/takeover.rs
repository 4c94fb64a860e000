//! Taking over the pre-rendered first view (`#first`, written by the build from the
//! bundled timeline, see timeline_core::prerender and index.html): the app draws itself
//! underneath, keeps the lanes the first view gave each label, and once everything it
//! shows is drawn (the strip measured, a chunk arrived, an open event's panel filled) it
//! takes the first view away in one frame, so nothing moves or flashes. What the reader did
//! meanwhile carries over: the focused control, text typed in the search box, a scrolled
//! panel, and any tap on a control that needed the app (done now). Never draws anything
//! itself.

use crate::first::state::AppState;
use leptos::prelude::*;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The first view, while it is shown.
fn first() -> Option<HtmlElement> {
    let doc = document()?;
    let shown = !doc.document_element()?.class_list().contains("fv-none");
    doc.get_element_by_id("first")?
        .dyn_into()
        .ok()
        .filter(|_| shown)
}

/// Whether the first view is shown over the app (which is then built unseen).
pub fn covering() -> bool {
    first().is_some()
}

/// The lanes of the labels on the strip the first view shows now (event index → lane),
/// for the app's first layout to keep. `None` when no pre-rendered strip is shown.
pub fn adopted_lanes() -> Option<HashMap<usize, usize>> {
    let first = first()?;
    let win = web_sys::window()?;
    let strips = first.query_selector_all(".timeline-area > .strip").ok()?;
    let shown = (0..strips.length())
        .filter_map(|k| strips.item(k)?.dyn_into::<Element>().ok())
        .find(|s| {
            win.get_computed_style(s)
                .ok()
                .flatten()
                .and_then(|c| c.get_property_value("display").ok())
                .is_some_and(|d| d != "none")
        })?;
    let items = shown.query_selector_all("li[data-i][data-lane]").ok()?;
    let read = |el: &Element, a: &str| el.get_attribute(a)?.parse::<usize>().ok();
    Some(
        (0..items.length())
            .filter_map(|k| items.item(k)?.dyn_into::<Element>().ok())
            .filter_map(|li| Some((read(&li, "data-i")?, read(&li, "data-lane")?)))
            .collect(),
    )
}

/// Whether the app has drawn what it shows: nothing on screen waiting for a chunk or
/// for its size (a part the mode hides, as projection hides the overview, never is).
fn drawn(app: &Element) -> bool {
    let waiting = app
        .query_selector_all(
            "main .loading, main [aria-busy=\"true\"], .strip.unmeasured, .overview.unmeasured",
        )
        .ok();
    let shown = |k: u32| {
        waiting
            .as_ref()
            .and_then(|l| l.item(k))
            .and_then(|n| n.dyn_into::<Element>().ok())
            .is_some_and(|el| el.get_client_rects().length() > 0)
    };
    // A timeline that could not be loaded: its error panel is what there is to show.
    let failed = app.query_selector(".error-panel").ok().flatten().is_some();
    failed
        || app.query_selector("main.stage").ok().flatten().is_some()
            && !(0..waiting.as_ref().map_or(0, |l| l.length())).any(shown)
}

/// What stands in the app for an element of the first view: a label by its event, a
/// category by its index, anything else by its first class.
fn counterpart(app: &Element, el: &Element) -> Option<HtmlElement> {
    let pick = |sel: String| app.query_selector(&sel).ok().flatten();
    let found = if let Some(i) = el
        .closest("[data-i]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("data-i"))
    {
        let class = el.class_name();
        let class = class.split_whitespace().next().unwrap_or("event-label");
        pick(format!(
            "[data-i=\"{i}\"] .{class}, .{class}[data-i=\"{i}\"]"
        ))
    } else if let Some(k) = el
        .get_attribute("data-cat")
        .filter(|_| el.class_list().contains("cat"))
    {
        pick(format!(".cat[data-cat=\"{k}\"]"))
    } else if el.id() == "panel-title" {
        pick("#panel-title".into())
    } else {
        let class = el.class_name();
        let class = class.split_whitespace().next()?.to_string();
        pick(format!("{}.{class}", el.tag_name().to_lowercase()))
            .or_else(|| pick(format!(".{class}")))
    };
    found?.dyn_into().ok()
}

/// Does a tap the reader made on the first view before the app had started.
fn act(state: AppState, action: &str) {
    // Fullscreen needs a tap of its own; the layout switches.
    if action == "project" {
        state.projection.set(true);
    } else if let Some(rest) = action.strip_prefix("fit:") {
        let mut it = rest.split(':').filter_map(|v| v.parse::<f64>().ok());
        if let (Some(t0), Some(t1)) = (it.next(), it.next()) {
            state
                .window
                .set(timeline_core::scale::Window::fit(t0, t1, &state.limits));
        }
    } else {
        // "jump:<period>" and "open" (a file picker needs a tap of its own) are not done:
        // they wait for the reader to do them again.
        crate::first::actions::run(state, action);
    }
}

/// Removes a first view the page did not show (`fv-none`: a teacher's file, an
/// activity), so that nothing of it is found in place of the app's own elements.
pub fn drop_unshown() {
    let Some(doc) = document() else { return };
    let unshown = doc
        .document_element()
        .is_some_and(|r| r.class_list().contains("fv-none"));
    if let (true, Some(first)) = (unshown, doc.get_element_by_id("first")) {
        first.remove();
    }
}

/// Takes the first view away once the app under it is drawn.
pub fn install(state: AppState) {
    once_drawn(move |first, app| swap(state, &first, &app));
}

/// Takes the first view away once the panel saying why the timeline could not be loaded
/// is drawn: that panel, not a picture of the timeline, is what there is to read.
pub fn give_way() {
    once_drawn(|first, app| {
        let _ = app.remove_attribute("inert");
        first.remove();
    });
}

/// Runs `then` with the first view and the app once the app has drawn what it shows
/// ([`drawn`]), or after ten seconds (a chunk that never arrives says so in the app).
fn once_drawn(then: impl FnOnce(HtmlElement, Element) + 'static) {
    let Some(first) = first() else {
        return;
    };
    let Some(app) = document().and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    let started = crate::first::frame::now();
    fn next(
        then: Box<dyn FnOnce(HtmlElement, Element)>,
        first: HtmlElement,
        app: Element,
        started: f64,
    ) {
        request_animation_frame(move || {
            if !first.is_connected() {
                return;
            }
            if !drawn(&app) && crate::first::frame::now() - started < 10_000.0 {
                next(then, first, app, started);
                return;
            }
            then(first, app);
        });
    }
    next(Box::new(then), first, app, started);
}

/// The first view goes, the app is there: in one frame.
fn swap(state: AppState, first: &HtmlElement, app: &Element) {
    let doc = document();
    let focused = doc
        .as_ref()
        .and_then(|d| d.active_element())
        .filter(|a| first.contains(Some(a)));
    let typed = first
        .query_selector("input.search")
        .ok()
        .flatten()
        .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .filter(|v| !v.is_empty());
    let scrolled = first
        .query_selector(".panel-body")
        .ok()
        .flatten()
        .map(|b| b.scroll_top())
        .filter(|&s| s > 0);
    let actions: Vec<String> = js_sys::Reflect::get(&js_sys::global(), &"__first".into())
        .and_then(|f| js_sys::Reflect::get(&f, &"actions".into()))
        .ok()
        .and_then(|a| a.dyn_into::<js_sys::Array>().ok())
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    let _ = app.remove_attribute("inert");
    first.remove();
    if let Some(text) = typed {
        state.filter.update(|f| f.text = text);
    }
    if let (Some(top), Some(body)) = (scrolled, app.query_selector(".panel-body").ok().flatten()) {
        body.set_scroll_top(top);
    }
    match focused.and_then(|f| counterpart(app, &f)) {
        Some(el) => {
            let _ = el.focus();
        }
        // An event a link opened: its heading, as when the app opens one.
        None if state.selected.get_untracked().is_some() => {
            crate::first::focus::focus_first(&["#panel-title"]);
        }
        None => {}
    }
    for a in actions {
        act(state, &a);
    }
}
