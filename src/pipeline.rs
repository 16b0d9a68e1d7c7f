//! One file through mtlint: read it with every guard, resolve its settings on its
//! absolute path, lint it, compute (and with `--fix` write) its fixes. `check`, `check
//! --fix`, `check --diff` and `review` all take a file through here, so they cannot
//! drift apart; the driver ([`crate::check`]) only walks, schedules and orders.
//!
//! ```text
//! Input ─▶ settings (config discovery, per-file-ignores on the absolute path)
//!       ─▶ read (type before open, size limit) ─▶ decode (BOM, UTF-16, NUL, UTF-8)
//!       ─▶ Prepared { text, format, settings } ─▶ lint / fix ─▶ FileReport
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{self, Overrides, Settings};
use crate::document::Format;
use crate::error::{FileError, SettingsError};
use crate::files;
use crate::fix;
use crate::report::{FileReport, Input};

/// What to do with fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixMode {
    /// Report only.
    None,
    /// Compute the fixed text, write nothing (for `--diff`).
    Diff,
    /// Write the fixed text.
    Write,
}

/// Options for a run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub fix_mode: FixMode,
    pub overrides: Overrides,
    /// `--config PATH`: one settings for every file.
    pub config: Option<PathBuf>,
    /// `--isolated`: no configuration file at all.
    pub isolated: bool,
}

/// Settings per file: `--config`, or discovered (cached per folder).
pub struct SettingsResolver {
    fixed: Option<Arc<Settings>>,
    defaults: Arc<Settings>,
    cache: std::sync::Mutex<HashMap<PathBuf, Result<Arc<Settings>, SettingsError>>>,
    overrides: Overrides,
    isolated: bool,
}

impl SettingsResolver {
    pub fn new(options: &RunOptions) -> Result<SettingsResolver, SettingsError> {
        let defaults =
            Arc::new(config::defaults(&options.overrides).map_err(SettingsError::Option)?);
        let fixed = match &options.config {
            Some(path) => Some(Arc::new(config::load(path, &options.overrides)?)),
            None => None,
        };
        Ok(SettingsResolver {
            fixed,
            defaults,
            cache: std::sync::Mutex::new(HashMap::new()),
            overrides: options.overrides.clone(),
            isolated: options.isolated,
        })
    }

    /// The settings for a file (or for stdin, from the current folder).
    pub fn for_path(&self, path: Option<&Path>) -> Result<Arc<Settings>, SettingsError> {
        if let Some(s) = &self.fixed {
            return Ok(s.clone());
        }
        if self.isolated {
            return Ok(self.defaults.clone());
        }
        let dir = path
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_else(|| PathBuf::from("."));
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(r) = cache.get(&dir) {
            return r.clone();
        }
        let probe = dir.join("probe");
        let result = match config::discover(&probe) {
            Some(cfg) => config::load(&cfg, &self.overrides)
                .map(Arc::new)
                .map_err(SettingsError::from),
            None => Ok(self.defaults.clone()),
        };
        cache.insert(dir, result.clone());
        result
    }

    /// The settings for one file, with the `per-file-ignores` that match its absolute
    /// path applied.
    pub fn for_file(&self, path: Option<&Path>) -> Result<Arc<Settings>, SettingsError> {
        let settings = self.for_path(path)?;
        // Resolving the absolute path costs a system call per path component, so it is
        // done only when the configuration has per-file ignores.
        if settings.per_file_ignores.is_empty() {
            return Ok(settings);
        }
        let path = path.map(absolute).unwrap_or_default();
        let owned = match settings.for_file(&path) {
            std::borrow::Cow::Owned(s) => Some(s),
            std::borrow::Cow::Borrowed(_) => None,
        };
        Ok(owned.map_or(settings, Arc::new))
    }
}

/// The absolute path (symbolic links resolved), or the path as given when it has none.
pub(crate) fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// The path an input's settings are resolved for.
fn settings_path(input: &Input) -> Option<PathBuf> {
    match input {
        Input::File { path, .. } => Some(path.clone()),
        Input::Stdin { name } => (name != "-").then(|| PathBuf::from(name)),
        Input::Broken { path, .. } => Some(path.clone()),
    }
}

/// A file read, decoded and given its settings: ready to be linted.
pub struct Prepared {
    pub input: Input,
    /// The path as shown to users.
    pub path: String,
    pub text: Arc<str>,
    pub format: Format,
    /// The settings with the file's per-file ignores applied.
    pub settings: Arc<Settings>,
}

/// Resolve an input's settings, read and decode it. A file that cannot be linted comes
/// back as its report (boxed: it is the rare path): failed, or skipped when it is binary
/// and was found by walking.
/// `stdin_text` is standard input read ahead of the run.
pub fn prepare(
    input: Input,
    resolver: &SettingsResolver,
    stdin_text: Option<&[u8]>,
) -> Result<Prepared, Box<FileReport>> {
    let settings = match resolver.for_file(settings_path(&input).as_deref()) {
        Ok(s) => s,
        Err(e) => return Err(Box::new(FileReport::failed(input, e.into()))),
    };
    let bytes = match (&input, stdin_text) {
        (Input::Stdin { .. }, Some(b)) => {
            files::check_stdin_size(b, settings.max_file_size).map(|()| b.to_vec())
        }
        _ => files::read_input(&input, settings.max_file_size),
    };
    let text = match bytes.and_then(files::decode) {
        Ok(t) => t,
        Err(e) => {
            let walked = matches!(
                input,
                Input::File {
                    explicit: false,
                    ..
                }
            );
            return Err(Box::new(if walked && e.is_binary() {
                FileReport::skipped(input, e)
            } else {
                FileReport::failed(input, e)
            }));
        }
    };
    let path = input.display();
    Ok(Prepared {
        format: Format::from_path(&path),
        path,
        input,
        // Shared with the report from the start: converting after linting would hold
        // two copies of a large file next to its findings.
        text: Arc::from(text),
        settings,
    })
}

/// Lint a prepared file and, per `mode`, compute or write its fixes.
pub fn lint_and_fix(file: Prepared, mode: FixMode) -> FileReport {
    let Prepared {
        input,
        path,
        text,
        format,
        settings,
    } = file;
    let mut report = FileReport {
        path,
        input,
        text: None,
        diagnostics: Vec::new(),
        error: None,
        skipped: None,
        fixed: None,
        original: None,
        fixes_applied: 0,
        fail_on: settings.fail_on,
        format,
    };
    if mode == FixMode::None {
        report.diagnostics = crate::lint(&text, format, &settings);
        report.text = Some(text);
        return report;
    }
    let outcome = fix::fix_text(&text, format, &settings, fix::level(settings.unsafe_fixes));
    report.fixes_applied = outcome.applied;
    let changed = *outcome.text != *text;
    if mode == FixMode::Diff {
        report.diagnostics = outcome.original_diagnostics;
        if changed {
            report.fixed = Some(outcome.text);
        }
        report.text = Some(text);
        report.original = report.text.clone();
        return report;
    }
    report.diagnostics = outcome.remaining;
    if changed {
        // Fixed text of stdin goes to stdout (printed by the caller).
        if let Input::File { path, .. } = &report.input
            && let Err(e) = files::write_atomic(path, outcome.text.as_bytes())
        {
            report.error = Some(e);
            report.diagnostics = outcome.original_diagnostics;
            report.text = Some(text);
            report.fixes_applied = 0;
            return report;
        }
        report.fixed = Some(outcome.text.clone());
    }
    report.original = Some(text);
    report.text = Some(Arc::from(outcome.text));
    report
}

/// Take one input through the pipeline.
pub fn check_input(
    input: Input,
    resolver: &SettingsResolver,
    mode: FixMode,
    stdin_text: Option<&[u8]>,
) -> FileReport {
    match prepare(input, resolver, stdin_text) {
        Ok(file) => lint_and_fix(file, mode),
        Err(report) => *report,
    }
}

/// [`check_input`], with a bug in a rule reported as an error on its file: it must not
/// take the other files down with it, nor leave this one's place in the output empty.
pub fn check_guarded(
    input: Input,
    resolver: &SettingsResolver,
    mode: FixMode,
    stdin_text: Option<&[u8]>,
) -> FileReport {
    let kept = input.clone();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_input(input, resolver, mode, stdin_text)
    }))
    .unwrap_or_else(|_| FileReport::failed(kept, FileError::Internal))
}
