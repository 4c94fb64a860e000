//! The compare table (`compare=1`, key C): one row per event that passes the filters, in
//! time order, one column per source document; each cell says what that document says of
//! the event, the disputed values it gives, or that it is silent (`timeline_core::compare`).
//! The column heads carry each source's coverage of the rows shown.
//!
//! It is a grid for the keyboard: one cell takes Tab; the arrow keys, Home/End, Page
//! Up/Down and Ctrl+Home/End move between cells; Enter opens the row's event (or, on a
//! column head, the source's card). Each cell's name is its content after a hidden lead
//! ("Study guide on “Kirov assassinated”: …"). Up to [`WHOLE`] rows the table is in the page whole;
//! beyond, rows have one height (`--row-h` in the stylesheet) and only those near the
//! visible part are drawn (`timeline_core::rows`). Reads the state; sets the selection.

use timeline_core::t;
mod cells;

use cells::{head, open_source, row};

use crate::first::filters::NoMatch;
use crate::first::state::use_state;
use leptos::html::Div;
use leptos::prelude::*;
use leptos::reactive::computed::Selector;
use timeline_core::compare::{self, At};
use timeline_core::corroboration;
use timeline_core::{rows, scale::px};
use wasm_bindgen::JsCast;

/// Tables up to this many rows are drawn whole.
const WHOLE: usize = 2000;
/// Slices of the density strip in a column head.
const BINS: usize = 24;

/// The row height of a long table, px, as the stylesheet sets it for this screen.
fn row_height(el: &web_sys::Element) -> f64 {
    web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value("--row-h").ok())
        .and_then(|v| v.trim().trim_end_matches("px").parse::<f64>().ok())
        .filter(|h| *h > 0.0)
        .unwrap_or(160.0)
}

/// Focuses cell `at` if it is drawn; true if it was.
fn focus_cell(grid: &web_sys::Element, (r, c): At) -> bool {
    let sel = format!("[data-r=\"{r}\"][data-c=\"{c}\"]");
    grid.query_selector(&sel)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
}

#[component]
pub fn CompareView() -> impl IntoView {
    let state = use_state();
    // The sources shown as columns ("By source" picks some), and the grid's width.
    let columns = Memo::new(move |_| state.columns());
    let cols = move || columns.with(Vec::len) + 1;
    // The events shown, in time order (in reveal mode, none after the open one).
    let shown = Memo::new(move |_| {
        let order = state.order.get();
        match (state.reveal.get(), state.selected.get()) {
            (true, Some(last)) => order.into_iter().filter(|&i| i <= last).collect(),
            _ => order,
        }
    });
    let whole = move || shown.with(|v| v.len() <= WHOLE);
    let grid = NodeRef::<Div>::new();
    let size = crate::first::measure::track_size(grid, (800.0, 600.0)).value;
    let scroll = RwSignal::new(0.0f64);
    let row_h = Memo::new(move |_| {
        size.track();
        grid.get().map_or(160.0, |el| row_height(&el))
    });
    let range = Memo::new(move |_| {
        let n = shown.with(Vec::len);
        if n <= WHOLE {
            (0, n)
        } else {
            rows::window(scroll.get(), size.get().1, row_h.get(), n, 4)
        }
    });
    // The cell that takes Tab: the cursor, kept on a drawn row.
    let cursor = RwSignal::new((1usize, 0usize));
    let tab = Selector::new(move || {
        let (r, c) = cursor.get();
        let (a, b) = range.get();
        let r = if r == 0 || b == 0 {
            0
        } else {
            r.clamp(a + 1, b)
        };
        (r, c)
    });
    let reveal_row = move |r: usize| {
        let Some(el) = grid.get_untracked() else {
            return;
        };
        if r == 0 || whole() {
            return;
        }
        let h = row_h.get_untracked();
        // The head sits over the first rows: keep the row below it.
        let head = el
            .query_selector(".compare-head")
            .ok()
            .flatten()
            .map_or(0.0, |h| h.get_bounding_client_rect().height());
        let view = (size.get_untracked().1 - head).max(h);
        let top = rows::reveal(el.scroll_top() as f64, view, h, r - 1);
        el.set_scroll_top(top as i32);
        scroll.set(top);
    };
    let on_key = move |e: leptos::ev::KeyboardEvent| {
        let Some(el) = grid.get_untracked() else {
            return;
        };
        let n = shown.with_untracked(Vec::len);
        let page = ((size.get_untracked().1 / row_h.get_untracked()).floor() as usize).max(1);
        let (a, b) = range.get_untracked();
        let at = Some(cursor.get_untracked()).filter(|(r, _)| *r == 0 || (*r > a && *r <= b));
        let at = at.unwrap_or_else(|| {
            // The cursor's row has scrolled away: start from the focused cell.
            let focused = document().active_element();
            let read = |a: &str| focused.as_ref()?.get_attribute(a)?.parse::<usize>().ok();
            (read("data-r").unwrap_or(1), read("data-c").unwrap_or(0))
        });
        let key = e.key();
        if key == "Enter" || key == " " {
            if e.target() != e.current_target() {
                let (r, c) = at;
                e.prevent_default();
                e.stop_propagation();
                if r == 0 && c > 0 {
                    let k = columns.with_untracked(|v| v[c - 1]);
                    let id = state.timeline.with_value(|t| t.sources[k].id.clone());
                    open_source(state, id);
                } else if r > 0 {
                    if let Some(i) = shown.with_untracked(|v| v.get(r - 1).copied()) {
                        state.selected.set(Some(i));
                    }
                }
            }
            return;
        }
        // A right-to-left page lays the columns out from the right: the arrows follow
        // what the reader sees.
        let key = match (timeline_core::i18n::rtl(), key.as_str()) {
            (true, "ArrowLeft") => "ArrowRight".to_string(),
            (true, "ArrowRight") => "ArrowLeft".to_string(),
            _ => key,
        };
        let Some(to) = compare::moved(at, &key, e.ctrl_key() || e.meta_key(), n, cols(), page)
        else {
            return;
        };
        e.prevent_default();
        e.stop_propagation();
        cursor.set(to);
        reveal_row(to.0);
        // A row scrolled into a long table is drawn in the next frame.
        if !focus_cell(&el, to) {
            request_animation_frame(move || {
                focus_cell(&el, to);
            });
        }
    };
    crate::first::focus::layout_arrived(state);
    // Opening an event elsewhere (Next, a link) brings its row into view.
    Effect::new(move |_| {
        let Some(i) = state.selected.get() else {
            return;
        };
        let Some(k) = shown.with_untracked(|v| v.iter().position(|&j| j == i)) else {
            return;
        };
        cursor.update(|(r, _)| *r = k + 1);
        reveal_row(k + 1);
        if whole() {
            request_animation_frame(move || {
                if let Some(row) = grid.try_get_untracked().flatten().and_then(|g| {
                    g.query_selector(&format!(".compare-row[data-i=\"{i}\"]"))
                        .ok()
                        .flatten()
                }) {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    row.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            });
        }
    });
    let drawn = move || {
        let (a, b) = range.get();
        shown.with(|v| {
            (a..b)
                .filter_map(|k| Some((k, *v.get(k)?)))
                .collect::<Vec<_>>()
        })
    };
    let row_tab = tab.clone();
    let head_tab = tab.clone();
    let count = move || shown.with(Vec::len);
    // A new set of columns draws the table anew.
    let table = move || {
        let columns = columns.get();
        let row_tab = row_tab.clone();
        let body_columns = columns.clone();
        let body = move |(k, i): (usize, usize)| {
            let top = move || (!whole()).then(|| px(k as f64 * row_h.get()));
            row(state, k, i, &body_columns, row_tab.clone(), top)
        };
        view! {
            {head(state, shown, &columns, head_tab.clone())}
            <div
                class="compare-body"
                role="rowgroup"
                style:height=move || (!whole()).then(|| px(count() as f64 * row_h.get()))
            >
                <For each=drawn key=|at| *at children=body />
            </div>
        }
    };
    view! {
        <section class="compare-view" id="timeline" tabindex="-1" aria-label=t!("compare-label")>
            <SourcesNote columns />
            <div
                class="compare"
                class:windowed=move || !whole()
                role="grid"
                aria-label=t!("compare-grid")
                aria-rowcount=move || count() + 1
                aria-colcount=cols
                node_ref=grid
                on:keydown=on_key
                on:focusin=move |e: leptos::ev::FocusEvent| {
                    // A click or Tab onto a cell moves the cursor there.
                    let el = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                    let read = |a: &str| el.as_ref()?.get_attribute(a)?.parse::<usize>().ok();
                    if let (Some(r), Some(c)) = (read("data-r"), read("data-c")) {
                        if cursor.get_untracked() != (r, c) {
                            cursor.set((r, c));
                        }
                    }
                }
                on:scroll=move |_| {
                    if let Some(el) = grid.get_untracked() {
                        scroll.set(el.scroll_top() as f64);
                    }
                }
            >
                {table}
            </div>
            <NoMatch />
        </section>
    }
}

/// Above the table while a "By source" filter picks some documents: which are shown, and
/// the way to the others (and back).
#[component]
fn SourcesNote(columns: Memo<Vec<usize>>) -> impl IntoView {
    let state = use_state();
    let total = state.timeline.with_value(|t| t.sources.len());
    move || {
        let picked = state.filter.with(|f| !f.sources.is_empty());
        if !picked || total < 2 {
            return None;
        }
        let all = state.all_sources.get();
        let names = state.timeline.with_value(|t| {
            corroboration::names(
                t,
                &timeline_core::compare::columns(
                    t,
                    &state.filter.with(|f| f.sources.clone()),
                    false,
                ),
            )
        });
        let shown = columns.with(Vec::len);
        Some(view! {
            <p class="sources-note" role="status">
                {if all {
                    t!("compare-all-sources", total = total, names = names)
                } else {
                    t!("compare-picked-sources", names = names, shown = shown, total = total)
                }}
                " "
                <button class="all-sources" on:click=move |_| state.all_sources.update(|a| *a = !*a)>
                    {if all { t!("compare-only-picked") } else { t!("compare-show-all", total = total) }}
                </button>
            </p>
        })
    }
}
