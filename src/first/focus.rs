//! Where keyboard focus goes when what held it goes away, so that it never falls back to
//! the page itself: closing an event returns it to the event's label (or its row in the
//! list); a label panned off screen, a cluster zoomed into or the list view closed hand
//! it to the timeline. Also the skip links, and on a phone the page behind the event
//! sheet is made inert so Tab stays in the sheet.

use crate::first::state::{use_state, AppState};
use leptos::ev;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use timeline_core::t;
use timeline_core::urlstate::Layout;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn element(selector: &str) -> Option<web_sys::HtmlElement> {
    document()?
        .query_selector(selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Called by a layout's view (the list, the compare table) once it is in the page: if
/// the reader switched to it and it arrived from its chunk after the switch had handed
/// focus on, the focus that had nowhere to go comes to it. A link that opens in the
/// layout leaves the skip links first.
pub fn layout_arrived(state: AppState) {
    request_animation_frame(move || {
        if state.switched_layout.get_value() && lost() {
            to_timeline();
        }
    });
}

/// True when nothing in particular has focus (it is on the page itself).
pub fn lost() -> bool {
    document().is_some_and(|d| match (d.active_element(), d.body()) {
        (None, _) => true,
        (Some(a), Some(b)) => a == *b.unchecked_ref::<web_sys::Element>(),
        _ => false,
    })
}

/// Focuses the first element matching one of `selectors`; true if one was found.
pub fn focus_first(selectors: &[&str]) -> bool {
    for s in selectors {
        if let Some(el) = element(s) {
            if el.focus().is_ok() {
                return true;
            }
        }
    }
    false
}

/// Focus to the timeline: the strip, or the list view when it is shown.
pub fn to_timeline() {
    focus_first(&[
        ".strip",
        "#activity-title",
        ".list-event",
        ".compare [tabindex=\"0\"]",
        "#timeline",
    ]);
}

/// Focus to event `i`'s label on the strip or its row in the list, else the timeline.
pub fn to_event(i: usize) {
    let label = format!("li[data-i=\"{i}\"] > .event-label");
    let row = format!(".list-event[data-i=\"{i}\"]");
    let compared = format!(".compare-row[data-i=\"{i}\"] > .compare-event");
    if !focus_first(&[&label, &row, &compared]) {
        to_timeline();
    }
}

/// Gives focus to the timeline after the next paint if it was lost by then.
pub fn keep_after_paint() {
    crate::first::frame::after_paint(|| {
        if lost() {
            to_timeline();
        }
    });
}

/// The effects that move focus as the view changes.
pub fn install(state: AppState) {
    // Closing an event returns focus to it: to the place it was opened from when that is
    // still about it (a compare cell: the same column of the event's row), else its label.
    let opener: StoredValue<Option<SendWrapper<web_sys::Element>>> = StoredValue::new(None);
    Effect::new(move |prev: Option<Option<usize>>| {
        let sel = state.selected.get();
        match (prev, sel) {
            (Some(None) | None, Some(_)) => {
                let focused = document().and_then(|d| d.active_element());
                opener.set_value(focused.map(SendWrapper::new));
            }
            (Some(Some(i)), None) => {
                let from = opener.get_value().map(SendWrapper::take);
                crate::first::frame::after_paint(move || {
                    if lost() || focus_in(".panel") {
                        back_to(i, from);
                    }
                });
            }
            _ => {}
        }
        sel
    });
    // Changing layout (leaving the list or the compare table).
    Effect::new(move |prev: Option<Layout>| {
        let layout = state.layout.get();
        if prev.is_some_and(|p| p != layout) {
            state.switched_layout.set_value(true);
            keep_after_paint();
        }
        layout
    });
    // On a phone the event is a sheet over the whole page: the rest is inert meanwhile.
    let narrow = narrow_screen();
    Effect::new(move |_| {
        let covered = narrow.get() && state.selected.with(Option::is_some);
        let Some(doc) = document() else { return };
        if let Ok(parts) = doc.query_selector_all("header.top, .filters, .timeline-area, .notices")
        {
            for k in 0..parts.length() {
                if let Some(el) = parts
                    .item(k)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = if covered {
                        el.set_attribute("inert", "")
                    } else {
                        el.remove_attribute("inert")
                    };
                }
            }
        }
    });
}

/// Focus back to event `i` after its panel closed, near `from` (what opened it) where
/// that is a cell of the compare table.
fn back_to(i: usize, from: Option<web_sys::Element>) {
    let column = from
        .filter(|f| f.is_connected() && f.closest(".compare").ok().flatten().is_some())
        .and_then(|f| f.get_attribute("data-c"));
    if let Some(c) = column {
        if focus_first(&[&format!(".compare-row[data-i=\"{i}\"] [data-c=\"{c}\"]")]) {
            return;
        }
    }
    to_event(i);
}

fn focus_in(selector: &str) -> bool {
    document()
        .and_then(|d| d.active_element())
        .and_then(|a| a.closest(selector).ok().flatten())
        .is_some()
}

/// Whether the phone layout applies (the event panel is then a full-screen sheet).
fn narrow_screen() -> RwSignal<bool> {
    let narrow = RwSignal::new(false);
    crate::first::measure::follow_media("(max-width: 760px)", narrow);
    narrow
}

/// "Skip to the timeline" and, with an event open, "Skip to the open event": the first
/// two Tab stops, visible when focused.
#[component]
pub fn SkipLinks() -> impl IntoView {
    let state = use_state();
    let skip = |target: &'static str| {
        move |e: ev::MouseEvent| {
            e.prevent_default();
            if target == "timeline" {
                to_timeline();
            } else {
                focus_first(&["#panel-title"]);
            }
        }
    };
    view! {
        <div class="skip-links">
            <a href="#timeline" on:click=skip("timeline")>{t!("skip-timeline")}</a>
            <Show when=move || state.panel_open()>
                <a href="#panel-title" on:click=skip("event")>{t!("skip-event")}</a>
            </Show>
        </div>
    }
}

/// Focus to the search box (the `/` key).
pub fn focus_search() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("input.search").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
