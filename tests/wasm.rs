//! Browser tests (wasm-bindgen-test in headless Chromium): mount the real components with
//! the shipped data and check what a user would see and do.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use purge_timeline::{report_panic, ErrorPanel, LoadFailure, LoadedApp};
use std::sync::Arc;
use timeline_core::urlstate::ViewState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DATA: &str = include_str!("../data/events.json");

const STYLE: &str = include_str!("../public/style.css");

/// A 1200 × 700 box to mount into, with the app's real stylesheet (sizes, lanes and
/// visibility depend on it).
fn container() -> web_sys::HtmlElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    if doc.get_element_by_id("app-style").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("app-style");
        style.set_text_content(Some(STYLE));
        doc.head().unwrap().append_child(&style).unwrap();
    }
    let el: web_sys::HtmlElement = doc.create_element("div").unwrap().dyn_into().unwrap();
    el.style().set_property("width", "1200px").unwrap();
    el.style().set_property("height", "700px").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

/// The next animation frame.
async fn next_frame() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Waits a frame at a time until `ready` holds; fails after 5 s naming what it waited for.
async fn until(what: &str, ready: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !ready() {
        assert!(
            js_sys::Date::now() - start < 5000.0,
            "waited 5 s for {what}"
        );
        next_frame().await;
    }
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn click_label(root: &web_sys::HtmlElement, title: &str) {
    let titles = root.query_selector_all(".event-label .title").unwrap();
    for i in 0..titles.length() {
        let t = titles.item(i).unwrap();
        if t.text_content().as_deref() == Some(title) {
            let label: web_sys::HtmlElement = t.parent_element().unwrap().dyn_into().unwrap();
            label.click();
            return;
        }
    }
    panic!("no event labelled {title:?} on screen");
}

/// The app mounted in `el`, unmounted (and its box removed) when dropped, so no test
/// leaves an app listening to the page.
struct Mounted<M: leptos::tachys::view::Mountable>(
    Option<leptos::mount::UnmountHandle<M>>,
    web_sys::HtmlElement,
);

impl<M: leptos::tachys::view::Mountable> Drop for Mounted<M> {
    fn drop(&mut self) {
        drop(self.0.take());
        self.1.remove();
    }
}

fn mounted<M: leptos::tachys::view::Mountable>(
    handle: leptos::mount::UnmountHandle<M>,
    el: &web_sys::HtmlElement,
) -> Mounted<M> {
    Mounted(Some(handle), el.clone())
}

fn mount_app(el: &web_sys::HtmlElement) -> impl Drop {
    let t = Arc::new(timeline_core::load(DATA).unwrap());
    mounted(
        leptos::mount::mount_to(
            el.clone(),
            move || view! { <LoadedApp timeline=t.clone() /> },
        ),
        el,
    )
}

#[wasm_bindgen_test]
async fn events_render_and_a_click_opens_the_sourced_panel() {
    let el = container();
    let _app = mount_app(&el);
    until("event labels", || count(&el, ".event-label") >= 10).await;
    assert!(count(&el, ".tick.minor") >= 5, "axis has no ticks");
    click_label(&el, "Kirov assassinated");
    until("the panel", || count(&el, ".panel h2") == 1).await;
    assert_eq!(text(&el, ".panel h2"), "Kirov assassinated");
    assert_eq!(text(&el, ".panel-date"), "1 Dec 1934");
    assert_eq!(count(&el, ".panel .source-card"), 5, "one card per source");
    assert!(text(&el, ".disputes-box").contains("unproven"));
    // Next steps to the following event in time.
    let next: web_sys::HtmlElement = el
        .query_selector(".panel .next")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    next.click();
    until("the next event", || {
        text(&el, ".panel h2") != "Kirov assassinated"
    })
    .await;
}

#[wasm_bindgen_test]
async fn dates_show_only_the_precision_the_sources_give() {
    for (id, date) in [
        ("decree-on-terrorist-acts", "Dec 1934"),
        ("trotsky-expelled", "1927"),
        ("kirov-assassination", "1 Dec 1934"),
        ("triumvirate-against-trotsky", "c. 1924"),
    ] {
        // Opened as a link would open it, so the check does not depend on lane layout.
        let el = container();
        let t = Arc::new(timeline_core::load(DATA).unwrap());
        let link = ViewState {
            event: Some(id.to_string()),
            ..Default::default()
        };
        let _app = mounted(
            leptos::mount::mount_to(el.clone(), move || {
                view! { <LoadedApp timeline=t.clone() link=link.clone() /> }
            }),
            &el,
        );
        until("the panel's date", || count(&el, ".panel-date") == 1).await;
        assert_eq!(text(&el, ".panel-date"), date, "{id}");
    }
}

#[wasm_bindgen_test]
async fn broken_data_shows_a_specific_error_panel() {
    let el = container();
    let error = timeline_core::load("{\"title\": \"x\", \"sources\": [").unwrap_err();
    let failure = LoadFailure::Data {
        url: "data/broken.json".into(),
        error,
    };
    let _panel = mounted(
        leptos::mount::mount_to(
            el.clone(),
            move || view! { <ErrorPanel failure=failure.clone() /> },
        ),
        &el,
    );
    until("the error panel", || count(&el, ".error-panel") == 1).await;
    let msg = text(&el, ".error-panel");
    assert!(
        msg.contains("data/broken.json") && msg.contains("line 1"),
        "{msg}"
    );
    assert_eq!(
        el.query_selector(".error-panel")
            .unwrap()
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("alert")
    );
}

#[wasm_bindgen_test]
fn a_panic_shows_an_error_panel_not_a_blank_page() {
    report_panic("panicked at src/strip.rs:1:1: test panic");
    let doc = web_sys::window().unwrap().document().unwrap();
    let panel = doc
        .get_element_by_id("fatal-error")
        .expect("fatal error panel");
    let t = panel.text_content().unwrap();
    assert!(t.contains("stopped working"), "{t}");
    // The detail (with paths of the build) is for the console, not the page.
    assert!(
        !t.contains("src/strip.rs") && !t.contains("test panic"),
        "{t}"
    );
    panel.remove();
}

#[wasm_bindgen_test]
async fn titles_with_markup_characters_are_shown_as_text() {
    let title = "Kirov <b>shot</b> & \"killed\" in <Leningrad>";
    let mut raw: serde_json::Value = serde_json::from_str(DATA).unwrap();
    let events = raw["events"].as_array_mut().unwrap();
    let kirov = events
        .iter_mut()
        .find(|e| e["id"] == "kirov-assassination")
        .unwrap();
    kirov["title"] = title.into();
    let t = Arc::new(timeline_core::load(&raw.to_string()).unwrap());
    let el = container();
    let _app = mounted(
        leptos::mount::mount_to(
            el.clone(),
            move || view! { <LoadedApp timeline=t.clone() /> },
        ),
        &el,
    );
    until("event labels", || count(&el, ".event-label") >= 10).await;
    assert_eq!(
        count(&el, ".strip b"),
        0,
        "markup in a title must not become elements"
    );
    click_label(&el, title);
    until("the panel", || count(&el, ".panel h2") == 1).await;
    assert_eq!(text(&el, ".panel h2"), title);
    let label = el
        .query_selector("li.event[aria-current='true'] .event-label")
        .unwrap()
        .expect("the open event is marked current on the strip");
    assert!(label
        .get_attribute("aria-label")
        .unwrap()
        .starts_with(title));
}
