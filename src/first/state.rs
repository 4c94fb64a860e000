//! The view's signals in one `Copy` struct, provided as context: window, selection,
//! filters and modes, plus memos derived from them. Holds no logic beyond calling the
//! core (`filter::apply`) and stepping through the filtered order.

use leptos::prelude::*;
use std::sync::Arc;
use timeline_core::filter::{apply, Filter, Matches, SearchIndex};
use timeline_core::render::Links;
use timeline_core::scale::{Limits, Window};
use timeline_core::urlstate::{self, Layout, Unmatched, ViewState};
use timeline_core::Timeline;

/// Which overlay dialog is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    None,
    Share,
    Sources,
    Tours,
    /// The people picker (a filter).
    People,
    /// The source picker (a filter).
    SourceFilter,
    /// The class activities: which to start, and how.
    Activities,
    /// The timeline on screen as a file to download.
    Download,
}

/// Colour theme; high contrast is meant for washed-out projectors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    HighContrast,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::HighContrast => "contrast",
        }
    }

    pub fn from_id(id: &str) -> Theme {
        match id {
            "dark" => Theme::Dark,
            "contrast" => Theme::HighContrast,
            _ => Theme::Light,
        }
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub timeline: StoredValue<Arc<Timeline>>,
    pub limits: Limits,
    pub window: RwSignal<Window>,
    pub selected: RwSignal<Option<usize>>,
    pub filter: RwSignal<Filter>,
    pub unmatched: RwSignal<Unmatched>,
    pub matches: Memo<Matches>,
    /// Matching event indices in time order: what Previous/Next step through.
    pub order: Memo<Vec<usize>>,
    pub dialog: RwSignal<Dialog>,
    pub notices: RwSignal<Vec<String>>,
    /// Classroom projection: large type, chrome folded away, keys step through events.
    pub projection: RwSignal<bool>,
    /// Hide every event after the current one, so a class can predict what comes next.
    pub reveal: RwSignal<bool>,
    /// Running tour: (tour index, 0-based step).
    pub tour: RwSignal<Option<(usize, usize)>>,
    pub theme: RwSignal<Theme>,
    /// Strip, list or compare table.
    pub layout: RwSignal<Layout>,
    /// The source whose card the sources dialog brings into view when it opens.
    pub source_card: RwSignal<Option<String>>,
    /// Where the data came from (`?data=`), kept in links.
    pub data: StoredValue<Option<String>>,
    /// The interface language a link asked for (`?lang=`), kept in links.
    pub lang: RwSignal<Option<String>>,
    /// How links to this timeline's events are written (they keep its `?data=`).
    pub links: StoredValue<Links>,
    /// In projection, the open event is a slide shown a page at a time: the page shown
    /// and how many there are (the panel measures them; the keys turn them).
    pub page: RwSignal<usize>,
    pub pages: RwSignal<usize>,
    /// Set when stepping back onto an event: show its last page, mirroring the way forward.
    pub to_last_page: StoredValue<bool>,
    /// The page is being printed: the handout is drawn.
    pub printing: RwSignal<bool>,
    /// Show every source's column (compare table, handout) although a "By source" filter
    /// picks some; back to false whenever the picked sources change.
    pub all_sources: RwSignal<bool>,
    /// The reader has switched layout (List, Compare) since the page opened; a link that
    /// opens in one has not. Focus follows a switch (see `focus::layout_arrived`).
    pub switched_layout: StoredValue<bool>,
}

impl AppState {
    pub fn new(
        timeline: Arc<Timeline>,
        notices: RwSignal<Vec<String>>,
        data: Option<String>,
    ) -> AppState {
        let limits = Limits::for_timeline(&timeline);
        let (d0, d1) = timeline.default_window;
        let index = Arc::new(SearchIndex::new(&timeline));
        prepare_in_background(timeline.clone(), index.clone());
        let tl = StoredValue::new(timeline);
        let filter = RwSignal::new(Filter::default());
        let matches = Memo::new(move |_| filter.with(|f| tl.with_value(|t| apply(t, &index, f))));
        let order = Memo::new(move |_| {
            matches.with(|m| {
                m.event
                    .iter()
                    .enumerate()
                    .filter(|(_, on)| **on)
                    .map(|(i, _)| i)
                    .collect()
            })
        });
        AppState {
            timeline: tl,
            limits,
            window: RwSignal::new(Window::new(d0, d1).clamp(&limits)),
            selected: RwSignal::new(None),
            filter,
            unmatched: RwSignal::new(Unmatched::Dim),
            matches,
            order,
            dialog: RwSignal::new(Dialog::None),
            notices,
            projection: RwSignal::new(false),
            reveal: RwSignal::new(false),
            tour: RwSignal::new(None),
            theme: RwSignal::new(Theme::Light),
            layout: RwSignal::new(Layout::Strip),
            source_card: RwSignal::new(None),
            lang: RwSignal::new(None),
            links: StoredValue::new(Links {
                base: urlstate::format(&ViewState {
                    data: data.clone(),
                    ..ViewState::default()
                }),
            }),
            data: StoredValue::new(data),
            page: RwSignal::new(0),
            pages: RwSignal::new(1),
            to_last_page: StoredValue::new(false),
            printing: RwSignal::new(false),
            switched_layout: StoredValue::new(false),
            all_sources: RwSignal::new(false),
        }
    }

    /// The sources shown as columns: those a "By source" filter picks, or all of them.
    pub fn columns(&self) -> Vec<usize> {
        let all = self.all_sources.get();
        self.timeline.with_value(|t| {
            self.filter
                .with(|f| timeline_core::compare::columns(t, &f.sources, all))
        })
    }

    /// Whether the event panel shows: an event is open and no activity takes the stage
    /// (the event an activity corroborates is its subject, not a panel).
    pub fn panel_open(&self) -> bool {
        self.selected.with(Option::is_some) && !self.in_activity()
    }

    /// Whether a class activity is shown in place of the timeline.
    pub fn in_activity(&self) -> bool {
        self.layout.with(|l| matches!(l, Layout::Activity(_)))
    }

    /// Shows `layout`, or the strip if it is shown already (the List and Compare buttons).
    pub fn toggle_layout(&self, layout: Layout) {
        self.layout
            .update(|l| *l = if *l == layout { Layout::Strip } else { layout });
    }

    pub fn timeline(&self) -> Arc<Timeline> {
        self.timeline.get_value()
    }

    /// Opens the previous (`-1`) or next (`+1`) event: the tour's steps when a tour is
    /// running, else the matching events in time order; with nothing open, the first (or
    /// last) of them on screen, as a clicker pressed over the strip expects.
    pub fn step(&self, delta: isize) {
        if let Some((t, k)) = self.tour.get_untracked() {
            let n = self.timeline.with_value(|tl| tl.tours[t].steps.len());
            self.go_to_step(t, (k as isize + delta).clamp(0, n as isize - 1) as usize);
            return;
        }
        let next = self.order.with_untracked(|order| {
            let current = self.selected.get_untracked();
            let start = current.is_none().then(|| {
                let w = self.window.get_untracked();
                self.timeline
                    .with_value(|t| timeline_core::step::in_view(t, order, &w, delta < 0))
            });
            timeline_core::step::step(order, current, delta, start.flatten())
        });
        if next.is_some() {
            self.selected.set(next);
        }
    }

    /// First (`last == false`) or last event of the tour or of the filtered order.
    pub fn jump_to_end(&self, last: bool) {
        if let Some((t, _)) = self.tour.get_untracked() {
            let n = self.timeline.with_value(|tl| tl.tours[t].steps.len());
            self.go_to_step(t, if last { n - 1 } else { 0 });
            return;
        }
        let order = self.order.get_untracked();
        let pick = if last { order.last() } else { order.first() };
        if let Some(&i) = pick {
            self.selected.set(Some(i));
        }
    }

    /// Starts or moves a tour to step `k` (0-based) and opens its event.
    pub fn go_to_step(&self, t: usize, k: usize) {
        let event = self.timeline.with_value(|tl| {
            tl.tours
                .get(t)
                .and_then(|tour| tour.steps.get(k))
                .and_then(|s| tl.event_index(&s.event))
        });
        if let Some(i) = event {
            self.tour.set(Some((t, k)));
            self.selected.set(Some(i));
        }
    }

    /// Forward (`+1`) or back (`-1`) one page of the projected slide, else one event:
    /// what a presentation clicker does.
    pub fn turn(&self, delta: isize) {
        let (page, pages) = (self.page.get_untracked(), self.pages.get_untracked());
        if delta > 0 && page + 1 < pages {
            self.page.set(page + 1);
        } else if delta < 0 && page > 0 {
            self.page.set(page - 1);
        } else {
            let before = self.selected.get_untracked();
            self.to_last_page.set_value(delta < 0);
            self.step(delta);
            if self.selected.get_untracked() == before {
                self.to_last_page.set_value(false);
            }
        }
    }

    pub fn zoom(&self, factor: f64) {
        let l = self.limits;
        self.window.update(|w| *w = w.zoom(factor, 0.5, &l));
    }

    pub fn fit_all(&self) {
        let l = self.limits;
        self.window.set(Window::new(l.lo, l.hi).clamp(&l));
    }

    pub fn clear_filters(&self) {
        self.filter.set(Filter::default());
    }
}

/// Builds the search index in slices once the first view is painted, so the first search
/// does not have to (at 100,000 events that would block the page for half a second).
fn prepare_in_background(t: Arc<Timeline>, index: Arc<SearchIndex>) {
    crate::first::frame::after_paint(move || {
        leptos::task::spawn_local(async move {
            while !index.prepare(&t, 2000) {
                crate::first::frame::next_task().await;
            }
        })
    });
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
