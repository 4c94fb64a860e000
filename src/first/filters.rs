//! The filter bar: search box with a live count, category toggles (colour, symbol and a
//! count that follows the other filters), buttons opening the people and source pickers,
//! "Sources differ" (only events with a recorded dispute, with its count),
//! dim-or-hide, and one "clear" action. Writes only to `AppState::filter` and `unmatched`,
//! and opens the pickers' dialogs (`AppState::dialog`).

use crate::first::bind::{
    action_of, bind, bind_all, flag, state as set_state, text, text_in, value,
};
use crate::first::state::use_state;
use leptos::ev;
use leptos::prelude::*;
use timeline_core::filter::toggle;
use timeline_core::render::frame;
use timeline_core::t;
use timeline_core::urlstate::Unmatched;
use wasm_bindgen::JsCast;

#[component]
pub fn FilterBar(open: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline();
    let total = timeline.events.len();
    let root = NodeRef::<leptos::html::Section>::new();
    bind(root, "input.search", move |el| {
        value(el, &state.filter.with(|f| f.text.clone()))
    });
    bind(root, ".match-count", move |el| {
        let all = timeline_core::words::events(total);
        if state.filter.with(|f| f.is_empty()) {
            text(el, &all)
        } else {
            let n = state.matches.with(|m| m.count);
            text(el, &t!("filters-match-count", n = n, all = all))
        }
    });
    // A picker's button says how many it has chosen: "By person (2)".
    let picker = |selector, word: String, chosen: fn(&timeline_core::filter::Filter) -> usize| {
        bind(root, selector, move |el| {
            let n = state.filter.with(chosen);
            let _ = el.class_list().toggle_with_force("active", n > 0);
            match n {
                0 => text(el, &word),
                n => text(el, &format!("{word} ({n})")),
            }
        })
    };
    picker(".people-button", t!("filters-by-person"), |f| {
        f.people.len()
    });
    picker(".sources-filter-button", t!("filters-by-source"), |f| {
        f.sources.len()
    });
    bind(root, ".differ-button", move |el| {
        set_state(el, "aria-pressed", state.filter.with(|f| f.differ));
        text_in(el, ".count", &state.matches.with(|m| m.differ).to_string());
    });
    bind(root, "[data-action=dim]", move |el| {
        set_state(el, "aria-pressed", state.unmatched.get() == Unmatched::Dim)
    });
    bind(root, "[data-action=hide]", move |el| {
        set_state(el, "aria-pressed", state.unmatched.get() == Unmatched::Hide)
    });
    bind(root, ".clear", move |el| {
        flag(el, "disabled", state.filter.with(|f| f.is_empty()))
    });
    // Each category: on or off, and how many events it has among those the other
    // filters let through.
    let ids: Vec<String> = timeline.categories.iter().map(|c| c.id.clone()).collect();
    bind_all(root, ".cat-toggles .cat", move |el, k| {
        let k = k as usize;
        let on = state.filter.with(|f| f.categories.contains(&ids[k]));
        let _ = el.class_list().toggle_with_force("on", on);
        set_state(el, "aria-pressed", on);
        text_in(
            el,
            ".count",
            &state.matches.with(|m| m.per_category[k]).to_string(),
        );
    });

    let on_click = move |ev: ev::MouseEvent| {
        let Some((el, action)) = action_of(&ev) else {
            return;
        };
        if action == "cat" {
            let id = el.get_attribute("data-id").unwrap_or_default();
            state.filter.update(|f| toggle(&mut f.categories, &id));
        } else {
            crate::first::actions::run(state, &action);
        }
    };
    let on_input = move |ev: ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let v = input.value();
        state.filter.update(|f| f.text = v);
    };
    view! {
        <section
            class="filters"
            class:open=move || open.get()
            aria-label=t!("header-filters")
            node_ref=root
            inner_html=frame::filters(&timeline, None)
            on:click=on_click
            on:input=on_input
        ></section>
    }
}

/// Shown over the strip or the list when no event passes the filters.
#[component]
pub fn NoMatch() -> impl IntoView {
    let state = use_state();
    view! {
        <Show when=move || state.matches.with(|m| m.count == 0)>
            <div class="no-match" role="status">
                <p>{t!("filters-no-match")}</p>
                <button on:click=move |_| state.clear_filters()>{t!("filters-clear")}</button>
            </div>
        </Show>
    }
}
