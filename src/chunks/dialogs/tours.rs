//! The tours menu: each guided tour with its description and a button that starts it.

use super::modal::Modal;
use crate::first::state::{use_state, Dialog};
use leptos::prelude::*;
use timeline_core::t;

/// The tours menu.
#[component]
pub fn ToursDialog() -> impl IntoView {
    let state = use_state();
    let list = move || {
        let t = state.timeline();
        t.tours
            .iter()
            .enumerate()
            .map(|(k, tour)| {
                let n = tour.steps.len();
                view! {
                    <article class="tour-entry" data-tour=tour.id.clone()>
                        <h3>{tour.title.clone()}</h3>
                        <p>{tour.description.clone()}</p>
                        <button
                            class="start-tour"
                            on:click=move |_| {
                                state.dialog.set(Dialog::None);
                                state.go_to_step(k, 0);
                            }
                        >
                            {t!("tours-start", n = n)}
                        </button>
                    </article>
                }
            })
            .collect_view()
    };
    view! {
        <Modal kind=Dialog::Tours title=t!("dialog-tours") class="tours-dialog">
                <p>{t!("tours-intro")}</p>
                {list}
        </Modal>
    }
}
