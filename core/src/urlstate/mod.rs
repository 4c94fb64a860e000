//! URL query parameters ⇄ view state. The codec (`codec.rs`: `ViewState`, `parse`,
//! `resolve`, `format`) reads a link in two stages, `parse` for the syntax of each
//! parameter on its own and `resolve` for ids against the loaded dataset; every bad
//! parameter is dropped with a short notice and the rest of the link still applies. The
//! parameters are one table, [`PARAMS`] (`params.rs`): `parse` reads the keys it lists
//! and `format` writes them in its order. The query's encoding is `query.rs`, the
//! `?data=` policy `data.rs`, the window's date rounding `window.rs`. Never reads the
//! browser's location itself: the app hands in the query.

mod codec;
mod data;
mod params;
mod query;
mod window;

pub use codec::{
    format, parse, parse_query, resolve, ActivityLink, Layout, Unmatched, ViewState, MAX_PARAMS,
    MAX_QUERY,
};
pub use data::{check_data_path, data_host, DEFAULT_DATA};
pub use params::{is_lang, param, Param, Syntax, PARAMS};
pub use query::{decode, encode, split_query};
pub use window::window_dates;

/// A value as a notice quotes it: its first 40 characters.
fn short(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}
