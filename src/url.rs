//! Browser side of link state: reads the page's query pairs and writes the open event
//! back with `history.replaceState`. Parsing and validation live in `timeline_core::urlstate`.

use timeline_core::urlstate::{self, LinkState};

/// Raw `(key, value)` pairs of the current page's query string.
pub fn query_pairs() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|w| w.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let entries = js_sys::try_iter(&params).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.push((k, v));
        }
    }
    out
}

/// Replaces the current history entry's query with `state` (no new history entry).
pub fn replace(state: &LinkState) {
    let Some(win) = web_sys::window() else { return };
    let Ok(history) = win.history() else { return };
    let path = win.location().pathname().unwrap_or_default();
    let query = urlstate::format(state);
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}
