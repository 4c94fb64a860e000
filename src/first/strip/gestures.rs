//! The strip's gestures: the wheel zooms at the pointer (a horizontal wheel pans), a drag
//! pans, two fingers pinch to zoom; each moves the window at most once per frame. A drag
//! that moved swallows the click that ends it. The window arithmetic is the core's
//! (`Window::zoom`, `Window::pan`).

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use std::collections::HashMap;
use timeline_core::scale::{Limits, Window};

const DRAG_THRESHOLD_PX: f64 = 5.0;

/// The handlers the strip attaches, and whether a drag is under way.
#[derive(Clone, Copy)]
pub struct Gestures {
    pub wheel: Callback<ev::WheelEvent>,
    pub down: Callback<ev::PointerEvent>,
    pub moved: Callback<ev::PointerEvent>,
    pub up: Callback<ev::PointerEvent>,
    /// In the capture phase: swallows the click that ends a drag or a pinch.
    pub click: Callback<ev::MouseEvent>,
    pub dragging: Signal<bool>,
}

pub fn gestures(
    strip_ref: NodeRef<Div>,
    size: RwSignal<(f64, f64)>,
    window: RwSignal<Window>,
    limits: Limits,
) -> Gestures {
    let anchor_of = move |client_x: f64| -> f64 {
        strip_ref
            .get_untracked()
            .map(|el| {
                let r = el.get_bounding_client_rect();
                (client_x - r.left()) / r.width().max(1.0)
            })
            .unwrap_or(0.5)
    };
    // Wheel, drag and pinch move the window at most once per frame.
    let per_frame = crate::first::frame::PerFrame::new(window);
    let on_wheel = move |e: ev::WheelEvent| {
        e.prevent_default();
        let unit = match e.delta_mode() {
            1 => 33.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (e.delta_x() * unit, e.delta_y() * unit);
        let width = size.get_untracked().0;
        if dx.abs() > dy.abs() {
            per_frame.update(|w| *w = w.pan(dx / width * w.span(), &limits));
        } else {
            let factor = (dy * 0.0015).clamp(-0.5, 0.5).exp();
            let anchor = anchor_of(e.client_x() as f64);
            per_frame.update(|w| *w = w.zoom(factor, anchor, &limits));
        }
    };
    let drag: RwSignal<Option<(f64, Window, bool)>> = RwSignal::new(None);
    let suppress_click = RwSignal::new(false);
    // Touch pinch: active pointers, and (start distance, start window, anchor) once two are down.
    let pointers: StoredValue<HashMap<i32, f64>> = StoredValue::new(HashMap::new());
    let pinch: StoredValue<Option<(f64, Window, f64)>> = StoredValue::new(None);
    let pinch_geometry = move || {
        let xs: Vec<f64> = pointers.with_value(|p| p.values().copied().collect());
        (xs.len() == 2).then(|| ((xs[0] - xs[1]).abs().max(1.0), (xs[0] + xs[1]) / 2.0))
    };
    let on_down = move |e: ev::PointerEvent| {
        pointers.update_value(|p| {
            p.insert(e.pointer_id(), e.client_x() as f64);
        });
        if let Some((dist, mid)) = pinch_geometry() {
            drag.set(None);
            suppress_click.set(true);
            pinch.set_value(Some((dist, per_frame.get(), anchor_of(mid))));
            return;
        }
        if e.button() == 0 {
            drag.set(Some((e.client_x() as f64, per_frame.get(), false)));
        }
    };
    let on_move = move |e: ev::PointerEvent| {
        pointers.update_value(|p| {
            if let Some(x) = p.get_mut(&e.pointer_id()) {
                *x = e.client_x() as f64;
            }
        });
        if let (Some((d0, w0, anchor)), Some((d, _))) = (pinch.get_value(), pinch_geometry()) {
            per_frame.set(w0.zoom(d0 / d, anchor, &limits));
            return;
        }
        let Some((x0, w0, moved)) = drag.get_untracked() else {
            return;
        };
        let dx = e.client_x() as f64 - x0;
        if !moved && dx.abs() < DRAG_THRESHOLD_PX {
            return;
        }
        if !moved {
            if let Some(el) = strip_ref.get_untracked() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            drag.set(Some((x0, w0, true)));
        }
        let width = size.get_untracked().0.max(1.0);
        per_frame.set(w0.pan(-dx / width * w0.span(), &limits));
    };
    let on_up = move |e: ev::PointerEvent| {
        pointers.update_value(|p| {
            p.remove(&e.pointer_id());
        });
        if pinch.get_value().is_some() {
            pinch.set_value(None);
            drag.set(None);
            return;
        }
        if let Some((_, _, moved)) = drag.get_untracked() {
            suppress_click.set(moved);
        }
        drag.set(None);
    };

    Gestures {
        wheel: Callback::new(on_wheel),
        down: Callback::new(on_down),
        moved: Callback::new(on_move),
        up: Callback::new(on_up),
        click: Callback::new(move |e: ev::MouseEvent| {
            if suppress_click.get_untracked() {
                suppress_click.set(false);
                e.stop_propagation();
                e.prevent_default();
            }
        }),
        dragging: Signal::derive(move || drag.with(|d| d.is_some_and(|d| d.2))),
    }
}
