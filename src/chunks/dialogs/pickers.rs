//! The people and source pickers: dialogs that filter the timeline to the events of the
//! people or documents ticked (any of them matches). The people picker finds a person by
//! any spelling the sources use. Writes only to `AppState::filter`.

use super::modal::Modal;
use crate::first::state::{use_state, Dialog};
use leptos::prelude::*;
use timeline_core::filter::{normalise, toggle};
use timeline_core::t;

#[component]
pub fn PeoplePicker() -> impl IntoView {
    let state = use_state();
    let query = RwSignal::new(String::new());
    let list = move || {
        let t = state.timeline();
        let mut people: Vec<_> = t
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
        people.sort_by(|a, b| a.1.cmp(&b.1));
        people
            .into_iter()
            .map(|(id, name, hay)| {
                let id2 = id.clone();
                let checked = move || state.filter.with(|f| f.people.contains(&id));
                let visible = move || {
                    let q = normalise(&query.get());
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
            .collect_view()
    };
    view! {
        <Modal kind=Dialog::People title=t!("dialog-people") class="people-picker">
            <p>{t!("people-intro")}</p>
            <input
                class="person-search"
                type="search"
                data-autofocus
                placeholder=t!("people-find-placeholder")
                aria-label=t!("people-find")
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <ul class="choices">{list}</ul>
            <ClearAndDone clear=move || state.filter.update(|f| f.people.clear()) />
        </Modal>
    }
}

#[component]
pub fn SourcePicker() -> impl IntoView {
    let state = use_state();
    let list = move || {
        let t = state.timeline();
        t.sources
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let id = s.id.clone();
                let id2 = id.clone();
                let checked = move || state.filter.with(|f| f.sources.contains(&id));
                view! {
                    <li>
                        <label>
                            <input
                                type="checkbox"
                                data-autofocus=(k == 0).then_some("")
                                prop:checked=checked
                                on:change=move |_| state.filter.update(|f| toggle(&mut f.sources, &id2))
                            />
                            {s.title.clone()}
                            <span class="kind">{format!(" — {}", s.kind)}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <Modal kind=Dialog::SourceFilter title=t!("dialog-source-filter") class="source-picker">
            <p>{t!("source-filter-intro")}</p>
            <ul class="choices">{list}</ul>
            <ClearAndDone clear=move || state.filter.update(|f| f.sources.clear()) />
        </Modal>
    }
}

/// The pickers' closing row: untick everything, or close.
#[component]
fn ClearAndDone(clear: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    let state = use_state();
    view! {
        <div class="picker-actions">
            <button on:click=move |_| clear()>{t!("pickers-untick")}</button>
            <button class="done" on:click=move |_| state.dialog.set(Dialog::None)>{t!("pickers-done")}</button>
        </div>
    }
}
