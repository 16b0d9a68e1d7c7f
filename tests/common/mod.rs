//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod invariants;
pub mod score;

use std::path::{Path, PathBuf};
use std::process::Command;

use mtlint::{Applicability, Format, Settings};

/// The project folder.
pub fn project() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the project, when present (it is not in a user's clone).
pub fn shared() -> Option<PathBuf> {
    let p = project().join("../shared");
    if p.join("corpus").is_dir() {
        Some(p)
    } else {
        eprintln!("note: ../shared/corpus is not here; skipping the measurement on shared data");
        None
    }
}

pub fn git_available() -> bool {
    Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Apply `patch` with `git apply` to a copy of `original` named `name` in a temporary
/// folder; the patched bytes.
pub fn git_apply(name: &str, original: &[u8], patch: &str) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(name);
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&file, original).unwrap();
    let patch_file = dir.path().join("fix.patch");
    std::fs::write(&patch_file, patch).unwrap();
    let out = Command::new("git")
        .args(["apply", "--unsafe-paths", "-p1", "fix.patch"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git apply failed for {name}: {}\n{patch}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(&file).unwrap()
}

/// Check the fix invariants on one text; returns a description of the first failure.
pub fn check_invariants(
    name: &str,
    text: &str,
    format: Format,
    settings: &Settings,
) -> Result<(), String> {
    let diagnostics = mtlint::lint(text, format, settings);
    for d in &diagnostics {
        if d.start() > d.end()
            || d.end() > text.len()
            || !text.is_char_boundary(d.start())
            || !text.is_char_boundary(d.end())
        {
            return Err(format!(
                "{name}: span {}..{} of {} is not on char boundaries",
                d.start(),
                d.end(),
                d.rule
            ));
        }
        if let Some(f) = &d.fix {
            if f.message.is_empty() {
                return Err(format!("{name}: {} fix without a title", d.rule));
            }
            for e in &f.edits {
                if e.start() > e.end()
                    || !text.is_char_boundary(e.start())
                    || !text.is_char_boundary(e.end())
                {
                    return Err(format!(
                        "{name}: {} edit {}..{} not on char boundaries",
                        d.rule,
                        e.start(),
                        e.end()
                    ));
                }
            }
        }
        let meta = mtlint::rules::find(d.rule).expect("registered rule").meta();
        if meta.fix == mtlint::rules::FixAvailability::Never && d.fix.is_some() {
            return Err(format!("{name}: {} declares no fix but offers one", d.rule));
        }
    }
    for level in [Applicability::Safe, Applicability::Unsafe] {
        let once = mtlint::fix::fix_text(text, format, settings, level);
        if !once.converged {
            return Err(format!("{name}: fixing at {level:?} did not converge"));
        }
        let twice = mtlint::fix::fix_text(&once.text, format, settings, level);
        if twice.text != once.text {
            return Err(format!(
                "{name}: a second fix pass at {level:?} changed the text"
            ));
        }
        let remaining = mtlint::lint(&once.text, format, settings);
        if remaining.iter().any(|d| mtlint::fix::applies(d, level)) {
            return Err(format!(
                "{name}: fixable findings remain after fixing at {level:?}"
            ));
        }
        if git_available() && once.text != text {
            let patch = mtlint::fix::unified_diff(name, text, &once.text);
            let applied = git_apply(name, text.as_bytes(), &patch);
            if applied != once.text.as_bytes() {
                return Err(format!(
                    "{name}: git apply of the diff differs from --fix at {level:?}"
                ));
            }
        }
    }
    Ok(())
}

/// Files of a folder with the given extensions, sorted.
pub fn files(dir: &Path, exts: &[&str]) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| {
                    p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| exts.contains(&e))
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}
