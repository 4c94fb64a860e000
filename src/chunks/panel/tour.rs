//! A running tour's box above the event: its title, the step, the step's framing note
//! and "End tour".

use crate::first::state::use_state;
use leptos::prelude::*;

/// The tour's framing note for the current step, shown above the event.
#[component]
pub fn TourBox() -> impl IntoView {
    let state = use_state();
    move || {
        let (t, k) = state.tour.get()?;
        let tl = state.timeline();
        let tour = &tl.tours[t];
        let step = &tour.steps[k];
        let on_step = state.selected.get() == tl.event_index(&step.event);
        let n = tour.steps.len();
        let note = on_step.then(|| view! { <p class="tour-note">{step.note.clone()}</p> });
        Some(view! {
            <section class="tour-box" aria-label="Tour">
                <p class="tour-title">
                    <strong>{tour.title.clone()}</strong>
                    <span class="tour-step">{format!("Step {} of {n}", k + 1)}</span>
                </p>
                {note}
                <button class="end-tour" on:click=move |_| state.tour.set(None)>"End tour"</button>
            </section>
        })
    }
}
