//! Element size as a signal: measured once the element is mounted and again on every
//! window resize. Shared by the strip and the overview; nothing else here.

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

/// The client size of `el` (width, height), starting at `initial` until it is mounted.
/// A zero size (not laid out yet) is ignored.
pub fn track_size(el: NodeRef<Div>, initial: (f64, f64)) -> RwSignal<(f64, f64)> {
    let size = RwSignal::new(initial);
    let measure = move || {
        if let Some(e) = el.get_untracked() {
            let (w, h) = (e.client_width() as f64, e.client_height() as f64);
            if w > 0.0 && h > 0.0 {
                size.set((w, h));
            }
        }
    };
    Effect::new(move |_| {
        if el.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    size
}
