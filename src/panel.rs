//! The event panel: date, summary, categories, people, and one card per source that
//! speaks of the event, with disagreements between sources shown side by side.
//! Pure presentation of a `timeline_core::Event`.

use leptos::prelude::*;
use std::sync::Arc;
use timeline_core::Timeline;

#[component]
pub fn EventPanel(timeline: Arc<Timeline>, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let n = timeline.events.len();
    move || {
        let i = selected.get()?;
        let t = &timeline;
        let e = &t.events[i];
        let cats = e
            .categories
            .iter()
            .map(|&c| {
                let c = &t.categories[c];
                view! {
                    <li class="chip" style:border-color=c.colour.clone()>
                        <span class="swatch" style:background-color=c.colour.clone()></span>
                        {c.label.clone()}
                    </li>
                }
            })
            .collect_view();
        let people = e
            .people
            .iter()
            .map(|&p| view! { <li>{t.people[p].name.clone()}</li> })
            .collect_view();
        let has_people = !e.people.is_empty();
        let eras = t
            .eras_of(e)
            .into_iter()
            .map(|era| era.label.clone())
            .collect::<Vec<_>>()
            .join(" · ");
        let disputes = e
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
        let disputes_box = (!e.disputes.is_empty()).then(|| {
            view! {
                <section class="disputes-box" aria-label="Sources differ">
                    <h3>"⚠ Sources differ"</h3>
                    {disputes}
                </section>
            }
        });
        let sources = t
            .sources_of(e)
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
        let (at_start, at_end) = (i == 0, i + 1 >= n);
        Some(view! {
            <aside class="panel" role="dialog" aria-labelledby="panel-title" aria-modal="false">
                <div class="panel-bar">
                    <button class="prev" disabled=at_start on:click=move |_| selected.set(Some(i.saturating_sub(1)))>
                        "← Previous"
                    </button>
                    <span class="position">{format!("{} / {}", i + 1, n)}</span>
                    <button class="next" disabled=at_end on:click=move |_| selected.set(Some((i + 1).min(n - 1)))>
                        "Next →"
                    </button>
                    <button class="close" aria-label="Close (Escape)" on:click=move |_| selected.set(None)>
                        "✕"
                    </button>
                </div>
                <p class="panel-date">{e.date_label()}</p>
                <h2 id="panel-title">{e.title.clone()}</h2>
                <ul class="chips">{cats}</ul>
                <p class="summary">{e.summary.clone()}</p>
                {disputes_box}
                {note}
                <h3 class="sources-heading">
                    {format!("What the sources say ({source_count})")}
                </h3>
                {sources}
                <Show when=move || has_people>
                    <h3>"People"</h3>
                </Show>
                <ul class="people">{people}</ul>
                <p class="eras-line">{eras}</p>
            </aside>
        })
    }
}
