//! The filter bar: search box with a live count, category toggles (colour, symbol and a
//! count that follows the other filters), buttons opening the people and source pickers,
//! "Sources differ" (only events with a recorded dispute, with its count),
//! dim-or-hide, and one "clear" action. Writes only to `AppState::filter` and `unmatched`,
//! and opens the pickers' dialogs (`AppState::dialog`).

use crate::first::state::{use_state, Dialog};
use leptos::prelude::*;
use timeline_core::filter::toggle;
use timeline_core::t;
use timeline_core::urlstate::Unmatched;

#[component]
pub fn FilterBar(open: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let t = state.timeline();
    let total = t.events.len();
    // A class's own timeline may have no people, sources or disputes: no filters for them.
    let (no_people, no_sources, no_disputes) = (
        t.people.is_empty(),
        t.sources.is_empty(),
        t.events.iter().all(|e| e.disputes.is_empty()),
    );
    let count = move || state.matches.with(|m| m.count);

    let cats = t
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let id = c.id.clone();
            let id2 = id.clone();
            let on = move || state.filter.with(|f| f.categories.contains(&id));
            let label = c.label.clone();
            let symbol = c.symbol.clone().unwrap_or_default();
            view! {
                <button
                    class="cat"
                    class:on=on.clone()
                    aria-pressed=move || on().to_string()
                    data-cat=i
                    title=c.description.clone().unwrap_or_default()
                    on:click=move |_| state.filter.update(|f| toggle(&mut f.categories, &id2))
                >
                    <span class="symbol" aria-hidden="true">{symbol}</span>
                    <span class="cat-label">{label}</span>
                    <span class="count">{move || state.matches.with(|m| m.per_category[i])}</span>
                </button>
            }
        })
        .collect_view();

    let n_people = move || state.filter.with(|f| f.people.len());
    let n_sources = move || state.filter.with(|f| f.sources.len());

    view! {
        <section class="filters" class:open=move || open.get() aria-label=t!("header-filters")>
            <div class="search-row">
                <input
                    class="search"
                    type="search"
                    placeholder=t!("filters-search-placeholder")
                    aria-label=t!("filters-search")
                    prop:value=move || state.filter.with(|f| f.text.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        state.filter.update(|f| f.text = v);
                    }
                />
                <span class="match-count" role="status" aria-live="polite">
                    {move || {
                        let all = timeline_core::words::events(total);
                        if state.filter.with(|f| f.is_empty()) {
                            all
                        } else {
                            let n = count();
                            t!("filters-match-count", n = n, all = all)
                        }
                    }}
                </span>
            </div>
            <div class="pickers">
                <button
                    class="picker-button people-button"
                    hidden=no_people
                    aria-haspopup="dialog"
                    class:active=move || state.filter.with(|f| !f.people.is_empty())
                    on:click=move |_| state.dialog.set(Dialog::People)
                >
                    {t!("filters-by-person")}
                    {move || (n_people() > 0).then(|| format!(" ({})", n_people()))}
                </button>
                <button
                    class="picker-button sources-filter-button"
                    hidden=no_sources
                    aria-haspopup="dialog"
                    class:active=move || state.filter.with(|f| !f.sources.is_empty())
                    on:click=move |_| state.dialog.set(Dialog::SourceFilter)
                >
                    {t!("filters-by-source")}
                    {move || (n_sources() > 0).then(|| format!(" ({})", n_sources()))}
                </button>
                <button
                    class="picker-button differ-button"
                    hidden=no_disputes
                    title=t!("filters-differ-title")
                    aria-pressed=move || state.filter.with(|f| f.differ).to_string()
                    on:click=move |_| state.filter.update(|f| f.differ = !f.differ)
                >
                    <span aria-hidden="true">"⚠ "</span>
                    {t!("filters-differ")}
                    <span class="count">{move || state.matches.with(|m| m.differ)}</span>
                </button>
                <div class="unmatched" role="group" aria-label=t!("filters-unmatched")>
                    <button
                        aria-pressed=move || (state.unmatched.get() == Unmatched::Dim).to_string()
                        on:click=move |_| state.unmatched.set(Unmatched::Dim)
                    >
                        {t!("filters-dim")}
                    </button>
                    <button
                        aria-pressed=move || (state.unmatched.get() == Unmatched::Hide).to_string()
                        on:click=move |_| state.unmatched.set(Unmatched::Hide)
                    >
                        {t!("filters-hide")}
                    </button>
                </div>
                <button
                    class="clear"
                    disabled=move || state.filter.with(|f| f.is_empty())
                    on:click=move |_| state.clear_filters()
                >
                    {t!("filters-clear")}
                </button>
            </div>
            <div class="cat-toggles" role="group" aria-label=t!("filters-categories")>
                {cats}
            </div>
        </section>
    }
}

/// Shown over the strip or the list when no event passes the filters.
#[component]
pub fn NoMatch() -> impl IntoView {
    let state = use_state();
    view! {
        <Show when=move || state.matches.with(|m| m.count == 0)>
            <div class="no-match" role="status">
                <p>{t!("filters-no-match")}</p>
                <button on:click=move |_| state.clear_filters()>{t!("filters-clear")}</button>
            </div>
        </Show>
    }
}
