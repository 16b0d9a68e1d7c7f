//! The `check` driver: find files, read them safely, lint (and fix) them in parallel, and
//! collect one report per file in a deterministic order.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{self, Overrides, Settings};
use crate::diagnostic::{Diagnostic, Severity};
use crate::document::Format;
use crate::fix;

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

/// Where a file's text comes from.
#[derive(Debug, Clone)]
pub enum Input {
    /// A file; `explicit` when named on the command line (not found by walking).
    File { path: PathBuf, explicit: bool },
    /// Standard input, shown under this name.
    Stdin { name: String },
    /// A path that could not be walked (a symlink loop, an unreadable folder).
    Broken { path: PathBuf, message: String },
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
    /// Why the file could not be checked.
    pub error: Option<String>,
    /// A note when a file found by walking was skipped (binary).
    pub skipped: Option<String>,
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
    fn error(input: Input, message: String) -> FileReport {
        FileReport {
            path: input.display(),
            input,
            text: None,
            diagnostics: Vec::new(),
            error: Some(message),
            skipped: None,
            fixed: None,
            original: None,
            fixes_applied: 0,
            fail_on: Severity::Warning,
            format: Format::Plain,
        }
    }
}

/// Why a file's bytes cannot be linted.
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(
            "is UTF-16 (byte order mark found); mtlint reads UTF-8: convert the file first"
                .to_string(),
        );
    }
    if let Some(pos) = memchr::memchr(0, &bytes) {
        return Err(format!(
            "looks binary (NUL byte at offset {pos}); mtlint reads UTF-8 text"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
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
    cache: std::sync::Mutex<HashMap<PathBuf, Result<Arc<Settings>, String>>>,
    overrides: Overrides,
    isolated: bool,
}

impl SettingsResolver {
    pub fn new(options: &RunOptions) -> Result<SettingsResolver, String> {
        let defaults = Arc::new(config::defaults(&options.overrides)?);
        let fixed = match &options.config {
            Some(path) => Some(Arc::new(
                config::load(path, &options.overrides).map_err(|e| e.to_string())?,
            )),
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
    pub fn for_path(&self, path: Option<&Path>) -> Result<Arc<Settings>, String> {
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
                .map_err(|e| e.to_string()),
            None => Ok(self.defaults.clone()),
        };
        cache.insert(dir, result.clone());
        result
    }
}

/// Is this a file mtlint lints when walking a folder?
pub fn is_lintable_name(path: &Path) -> bool {
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
        return false;
    };
    matches!(ext.to_ascii_lowercase().as_str(), "md" | "markdown" | "txt")
}

/// Expand command-line paths into inputs, walking folders the way ripgrep does
/// (`.gitignore`, `.ignore`, hidden files skipped), sorted by path. Errors (a missing
/// path) come back as inputs that fail to read, so they are reported in order.
pub fn collect_inputs(
    paths: &[PathBuf],
    stdin_name: Option<&str>,
    resolver: &SettingsResolver,
) -> Vec<Input> {
    let mut inputs = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            inputs.push(Input::Stdin {
                name: stdin_name.unwrap_or("-").to_string(),
            });
            continue;
        }
        if p.is_dir() {
            let mut files = Vec::new();
            let walker = ignore::WalkBuilder::new(p)
                .sort_by_file_name(|a, b| a.cmp(b))
                .require_git(false)
                .build();
            for entry in walker {
                match entry {
                    Ok(e) => {
                        let is_file = e.file_type().is_some_and(|t| t.is_file());
                        if is_file && is_lintable_name(e.path()) {
                            files.push(e.into_path());
                        }
                    }
                    Err(err) => {
                        // Broken symlinks, loops, unreadable folders: report, go on.
                        let path = err_path(&err).unwrap_or_else(|| p.clone());
                        inputs.push(Input::Broken {
                            path,
                            message: walk_message(&err),
                        });
                    }
                }
            }
            for f in files {
                let excluded = resolver
                    .for_path(Some(&f))
                    // The absolute path (a system call per component) only when
                    // the configuration excludes something.
                    .map(|s| s.exclude.is_some() && s.is_excluded(&absolute(&f)))
                    .unwrap_or(false);
                if !excluded {
                    inputs.push(Input::File {
                        path: f,
                        explicit: false,
                    });
                }
            }
        } else {
            inputs.push(Input::File {
                path: p.clone(),
                explicit: true,
            });
        }
    }
    inputs
}

fn walk_message(err: &ignore::Error) -> String {
    match err {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => {
            walk_message(err)
        }
        ignore::Error::Loop { .. } => "is a symbolic link loop; skipped".to_string(),
        ignore::Error::Io(e) => io_message(e),
        other => other.to_string(),
    }
}

fn err_path(err: &ignore::Error) -> Option<PathBuf> {
    match err {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } => err_path(err),
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}

fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// Read an input within the size limit.
fn read_input(input: &Input, max: u64) -> Result<Vec<u8>, String> {
    match input {
        Input::Broken { message, .. } => Err(message.clone()),
        Input::Stdin { .. } => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .take(max + 1)
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            if buf.len() as u64 > max {
                return Err(format!("is larger than the size limit ({max} bytes)"));
            }
            Ok(buf)
        }
        Input::File { path, .. } => {
            let meta = std::fs::metadata(path).map_err(|e| path_message(path, &e))?;
            if meta.is_dir() {
                return Err("is a directory".to_string());
            }
            if !meta.is_file() {
                return Err("is not a regular file (a FIFO, socket or device); skipped".to_string());
            }
            if meta.len() > max {
                return Err(format!(
                    "is {} bytes, over the size limit of {max} bytes (raise max-file-size in mtlint.toml or --max-file-size)",
                    meta.len()
                ));
            }
            let mut f = std::fs::File::open(path).map_err(|e| io_message(&e))?;
            let mut buf = Vec::with_capacity(meta.len() as usize);
            Read::by_ref(&mut f)
                .take(max + 1)
                .read_to_end(&mut buf)
                .map_err(|e| io_message(&e))?;
            if buf.len() as u64 > max {
                return Err(format!("is over the size limit of {max} bytes"));
            }
            Ok(buf)
        }
    }
}

/// `ELOOP`: too many levels of symbolic links (`io::ErrorKind::FilesystemLoop` is not
/// stable yet).
#[cfg(any(target_os = "linux", target_os = "android"))]
const ELOOP: Option<i32> = Some(40);
#[cfg(any(
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly"
))]
const ELOOP: Option<i32> = Some(62);
#[cfg(not(any(
    target_os = "linux",
    target_os = "android",
    target_os = "macos",
    target_os = "ios",
    target_os = "freebsd",
    target_os = "openbsd",
    target_os = "netbsd",
    target_os = "dragonfly"
)))]
const ELOOP: Option<i32> = None;

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ if ELOOP.is_some() && e.raw_os_error() == ELOOP => "is a symbolic link loop".to_string(),
        _ => {
            let s = e.to_string();
            // Drop the "(os error N)" tail; lowercase like the other messages.
            let s = match s.find(" (os error") {
                Some(i) => &s[..i],
                None => &s,
            };
            let mut c = s.chars();
            match c.next() {
                Some(first) => first.to_lowercase().chain(c).collect(),
                None => String::new(),
            }
        }
    }
}

/// Why a named path cannot be read; a symbolic link whose target is missing is said so.
fn path_message(path: &Path, e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
    {
        return "is a dangling symbolic link (its target does not exist)".to_string();
    }
    io_message(e)
}

/// Write `contents` to `path` atomically: a temporary file in the same folder, the
/// original permissions, then a rename over the original. A symbolic link is followed:
/// its target is rewritten and the link stays a link.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<(), String> {
    let resolved;
    let path = if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        resolved = std::fs::canonicalize(path).map_err(|e| path_message(path, &e))?;
        resolved.as_path()
    } else {
        path
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let perms = std::fs::metadata(path)
        .map_err(|e| io_message(&e))?
        .permissions();
    if perms.readonly() {
        return Err("is read-only; not changed".to_string());
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(".mtlint-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| {
            format!(
                "cannot create a temporary file in {}: {}",
                dir.display(),
                io_message(&e)
            )
        })?;
    tmp.write_all(contents)
        .and_then(|_| tmp.as_file().sync_all())
        .map_err(|e| format!("cannot write: {}", io_message(&e)))?;
    std::fs::set_permissions(tmp.path(), perms)
        .map_err(|e| format!("cannot set permissions: {}", io_message(&e)))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(meta) = std::fs::metadata(path) {
            // Keep the owner where we may (root); ignore failure otherwise.
            let _ = std::os::unix::fs::chown(tmp.path(), Some(meta.uid()), Some(meta.gid()));
        }
    }
    tmp.persist(path)
        .map_err(|e| format!("cannot replace the file: {}", io_message(&e.error)))?;
    Ok(())
}

/// Lint one input.
pub fn check_input(
    input: Input,
    resolver: &SettingsResolver,
    mode: FixMode,
    stdin_text: Option<&[u8]>,
) -> FileReport {
    let path_for_settings = match &input {
        Input::File { path, .. } => Some(path.clone()),
        Input::Stdin { name } => (name != "-").then(|| PathBuf::from(name)),
        Input::Broken { path, .. } => Some(path.clone()),
    };
    let settings = match resolver.for_path(path_for_settings.as_deref()) {
        Ok(s) => s,
        Err(e) => return FileReport::error(input, format!("configuration error: {e}")),
    };
    // Per-file ignores match the file's absolute path. Resolving it costs a system call
    // per path component, so it is done only when the configuration has some.
    let settings: std::borrow::Cow<Settings> = if settings.per_file_ignores.is_empty() {
        std::borrow::Cow::Borrowed(&*settings)
    } else {
        let path = path_for_settings
            .as_deref()
            .map(absolute)
            .unwrap_or_default();
        std::borrow::Cow::Owned(settings.for_file(&path).into_owned())
    };
    let bytes = match (&input, stdin_text) {
        (Input::Stdin { .. }, Some(b)) => {
            if b.len() as u64 > settings.max_file_size {
                return FileReport::error(
                    input,
                    format!(
                        "is larger than the size limit ({} bytes)",
                        settings.max_file_size
                    ),
                );
            }
            Ok(b.to_vec())
        }
        _ => read_input(&input, settings.max_file_size),
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => return FileReport::error(input, e),
    };
    let text = match decode(bytes) {
        Ok(t) => t,
        Err(e) => {
            let walked = matches!(
                input,
                Input::File {
                    explicit: false,
                    ..
                }
            );
            if walked && e.starts_with("looks binary") {
                let mut r = FileReport::error(input, String::new());
                r.error = None;
                r.skipped = Some(e);
                return r;
            }
            return FileReport::error(input, e);
        }
    };
    // Shared with the report from the start: converting after linting would hold two
    // copies of a large file next to its findings.
    let text: Arc<str> = Arc::from(text);
    let path = input.display();
    let format = Format::from_path(&path);
    let level = fix::level(settings.unsafe_fixes);
    let mut report = FileReport {
        path,
        input: input.clone(),
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
    match mode {
        FixMode::None => {
            report.diagnostics = crate::lint(&text, format, &settings);
            report.text = Some(text);
        }
        FixMode::Diff | FixMode::Write => {
            let outcome = fix::fix_text(&text, format, &settings, level);
            report.fixes_applied = outcome.applied;
            if mode == FixMode::Diff {
                report.diagnostics = outcome.original_diagnostics;
                if *outcome.text != *text {
                    report.fixed = Some(outcome.text);
                }
                report.text = Some(text);
                report.original = report.text.clone();
            } else {
                report.diagnostics = outcome.remaining;
                if *outcome.text != *text {
                    match &input {
                        Input::File { path, .. } => {
                            if let Err(e) = write_atomic(path, outcome.text.as_bytes()) {
                                report.error = Some(e);
                                report.diagnostics = outcome.original_diagnostics;
                                report.text = Some(text);
                                report.fixes_applied = 0;
                                return report;
                            }
                        }
                        Input::Stdin { .. } | Input::Broken { .. } => {
                            // Fixed text of stdin goes to stdout (printed by the caller).
                        }
                    }
                    report.fixed = Some(outcome.text.clone());
                }
                report.original = Some(text);
                report.text = Some(Arc::from(outcome.text));
            }
        }
    }
    report
}

/// Progress on standard error for long runs on a terminal: "checked N/M files".
pub struct Progress {
    total: usize,
    done: std::sync::atomic::AtomicUsize,
    last_drawn: std::sync::Mutex<std::time::Instant>,
    started: std::time::Instant,
}

impl Progress {
    /// A progress line for `total` files, when standard error is a terminal and the run
    /// is long enough to need one.
    pub fn new(total: usize) -> Option<Progress> {
        use std::io::IsTerminal;
        (total >= 200 && std::io::stderr().is_terminal()).then(|| Progress {
            total,
            done: std::sync::atomic::AtomicUsize::new(0),
            last_drawn: std::sync::Mutex::new(std::time::Instant::now()),
            started: std::time::Instant::now(),
        })
    }

    fn tick(&self) {
        let done = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let Ok(mut last) = self.last_drawn.try_lock() else {
            return;
        };
        if last.elapsed() < std::time::Duration::from_millis(80) && done < self.total {
            return;
        }
        *last = std::time::Instant::now();
        let width = 30;
        let filled = done * width / self.total.max(1);
        let _ = write!(
            std::io::stderr(),
            "\r[{}{}] {done}/{} files checked ({:.1} s)",
            "#".repeat(filled),
            "-".repeat(width - filled),
            self.total,
            self.started.elapsed().as_secs_f64()
        );
    }

    /// Erase the progress line.
    pub fn finish(&self) {
        let _ = write!(std::io::stderr(), "\r\x1b[2K");
    }
}

/// Check every input in parallel; reports come back in input order.
pub fn run(inputs: Vec<Input>, resolver: &SettingsResolver, mode: FixMode) -> Vec<FileReport> {
    let mut reports = Vec::with_capacity(inputs.len());
    run_each(inputs, resolver, mode, |r| reports.push(r));
    reports
}

/// How many checked files may wait, done, for an earlier one still being checked. With
/// the files being checked, this bounds what a run holds: a few files' worth, however
/// large the tree.
const WAITING_FILES: usize = 16;

/// Check every input in parallel and hand each report to `sink`, on the calling thread,
/// in input order, as soon as it and every report before it are done.
///
/// Worker threads take inputs in order; a worker that is `WAITING_FILES` files ahead of
/// the oldest unfinished one waits for it, so a run over a large tree holds the files
/// being checked and a few finished ones, not the whole tree. The sink (the output)
/// runs alongside the workers.
pub fn run_each(
    inputs: Vec<Input>,
    resolver: &SettingsResolver,
    mode: FixMode,
    mut sink: impl FnMut(FileReport),
) {
    use std::sync::{Condvar, Mutex, mpsc};

    let progress = Progress::new(inputs.len());
    let stdin_text: Option<Vec<u8>> = if inputs.iter().any(|i| matches!(i, Input::Stdin { .. })) {
        let mut buf = Vec::new();
        let _ = std::io::stdin().lock().read_to_end(&mut buf);
        Some(buf)
    } else {
        None
    };
    let total = inputs.len();
    let workers = crate::thread_count().clamp(1, total.max(1));
    if workers == 1 {
        // One file (or one core): no threads.
        for input in inputs {
            let report = check_guarded(input, resolver, mode, stdin_text.as_deref());
            if let Some(p) = &progress {
                p.tick();
            }
            sink(report);
        }
        if let Some(p) = &progress {
            p.finish();
        }
        return;
    }
    // (next input to take, inputs taken and not yet handed to the sink)
    let state = Mutex::new((0usize, 0usize));
    let room = Condvar::new();
    let inputs: Vec<Mutex<Option<Input>>> =
        inputs.into_iter().map(|i| Mutex::new(Some(i))).collect();
    let (send, receive) = mpsc::channel::<(usize, FileReport)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let send = send.clone();
            let (state, room, inputs) = (&state, &room, &inputs);
            let (stdin_text, progress) = (stdin_text.as_deref(), progress.as_ref());
            scope.spawn(move || {
                loop {
                    let index = {
                        let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                        while s.0 < total && s.1 >= workers + WAITING_FILES {
                            s = room.wait(s).unwrap_or_else(|e| e.into_inner());
                        }
                        if s.0 == total {
                            break;
                        }
                        s.0 += 1;
                        s.1 += 1;
                        s.0 - 1
                    };
                    let input = inputs[index]
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .take()
                        .expect("each input is taken once");
                    let report = check_guarded(input, resolver, mode, stdin_text);
                    if let Some(p) = progress {
                        p.tick();
                    }
                    if send.send((index, report)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        // Should the sink panic, the workers must not wait for room forever (the scope
        // joins them before the panic goes on): no input is taken after this.
        struct StopOnUnwind<'a>(&'a Mutex<(usize, usize)>, &'a Condvar, usize);
        impl Drop for StopOnUnwind<'_> {
            fn drop(&mut self) {
                if std::thread::panicking() {
                    self.0.lock().unwrap_or_else(|e| e.into_inner()).0 = self.2;
                    self.1.notify_all();
                }
            }
        }
        let _stop = StopOnUnwind(&state, &room, total);
        // Reports that finished before an earlier one, by input index.
        let mut early: std::collections::BTreeMap<usize, FileReport> = Default::default();
        let mut next = 0;
        for (index, report) in receive.iter() {
            early.insert(index, report);
            while let Some(report) = early.remove(&next) {
                next += 1;
                sink(report);
                let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                s.1 -= 1;
                // Workers wait only when the limit was reached: wake them then, and
                // spare a system call per file otherwise.
                if s.1 + 1 == workers + WAITING_FILES {
                    room.notify_all();
                }
            }
        }
    });
    if let Some(p) = &progress {
        p.finish();
    }
}

/// [`check_input`], with a bug in a rule reported as an error on its file: it must not
/// take the other files down with it, nor leave this one's place in the output empty.
fn check_guarded(
    input: Input,
    resolver: &SettingsResolver,
    mode: FixMode,
    stdin_text: Option<&[u8]>,
) -> FileReport {
    let kept = input.clone();
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        check_input(input, resolver, mode, stdin_text)
    }))
    .unwrap_or_else(|_| {
        FileReport::error(
            kept,
            "internal error: mtlint failed on this file (please report it)".to_string(),
        )
    })
}

/// The exit code for a run: 2 on any error, 1 on findings at or above the failing
/// severity, else 0.
pub fn exit_code(reports: &[FileReport], extra_errors: bool) -> i32 {
    if extra_errors || reports.iter().any(|r| r.error.is_some()) {
        return 2;
    }
    if reports
        .iter()
        .any(|r| r.diagnostics.iter().any(|d| d.severity >= r.fail_on))
    {
        return 1;
    }
    0
}

impl FileReport {
    /// A report for text linted in memory (benchmarks, library users).
    pub fn for_text(path: &str, text: &str, diagnostics: Vec<Diagnostic>) -> FileReport {
        FileReport {
            path: path.to_string(),
            input: Input::Stdin {
                name: path.to_string(),
            },
            text: Some(Arc::from(text)),
            diagnostics,
            error: None,
            skipped: None,
            fixed: None,
            original: None,
            fixes_applied: 0,
            fail_on: Severity::Warning,
            format: Format::from_path(path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sixty files of uneven sizes (so that later files often finish first), and a
    /// resolver for them.
    fn uneven_files() -> (tempfile::TempDir, Vec<Input>, SettingsResolver) {
        let dir = tempfile::tempdir().unwrap();
        let mut inputs = Vec::new();
        for i in 0..60 {
            let path = dir.path().join(format!("f{i:02}.txt"));
            let body = "A plain sentence for the test. ".repeat(1 + (i * 37) % 400);
            std::fs::write(&path, body).unwrap();
            inputs.push(Input::File {
                path,
                explicit: true,
            });
        }
        let options = RunOptions {
            fix_mode: FixMode::None,
            overrides: Default::default(),
            config: None,
            isolated: true,
        };
        (dir, inputs, SettingsResolver::new(&options).unwrap())
    }

    #[test]
    fn reports_stream_in_input_order() {
        let (_dir, inputs, resolver) = uneven_files();
        let expected: Vec<String> = inputs.iter().map(Input::display).collect();
        let mut seen = Vec::new();
        run_each(inputs, &resolver, FixMode::None, |r| {
            assert!(r.error.is_none(), "{:?}", r.error);
            seen.push(r.path);
        });
        assert_eq!(seen, expected);
    }

    /// The workers wait when they are far ahead of the output; a sink that fails must
    /// not leave them waiting for ever.
    #[test]
    fn a_failing_sink_ends_the_run() {
        let (_dir, inputs, resolver) = uneven_files();
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run_each(inputs, &resolver, FixMode::None, |_| {
                panic!("the sink fails")
            })
        }));
        assert!(run.is_err());
    }
}
