//! The zoomable strip: era bands, event lanes, count clusters and the axis, plus the
//! wheel and drag gestures. Reads the window signal and calls the core for ticks and
//! lane layout; owns no layout arithmetic of its own.

use crate::event_item::{clicked_event, item_html, Items, Look};
use crate::filters::NoMatch;
use crate::state::use_state;
use leptos::ev;
use leptos::html::{Div, Ol};
use leptos::prelude::*;
use std::collections::HashMap;
use timeline_core::layout::{layout_events, stack, EventLayout, EventMetrics, Item};
use timeline_core::scale::Window;
use timeline_core::ticks::{axis, Axis, LabelMetrics};
use timeline_core::urlstate::Unmatched;
use timeline_core::Timeline;

const DRAG_THRESHOLD_PX: f64 = 5.0;

/// Sizes of the strip's parts; projection mode uses larger ones. These must agree with
/// the CSS (`li.event` height, `.axis` height, era rows) for each mode.
#[derive(Clone, Copy, PartialEq)]
struct Geometry {
    lane_h: f64,
    era_row_h: f64,
    axis_h: f64,
    cluster_row_h: f64,
    ticks: LabelMetrics,
    events: EventMetrics,
}

const NORMAL: Geometry = Geometry {
    lane_h: 40.0,
    era_row_h: 24.0,
    axis_h: 58.0,
    cluster_row_h: 36.0,
    ticks: LabelMetrics {
        char_px: 9.5,
        gap_px: 14.0,
        min_tick_px: 60.0,
    },
    events: EventMetrics {
        char_px: 8.6,
        label_pad: 34.0,
        label_max: 280.0,
        mark_px: 12.0,
        max_lanes: 1,
        gap: 10.0,
        // Wider than the widest "+NN" button, so neighbouring clusters never touch.
        cluster_px: 62.0,
        margin_px: 200.0,
    },
};

const PROJECTED: Geometry = Geometry {
    lane_h: 60.0,
    era_row_h: 34.0,
    axis_h: 80.0,
    cluster_row_h: 46.0,
    ticks: LabelMetrics {
        char_px: 14.0,
        gap_px: 20.0,
        min_tick_px: 90.0,
    },
    events: EventMetrics {
        char_px: 13.0,
        label_pad: 54.0,
        label_max: 440.0,
        mark_px: 16.0,
        max_lanes: 1,
        gap: 14.0,
        cluster_px: 84.0,
        margin_px: 300.0,
    },
};

/// Projected with an event open: the strip is a band above the event's slide.
const BAND: Geometry = Geometry {
    lane_h: 44.0,
    era_row_h: 26.0,
    axis_h: 56.0,
    cluster_row_h: 40.0,
    ticks: LabelMetrics {
        char_px: 11.0,
        gap_px: 16.0,
        min_tick_px: 80.0,
    },
    events: EventMetrics {
        char_px: 11.0,
        label_pad: 44.0,
        label_max: 380.0,
        mark_px: 14.0,
        max_lanes: 1,
        gap: 12.0,
        cluster_px: 72.0,
        margin_px: 300.0,
    },
};

/// One era band on screen: era index, row, band extent (px) and the room its label has
/// (to the next band in its row, or the strip's edge).
type EraRow = (usize, usize, f64, f64, f64);

/// Era bands in rows, laid out so that no two overlap.
fn era_rows(t: &Timeline, w: &Window, width: f64) -> (Vec<EraRow>, usize) {
    let items: Vec<Item> = t
        .eras
        .iter()
        .enumerate()
        .map(|(i, e)| Item {
            key: i,
            x0: w.x_of(e.t0, width),
            x1: w.x_of(e.t1, width),
        })
        .filter(|it| it.x1 > 0.0 && it.x0 < width)
        .collect();
    let l = stack(&items, 4, 2.0, 0.0);
    let rows = l
        .placed
        .iter()
        .map(|p| {
            let left = p.x0.max(0.0);
            let next = l
                .placed
                .iter()
                .filter(|o| o.lane == p.lane && o.x0 > p.x0)
                .map(|o| o.x0)
                .fold(width, f64::min);
            (p.key, p.lane, p.x0, p.x1, (next - left).max(p.x1 - left))
        })
        .collect();
    (rows, l.lanes)
}

#[component]
pub fn Strip() -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline();
    let (window, limits, selected) = (state.window, state.limits, state.selected);
    let strip_ref = NodeRef::<Div>::new();
    let crate::measure::Size {
        value: size,
        measured,
    } = crate::measure::track_size(strip_ref, (1024.0, 480.0));
    // Until the strip's real size is known its content is laid out for a guess; it stays
    // invisible meanwhile, so nothing visibly moves when the size arrives (no layout
    // shift), normally before the first paint.

    let geo = Memo::new(
        move |_| match (state.projection.get(), selected.with(Option::is_some)) {
            (true, true) => BAND,
            (true, false) => PROJECTED,
            _ => NORMAL,
        },
    );
    let tl = timeline.clone();
    let eras = Memo::new(move |_| {
        let (width, _) = size.get();
        era_rows(&tl, &window.get(), width)
    });
    // A filter change reaches the strip in two frames. The first shows it on what is
    // already drawn: items dim or light up (the counts, overview and list follow the
    // filter directly). Once that frame is painted, `ranked_by` catches up and the lanes
    // are laid out again: matches first, and without the others in "hide" mode. That
    // swaps most labels on screen, which at 10,000 events does not fit in one frame.
    let ranked_by = RwSignal::new(state.matches.get_untracked());
    Effect::new(move |_| {
        state.matches.track();
        // By then the strip may be gone (the list view replaces it): hence `try_`.
        crate::frame::after_paint(move || {
            let Some(now) = state.matches.try_get_untracked() else {
                return;
            };
            if ranked_by.try_with_untracked(|r| *r != now) == Some(true) {
                ranked_by.try_set(now);
            }
        });
    });
    let tl = timeline.clone();
    let layout = Memo::new(move |prev: Option<&EventLayout>| {
        let (width, height) = size.get();
        let g = geo.get();
        let era_h = eras.with(|e| e.1) as f64 * g.era_row_h;
        let lanes = ((height - g.axis_h - g.cluster_row_h - era_h - 8.0) / g.lane_h).floor();
        let m = EventMetrics {
            max_lanes: lanes.max(1.0) as usize,
            ..g.events
        };
        let hide = state.unmatched.get() == Unmatched::Hide;
        let open = selected.get();
        // Reveal mode: nothing after the current event is drawn.
        let last = if state.reveal.get() { open } else { None };
        let was_shown = |i: usize| prev.is_some_and(|p| p.slot(i).is_some());
        ranked_by.with(|ranked| {
            let filtering = ranked.count < ranked.event.len();
            layout_events(
                &tl.events,
                |i| (!hide || ranked.event[i]) && last.is_none_or(|l| i <= l),
                // Ranks: the open event, then a filter's matches, then events
                // already on screen (so zooming and panning keep labels in place
                // instead of swapping them), then the rest.
                |i| match (open == Some(i), filtering && ranked.event[i]) {
                    (true, _) => 0,
                    (false, true) => 1,
                    _ if was_shown(i) => 2,
                    _ => 3,
                },
                &window.get(),
                width,
                &m,
            )
        })
    });
    // The event items: one effect keeps the list in step (see `event_item`).
    let list_ref = NodeRef::<Ol>::new();
    let items = std::rc::Rc::new(std::cell::RefCell::new(Items::default()));
    let tl_items = timeline.clone();
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
                    .sync(&list, shown, |i| item_html(&tl_items, i));
            })
        });
    });
    let ticks = Memo::new(move |_| axis(&window.get(), size.get().0, &geo.get().ticks));
    let noun = Memo::new(move |_| {
        state
            .timeline
            .with_value(|t| state.filter.with(|f| match_noun(t, f)))
    });

    // Gestures: wheel zooms at the cursor (horizontal wheel pans); drag pans.
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
    let per_frame = crate::frame::PerFrame::new(window);
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

    let tl_eras = timeline.clone();
    view! {
        <div
            class="strip"
            class:unmeasured=move || !measured.get()
            id="timeline"
            tabindex="0"
            node_ref=strip_ref
            role="region"
            aria-label="Timeline: scroll or pinch to zoom, drag to pan, + and − keys zoom, arrow keys pan"
            data-start=move || timeline_core::scale::decimal(window.get().start, 3)
            data-end=move || timeline_core::scale::decimal(window.get().end, 3)
            class:dragging=move || drag.with(|d| d.is_some_and(|d| d.2))
            on:wheel=on_wheel
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:click:capture=move |e: ev::MouseEvent| {
                if suppress_click.get_untracked() {
                    suppress_click.set(false);
                    e.stop_propagation();
                    e.prevent_default();
                }
            }
        >
            <ul class="eras" aria-label="Periods on screen">
                <For
                    each=move || eras.with(|(rows, _)| rows.iter().map(|r| (r.0, r.1)).collect::<Vec<_>>())
                    key=|k| *k
                    children=move |(i, row)| {
                        let pos = move || {
                            eras.with(|(rows, _)| {
                                rows.iter().find(|r| r.0 == i).map(|r| (r.2.max(0.0), r.3, r.4)).unwrap_or((0.0, 0.0, 0.0))
                            })
                        };
                        let era = &tl_eras.eras[i];
                        let name = format!("{} ({})", era.label, timeline_core::date::span_label(&era.start, Some(&era.end)));
                        view! {
                            <li
                                class="era"
                                class:alt=row % 2 == 1
                                style:left=move || timeline_core::scale::px(pos().0)
                                style:width=move || timeline_core::scale::px((pos().1 - pos().0).max(1.0))
                                style:top=move || timeline_core::scale::px(row as f64 * geo.get().era_row_h)
                            >
                                // The label may run past its band up to the next one; cut
                                // short, it keeps its whole name as a tooltip.
                                <span class="era-label" title=name style:max-width=move || timeline_core::scale::px(pos().2)>
                                    {era.label.clone()}
                                </span>
                            </li>
                        }
                    }
                />
            </ul>
            <ol
                class="events"
                node_ref=list_ref
                aria-label="Events in time order"
                on:click=move |e: ev::MouseEvent| {
                    if let Some(i) = clicked_event(&e) {
                        selected.set(Some(i));
                    }
                }
                style:top=move || timeline_core::scale::px(eras.with(|e| e.1) as f64 * geo.get().era_row_h + 6.0)
            >
            </ol>
            <div class="clusters" style:bottom=move || timeline_core::scale::px(geo.get().axis_h)>
                // Keyed by position: while zooming, clusters form, split and merge every
                // frame, and re-creating their buttons cost more than the rest of the frame.
                // A button is reused for whichever cluster is at its position.
                <For
                    each=move || layout.with(|l| (0..l.clusters.len()).collect::<Vec<_>>())
                    key=|k| *k
                    children=move |k| {
                        let at = Memo::new(move |_| layout.with(|l| l.clusters.get(k).map(|c| (c.x, c.keys.len(), c.t0, c.t1, c.keys[0]))));
                        let x = move || at.get().map_or(-999.0, |c| c.0);
                        let summary = Memo::new(move |_| at.get().map(|c| (c.1, c.2, c.3)));
                        // While filtering: how many of the merged events match.
                        let hits = Memo::new(move |_| {
                            let filtering = state.filter.with(|f| !f.is_empty());
                            layout.with(|l| {
                                let c = l.clusters.get(k)?;
                                let n = state.matches.with(|m| c.keys.iter().filter(|&&i| m.event[i]).count());
                                (filtering && n > 0).then_some(n)
                            })
                        });
                        // The name starts with what the button shows ("+5 1 army"), as
                        // speech input users say it (WCAG 2.5.3).
                        let label = move || {
                            summary
                                .get()
                                .map(|(n, t0, _)| {
                                    let from = timeline_core::date::day_label(t0);
                                    match hits.get() {
                                        Some(h) => format!(
                                            "+{n} {h} {}: {n} more events from {from}, {h} of them matching the filters; zoom in to see them",
                                            noun.get()
                                        ),
                                        None => format!("{n} more events from {from}: zoom in to see them"),
                                    }
                                })
                                .unwrap_or_default()
                        };
                        view! {
                            <button
                                class="cluster"
                                class:has-match=move || hits.get().is_some()
                                style:left=move || timeline_core::scale::px(x())
                                aria-label=label
                                title=label
                                on:click=move |_| {
                                    if let Some((_, _, t0, t1, first)) = at.get_untracked() {
                                        window.set(Window::fit(t0, t1, &limits));
                                        // The button may be gone once zoomed: focus moves to
                                        // the first of the events it held.
                                        crate::frame::after_paint(move || {
                                            if crate::focus::lost() {
                                                crate::focus::to_event(first);
                                            }
                                        });
                                    }
                                }
                            >
                                <span class="cluster-n">{move || summary.get().map(|s| format!("+{}", s.0)).unwrap_or_default()}</span>
                                {move || hits.get().map(|h| view! { <span class="hits">{format!(" {h} {}", noun.get())}</span> })}
                            </button>
                        }
                    }
                />
            </div>
            <AxisView ticks />
            <EdgeHints />
            <NoMatch />
        </div>
    }
}

/// While filtering, how many matching events lie wholly before and after the window, each
/// side a button that brings the nearest of them into view: "8 matches" never shows 4
/// without a hint where the rest are.
#[component]
fn EdgeHints() -> impl IntoView {
    let state = use_state();
    let outside = Memo::new(move |_| {
        if state.filter.with(|f| f.is_empty()) {
            return None;
        }
        let w = state.window.get();
        state.timeline.with_value(|t| {
            state.order.with(|order| {
                let ev = |i: usize| &t.events[i];
                let before: Vec<usize> = order
                    .iter()
                    .copied()
                    .filter(|&i| ev(i).t1 <= w.start)
                    .collect();
                let after_at = order.partition_point(|&i| ev(i).t0 < w.end);
                Some((
                    before.len(),
                    before.last().copied(),
                    order.len() - after_at,
                    order.get(after_at).copied(),
                ))
            })
        })
    });
    let go = move |i: Option<usize>| {
        let Some(i) = i else { return };
        let (t0, t1) = state
            .timeline
            .with_value(|t| (t.events[i].t0, t.events[i].t1));
        let span = state.window.get_untracked().span().max((t1 - t0) * 1.25);
        let mid = (t0 + t1) / 2.0;
        state
            .window
            .set(Window::new(mid - span / 2.0, mid + span / 2.0).clamp(&state.limits));
    };
    let hint = move |left: bool| {
        move || {
            let (nb, b, na, a) = outside.get()?;
            let (n, nearest) = if left { (nb, b) } else { (na, a) };
            // Reveal mode keeps what comes later a surprise.
            if !left && state.reveal.get() {
                return None;
            }
            (n > 0).then(|| {
                let label = format!(
                    "{n} matching event{} {}: show the nearest",
                    if n == 1 { "" } else { "s" },
                    if left { "earlier" } else { "later" }
                );
                view! {
                    <button class="edge-hint" class:left=left class:right=!left aria-label=label.clone() title=label on:click=move |_| go(nearest)>
                        {if left { format!("◀ {n}") } else { format!("{n} ▶") }}
                    </button>
                }
            })
        }
    };
    view! { {hint(true)} {hint(false)} }
}

/// What a cluster's matching events are called: the category's own name when the filter
/// is one category with a short name ("3 army"), else "matching".
fn match_noun(t: &Timeline, f: &timeline_core::filter::Filter) -> String {
    let only_category = f.text.trim().is_empty() && f.people.is_empty() && f.sources.is_empty();
    match (only_category, f.categories.len()) {
        (true, 1) => f
            .categories
            .iter()
            .next()
            .and_then(|id| t.categories.iter().find(|c| &c.id == id))
            .map(|c| {
                let l = c.label.to_lowercase();
                l.strip_prefix("the ").map(str::to_string).unwrap_or(l)
            })
            // A badge above a cluster button has room for a word or two.
            .filter(|n| n.chars().count() <= 12)
            .unwrap_or_else(|| "matching".into()),
        _ => "matching".into(),
    }
}

/// One row of ticks, keyed by time and label so that panning moves existing labels
/// instead of re-creating them. (Major labels are unique; their leading label's time
/// follows the window edge, so they are keyed by label alone.)
fn tick_row(ticks: Memo<Axis>, major: bool) -> impl IntoView {
    let key_of =
        move |t: &timeline_core::ticks::Tick| (if major { 0 } else { t.t as i64 }, t.label.clone());
    view! {
        <For
            each=move || {
                ticks.with(|a| if major { &a.major } else { &a.minor }.iter().map(key_of).collect::<Vec<_>>())
            }
            key=|k| k.clone()
            children=move |k| {
                let k2 = k.clone();
                let x = move || {
                    ticks.with(|a| {
                        if major { &a.major } else { &a.minor }
                            .iter()
                            .find(|t| t.label == k2.1 && (major || t.t as i64 == k2.0))
                            .map(|t| t.x)
                            .unwrap_or(-999.0)
                    })
                };
                view! {
                    <span class="tick" class:major=major class:minor=!major style:left=move || timeline_core::scale::px(x())>
                        {k.1}
                    </span>
                }
            }
        />
    }
}

#[component]
fn AxisView(ticks: Memo<Axis>) -> impl IntoView {
    view! {
        <div class="axis" aria-hidden="true">
            {tick_row(ticks, false)}
            {tick_row(ticks, true)}
        </div>
    }
}
