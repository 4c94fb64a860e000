//! The era bands behind the events, in as many rows as they need not to overlap
//! (`timeline_core::strip::era_rows`), kept by hand (`bind::keyed`); a label cut short
//! keeps its whole name as a tooltip.

use crate::first::bind::{keyed, Entry};
use crate::first::state::use_state;
use leptos::prelude::*;
use timeline_core::render::escape;
use timeline_core::scale::px;
use timeline_core::strip::EraRow;
use timeline_core::t;

#[component]
pub fn Eras(rows: Memo<(Vec<EraRow>, usize)>, row_h: Signal<f64>) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline();
    let root = NodeRef::<leptos::html::Ul>::new();
    keyed(root, "li", move || {
        let row_h = row_h.get();
        rows.with(|(rows, _)| {
            rows.iter()
                .map(|r| {
                    let era = &timeline.eras[r.era];
                    let name = t!(
                        "header-period",
                        label = &era.label,
                        span = timeline_core::date::span_label(&era.start, Some(&era.end))
                    );
                    let x0 = r.x0.max(0.0);
                    Entry {
                        key: format!("{}|{}", r.era, r.row),
                        // The label may run past its band up to the next one (--room).
                        html: format!(
                            r#"<span class="era-label" title="{}">{}</span>"#,
                            escape(&name),
                            escape(&era.label)
                        ),
                        class: if r.row % 2 == 1 { "era alt" } else { "era" }.into(),
                        styles: vec![
                            ("left", px(x0)),
                            ("width", px((r.x1 - x0).max(1.0))),
                            ("top", px(r.row as f64 * row_h)),
                            ("--room", px(r.room)),
                        ],
                        ..Entry::default()
                    }
                })
                .collect()
        })
    });
    view! { <ul class="eras" aria-label=t!("strip-eras") node_ref=root></ul> }
}
