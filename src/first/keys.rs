//! Keyboard shortcuts for the whole app, and the rules that keep them out of the way:
//! keys typed into a field or handled by an open dialog are left alone; Space and
//! PageDown/PageUp scroll whatever scrollable part has focus until it cannot scroll that
//! way, and only then step through events; Space on a button acts on that button only.
//! In projection, the forward and back keys of a presentation clicker turn the pages of
//! the open event's slide, then step to the next or previous event.

use crate::first::projection::set_projection;
use crate::first::state::{AppState, Dialog};
use leptos::ev;
use leptos::prelude::*;
use timeline_core::urlstate::Layout;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The element a key event is aimed at.
fn target(e: &ev::KeyboardEvent) -> Option<Element> {
    e.target()?.dyn_into::<Element>().ok()
}

/// True for fields that take typing (the search box, a select).
fn is_field(el: &Element) -> bool {
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || el.has_attribute("contenteditable")
}

/// True for controls that Space activates (buttons, links, the summary of a details).
fn is_control(el: &Element) -> bool {
    matches!(el.tag_name().as_str(), "BUTTON" | "SUMMARY" | "A")
}

/// Whether `el` or an ancestor can still scroll down (`down`) or up.
fn can_scroll(el: &Element, down: bool) -> bool {
    let win = web_sys::window();
    let mut cur = Some(el.clone());
    while let Some(el) = cur {
        let (top, client, total) = (el.scroll_top(), el.client_height(), el.scroll_height());
        if total > client + 1 {
            let overflow = win
                .as_ref()
                .and_then(|w| w.get_computed_style(&el).ok().flatten())
                .and_then(|s| s.get_property_value("overflow-y").ok())
                .unwrap_or_default();
            if matches!(overflow.as_str(), "auto" | "scroll") {
                let room = if down {
                    top + client < total - 1
                } else {
                    top > 0
                };
                if room {
                    return true;
                }
            }
        }
        cur = el.parent_element();
    }
    false
}

/// Whether a dialog is open, or on its way (its code loading). The browser closes a modal
/// dialog on Escape at once and says so (the `close` event that clears
/// `AppState::dialog`) a task later: a key pressed in between is the page's again.
fn dialog_takes_keys(state: AppState) -> bool {
    state.dialog.get_untracked() != Dialog::None
        && (on_page("dialog[open]") || !on_page("dialog.dialog"))
}

/// Whether the page has an element that matches `selector`.
fn on_page(selector: &str) -> bool {
    leptos::prelude::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .is_some()
}

/// Handles one key press; returns whether it was used (its default is then prevented).
pub fn on_key(state: AppState, e: &ev::KeyboardEvent) -> bool {
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return false;
    }
    // A dialog handles its own keys (Escape closes it, even from a field; Tab stays inside).
    if dialog_takes_keys(state) {
        return false;
    }
    // An open popover (the language menu) takes the keys: Escape closes it and nothing else.
    if on_page(":popover-open") {
        return false;
    }
    let el = target(e);
    if el.as_ref().is_some_and(is_field) {
        if e.key() == "Escape" {
            if let Some(h) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = h.blur();
            }
            return true;
        }
        return false;
    }
    let projecting = state.projection.get_untracked();
    let open = state.selected.get_untracked().is_some();
    let slide = projecting && open;
    let on_control = el.as_ref().is_some_and(is_control);
    // Outside projection, a focused part that can still scroll that way takes the key.
    let scrolls = |down: bool| !projecting && el.as_ref().is_some_and(|el| can_scroll(el, down));
    // An activity has its own keys for its cards, and in projection its clicker.
    let activity = matches!(state.layout.get_untracked(), Layout::Activity(_));
    if activity
        && matches!(
            e.key().as_str(),
            " " | "PageDown"
                | "PageUp"
                | "ArrowLeft"
                | "ArrowRight"
                | "ArrowUp"
                | "ArrowDown"
                | "Home"
                | "End"
        )
    {
        return false;
    }
    let back = e.shift_key();
    let span = state.window.get_untracked().span();
    let l = state.limits;
    match e.key().as_str() {
        "+" | "=" => state.zoom(timeline_core::scale::ZOOM_IN),
        "-" | "_" => state.zoom(timeline_core::scale::ZOOM_OUT),
        "0" => state.fit_all(),
        "/" => crate::first::focus::focus_search(),
        "p" | "P" => set_projection(state, !projecting),
        "l" | "L" => state.toggle_layout(Layout::List),
        "c" | "C" => state.toggle_layout(Layout::Compare),
        "r" | "R" => state.reveal.update(|r| *r = !*r),
        // Space follows a link as Enter does (an event's label is one), where the browser
        // would scroll the page.
        " " if el.as_ref().is_some_and(|el| el.tag_name() == "A") => {
            if let Some(a) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                a.click();
            }
        }
        " " if on_control || scrolls(!back) => return false,
        " " if slide => state.turn(if back { -1 } else { 1 }),
        " " => state.step(if back { -1 } else { 1 }),
        "PageDown" | "PageUp" if scrolls(e.key() == "PageDown") => return false,
        "PageDown" | "ArrowRight" | "ArrowDown" if slide => state.turn(1),
        "PageUp" | "ArrowLeft" | "ArrowUp" if slide => state.turn(-1),
        "ArrowLeft" if !open => state.window.update(|w| *w = w.pan(-span * 0.1, &l)),
        "ArrowRight" if !open => state.window.update(|w| *w = w.pan(span * 0.1, &l)),
        "ArrowLeft" | "PageUp" => state.step(-1),
        "ArrowRight" | "PageDown" => state.step(1),
        "Home" => state.jump_to_end(false),
        "End" => state.jump_to_end(true),
        "Escape" if open && !activity => state.selected.set(None),
        "Escape" if projecting => set_projection(state, false),
        _ => return false,
    }
    true
}
