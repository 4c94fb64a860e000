//! The list view: every event that passes the filters, in time order and grouped by year,
//! each a button that opens its panel. Every event is one Tab away here, including those
//! merged into clusters on the strip, and the list reads well with a screen reader.

use crate::filters::NoMatch;
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn ListView() -> impl IntoView {
    let state = use_state();
    let rows = move || {
        let t = state.timeline();
        let order = state.order.get();
        let reveal_last = if state.reveal.get() {
            state.selected.get()
        } else {
            None
        };
        let mut year = i32::MIN;
        let mut out = Vec::new();
        for i in order
            .into_iter()
            .filter(|i| reveal_last.is_none_or(|l| *i <= l))
        {
            let e = &t.events[i];
            if e.start.year != year {
                year = e.start.year;
                out.push(view! { <li class="list-year" aria-hidden="true">{year}</li> }.into_any());
            }
            let symbols = e
                .categories
                .iter()
                .map(|&k| {
                    let c = &t.categories[k];
                    view! {
                        <span class="symbol" title=c.label.clone() style:color=crate::projection::cat_var(k)>
                            {c.symbol.clone().unwrap_or_default()}
                        </span>
                    }
                })
                .collect_view();
            let n_sources = t.sources_of(e).len();
            let differ = (!e.disputes.is_empty())
                .then(|| view! { <span class="differ">"⚠ sources differ"</span> });
            out.push(
                view! {
                    <li>
                        <button
                            class="list-event"
                            data-i=i
                            aria-current=move || (state.selected.get() == Some(i)).then_some("true")
                            on:click=move |_| state.selected.set(Some(i))
                        >
                            <span class="list-date">{e.date_label()}</span>
                            <span class="list-title">{symbols} {e.title.clone()}</span>
                            <span class="list-meta">
                                {format!("{n_sources} source{}", if n_sources == 1 { "" } else { "s" })}
                                {differ}
                            </span>
                        </button>
                    </li>
                }
                .into_any(),
            );
        }
        out
    };
    view! {
        <section class="list-view" id="timeline" tabindex="-1" aria-label="Events in time order">
            <ol class="list">{rows}</ol>
            <NoMatch />
        </section>
    }
}
