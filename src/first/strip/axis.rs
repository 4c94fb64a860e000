//! The time axis under the strip: minor ticks and their major context labels, from
//! `timeline_core::ticks`, kept by hand (`bind::keyed`). Ticks are keyed by time and
//! label, so panning moves the labels on screen instead of re-creating them.

use crate::first::bind::{keyed, Entry};
use leptos::prelude::*;
use timeline_core::scale::px;
use timeline_core::ticks::Axis;

#[component]
pub fn AxisView(ticks: Memo<Axis>) -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    keyed(root, "span", move || {
        ticks.with(|a| {
            let row = |major: bool| {
                let ticks = if major { &a.major } else { &a.minor };
                ticks.iter().map(move |t| Entry {
                    // Major labels are unique; their leading label's time follows the
                    // window's edge, so they are keyed by label alone.
                    key: if major {
                        format!("M{}", t.label)
                    } else {
                        format!("m{}|{}", t.t as i64, t.label)
                    },
                    html: timeline_core::render::escape(&t.label),
                    class: if major { "tick major" } else { "tick minor" }.into(),
                    styles: vec![("left", px(t.x))],
                    ..Entry::default()
                })
            };
            row(false).chain(row(true)).collect()
        })
    });
    view! { <div class="axis" aria-hidden="true" node_ref=root></div> }
}
