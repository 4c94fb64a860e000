//! Media, in an event's panel and above the list (the title's), loaded from its site only
//! when the reader asks: Show puts the
//! image or the privacy-enhanced player into the frame `timeline_core::render::media`
//! drew, and "Always show media from this timeline" is kept on this device (local
//! storage, by timeline) and applied to every event's media from then on. A frame whose
//! image does not arrive says so in its place; offline, it says the media needs the
//! network. Never fetches anything itself and never changes the frame's size (the
//! projected slide's pages stay as measured).

use crate::first::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Where the choice is kept: one entry per timeline (its link's parameters and title).
fn key(state: AppState) -> String {
    let base = state.links.with_value(|l| l.base.clone());
    format!("media-ok:{base}|{}", state.timeline().title)
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// True when the reader chose to always show this timeline's media on this device.
pub fn always(state: AppState) -> bool {
    storage().is_some_and(|s| s.get_item(&key(state)).ok().flatten().is_some())
}

/// Keeps (or forgets) the choice to always show this timeline's media.
pub fn set_always(state: AppState, on: bool) {
    if let Some(s) = storage() {
        let _ = if on {
            s.set_item(&key(state), "1")
        } else {
            s.remove_item(&key(state))
        };
    }
}

/// Applies the kept choice to the media in `root`: shows them all and ticks the boxes.
pub fn apply(state: AppState, root: &Element) {
    if !always(state) {
        return;
    }
    if let Ok(boxes) = root.query_selector_all("[data-action=\"always-media\"]") {
        for k in 0..boxes.length() {
            if let Some(b) = boxes
                .item(k)
                .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                b.set_checked(true);
            }
        }
    }
    show_all(root);
}

/// Shows every media frame in `root` not shown yet.
pub fn show_all(root: &Element) {
    if let Ok(frames) = root.query_selector_all(".media-frame:not(.shown)") {
        for k in 0..frames.length() {
            if let Some(f) = frames.item(k).and_then(|n| n.dyn_into::<Element>().ok()) {
                show(&f);
            }
        }
    }
}

/// A short note in the frame's place of the media (the frame keeps its link to the
/// original, which works whatever happens here).
fn note(doc: &Document, frame: &Element, text: &str) {
    let old = frame.query_selector(".media-note").ok().flatten();
    let p = old.or_else(|| {
        let p = doc.create_element("p").ok()?;
        p.set_class_name("media-note");
        p.set_attribute("role", "status").ok()?;
        frame
            .query_selector(".media-consent")
            .ok()
            .flatten()
            .unwrap_or_else(|| frame.clone())
            .append_child(&p)
            .ok()?;
        Some(p)
    });
    if let Some(p) = p {
        p.set_text_content(Some(text));
    }
}

/// Puts the media of `frame` (a `.media-frame`) in it: the image, or the player.
pub fn show(frame: &Element) {
    let Some(doc) = frame.owner_document() else {
        return;
    };
    let attr = |name| frame.get_attribute(name).unwrap_or_default();
    let (embed, src, host, label) = (
        attr("data-embed"),
        attr("data-src"),
        attr("data-host"),
        attr("data-label"),
    );
    let noun = if embed == "image" { "image" } else { "video" };
    let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
    if !online {
        note(
            &doc,
            frame,
            &timeline_core::t!("media-offline", what = noun, host = host.as_str()),
        );
        return;
    }
    let made = if embed == "image" {
        doc.create_element("img").inspect(|img| {
            let _ = img.set_attribute("alt", &label);
            let _ = img.set_attribute("decoding", "async");
            let _ = img.set_attribute("referrerpolicy", "no-referrer");
            // An image that does not arrive (gone, not an image) leaves a note, never a
            // broken picture.
            let f = frame.clone();
            let d = doc.clone();
            let failed = Closure::once_into_js(move || {
                if let Some(i) = f.query_selector("img").ok().flatten() {
                    i.remove();
                }
                f.class_list().remove_1("shown").ok();
                note(
                    &d,
                    &f,
                    &timeline_core::t!("media-failed", host = host.as_str()),
                );
            });
            let _ = img.add_event_listener_with_callback("error", failed.unchecked_ref());
        })
    } else {
        doc.create_element("iframe").inspect(|fr| {
            let _ = fr.set_attribute("title", &label);
            let _ = fr.set_attribute("allow", "fullscreen; picture-in-picture; encrypted-media");
            let _ = fr.set_attribute("allowfullscreen", "");
            // The players refuse to play for a page that sends no referrer at all; they
            // get this site's address, nothing more.
            let _ = fr.set_attribute("referrerpolicy", "strict-origin-when-cross-origin");
            let _ = fr.set_attribute(
                "sandbox",
                "allow-scripts allow-same-origin allow-presentation allow-popups",
            );
        })
    };
    let Ok(el) = made else {
        return;
    };
    let _ = el.set_attribute("src", &src);
    if let Some(c) = frame.query_selector(".media-consent").ok().flatten() {
        c.remove();
    }
    let _ = frame.append_child(&el);
    let _ = frame.class_list().add_1("shown");
}

/// A click in markup that holds media (`timeline_core::render::media`): Show, or the
/// "always" box, handled; true if it was one of them.
pub fn on_click(state: AppState, e: &leptos::ev::MouseEvent) -> bool {
    use crate::first::links::target;
    if let Some(frame) = target(e, "[data-action=\"show-media\"]")
        .and_then(|b| b.closest(".media-frame").ok().flatten())
    {
        show(&frame);
        true
    } else if let Some(b) = target(e, "[data-action=\"always-media\"]")
        .and_then(|b| b.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        set_always(state, b.checked());
        if let Some(root) = b.closest(".event-body, .title-media").ok().flatten() {
            apply(state, &root);
        }
        true
    } else {
        false
    }
}
