//! "Who says so?": each claim with the documents as choices; Check marks each answer and
//! shows where the document says it, the other documents' versions of a disputed point,
//! and a link to the event.

use super::on_show;
use crate::first::state::{use_state, AppState};
use leptos::prelude::*;
use timeline_core::activity::sources::{check, Checked, Quiz};
use timeline_core::t;
use timeline_core::urlstate::Layout;

/// A link to event `i` that leaves the activity for the event's panel.
pub fn event_link(state: AppState, i: usize) -> impl IntoView {
    let (id, title) = state
        .timeline
        .with_value(|t| (t.events[i].id.clone(), t.events[i].title.clone()));
    let href = state.links.with_value(|l| l.href(&format!("event={id}")));
    view! {
        <a
            class="activity-event-link"
            href=href
            on:click=move |e| {
                if crate::first::links::plain(&e) {
                    e.prevent_default();
                    state.layout.set(Layout::Strip);
                    state.selected.set(Some(i));
                }
            }
        >
            {t!("activity-open", title = &title)}
        </a>
    }
}

#[component]
pub fn WhoSaysSo(quiz: Quiz, revealed: Signal<usize>) -> impl IntoView {
    let state = use_state();
    let t = state.timeline();
    let answers = RwSignal::new(vec![None::<usize>; quiz.questions.len()]);
    let checked = RwSignal::new(None::<Checked>);
    let quiz = StoredValue::new(quiz);
    let questions = move || {
        let shown_check = checked.get();
        quiz.with_value(|quiz| {
            quiz.questions
                .iter()
                .enumerate()
                .map(|(k, q)| {
                    let e = &t.events[q.event];
                    let choices = quiz
                        .choices
                        .iter()
                        .map(|&s| {
                            let name = t.sources[s].short().to_string();
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name=format!("who-{k}")
                                        value=s.to_string()
                                        prop:checked=move || answers.with(|a| a[k] == Some(s))
                                        on:change=move |_| {
                                            answers.update(|a| a[k] = Some(s));
                                            checked.set(None);
                                        }
                                    />
                                    " "
                                    {name}
                                </label>
                            }
                        })
                        .collect_view();
                    let open = on_show(shown_check.is_some(), revealed, k);
                    let mark = shown_check.as_ref().map(|c| c.right[k]);
                    let answer = open.then(|| {
                        let others = q.other_versions(&t);
                        view! {
                            <div class="answer">
                                <p>
                                    {match mark {
                                        Some(true) => format!("✓ {}", t!("sources-right")),
                                        Some(false) => format!("✗ {}", t!("sources-wrong")),
                                        None => String::new(),
                                    }}
                                    {t!("sources-said-by")}
                                    <strong>{q.answer(&t)}</strong>
                                    "."
                                </p>
                                {(!others.is_empty())
                                    .then(|| {
                                        view! {
                                            <p class="other-versions">
                                                {t!("sources-other-versions")}
                                                {others.join(" ")}
                                            </p>
                                        }
                                    })}
                                <p>{event_link(state, q.event)}</p>
                            </div>
                        }
                    });
                    view! {
                        <li
                            class="question"
                            class:right=mark == Some(true)
                            class:wrong=mark == Some(false)
                        >
                            <fieldset>
                                <legend>
                                    <span class="question-event">
                                        {format!("{} ({})", e.title, e.date_label())}
                                    </span>
                                    <q class="claim">{q.text(&t)}</q>
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
    let do_check = move |()| {
        let c = quiz.with_value(|q| answers.with_untracked(|a| check(q, a)));
        checked.set(Some(c));
    };
    let score = Signal::derive(move || checked.with(|c| c.as_ref().map(|c| c.score.sentence())));
    view! {
        <ol class="questions">{questions}</ol>
        <super::CheckBar
            score
            check=Callback::new(do_check)
            again=Callback::new(move |()| {
                checked.set(None);
                answers.update(|a| a.iter_mut().for_each(|x| *x = None));
            })
        />
    }
}
