//! The count clusters under the lanes: "+8" for events that have no lane at this zoom
//! (with "3 army" above it while filtering); a click zooms to them and hands focus to
//! the first of them if the button goes.

use crate::first::state::use_state;
use leptos::prelude::*;
use timeline_core::layout::EventLayout;
use timeline_core::scale::Window;
use timeline_core::t;

#[component]
pub fn Clusters(
    layout: Memo<EventLayout>,
    noun: Memo<String>,
    bottom: Signal<f64>,
) -> impl IntoView {
    let state = use_state();
    let (window, limits) = (state.window, state.limits);
    view! {
        <div class="clusters" style:bottom=move || timeline_core::scale::px(bottom.get())>
            // Keyed by position: while zooming, clusters form, split and merge every
            // frame, and re-creating their buttons cost more than the rest of the frame.
            // A button is reused for whichever cluster is at its position.
        <For
            each=move || layout.with(|l| (0..l.clusters.len()).collect::<Vec<_>>())
            key=|k| *k
            children=move |k| {
                let at = Memo::new(move |_| layout.with(|l| l.clusters.get(k).map(|c| (c.x, c.keys.len(), c.t0, c.t1, c.keys[0]))));
                let x = move || at.get().map_or(-999.0, |c| c.0);
                let summary = Memo::new(move |_| at.get().map(|c| (c.1, c.2, c.3)));
                // While filtering: how many of the merged events match.
                let hits = Memo::new(move |_| {
                    let filtering = state.filter.with(|f| !f.is_empty());
                    layout.with(|l| {
                        let c = l.clusters.get(k)?;
                        let n = state.matches.with(|m| c.keys.iter().filter(|&&i| m.event[i]).count());
                        (filtering && n > 0).then_some(n)
                    })
                });
                // The name starts with what the button shows ("+5 1 army"), as
                // speech input users say it (WCAG 2.5.3).
                let label = move || {
                    summary
                        .get()
                        .map(|(n, t0, _)| {
                            let from = timeline_core::date::day_label(t0);
                            match hits.get() {
                                Some(h) => format!(
                                    "+{n} {h} {}: {}",
                                    noun.get(),
                                    t!("cluster-more-matching", n = n, from = from, hits = h)
                                ),
                                None => format!("+{n}: {}", t!("cluster-more", n = n, from = from)),
                            }
                        })
                        .unwrap_or_default()
                };
                view! {
                    <button
                        class="cluster"
                        class:has-match=move || hits.get().is_some()
                        style:left=move || timeline_core::scale::px(x())
                        aria-label=label
                        title=label
                        on:click=move |_| {
                            if let Some((_, _, t0, t1, first)) = at.get_untracked() {
                                window.set(Window::fit(t0, t1, &limits));
                                // The button may be gone once zoomed: focus moves to
                                // the first of the events it held.
                                crate::first::frame::after_paint(move || {
                                    if crate::first::focus::lost() {
                                        crate::first::focus::to_event(first);
                                    }
                                });
                            }
                        }
                    >
                        <span class="cluster-n">{move || summary.get().map(|s| format!("+{}", s.0)).unwrap_or_default()}</span>
                        {move || hits.get().map(|h| view! { <span class="hits">{format!(" {h} {}", noun.get())}</span> })}
                    </button>
                }
            }
        />
        </div>
    }
}
