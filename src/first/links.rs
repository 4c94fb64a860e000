//! Links in the app's own markup (event labels, related events, the panel's actions) are
//! real links, so they work before the app has started and open in a new tab when asked;
//! a plain click is the app's to handle. Nothing else here.

use leptos::ev;
use wasm_bindgen::JsCast;

/// A click the app handles itself: the main button, with no key that asks the browser
/// for a new tab or window.
pub fn plain(e: &ev::MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// The element a click landed on, or its closest ancestor matching `selector`.
pub fn target(e: &ev::MouseEvent, selector: &str) -> Option<web_sys::Element> {
    e.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()?
}
