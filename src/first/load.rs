//! Fetching the dataset: progress while it arrives, a time limit for a server that never
//! answers or stops sending, a refusal when a link on this site redirects elsewhere, and
//! the error panel that says which of these happened (with a retry where retrying can
//! help). The bundled timeline comes packed by the build; reading and checking any other
//! file is the import chunk's.

use leptos::prelude::*;
use std::sync::Arc;
use timeline_core::t;
use timeline_core::{LoadError, Timeline};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Seconds without an answer, or without a byte of the body, before giving up.
pub const STALL_SECONDS: u32 = 20;
/// The largest file read, in bytes (100,000 events of the benchmark are about 40 MB).
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// Why the app could not show a timeline.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadFailure {
    Network {
        url: String,
        message: String,
    },
    Http {
        url: String,
        status: u16,
        text: String,
    },
    /// Nothing arrived for [`STALL_SECONDS`].
    Timeout {
        url: String,
    },
    /// A dataset on this site redirected to another one (`to`, unless the page's
    /// Content-Security-Policy refused it before the app could see where).
    Redirected {
        url: String,
        to: Option<String>,
    },
    /// Larger than [`MAX_BYTES`].
    TooLarge {
        url: String,
    },
    Data {
        url: String,
        error: LoadError,
    },
}

impl LoadFailure {
    /// Whether trying again may help (the network, not the file).
    pub fn retry_may_help(&self) -> bool {
        matches!(
            self,
            LoadFailure::Network { .. } | LoadFailure::Timeout { .. } | LoadFailure::Http { .. }
        )
    }
}

/// Bytes received so far, and how many are expected where the server says; then events
/// read and checked, of how many.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Progress {
    pub received: f64,
    pub total: Option<f64>,
    pub events: Option<(usize, usize)>,
}

/// Events (or rows) read and checked per task: about 20 ms of work on a laptop.
pub const EVENTS_PER_TASK: usize = 2000;

pub(crate) fn origin_of(url: &str) -> Option<String> {
    web_sys::Url::new(url).ok().map(|u| u.origin())
}

/// Aborts the fetch unless `bump` is called at least every [`STALL_SECONDS`].
struct Watchdog {
    controller: web_sys::AbortController,
    timer: std::cell::Cell<Option<i32>>,
    fired: std::rc::Rc<std::cell::Cell<bool>>,
    on_fire: Closure<dyn FnMut()>,
}

impl Watchdog {
    fn new() -> Option<Watchdog> {
        let controller = web_sys::AbortController::new().ok()?;
        let fired = std::rc::Rc::new(std::cell::Cell::new(false));
        let (c, f) = (controller.clone(), fired.clone());
        let on_fire = Closure::new(move || {
            f.set(true);
            c.abort();
        });
        let w = Watchdog {
            controller,
            timer: std::cell::Cell::new(None),
            fired,
            on_fire,
        };
        w.bump();
        Some(w)
    }

    fn bump(&self) {
        let Some(win) = web_sys::window() else { return };
        if let Some(t) = self.timer.take() {
            win.clear_timeout_with_handle(t);
        }
        self.timer.set(
            win.set_timeout_with_callback_and_timeout_and_arguments_0(
                self.on_fire.as_ref().unchecked_ref(),
                STALL_SECONDS as i32 * 1000,
            )
            .ok(),
        );
    }
}

/// Notes whether the page's Content-Security-Policy refused a request while it lives:
/// `connect-src 'self'` stops a redirect to another site before the fetch can report it.
struct Refusals {
    seen: std::rc::Rc<std::cell::Cell<bool>>,
    on_violation: Closure<dyn FnMut(web_sys::Event)>,
}

impl Refusals {
    fn watch() -> Refusals {
        let seen = std::rc::Rc::new(std::cell::Cell::new(false));
        let s = seen.clone();
        let on_violation = Closure::new(move |e: web_sys::Event| {
            let directive = js_sys::Reflect::get(&e, &"effectiveDirective".into())
                .ok()
                .and_then(|d| d.as_string());
            if directive.as_deref() == Some("connect-src") {
                s.set(true);
            }
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = doc.add_event_listener_with_callback(
                "securitypolicyviolation",
                on_violation.as_ref().unchecked_ref(),
            );
        }
        Refusals { seen, on_violation }
    }
}

impl Drop for Refusals {
    fn drop(&mut self) {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ = doc.remove_event_listener_with_callback(
                "securitypolicyviolation",
                self.on_violation.as_ref().unchecked_ref(),
            );
        }
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        if let (Some(t), Some(win)) = (self.timer.take(), web_sys::window()) {
            win.clear_timeout_with_handle(t);
        }
    }
}

fn network(url: &str, e: JsValue) -> LoadFailure {
    LoadFailure::Network {
        url: url.to_string(),
        message: e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| t!("load-request-failed")),
    }
}

/// Fetches the file at `url`, reporting bytes as they arrive: within the stall and size
/// limits, from this site unless the link named another.
async fn fetch_bytes(url: &str, progress: RwSignal<Progress>) -> Result<Vec<u8>, LoadFailure> {
    let url = url.to_string();
    let window = web_sys::window().ok_or_else(|| network(&url, JsValue::NULL))?;
    let dog = Watchdog::new();
    let init = web_sys::RequestInit::new();
    if let Some(d) = &dog {
        init.set_signal(Some(&d.controller.signal()));
    }
    let failed = |e: JsValue| match &dog {
        Some(d) if d.fired.get() => LoadFailure::Timeout { url: url.clone() },
        _ => network(&url, e),
    };
    let refusals = Refusals::watch();
    let fetched = JsFuture::from(window.fetch_with_str_and_init(&url, &init)).await;
    // The violation event is queued as a task of its own: let it arrive.
    if fetched.is_err() {
        crate::first::frame::next_task().await;
    }
    let refused = refusals.seen.get();
    drop(refusals);
    let resp: web_sys::Response = match fetched {
        Ok(r) => r.unchecked_into(),
        Err(_) if refused => {
            return Err(LoadFailure::Redirected {
                url: url.clone(),
                to: None,
            })
        }
        Err(e) => return Err(failed(e)),
    };
    if let Some(d) = &dog {
        d.bump();
    }
    // A link on this site that ends up elsewhere is not this site's content.
    let here = window.location().origin().ok();
    let elsewhere = timeline_core::urlstate::data_host(&url).is_some();
    if !elsewhere && here.is_some() && origin_of(&resp.url()) != here {
        return Err(LoadFailure::Redirected {
            url,
            to: Some(resp.url()),
        });
    }
    if !resp.ok() {
        return Err(LoadFailure::Http {
            url,
            status: resp.status(),
            text: resp.status_text(),
        });
    }
    let total = resp
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|n| n as f64)
        // A compressed body's length says nothing about the bytes read here.
        .filter(|_| {
            resp.headers()
                .get("content-encoding")
                .ok()
                .flatten()
                .is_none()
        });
    if total.is_some_and(|t| t > MAX_BYTES as f64) {
        return Err(LoadFailure::TooLarge { url });
    }
    progress.try_set(Progress {
        received: 0.0,
        total,
        events: None,
    });
    let mut bytes: Vec<u8> = Vec::new();
    if let Some(body) = resp.body() {
        let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
        loop {
            let chunk = JsFuture::from(reader.read()).await.map_err(failed)?;
            if let Some(d) = &dog {
                d.bump();
            }
            let done = js_sys::Reflect::get(&chunk, &"done".into())
                .ok()
                .and_then(|d| d.as_bool())
                .unwrap_or(true);
            if done {
                break;
            }
            if let Ok(value) = js_sys::Reflect::get(&chunk, &"value".into()) {
                let array: js_sys::Uint8Array = value.unchecked_into();
                let at = bytes.len();
                if at + array.length() as usize > MAX_BYTES {
                    let _ = reader.cancel();
                    return Err(LoadFailure::TooLarge { url });
                }
                bytes.resize(at + array.length() as usize, 0);
                array.copy_to(&mut bytes[at..]);
                progress.try_set(Progress {
                    received: bytes.len() as f64,
                    total,
                    events: None,
                });
            }
        }
    }
    drop(dog);
    Ok(bytes)
}

/// The folder of this build's files ("app-<hash>/"), which index.html names: the packed
/// bundled timeline is there, beside the code it was packed for.
fn app_folder() -> Option<String> {
    js_sys::Reflect::get(&js_sys::global(), &"__appDir".into())
        .ok()?
        .as_string()
}

/// The timeline at `url`: the bundled one, packed by the build and read as it is
/// (`timeline_core::pack`: no parsing, no validation, which the build did); any other file
/// (our JSON, TimelineJS, a spreadsheet) read and checked in the import chunk, in slices,
/// each in a task of its own so a large file never blocks the page for long.
pub async fn fetch_timeline(
    url: String,
    progress: RwSignal<Progress>,
) -> Result<Arc<Timeline>, LoadFailure> {
    let data = |error| LoadFailure::Data {
        url: url.clone(),
        error,
    };
    if url == timeline_core::urlstate::DEFAULT_DATA {
        if let Some(folder) = app_folder() {
            let bytes = fetch_bytes(&format!("{folder}timeline.bin"), progress).await?;
            crate::first::frame::next_task().await;
            let t = timeline_core::pack::unpack(&bytes).map_err(|message| {
                data(LoadError::Syntax {
                    line: 1,
                    column: 1,
                    message,
                })
            })?;
            return Ok(Arc::new(t));
        }
    }
    let bytes = fetch_bytes(&url, progress).await?;
    let text = String::from_utf8(bytes).map_err(|_| {
        data(LoadError::Syntax {
            line: 1,
            column: 1,
            message: t!("load-not-utf8"),
        })
    })?;
    crate::first::frame::next_task().await;
    // Relative media in the file are resolved against its address.
    let address = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .and_then(|here| web_sys::Url::new_with_base(&url, &here).ok())
        .map(|u| u.href());
    let name = url.rsplit('/').next().unwrap_or(&url).to_string();
    let reading = crate::chunks::import(text, name, address, progress)
        .await
        .map_err(|_| LoadFailure::Network {
            url: url.clone(),
            message: t!("load-import-missing"),
        })?;
    let loaded = reading.await.map(Arc::new).map_err(data);
    crate::first::frame::next_task().await;
    loaded
}

fn megabytes(b: f64) -> String {
    let tenths = (b / 1e5).round();
    t!(
        "loading-megabytes",
        amount = timeline_core::i18n::number(tenths / 10.0)
    )
}

/// "Loading the timeline…", with how much has arrived once that is worth saying.
#[component]
pub fn Loading(progress: RwSignal<Progress>) -> impl IntoView {
    let detail = move || {
        let p = progress.get();
        if let Some((done, all)) = p.events {
            return Some(format!(" {}", t!("loading-events", n = done, total = all)));
        }
        (p.received >= 1e6).then(|| match p.total {
            Some(t) if t >= p.received => format!(
                " {}",
                t!(
                    "loading-bytes-of",
                    got = megabytes(p.received),
                    all = megabytes(t)
                )
            ),
            _ => format!(" {}", t!("loading-bytes", got = megabytes(p.received))),
        })
    };
    view! { <p class="loading" role="status">{t!("loading-timeline")} {detail}</p> }
}
