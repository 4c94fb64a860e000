//! The download dialog: the timeline on screen (all of it, whatever the filters show) as
//! a file to keep or to take elsewhere — this app's JSON, TimelineJS JSON, or
//! TimelineJS's spreadsheet as CSV — and, once written, what the chosen format could not
//! hold. The writing itself is `timeline_core::export`, in the export chunk
//! (`chunks::export_file`); this dialog only hands the text to the browser as a file.

use super::modal::Modal;
use crate::chunks::Format;
use crate::first::state::{use_state, Dialog};
use leptos::prelude::*;
use timeline_core::t;
use wasm_bindgen::JsCast;

/// The choices: format, its key in the catalogue (`download-choice`, `download-what`),
/// file name ending, MIME type.
const CHOICES: [(Format, &str, &str, &str); 3] = [
    (Format::Ours, "ours", ".json", "application/json"),
    (
        Format::TimelineJs,
        "timelinejs",
        ".timelinejs.json",
        "application/json",
    ),
    (Format::Csv, "csv", ".csv", "text/csv"),
];

/// A file name from the timeline's title: "stalin-s-purges.timelinejs.json".
fn file_name(title: &str, ending: &str) -> String {
    let slug = timeline_core::slug::from_text(title);
    format!(
        "{}{ending}",
        if slug.is_empty() { "timeline" } else { &slug }
    )
}

/// Hands `text` to the browser as a downloaded file.
fn save(text: &str, name: &str, mime: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let doc = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The browser has the file once the click is handled.
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

#[component]
pub fn DownloadDialog() -> impl IntoView {
    let state = use_state();
    let status = RwSignal::new(Vec::<String>::new());
    let busy = RwSignal::new(false);
    Effect::new(move |_| {
        if state.dialog.get() == Dialog::Download {
            status.set(Vec::new());
        }
    });
    let download = move |k: usize| {
        let (format, _, ending, mime) = CHOICES[k];
        let t = state.timeline();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let name = file_name(&t.title, ending);
            let lines = match crate::chunks::export_file(t, format).await {
                Ok(out) => match save(&out.text, &name, mime) {
                    Some(()) => {
                        let mut lines = vec![t!("download-saved", file = name.clone())];
                        lines.extend(out.notice);
                        lines
                    }
                    None => vec![t!("download-refused")],
                },
                Err(_) => vec![t!("download-missing")],
            };
            status.set(lines);
            busy.set(false);
        });
    };
    let n = state.timeline().events.len();
    view! {
        <Modal kind=Dialog::Download title=t!("dialog-download") class="download-dialog">
            <p>
                {t!("download-intro", n = n)}
            </p>
            <ul class="download-choices">
                {CHOICES
                    .iter()
                    .enumerate()
                    .map(|(k, (_, key, _, _))| {
                        view! {
                            <li>
                                <button
                                    class="download-choice"
                                    data-autofocus=(k == 0).then_some("")
                                    disabled=move || busy.get()
                                    on:click=move |_| download(k)
                                >
                                    {t!("download-choice", format = *key)}
                                </button>
                                <span class="download-what">{t!("download-what", format = *key)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <div class="download-status" role="status" aria-live="polite">
                {move || status.get().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
            </div>
        </Modal>
    }
}
