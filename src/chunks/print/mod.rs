//! The printed handout, drawn only while the page is printed (see `print_mode` in
//! app.rs): a header with the title, the active filters and the date; a legend of the
//! category symbols; then either the open event in full (every source's card, the
//! disputes, the editors' note) or every event that passes the filters, in time order,
//! each with its summary, what each source says and where the sources differ; or, from
//! the compare view, its table (A4 landscape). The print stylesheet keeps each event on
//! one page. Reads the state only.

use crate::first::state::use_state;
use leptos::prelude::*;
use timeline_core::t;
use timeline_core::urlstate::Layout;
use timeline_core::words;
use timeline_core::{compare, Event, Timeline};

fn today() -> String {
    let d = js_sys::Date::new_0();
    timeline_core::HistDate {
        year: d.get_full_year() as i32,
        month: Some(d.get_month() + 1),
        day: Some(d.get_date()),
        circa: false,
    }
    .long_label()
}

fn symbols(t: &Timeline, e: &Event) -> String {
    e.categories
        .iter()
        .filter_map(|&c| t.categories[c].symbol.clone())
        .collect::<Vec<_>>()
        .join("")
}

/// What each source says, one line per citation: "Study guide (The Post Kirov Purges,
/// ¶6): …".
fn says(t: &Timeline, e: &Event, full: bool, columns: &[usize]) -> impl IntoView {
    let lines = e
        .citations
        .iter()
        .filter(|c| columns.iter().any(|&k| t.sources[k].id == c.source))
        .map(|c| {
            let source = t.source(&c.source);
            let name = source.map_or(c.source.clone(), |s| {
                if full {
                    s.title.clone()
                } else {
                    s.short().to_string()
                }
            });
            view! {
                <li>
                    <strong>{name}</strong>
                    {format!(" ({}, ¶{}): ", c.section, c.paragraph)}
                    {c.says.clone()}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="says">{lines}</ul> }
}

fn disputes(t: &Timeline, e: &Event) -> impl IntoView {
    e.disputes
        .iter()
        .map(|d| {
            let claims = d
                .claims
                .iter()
                .map(|c| {
                    let who = c
                        .sources
                        .iter()
                        .map(|s| t.source(s).map_or(s.as_str(), |s| s.short()))
                        .collect::<Vec<_>>()
                        .join("; ");
                    format!("{} ({who})", c.value)
                })
                .collect::<Vec<_>>()
                .join(" · ");
            let note = d.note.clone().map(|n| view! { <em>{format!(" {n}")}</em> });
            view! {
                <p class="handout-dispute">
                    <strong>{format!("⚠ {}", t!("print-differ-on", about = &d.about))}</strong>
                    {claims}
                    {note}
                </p>
            }
        })
        .collect_view()
}

fn event_entry(t: &Timeline, i: usize, full: bool, columns: &[usize]) -> impl IntoView {
    let e = &t.events[i];
    let note = e.note.clone().map(|n| {
        view! {
            <p class="handout-note">
                <strong>{t!("panel-note")}</strong>
                {n}
            </p>
        }
    });
    let people = (full && !e.people.is_empty()).then(|| {
        let names = e
            .people
            .iter()
            .map(|&p| t.people[p].name.clone())
            .collect::<Vec<_>>()
            .join(", ");
        view! { <p class="handout-people">{t!("print-people", names = names)}</p> }
    });
    let media = t
        .event_media(i)
        .and_then(|m| timeline_core::render::media::line(&m))
        .map(|m| view! { <p class="handout-media">{m}</p> });
    view! {
        <article class="handout-event" class:full=full>
            <h3>
                <span class="handout-date">{e.date_label()}</span>
                " "
                <span class="handout-symbols" aria-hidden="true">{symbols(t, e)}</span>
                " "
                {e.title.clone()}
            </h3>
            <p class="handout-summary">{e.summary.clone()}</p>
            {media}
            {disputes(t, e)}
            {note}
            {says(t, e, full, columns)}
            {people}
        </article>
    }
}

/// The compare table on paper: every event shown against every source, with a head
/// that repeats on each page.
fn compare_table(t: &Timeline, shown: &[usize], columns: &[usize]) -> impl IntoView {
    let heads = columns
        .iter()
        .map(|&k| view! { <th scope="col">{t.sources[k].short().to_string()}</th> })
        .collect_view();
    let rows = shown
        .iter()
        .map(|&i| {
            let e = &t.events[i];
            let cells = columns
                .iter()
                .map(|&k| {
                    let s = &t.sources[k];
                    let c = compare::cell(e, &s.id);
                    if c.silent() {
                        return view! { <td class="silent">"—"</td> }.into_any();
                    }
                    let values = c
                        .disputed
                        .iter()
                        .map(|(about, value)| view! { <p class="value">{format!("⚠ {about}: ")}<strong>{value.to_string()}</strong></p> })
                        .collect_view();
                    let says = c
                        .says
                        .iter()
                        .map(|c| view! { <p>{format!("{} (¶{})", c.says, c.paragraph)}</p> })
                        .collect_view();
                    view! { <td class:disputed=!c.disputed.is_empty()>{values}{says}</td> }.into_any()
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">
                        <span class="handout-date">{e.date_label()}</span>
                        <br />
                        {format!("{} {}", symbols(t, e), e.title).trim().to_string()}
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="compare-print">
            <thead><tr><th scope="col">{t!("print-event")}</th>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Who each source document is (author, date, audience, purpose, what it rests on): the
/// handout's last part, for the sources it quotes.
fn sources_part(t: &Timeline, columns: &[usize], shown: &[usize]) -> impl IntoView {
    // The documents the printed events cite, of those shown.
    let cited: Vec<usize> = columns
        .iter()
        .copied()
        .filter(|&k| {
            let id = &t.sources[k].id;
            shown
                .iter()
                .any(|&i| t.events[i].citations.iter().any(|c| &c.source == id))
        })
        .collect();
    let entries = cited
        .iter()
        .map(|&k| {
            let s = &t.sources[k];
            let facts = timeline_core::render::event::provenance(s)
                .into_iter()
                .map(|(what, v)| view! { <dt>{what}</dt><dd>{v.to_string()}</dd> })
                .collect_view();
            view! {
                <article class="handout-source">
                    <h3>{format!("{} — {}", s.short(), s.title)}</h3>
                    <p class="handout-kind">{s.kind.clone()}</p>
                    <dl>{facts}</dl>
                </article>
            }
        })
        .collect_view();
    (!cited.is_empty()).then(|| {
        view! {
            <section class="handout-sources">
                <h2>{t!("print-sources")}</h2>
                {entries}
            </section>
        }
    })
}

#[component]
pub fn Handout() -> impl IntoView {
    let state = use_state();
    move || {
        let t = state.timeline();
        let filters = state.filter.with(|f| f.describe(&t));
        // "By source" prints those documents alone (unless all were asked for on screen).
        let columns = state.columns();
        let open = state.selected.get();
        let order = state.order.get();
        let shown: Vec<usize> = match open {
            Some(i) => vec![i],
            None => order,
        };
        let table = open.is_none() && state.layout.get() == Layout::Compare;
        let scope = match open {
            Some(_) => t!("print-one-event"),
            None if filters.is_empty() => t!("print-all", n = shown.len()),
            None => t!(
                "print-some",
                shown = shown.len(),
                all = words::events(t.events.len()),
                filters = filters.join("; ")
            ),
        };
        let scope = if table {
            t!("print-table-scope", scope = scope)
        } else {
            scope
        };
        let mut used: Vec<usize> = shown
            .iter()
            .flat_map(|&i| t.events[i].categories.iter().copied())
            .collect();
        used.sort_unstable();
        used.dedup();
        let legend = used
            .into_iter()
            .map(|c| {
                let c = &t.categories[c];
                view! {
                    <li>
                        <span aria-hidden="true">{c.symbol.clone().unwrap_or_default()}</span>
                        " "
                        {c.label.clone()}
                    </li>
                }
            })
            .collect_view();
        let printed = shown.clone();
        let entries = if table {
            compare_table(&t, &shown, &columns).into_any()
        } else {
            shown
                .into_iter()
                .map(|i| event_entry(&t, i, open.is_some(), &columns))
                .collect_view()
                .into_any()
        };
        view! {
            <section class="handout" class:wide=table>
                <header class="handout-head">
                    <h1>{t.title.clone()}</h1>
                    <p>{scope}</p>
                    <p class="handout-meta">
                        {t!("print-printed", date = today())}
                        " "
                        {crate::first::url::href_of(&crate::first::url::current(&state))}
                    </p>
                    <ul class="handout-legend">{legend}</ul>
                </header>
                {entries}
                {sources_part(&t, &columns, &printed)}
            </section>
        }
    }
}
