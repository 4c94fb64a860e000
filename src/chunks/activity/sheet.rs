//! The printed activity: a worksheet with room to write and no answers, then the answer
//! key on a page of its own (A4 and Letter alike: the page size is the printer's). Drawn
//! while the page is printed, in place of the timeline's handout.

use super::{deal, shown, Dealt};
use crate::first::state::use_state;
use leptos::prelude::*;
use timeline_core::activity::corroborate::{self, explain, explain_document, Bin};
use timeline_core::t;
use timeline_core::Timeline;

/// Lines to write on.
fn blank(label: String) -> impl IntoView {
    view! { <span class="sheet-blank">{label} " "<span class="sheet-line"></span></span> }
}

fn worksheet(t: &Timeline, d: &Dealt) -> AnyView {
    match d {
        Dealt::Order(o) => {
            let cards = o
                .cards
                .iter()
                .map(|&i| {
                    let e = &t.events[i];
                    view! {
                        <li class="sheet-item">
                            <span class="sheet-box" aria-label=t!("sheet-position")></span>
                            <strong>{e.title.clone()}</strong>
                            <p>{e.summary.clone()}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p>{t!("sheet-order-how")}</p>
                <ul class="sheet-items">{cards}</ul>
            }
            .into_any()
        }
        Dealt::Sources(q) => {
            let docs = q
                .choices
                .iter()
                .map(|&s| view! { <li>{t.sources[s].short().to_string()}</li> })
                .collect_view();
            let items = q
                .questions
                .iter()
                .map(|qu| {
                    let e = &t.events[qu.event];
                    view! {
                        <li class="sheet-item">
                            <span class="question-event">{t!("activity-event", title = &e.title, date = e.date_label())}</span>
                            <q>{qu.text(t)}</q>
                            <p>{blank(t!("sheet-which-document"))}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p>{t!("sheet-sources-how")}</p>
                <ul class="sheet-documents">{docs}</ul>
                <ol class="sheet-items">{items}</ol>
            }
            .into_any()
        }
        Dealt::Corroborate(s) => {
            let e = &t.events[s.event];
            let bins = Bin::ALL.map(|b| view! { <span class="sheet-tick">"☐ " {b.label()}</span> });
            let items = s
                .items
                .iter()
                .map(|item| {
                    view! {
                        <li class="sheet-item">
                            <strong>{t.sources[item.source].short().to_string()}</strong>
                            ": "
                            {corroborate::text(t, s, item)}
                            <p class="sheet-ticks">{bins.clone()}</p>
                        </li>
                    }
                })
                .collect_view();
            let docs = t
                .sources
                .iter()
                .map(|d| view! { <li>"☐ " {d.short().to_string()}</li> })
                .collect_view();
            view! {
                <p>{t!("sheet-the-event", title = &e.title, date = e.date_label())}</p>
                <p>{t!("sheet-corroborate-how")}</p>
                <ol class="sheet-items">{items}</ol>
                <p>{t!("sheet-silent-how")}</p>
                <ul class="sheet-documents">{docs}</ul>
            }
            .into_any()
        }
        Dealt::Unavailable(why) => view! { <p>{why.sentence()}</p> }.into_any(),
    }
}

fn key(t: &Timeline, d: &Dealt) -> AnyView {
    match d {
        Dealt::Order(o) => o
            .answer
            .iter()
            .map(|&i| {
                let e = &t.events[i];
                view! { <li>{format!("{} — {}", e.title, e.date_label())}</li> }
            })
            .collect_view()
            .into_any(),
        Dealt::Sources(q) => q
            .questions
            .iter()
            .map(|qu| {
                let others = qu.other_versions(t).join(" ");
                view! {
                    <li>
                        <q>{qu.text(t)}</q>
                        " — "
                        <strong>{qu.answer(t)}</strong>
                        {(!others.is_empty()).then(|| format!(". {}{others}", t!("sources-other-versions")))}
                    </li>
                }
            })
            .collect_view()
            .into_any(),
        Dealt::Corroborate(s) => {
            let items = s.items.iter().map(|item| {
                view! {
                    <li>
                        <strong>{t.sources[item.source].short().to_string()}</strong>
                        ": "
                        {corroborate::text(t, s, item)}
                        " — "
                        <em>{item.bin.label()}</em>
                        ". "
                        {explain(t, s, item)}
                    </li>
                }
            });
            let docs = (0..t.sources.len()).map(|k| view! { <li>{explain_document(t, s, k)}</li> });
            view! {
                {items.collect_view()}
                {docs.collect_view()}
            }
            .into_any()
        }
        Dealt::Unavailable(_) => ().into_any(),
    }
}

/// The worksheet and its answer key, for the activity on screen.
#[component]
pub fn Worksheet() -> impl IntoView {
    let state = use_state();
    move || {
        let link = shown(&state)?;
        let d = deal(&state, link);
        let t = state.timeline();
        let address = crate::first::url::href_of(&crate::first::url::current(&state));
        let list_tag_ordered = !matches!(d, Dealt::Corroborate(_));
        let answers = key(&t, &d);
        Some(view! {
            <section class="handout activity-sheet">
                <header class="handout-head">
                    <h1>{format!("{}: {}", link.kind.title(), t.title)}</h1>
                    <p class="sheet-name">{blank(t!("sheet-name"))} {blank(t!("sheet-date"))}</p>
                    <p class="handout-meta">{t!("sheet-same-set", address = address)}</p>
                </header>
                {worksheet(&t, &d)}
                <section class="answer-key">
                    <h2>{t!("sheet-answer-key", title = link.kind.title())}</h2>
                    {if list_tag_ordered {
                        view! { <ol>{answers}</ol> }.into_any()
                    } else {
                        view! { <ul>{answers}</ul> }.into_any()
                    }}
                </section>
            </section>
        })
    }
}
