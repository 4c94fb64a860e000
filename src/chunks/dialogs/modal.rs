//! The shell every overlay dialog shares: a native modal `<dialog>` (so the page behind
//! is inert and Tab stays inside), its title bar with a close button, and focus: into the
//! dialog when it opens (its `data-autofocus` element, else the first control), back to
//! whatever opened it when it closes. Which dialog is open lives in `AppState::dialog`;
//! Escape, the ✕ and a click on the backdrop all close it.

use crate::first::state::{use_state, Dialog};
use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use timeline_core::t;
use wasm_bindgen::JsCast;

/// The focused element, if it is not the page itself.
pub fn focused() -> Option<web_sys::HtmlElement> {
    let doc = web_sys::window()?.document()?;
    let el = doc.active_element()?;
    if doc.body().is_some_and(|b| *b == el) {
        return None;
    }
    el.dyn_into().ok()
}

#[component]
pub fn Modal(
    /// The dialog this shell shows.
    kind: Dialog,
    title: String,
    /// Extra class for the dialog, for styling and tests.
    class: &'static str,
    children: ChildrenFn,
) -> impl IntoView {
    let state = use_state();
    let el = NodeRef::<html::Dialog>::new();
    let open = Memo::new(move |_| state.dialog.get() == kind);
    // Whatever had focus when the dialog opened gets it back when it closes.
    let opener: StoredValue<Option<SendWrapper<web_sys::HtmlElement>>> = StoredValue::new(None);
    Effect::new(move |_| {
        let (Some(d), open) = (el.get(), open.get()) else {
            return;
        };
        if open && !d.open() {
            opener.set_value(focused().map(SendWrapper::new));
            let _ = d.show_modal();
            // The dialog's content is drawn by then: focus what it marks for it.
            request_animation_frame(move || {
                let target = el
                    .get_untracked()
                    .and_then(|d| d.query_selector("[data-autofocus]").ok().flatten())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(t) = target {
                    let _ = t.focus();
                }
            });
        } else if !open && d.open() {
            d.close();
            if let Some(back) = opener.get_value().filter(|b| b.is_connected()) {
                let _ = back.focus();
            }
        }
    });
    let close = move || {
        if state.dialog.get_untracked() == kind {
            state.dialog.set(Dialog::None);
        }
    };
    let title_id = format!("{class}-title");
    view! {
        <dialog
            class=format!("dialog {class}")
            node_ref=el
            aria-labelledby=title_id.clone()
            // Escape (the browser closes the dialog itself) and form submissions.
            on:close=move |_| close()
            on:keydown=move |e: leptos::ev::KeyboardEvent| {
                if e.key() == "Tab" && el.get_untracked().is_some_and(|d| wrap_tab(&d, e.shift_key())) {
                    e.prevent_default();
                }
            }
            // A click on the backdrop lands on the dialog element itself.
            on:click=move |e| {
                if e.target() == e.current_target() {
                    close();
                }
            }
        >
            <div class="dialog-body">
                <div class="dialog-bar">
                    <h2 id=title_id.clone()>{title}</h2>
                    <button class="close" aria-label=t!("close-escape") on:click=move |_| close()>
                        "✕"
                    </button>
                </div>
                <Show when=move || open.get()>{children()}</Show>
            </div>
        </dialog>
    }
}

/// Keeps Tab inside the dialog: from its last control to its first, and back with
/// Shift+Tab. Returns whether it moved focus.
fn wrap_tab(dialog: &web_sys::HtmlDialogElement, back: bool) -> bool {
    let Ok(list) = dialog.query_selector_all(
        "button:not([disabled]), input:not([disabled]), select, a[href], [tabindex]:not([tabindex='-1'])",
    ) else {
        return false;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|k| list.item(k)?.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| el.offset_parent().is_some())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return false;
    };
    let current = focused();
    let (edge, to) = if back { (first, last) } else { (last, first) };
    if current
        .as_ref()
        .is_none_or(|c| c == edge || !dialog.contains(Some(c)))
    {
        let _ = to.focus();
        return true;
    }
    false
}
