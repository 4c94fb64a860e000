//! Work that must not delay the next frame: `after_paint` runs it once the frame that
//! shows the current changes has been painted. Nothing else here.

use leptos::prelude::{request_animation_frame, set_timeout};
use std::time::Duration;

/// Runs `f` after the next frame is painted: an animation-frame callback runs before that
/// frame's style, layout and paint; a task queued from it runs after them.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}
