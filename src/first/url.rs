//! Browser side of link state: reads the query, applies a parsed link to the signals,
//! and keeps the address bar and page title in step with the view. Discrete changes
//! (event, filters, modes) push history entries; continuous ones (pan, zoom, typing)
//! replace the current entry, debounced. Parsing and validation live in
//! `timeline_core::urlstate`.

use crate::first::state::AppState;
use leptos::ev;
use leptos::prelude::*;
use timeline_core::scale::Window;
use timeline_core::urlstate::{self, window_dates, Layout, ViewState};
use wasm_bindgen::prelude::*;

const REPLACE_DELAY_MS: i32 = 250;

/// The current page's query string ("?event=…"), as the browser gives it.
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The view state the signals describe now.
pub fn current(state: &AppState) -> ViewState {
    let w = state.window.get();
    let event = state
        .selected
        .get()
        .map(|i| state.timeline.with_value(|t| t.events[i].id.clone()));
    let (tour, step) = match state.tour.get() {
        Some((t, k)) => (
            Some(state.timeline.with_value(|tl| tl.tours[t].id.clone())),
            Some(k + 1),
        ),
        None => (None, None),
    };
    ViewState {
        event,
        filter: state.filter.get(),
        window: Some(window_dates(w.start, w.end)),
        unmatched: state.unmatched.get(),
        projection: state.projection.get(),
        reveal: state.reveal.get(),
        layout: state.layout.get(),
        tour,
        step,
        data: state.data.get_value(),
        lang: state.lang.get(),
    }
}

/// The address of a view, absolute, for sharing.
pub fn href_of(state: &ViewState) -> String {
    let Some(win) = web_sys::window() else {
        return String::new();
    };
    let loc = win.location();
    let base = format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    );
    let q = urlstate::format(state);
    if q.is_empty() {
        base
    } else {
        format!("{base}?{q}")
    }
}

/// Applies a parsed link: checks its ids against the data (notices for the unknown ones)
/// and sets the signals.
pub fn apply_link(state: &AppState, link: ViewState) {
    let (link, notices) = state.timeline.with_value(|t| urlstate::resolve(link, t));
    if !notices.is_empty() {
        state.notices.update(|n| n.extend(notices));
    }
    state.filter.set(link.filter);
    state.unmatched.set(link.unmatched);
    if let Some((from, to)) = link.window {
        state
            .window
            .set(Window::new(from.start_value(), to.end_value()).clamp(&state.limits));
    }
    state.projection.set(link.projection);
    state.reveal.set(link.reveal);
    // An activity link without a seed gets one now, so the set can be shared as it is.
    let mut layout = link.layout;
    if let Layout::Activity(a) = &mut layout {
        if a.seed.is_none() && a.kind != timeline_core::activity::Kind::Corroborate {
            a.seed = Some(fresh_seed());
        }
    }
    state.layout.set(layout);
    state.lang.set(link.lang);
    let tour = link
        .tour
        .as_deref()
        .and_then(|id| state.timeline.with_value(|t| t.tour_index(id)));
    match tour {
        Some(t) => state.go_to_step(t, link.step.unwrap_or(1) - 1),
        None => {
            state.tour.set(None);
            let selected = link
                .event
                .and_then(|id| state.timeline.with_value(|t| t.event_index(&id)));
            state.selected.set(selected);
        }
    }
}

fn discrete_key(s: &ViewState) -> String {
    let mut d = s.clone();
    d.window = None;
    d.filter.text.clear();
    urlstate::format(&d)
}

fn write(push: bool, query: &str) {
    let Some(win) = web_sys::window() else { return };
    let Ok(history) = win.history() else { return };
    let path = win.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Keeps the address bar and title in step with the signals, and re-applies the link on
/// back/forward.
pub fn sync(state: AppState) {
    // The state the link has already been applied into: what is left to correct in the
    // address (unknown ids dropped, a tour's event added) replaces the entry the browser
    // opened, so Back still leaves the app.
    let last_discrete = StoredValue::new(discrete_key(&untracked_current(&state)));
    let pending: StoredValue<Option<i32>> = StoredValue::new(None);
    let cancel = move || {
        if let (Some(id), Some(win)) = (pending.get_value(), web_sys::window()) {
            win.clear_timeout_with_handle(id);
        }
        pending.set_value(None);
    };
    let latest = StoredValue::new(String::new());
    // Bumped by back/forward, so a push still waiting for its frame is dropped.
    let epoch = StoredValue::new(0u32);
    Effect::new(move |_| set_title(&state));
    Effect::new(move |_| {
        let vs = current(&state);
        let query = urlstate::format(&vs);
        let now = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        if now.trim_start_matches('?') == query {
            return;
        }
        let key = discrete_key(&vs);
        if key != last_discrete.get_value() {
            cancel();
            last_discrete.set_value(key);
            // After the frame that shows the change is painted: pushState costs a
            // millisecond or two, which a filter toggle at 10,000 events cannot spare.
            let at = epoch.get_value();
            crate::first::frame::after_paint(move || {
                if epoch.try_get_value() == Some(at) {
                    write(true, &query);
                }
            });
            return;
        }
        // Continuous change: one pending replace carries the latest query.
        latest.set_value(query);
        if pending.get_value().is_some() {
            return;
        }
        if let Some(win) = web_sys::window() {
            let cb = Closure::once_into_js(move || {
                // The view may be gone by now (a teacher's file replaced the timeline).
                if pending.try_set_value(None).is_some() {
                    return;
                }
                // Right after a paint, so it does not push a frame of a pan back.
                let Some(at) = epoch.try_get_value() else {
                    return;
                };
                crate::first::frame::after_paint(move || {
                    if epoch.try_get_value() == Some(at) {
                        if let Some(query) = latest.try_get_value() {
                            write(false, &query);
                        }
                    }
                });
            });
            if let Ok(id) = win.set_timeout_with_callback_and_timeout_and_arguments_0(
                cb.unchecked_ref(),
                REPLACE_DELAY_MS,
            ) {
                pending.set_value(Some(id));
            }
        }
    });
    let pop = window_event_listener(ev::popstate, move |_| {
        cancel();
        epoch.update_value(|e| *e += 1);
        let (link, notices) = urlstate::parse_query(&search());
        if !notices.is_empty() {
            state.notices.set(notices);
        }
        apply_link(&state, link);
        // Corrections of the entry Back or Forward landed on replace it, as on start-up.
        last_discrete.set_value(discrete_key(&untracked_current(&state)));
    });
    on_cleanup(move || pop.remove());
}

/// [`current`], read without subscribing to the signals.
fn untracked_current(state: &AppState) -> ViewState {
    leptos::prelude::untrack(|| current(state))
}

fn set_title(state: &AppState) {
    let title = state.timeline.with_value(|t| match state.selected.get() {
        Some(i) => format!(
            "{} ({}) — {}",
            t.events[i].title,
            t.events[i].date_label(),
            t.title
        ),
        None => t.title.clone(),
    });
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&title);
    }
}

/// A seed for an activity opened without one: from the clock, so each class gets its own
/// set; written into the link, so everyone who opens that link gets the same.
pub fn fresh_seed() -> timeline_core::activity::Seed {
    timeline_core::activity::Seed::from_u64(js_sys::Date::now() as u64)
}
