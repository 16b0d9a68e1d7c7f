//! Helpers for the fuzz targets. The invariants themselves live in
//! `tests/common/invariants.rs`, shared with `cargo test`, so a crash input kept as a
//! regression test is checked by the same code that found it.

use std::borrow::Cow;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

pub use invariants::*;

/// The text a fuzz input stands for: the bytes as UTF-8, invalid sequences replaced
/// with U+FFFD (the command line rejects such files; the library only sees `&str`).
pub fn text_of(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}
