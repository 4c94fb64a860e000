//! The zoomable strip: era bands, event lanes, count clusters and the axis. Reads the
//! window and the strip's size, and asks `timeline_core::strip` what to draw there (the
//! same code the build's pre-rendered pages come from); its own arithmetic is limited to
//! pixels ↔ time for the focused label (`reveal_focused`). Its parts: `eras`, `items` (the event labels), `clusters`, `axis`, `edges`
//! (hints at the edges while filtering) and `gestures`.

use timeline_core::t;
mod axis;
mod clusters;
mod edges;
mod eras;
mod gestures;
mod items;

use crate::first::filters::NoMatch;
use crate::first::state::use_state;
use items::{clicked_event, item_html, Items, Look};
use leptos::ev;
use leptos::html::{Div, Ol};
use leptos::prelude::*;
use timeline_core::layout::EventLayout;
use timeline_core::strip::{self as model, Ranking};
use timeline_core::ticks::axis;
use timeline_core::urlstate::Unmatched;

#[component]
pub fn Strip() -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline();
    let (window, selected) = (state.window, state.selected);
    let strip_ref = NodeRef::<Div>::new();
    // Until the strip's real size is known its content is laid out for a guess; it stays
    // invisible meanwhile, so nothing visibly moves when the size arrives (no layout
    // shift), normally before the first paint.
    let crate::first::measure::Size {
        value: size,
        measured,
    } = crate::first::measure::track_size(strip_ref, (1024.0, 480.0));
    let geo = Memo::new(move |_| {
        *model::geometry(state.projection.get(), selected.with(Option::is_some))
    });
    let tl = timeline.clone();
    let eras =
        Memo::new(move |_| model::era_rows(&tl, &window.get(), size.get().0, geo.get().era_rows));
    // A filter change reaches the strip in two frames. The first shows it on what is
    // already drawn: items dim or light up (the counts, overview and list follow the
    // filter directly). Once that frame is painted, `ranked_by` catches up and the lanes
    // are laid out again: matches first, and without the others in "hide" mode. That
    // swaps most labels on screen, which at 10,000 events does not fit in one frame.
    let ranked_by = RwSignal::new(state.matches.get_untracked());
    Effect::new(move |_| {
        state.matches.track();
        // By then the strip may be gone (the list view replaces it): hence `try_`.
        crate::first::frame::after_paint(move || {
            let Some(now) = state.matches.try_get_untracked() else {
                return;
            };
            if ranked_by.try_with_untracked(|r| *r != now) == Some(true) {
                ranked_by.try_set(now);
            }
        });
    });
    // The lanes of the pre-rendered first view, kept by the first layout made at the
    // strip's real size (first::takeover), so nothing moves when the app takes over.
    let adopted = StoredValue::new(crate::first::takeover::adopted_lanes());
    let tl = timeline.clone();
    let layout = Memo::new(move |prev: Option<&EventLayout>| {
        let first = if measured.get() {
            adopted.try_update_value(Option::take).flatten()
        } else {
            None
        };
        let (width, height) = size.get();
        let g = geo.get();
        let lanes = model::max_lanes(height, eras.with(|e| e.1), &g);
        let open = selected.get();
        ranked_by.with(|ranked| {
            let ranking = Ranking {
                open,
                matches: (ranked.count < ranked.event.len()).then_some(&ranked.event[..]),
                hide_others: state.unmatched.get() == Unmatched::Hide,
                // Reveal mode: nothing after the current event is drawn.
                reveal_last: if state.reveal.get() { open } else { None },
            };
            // Labels already on screen keep their rows (zooming, panning, closing an
            // event): only what no longer fits moves.
            let had_lane = |i: usize| match &first {
                Some(lanes) => lanes.get(&i).copied(),
                None => prev.and_then(|p| p.slot(i)).map(|s| s.lane),
            };
            model::lay_out(&tl, &ranking, had_lane, &window.get(), width, lanes, &g)
        })
    });
    // The event items: one effect keeps the list in step (see `items`).
    let list_ref = NodeRef::<Ol>::new();
    let items = std::rc::Rc::new(std::cell::RefCell::new(Items::default()));
    let tl_items = timeline.clone();
    let links = state.links.get_value();
    Effect::new(move |_| {
        let Some(list) = list_ref.get() else { return };
        let lane_h = geo.get().lane_h;
        let open = selected.get();
        let filtering = state.filter.with(|f| !f.is_empty());
        let width = size.get().0;
        layout.with(|l| {
            state.matches.with(|m| {
                let shown = l.slots.iter().map(|&(i, slot)| {
                    let look = Look {
                        slot,
                        lane_h,
                        matched: m.event[i],
                        filtering,
                        open: open == Some(i),
                        visible: slot.left < width && slot.left + slot.label_w > 0.0,
                    };
                    (i, look)
                });
                items
                    .borrow_mut()
                    .sync(&list, shown, |i| item_html(&tl_items, i, &links));
            })
        });
    });
    let ticks = Memo::new(move |_| axis(&window.get(), size.get().0, &geo.get().ticks));
    let noun = Memo::new(move |_| {
        state
            .timeline
            .with_value(|t| state.filter.with(|f| edges::match_noun(t, f)))
    });
    let g = gestures::gestures(strip_ref, size, window, state.limits);
    view! {
        <div
            class="strip"
            class:unmeasured=move || !measured.get()
            id="timeline"
            tabindex="0"
            node_ref=strip_ref
            role="region"
            aria-label=t!("strip-label")
            data-start=move || timeline_core::scale::decimal(window.get().start, 3)
            data-end=move || timeline_core::scale::decimal(window.get().end, 3)
            class:dragging=move || g.dragging.get()
            on:wheel=move |e| g.wheel.run(e)
            on:pointerdown=move |e| g.down.run(e)
            on:pointermove=move |e| g.moved.run(e)
            on:pointerup=move |e| g.up.run(e)
            on:pointercancel=move |e| g.up.run(e)
            on:click:capture=move |e| g.click.run(e)
        >
            <eras::Eras rows=eras row_h=Signal::derive(move || geo.get().era_row_h) />
            <ol
                class="events"
                node_ref=list_ref
                aria-label=t!("strip-events")
                on:click=move |e: ev::MouseEvent| {
                    // A label is a link: a plain click opens the event here, a click with
                    // a modifier (a new tab) is the browser's.
                    if let Some(i) = clicked_event(&e).filter(|_| crate::first::links::plain(&e)) {
                        e.prevent_default();
                        selected.set(Some(i));
                    }
                }
                on:focusin=move |e: ev::FocusEvent| reveal_focused(&e, strip_ref, window, state.limits)
                style:top=move || timeline_core::scale::px(model::events_top(eras.with(|e| e.1), &geo.get()))
            >
            </ol>
            <clusters::Clusters layout noun bottom=Signal::derive(move || geo.get().axis_h) />
            <axis::AxisView ticks />
            <edges::EdgeHints />
            <NoMatch />
        </div>
    }
}

/// A label reached with Tab but cut by the strip's edge pans the strip until the whole
/// label is in view (or as much of it as fits).
fn reveal_focused(
    e: &ev::FocusEvent,
    strip: NodeRef<Div>,
    window: RwSignal<timeline_core::scale::Window>,
    limits: timeline_core::scale::Limits,
) {
    use wasm_bindgen::JsCast;
    let (Some(label), Some(strip)) = (
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            // Keyboard focus only: a click must land where it was aimed.
            .filter(|el| {
                el.class_list().contains("event-label")
                    && el.matches(":focus-visible").unwrap_or(false)
            }),
        strip.get_untracked(),
    ) else {
        return;
    };
    let (l, s) = (
        label.get_bounding_client_rect(),
        strip.get_bounding_client_rect(),
    );
    let dx = timeline_core::strip::reveal_px(l.left() - s.left(), l.right() - s.left(), s.width());
    if dx != 0.0 {
        window.update(|w| *w = w.pan(dx / s.width().max(1.0) * w.span(), &limits));
    }
}
