//! The era bands behind the events, in as many rows as they need not to overlap
//! (`timeline_core::strip::era_rows`); a label cut short keeps its whole name as a
//! tooltip.

use crate::first::state::use_state;
use leptos::prelude::*;
use timeline_core::strip::EraRow;
use timeline_core::t;

#[component]
pub fn Eras(rows: Memo<(Vec<EraRow>, usize)>, row_h: Signal<f64>) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline();
    view! {
        <ul class="eras" aria-label=t!("strip-eras")>
            <For
                each=move || rows.with(|(rows, _)| rows.iter().map(|r| (r.era, r.row)).collect::<Vec<_>>())
                key=|k| *k
                children=move |(i, row)| {
                    let pos = move || {
                        rows.with(|(rows, _)| {
                            rows.iter().find(|r| r.era == i).map(|r| (r.x0.max(0.0), r.x1, r.room)).unwrap_or((0.0, 0.0, 0.0))
                        })
                    };
                    let era = &timeline.eras[i];
                    let name = t!("header-period", label = &era.label, span = timeline_core::date::span_label(&era.start, Some(&era.end)));
                    view! {
                        <li
                            class="era"
                            class:alt=row % 2 == 1
                            style:left=move || timeline_core::scale::px(pos().0)
                            style:width=move || timeline_core::scale::px((pos().1 - pos().0).max(1.0))
                            style:top=move || timeline_core::scale::px(row as f64 * row_h.get())
                        >
                            // The label may run past its band up to the next one.
                            <span class="era-label" title=name style:max-width=move || timeline_core::scale::px(pos().2)>
                                {era.label.clone()}
                            </span>
                        </li>
                    }
                }
            />
        </ul>
    }
}
