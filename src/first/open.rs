//! Teachers' own timelines in the page: the "Open timeline…" button and dropping a file
//! anywhere on the page read a file on this device (never uploaded), convert it in the
//! import chunk (`chunks::import`: our JSON, TimelineJS JSON or CSV), and show it in
//! place of the current timeline; a file that cannot be opened lists its problems with
//! their lines while the current timeline stays. Also the line under the header that says
//! where a timeline comes from (a file, another site), with the way back to the default.

use crate::first::load::MAX_BYTES;
use crate::first::state::Dialog;
use leptos::prelude::*;
use std::sync::Arc;
use timeline_core::t;
use timeline_core::{LoadError, Timeline};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Where the timeline shown comes from.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Origin {
    /// The bundled dataset.
    #[default]
    Bundled,
    /// Another file on this site (`?data=path`).
    Site(String),
    /// An https address on another site: its host.
    Web(String),
    /// A file opened on this device: its name.
    File(String),
}

impl Origin {
    /// The origin of a `?data=` value (`None`: the bundled dataset).
    pub fn of_data(data: Option<&str>) -> Origin {
        match data {
            None => Origin::Bundled,
            Some(d) => match timeline_core::urlstate::data_host(d) {
                Some(host) => Origin::Web(host.to_string()),
                None if d == timeline_core::urlstate::DEFAULT_DATA => Origin::Bundled,
                None => Origin::Site(d.to_string()),
            },
        }
    }
}

/// Why a file could not be opened (worded by the problems chunk).
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    /// Over [`MAX_BYTES`].
    TooLarge,
    /// The browser could not read it.
    Unreadable,
    /// The part of the app that reads files did not arrive.
    NoReader,
    /// Its content: a syntax error, or every problem with its line.
    Content(LoadError),
}

/// A file that could not be opened: its name, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenFailure {
    pub name: String,
    pub error: OpenError,
}

/// The opened file's timeline, the failure of the last attempt, and whether one is under
/// way; provided by `App`.
#[derive(Clone, Copy)]
pub struct Opener {
    pub opened: RwSignal<Option<(Arc<Timeline>, String)>>,
    pub failure: RwSignal<Option<OpenFailure>>,
    pub busy: RwSignal<bool>,
}

impl Opener {
    pub fn new() -> Opener {
        Opener {
            opened: RwSignal::new(None),
            failure: RwSignal::new(None),
            busy: RwSignal::new(false),
        }
    }

    /// Reads `file` and shows its timeline, or says why it cannot.
    pub fn open(self, file: web_sys::File) {
        let name = file.name();
        let fail = move |error: OpenError| {
            self.busy.set(false);
            self.failure.set(Some(OpenFailure {
                name: name.clone(),
                error,
            }));
        };
        if file.size() > MAX_BYTES as f64 {
            fail(OpenError::TooLarge);
            return;
        }
        self.busy.set(true);
        leptos::task::spawn_local(async move {
            let text = match JsFuture::from(file.text()).await.map(|t| t.as_string()) {
                Ok(Some(t)) => t,
                _ => return fail(OpenError::Unreadable),
            };
            let reading = crate::chunks::import(
                text,
                file.name(),
                None,
                RwSignal::new(crate::first::load::Progress::default()),
            )
            .await;
            let Ok(reading) = reading else {
                return fail(OpenError::NoReader);
            };
            match reading.await {
                Ok(t) => {
                    self.busy.set(false);
                    self.failure.set(None);
                    // The link's view (event, filters) was about the timeline before.
                    if let Some(w) = web_sys::window() {
                        let path = w.location().pathname().unwrap_or_default();
                        if let Ok(h) = w.history() {
                            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&path));
                        }
                    }
                    self.opened.set(Some((Arc::new(t), file.name())));
                }
                Err(e) => fail(OpenError::Content(e)),
            }
        });
    }
}

/// The first file of a file input's or a drop's list.
pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|f| f.get(0))
}

/// Dropping a file anywhere on the page opens it; the page says it will while a file is
/// dragged over it.
pub fn install_drop(opener: Opener) {
    let files_in = |e: &web_sys::DragEvent| {
        e.data_transfer().is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let mark = |on: bool| {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force("dropping", on);
        }
    };
    let over = window_event_listener(leptos::ev::dragover, move |e| {
        if files_in(&e) {
            e.prevent_default();
            mark(true);
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |e| {
        // Leaving the window (not one element for another).
        if e.related_target().is_none() {
            mark(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |e| {
        mark(false);
        if files_in(&e) {
            e.prevent_default();
            if let Some(f) = first_file(e.data_transfer().and_then(|d| d.files())) {
                opener.open(f);
            }
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
}

/// The line under the header for a timeline that is not the bundled one: where it comes
/// from, and the way back.
#[component]
pub fn OriginNote(origin: Origin) -> impl IntoView {
    // Where the timeline loaded, it can be downloaded (not where it failed to load).
    let state = use_context::<crate::first::state::AppState>();
    let text = match &origin {
        Origin::Bundled => return ().into_any(),
        Origin::Site(path) => t!("origin-site", path = path),
        Origin::Web(host) => {
            t!("origin-web", host = host)
        }
        Origin::File(name) => t!("origin-file", file = name),
    };
    // Back to the bundled dataset: the page itself, without parameters.
    let back = move |_| {
        if let Some(w) = web_sys::window() {
            let path = w.location().pathname().unwrap_or_default();
            let _ = w.location().set_href(&path);
        }
    };
    view! {
        <section class="origin-note" aria-label=t!("origin-label")>
            <span>{text}</span>
            {state.map(|state| view! {
                <button class="download-open" on:click=move |_| state.dialog.set(Dialog::Download)>{t!("origin-download")}</button>
            })}
            <button class="back-to-default" on:click=back>{t!("origin-back")}</button>
        </section>
    }
    .into_any()
}
