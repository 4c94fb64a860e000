//! While filtering, the buttons at the strip's edges: how many matching events lie wholly
//! before and after the window, each bringing the nearest of them into view ("8 matches"
//! never shows 4 without a hint where the rest are). Also what a cluster's matches are
//! called ("3 army").

use crate::first::state::use_state;
use leptos::prelude::*;
use timeline_core::strip::window_for;
use timeline_core::t;
use timeline_core::Timeline;

/// While filtering, how many matching events lie wholly before and after the window, each
/// side a button that brings the nearest of them into view: "8 matches" never shows 4
/// without a hint where the rest are.
#[component]
pub fn EdgeHints() -> impl IntoView {
    let state = use_state();
    let outside = Memo::new(move |_| {
        if state.filter.with(|f| f.is_empty()) {
            return None;
        }
        let w = state.window.get();
        state.timeline.with_value(|t| {
            state.order.with(|order| {
                let ev = |i: usize| &t.events[i];
                let before: Vec<usize> = order
                    .iter()
                    .copied()
                    .filter(|&i| ev(i).t1 <= w.start)
                    .collect();
                let after_at = order.partition_point(|&i| ev(i).t0 < w.end);
                Some((
                    before.len(),
                    before.last().copied(),
                    order.len() - after_at,
                    order.get(after_at).copied(),
                ))
            })
        })
    });
    let go = move |i: Option<usize>| {
        let Some(i) = i else { return };
        let w = state.window.get_untracked();
        if let Some(to) = state
            .timeline
            .with_value(|t| window_for(t, i, &w, &state.limits, true))
        {
            state.window.set(to);
        }
    };
    let hint = move |left: bool| {
        move || {
            let (nb, b, na, a) = outside.get()?;
            let (n, nearest) = if left { (nb, b) } else { (na, a) };
            // Reveal mode keeps what comes later a surprise.
            if !left && state.reveal.get() {
                return None;
            }
            (n > 0).then(|| {
                let label = if left {
                    t!("edge-earlier", n = n)
                } else {
                    t!("edge-later", n = n)
                };
                view! {
                    <button class="edge-hint" class:left=left class:right=!left aria-label=label.clone() title=label on:click=move |_| go(nearest)>
                        {if left { format!("◀ {n}") } else { format!("{n} ▶") }}
                    </button>
                }
            })
        }
    };
    view! { {hint(true)} {hint(false)} }
}

/// What a cluster's matching events are called: the category's own name when the filter
/// is one category with a short name ("3 army"), else "matching".
pub fn match_noun(t: &Timeline, f: &timeline_core::filter::Filter) -> String {
    let only_category = f.text.trim().is_empty() && f.people.is_empty() && f.sources.is_empty();
    match (only_category, f.categories.len()) {
        (true, 1) => f
            .categories
            .iter()
            .next()
            .and_then(|id| t.categories.iter().find(|c| &c.id == id))
            .map(|c| {
                let l = c.label.to_lowercase();
                l.strip_prefix("the ").map(str::to_string).unwrap_or(l)
            })
            // A badge above a cluster button has room for a word or two.
            .filter(|n| n.chars().count() <= 12)
            .unwrap_or_else(|| t!("cluster-matching")),
        _ => t!("cluster-matching"),
    }
}
