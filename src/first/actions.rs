//! What a control's `data-action` (`timeline_core::render::frame`) does to the view's
//! state, written once for the header's and the filter bar's clicks and for the taps a
//! reader made on the pre-rendered first view before the app started (`takeover.rs`).
//! Never touches the page.

use crate::first::state::{AppState, Dialog};
use leptos::prelude::*;
use timeline_core::urlstate::{Layout, Unmatched};

/// Does `action`; `false` when it is not one of these (the caller's own, or unknown).
pub fn run(state: AppState, action: &str) -> bool {
    match action {
        "sources" => state.dialog.set(Dialog::Sources),
        "tours" => state.dialog.set(Dialog::Tours),
        "activities" => state.dialog.set(Dialog::Activities),
        "share" => state.dialog.set(Dialog::Share),
        "people" => state.dialog.set(Dialog::People),
        "source-filter" => state.dialog.set(Dialog::SourceFilter),
        "list" => state.toggle_layout(Layout::List),
        "compare" => state.toggle_layout(Layout::Compare),
        "differ" => state.filter.update(|f| f.differ = !f.differ),
        "dim" => state.unmatched.set(Unmatched::Dim),
        "hide" => state.unmatched.set(Unmatched::Hide),
        "clear" => state.clear_filters(),
        "zoom-in" => state.zoom(timeline_core::scale::ZOOM_IN),
        "zoom-out" => state.zoom(timeline_core::scale::ZOOM_OUT),
        "fit-all" => state.fit_all(),
        "reveal" => state.reveal.update(|r| *r = !*r),
        _ => return false,
    }
    true
}
