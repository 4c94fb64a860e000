//! Loading and the page frame: fetches the dataset, shows a specific error panel when
//! that fails, and lays out header, strip and event panel. Holds the view signals.

use crate::panel::EventPanel;
use crate::strip::Strip;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use timeline_core::scale::{Limits, Window};
use timeline_core::urlstate::{self, LinkState};
use timeline_core::{LoadError, Timeline};

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
    Data {
        url: String,
        error: LoadError,
    },
}

async fn fetch_timeline(url: String) -> Result<Arc<Timeline>, LoadFailure> {
    let resp = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadFailure::Network {
            url: url.clone(),
            message: e.to_string(),
        })?;
    if !resp.ok() {
        return Err(LoadFailure::Http {
            url,
            status: resp.status(),
            text: resp.status_text(),
        });
    }
    let text = resp.text().await.map_err(|e| LoadFailure::Network {
        url: url.clone(),
        message: e.to_string(),
    })?;
    timeline_core::load(&text)
        .map(Arc::new)
        .map_err(|error| LoadFailure::Data { url, error })
}

#[component]
pub fn App() -> impl IntoView {
    let (link, notices) = urlstate::parse(&crate::url::query_pairs());
    let data_url = link
        .data
        .clone()
        .unwrap_or_else(|| urlstate::DEFAULT_DATA.to_string());
    let resource = LocalResource::new(move || fetch_timeline(data_url.clone()));
    let notices = RwSignal::new(notices);
    view! {
        <Notices notices />
        {move || match resource.get() {
            None => view! { <p class="loading" role="status">"Loading the timeline…"</p> }.into_any(),
            Some(Ok(timeline)) => view! { <LoadedApp timeline link=link.clone() notices /> }.into_any(),
            Some(Err(failure)) => view! { <ErrorPanel failure /> }.into_any(),
        }}
    }
}

#[component]
fn Notices(notices: RwSignal<Vec<String>>) -> impl IntoView {
    view! {
        <Show when=move || notices.with(|n| !n.is_empty())>
            <div class="notices" role="status">
                <ul>
                    {move || notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
                <button class="dismiss" on:click=move |_| notices.set(Vec::new())>"Dismiss"</button>
            </div>
        </Show>
    }
}

/// The error panel shown instead of the timeline when data cannot be loaded.
#[component]
pub fn ErrorPanel(failure: LoadFailure) -> impl IntoView {
    let (headline, detail, problems): (String, String, Vec<String>) = match failure {
        LoadFailure::Network { url, message } => (
            format!("Could not reach the timeline data ({url})."),
            format!("The browser reported: {message}. Check the connection and reload."),
            vec![],
        ),
        LoadFailure::Http { url, status, text } => (
            format!("Could not load the timeline data ({url})."),
            format!("The server answered {status} {text}. Check that the file exists."),
            vec![],
        ),
        LoadFailure::Data { url, error } => match error {
            LoadError::Syntax { .. } => (
                format!("The timeline data ({url}) could not be read."),
                error.to_string(),
                vec![],
            ),
            LoadError::Invalid(ref problems) => (
                format!("The timeline data ({url}) has mistakes."),
                format!("{error}; nothing is shown until they are fixed:"),
                problems.iter().map(|p| p.to_string()).collect(),
            ),
        },
    };
    let shown = problems.len().min(30);
    let more = problems.len() - shown;
    view! {
        <section class="error-panel" role="alert">
            <h2>{headline}</h2>
            <p>{detail}</p>
            <Show when=move || shown != 0>
                <ul class="problems">
                    {problems[..shown].iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                </ul>
            </Show>
            <Show when=move || more != 0>
                <p>{format!("…and {more} more.")}</p>
            </Show>
        </section>
    }
}

/// The whole interactive view of a loaded timeline.
#[component]
pub fn LoadedApp(
    timeline: Arc<Timeline>,
    #[prop(optional)] link: LinkState,
    #[prop(optional)] notices: Option<RwSignal<Vec<String>>>,
) -> impl IntoView {
    let limits = Limits::around(timeline.extent);
    let (d0, d1) = timeline.default_window;
    let window = RwSignal::new(Window::new(d0, d1).clamp(&limits));
    let initial = link.event.as_deref().and_then(|id| {
        let found = timeline.event_index(id);
        if found.is_none() {
            if let Some(n) = notices {
                n.update(|n| {
                    n.push(format!(
                        "No event \"{id}\" in this timeline; showing the whole story."
                    ))
                });
            }
        }
        found
    });
    if let Some(i) = initial {
        let (e, w) = (&timeline.events[i], window.get_untracked());
        if e.t0 < w.start || e.t1 > w.end {
            let span = w.span().max((e.t1 - e.t0) * 1.25);
            let mid = (e.t0 + e.t1) / 2.0;
            window.set(Window::new(mid - span / 2.0, mid + span / 2.0).clamp(&limits));
        }
    }
    let selected = RwSignal::new(initial);

    // Keep the link in the address bar in step with the open event.
    let tl_for_url = timeline.clone();
    let link_for_url = link.clone();
    Effect::new(move |prev: Option<()>| {
        let sel = selected.get();
        if prev.is_some() || sel.is_some() {
            let mut state = link_for_url.clone();
            state.event = sel.map(|i| tl_for_url.events[i].id.clone());
            crate::url::replace(&state);
        }
    });

    let zoom = move |factor: f64| window.update(|w| *w = w.zoom(factor, 0.5, &limits));
    let fit_all = move || {
        window.set(Window::new(limits.lo, limits.hi).clamp(&limits));
    };
    let n_events = timeline.events.len();
    let step = move |delta: isize| {
        let next = match selected.get_untracked() {
            Some(i) => (i as isize + delta).clamp(0, n_events as isize - 1) as usize,
            None if delta > 0 => 0,
            None => n_events - 1,
        };
        selected.set(Some(next));
    };

    let handle = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() || typing_in_field(&e) {
            return;
        }
        let span = window.get_untracked().span();
        let handled = match e.key().as_str() {
            "+" | "=" => {
                zoom(0.8);
                true
            }
            "-" | "_" => {
                zoom(1.25);
                true
            }
            "0" => {
                fit_all();
                true
            }
            "ArrowLeft" if selected.get_untracked().is_none() => {
                window.update(|w| *w = w.pan(-span * 0.1, &limits));
                true
            }
            "ArrowRight" if selected.get_untracked().is_none() => {
                window.update(|w| *w = w.pan(span * 0.1, &limits));
                true
            }
            "ArrowLeft" => {
                step(-1);
                true
            }
            "ArrowRight" => {
                step(1);
                true
            }
            "Escape" => {
                selected.set(None);
                true
            }
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());

    // Bring a newly selected event into view when it is off screen.
    let tl_view = timeline.clone();
    Effect::new(move |_| {
        if let Some(i) = selected.get() {
            let e = &tl_view.events[i];
            let w = window.get_untracked();
            if e.t1 < w.start || e.t0 > w.end {
                let span = w.span();
                window.set(Window::new(e.t0 - span / 2.0, e.t0 + span / 2.0).clamp(&limits));
            }
        }
    });

    let title = timeline.title.clone();
    let subtitle = timeline.subtitle.clone();
    let count = timeline.events.len();
    view! {
        <header class="top">
            <div class="titles">
                <h1>{title}</h1>
                <p class="subtitle">{subtitle} " · " {count} " events"</p>
            </div>
            <div class="zoom-controls" role="group" aria-label="Zoom">
                <button class="zoom-in" title="Zoom in (+)" aria-label="Zoom in" on:click=move |_| zoom(0.8)>"+"</button>
                <button class="zoom-out" title="Zoom out (−)" aria-label="Zoom out" on:click=move |_| zoom(1.25)>"−"</button>
                <button class="fit-all" title="Show everything (0)" on:click=move |_| fit_all()>"Fit all"</button>
            </div>
        </header>
        <main class="stage" class:with-panel=move || selected.with(|s| s.is_some())>
            <Strip timeline=timeline.clone() window limits selected />
            <EventPanel timeline=timeline.clone() selected />
        </main>
    }
}

fn typing_in_field(e: &ev::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false)
}
