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
pub fn action_of(ev: &leptos::ev::MouseEvent) -> Option<(Element, String)> {
    let el = crate::first::links::target(ev, "[data-action]")?;
    let action = el.get_attribute("data-action")?;
    Some((el, action))
}

/// One element of a list kept by hand ([`keyed`]): its key, its inner markup, class,
/// attributes and style properties. Each is written only when it differs from what was
/// written last.
#[derive(Default, PartialEq)]
pub struct Entry {
    pub key: String,
    pub html: String,
    pub class: String,
    pub attrs: Vec<(&'static str, String)>,
    pub styles: Vec<(&'static str, String)>,
}

/// Keeps the children of `parent` as `entries` says, one `tag` element per entry, in its
/// order: an entry whose key was there before keeps its element (moved, never made
/// again, so a focused one keeps focus and a label moves rather than flickers), the rest
/// are made, the ones gone removed. For lists that change every frame while zooming
/// (ticks, clusters, era bands), where keyed views cost more than the frame.
pub fn keyed<E>(parent: NodeRef<E>, tag: &'static str, entries: impl Fn() -> Vec<Entry> + 'static)
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let find: Root = Box::new(move || parent.get().map(|r| r.unchecked_into::<Element>()));
    keyed_in(find, tag, Box::new(entries));
}

fn keyed_in(root: Root, tag: &'static str, entries: Box<dyn Fn() -> Vec<Entry>>) {
    let rows: std::cell::RefCell<Vec<(Entry, Element)>> = Default::default();
    Effect::new(move |_| {
        let Some(parent) = root() else { return };
        let next = entries();
        let mut old: std::collections::HashMap<String, (Entry, Element)> = rows
            .borrow_mut()
            .drain(..)
            .map(|(e, el)| (e.key.clone(), (e, el)))
            .collect();
        let doc = document();
        let children = parent.children();
        let mut kept = Vec::with_capacity(next.len());
        for (k, entry) in next.into_iter().enumerate() {
            let (was, el) = match old.remove(&entry.key) {
                Some((was, el)) => (was, el),
                None => match doc.create_element(tag) {
                    Ok(el) => (Entry::default(), el),
                    Err(_) => continue,
                },
            };
            write_entry(&el, &was, &entry);
            if children.item(k as u32).as_ref() != Some(&el) {
                let _ =
                    parent.insert_before(&el, children.item(k as u32).as_ref().map(|c| c.as_ref()));
            }
            kept.push((entry, el));
        }
        for (_, el) in old.into_values() {
            el.remove();
        }
        *rows.borrow_mut() = kept;
    });
}

fn write_entry(el: &Element, was: &Entry, now: &Entry) {
    if was.html != now.html {
        el.set_inner_html(&now.html);
    }
    if was.class != now.class {
        el.set_class_name(&now.class);
    }
    for (name, value) in &now.attrs {
        if !was.attrs.iter().any(|(n, v)| n == name && v == value) {
            let _ = el.set_attribute(name, value);
        }
    }
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let style = el.style();
        for (name, value) in &now.styles {
            if !was.styles.iter().any(|(n, v)| n == name && v == value) {
                let _ = style.set_property(name, value);
            }
        }
    }
}
