//! The time axis under the strip: minor ticks and their major context labels, from
//! `timeline_core::ticks`. Ticks are keyed by time and label, so panning moves the
//! labels on screen instead of re-creating them.

use leptos::prelude::*;
use timeline_core::ticks::Axis;

/// One row of ticks, keyed by time and label so that panning moves existing labels
/// instead of re-creating them. (Major labels are unique; their leading label's time
/// follows the window edge, so they are keyed by label alone.)
fn tick_row(ticks: Memo<Axis>, major: bool) -> impl IntoView {
    let key_of =
        move |t: &timeline_core::ticks::Tick| (if major { 0 } else { t.t as i64 }, t.label.clone());
    view! {
        <For
            each=move || {
                ticks.with(|a| if major { &a.major } else { &a.minor }.iter().map(key_of).collect::<Vec<_>>())
            }
            key=|k| k.clone()
            children=move |k| {
                let k2 = k.clone();
                let x = move || {
                    ticks.with(|a| {
                        if major { &a.major } else { &a.minor }
                            .iter()
                            .find(|t| t.label == k2.1 && (major || t.t as i64 == k2.0))
                            .map(|t| t.x)
                            .unwrap_or(-999.0)
                    })
                };
                view! {
                    <span class="tick" class:major=major class:minor=!major style:left=move || timeline_core::scale::px(x())>
                        {k.1}
                    </span>
                }
            }
        />
    }
}

#[component]
pub fn AxisView(ticks: Memo<Axis>) -> impl IntoView {
    view! {
        <div class="axis" aria-hidden="true">
            {tick_row(ticks, false)}
            {tick_row(ticks, true)}
        </div>
    }
}
