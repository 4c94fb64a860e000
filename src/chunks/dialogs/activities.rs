//! The activities menu: each class activity with what it asks of the students, whether
//! this timeline (and, for corroborating, the open event) can run it, how many cards or
//! questions to deal, and a button that starts it as a link of its own.

use super::modal::Modal;
use crate::first::state::{use_state, Dialog};
use leptos::prelude::*;
use timeline_core::activity::{self, Kind};
use timeline_core::t;
use timeline_core::urlstate::{ActivityLink, Layout};

/// What each activity asks of the students.
fn about(kind: Kind) -> String {
    t!("activity-about", kind = kind.id())
}

#[component]
pub fn ActivitiesDialog() -> impl IntoView {
    let state = use_state();
    let n = RwSignal::new(activity::DEFAULT_N);
    let start = move |kind: Kind| {
        state.dialog.set(Dialog::None);
        state.layout.set(Layout::Activity(ActivityLink {
            kind,
            n: (kind != Kind::Corroborate && n.get_untracked() != activity::DEFAULT_N)
                .then(|| n.get_untracked()),
            seed: (kind != Kind::Corroborate).then(crate::first::url::fresh_seed),
        }));
    };
    let entries = move || {
        let t = state.timeline();
        let open = state.selected.get_untracked();
        let shown = state.order.with_untracked(Vec::len);
        Kind::ALL
            .into_iter()
            .map(|kind| {
                let why = match (kind, open) {
                    (Kind::Corroborate, None) => Some(t!("activity-open-first")),
                    (Kind::Corroborate, Some(i)) => activity::corroborate::generate(&t, i)
                        .err()
                        .map(|e| e.to_string()),
                    _ => activity::available(&t, kind).err().map(|e| e.to_string()),
                };
                let note = match (kind, open) {
                    (Kind::Corroborate, Some(i)) if why.is_none() => {
                        t!("activity-open-event", title = &t.events[i].title)
                    }
                    (Kind::Corroborate, _) => String::new(),
                    _ => t!("activity-dealt-from", n = shown),
                };
                let can = why.is_none();
                view! {
                    <article class="activity-entry" data-activity=kind.id()>
                        <h3>{kind.title()}</h3>
                        <p>{about(kind)}</p>
                        <p class="activity-note">{why.unwrap_or(note)}</p>
                        <button class="start-activity" disabled=!can on:click=move |_| start(kind)>
                            {t!("activity-start", title = kind.title())}
                        </button>
                    </article>
                }
            })
            .collect_view()
    };
    let sizes = move || {
        (activity::MIN_N..=activity::MAX_N)
            .filter(|k| k % 2 == 0)
            .map(|k| view! { <option value=k.to_string() selected=k == activity::DEFAULT_N>{k}</option> })
            .collect_view()
    };
    view! {
        <Modal kind=Dialog::Activities title=t!("dialog-activities") class="activities-dialog">
            <p>{t!("activity-intro")}</p>
            <label class="activity-size">
                {t!("activity-size")}
                <select
                    data-autofocus
                    on:change=move |e| {
                        if let Ok(k) = event_target_value(&e).parse() {
                            n.set(k);
                        }
                    }
                >
                    {sizes}
                </select>
            </label>
            {entries}
        </Modal>
    }
}
