//! Classroom projection: fullscreen (with a graceful fallback when the browser refuses),
//! smooth pans to the current event (instant under prefers-reduced-motion), the colour
//! theme on the root element (remembered in localStorage). The tours menu is in the
//! dialogs chunk, a tour's step box in the panel's.

use crate::first::state::{AppState, Theme};
use leptos::ev;
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use timeline_core::palette;
use timeline_core::scale::Window;
use wasm_bindgen::prelude::*;

const THEME_KEY: &str = "purge-timeline-theme";

/// A requestAnimationFrame callback that re-schedules itself.
type FrameLoop = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;
const PAN_MS: f64 = 450.0;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Moves the window to `target`, animated over a short ease-out unless the user prefers
/// reduced motion. A newer call cancels an older animation.
pub fn pan_to(state: AppState, target: Window, generation: StoredValue<u32>) {
    let from = state.window.get_untracked();
    if reduced_motion()
        || (from.start - target.start).abs() < 1e-6 && (from.end - target.end).abs() < 1e-6
    {
        state.window.set(target);
        return;
    }
    let Some(win) = web_sys::window() else {
        state.window.set(target);
        return;
    };
    let gen = generation.get_value().wrapping_add(1);
    generation.set_value(gen);
    let perf = win.performance();
    let t0 = perf.as_ref().map(|p| p.now()).unwrap_or(0.0);
    let frame: FrameLoop = Rc::new(RefCell::new(None));
    let again = frame.clone();
    *frame.borrow_mut() = Some(Closure::new(move |now: f64| {
        if generation.get_value() != gen {
            again.borrow_mut().take();
            return;
        }
        let k = ((now - t0) / PAN_MS).clamp(0.0, 1.0);
        let e = 1.0 - (1.0 - k).powi(3);
        state.window.set(Window::new(
            from.start + (target.start - from.start) * e,
            from.end + (target.end - from.end) * e,
        ));
        if k < 1.0 {
            if let (Some(w), Some(cb)) = (web_sys::window(), again.borrow().as_ref()) {
                let _ = w.request_animation_frame(cb.as_ref().unchecked_ref());
            }
        } else {
            again.borrow_mut().take();
        }
    }));
    if let Some(cb) = frame.borrow().as_ref() {
        let _ = win.request_animation_frame(cb.as_ref().unchecked_ref());
    };
}

/// Enters or leaves projection mode, going fullscreen where the browser allows it.
pub fn set_projection(state: AppState, on: bool) {
    state.projection.set(on);
    let Some(doc) = document() else { return };
    if on {
        if let Some(root) = doc.document_element() {
            // Refusal (no user gesture, iframe, old browser) is fine: the layout still
            // switches, only the browser chrome stays.
            let _ = root.request_fullscreen();
        }
    } else if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    }
}

/// Applies theme and projection classes to the root element; restores the remembered
/// theme; leaves projection when the user leaves fullscreen with the browser's own key.
pub fn install(state: AppState) {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    match storage
        .as_ref()
        .and_then(|s| s.get_item(THEME_KEY).ok().flatten())
    {
        Some(saved) => state.theme.set(Theme::from_id(&saved)),
        // Nothing chosen yet: follow the system's dark mode.
        None => {
            let dark = web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
                .is_some_and(|m| m.matches());
            if dark {
                state.theme.set(Theme::Dark);
            }
        }
    }
    Effect::new(move |prev: Option<Theme>| {
        let theme = state.theme.get();
        if let Some(root) = document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-theme", theme.id());
            // Each category's colour as this theme draws it: 3:1 against its backgrounds,
            // and a pressed toggle's background and text at 4.5:1.
            let backgrounds: &[&str] = match theme {
                Theme::Light => &palette::LIGHT,
                Theme::Dark => &palette::DARK,
                Theme::HighContrast => &palette::CONTRAST,
            };
            let style = root.unchecked_ref::<web_sys::HtmlElement>().style();
            state.timeline.with_value(|t| {
                for (k, c) in t.categories.iter().enumerate() {
                    let (chip, ink) = palette::chip(&c.colour, backgrounds);
                    let colour =
                        palette::for_backgrounds(&c.colour, backgrounds, palette::MIN_GRAPHIC);
                    let _ = style.set_property(&format!("--cat-{k}"), &colour);
                    let _ = style.set_property(&format!("--cat-{k}-chip"), &chip);
                    let _ = style.set_property(&format!("--cat-{k}-ink"), ink);
                }
            });
        }
        if prev.is_some() {
            if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
                let _ = s.set_item(THEME_KEY, theme.id());
            }
        }
        theme
    });
    Effect::new(move |_| {
        let on = state.projection.get();
        if let Some(root) = document().and_then(|d| d.document_element()) {
            let _ = root.class_list().toggle_with_force("projection", on);
        }
    });
    let was_fullscreen = StoredValue::new(false);
    let handle = window_event_listener(
        ev::Custom::<ev::Event>::new("fullscreenchange"),
        move |_| {
            let now = document().is_some_and(|d| d.fullscreen_element().is_some());
            if was_fullscreen.get_value() && !now && state.projection.get_untracked() {
                state.projection.set(false);
            }
            was_fullscreen.set_value(now);
        },
    );
    on_cleanup(move || handle.remove());
}
