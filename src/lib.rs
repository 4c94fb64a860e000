//! The Leptos front end: thin components that read signals and call `timeline_core`.
//! Owns DOM, events and fetching; never holds timeline logic of its own (dates, scale,
//! ticks, layout and validation live in the core crate).

//!
//! The tree follows the code budget: `first/` is the main WebAssembly module, what the
//! first view needs before the app handles input; `chunks/` is everything fetched on
//! demand, one folder per chunk. `first/` reaches a chunk only through the split points
//! `chunks/mod.rs` exports (the chunks' own modules are private to it, so the compiler
//! enforces the boundary); chunks use `first/` freely.

mod chunks;
mod first;

pub use chunks::ErrorPanel;
pub use first::app::{App, LoadedApp};
pub use first::load::LoadFailure;

use wasm_bindgen::JsCast;

/// Mounts the app into `#app`, replacing the static "loading" text.
pub fn mount() {
    let doc = web_sys::window().and_then(|w| w.document());
    let target = doc
        .as_ref()
        .and_then(|d| d.get_element_by_id("app"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => {
            // The app draws once it has its words: the link's language, else the page's
            // (the first view's) until the timeline says which it is written in.
            // (Leptos' own executor starts with the mount: this waits on the browser's.)
            wasm_bindgen_futures::spawn_local(async move {
                first::lang::speak_or_warn(first::lang::at_start()).await;
                // The static "loading" text goes (the first view, if shown, stays over the
                // app until it has taken over: first::takeover).
                if let Ok(Some(loading)) = el.query_selector(":scope > .loading") {
                    loading.remove();
                }
                leptos::mount::mount_to(el, App).forget();
            });
        }
        None => leptos::mount::mount_to_body(App),
    }
}

/// What the fatal error panel says in English, where the catalogue cannot be reached
/// (index.html shows the same when the WebAssembly fails in a way that is not a Rust
/// panic). The technical detail goes to the console.
pub const FATAL_TITLE: &str = "The timeline stopped working";
pub const FATAL_TEXT: &str = "Something went wrong inside the app. Reloading the page usually helps; \
     if it happens again, please tell whoever shared this timeline (the browser's console has the details).";

/// Shows a fatal error panel built with plain DOM calls (the reactive system may be
/// unusable after a panic) and logs the message to the console.
pub fn report_panic(message: &str) {
    web_sys::console::error_1(&message.into());
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("fatal-error").is_some() {
        return;
    }
    let Ok(panel) = doc.create_element("section") else {
        return;
    };
    panel.set_id("fatal-error");
    panel.set_class_name("error-panel fatal");
    let _ = panel.set_attribute("role", "alert");
    let heading = doc.create_element("h2").ok();
    let text = doc.create_element("p").ok();
    if let (Some(h), Some(p)) = (heading, text) {
        let title = timeline_core::i18n::try_text("fatal-title");
        let text = timeline_core::i18n::try_text("fatal-text");
        h.set_text_content(Some(title.as_deref().unwrap_or(FATAL_TITLE)));
        p.set_text_content(Some(text.as_deref().unwrap_or(FATAL_TEXT)));
        let _ = panel.append_child(&h);
        let _ = panel.append_child(&p);
    }
    let _ = body.append_child(&panel);
}
