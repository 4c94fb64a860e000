//! The dialogs chunk: the class activities menu, share (link and QR code), download (the
//! timeline as a file; its writers are the export chunk's), sources, tours, and the
//! people and source pickers, on the shell they share (`modal`). Never shown in the first
//! view.

pub mod activities;
pub mod download;
pub mod modal;
pub mod pickers;
pub mod share;
pub mod sources;
pub mod tours;
