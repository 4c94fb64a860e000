//! The list view: every event that passes the filters, in time order and grouped by year,
//! each a button that opens its panel. Every event is one Tab away here, including those
//! merged into clusters on the strip, and the list reads well with a screen reader.
//!
//! Up to [`WHOLE`] rows the whole list is in the page (find-in-page and Tab reach every
//! event). Beyond, only the rows near the visible part are (`timeline_core::rows`): rows
//! are then one line high, the arrow keys move from event to event through all of them
//! (bringing each into view), every row tells its place (`aria-posinset`/`aria-setsize`),
//! and the search box is the way to find text.

use crate::first::filters::NoMatch;
use crate::first::state::{use_state, AppState};
use leptos::html::Div;
use leptos::prelude::*;
use timeline_core::rows;
use timeline_core::t;

/// Lists up to this many rows are drawn whole.
const WHOLE: usize = 2000;
/// The height of a row in a long list, px (as `.list.window li` in the stylesheet).
const ROW_H: f64 = 44.0;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Row {
    Year(i64),
    Event(usize),
}

/// The rows: events that pass the filters (and, in reveal mode, come no later than the
/// open one), with a year heading before each new year.
fn rows_of(state: AppState) -> Vec<Row> {
    let order = state.order.get();
    let reveal_last = if state.reveal.get() {
        state.selected.get()
    } else {
        None
    };
    state.timeline.with_value(|t| {
        let mut year = i64::MIN;
        let mut out = Vec::with_capacity(order.len() + 64);
        for i in order
            .into_iter()
            .filter(|i| reveal_last.is_none_or(|l| *i <= l))
        {
            let y = t.events[i].start.year;
            if y != year {
                year = y;
                out.push(Row::Year(y));
            }
            out.push(Row::Event(i));
        }
        out
    })
}

fn event_button(state: AppState, i: usize) -> impl IntoView {
    let t = state.timeline();
    let e = &t.events[i];
    let symbols = e
        .categories
        .iter()
        .map(|&k| {
            let c = &t.categories[k];
            view! {
                <span class="symbol" title=c.label.clone() data-cat=k>
                    {c.symbol.clone().unwrap_or_default()}
                </span>
            }
        })
        .collect_view();
    let n_sources = t.sources_of(e).len();
    let has_sources = !t.sources.is_empty();
    let differ = (!e.disputes.is_empty())
        .then(|| view! { <span class="differ">{format!("⚠ {}", t!("list-differ"))}</span> });
    view! {
        <button
            class="list-event"
            data-i=i
            aria-current=move || (state.selected.get() == Some(i)).then_some("true")
            on:click=move |_| state.selected.set(Some(i))
        >
            <span class="list-date">{e.date_label()}</span>
            <span class="list-title">{symbols} {e.title.clone()}</span>
            <span class="list-meta">
                {has_sources.then(|| timeline_core::words::sources(n_sources))}
                {differ}
            </span>
        </button>
    }
}

#[component]
pub fn ListView() -> impl IntoView {
    let state = use_state();
    let rows = Memo::new(move |_| rows_of(state));
    let whole = move || rows.with(|r| r.len() <= WHOLE);
    crate::first::focus::layout_arrived(state);
    // The title's media (a TimelineJS title slide's), above the events, asked for as an
    // event's are.
    let title_media = state.timeline().title_media().map(|m| {
        let mut html = String::new();
        timeline_core::render::media::figure(&mut html, &m);
        let root = NodeRef::<Div>::new();
        Effect::new(move |_| {
            if let Some(el) = root.get() {
                crate::chunks::media::apply(state, &el);
            }
        });
        view! {
            <div
                class="title-media"
                node_ref=root
                inner_html=html
                on:click=move |e| {
                    crate::chunks::media::on_click(state, &e);
                }
            ></div>
        }
    });
    view! {
        <section class="list-view" class:windowed=move || !whole() id="timeline" tabindex="-1" aria-label=t!("strip-events")>
            {title_media}
            <Show when=whole fallback=move || view! { <Window rows /> }>
                <ol class="list">
                    {move || {
                        rows.get()
                            .into_iter()
                            .map(|r| match r {
                                Row::Year(y) => view! { <li class="list-year" aria-hidden="true">{timeline_core::date::year_text(y)}</li> }.into_any(),
                                Row::Event(i) => view! { <li>{event_button(state, i)}</li> }.into_any(),
                            })
                            .collect_view()
                    }}
                </ol>
            </Show>
            <NoMatch />
        </section>
    }
}

/// A long list: only the rows near the visible part are in the page.
#[component]
fn Window(rows: Memo<Vec<Row>>) -> impl IntoView {
    let state = use_state();
    let scroller = NodeRef::<Div>::new();
    let scroll = RwSignal::new(0.0f64);
    let size = crate::first::measure::track_size(scroller, (800.0, 600.0)).value;
    let range =
        Memo::new(move |_| rows::window(scroll.get(), size.get().1, ROW_H, rows.with(Vec::len), 8));
    let events_total =
        Memo::new(move |_| rows.with(|r| r.iter().filter(|r| matches!(r, Row::Event(_))).count()));
    // Where each row stands among the events, for screen readers ("event 5,301 of 100,000").
    let posinset = move |k: usize| {
        rows.with(|r| {
            r[..=k]
                .iter()
                .filter(|r| matches!(r, Row::Event(_)))
                .count()
        })
    };
    // The arrow keys move between events, bringing the next one into view and focusing it
    // once drawn. Keys pressed before that count on from the row they are heading for.
    let heading_for: StoredValue<Option<usize>> = StoredValue::new(None);
    let move_focus = move |from: usize, down: bool| {
        let from = heading_for.get_value().unwrap_or(from);
        let target = rows.with(|r| {
            let mut k = from;
            loop {
                k = if down {
                    k.checked_add(1)?
                } else {
                    k.checked_sub(1)?
                };
                match r.get(k)? {
                    Row::Event(i) => return Some((k, *i)),
                    Row::Year(_) => continue,
                }
            }
        });
        let (Some((k, i)), Some(el)) = (target, scroller.get_untracked()) else {
            return;
        };
        let top = rows::reveal(el.scroll_top() as f64, size.get_untracked().1, ROW_H, k);
        el.set_scroll_top(top as i32);
        scroll.set(top);
        heading_for.set_value(Some(k));
        request_animation_frame(move || {
            if heading_for.try_get_value() == Some(Some(k)) {
                heading_for.set_value(None);
                crate::first::focus::to_event(i);
            }
        });
    };
    view! {
        <div class="list-window" node_ref=scroller on:scroll=move |_| {
            if let Some(el) = scroller.get_untracked() {
                scroll.set(el.scroll_top() as f64);
            }
        }>
            <ol class="list window" style:height=move || timeline_core::scale::px(rows.with(Vec::len) as f64 * ROW_H)>
                <For
                    each=move || {
                        let (a, b) = range.get();
                        rows.with(|r| (a..b).filter_map(|k| Some((k, *r.get(k)?))).collect::<Vec<_>>())
                    }
                    key=|row| *row
                    children=move |(k, row)| {
                        let top = timeline_core::scale::px(k as f64 * ROW_H);
                        match Some(row) {
                            Some(Row::Year(y)) => view! { <li class="list-year" aria-hidden="true" style:top=top>{timeline_core::date::year_text(y)}</li> }.into_any(),
                            Some(Row::Event(i)) => view! {
                                <li
                                    style:top=top
                                    aria-posinset=posinset(k)
                                    aria-setsize=move || events_total.get()
                                    on:keydown=move |e: leptos::ev::KeyboardEvent| {
                                        let down = match e.key().as_str() {
                                            "ArrowDown" => true,
                                            "ArrowUp" => false,
                                            _ => return,
                                        };
                                        e.prevent_default();
                                        move_focus(k, down);
                                    }
                                >
                                    {event_button(state, i)}
                                </li>
                            }.into_any(),
                            None => ().into_any(),
                        }
                    }
                />
            </ol>
        </div>
    }
}
