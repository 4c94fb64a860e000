//! What the first view does not need, loaded on demand: each split point below builds a
//! view from code that `scripts/wasm.sh` moves into its own WebAssembly chunk
//! (wasm-split). [`OnDemand`] fetches a chunk when it is wanted (or ahead of use, see
//! [`prefetch_all`]) and shows its view once it has arrived, or a retry button if it
//! cannot be fetched. Without the `split` feature (tests) the same functions are plain
//! async functions and nothing is fetched.

use timeline_core::t;
mod activity;
mod compare;
mod dialogs;
mod list;
mod media;
mod panel;
mod print;
mod problems;

pub use problems::ErrorPanel;

use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

#[cfg(feature = "split")]
pub use leptos::wasm_split::SplitLoaderError;

/// A chunk could not be fetched (without the `split` feature this never happens).
#[cfg(not(feature = "split"))]
#[derive(Debug)]
pub struct SplitLoaderError;

/// Declares a split point: `$name` builds a view in chunk `$chunk`; `$preload` fetches
/// that chunk without building anything.
macro_rules! split_view {
    ($chunk:ident, $preload:ident, $name:ident, $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload($preload))]
        #[allow(improper_ctypes_definitions)]
        pub fn $name() -> Result<AnyView, SplitLoaderError> {
            Ok($body)
        }
        #[cfg(not(feature = "split"))]
        pub async fn $name() -> Result<AnyView, SplitLoaderError> {
            Ok($body)
        }
        #[cfg(not(feature = "split"))]
        pub async fn $preload() -> Result<(), SplitLoaderError> {
            Ok(())
        }
    };
}

split_view!(dialogs, preload_dialogs, dialogs_view, {
    use dialogs::activities::ActivitiesDialog;
    use dialogs::download::DownloadDialog;
    use dialogs::pickers::{PeoplePicker, SourcePicker};
    use dialogs::share::ShareDialog;
    use dialogs::sources::SourcesDialog;
    use dialogs::tours::ToursDialog;
    view! {
        <ShareDialog />
        <SourcesDialog />
        <ToursDialog />
        <PeoplePicker />
        <SourcePicker />
        <ActivitiesDialog />
        <DownloadDialog />
    }
    .into_any()
});

split_view!(panel, preload_panel, panel_view, {
    view! { <panel::EventPanel /> }.into_any()
});

split_view!(print, preload_print, print_view, {
    view! { <print::Handout /> }.into_any()
});

split_view!(activity, preload_activity, activity_view, {
    view! { <activity::ActivityView /> }.into_any()
});

/// The printed worksheet and answer key of the activity on screen, in its chunk. Each
/// split function has a preload of its own: `OnDemand` polls a view once, and only the
/// function's own loader knows its chunk has arrived.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(activity, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_activity_sheet))]
#[allow(improper_ctypes_definitions)]
pub fn activity_sheet_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <activity::sheet::Worksheet /> }.into_any())
}

#[cfg(not(feature = "split"))]
pub async fn activity_sheet_view() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <activity::sheet::Worksheet /> }.into_any())
}

#[cfg(not(feature = "split"))]
pub async fn preload_activity_sheet() -> Result<(), SplitLoaderError> {
    Ok(())
}

split_view!(list, preload_list, list_view, {
    view! { <list::ListView /> }.into_any()
});

/// The panel that replaces the timeline when its data cannot be loaded, in the problems
/// chunk (its wording is needed only then).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(problems, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_problems))]
#[allow(improper_ctypes_definitions)]
pub fn error_view(
    failure: crate::first::load::LoadFailure,
    retry: Callback<()>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <problems::ErrorPanel failure retry /> }.into_any())
}

#[cfg(not(feature = "split"))]
pub async fn error_view(
    failure: crate::first::load::LoadFailure,
    retry: Callback<()>,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <problems::ErrorPanel failure retry /> }.into_any())
}

#[cfg(not(feature = "split"))]
pub async fn preload_problems() -> Result<(), SplitLoaderError> {
    Ok(())
}

/// Why a file the reader opened could not be opened, in the problems chunk.
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(problems, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_open_problems))]
#[allow(improper_ctypes_definitions)]
pub fn open_problems_view(opener: crate::first::open::Opener) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <problems::OpenProblems opener /> }.into_any())
}

#[cfg(not(feature = "split"))]
pub async fn open_problems_view(
    opener: crate::first::open::Opener,
) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <problems::OpenProblems opener /> }.into_any())
}

#[cfg(not(feature = "split"))]
pub async fn preload_open_problems() -> Result<(), SplitLoaderError> {
    Ok(())
}

/// The formats the timeline on screen can be downloaded in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// This app's JSON: nothing is lost.
    Ours,
    /// TimelineJS 3 JSON.
    TimelineJs,
    /// TimelineJS's spreadsheet template, as CSV.
    Csv,
}

fn export(t: &timeline_core::Timeline, format: Format) -> timeline_core::export::Exported {
    use timeline_core::export;
    match format {
        Format::Ours => export::to_json(t),
        Format::TimelineJs => export::to_timelinejs(t),
        Format::Csv => export::to_timelinejs_csv(t),
    }
}

/// The timeline written in `format`, with what the format could not hold, in the export
/// chunk (the writers are needed only when a reader downloads).
#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(export, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_export))]
#[allow(improper_ctypes_definitions)]
pub fn export_file(
    t: std::sync::Arc<timeline_core::Timeline>,
    format: Format,
) -> Result<timeline_core::export::Exported, SplitLoaderError> {
    Ok(export(&t, format))
}

#[cfg(not(feature = "split"))]
pub async fn export_file(
    t: std::sync::Arc<timeline_core::Timeline>,
    format: Format,
) -> Result<timeline_core::export::Exported, SplitLoaderError> {
    Ok(export(&t, format))
}

split_view!(compare, preload_compare, compare_view, {
    view! { <compare::CompareView /> }.into_any()
});

/// A file being read and checked: resolves to its timeline, or every problem found.
pub type Reading =
    Pin<Box<dyn Future<Output = Result<timeline_core::Timeline, timeline_core::LoadError>>>>;

/// The main-thread time a slice of an import aims at: a frame or three, far below what a
/// reader feels as a freeze.
const SLICE_MS: f64 = 40.0;

/// Reads a file that is not the bundled timeline, whatever its format (our JSON, a
/// TimelineJS file, a spreadsheet): `timeline_core::import`, with the CSV reader and the
/// validator, in the import chunk. One pipeline for "Open…" and `?data=`: a slice of
/// events per task, sized by the time the last one took (`SLICE_MS`), so 50,000 rows
/// never block the page for long, with `progress` told how far it is. `address`: where
/// the file was fetched from, against which its relative media are resolved.
fn reading(
    text: String,
    name: String,
    address: Option<String>,
    progress: RwSignal<crate::first::load::Progress>,
) -> Reading {
    Box::pin(async move {
        use timeline_core::import::{ImportLoader, Origin};
        let origin = match &address {
            Some(a) => Origin::at(a),
            None => Origin::named(&name),
        };
        let mut l = ImportLoader::start(&text, &origin)?;
        // A first slice of a quarter of the usual, then each as large as the pace of
        // the last allows in the budget (rows cost very different amounts).
        use crate::first::frame::now;
        let mut n = crate::first::load::EVENTS_PER_TASK / 4;
        loop {
            let t0 = now();
            if l.step(n)? {
                break;
            }
            n = timeline_core::loader::next_slice(n, now() - t0, SLICE_MS);
            let done = l.progress();
            progress.try_update(|p| p.events = Some(done));
            crate::first::frame::next_task().await;
        }
        crate::first::frame::next_task().await;
        l.finish().map(|(t, _)| t)
    })
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(import, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_import))]
#[allow(improper_ctypes_definitions)]
pub fn import(
    text: String,
    name: String,
    address: Option<String>,
    progress: RwSignal<crate::first::load::Progress>,
) -> Result<Reading, SplitLoaderError> {
    Ok(reading(text, name, address, progress))
}

#[cfg(not(feature = "split"))]
pub async fn import(
    text: String,
    name: String,
    address: Option<String>,
    progress: RwSignal<crate::first::load::Progress>,
) -> Result<Reading, SplitLoaderError> {
    Ok(reading(text, name, address, progress))
}

/// Fetches every chunk, one after the other, each once the browser is idle, after the
/// first view has been painted: on a desktop nothing then waits for a chunk when it is
/// used, and on a phone no chunk's arrival is one long task with the app's start.
pub fn prefetch_all() {
    use crate::first::frame::idle;
    crate::first::frame::after_paint(|| {
        leptos::task::spawn_local(async {
            // Failures are fine here: `OnDemand` tries again (and says so) when needed.
            idle().await;
            let _ = preload_panel().await;
            idle().await;
            let _ = preload_dialogs().await;
            idle().await;
            let _ = preload_list().await;
            idle().await;
            let _ = preload_compare().await;
            idle().await;
            let _ = preload_print().await;
            idle().await;
            let _ = preload_activity().await;
        })
    });
}

/// Polls a future once. A split function whose chunk has arrived completes at once, so
/// views are built synchronously, inside the reactive owner that shows them.
fn now<T>(f: impl Future<Output = T>) -> Option<T> {
    let mut f = std::pin::pin!(f);
    match Pin::as_mut(&mut f).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(v) => Some(v),
        Poll::Pending => None,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Chunk {
    Missing,
    Loading,
    Ready,
    Failed,
}

type Fetch = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;
type Build = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// Shows `view` while `when` holds, fetching its chunk first (`preload`). While the
/// chunk is on its way, `waiting` is shown; if it cannot be fetched, a notice with a
/// retry button. A thin generic shell over [`on_demand`], so that each use adds only a
/// few boxes to the first view's code.
#[component]
pub fn OnDemand<W, P, PF, V, VF>(
    when: W,
    preload: P,
    view: V,
    /// Shown while the chunk is on its way (an empty frame keeps the layout still).
    #[prop(optional, into)]
    waiting: ViewFn,
    /// Once shown, stay mounted when no longer wanted: for views that close themselves
    /// (the dialogs hand focus back as they close).
    #[prop(optional)]
    keep: bool,
) -> impl IntoView
where
    W: Fn() -> bool + Send + Sync + 'static,
    P: Fn() -> PF + Copy + Send + Sync + 'static,
    PF: Future<Output = Result<(), SplitLoaderError>> + 'static,
    V: Fn() -> VF + Send + Sync + 'static,
    VF: Future<Output = Result<AnyView, SplitLoaderError>> + 'static,
{
    on_demand(
        Box::new(when),
        std::sync::Arc::new(move || Box::pin(preload()) as Fetch),
        Box::new(move || Box::pin(view()) as Build),
        waiting,
        keep,
    )
}

type Wanted = Box<dyn Fn() -> bool + Send + Sync>;
type Fetcher = std::sync::Arc<dyn Fn() -> Fetch + Send + Sync>;
type Builder = Box<dyn Fn() -> Build + Send + Sync>;

fn on_demand(
    when: Wanted,
    preload: Fetcher,
    view: Builder,
    waiting: ViewFn,
    keep: bool,
) -> AnyView {
    let chunk = RwSignal::new(Chunk::Missing);
    let fetch = move |preload: &Fetcher| {
        chunk.set(Chunk::Loading);
        let loading = preload();
        leptos::task::spawn_local(async move {
            let result = loading.await;
            chunk.try_set(if result.is_ok() {
                Chunk::Ready
            } else {
                Chunk::Failed
            });
        });
    };
    // A chunk fetched already (ahead of use) resolves at once, in a microtask, so nothing
    // of `waiting` is painted then.
    let ever = StoredValue::new(false);
    let wanted = Memo::new(move |_| {
        let now = when();
        if now {
            ever.set_value(true);
        }
        now || (keep && ever.get_value())
    });
    let first = preload.clone();
    Effect::new(move |_| {
        if wanted.get() && chunk.get_untracked() == Chunk::Missing {
            fetch(&first);
        }
    });
    (move || {
        if !wanted.get() {
            return None;
        }
        Some(match chunk.get() {
            Chunk::Ready => now(view()).and_then(Result::ok).into_any(),
            Chunk::Missing | Chunk::Loading => waiting.run(),
            Chunk::Failed => {
                let again = preload.clone();
                leptos::view! {
                    <div class="chunk-failed" role="alert">
                        <p>{t!("chunk-failed")}</p>
                        <button on:click=move |_| fetch(&again)>{t!("try-again")}</button>
                    </div>
                }
                .into_any()
            }
        })
    })
    .into_any()
}
