//! The event panel: its bar (Previous / Next through the filtered order or the tour, where
//! the stepping stands, Close), a running tour's box, and the event itself, whose markup
//! is `timeline_core::render::event` (the build's pre-rendered pages show the same). The
//! panel handles the clicks in that markup for the whole block: a person filters to
//! them, a related event opens, the link button opens the share dialog. In projection
//! the panel is a slide read from the back of the room, shown a page at a time
//! (`slide`) so a clicker reaches every claim. Opening an event moves focus to its
//! heading. An event's media load only when the reader asks (`media`).

use timeline_core::t;
mod slide;
mod tour;

use crate::chunks::media;
use crate::first::state::{use_state, AppState, Dialog};
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use slide::Pages;
use std::collections::BTreeSet;
use timeline_core::activity::Kind;
use timeline_core::urlstate::{ActivityLink, Layout};
use tour::{TourBox, TourQuestion};
use wasm_bindgen::JsCast;

/// A click inside the event's markup: what it asks for, if anything.
fn on_body_click(state: AppState, e: ev::MouseEvent) {
    use crate::first::links::{plain, target};
    if media::on_click(state, &e) {
        return;
    }
    if let Some(person) = target(&e, "[data-person]").and_then(|el| el.get_attribute("data-person"))
    {
        state.filter.update(|f| f.people = BTreeSet::from([person]));
    } else if let Some(i) = target(&e, "a[data-i]")
        .filter(|_| plain(&e))
        .and_then(|el| el.get_attribute("data-i")?.parse().ok())
    {
        e.prevent_default();
        state.selected.set(Some(i));
    } else if target(&e, "[data-action=\"share\"]").is_some() {
        state.dialog.set(Dialog::Share);
    } else if target(&e, "[data-action=\"corroborate\"]").is_some() && plain(&e) {
        e.prevent_default();
        state.layout.set(Layout::Activity(ActivityLink {
            kind: Kind::Corroborate,
            n: None,
            seed: None,
        }));
    }
}

#[component]
pub fn EventPanel() -> impl IntoView {
    let state = use_state();
    let body = NodeRef::<Div>::new();
    let pages = RwSignal::new(Pages::default());
    let size = crate::first::measure::track_size(body, (0.0, 0.0)).value;
    // A new event opens with focus on its heading (not when the app is drawn again in
    // another language: focus stays on the language menu).
    Effect::new(move |_| {
        if state.selected.get().is_some() {
            request_animation_frame(move || {
                let on_menu = document()
                    .active_element()
                    .is_some_and(|a| a.id() == "lang-menu");
                if on_menu {
                    return;
                }
                if let Some(h) = document_element("panel-title") {
                    // Not scrolled into view: stepping back shows the last page.
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = h.focus_with_options(&options);
                }
            });
        }
    });
    // Its pages are measured once its content is laid out, and again whenever the body's
    // size, the mode or the tour changes. A new event starts on its first page, or on its
    // last when stepped back into (and stays there while the reader does not turn a page).
    let shown_event = StoredValue::new(None::<usize>);
    let at_end = StoredValue::new(false);
    Effect::new(move |_| {
        let sel = state.selected.get();
        state.projection.track();
        state.tour.track();
        size.track();
        let new_event = shown_event.get_value() != sel;
        if new_event {
            shown_event.set_value(sel);
            at_end.set_value(state.to_last_page.get_value());
            state.to_last_page.set_value(false);
            // Until measured, the new event shows from its top.
            if let Some(b) = body.get_untracked() {
                b.set_scroll_top(0);
            }
        }
        request_animation_frame(move || {
            // The panel may be gone by then (the app drawn again in another language).
            let Some(Some(b)) = body.try_get_untracked() else {
                return;
            };
            // Media the reader chose to always see are in place before the pages are
            // measured (their frames have a fixed shape either way).
            if new_event {
                media::apply(state, &b);
            }
            let measured = slide::measure(state, &b);
            let n = measured.starts.len();
            if state.pages.try_set(n).is_some() {
                return;
            }
            let page = match (at_end.get_value(), new_event) {
                (true, _) => n - 1,
                (false, true) => 0,
                (false, false) => state.page.get_untracked().min(n - 1),
            };
            if pages.try_set(measured).is_some() {
                return;
            }
            if state.page.get_untracked() == page {
                pages.with_untracked(|p| slide::show(&b, p, page));
            }
            state.page.try_set(page);
        });
    });
    // Turning a page (or measuring anew) shows it; turning away from the last page
    // unpins it.
    Effect::new(move |_| {
        let page = state.page.get();
        if let Some(b) = body.get_untracked() {
            pages.with_untracked(|p| slide::show(&b, p, page));
        }
        if page + 1 < state.pages.get_untracked() {
            at_end.set_value(false);
        }
    });
    let content = move || {
        let i = state.selected.get()?;
        let t = state.timeline();
        Some(
            state
                .links
                .with_value(|l| timeline_core::render::event::body(&t, i, l)),
        )
    };
    let bar = move || {
        let i = state.selected.get()?;
        let t = state.timeline();
        let (label, at_start, at_end) = match state.tour.get() {
            Some((tr, k)) => {
                let n = t.tours[tr].steps.len();
                (format!("{} / {n}", k + 1), k == 0, k + 1 >= n)
            }
            None => {
                let p = state.order.with(|o| timeline_core::step::position(o, i));
                (p.label(), p.first, p.last)
            }
        };
        let title = t.events[i].title.clone();
        // "Kirov assassinated — sources 4/10": the slide shows its own title, so on the
        // projected bar the title is for screen readers only.
        let progress = move || {
            let (page, n) = (state.page.get(), state.pages.get());
            let name = pages.with(|p| p.names.get(page).cloned().unwrap_or_default());
            (state.projection.get() && n > 0).then(|| {
                view! {
                    <span class="sr-only">{format!("{title} — ")}</span>
                    {format!("{name} {}/{n}", page + 1)}
                }
            })
        };
        Some(view! {
            <div class="panel-bar">
                <button class="prev" disabled=at_start on:click=move |_| state.step(-1)>
                    "←" <span class="word">{format!("\u{a0}{}", t!("panel-previous"))}</span>
                </button>
                <span class="position">{label}</span>
                <button class="next" disabled=at_end on:click=move |_| state.step(1)>
                    <span class="word">{format!("{}\u{a0}", t!("panel-next"))}</span> "→"
                </button>
                <span class="slide-progress" aria-live="polite">{progress}</span>
                <button class="close" aria-label=t!("close-escape") on:click=move |_| state.selected.set(None)>
                    "✕"
                </button>
            </div>
        })
    };
    view! {
        <aside class="panel" aria-labelledby="panel-title">
            {bar}
            <TourBox />
            <div class="panel-body" node_ref=body on:click=move |e| on_body_click(state, e)>
                <TourQuestion />
                <div class="event-body" inner_html=content></div>
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
