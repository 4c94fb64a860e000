//! The class activities (`?activity=order|sources|corroborate`, issue 25), in their own
//! chunk: the view that replaces the strip, dealing its set from the link (`n`, `seed`),
//! the filters and the timeline through `timeline_core::activity`; the three activities
//! ([`order`], [`sources`], [`corroborate`]); the clicker that reveals one answer at a
//! time in projection; and the printed worksheet with its answer key ([`sheet`]).
//! Generation, checking and every sentence about an answer live in the core; scores stay
//! in the page, never leave the device.

use timeline_core::t;
mod corroborate;
mod order;
pub mod sheet;
mod sources;

use crate::first::state::{use_state, AppState};
use leptos::ev;
use leptos::prelude::*;
use timeline_core::activity::{self, Kind, Unavailable};
use timeline_core::urlstate::{ActivityLink, Layout};

/// A set dealt for the activity a link asks for.
#[derive(Clone, PartialEq)]
pub enum Dealt {
    Order(activity::order::Order),
    Sources(activity::sources::Quiz),
    Corroborate(activity::corroborate::Sort),
    /// Why this timeline, with these filters, cannot run it.
    Unavailable(Unavailable),
}

impl Dealt {
    /// How many answers the clicker can reveal one at a time.
    fn answers(&self) -> usize {
        match self {
            Dealt::Order(o) => o.answer.len(),
            Dealt::Sources(q) => q.questions.len(),
            Dealt::Corroborate(s) => s.items.len() + s.standings.len(),
            Dealt::Unavailable(_) => 0,
        }
    }
}

/// The activity the layout shows, if it shows one.
pub fn shown(state: &AppState) -> Option<ActivityLink> {
    match state.layout.get() {
        Layout::Activity(a) => Some(a),
        _ => None,
    }
}

/// Deals the set `link` asks for from the events the filters let through (corroborate:
/// the open event).
pub fn deal(state: &AppState, link: ActivityLink) -> Dealt {
    let n = link.n.unwrap_or(activity::DEFAULT_N);
    let seed = link.seed.unwrap_or_default();
    let candidates = state.matches.with(activity::shown);
    let open = state.selected.get();
    state.timeline.with_value(|t| {
        let dealt = match link.kind {
            Kind::Order => activity::order::generate(t, &candidates, n, seed).map(Dealt::Order),
            Kind::Sources => {
                activity::sources::generate(t, &candidates, n, seed).map(Dealt::Sources)
            }
            Kind::Corroborate => open
                .ok_or(Unavailable::NoSuchEvent)
                .and_then(|i| activity::corroborate::generate(t, i))
                .map(Dealt::Corroborate),
        };
        dealt.unwrap_or_else(Dealt::Unavailable)
    })
}

/// What the set was dealt from: "6 events of the 95 shown", "From the events shown:
/// Army", the event corroborated.
fn scope(state: &AppState, dealt: &Dealt) -> String {
    let t = state.timeline();
    let filters = state.filter.with(|f| f.describe(&t));
    let shown = state.order.with(Vec::len);
    let of = if filters.is_empty() {
        t!("activity-of-all", n = shown)
    } else {
        t!("activity-of-shown", n = shown, filters = filters.join("; "))
    };
    match dealt {
        Dealt::Order(o) => t!("activity-scope-order", n = o.cards.len(), of = of),
        Dealt::Sources(q) => t!("activity-scope-sources", n = q.questions.len(), of = of),
        Dealt::Corroborate(s) => {
            let e = &t.events[s.event];
            t!("activity-event", title = &e.title, date = e.date_label())
        }
        Dealt::Unavailable(_) => String::new(),
    }
}

/// A sentence saying what to do.
fn instructions(kind: Kind) -> String {
    t!("activity-how", kind = kind.id())
}

/// Changes the activity's seed to the next set (everyone who presses it gets the same).
fn new_set(state: AppState) {
    state.layout.update(|l| {
        if let Layout::Activity(a) = l {
            a.seed = Some(a.seed.unwrap_or_default().next());
        }
    });
}

/// The activity the layout shows, in place of the strip.
#[component]
pub fn ActivityView() -> impl IntoView {
    let state = use_state();
    let link = Memo::new(move |_| shown(&state));
    let dealt = Memo::new(move |_| link.get().map(|a| deal(&state, a)));
    // In projection the clicker reveals one answer at a time; a new set starts again.
    let revealed = RwSignal::new(0usize);
    Effect::new(move |_| {
        dealt.track();
        revealed.set(0);
    });
    let keys = window_event_listener(ev::keydown, move |e: ev::KeyboardEvent| {
        if !state.projection.get_untracked()
            || e.default_prevented()
            || e.ctrl_key()
            || e.alt_key()
            || e.meta_key()
        {
            return;
        }
        let total = dealt.with_untracked(|d| d.as_ref().map_or(0, Dealt::answers));
        let on_field = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| {
                matches!(
                    el.tag_name().as_str(),
                    "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "A"
                )
            });
        let delta: isize = match e.key().as_str() {
            "PageDown" | "ArrowRight" => 1,
            " " if !on_field => 1,
            "PageUp" | "ArrowLeft" => -1,
            _ => return,
        };
        e.prevent_default();
        revealed.update(|r| *r = (*r as isize + delta).clamp(0, total as isize) as usize);
    });
    on_cleanup(move || keys.remove());
    // The heading takes focus when an activity opens, so a screen reader starts there.
    Effect::new(move |prev: Option<Option<Kind>>| {
        let kind = link.get().map(|a| a.kind);
        if prev.is_some_and(|p| p != kind) || prev.is_none() && state.switched_layout.get_value() {
            request_animation_frame(|| {
                crate::first::focus::focus_first(&["#activity-title"]);
            });
        }
        kind
    });

    let body = move || {
        let d = dealt.get()?;
        let revealed = revealed.into();
        Some(match d {
            Dealt::Order(o) => view! { <order::Ordering order=o revealed /> }.into_any(),
            Dealt::Sources(q) => view! { <sources::WhoSaysSo quiz=q revealed /> }.into_any(),
            Dealt::Corroborate(s) => {
                view! { <corroborate::Corroborate sort=s revealed /> }.into_any()
            }
            Dealt::Unavailable(why) => view! {
                <div class="activity-unavailable" role="status">
                    <p>{why.sentence()}</p>
                    <p>{t!("activity-change-filters")}</p>
                </div>
            }
            .into_any(),
        })
    };
    let title = move || link.get().map(|a| a.kind.title()).unwrap_or_default();
    let head_scope = move || dealt.with(|d| d.as_ref().map(|d| scope(&state, d)));
    let can_redeal = move || link.get().is_some_and(|a| a.kind != Kind::Corroborate);
    let clicker = move || {
        let total = dealt.with(|d| d.as_ref().map_or(0, Dealt::answers));
        (state.projection.get() && total > 0).then(|| {
            view! {
                <p class="activity-clicker" aria-live="polite">
                    {move || t!("activity-answers-shown", n = revealed.get(), total = total)}
                </p>
            }
        })
    };
    view! {
        <section class="activity" id="timeline" tabindex="-1" aria-labelledby="activity-title" data-activity=move || link.get().map(|a| a.kind.id())>
            <header class="activity-head">
                <h2 id="activity-title" tabindex="-1">{title}</h2>
                <p class="activity-scope">{head_scope}</p>
                <p class="activity-how">{move || link.get().map(|a| instructions(a.kind))}</p>
                <div class="activity-tools">
                    <Show when=can_redeal>
                        <button class="new-set" on:click=move |_| new_set(state)>{t!("activity-new-set")}</button>
                    </Show>
                    <button class="print-sheet" on:click=move |_| {
                        if let Some(w) = web_sys::window() {
                            let _ = w.print();
                        }
                    }>{t!("activity-print")}</button>
                    <button class="back-to-timeline" on:click=move |_| state.layout.set(Layout::Strip)>
                        {t!("activity-back")}
                    </button>
                </div>
                {clicker}
            </header>
            {body}
        </section>
    }
}

/// Whether answer `k` is on show: the set has been checked, or the clicker has got to it.
pub fn on_show(checked: bool, revealed: Signal<usize>, k: usize) -> bool {
    checked || k < revealed.get()
}

/// The foot every activity shares: Check, then the score (a live status) and Try again.
#[component]
pub fn CheckBar(
    /// The score's sentence once checked; none before.
    score: Signal<Option<String>>,
    check: Callback<()>,
    again: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="activity-check">
            <Show
                when=move || score.with(Option::is_some)
                fallback=move || view! { <button class="check" on:click=move |_| check.run(())>{t!("activity-check")}</button> }
            >
                <p class="activity-score" role="status">{move || score.get()}</p>
                <button class="try-again" on:click=move |_| again.run(())>
                    {t!("try-again")}
                </button>
            </Show>
        </div>
    }
}
