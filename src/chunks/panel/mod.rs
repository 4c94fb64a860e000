//! The event panel: date, summary, categories, where the sources differ (their values
//! side by side), one card per source that speaks of the event, clickable people, eras
//! and related events. Previous/Next follow the filtered order or the tour. In projection
//! the panel is a slide read from the back of the room: the parts that matter in large
//! type, the sources side by side, shown a page at a time (`timeline_core::paging`) so a
//! clicker reaches every claim. Opening an event moves focus to its heading.

mod tour;

use crate::first::state::{use_state, AppState, Dialog};
use leptos::html::Div;
use leptos::prelude::*;
use std::collections::BTreeSet;
use timeline_core::{Event, Timeline};
use tour::TourBox;
use wasm_bindgen::JsCast;

/// Up to `n` events sharing a person with `e`, nearest in time first.
fn related(t: &Timeline, i: usize, n: usize) -> Vec<usize> {
    let e = &t.events[i];
    let mut v: Vec<(f64, usize)> = t
        .events
        .iter()
        .enumerate()
        .filter(|(j, o)| *j != i && o.people.iter().any(|p| e.people.contains(p)))
        .map(|(j, o)| ((o.t0 - e.t0).abs(), j))
        .collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<usize> = v.into_iter().take(n).map(|(_, j)| j).collect();
    out.sort_unstable();
    out
}

/// "Study guide; Web article": the short titles of source ids.
fn source_names(t: &Timeline, ids: &[String]) -> String {
    ids.iter()
        .map(|s| t.source(s).map_or(s.as_str(), |s| s.short()))
        .collect::<Vec<_>>()
        .join("; ")
}

fn disputes_view(t: &Timeline, e: &Event) -> impl IntoView {
    let list = e
        .disputes
        .iter()
        .enumerate()
        .map(|(k, d)| {
            let claims = d
                .claims
                .iter()
                .map(|c| {
                    view! {
                        <li class="claim">
                            <span class="value">{c.value.clone()}</span>
                            <span class="according">"according to " {source_names(t, &c.sources)}</span>
                        </li>
                    }
                })
                .collect_view();
            let note = d
                .note
                .clone()
                .map(|n| view! { <p class="dispute-note">{n}</p> });
            // The box's heading belongs to its first part, so a page never shows it alone.
            let heading = (k == 0).then(|| view! { <h3>"⚠ Sources differ"</h3> });
            view! {
                <div class="dispute" data-part="sources differ">
                    {heading}
                    <h4>{d.about.clone()}</h4>
                    <ul class="claims">{claims}</ul>
                    {note}
                </div>
            }
        })
        .collect_view();
    (!e.disputes.is_empty()).then(|| {
        view! {
            <section class="disputes-box" aria-label="Sources differ">
                {list}
            </section>
        }
    })
}

fn sources_view(t: &Timeline, e: &Event) -> impl IntoView {
    t.sources_of(e)
        .into_iter()
        .map(|s| {
            let cites = e
                .citations
                .iter()
                .filter(|c| c.source == s.id)
                .map(|c| {
                    view! {
                        <div class="citation">
                            <p class="says">{c.says.clone()}</p>
                            <p class="where">
                                {format!("Section “{}”, paragraph {}", c.section, c.paragraph)}
                            </p>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <section class="source-card" data-source=s.id.clone() data-part="sources">
                    <h4>
                        <span class="source-title">{s.title.clone()}</span>
                        <span class="source-short">{s.short().to_string()}</span>
                    </h4>
                    <p class="kind">{s.kind.clone()}</p>
                    {cites}
                </section>
            }
        })
        .collect_view()
}

/// Where the stepping stands: "3 / 12" in the filtered order or the tour.
fn position(state: AppState, t: &Timeline, i: usize) -> (String, bool, bool) {
    let order = state.order.get();
    match state.tour.get() {
        Some((tr, k)) => {
            let n = t.tours[tr].steps.len();
            (format!("{} / {n}", k + 1), k == 0, k + 1 >= n)
        }
        None => (
            match order.binary_search(&i) {
                Ok(p) => format!("{} / {}", p + 1, order.len()),
                Err(_) => "not in filter".to_string(),
            },
            order.first().is_none_or(|&f| f >= i),
            order.last().is_none_or(|&l| l <= i),
        ),
    }
}

fn event_view(state: AppState, t: &Timeline, i: usize) -> impl IntoView {
    let e = &t.events[i];
    let cats = e
        .categories
        .iter()
        .map(|&k| {
            let c = &t.categories[k];
            view! {
                <li class="chip" style:border-color=crate::first::projection::cat_var(k)>
                    <span class="symbol" style:color=crate::first::projection::cat_var(k) aria-hidden="true">
                        {c.symbol.clone().unwrap_or_default()}
                    </span>
                    {c.label.clone()}
                </li>
            }
        })
        .collect_view();
    let people = e
        .people
        .iter()
        .map(|&p| {
            let person = &t.people[p];
            let id = person.id.clone();
            let title = format!("Show only events involving {}", person.name);
            view! {
                <li>
                    <button
                        class="person"
                        title=title
                        on:click=move |_| {
                            state.filter.update(|f| f.people = BTreeSet::from([id.clone()]))
                        }
                    >
                        {person.name.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let has_people = !e.people.is_empty();
    let eras = t
        .eras_of(e)
        .into_iter()
        .map(|era| era.label.clone())
        .collect::<Vec<_>>()
        .join(" · ");
    let related = related(t, i, 6)
        .into_iter()
        .map(|j| {
            let o = &t.events[j];
            view! {
                <li>
                    <button class="related-event" on:click=move |_| state.selected.set(Some(j))>
                        <span class="related-date">{o.date_label()}</span>
                        " "
                        {o.title.clone()}
                    </button>
                </li>
            }
        })
        .collect_view();
    let note = e.note.clone().map(|n| {
        view! {
            <p class="editor-note" data-part="editors’ note">
                <strong>"Editors’ note: "</strong>
                {n}
            </p>
        }
    });
    let source_count = t.sources_of(e).len();
    view! {
        <div class="panel-head" data-part="summary">
            <p class="panel-date">{e.date_label()}</p>
            <h2 id="panel-title" tabindex="-1">{e.title.clone()}</h2>
            <ul class="chips">{cats}</ul>
        </div>
        <p class="summary" data-part="summary">{linked(&e.summary)}</p>
        {disputes_view(t, e)}
        {note}
        <h3 class="sources-heading" data-part="sources" data-keep>
            {format!("What the sources say ({source_count})")}
        </h3>
        <div class="source-cards">{sources_view(t, e)}</div>
        <div class="panel-more">
            <Show when=move || has_people>
                <h3>"People"</h3>
            </Show>
            <ul class="people">{people}</ul>
            <p class="eras-line">{eras}</p>
            <h3>"Related events"</h3>
            <ul class="related">{related}</ul>
            <p>
                <button class="link-event" on:click=move |_| state.dialog.set(Dialog::Share)>
                    "🔗 Link to this event"
                </button>
            </p>
        </div>
    }
}

/// The panel body's pages in projection, measured from its parts; scrolls to the current
/// page. Names each page after its first part ("sources differ").
fn paginate(state: AppState, body: NodeRef<Div>, names: RwSignal<Vec<String>>) {
    let Some(b) = body.get_untracked() else {
        return;
    };
    if !state.projection.get_untracked() {
        state.pages.set(1);
        let _ = web_sys::HtmlElement::style(&b).remove_property("clip-path");
        return;
    }
    let top = b.get_bounding_client_rect().top() - b.scroll_top() as f64;
    let list = b.query_selector_all("[data-part]").ok();
    let mut parts = Vec::new();
    let mut part_names = Vec::new();
    for k in 0..list.as_ref().map_or(0, |l| l.length()) {
        let Some(el) = list
            .as_ref()
            .and_then(|l| l.item(k))
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let r = el.get_bounding_client_rect();
        parts.push((
            r.top() - top,
            r.bottom() - top,
            el.has_attribute("data-keep"),
        ));
        part_names.push(el.get_attribute("data-part").unwrap_or_default());
    }
    // A heading marked `data-keep` stays on the page of what follows it.
    for k in (0..parts.len().saturating_sub(1)).rev() {
        if parts[k].2 {
            parts[k].1 = parts[k].1.max(parts[k + 1].1);
        }
    }
    let parts: Vec<(f64, f64)> = parts.iter().map(|p| (p.0, p.1)).collect();
    let pages = timeline_core::paging::pages(&parts, b.client_height() as f64);
    let starts: Vec<f64> = pages.iter().map(|p| p.start).collect();
    names.set(
        pages
            .iter()
            .map(|p| part_names.get(p.part).cloned().unwrap_or_default())
            .collect(),
    );
    state.pages.set(starts.len());
    let page = if state.to_last_page.get_value() {
        state.to_last_page.set_value(false);
        starts.len() - 1
    } else {
        state.page.get_untracked().min(starts.len() - 1)
    };
    state.page.set(page);
    OFFSETS.with(|o| *o.borrow_mut() = starts);
    show_page(&b, page);
}

/// Scrolls the slide to page `page` and hides what belongs to the next page below it.
fn show_page(b: &web_sys::HtmlDivElement, page: usize) {
    let (start, end) = OFFSETS.with(|o| {
        let o = o.borrow();
        (o.get(page).copied(), o.get(page + 1).copied())
    });
    let Some(start) = start else { return };
    b.set_scroll_top(start as i32);
    let height = b.client_height() as f64;
    let hidden = end.map_or(0.0, |end| (height - (end - start)).max(0.0));
    let _ = web_sys::HtmlElement::style(b).set_property(
        "clip-path",
        &format!("inset(0 0 {}px 0)", hidden.round() as i64),
    );
}

thread_local! {
    /// Where each page of the slide starts (px), as last measured.
    static OFFSETS: std::cell::RefCell<Vec<f64>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[component]
pub fn EventPanel() -> impl IntoView {
    let state = use_state();
    let body = NodeRef::<Div>::new();
    let names = RwSignal::new(Vec::<String>::new());
    // The live panel replaces the build's snapshot of it (see index.html).
    request_animation_frame(crate::remove_snapshot);
    let size = crate::first::measure::track_size(body, (0.0, 0.0)).value;
    // A new event starts on its first page (or its last, stepping back), with focus on its
    // heading; measure its pages once it is drawn, and again whenever the body's size or
    // the mode changes.
    Effect::new(move |prev: Option<Option<usize>>| {
        let sel = state.selected.get();
        if sel.is_some() && prev.is_some_and(|p| p != sel) {
            state.page.set(0);
        }
        if sel.is_some() {
            request_animation_frame(move || {
                if let Some(h) = document_element("panel-title") {
                    // Not scrolled into view: stepping back shows the last page.
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = h.focus_with_options(&options);
                }
            });
        }
        sel
    });
    Effect::new(move |_| {
        state.selected.track();
        state.projection.track();
        size.track();
        request_animation_frame(move || paginate(state, body, names));
    });
    // Turning a page scrolls to it.
    Effect::new(move |_| {
        let page = state.page.get();
        if let Some(b) = body.get_untracked() {
            show_page(&b, page);
        }
    });
    let content = move || {
        let i = state.selected.get()?;
        let t = state.timeline();
        Some(event_view(state, &t, i))
    };
    let bar = move || {
        let i = state.selected.get()?;
        let t = state.timeline();
        let (position, at_start, at_end) = position(state, &t, i);
        let title = t.events[i].title.clone();
        let progress = move || {
            let (page, pages) = (state.page.get(), state.pages.get());
            let name = names.with(|n| n.get(page).cloned().unwrap_or_default());
            (state.projection.get() && pages > 0)
                .then(|| format!("{title} — {name} {}/{pages}", page + 1))
        };
        Some(view! {
            <div class="panel-bar">
                <button class="prev" disabled=at_start on:click=move |_| state.step(-1)>
                    "← Previous"
                </button>
                <span class="position">{position}</span>
                <button class="next" disabled=at_end on:click=move |_| state.step(1)>
                    "Next →"
                </button>
                <span class="slide-progress" aria-live="polite">{progress}</span>
                <button class="close" aria-label="Close (Escape)" on:click=move |_| state.selected.set(None)>
                    "✕"
                </button>
            </div>
        })
    };
    view! {
        <aside class="panel" aria-labelledby="panel-title">
            {bar}
            <TourBox />
            <div class="panel-body" node_ref=body>
                {content}
            </div>
        </aside>
    }
}

fn document_element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Text with its http(s) addresses as links that open in a new tab, telling the other
/// site nothing of this page (a class's own timeline may link to its sources).
fn linked(text: &str) -> impl IntoView {
    timeline_core::import::html::link_spans(text)
        .into_iter()
        .map(|(run, link)| {
            if link {
                view! { <a href=run.to_string() target="_blank" rel="noopener noreferrer">{run.to_string()}</a> }
                    .into_any()
            } else {
                run.to_string().into_any()
            }
        })
        .collect_view()
}
