//! What a run found in one file, as the printers read it: where the text came from, the
//! findings, the fixed text, or why the file could not be checked. Neither the driver
//! nor the printers own this type; both use it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Format;
use crate::error::FileError;

/// Where a file's text comes from.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file; `explicit` when named on the command line (not found by walking).
    File { path: PathBuf, explicit: bool },
    /// Standard input, shown under this name.
    Stdin { name: String },
    /// A path that could not be walked (a symlink loop, an unreadable folder).
    Broken { path: PathBuf, error: FileError },
}

impl Input {
    pub fn display(&self) -> String {
        match self {
            Input::File { path, .. } => display_path(path),
            Input::Stdin { name } => name.clone(),
            Input::Broken { path, .. } => display_path(path),
        }
    }
}

/// A path as shown to users: as given, without a leading "./".
pub fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy();
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

/// The result for one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: String,
    pub input: Input,
    /// The text the diagnostics refer to (after fixing, with `--fix`).
    pub text: Option<Arc<str>>,
    pub diagnostics: Vec<Diagnostic>,
    /// Why the file could not be checked (or, with `--fix`, written).
    pub error: Option<FileError>,
    /// Why a file found by walking was skipped (binary).
    pub skipped: Option<FileError>,
    /// The fixed text, when it differs (with `--diff` or `--fix`).
    pub fixed: Option<String>,
    /// The original text, kept for `--diff`.
    pub original: Option<Arc<str>>,
    /// Fixes applied (`--fix`) or applicable (`--diff`).
    pub fixes_applied: usize,
    pub fail_on: Severity,
    pub format: Format,
}

impl FileReport {
    /// A report for an input that was not linted.
    fn empty(input: Input) -> FileReport {
        FileReport {
            path: input.display(),
            input,
            text: None,
            diagnostics: Vec::new(),
            error: None,
            skipped: None,
            fixed: None,
            original: None,
            fixes_applied: 0,
            fail_on: Severity::Warning,
            format: Format::Plain,
        }
    }

    /// A report for an input that could not be checked.
    pub fn failed(input: Input, error: FileError) -> FileReport {
        FileReport {
            error: Some(error),
            ..FileReport::empty(input)
        }
    }

    /// A report for a file found by walking and skipped.
    pub fn skipped(input: Input, why: FileError) -> FileReport {
        FileReport {
            skipped: Some(why),
            ..FileReport::empty(input)
        }
    }

    /// A report for text linted in memory (benchmarks, library users).
    pub fn for_text(path: &str, text: &str, diagnostics: Vec<Diagnostic>) -> FileReport {
        FileReport {
            text: Some(Arc::from(text)),
            diagnostics,
            format: Format::from_path(path),
            ..FileReport::empty(Input::Stdin {
                name: path.to_string(),
            })
        }
    }
}
