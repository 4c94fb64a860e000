//! Markup written once in the core (`timeline_core::render::frame`: the header and the
//! filter bar, the first view's too) made live: effects that write into it the state each
//! control shows (an attribute, a flag, a value, a text), found by a selector under the
//! element the view drew it in, and the control a click landed on, by its `data-action`.
//! Never writes markup nor decides what an action does (`actions.rs`).

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Runs `write` on every element under `root` that `selector` finds, with its index in
/// document order, now and whenever a signal `write` reads changes.
pub fn bind_all<E>(
    root: NodeRef<E>,
    selector: &'static str,
    write: impl Fn(&Element, u32) + 'static,
) where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let find: Root = Box::new(move || root.get().map(|r| r.unchecked_into::<Element>()));
    bind_in(find, selector, Box::new(write));
}

/// [`bind_all`] for the one element `selector` finds first.
pub fn bind<E>(root: NodeRef<E>, selector: &'static str, write: impl Fn(&Element) + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    bind_all(root, selector, move |el, k| {
        if k == 0 {
            write(el)
        }
    });
}

/// The element a view drew the markup in, once it is there.
type Root = Box<dyn Fn() -> Option<Element>>;
/// What a binding writes into each element found, with its index.
type Write = Box<dyn Fn(&Element, u32)>;

/// One effect's body for every binding (the generic wrappers only box their closures).
fn bind_in(root: Root, selector: &'static str, write: Write) {
    Effect::new(move |_| {
        let Some(found) = root().and_then(|r| r.query_selector_all(selector).ok()) else {
            return;
        };
        for k in 0..found.length() {
            if let Some(el) = found.item(k).and_then(|n| n.dyn_into::<Element>().ok()) {
                write(&el, k);
            }
        }
    });
}

/// Sets or removes the boolean attribute `name` (`hidden`, `disabled`).
pub fn flag(el: &Element, name: &str, on: bool) {
    let _ = el.toggle_attribute_with_force(name, on);
}

/// `aria-pressed` (or any attribute) to "true" or "false".
pub fn state(el: &Element, name: &str, on: bool) {
    let _ = el.set_attribute(name, if on { "true" } else { "false" });
}

/// The element's text, written only when it changes (a live region says it again when
/// written, even with the same words).
pub fn text(el: &Element, value: &str) {
    if el.text_content().as_deref() != Some(value) {
        el.set_text_content(Some(value));
    }
}

/// The text of the first element `selector` finds under `el`.
pub fn text_in(el: &Element, selector: &str, value: &str) {
    if let Ok(Some(inner)) = el.query_selector(selector) {
        text(&inner, value);
    }
}

/// A form control's value (a select's choice, a text box's text), written only when it
/// differs, so that the caret of a text box being typed in stays where it is.
pub fn value(el: &Element, value: &str) {
    if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
        if select.value() != value {
            select.set_value(value);
        }
    } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        if input.value() != value {
            input.set_value(value);
        }
    }
}

/// The control a click landed on (the nearest element with a `data-action`) and its
/// action.
pub fn action_of(ev: &web_sys::Event) -> Option<(Element, String)> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    let el = target.closest("[data-action]").ok()??;
    let action = el.get_attribute("data-action")?;
    Some((el, action))
}
