//! A running tour in the panel: a one-line box above the event (the tour, the step,
//! "End tour") and the step's question, which opens the event's content so that a
//! projected slide pages through it with the rest.

use crate::first::state::use_state;
use leptos::prelude::*;
use timeline_core::t;

/// The tour's title and step, with the way out.
#[component]
pub fn TourBox() -> impl IntoView {
    let state = use_state();
    move || {
        let (t, k) = state.tour.get()?;
        let tl = state.timeline();
        let tour = &tl.tours[t];
        let n = tour.steps.len();
        // A tour goes through its own steps whatever the filters are; say so when some
        // are on, rather than leave the class wondering why a step is dimmed.
        let filtered = state.filter.with(|f| !f.is_empty());
        Some(view! {
            <section class="tour-box" aria-label=t!("tour-label")>
                <p class="tour-title">
                    <strong>{tour.title.clone()}</strong>
                    <span class="tour-step">{t!("tour-step", number = k + 1, total = n)}</span>
                    {filtered.then(|| view! { <span class="tour-filters">{t!("tour-filters")}</span> })}
                </p>
                <button class="end-tour" on:click=move |_| state.tour.set(None)>{t!("tour-end")}</button>
            </section>
        })
    }
}

/// What the tour asks the class to look at in this step, above the event itself.
#[component]
pub fn TourQuestion() -> impl IntoView {
    let state = use_state();
    move || {
        let (t, k) = state.tour.get()?;
        let tl = state.timeline();
        let step = &tl.tours[t].steps[k];
        (state.selected.get() == tl.event_index(&step.event)).then(|| {
            view! { <p class="tour-note" data-part=t!("part-tour")>{step.note.clone()}</p> }
        })
    }
}
