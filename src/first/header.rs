//! The header: the dataset's title and the view tools (jump to a period, list, zoom,
//! sources, tours, reveal, theme, projection, share). Writes view signals only.

use crate::first::projection::set_projection;
use crate::first::state::{use_state, Dialog, Theme};
use leptos::ev;
use leptos::prelude::*;
use timeline_core::scale::Window;
use timeline_core::t;
use timeline_core::urlstate::Layout;

#[component]
pub fn Header(filters_open: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline();
    // A class's own timeline may have no sources or tours: no buttons for them then.
    let has_sources = !timeline.sources.is_empty();
    let has_tours = !timeline.tours.is_empty();
    let has_default = timeline.default_window != timeline.extent;
    // Jumping and zooming move the strip's window: the list and the table have none.
    let on_strip_only = move || state.layout.get() != Layout::Strip;
    let presets: Vec<(String, String)> = timeline
        .eras
        .iter()
        .map(|e| {
            (
                e.id.clone(),
                t!(
                    "header-period",
                    label = &e.label,
                    span = timeline_core::date::span_label(&e.start, Some(&e.end))
                ),
            )
        })
        .collect();
    // The select keeps showing the period chosen (so the arrow keys move through the
    // periods, each applied at once) until the view moves away from it.
    let preset = RwSignal::new(String::new());
    let jumped_to: StoredValue<Option<Window>> = StoredValue::new(None);
    Effect::new(move |_| {
        let w = state.window.get();
        if jumped_to.get_value().is_some_and(|j| j != w) {
            jumped_to.set_value(None);
            preset.set(String::new());
        }
    });
    let tl = timeline.clone();
    let jump = move |ev: ev::Event| {
        let id = event_target_value(&ev);
        let l = state.limits;
        let target = match id.as_str() {
            "default" => {
                let (a, b) = tl.default_window;
                Some(Window::new(a, b).clamp(&l))
            }
            "all" => Some(Window::new(l.lo, l.hi).clamp(&l)),
            id => tl
                .eras
                .iter()
                .find(|e| e.id == id)
                .map(|era| Window::fit(era.t0, era.t1, &l)),
        };
        preset.set(id);
        if let Some(w) = target {
            jumped_to.set_value(Some(w));
            state.window.set(w);
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
            <nav class="tools" aria-label=t!("header-tools")>
                <button
                    class="filters-toggle"
                    aria-expanded=move || filters_open.get().to_string()
                    on:click=move |_| filters_open.update(|o| *o = !*o)
                >
                    {t!("header-filters")}
                </button>
                <select class="presets" aria-label=t!("header-jump-label") hidden=on_strip_only prop:value=move || preset.get() on:change=jump>
                    <option value="">{t!("header-jump")}</option>
                    // A file that names no opening window opens on all of it.
                    {has_default.then(|| view! { <option value="default">{t!("header-jump-default")}</option> })}
                    <option value="all">{t!("header-jump-all")}</option>
                    {presets
                        .into_iter()
                        .map(|(id, label)| view! { <option value=id>{label}</option> })
                        .collect_view()}
                </select>
                <button
                    class="list-toggle"
                    title=t!("header-list-title")
                    aria-pressed=move || (state.layout.get() == Layout::List).to_string()
                    on:click=move |_| state.toggle_layout(Layout::List)
                >
                    {t!("header-list")}
                </button>
                <button
                    class="compare-toggle"
                    hidden=!has_sources
                    title=t!("header-compare-title")
                    aria-pressed=move || (state.layout.get() == Layout::Compare).to_string()
                    on:click=move |_| state.toggle_layout(Layout::Compare)
                >
                    {t!("header-compare")}
                </button>
                <div class="zoom-controls" role="group" aria-label=t!("header-zoom") hidden=on_strip_only>
                    <button class="zoom-in" title=t!("header-zoom-in-title") aria-label=t!("header-zoom-in") on:click=move |_| state.zoom(timeline_core::scale::ZOOM_IN)>
                        "+"
                    </button>
                    <button class="zoom-out" title=t!("header-zoom-out-title") aria-label=t!("header-zoom-out") on:click=move |_| state.zoom(timeline_core::scale::ZOOM_OUT)>
                        "−"
                    </button>
                    <button class="fit-all" title=t!("header-fit-all-title") on:click=move |_| state.fit_all()>
                        {t!("header-fit-all")}
                    </button>
                </div>
                <button class="sources-button" hidden=!has_sources on:click=move |_| state.dialog.set(Dialog::Sources)>
                    {t!("header-sources")}
                </button>
                <button class="tours-button" hidden=!has_tours on:click=move |_| state.dialog.set(Dialog::Tours)>
                    {t!("header-tours")}
                </button>
                <button class="activities-button" title=t!("header-activities-title") on:click=move |_| state.dialog.set(Dialog::Activities)>
                    {t!("header-activities")}
                </button>
                <crate::first::open::OpenButton />
                <button
                    class="reveal-toggle"
                    title=t!("header-reveal-title")
                    aria-pressed=move || state.reveal.get().to_string()
                    on:click=move |_| state.reveal.update(|r| *r = !*r)
                >
                    {t!("header-reveal")}
                </button>
                <select
                    class="theme"
                    aria-label=t!("header-theme")
                    on:change=move |ev| state.theme.set(Theme::from_id(&event_target_value(&ev)))
                    prop:value=move || state.theme.get().id()
                >
                    <option value="light">{t!("header-theme-light")}</option>
                    <option value="dark">{t!("header-theme-dark")}</option>
                    <option value="contrast">{t!("header-theme-contrast")}</option>
                </select>
                <crate::first::lang::LangMenu />
                <button
                    class="projection-toggle"
                    title=t!("header-project-title")
                    aria-pressed=move || state.projection.get().to_string()
                    on:click=move |_| set_projection(state, !state.projection.get_untracked())
                >
                    {move || if state.projection.get() { t!("header-project-exit") } else { t!("header-project") }}
                </button>
                <button class="share-button" on:click=move |_| state.dialog.set(Dialog::Share)>
                    {t!("header-share")}
                </button>
            </nav>
        </header>
    }
}
