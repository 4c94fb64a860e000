//! The sources view: each document with its card (kind, author, date, span, reliability
//! note), how many events it supports and when (a density strip over the timeline; one
//! click filters to them) and its further reading. Reads the dataset only.

use super::modal::Modal;
use crate::first::state::{use_state, AppState, Dialog};
use leptos::prelude::*;
use std::collections::BTreeSet;
use timeline_core::coverage;
use timeline_core::t;

fn cards(state: AppState) -> impl IntoView {
    let t = state.timeline();
    t
        .sources
        .iter()
        .map(|s| {
            let cov = coverage::of(&t, &s.id, 48);
            let n = cov.events;
            let id = s.id.clone();
            // What it is, then who it is (timeline_core::render::event::provenance, as
            // the panel's cards say it), then what it covers.
            let facts = std::iter::once((t!("sources-kind"), s.kind.as_str()))
                .chain(timeline_core::render::event::provenance(s))
                .chain(std::iter::once((t!("sources-covers"), s.span.as_str())))
                .map(|(k, v)| view! { <dt>{k}</dt><dd>{v.to_string()}</dd> })
                .collect_view();
            let reading = s
                .further_reading
                .iter()
                .map(|r| {
                    let publ = [r.place.clone(), r.publisher.clone(), r.year.map(|y| y.to_string())]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ");
                    view! {
                        <li>
                            {format!("{}, ", r.author)}
                            <cite>{r.title.clone()}</cite>
                            {(!publ.is_empty()).then(|| format!(" ({publ})"))}
                            {r.use_in_source.clone().map(|u| view! { <span class="use">{format!(" — {u}")}</span> })}
                        </li>
                    }
                })
                .collect_view();
            let has_reading = !s.further_reading.is_empty();
            let speaks = coverage::describe(&cov);
            let (from, to) = coverage::extent_labels(&t);
            let bars = density(&cov.bins);
            view! {
                <article class="source-entry" data-source=s.id.clone()>
                    <h3 tabindex="-1">{s.title.clone()}</h3>
                    <dl>{facts}<dt>{t!("sources-speaks-of")}</dt><dd>{speaks.clone()}</dd></dl>
                    <div class="coverage" role="img" aria-label=t!("sources-coverage", from = from.clone(), to = to.clone(), speaks = speaks.clone())>
                        {bars}
                    </div>
                    <div class="coverage-scale" aria-hidden="true"><span>{from}</span><span>{to}</span></div>
                    <p class="reliability">{s.reliability.clone()}</p>
                    <button
                        class="show-events"
                        on:click=move |_| {
                            state.filter.update(|f| f.sources = BTreeSet::from([id.clone()]));
                            state.dialog.set(Dialog::None);
                        }
                    >
                        {t!("sources-show-events", n = n)}
                    </button>
                    <Show when=move || has_reading>
                        <h4>{t!("sources-reading")}</h4>
                    </Show>
                    <ul class="reading">{reading}</ul>
                </article>
            }
        })
        .collect_view()
}

/// A coverage's density strip: one bar per slice, as tall as its share of the fullest.
/// Also drawn in the compare table's column heads.
pub fn density(bins: &[usize]) -> impl IntoView {
    let most = bins.iter().copied().max().unwrap_or(0).max(1);
    bins.iter()
        .map(|&n| view! { <span class="bin" style:height=format!("{}%", n * 100 / most)></span> })
        .collect_view()
}

/// "The five sources": the dialog's title for `n` sources.
fn heading(n: usize) -> String {
    t!("sources-title", n = n)
}

#[component]
pub fn SourcesDialog() -> impl IntoView {
    let state = use_state();
    let title = state.timeline.with_value(|t| heading(t.sources.len()));
    // Opened for one source (a compare column's head): its card comes into view, with
    // focus on its title, once the dialog has taken focus itself.
    Effect::new(move |_| {
        let Some(id) = state.source_card.get() else {
            return;
        };
        if state.dialog.get() != Dialog::Sources {
            return;
        }
        crate::first::frame::after_paint(move || {
            state.source_card.try_set(None);
            let sel = format!(".sources-dialog [data-source=\"{id}\"] h3");
            if let Some(h) = document()
                .query_selector(&sel)
                .ok()
                .flatten()
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = h.focus();
            }
        });
    });
    view! {
        <Modal kind=Dialog::Sources title=title class="sources-dialog">
                <p>{t!("sources-intro")}</p>
                {move || cards(state)}
        </Modal>
    }
}
