//! mtlint finds the artifacts machine translation leaves in English articles — names
//! spelled two ways, titles printed twice, words run together, page furniture, literal
//! idioms — and proposes fixes as diffs.
//!
//! The library API: [`lint`] a text, [`fix::fix_text`] it, and the [`check`] driver that
//! the command line uses for files.

pub mod check;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod fix;
pub mod lexicon;
pub mod output;
pub mod review;
pub mod rules;
pub mod suppress;

pub use config::Settings;
pub use diagnostic::{Applicability, Diagnostic, Edit, Fix, Severity};
pub use document::{Document, Format};

use rules::{Context, RULES};

/// Lint `text` with the enabled rules. Diagnostics come sorted by position, then rule.
pub fn lint(text: &str, format: Format, settings: &Settings) -> Vec<Diagnostic> {
    let doc = Document::parse(text, format);
    lint_document(&doc, settings)
}

/// After a rule has run on a large document, hand the memory it freed back to the
/// operating system: its working sets (name indexes, hash sets) sit among the findings
/// kept in the heap, and the next rule's would otherwise come on top (glibc only).
fn release_freed_memory(text_len: usize) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if text_len >= 16 << 20 {
        // SAFETY: malloc_trim only returns free heap pages to the kernel.
        unsafe {
            libc::malloc_trim(0);
        }
    }
    let _ = text_len;
}

/// Lint an already parsed document.
pub fn lint_document(doc: &Document, settings: &Settings) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for (i, rule) in RULES.iter().enumerate() {
        if !settings.enabled[i] {
            continue;
        }
        let from = diagnostics.len();
        let mut ctx = Context::new(settings, rule.meta(), &mut diagnostics);
        rule.check(doc, &mut ctx);
        for d in &mut diagnostics[from..] {
            d.severity = settings.severity[i];
        }
        release_freed_memory(doc.text.len());
    }
    let enabled = |name: &str| {
        RULES
            .iter()
            .position(|r| r.meta().name == name)
            .is_some_and(|i| settings.enabled[i])
    };
    let unused_idx = RULES
        .iter()
        .position(|r| r.meta().name == "unused-suppression")
        .expect("registered");
    let mut diagnostics = suppress::apply(
        doc.text,
        diagnostics,
        &enabled,
        settings.enabled[unused_idx],
    );
    for d in &mut diagnostics {
        if d.rule == "unused-suppression" {
            d.severity = settings.severity[unused_idx];
        }
    }
    // Unstable: no scratch buffer on a file with many findings. The sort is still
    // deterministic (same input order, same result), and the rules run in a fixed order.
    diagnostics.sort_unstable_by(|a, b| {
        (a.start(), a.end(), a.rule, &a.message).cmp(&(b.start(), b.end(), b.rule, &b.message))
    });
    diagnostics.dedup();
    diagnostics
}
