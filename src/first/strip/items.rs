//! The event items on the strip, kept in the DOM by hand (as the ticks, era bands and
//! clusters are, more simply, with `bind::keyed`). A filter change at 10,000 events swaps most of the
//! ~60 items on screen; as components (an owner, four effects and ~25 DOM calls out of
//! wasm each) that alone took longer than a frame. Here each item's fixed markup (bar,
//! colour, symbol, title, date) is an escaped HTML string parsed by the browser in one
//! call, and one effect sets each item's place and state only where they changed.
//! Items are keyed by event index and kept in time order (the order Tab follows), so an
//! item on screen is never re-created and a focused label keeps its focus. Clicks are
//! handled once for the whole list ([`clicked_event`]).

use leptos::ev;
use timeline_core::layout::Slot;
use timeline_core::render::{item, Links};
use timeline_core::scale::{push_px, px};
use timeline_core::Timeline;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The inner HTML of event `i`'s list item (`timeline_core::render::item`, which the
/// pre-rendered pages use too) and its colour index.
pub fn item_html(t: &Timeline, i: usize, links: &Links) -> (String, Option<usize>) {
    (item::inner(t, i, links), item::colour(t, i))
}

/// The event whose label a click landed on, from its list item's `data-i`.
pub fn clicked_event(e: &ev::MouseEvent) -> Option<usize> {
    let target: Element = e.target()?.dyn_into().ok()?;
    let label = target.closest(".event-label").ok()??;
    label
        .parent_element()?
        .get_attribute("data-i")?
        .parse()
        .ok()
}

/// How one item looks now: its place and its state among the filters and selection.
pub struct Look {
    pub slot: Slot,
    pub lane_h: f64,
    pub matched: bool,
    pub filtering: bool,
    pub open: bool,
    /// Some of its label is on screen: only then is it a Tab stop.
    pub visible: bool,
}

impl Look {
    fn class(&self) -> &'static str {
        match (self.matched, self.filtering, self.open) {
            (false, _, false) => "event dim",
            (false, _, true) => "event dim selected",
            (true, true, false) => "event hit",
            (true, true, true) => "event hit selected",
            (true, false, false) => "event",
            (true, false, true) => "event selected",
        }
    }

    /// The item's place: its `transform`.
    fn place(&self) -> String {
        let mut out = String::with_capacity(40);
        out.push_str("translate(");
        push_px(&mut out, self.slot.left);
        out.push(',');
        push_px(&mut out, self.slot.lane as f64 * self.lane_h);
        out.push(')');
        out
    }
}

/// One item in the DOM and what was last written to it, so that only changes are
/// written: while zooming, an item's place changes every frame, its bar's extent only
/// for spans and the label width only when the geometry does (projection mode).
struct Row {
    index: usize,
    li: Element,
    bar: web_sys::HtmlElement,
    label: web_sys::HtmlElement,
    place: String,
    bar_x: String,
    bar_w: String,
    label_w: String,
    class: &'static str,
    tab_stop: Option<bool>,
}

impl Row {
    fn new(index: usize, li: Element) -> Option<Row> {
        Some(Row {
            index,
            bar: li.first_element_child()?.unchecked_into(),
            label: li.last_element_child()?.unchecked_into(),
            li,
            place: String::new(),
            bar_x: String::new(),
            bar_w: String::new(),
            label_w: String::new(),
            class: "",
            tab_stop: None,
        })
    }

    fn show(&mut self, look: &Look) {
        let place = look.place();
        if place != self.place {
            let _ = self
                .li
                .unchecked_ref::<web_sys::HtmlElement>()
                .style()
                .set_property("transform", &place);
            self.place = place;
        }
        let s = &look.slot;
        for (value, last, el, prop) in [
            (px(s.bar_x - s.left), &mut self.bar_x, &self.bar, "left"),
            (px(s.bar_w), &mut self.bar_w, &self.bar, "width"),
            (
                px(s.label_w.round()),
                &mut self.label_w,
                &self.label,
                "max-width",
            ),
        ] {
            if value != *last {
                let _ = el.style().set_property(prop, &value);
                *last = value;
            }
        }
        if self.tab_stop != Some(look.visible) {
            let _ = if look.visible {
                self.label.remove_attribute("tabindex")
            } else {
                self.label.set_attribute("tabindex", "-1")
            };
            self.tab_stop = Some(look.visible);
        }
        let class = look.class();
        if class != self.class {
            self.li.set_class_name(class);
            let _ = if look.open {
                self.li.set_attribute("aria-current", "true")
            } else {
                self.li.remove_attribute("aria-current")
            };
            self.class = class;
        }
    }
}

/// The items currently in the list, in event order.
#[derive(Default)]
pub struct Items {
    rows: Vec<Row>,
}

impl Items {
    /// Makes `list` hold exactly the events in `shown` (sorted by index), creating,
    /// removing and updating as little as possible.
    pub fn sync(
        &mut self,
        list: &Element,
        shown: impl Iterator<Item = (usize, Look)>,
        html: impl Fn(usize) -> (String, Option<usize>),
    ) {
        let Some(doc) = list.owner_document() else {
            return;
        };
        let mut next = Vec::with_capacity(self.rows.len());
        let mut old = std::mem::take(&mut self.rows).into_iter().peekable();
        // A focused label that goes (panned off screen, clustered) hands focus to the strip.
        let active = doc.active_element();
        let mut dropped_focus = false;
        let mut drop = |row: Row| {
            dropped_focus |= active.as_ref().is_some_and(|a| row.li.contains(Some(a)));
            row.li.remove();
        };
        for (index, look) in shown {
            while let Some(gone) = old.next_if(|r| r.index < index) {
                drop(gone);
            }
            let mut row = match old.next_if(|r| r.index == index) {
                Some(row) => row,
                None => {
                    let Ok(li) = doc.create_element("li") else {
                        continue;
                    };
                    let _ = li.set_attribute("data-i", &index.to_string());
                    let (markup, colour) = html(index);
                    li.set_inner_html(&markup);
                    if let Some(k) = colour {
                        let _ = li.set_attribute("data-cat", &k.to_string());
                    }
                    let before: Option<&web_sys::Node> = old.peek().map(|r| r.li.as_ref());
                    let _ = list.insert_before(&li, before);
                    let Some(row) = Row::new(index, li.clone()) else {
                        li.remove();
                        continue;
                    };
                    row
                }
            };
            row.show(&look);
            next.push(row);
        }
        for gone in old {
            drop(gone);
        }
        self.rows = next;
        if dropped_focus {
            if let Some(strip) = list
                .parent_element()
                .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = strip.focus();
            }
        }
    }
}
