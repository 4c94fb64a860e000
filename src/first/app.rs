//! Loading and the page frame: fetches the dataset, shows a specific error panel when
//! that fails, and lays out header, filters, strip, overview and panels. Creates the
//! shared `AppState` and the keyboard shortcuts.

use crate::chunks::{self, OnDemand};
use crate::first::filters::FilterBar;
use crate::first::frame::Later;
use crate::first::load::{fetch_timeline, LoadFailure, Loading, Progress};
use crate::first::open::{Opener, Origin, OriginNote};
use crate::first::overview::Overview;
use crate::first::projection::pan_to;
use crate::first::state::{AppState, Dialog};
use crate::first::strip::Strip;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use timeline_core::strip::window_for;
use timeline_core::t;
use timeline_core::urlstate::{self, Layout, ViewState};
use timeline_core::Timeline;

#[component]
pub fn App() -> impl IntoView {
    crate::first::takeover::drop_unshown();
    let (link, notices) = urlstate::parse_query(&crate::first::url::search());
    let data_url = link
        .data
        .clone()
        .unwrap_or_else(|| urlstate::DEFAULT_DATA.to_string());
    // The page's own scripts know the app has started (offline use registers then).
    let _ = js_sys::Reflect::set(&js_sys::global(), &"__appStarted".into(), &true.into());
    let progress = RwSignal::new(Progress::default());
    // What the fetch brought: None while it is on its way.
    let loaded = RwSignal::new(None::<Result<Arc<Timeline>, LoadFailure>>);
    // Which fetch is the latest ("Try again" starts another): only its answer counts.
    let attempt = StoredValue::new(0u32);
    let link_lang = link.lang.clone();
    let load = move || {
        let this = attempt.get_value() + 1;
        attempt.set_value(this);
        loaded.set(None);
        let (url, asked) = (data_url.clone(), link_lang.clone());
        leptos::task::spawn_local(async move {
            // The link's language speaks from the start; the file's (or the browser's)
            // once the file has said which it is (first::lang).
            if let Some(asked) = &asked {
                crate::first::lang::speak_or_warn(timeline_core::i18n::pick([asked.as_str()]))
                    .await;
            }
            let timeline = fetch_timeline(url, progress).await;
            if let Ok(t) = &timeline {
                let code = crate::first::lang::wanted(asked.as_deref(), t.lang.as_deref());
                crate::first::lang::speak_or_warn(code).await;
            }
            if attempt.get_value() == this {
                loaded.set(Some(timeline));
            }
        });
    };
    load();
    let retry = Callback::new(move |()| load());
    let notices = RwSignal::new(notices);
    let opener = Opener::new();
    provide_context(opener);
    crate::first::open::install_drop(opener);
    let origin = Origin::of_data(link.data.as_deref());
    let redraw = crate::first::lang::Redraw(RwSignal::new(0));
    provide_context(redraw);
    view! {
        <Notices notices />
        <OnDemand
            when=move || opener.failure.with(Option::is_some)
            preload=chunks::preload_open_problems
            view=move || chunks::open_problems_view(opener)
            keep=true
        />
        {move || {
            // Drawn again in a newly chosen language, with the view the address holds now.
            let link = match redraw.0.get() {
                0 => link.clone(),
                _ => urlstate::parse_query(&crate::first::url::search()).0,
            };
            // A file opened on this device takes the place of the timeline.
            let (timeline, link, origin) = match (opener.opened.get(), loaded.get()) {
                (Some((timeline, name)), _) => {
                    notices.set(timeline.warnings.clone());
                    (timeline, ViewState::default(), Origin::File(name))
                }
                (None, None) => return view! { <Loading progress /> }.into_any(),
                (None, Some(Ok(timeline))) => {
                    if !timeline.warnings.is_empty() {
                        notices.update(|n| n.extend(timeline.warnings.iter().cloned()));
                    }
                    (timeline, link, origin.clone())
                }
                (None, Some(Err(failure))) => {
                    crate::first::takeover::give_way();
                    let other = origin != Origin::Bundled;
                    return view! {
                        <OnDemand
                            when=|| true
                            preload=chunks::preload_problems
                            view=move || chunks::error_view(failure.clone(), retry)
                            waiting=|| view! { <p class="loading" role="status">{t!("app-not-loaded")}</p> }
                        />
                        {other.then(|| view! { <OriginNote origin=origin.clone() /> })}
                    }
                    .into_any();
                }
            };
            view! { <LoadedApp timeline link notices origin /> }.into_any()
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
                <button class="dismiss" on:click=move |_| notices.set(Vec::new())>{t!("app-dismiss")}</button>
            </div>
        </Show>
    }
}

/// The whole interactive view of a loaded timeline.
#[component]
pub fn LoadedApp(
    timeline: Arc<Timeline>,
    #[prop(optional)] link: ViewState,
    #[prop(optional)] notices: Option<RwSignal<Vec<String>>>,
    /// Where the timeline comes from, said under the header unless it is the bundled one.
    #[prop(optional)]
    origin: Origin,
) -> impl IntoView {
    let notices = notices.unwrap_or_else(|| RwSignal::new(Vec::new()));
    let state = AppState::new(timeline.clone(), notices, link.data.clone());
    provide_context(state);
    crate::first::url::apply_link(&state, link);
    crate::first::takeover::install(state);
    crate::first::url::sync(state);
    // A new pick of sources shows those sources' columns alone again.
    Effect::new(move |prev: Option<std::collections::BTreeSet<String>>| {
        let picked = state.filter.with(|f| f.sources.clone());
        if prev.is_some_and(|p| p != picked) {
            state.all_sources.set(false);
        }
        picked
    });
    crate::first::projection::install(state);
    crate::first::focus::install(state);
    print_mode(state);
    chunks::prefetch_all();

    let filters_open = RwSignal::new(false);
    let handle = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if crate::first::keys::on_key(state, &e) {
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
            let w = state.window.get_untracked();
            let to = state
                .timeline
                .with_value(|t| window_for(t, i, &w, &state.limits, projecting));
            match (to, prev.is_some()) {
                (Some(to), true) => pan_to(state, to, pan_generation),
                (Some(to), false) => state.window.set(to),
                (None, _) => {}
            }
        }
        sel
    });

    let activity = move || state.in_activity();
    let panel_open = move || state.panel_open();

    view! {
        <crate::first::focus::SkipLinks />
        <crate::first::header::Header filters_open />
        <OriginNote origin />
        <FilterBar open=filters_open />
        <main class="stage" class:with-panel=panel_open>
            <div class="timeline-area">
                <Show
                    when=move || state.layout.get() != Layout::Strip
                    fallback=|| view! {
                        // A task after the rest, together (each is sized by the other), in
                        // place holders of their own classes: nothing above them moves.
                        <Later
                            fallback=|| view! {
                                <div class="strip unmeasured"></div>
                                <div class="overview unmeasured" aria-hidden="true"></div>
                            }
                        >
                            <Strip />
                            <Overview />
                        </Later>
                    }
                >
                    <OnDemand
                        when=move || state.layout.get() == Layout::List
                        preload=chunks::preload_list
                        view=chunks::list_view
                        waiting=|| view! { <p class="loading" role="status">{t!("app-loading-list")}</p> }
                    />
                    <OnDemand
                        when=activity
                        preload=chunks::preload_activity
                        view=chunks::activity_view
                        waiting=|| view! { <p class="loading" role="status">{t!("app-loading-activity")}</p> }
                    />
                    <OnDemand
                        when=move || state.layout.get() == Layout::Compare
                        preload=chunks::preload_compare
                        view=chunks::compare_view
                        waiting=|| view! { <p class="loading" role="status">{t!("app-loading-compare")}</p> }
                    />
                </Show>
            </div>
            <OnDemand
                when=panel_open
                preload=chunks::preload_panel
                view=chunks::panel_view
                waiting=|| view! { <aside class="panel" aria-busy="true"><p class="loading">{t!("app-loading")}</p></aside> }
            />
        </main>
        <OnDemand when=move || state.printing.get() && !activity() preload=chunks::preload_print view=chunks::print_view />
        <OnDemand
            when=move || state.printing.get() && activity()
            preload=chunks::preload_activity_sheet
            view=chunks::activity_sheet_view
        />
        <OnDemand
            when=move || state.dialog.get() != Dialog::None
            preload=chunks::preload_dialogs
            view=chunks::dialogs_view
            keep=true
        />
    }
}

/// Keeps `AppState::printing` true while the page is printed (the browser's Print, and
/// print emulation, which tools and tests use), so that the handout is drawn for it.
fn print_mode(state: AppState) {
    let before = window_event_listener(ev::Custom::<ev::Event>::new("beforeprint"), move |_| {
        state.printing.set(true)
    });
    let after = window_event_listener(ev::Custom::<ev::Event>::new("afterprint"), move |_| {
        state.printing.set(false)
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    crate::first::measure::follow_media("print", state.printing);
}
