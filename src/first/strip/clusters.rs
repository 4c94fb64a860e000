//! The count clusters under the lanes: "+8" for events that have no lane at this zoom
//! (with "3 army" above it while filtering), kept by hand (`bind::keyed`); a click zooms
//! to them and hands focus to the first of them if the button goes.

use crate::first::bind::{keyed, Entry};
use crate::first::state::use_state;
use leptos::ev;
use leptos::prelude::*;
use timeline_core::layout::EventLayout;
use timeline_core::render::escape;
use timeline_core::scale::{px, Window};
use timeline_core::t;

#[component]
pub fn Clusters(
    layout: Memo<EventLayout>,
    noun: Memo<String>,
    bottom: Signal<f64>,
) -> impl IntoView {
    let state = use_state();
    let (window, limits) = (state.window, state.limits);
    let root = NodeRef::<leptos::html::Div>::new();
    // Keyed by position: while zooming, clusters form, split and merge every frame, and
    // making their buttons again cost more than the rest of the frame. A button is reused
    // for whichever cluster is at its position.
    keyed(root, "button", move || {
        let filtering = state.filter.with(|f| !f.is_empty());
        let noun = noun.get();
        layout.with(|l| {
            state.matches.with(|m| {
                l.clusters
                    .iter()
                    .enumerate()
                    .map(|(k, c)| {
                        let n = c.keys.len();
                        // While filtering: how many of the merged events match.
                        let hits = c.keys.iter().filter(|&&i| m.event[i]).count();
                        let hits = (filtering && hits > 0).then_some(hits);
                        let from = timeline_core::date::day_label(c.t0);
                        // The name starts with what the button shows ("+5 1 army"), as
                        // speech input users say it (WCAG 2.5.3).
                        let label = match hits {
                            Some(h) => format!(
                                "+{n} {h} {noun}: {}",
                                t!("cluster-more-matching", n = n, from = from, hits = h)
                            ),
                            None => format!("+{n}: {}", t!("cluster-more", n = n, from = from)),
                        };
                        let mut html = format!(r#"<span class="cluster-n">+{n}</span>"#);
                        if let Some(h) = hits {
                            html.push_str(&format!(
                                r#"<span class="hits"> {h} {}</span>"#,
                                escape(&noun)
                            ));
                        }
                        Entry {
                            key: k.to_string(),
                            html,
                            class: if hits.is_some() {
                                "cluster has-match"
                            } else {
                                "cluster"
                            }
                            .into(),
                            attrs: vec![
                                ("aria-label", label.clone()),
                                ("title", label),
                                ("data-k", k.to_string()),
                            ],
                            styles: vec![("left", px(c.x))],
                        }
                    })
                    .collect()
            })
        })
    });
    let zoom_in = move |e: ev::MouseEvent| {
        let Some(k) = crate::first::links::target(&e, "button.cluster")
            .and_then(|b| b.get_attribute("data-k")?.parse::<usize>().ok())
        else {
            return;
        };
        let Some((t0, t1, first)) =
            layout.with_untracked(|l| l.clusters.get(k).map(|c| (c.t0, c.t1, c.keys[0])))
        else {
            return;
        };
        window.set(Window::fit(t0, t1, &limits));
        // The button may be gone once zoomed: focus moves to the first of the events it
        // held.
        crate::first::frame::after_paint(move || {
            if crate::first::focus::lost() {
                crate::first::focus::to_event(first);
            }
        });
    };
    view! {
        <div
            class="clusters"
            node_ref=root
            style:bottom=move || px(bottom.get())
            on:click=zoom_in
        ></div>
    }
}
