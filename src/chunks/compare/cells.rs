//! The compare table's cells: the head (the event column's title and, per source, its
//! name, kind and coverage of the rows shown) and one row per event (its date and title,
//! then what each source says of it). Drawn by `CompareView`, which owns the grid's
//! keyboard and windowing.

use super::BINS;
use crate::first::state::{AppState, Dialog};
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use timeline_core::compare::{self, At};
use timeline_core::corroboration::{self, Standing};
use timeline_core::coverage;
use timeline_core::t;

pub(super) fn open_source(state: AppState, id: String) {
    state.source_card.set(Some(id));
    state.dialog.set(Dialog::Sources);
}

/// The head: the event column's title and, per source, its name, kind and coverage.
pub(super) fn head(
    state: AppState,
    shown: Memo<Vec<usize>>,
    columns: &[usize],
    tab: Selector<At>,
) -> impl IntoView {
    let t = state.timeline();
    let (from, to) = coverage::extent_labels(&t);
    let corner_tab = tab.clone();
    // Where each document stands on the events shown, counted per column.
    let counts = Memo::new(move |_| {
        let t = state.timeline();
        shown.with(|v| corroboration::counts(&t, v.iter().copied()))
    });
    let sources = columns
        .iter()
        .enumerate()
        .map(|(s, &k)| {
            let src = &t.sources[k];
            let id = src.id.clone();
            let id2 = id.clone();
            let short = src.short().to_string();
            let kind = src.kind.clone();
            let audience = src.audience.clone().map(|a| view! { <span class="audience">{t!("compare-for", audience = a)}</span> });
            let tab = tab.clone();
            let cov = Memo::new(move |_| {
                let t = state.timeline();
                shown.with(|v| coverage::among(&t, &id2, BINS, v.iter().copied()))
            });
            let speaks = move || {
                let n = shown.with(Vec::len);
                cov.with(|c| match c.events {
                    0 => t!("compare-silent-on-all", n = n),
                    k => t!("compare-speaks-of", count = k, n = n, years = coverage::span(c).unwrap_or_default()),
                })
            };
            let bars = move || cov.with(|c| crate::chunks::dialogs::sources::density(&c.bins));
            let name = short.clone();
            view! {
                <div role="columnheader" class="compare-source">
                    <button
                        class="compare-source-name"
                        data-r=0
                        data-c=s + 1
                        tabindex=move || if tab.selected(&(0, s + 1)) { 0 } else { -1 }
                        title=t!("compare-open-card", name = name.clone())
                        on:click=move |_| open_source(state, id.clone())
                    >
                        <span class="name">{short}</span>
                        <span class="kind">{kind}</span>
                    </button>
                    {audience}
                    <span class="speaks">{speaks}</span>
                    <span class="standings">{move || counts.with(|c| c.get(k).map(|c| c.describe()).unwrap_or_default())}</span>
                    <div class="coverage" role="img" aria-label={
                        let (from, to) = (from.clone(), to.clone());
                        move || t!("sources-coverage", from = from.clone(), to = to.clone(), speaks = speaks())
                    }>
                        {bars}
                    </div>
                </div>
            }
        })
        .collect_view();
    view! {
        <div role="row" class="compare-head" aria-rowindex=1>
            <div
                role="columnheader"
                class="compare-corner"
                data-r=0
                data-c=0
                tabindex=move || if corner_tab.selected(&(0, 0)) { 0 } else { -1 }
            >
                {move || {
                    let n = shown.with(Vec::len);
                    timeline_core::words::events(n)
                }}
            </div>
            {sources}
        </div>
    }
}

/// One event's row: its date and title, then a cell per source.
pub(super) fn row(
    state: AppState,
    k: usize,
    i: usize,
    columns: &[usize],
    tab: Selector<At>,
    top: impl Fn() -> Option<String> + Send + Sync + 'static,
) -> impl IntoView {
    let t = state.timeline();
    let e = &t.events[i];
    let r = k + 1;
    let title = e.title.clone();
    let standings = corroboration::standings(&t, i);
    let cells = columns
        .iter()
        .enumerate()
        .map(|(s, &src_k)| {
            let src = &t.sources[src_k];
            let cell = compare::cell(e, &src.id);
            let standing = standings.get(src_k).copied().unwrap_or(Standing::Silent);
            let lead = compare::lead(src.short(), &title, &cell);
            let silent = cell.silent();
            let disputed = !cell.disputed.is_empty();
            let values = cell
                .disputed
                .iter()
                .map(|(about, value)| view! { <li><span class="about">{format!("{about}: ")}</span><strong>{value.to_string()}</strong></li> })
                .collect_view();
            let says = cell
                .says
                .iter()
                .map(|c| view! { <p>{c.says.clone()}<span class="where">{format!(" ¶{}", c.paragraph)}</span></p> })
                .collect_view();
            let tab = tab.clone();
            view! {
                <div
                    role="gridcell"
                    class="compare-cell"
                    class:silent=silent
                    class:disputed=disputed
                    data-r=r
                    data-c=s + 1
                    tabindex=move || if tab.selected(&(r, s + 1)) { 0 } else { -1 }
                >
                    <span class="sr-only">{lead}</span>
                    <span class="cell-source" aria-hidden="true">{src.short().to_string()}</span>
                    {(standing != Standing::Silent).then(|| view! {
                        <span class="standing-word" data-standing=standing.word() title=standing.meaning()>{standing.label()}</span>
                        " "
                    })}
                    {if silent {
                        view! { <span class="silent-note">{t!("compare-silent")}</span> }.into_any()
                    } else {
                        view! {
                            <ul class="values">{values}</ul>
                            <div class="says">{says}</div>
                        }
                        .into_any()
                    }}
                </div>
            }
        })
        .collect_view();
    let differ = (!e.disputes.is_empty())
        .then(|| view! { <span class="differ">{format!("⚠ {}", t!("list-differ"))}</span> });
    view! {
        <div
            role="row"
            class="compare-row"
            class:has-dispute=!e.disputes.is_empty()
            data-i=i
            aria-rowindex=r + 1
            aria-current=move || (state.selected.get() == Some(i)).then_some("true")
            style:top=top
            on:click=move |_| state.selected.set(Some(i))
        >
            <div
                role="rowheader"
                class="compare-event"
                data-r=r
                data-c=0
                tabindex=move || if tab.selected(&(r, 0)) { 0 } else { -1 }
            >
                <span class="compare-date">{e.date_label()}</span>
                <span class="compare-title">{title.clone()}</span>
                {differ}
            </div>
            {cells}
        </div>
    }
}
