//! The filter bar: search box with a live count, category toggles (colour, symbol and a
//! count that follows the other filters), people and source pickers, dim-or-hide, and
//! one "clear" action. Writes only to `AppState::filter` and `unmatched`.

use crate::state::use_state;
use leptos::prelude::*;
use timeline_core::filter::normalise;
use timeline_core::urlstate::Unmatched;

fn toggle(set: &mut std::collections::BTreeSet<String>, id: &str) {
    if !set.remove(id) {
        set.insert(id.to_string());
    }
}

#[component]
pub fn FilterBar(open: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let t = state.timeline();
    let total = t.events.len();
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
                    style:--cat-colour=c.colour.clone()
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

    let person_query = RwSignal::new(String::new());
    let people: Vec<(String, String, String)> = {
        let mut v: Vec<_> = t
            .people
            .iter()
            .map(|p| {
                let spellings = std::iter::once(p.name.as_str())
                    .chain(p.aliases.iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join(" ");
                (p.id.clone(), p.name.clone(), normalise(&spellings))
            })
            .collect();
        v.sort_by(|a, b| a.1.cmp(&b.1));
        v
    };
    let people_list = people
        .into_iter()
        .map(|(id, name, hay)| {
            let id2 = id.clone();
            let checked = move || state.filter.with(|f| f.people.contains(&id));
            let visible = move || {
                let q = normalise(&person_query.get());
                q.is_empty() || hay.contains(&q)
            };
            view! {
                <li class:hidden=move || !visible()>
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=checked
                            on:change=move |_| state.filter.update(|f| toggle(&mut f.people, &id2))
                        />
                        {name}
                    </label>
                </li>
            }
        })
        .collect_view();
    let n_people = move || state.filter.with(|f| f.people.len());

    let sources_list = t
        .sources
        .iter()
        .map(|s| {
            let id = s.id.clone();
            let id2 = id.clone();
            let checked = move || state.filter.with(|f| f.sources.contains(&id));
            view! {
                <li>
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=checked
                            on:change=move |_| state.filter.update(|f| toggle(&mut f.sources, &id2))
                        />
                        {s.title.clone()}
                        <span class="kind">{format!(" — {}", s.kind)}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let n_sources = move || state.filter.with(|f| f.sources.len());

    view! {
        <section class="filters" class:open=move || open.get() aria-label="Filters">
            <div class="search-row">
                <input
                    class="search"
                    type="search"
                    placeholder="Search events, people, sources  ( / )"
                    aria-label="Search events"
                    prop:value=move || state.filter.with(|f| f.text.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        state.filter.update(|f| f.text = v);
                    }
                />
                <span class="match-count" role="status" aria-live="polite">
                    {move || {
                        if state.filter.with(|f| f.is_empty()) {
                            format!("{total} events")
                        } else {
                            format!("{} of {total} events match", count())
                        }
                    }}
                </span>
            </div>
            <div class="pickers">
                <details class="picker people-picker">
                    <summary>
                        "People"
                        {move || (n_people() > 0).then(|| format!(" ({})", n_people()))}
                    </summary>
                    <input
                        class="person-search"
                        type="search"
                        placeholder="Find a person (any spelling)"
                        aria-label="Find a person"
                        on:input=move |ev| person_query.set(event_target_value(&ev))
                    />
                    <ul>{people_list}</ul>
                </details>
                <details class="picker sources-picker">
                    <summary>
                        "Sources"
                        {move || (n_sources() > 0).then(|| format!(" ({})", n_sources()))}
                    </summary>
                    <ul>{sources_list}</ul>
                </details>
                <div class="unmatched" role="group" aria-label="Events that do not match">
                    <button
                        aria-pressed=move || (state.unmatched.get() == Unmatched::Dim).to_string()
                        on:click=move |_| state.unmatched.set(Unmatched::Dim)
                    >
                        "Dim others"
                    </button>
                    <button
                        aria-pressed=move || (state.unmatched.get() == Unmatched::Hide).to_string()
                        on:click=move |_| state.unmatched.set(Unmatched::Hide)
                    >
                        "Hide others"
                    </button>
                </div>
                <button
                    class="clear"
                    disabled=move || state.filter.with(|f| f.is_empty())
                    on:click=move |_| state.clear_filters()
                >
                    "Clear filters"
                </button>
            </div>
            <div class="cat-toggles" role="group" aria-label="Categories: show events in any selected">
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
                <p>"No event matches these filters."</p>
                <button on:click=move |_| state.clear_filters()>"Clear filters"</button>
            </div>
        </Show>
    }
}
