//! The event panel: date, summary, categories, clickable people, eras, related events,
//! and one card per source that speaks of the event, with disagreements between sources
//! shown side by side. Previous/Next follow the filtered order.

use crate::projection::TourBox;
use crate::state::{use_state, Dialog};
use leptos::prelude::*;
use std::collections::BTreeSet;
use timeline_core::{Event, Timeline};

/// Up to `n` events sharing a person with `e`, nearest in time first.
fn related(t: &Timeline, i: usize, n: usize) -> Vec<usize> {
    let e = &t.events[i];
    let mut v: Vec<(f64, usize)> = t
        .events
        .iter()
        .enumerate()
        .filter(|(j, o)| *j != i && o.people.iter().any(|p| e.people.contains(p)))
        .map(|(j, o)| ((o.t0 - e.t0).abs(), j))
        .collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<usize> = v.into_iter().take(n).map(|(_, j)| j).collect();
    out.sort_unstable();
    out
}

fn disputes_view(t: &Timeline, e: &Event) -> impl IntoView {
    let list = e
        .disputes
        .iter()
        .map(|d| {
            let claims = d
                .claims
                .iter()
                .map(|c| {
                    let names = c
                        .sources
                        .iter()
                        .map(|s| {
                            t.source(s)
                                .map(|s| s.title.clone())
                                .unwrap_or_else(|| s.clone())
                        })
                        .collect::<Vec<_>>()
                        .join("; ");
                    view! {
                        <li class="claim">
                            <span class="value">{c.value.clone()}</span>
                            <span class="according">"according to " {names}</span>
                        </li>
                    }
                })
                .collect_view();
            let note = d
                .note
                .clone()
                .map(|n| view! { <p class="dispute-note">{n}</p> });
            view! {
                <div class="dispute">
                    <h4>{d.about.clone()}</h4>
                    <ul class="claims">{claims}</ul>
                    {note}
                </div>
            }
        })
        .collect_view();
    (!e.disputes.is_empty()).then(|| {
        view! {
            <section class="disputes-box" aria-label="Sources differ">
                <h3>"⚠ Sources differ"</h3>
                {list}
            </section>
        }
    })
}

fn sources_view(t: &Timeline, e: &Event) -> impl IntoView {
    t.sources_of(e)
        .into_iter()
        .map(|s| {
            let cites = e
                .citations
                .iter()
                .filter(|c| c.source == s.id)
                .map(|c| {
                    view! {
                        <div class="citation">
                            <p class="says">{c.says.clone()}</p>
                            <p class="where">
                                {format!("Section “{}”, paragraph {}", c.section, c.paragraph)}
                            </p>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="source-card" data-source=s.id.clone()>
                    <h4>{s.title.clone()}</h4>
                    <p class="kind">{s.kind.clone()}</p>
                    {cites}
                </section>
            }
        })
        .collect_view()
}

#[component]
pub fn EventPanel() -> impl IntoView {
    let state = use_state();
    move || {
        let i = state.selected.get()?;
        let t = state.timeline();
        let e = &t.events[i];
        let order = state.order.get();
        let pos = order.binary_search(&i).ok();
        let (position, at_start, at_end) = match state.tour.get() {
            Some((tr, k)) => {
                let n = t.tours[tr].steps.len();
                (format!("{} / {n}", k + 1), k == 0, k + 1 >= n)
            }
            None => (
                match pos {
                    Some(p) => format!("{} / {}", p + 1, order.len()),
                    None => "not in filter".to_string(),
                },
                order.first().is_none_or(|&f| f >= i),
                order.last().is_none_or(|&l| l <= i),
            ),
        };
        let cats = e
            .categories
            .iter()
            .map(|&c| {
                let c = &t.categories[c];
                view! {
                    <li class="chip" style:border-color=c.colour.clone()>
                        <span class="symbol" style:color=c.colour.clone() aria-hidden="true">
                            {c.symbol.clone().unwrap_or_default()}
                        </span>
                        {c.label.clone()}
                    </li>
                }
            })
            .collect_view();
        let people = e
            .people
            .iter()
            .map(|&p| {
                let person = &t.people[p];
                let id = person.id.clone();
                let title = format!("Show only events involving {}", person.name);
                view! {
                    <li>
                        <button
                            class="person"
                            title=title
                            on:click=move |_| {
                                state.filter.update(|f| f.people = BTreeSet::from([id.clone()]))
                            }
                        >
                            {person.name.clone()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let has_people = !e.people.is_empty();
        let eras = t
            .eras_of(e)
            .into_iter()
            .map(|era| era.label.clone())
            .collect::<Vec<_>>()
            .join(" · ");
        let related = related(&t, i, 6)
            .into_iter()
            .map(|j| {
                let o = &t.events[j];
                view! {
                    <li>
                        <button class="related-event" on:click=move |_| state.selected.set(Some(j))>
                            <span class="related-date">{o.date_label()}</span>
                            " "
                            {o.title.clone()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        let note = e.note.clone().map(|n| {
            view! {
                <p class="editor-note">
                    <strong>"Editors’ note: "</strong>
                    {n}
                </p>
            }
        });
        let source_count = t.sources_of(e).len();
        Some(view! {
            <aside class="panel" role="dialog" aria-labelledby="panel-title" aria-modal="false">
                <div class="panel-bar">
                    <button class="prev" disabled=at_start on:click=move |_| state.step(-1)>
                        "← Previous"
                    </button>
                    <span class="position">{position}</span>
                    <button class="next" disabled=at_end on:click=move |_| state.step(1)>
                        "Next →"
                    </button>
                    <button class="close" aria-label="Close (Escape)" on:click=move |_| state.selected.set(None)>
                        "✕"
                    </button>
                </div>
                <TourBox />
                <p class="panel-date">{e.date_label()}</p>
                <h2 id="panel-title">{e.title.clone()}</h2>
                <ul class="chips">{cats}</ul>
                <p class="summary">{e.summary.clone()}</p>
                {disputes_view(&t, e)}
                {note}
                <h3 class="sources-heading">{format!("What the sources say ({source_count})")}</h3>
                {sources_view(&t, e)}
                <Show when=move || has_people>
                    <h3>"People"</h3>
                </Show>
                <ul class="people">{people}</ul>
                <p class="eras-line">{eras}</p>
                <h3>"Related events"</h3>
                <ul class="related">{related}</ul>
                <p>
                    <button class="link-event" on:click=move |_| state.dialog.set(Dialog::Share)>
                        "🔗 Link to this event"
                    </button>
                </p>
            </aside>
        })
    }
}
