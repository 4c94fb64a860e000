//! "Corroborate": one event's claims, document by document, each to sort into agrees,
//! differs or only in this document, and the documents to mark silent; Check marks each
//! and explains it from the recorded disputes and citations (`timeline_core`'s words).

use super::on_show;
use super::sources::event_link;
use crate::first::state::use_state;
use leptos::prelude::*;
use timeline_core::activity::corroborate::{
    self, check, explain, explain_document, Bin, Checked, Sort,
};
use timeline_core::t;

#[component]
pub fn Corroborate(sort: Sort, revealed: Signal<usize>) -> impl IntoView {
    let state = use_state();
    let t = state.timeline();
    let bins = RwSignal::new(vec![None::<Bin>; sort.items.len()]);
    let silent = RwSignal::new(Vec::<usize>::new());
    let checked = RwSignal::new(None::<Checked>);
    let items_n = sort.items.len();
    let sort = StoredValue::new(sort);
    let t_cards = t.clone();
    let cards = move || {
        let shown_check = checked.get();
        let t = &t_cards;
        sort.with_value(|sort| {
            sort.items
                .iter()
                .enumerate()
                .map(|(k, item)| {
                    let choices = Bin::ALL
                        .into_iter()
                        .map(|b| {
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name=format!("bin-{k}")
                                        value=format!("{b:?}")
                                        prop:checked=move || bins.with(|x| x[k] == Some(b))
                                        on:change=move |_| {
                                            bins.update(|x| x[k] = Some(b));
                                            checked.set(None);
                                        }
                                    />
                                    " "
                                    {b.label()}
                                </label>
                            }
                        })
                        .collect_view();
                    let mark = shown_check.as_ref().map(|c| c.items[k].right);
                    let answer = on_show(shown_check.is_some(), revealed, k).then(|| {
                        view! {
                            <p class="answer">
                                {match mark {
                                    Some(true) => "✓ ",
                                    Some(false) => "✗ ",
                                    None => "",
                                }}
                                <strong>{verb(item.bin)}</strong>
                                " "
                                {explain(t, sort, item)}
                            </p>
                        }
                    });
                    view! {
                        <li class="claim-card" class:right=mark == Some(true) class:wrong=mark == Some(false)>
                            <fieldset>
                                <legend>
                                    <strong>{t.sources[item.source].short().to_string()}</strong>
                                    ": "
                                    {corroborate::text(t, sort, item)}
                                </legend>
                                <div class="choices">{choices}</div>
                            </fieldset>
                            {answer}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let t_docs = t.clone();
    let documents = move || {
        let shown_check = checked.get();
        let t = &t_docs;
        sort.with_value(|sort| {
            (0..t.sources.len())
                .map(|s| {
                    let mark = shown_check.as_ref().map(|c| c.documents[s].right);
                    let answer = on_show(shown_check.is_some(), revealed, items_n + s).then(
                        || view! { <span class="answer">{explain_document(t, sort, s)}</span> },
                    );
                    view! {
                        <li class:right=mark == Some(true) class:wrong=mark == Some(false)>
                            <label class="choice">
                                <input
                                    type="checkbox"
                                    prop:checked=move || silent.with(|x| x.contains(&s))
                                    on:change=move |e| {
                                        let on = event_target_checked(&e);
                                        silent.update(|x| {
                                            x.retain(|&o| o != s);
                                            if on {
                                                x.push(s);
                                            }
                                        });
                                        checked.set(None);
                                    }
                                />
                                " "
                                {t.sources[s].short().to_string()}
                                {mark.map(|m| if m { " ✓" } else { " ✗" })}
                            </label>
                            " "
                            {answer}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let also = sort.with_value(|sort| {
        let e = &t.events[sort.event];
        sort.unsorted
            .iter()
            .map(|&(s, k)| {
                view! {
                    <li>
                        <strong>{t.sources[s].short().to_string()}</strong>
                        ": "
                        {e.citations[k].says.clone()}
                    </li>
                }
            })
            .collect::<Vec<_>>()
    });
    let event = sort.with_value(|s| s.event);
    let do_check = move |()| {
        let c = state.timeline.with_value(|t| {
            sort.with_value(|s| {
                bins.with_untracked(|b| silent.with_untracked(|m| check(t, s, b, m)))
            })
        });
        checked.set(Some(c));
    };
    let score = Signal::derive(move || checked.with(|c| c.as_ref().map(|c| c.score.sentence())));
    view! {
        {(items_n > 0).then(|| view! { <ol class="claim-cards">{cards}</ol> })}
        <fieldset class="silent-documents">
            <legend>{t!("corroborate-silent-question")}</legend>
            <ul>{documents}</ul>
        </fieldset>
        {(!also.is_empty())
            .then(|| {
                view! {
                    <details class="also-said">
                        <summary>{t!("corroborate-also-said")}</summary>
                        <ul>{also}</ul>
                    </details>
                }
            })}
        <p>{event_link(state, event)}</p>
        <super::CheckBar
            score
            check=Callback::new(do_check)
            again=Callback::new(move |()| {
                checked.set(None);
                bins.update(|x| x.iter_mut().for_each(|b| *b = None));
                silent.set(Vec::new());
            })
        />
    }
}

/// Where a claim belongs, said of it: "It agrees with another document."
fn verb(bin: Bin) -> String {
    t!("corroborate-verdict", bin = bin.id())
}
