//! Pure timeline logic, compiled and tested natively: dates, the dataset model and its
//! validation, the time scale, axis ticks and lane layout. This crate never imports
//! leptos, web-sys or wasm-bindgen (the compiler enforces it: they are not dependencies).

pub mod activity;
pub mod compare;
pub mod corroboration;
pub mod coverage;
pub mod date;
pub mod export;
pub mod filter;
pub mod i18n;
pub mod import;
pub mod jsonpos;
pub mod layout;
pub mod loader;
pub mod media;
pub mod model;
pub mod notices;
pub mod overview;
pub mod pack;
pub mod paging;
pub mod palette;
pub mod prerender;
pub mod problem;
pub mod render;
pub mod rows;
pub mod scale;
#[cfg(feature = "schema")]
pub mod schema;
pub mod share;
pub mod slug;
pub mod step;
pub mod strip;
pub mod ticks;
pub mod urlstate;
pub mod validate;
pub mod words;

pub use date::{HistDate, Moment, Precision};
pub use loader::{load, load_with, Loader};
pub use model::{Event, Scale, Timeline};
pub use problem::{LoadError, Problem};
pub use scale::{Limits, Window};
pub use validate::{lint, validate, validate_with, Rules};
