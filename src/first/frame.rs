//! Fitting work to frames: `after_paint` runs work once the frame that shows the current
//! changes has been painted; `PerFrame` turns bursts of updates (wheel, drag and pinch
//! events, often several per frame) into one signal write per frame; `next_task` and `idle`
//! split work into tasks; `now` is the page's clock.

use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Runs `f` after the next frame is painted: an animation-frame callback runs before that
/// frame's style, layout and paint; a task queued from it runs after them.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// Milliseconds since the page started (`performance.now()`; 0 where there is none).
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Waits until `arrange` has the browser call the function it is given.
async fn called_back(mut arrange: impl FnMut(&js_sys::Function)) {
    let promise = js_sys::Promise::new(&mut |resolve, _| arrange(&resolve));
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// `resolve` called after `ms` milliseconds, in a task of its own.
fn timeout(resolve: &js_sys::Function, ms: i32) {
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(resolve, ms);
    }
}

/// Resolves in a new task (after a zero timeout): work before and after it then runs as
/// two tasks, not one long one that keeps a phone from answering a tap.
pub async fn next_task() {
    called_back(|resolve| timeout(resolve, 0)).await;
}

/// Resolves once the browser is idle (`requestIdleCallback`, at most a second away;
/// where there is none, after 50 ms): work spread over such steps never holds up a
/// tap, nor makes one long task with the app's start.
pub async fn idle() {
    called_back(|resolve| {
        let global = js_sys::global();
        let idle = js_sys::Reflect::get(&global, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"timeout".into(), &1000.into());
        let asked = idle.is_some_and(|f| f.call2(&global, resolve, &options).is_ok());
        if !asked {
            timeout(resolve, 50);
        }
    })
    .await;
}

/// Builds its children in the task after the one that builds its parent, with `fallback`
/// in their place until then: a large view then starts in two tasks, not one long one
/// that keeps a phone from answering a tap. Only while the first view covers the app
/// (anywhere else the parts would show one by one); otherwise the children are built at
/// once. The fallback is what first::takeover waits on: elements of the children's own
/// classes, marked `unmeasured`.
#[component]
pub fn Later(children: ChildrenFn, #[prop(into)] fallback: ViewFn) -> impl IntoView {
    let ready = RwSignal::new(!crate::first::takeover::covering());
    if !ready.get_untracked() {
        leptos::task::spawn_local(async move {
            next_task().await;
            ready.set(true);
        });
    }
    view! { <Show when=move || ready.get() fallback>{children()}</Show> }
}

/// Updates to `signal` gathered until the next animation frame, then written once: the
/// layout behind a window change runs once per frame however fast the input comes.
pub struct PerFrame<T: Send + Sync + 'static> {
    signal: RwSignal<T>,
    pending: StoredValue<Option<T>>,
}

impl<T: Send + Sync + 'static> Clone for PerFrame<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for PerFrame<T> {}

impl<T: Clone + Send + Sync + 'static> PerFrame<T> {
    pub fn new(signal: RwSignal<T>) -> Self {
        PerFrame {
            signal,
            pending: StoredValue::new(None),
        }
    }

    /// The value as it will be written: the pending one, else the signal's.
    pub fn get(&self) -> T {
        self.pending
            .get_value()
            .unwrap_or_else(|| self.signal.get_untracked())
    }

    pub fn update(&self, f: impl FnOnce(&mut T)) {
        let mut value = self.get();
        f(&mut value);
        let scheduled = self.pending.with_value(Option::is_some);
        self.pending.set_value(Some(value));
        if !scheduled {
            let me = *self;
            request_animation_frame(move || {
                // The component may be gone by then.
                if let Some(Some(v)) = me.pending.try_update_value(Option::take) {
                    me.signal.try_set(v);
                }
            });
        }
    }

    pub fn set(&self, value: T) {
        self.update(|v| *v = value);
    }
}
