//! The header: the dataset's title and the view tools (jump to a period, list, compare,
//! zoom, sources, tours, activities, open, reveal, theme, language, projection, share).
//! Its markup is `timeline_core::render::frame::header`, the pre-rendered first view's
//! too; this module binds it: the state each tool shows, and its clicks and choices.
//! Writes view signals only.

use crate::first::bind::{action_of, bind, flag, state as set_state, text, value};
use crate::first::projection::set_projection;
use crate::first::state::{use_state, Theme};
use leptos::ev;
use leptos::prelude::*;
use timeline_core::render::frame;
use timeline_core::scale::Window;
use timeline_core::t;
use timeline_core::urlstate::Layout;
use wasm_bindgen::JsCast;

#[component]
pub fn Header(filters_open: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let timeline = state.timeline();
    let root = NodeRef::<leptos::html::Header>::new();
    let opener = use_context::<crate::first::open::Opener>();
    let redraw = use_context::<crate::first::lang::Redraw>();
    // The select keeps showing the period chosen (so the arrow keys move through the
    // periods, each applied at once) until the view moves away from it.
    let preset = RwSignal::new(String::new());
    let jumped_to: StoredValue<Option<Window>> = StoredValue::new(None);
    Effect::new(move |_| {
        let w = state.window.get();
        if jumped_to.get_value().is_some_and(|j| j != w) {
            jumped_to.set_value(None);
            preset.set(String::new());
        }
    });
    // Jumping and zooming move the strip's window: the list and the table have none.
    let off_strip = move || state.layout.get() != Layout::Strip;
    bind(root, ".filters-toggle", move |el| {
        set_state(el, "aria-expanded", filters_open.get())
    });
    bind(root, "select.presets", move |el| {
        flag(el, "hidden", off_strip());
        value(el, &preset.get());
    });
    bind(root, ".zoom-controls", move |el| {
        flag(el, "hidden", off_strip())
    });
    bind(root, ".list-toggle", move |el| {
        set_state(el, "aria-pressed", state.layout.get() == Layout::List)
    });
    bind(root, ".compare-toggle", move |el| {
        set_state(el, "aria-pressed", state.layout.get() == Layout::Compare)
    });
    bind(root, ".reveal-toggle", move |el| {
        set_state(el, "aria-pressed", state.reveal.get())
    });
    bind(root, "select.theme", move |el| {
        value(el, state.theme.get().id())
    });
    let (project, exit) = (t!("header-project"), t!("header-project-exit"));
    bind(root, ".projection-toggle", move |el| {
        let on = state.projection.get();
        set_state(el, "aria-pressed", on);
        text(el, if on { &exit } else { &project });
    });
    let (open, busy) = (t!("open-button"), t!("open-busy"));
    bind(root, ".open-file", move |el| {
        let busy_now = opener.is_some_and(|o| o.busy.get());
        let _ = match busy_now {
            true => el.set_attribute("aria-busy", "true"),
            false => el.remove_attribute("aria-busy"),
        };
        text(el, if busy_now { &busy } else { &open });
    });

    let on_click = move |ev: ev::MouseEvent| {
        if crate::first::lang::menu_click(&ev, redraw) {
            return;
        }
        let Some((el, action)) = action_of(&ev) else {
            return;
        };
        match action.as_str() {
            "filters" => filters_open.update(|o| *o = !*o),
            "project" => set_projection(state, !state.projection.get_untracked()),
            "open" => {
                if let Ok(Some(input)) = el
                    .parent_element()
                    .map_or(Ok(None), |p| p.query_selector(".file-input"))
                {
                    if let Ok(input) = input.dyn_into::<web_sys::HtmlElement>() {
                        input.click();
                    }
                }
            }
            // The selects answer to their choice, not to a click.
            "jump" | "theme" => {}
            a => {
                crate::first::actions::run(state, a);
            }
        }
    };
    let tl = timeline.clone();
    let on_change = move |ev: ev::Event| {
        let Some(target) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        if target.class_list().contains("file-input") {
            let input: web_sys::HtmlInputElement = target.unchecked_into();
            if let (Some(o), Some(f)) = (opener, crate::first::open::first_file(input.files())) {
                o.open(f);
            }
            input.set_value("");
            return;
        }
        let choice = event_target_value(&ev);
        if target.class_list().contains("theme") {
            state.theme.set(Theme::from_id(&choice));
            return;
        }
        let l = state.limits;
        let to = match choice.as_str() {
            "default" => {
                let (a, b) = tl.default_window;
                Some(Window::new(a, b).clamp(&l))
            }
            "all" => Some(Window::new(l.lo, l.hi).clamp(&l)),
            id => tl
                .eras
                .iter()
                .find(|e| e.id == id)
                .map(|era| Window::fit(era.t0, era.t1, &l)),
        };
        preset.set(choice);
        if let Some(w) = to {
            jumped_to.set_value(Some(w));
            state.window.set(w);
        }
    };
    view! {
        <header
            class="top"
            node_ref=root
            inner_html=frame::header(&timeline, None)
            on:click=on_click
            on:change=on_change
        ></header>
    }
}
