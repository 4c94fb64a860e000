//! "Put them in order": the dealt cards without their dates, reordered by dragging a
//! card's handle (mouse, pen or touch), by its ↑ and ↓ buttons, or from the keyboard
//! (Space picks a card up, the arrows move it, Space puts it down, Escape puts it back),
//! every move announced to screen readers; Check marks each card and shows the dates.

use super::on_show;
use crate::first::state::use_state;
use leptos::ev;
use leptos::html::Ol;
use leptos::prelude::*;
use timeline_core::activity::order::{check, Checked, Order};
use timeline_core::t;
use wasm_bindgen::JsCast;

/// Focuses the card of event `i` once the list is drawn again.
fn focus_card(i: usize) {
    request_animation_frame(move || {
        crate::first::focus::focus_first(&[&format!(".order-card[data-i=\"{i}\"]")]);
    });
}

/// Where a card dragged to height `y` (client pixels) would go: the number of the other
/// cards whose middle is above it.
fn drop_index(list: &web_sys::HtmlElement, dragged: usize, y: f64) -> usize {
    let Ok(cards) = list.query_selector_all(".order-card") else {
        return dragged;
    };
    (0..cards.length())
        .filter(|&k| k as usize != dragged)
        .filter_map(|k| cards.item(k)?.dyn_into::<web_sys::Element>().ok())
        .filter(|c| {
            let r = c.get_bounding_client_rect();
            r.top() + r.height() / 2.0 < y
        })
        .count()
}

#[component]
pub fn Ordering(order: Order, revealed: Signal<usize>) -> impl IntoView {
    let state = use_state();
    let t = state.timeline();
    let n = order.cards.len();
    let placed = RwSignal::new(order.cards.clone());
    let checked = RwSignal::new(None::<Checked>);
    // The card picked up from the keyboard, and where it was picked up from.
    let grabbed = RwSignal::new(None::<(usize, usize)>);
    // The card dragged by its handle, and where it would drop.
    let dragging = RwSignal::new(None::<(usize, usize)>);
    let said = RwSignal::new(String::new());
    let list = NodeRef::<Ol>::new();
    let name = move |i: usize| state.timeline.with_value(|t| t.events[i].title.clone());
    let move_card = move |from: usize, to: usize| {
        if from == to || to >= n {
            return;
        }
        placed.update(|p| {
            let x = p.remove(from);
            p.insert(to, x);
        });
        checked.set(None);
    };
    let place_of = move |i: usize| placed.with_untracked(|p| p.iter().position(|&x| x == i));
    let on_key = move |i: usize, e: ev::KeyboardEvent| {
        let Some(k) = place_of(i) else { return };
        let holding = grabbed.get_untracked().is_some_and(|(g, _)| g == i);
        let to = match e.key().as_str() {
            " " | "Enter" => {
                e.prevent_default();
                if holding {
                    grabbed.set(None);
                    said.set(t!(
                        "order-put-down",
                        title = name(i),
                        position = k + 1,
                        total = n
                    ));
                } else {
                    grabbed.set(Some((i, k)));
                    said.set(t!(
                        "order-picked-up",
                        title = name(i),
                        position = k + 1,
                        total = n
                    ));
                }
                return;
            }
            "Escape" if holding => {
                e.prevent_default();
                e.stop_propagation();
                let (_, from) = grabbed.get_untracked().unwrap_or((i, k));
                move_card(k, from);
                grabbed.set(None);
                said.set(t!(
                    "order-put-back",
                    title = name(i),
                    position = from + 1,
                    total = n
                ));
                focus_card(i);
                return;
            }
            "ArrowUp" | "ArrowLeft" => k.checked_sub(1),
            "ArrowDown" | "ArrowRight" => Some(k + 1).filter(|&x| x < n),
            "Home" => Some(0),
            "End" => Some(n - 1),
            _ => return,
        };
        e.prevent_default();
        let Some(to) = to else { return };
        if holding {
            move_card(k, to);
            said.set(t!(
                "order-moved",
                title = name(i),
                position = to + 1,
                total = n
            ));
            focus_card(i);
        } else if let Some(&j) = placed.with_untracked(|p| p.get(to).copied()).as_ref() {
            focus_card(j);
        }
    };
    let button_move = move |i: usize, delta: isize| {
        let Some(k) = place_of(i) else { return };
        let to = (k as isize + delta).clamp(0, n as isize - 1) as usize;
        move_card(k, to);
        said.set(t!(
            "order-moved",
            title = name(i),
            position = to + 1,
            total = n
        ));
    };
    let handle_down = move |k: usize, e: ev::PointerEvent| {
        if e.button() != 0 {
            return;
        }
        e.prevent_default();
        if let Some(h) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = h.set_pointer_capture(e.pointer_id());
        }
        dragging.set(Some((k, k)));
    };
    let handle_move = move |e: ev::PointerEvent| {
        let (Some((from, _)), Some(l)) = (dragging.get_untracked(), list.get_untracked()) else {
            return;
        };
        let to = drop_index(&l, from, f64::from(e.client_y()));
        dragging.set(Some((from, to)));
    };
    let handle_up = move |_: ev::PointerEvent| {
        if let Some((from, to)) = dragging.get_untracked() {
            dragging.set(None);
            if from != to {
                let i = placed.with_untracked(|p| p[from]);
                move_card(from, to);
                said.set(t!(
                    "order-moved",
                    title = name(i),
                    position = to + 1,
                    total = n
                ));
            }
        }
    };
    let t_cards = t.clone();
    let order_for_check = StoredValue::new(order.clone());
    let answer_places = order.answer;
    let cards = move || {
        let shown_check = checked.get();
        placed
            .get()
            .into_iter()
            .enumerate()
            .map(|(k, i)| {
                let e = &t_cards.events[i];
                let title = e.title.clone();
                // The date shows once checked, or once the clicker has revealed its place.
                let rank = answer_places.iter().position(|&x| x == i).unwrap_or(0);
                let dated = on_show(shown_check.is_some(), revealed, rank);
                let mark = shown_check.as_ref().map(|c| {
                    if c.in_place[k] {
                        format!("✓ {}", t!("order-right-place"))
                    } else {
                        format!("✗ {}", t!("order-belongs-at", position = rank + 1))
                    }
                });
                let right = shown_check.as_ref().map(|c| c.in_place[k]);
                let up_label = t!("order-move-up", title = &title);
                let down_label = t!("order-move-down", title = &title);
                view! {
                    <li
                        class="order-card"
                        class:grabbed=move || grabbed.get().is_some_and(|(g, _)| g == i)
                        class:dragged=move || dragging.get().is_some_and(|(from, _)| from == k)
                        class:drop-here=move || {
                            dragging.get().is_some_and(|(from, to)| from != to && to == k)
                        }
                        class:right=right == Some(true)
                        class:wrong=right == Some(false)
                        data-i=i.to_string()
                        tabindex="0"
                        aria-describedby="order-help"
                        aria-label=t!("order-card", title = &title, position = k + 1, total = n)
                        on:keydown=move |e| on_key(i, e)
                    >
                        <span
                            class="order-handle"
                            aria-hidden="true"
                            title=t!("order-drag")
                            on:pointerdown=move |e| handle_down(k, e)
                            on:pointermove=handle_move
                            on:pointerup=handle_up
                            on:pointercancel=move |_| dragging.set(None)
                        >
                            "⠿"
                        </span>
                        <span class="order-place" aria-hidden="true">{k + 1}</span>
                        <div class="order-text">
                            <h3>{title.clone()}</h3>
                            <p>{e.summary.clone()}</p>
                            {dated.then(|| view! { <p class="order-date">{e.date_label()}</p> })}
                            {mark.map(|m| view! { <p class="order-mark">{m}</p> })}
                        </div>
                        <span class="order-moves">
                            <button
                                aria-label=up_label
                                disabled=k == 0
                                on:click=move |_| button_move(i, -1)
                            >
                                "↑"
                            </button>
                            <button
                                aria-label=down_label
                                disabled=k + 1 == n
                                on:click=move |_| button_move(i, 1)
                            >
                                "↓"
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let do_check = move |()| {
        let c = order_for_check.with_value(|o| placed.with_untracked(|p| check(o, p)));
        said.set(c.score.in_place());
        checked.set(Some(c));
    };
    let score = Signal::derive(move || checked.with(|c| c.as_ref().map(|c| c.score.in_place())));
    view! {
        <p id="order-help" class="sr-only">
            {t!("order-help")}
        </p>
        <ol class="order-cards" node_ref=list>{cards}</ol>
        <p class="sr-only" aria-live="assertive">{move || said.get()}</p>
        <super::CheckBar
            score
            check=Callback::new(do_check)
            again=Callback::new(move |()| {
                checked.set(None);
                order_for_check.with_value(|o| placed.set(o.cards.clone()));
            })
        />
    }
}
