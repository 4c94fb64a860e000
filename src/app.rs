//! Loading and the page frame: fetches the dataset, shows a specific error panel when
//! that fails, and lays out header, filters, strip, overview and panels. Creates the
//! shared `AppState` and the keyboard shortcuts.

use crate::chunks::{self, OnDemand};
use crate::filters::FilterBar;
use crate::overview::Overview;
use crate::projection::{pan_to, set_projection};
use crate::state::{AppState, Dialog, Theme};
use crate::strip::Strip;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use timeline_core::scale::Window;
use timeline_core::urlstate::{self, ViewState};
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
    #[prop(optional)] link: ViewState,
    #[prop(optional)] notices: Option<RwSignal<Vec<String>>>,
) -> impl IntoView {
    let notices = notices.unwrap_or_else(|| RwSignal::new(Vec::new()));
    let state = AppState::new(timeline.clone(), notices, link.data.clone());
    provide_context(state);
    crate::url::apply_link(&state, link);
    crate::url::sync(state);
    crate::projection::install(state);
    chunks::prefetch_all();

    let filters_open = RwSignal::new(false);
    let handle = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        if typing_in_field(&e) {
            if e.key() == "Escape" {
                blur_active();
            }
            return;
        }
        // In projection, the arrows always step (presentation clickers send them).
        let open = state.selected.get_untracked().is_some() || state.projection.get_untracked();
        let on_button = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlButtonElement>(t).ok())
            .is_some();
        let span = state.window.get_untracked().span();
        let l = state.limits;
        let handled = match e.key().as_str() {
            "+" | "=" => {
                state.zoom(0.8);
                true
            }
            "-" | "_" => {
                state.zoom(1.25);
                true
            }
            "0" => {
                state.fit_all();
                true
            }
            "/" => {
                focus_search();
                true
            }
            "p" | "P" => {
                set_projection(state, !state.projection.get_untracked());
                true
            }
            "l" | "L" => {
                state.list.update(|l| *l = !*l);
                true
            }
            "r" | "R" => {
                state.reveal.update(|r| *r = !*r);
                true
            }
            " " if !on_button => {
                state.step(if e.shift_key() { -1 } else { 1 });
                true
            }
            "ArrowLeft" if !open => {
                state.window.update(|w| *w = w.pan(-span * 0.1, &l));
                true
            }
            "ArrowRight" if !open => {
                state.window.update(|w| *w = w.pan(span * 0.1, &l));
                true
            }
            "ArrowLeft" | "PageUp" => {
                state.step(-1);
                true
            }
            "ArrowRight" | "PageDown" => {
                state.step(1);
                true
            }
            "Home" => {
                state.jump_to_end(false);
                true
            }
            "End" => {
                state.jump_to_end(true);
                true
            }
            "Escape" if state.dialog.get_untracked() != Dialog::None => {
                state.dialog.set(Dialog::None);
                true
            }
            "Escape" => {
                state.selected.set(None);
                true
            }
            _ => false,
        };
        if handled {
            e.prevent_default();
        }
    });
    on_cleanup(move || handle.remove());

    // Bring a newly selected event into view: in projection always centre it, otherwise
    // only when it is off screen. Animated unless the user prefers reduced motion.
    let pan_generation = StoredValue::new(0u32);
    Effect::new(move |prev: Option<Option<usize>>| {
        let sel = state.selected.get();
        let projecting = state.projection.get_untracked();
        // On the first run (a link opening in projection) centre without animating.
        if let (Some(i), true) = (sel, prev.is_some() || projecting) {
            let (t0, t1) = state
                .timeline
                .with_value(|t| (t.events[i].t0, t.events[i].t1));
            let w = state.window.get_untracked();
            if projecting || t1 < w.start || t0 > w.end {
                let span = w.span().max((t1 - t0) * 1.25);
                let mid = (t0 + t1) / 2.0;
                let target = Window::new(mid - span / 2.0, mid + span / 2.0).clamp(&state.limits);
                if prev.is_some() {
                    pan_to(state, target, pan_generation);
                } else {
                    state.window.set(target);
                }
            }
        }
        sel
    });

    let presets: Vec<(String, String)> = timeline
        .eras
        .iter()
        .map(|e| {
            (
                e.id.clone(),
                format!(
                    "{} ({})",
                    e.label,
                    timeline_core::date::span_label(&e.start, Some(&e.end))
                ),
            )
        })
        .collect();
    let tl = timeline.clone();
    let jump = move |ev: ev::Event| {
        let id = event_target_value(&ev);
        let l = state.limits;
        match id.as_str() {
            "" => {}
            "default" => {
                let (a, b) = tl.default_window;
                state.window.set(Window::new(a, b).clamp(&l));
            }
            "all" => state.fit_all(),
            id => {
                if let Some(era) = tl.eras.iter().find(|e| e.id == id) {
                    state.window.set(Window::fit(era.t0, era.t1, &l));
                }
            }
        }
        if let Some(sel) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
        {
            sel.set_value("");
        }
    };

    let title = timeline.title.clone();
    let subtitle = timeline.subtitle.clone();
    view! {
        <header class="top">
            <div class="titles">
                <h1>{title}</h1>
                <p class="subtitle">{subtitle}</p>
            </div>
            <nav class="tools" aria-label="View">
                <button
                    class="filters-toggle"
                    aria-expanded=move || filters_open.get().to_string()
                    on:click=move |_| filters_open.update(|o| *o = !*o)
                >
                    "Filters"
                </button>
                <select class="presets" aria-label="Jump to a period" on:change=jump>
                    <option value="">"Jump to…"</option>
                    <option value="default">"The core of the story"</option>
                    <option value="all">"Everything"</option>
                    {presets
                        .into_iter()
                        .map(|(id, label)| view! { <option value=id>{label}</option> })
                        .collect_view()}
                </select>
                <button
                    class="list-toggle"
                    title="Show the events as a list (L)"
                    aria-pressed=move || state.list.get().to_string()
                    on:click=move |_| state.list.update(|l| *l = !*l)
                >
                    {move || if state.list.get() { "Timeline" } else { "List" }}
                </button>
                <div class="zoom-controls" role="group" aria-label="Zoom">
                    <button class="zoom-in" title="Zoom in (+)" aria-label="Zoom in" on:click=move |_| state.zoom(0.8)>
                        "+"
                    </button>
                    <button class="zoom-out" title="Zoom out (−)" aria-label="Zoom out" on:click=move |_| state.zoom(1.25)>
                        "−"
                    </button>
                    <button class="fit-all" title="Show everything (0)" on:click=move |_| state.fit_all()>
                        "Fit all"
                    </button>
                </div>
                <button class="sources-button" on:click=move |_| state.dialog.set(Dialog::Sources)>
                    "Sources"
                </button>
                <button class="tours-button" on:click=move |_| state.dialog.set(Dialog::Tours)>
                    "Tours"
                </button>
                <button
                    class="reveal-toggle"
                    title="Hide every event after the current one (R)"
                    aria-pressed=move || state.reveal.get().to_string()
                    on:click=move |_| state.reveal.update(|r| *r = !*r)
                >
                    "Reveal"
                </button>
                <select
                    class="theme"
                    aria-label="Colour theme"
                    on:change=move |ev| state.theme.set(Theme::from_id(&event_target_value(&ev)))
                    prop:value=move || state.theme.get().id()
                >
                    <option value="light">"Light"</option>
                    <option value="dark">"Dark"</option>
                    <option value="contrast">"High contrast"</option>
                </select>
                <button
                    class="projection-toggle"
                    title="Projection mode for the classroom (P)"
                    aria-pressed=move || state.projection.get().to_string()
                    on:click=move |_| set_projection(state, !state.projection.get_untracked())
                >
                    {move || if state.projection.get() { "Exit projection" } else { "Project" }}
                </button>
                <button class="share-button" on:click=move |_| state.dialog.set(Dialog::Share)>
                    "Share"
                </button>
            </nav>
        </header>
        <FilterBar open=filters_open />
        <main class="stage" class:with-panel=move || state.selected.with(|s| s.is_some())>
            <div class="timeline-area">
                <Show
                    when=move || state.list.get()
                    fallback=|| view! { <Strip /> <Overview /> }
                >
                    <OnDemand
                        when=move || state.list.get()
                        preload=chunks::preload_list
                        view=chunks::list_view
                        waiting=|| view! { <p class="loading" role="status">"Loading the list…"</p> }
                    />
                </Show>
            </div>
            <OnDemand
                when=move || state.selected.with(|s| s.is_some())
                preload=chunks::preload_panel
                view=chunks::panel_view
                waiting=|| view! { <aside class="panel" aria-busy="true"><p class="loading">"Loading…"</p></aside> }
            />
        </main>
        <OnDemand
            when=move || state.dialog.get() != Dialog::None
            preload=chunks::preload_dialogs
            view=chunks::dialogs_view
        />
    }
}

fn typing_in_field(e: &ev::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false)
}

fn focus_search() {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("input.search").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

fn blur_active() {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.blur();
    }
}
