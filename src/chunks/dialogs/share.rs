//! The share dialog: the current view's link, a copy button (Clipboard API, falling back
//! to selecting the text), a confirmation, and a large QR code for phones to scan from a
//! projected screen. The QR SVG comes from `timeline_core::share`.

use super::modal::Modal;
use crate::first::state::{use_state, Dialog};
use leptos::html::Input;
use leptos::prelude::*;
use timeline_core::t;
use wasm_bindgen::JsCast;

#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = use_state();
    let open = move || state.dialog.get() == Dialog::Share;
    // Projection is how this screen presents, not what is shown: a student scanning the
    // code from the projector gets the same view on a phone, not projection mode.
    let link = Memo::new(move |_| {
        let mut view = crate::first::url::current(&state);
        view.projection = false;
        crate::first::url::href_of(&view)
    });
    let status = RwSignal::new(String::new());
    let input = NodeRef::<Input>::new();
    let select_text = move || {
        if let Some(el) = input.get_untracked() {
            let _ = el.focus();
            el.select();
        }
    };
    let copy = move |_| {
        let text = link.get_untracked();
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        match clipboard {
            Some(cb) => {
                let promise = cb.write_text(&text);
                leptos::task::spawn_local(async move {
                    match wasm_bindgen_futures::JsFuture::from(promise).await {
                        Ok(_) => status.set(t!("share-copied")),
                        Err(_) => {
                            select_text();
                            status.set(t!("share-blocked"));
                        }
                    }
                });
            }
            None => {
                select_text();
                status.set(t!("share-selected"));
            }
        }
    };
    Effect::new(move |_| {
        if open() {
            status.set(String::new());
        }
    });
    view! {
        <Modal kind=Dialog::Share title=t!("dialog-share") class="share-dialog">
                <p class="share-note">{t!("share-note")}</p>
                <div class="link-row">
                    <input
                        class="share-link"
                        node_ref=input
                        readonly
                        aria-label=t!("share-link")
                        prop:value=move || link.get()
                        on:focus=move |ev| {
                            if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                el.select();
                            }
                        }
                    />
                    <button class="copy" on:click=copy>{t!("share-copy")}</button>
                </div>
                <p class="copy-status" role="status" aria-live="polite">{move || status.get()}</p>
                <div
                    class="qr"
                    role="img"
                    aria-label=t!("share-qr")
                    inner_html=move || {
                        timeline_core::share::qr_svg(&link.get())
                            .unwrap_or_else(|| {
                                format!(
                                    "<p>{}</p>",
                                    timeline_core::render::escape(&t!("share-too-long"))
                                )
                            })
                    }
                ></div>
                <p class="share-download">
                    {t!("share-download-lead")}
                    <button class="download-open" on:click=move |_| state.dialog.set(Dialog::Download)>
                        {t!("origin-download")}
                    </button>
                </p>
        </Modal>
    }
}
