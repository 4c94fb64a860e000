//! Element size as a signal, from a `ResizeObserver`: it reports after the browser's own
//! layout (never forcing an extra one) and follows every change of the element's size,
//! whether from the window or from the page around it (the event panel opening). Shared
//! by the strip and the overview. And a media query's match as a signal
//! ([`follow_media`]): the phone layout, printing.

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::prelude::*;

/// An element's size as last measured, and whether it has been measured yet.
#[derive(Clone, Copy)]
pub struct Size {
    /// Client width and height; the guess handed in until measured.
    pub value: RwSignal<(f64, f64)>,
    pub measured: RwSignal<bool>,
}

/// The client size of `el` (width, height), starting at `initial` until it is laid out.
/// A zero size (hidden, not laid out yet) is ignored.
pub fn track_size(el: NodeRef<Div>, initial: (f64, f64)) -> Size {
    let size = RwSignal::new(initial);
    let measured = RwSignal::new(false);
    // The entry's content box equals the client size for these elements (no padding);
    // reading it, unlike `clientWidth`, never forces a layout.
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries.iter().last() else {
            return;
        };
        let rect = entry
            .unchecked_into::<web_sys::ResizeObserverEntry>()
            .content_rect();
        let (w, h) = (rect.width(), rect.height());
        if w > 0.0 && h > 0.0 && size.try_get_untracked().is_some_and(|s| s != (w, h)) {
            size.try_set((w, h));
        }
        if w > 0.0 && h > 0.0 && measured.try_get_untracked() == Some(false) {
            measured.try_set(true);
        }
    });
    let out = Size {
        value: size,
        measured,
    };
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        measured.set(true);
        return out;
    };
    Effect::new({
        let observer = observer.clone();
        move |_| {
            if let Some(e) = el.get() {
                observer.observe(&e);
            }
        }
    });
    // The observer and its callback live as long as the component.
    let kept = SendWrapper::new((observer, on_resize));
    on_cleanup(move || kept.0.disconnect());
    out
}

/// Keeps `matches` equal to whether the media `query` applies ("(max-width: 760px)",
/// "print"), from now until the current owner is cleaned up.
pub fn follow_media(query: &str, matches: RwSignal<bool>) {
    let Some(q) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
        return;
    };
    matches.set(q.matches());
    let cb = Closure::<dyn FnMut(web_sys::MediaQueryListEvent)>::new(
        move |e: web_sys::MediaQueryListEvent| {
            matches.try_set(e.matches());
        },
    );
    let _ = q.add_event_listener_with_callback("change", cb.as_ref().unchecked_ref());
    let kept = SendWrapper::new((q, cb));
    on_cleanup(move || {
        let _ = kept
            .0
            .remove_event_listener_with_callback("change", kept.1.as_ref().unchecked_ref());
    });
}
