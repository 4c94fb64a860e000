//! The overview strip: the whole span with event density, and the visible window as a
//! brush. Drag the brush to pan, drag its edges to zoom, click elsewhere to jump there.
//! Geometry comes from `timeline_core::scale`; this file only maps pointers to it.

use crate::first::state::use_state;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use timeline_core::overview;
use timeline_core::scale::Window;
use timeline_core::t;

const EDGE_PX: f64 = 10.0;
const HEIGHT: f64 = overview::HEIGHT;

#[derive(Clone, Copy, PartialEq)]
enum Grab {
    Move,
    Start,
    End,
}

#[component]
pub fn Overview() -> impl IntoView {
    let state = use_state();
    let (timeline, window, limits) = (state.timeline(), state.window, state.limits);
    let el = NodeRef::<Div>::new();
    let crate::first::measure::Size {
        value: size,
        measured,
    } = crate::first::measure::track_size(el, (1000.0, HEIGHT));
    let width = Signal::derive(move || size.get().0);
    // Invisible until measured, like the strip (no layout shift).

    let whole = Window::new(limits.lo, limits.hi);
    let tl = timeline.clone();
    // Drawn by timeline_core::overview, as the build's pre-rendered overview is.
    let path = Memo::new(move |_| {
        let w = width.get();
        let last = if state.reveal.get() {
            state.selected.get()
        } else {
            None
        };
        state.matches.with(|m| {
            overview::path(
                &tl,
                |i| m.event[i] && last.is_none_or(|l| i <= l),
                &limits,
                w,
            )
        })
    });
    let brush = move || overview::brush(&window.get(), &limits, width.get());

    let grab: RwSignal<Option<(Grab, f64, Window)>> = RwSignal::new(None);
    let local_x = move |client_x: f64| {
        el.get_untracked()
            .map(|e| client_x - e.get_bounding_client_rect().left())
            .unwrap_or(0.0)
    };
    // Dragging moves the window at most once per frame.
    let per_frame = crate::first::frame::PerFrame::new(window);
    let on_down = move |e: ev::PointerEvent| {
        let x = local_x(e.client_x() as f64);
        let (bx, bw) = brush();
        let w = width.get_untracked();
        let mode = if (x - bx).abs() <= EDGE_PX {
            Grab::Start
        } else if (x - (bx + bw)).abs() <= EDGE_PX {
            Grab::End
        } else {
            if x < bx || x > bx + bw {
                // Jump: centre the window on the clicked time, then drag from there.
                let t = whole.t_of(x, w);
                window.update(|win| *win = win.pan(t - win.centre(), &limits));
            }
            Grab::Move
        };
        if let Some(node) = el.get_untracked() {
            let _ = node.set_pointer_capture(e.pointer_id());
        }
        grab.set(Some((mode, x, per_frame.get())));
    };
    let on_move = move |e: ev::PointerEvent| {
        let Some((mode, x0, w0)) = grab.get_untracked() else {
            return;
        };
        let x = local_x(e.client_x() as f64);
        let w = width.get_untracked().max(1.0);
        let next = match mode {
            Grab::Move => w0.pan((x - x0) / w * whole.span(), &limits),
            Grab::Start => w0.with_start(whole.t_of(x, w), &limits),
            Grab::End => w0.with_end(whole.t_of(x, w), &limits),
        };
        per_frame.set(next);
    };
    let on_up = move |_e: ev::PointerEvent| grab.set(None);

    view! {
        <div
            class="overview"
            class:unmeasured=move || !measured.get()
            node_ref=el
            aria-hidden="true"
            title=t!("overview-title")
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
        >
            <svg class="density" width="100%" height="40" preserveAspectRatio="none">
                <path d=move || path.get()></path>
            </svg>
            <div
                class="brush"
                style:left=move || timeline_core::scale::px(brush().0)
                style:width=move || timeline_core::scale::px(brush().1)
            >
                <span class="edge start"></span>
                <span class="edge end"></span>
            </div>
        </div>
    }
}
