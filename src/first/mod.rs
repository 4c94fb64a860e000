//! The main module: everything the first view needs before the app handles input (the
//! page frame, state and link codec, keys and focus, header, filters, the strip and the
//! overview, loading the bundled timeline). Never imports a chunk's code: it reaches one
//! only through the split points in `crate::chunks`.

pub mod actions;
pub mod app;
pub mod bind;
pub mod filters;
pub mod focus;
pub mod frame;
pub mod header;
pub mod keys;
pub mod lang;
pub mod links;
pub mod load;
pub mod measure;
pub mod open;
pub mod overview;
pub mod projection;
pub mod state;
pub mod strip;
pub mod takeover;
pub mod url;
