//! The shell every overlay dialog shares: a backdrop that closes it, a labelled
//! `role="dialog"` section and a title bar with a close button. Which dialog is open
//! lives in `AppState::dialog`; Escape is handled by the app's keyboard shortcuts.

use crate::state::{use_state, Dialog};
use leptos::prelude::*;

#[component]
pub fn Modal(
    /// The dialog this shell shows.
    kind: Dialog,
    title: &'static str,
    /// Extra class for the section, for styling and tests.
    class: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let state = use_state();
    let close = move |_| state.dialog.set(Dialog::None);
    let title_id = format!("{class}-title");
    view! {
        <Show when=move || state.dialog.get() == kind>
            <div class="backdrop" on:click=close></div>
            <section class=format!("dialog {class}") role="dialog" aria-modal="true" aria-labelledby=title_id.clone()>
                <div class="dialog-bar">
                    <h2 id=title_id.clone()>{title}</h2>
                    <button class="close" aria-label="Close (Escape)" on:click=close>
                        "✕"
                    </button>
                </div>
                {children()}
            </section>
        </Show>
    }
}
