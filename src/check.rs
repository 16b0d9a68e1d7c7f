//! The `check` driver: find files, take each through the [`pipeline`](crate::pipeline)
//! on worker threads, and hand one report per file to the output in input order, as
//! soon as it and every report before it are done.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::error::FileError;
use crate::pipeline::{absolute, check_guarded};

pub use crate::pipeline::{FixMode, RunOptions, SettingsResolver, check_input};
pub use crate::report::{FileReport, Input, display_path};

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
                            error: walk_error(&err),
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

fn walk_error(err: &ignore::Error) -> FileError {
    match err {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => {
            walk_error(err)
        }
        ignore::Error::Loop { .. } => FileError::WalkLoop,
        ignore::Error::Io(e) => FileError::from(e),
        other => FileError::Walk(other.to_string()),
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
        // A line being drawn by another worker is not waited for, except by the last
        // file's: a short run would otherwise end without a line at all.
        let last = if done == self.total {
            Some(self.last_drawn.lock().unwrap_or_else(|e| e.into_inner()))
        } else {
            self.last_drawn.try_lock().ok()
        };
        let Some(mut last) = last else {
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
///
/// Longer than 100 lines on purpose: the workers, the ordered hand-over and the wake-ups
/// share one lock and two condition variables, and reading them in one place is how the
/// ordering and the bounded memory can be checked by eye.
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
