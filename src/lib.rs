//! mtlint finds the artifacts machine translation leaves in English articles — names
//! spelled two ways, titles printed twice, words run together, page furniture, literal
//! idioms — and proposes fixes as diffs.
//!
//! The library API: [`lint`] a text, [`fix::fix_text`] it, the [`pipeline`] that takes
//! one file from its path to its [`report`], and the [`check`] driver that the command
//! line uses for files.

pub mod check;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod error;
pub mod files;
pub mod fix;
pub mod lexicon;
pub mod output;
pub mod pipeline;
pub mod report;
pub mod review;
pub mod rules;
pub mod span;
pub mod suppress;

pub use config::Settings;
pub use diagnostic::{Applicability, Diagnostic, Edit, Fix, Severity};
pub use document::{Document, Format};
pub use span::Span;

use rules::{Context, RuleId};

/// Lint `text` with the enabled rules. Diagnostics come sorted by position, then rule.
pub fn lint(text: &str, format: Format, settings: &Settings) -> Vec<Diagnostic> {
    let doc = Document::parse(text, format);
    let found = run_enabled_rules(&doc, settings);
    // The model is not needed past the rules; on a large file it is most of the memory,
    // and gathering and sorting the findings would come on top of it.
    drop(doc);
    finish_diagnostics(text, settings, gather(found))
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

/// How many threads a run uses: `RAYON_NUM_THREADS` when it is a positive number (the
/// variable mtlint has always read for this), else one per core.
pub(crate) fn thread_count() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Documents from this size up have their rules run on two threads (when there are two
/// cores, or `RAYON_NUM_THREADS` allows two).
const PARALLEL_RULES_MIN: usize = 1 << 20;

/// Lint an already parsed document.
pub fn lint_document(doc: &Document, settings: &Settings) -> Vec<Diagnostic> {
    finish_diagnostics(doc.text, settings, gather(run_enabled_rules(doc, settings)))
}

/// Run the enabled rules: their findings in rule order, as one list or as one list per
/// rule (see [`gather`]).
fn run_enabled_rules(doc: &Document, settings: &Settings) -> Vec<Vec<Diagnostic>> {
    let threads = if doc.text.len() >= PARALLEL_RULES_MIN {
        thread_count()
    } else {
        1
    };
    if threads >= 2 {
        run_rules_on_two_threads(doc, settings)
    } else {
        vec![run_rules(doc, settings)]
    }
}

/// Run the enabled rules one after the other.
fn run_rules(doc: &Document, settings: &Settings) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for id in settings.enabled.iter() {
        run_rule(id, doc, settings, &mut diagnostics);
    }
    diagnostics
}

/// Run one rule, appending its findings with the configured severity.
fn run_rule(id: RuleId, doc: &Document, settings: &Settings, diagnostics: &mut Vec<Diagnostic>) {
    let rule = id.rule();
    let from = diagnostics.len();
    let mut ctx = Context::new(settings, rule.meta(), diagnostics);
    rule.check(doc, &mut ctx);
    set_severity(settings, id, &mut diagnostics[from..]);
    release_freed_memory(doc.text.len());
}

/// The one place findings get their severity: the one configured for their rule.
fn set_severity(settings: &Settings, id: RuleId, diagnostics: &mut [Diagnostic]) {
    let severity = settings.severity[id];
    for d in diagnostics {
        d.severity = severity;
    }
}

/// Run the enabled rules on two threads: one runs the rules whose working set grows with
/// the article ([`rules::RuleMeta::large_working_set`]) one after the other, so their
/// working sets never add up, then helps with the rest; the other takes the rest one by
/// one. The findings come back as one list per rule, in rule order.
fn run_rules_on_two_threads(doc: &Document, settings: &Settings) -> Vec<Vec<Diagnostic>> {
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    let (large, rest): (Vec<RuleId>, Vec<RuleId>) = settings
        .enabled
        .iter()
        .partition(|id| id.meta().large_working_set);
    let found: Vec<Mutex<Vec<Diagnostic>>> = RuleId::ALL.iter().map(|_| Mutex::default()).collect();
    let next = AtomicUsize::new(0);
    let run_rest = || {
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(&id) = rest.get(k) else {
                break;
            };
            let mut diagnostics = Vec::new();
            run_rule(id, doc, settings, &mut diagnostics);
            *found[id.index()].lock().unwrap_or_else(|e| e.into_inner()) = diagnostics;
        }
    };
    std::thread::scope(|scope| {
        scope.spawn(run_rest);
        for &id in &large {
            let mut diagnostics = Vec::new();
            run_rule(id, doc, settings, &mut diagnostics);
            *found[id.index()].lock().unwrap_or_else(|e| e.into_inner()) = diagnostics;
        }
        run_rest();
    });
    found
        .into_iter()
        .map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner()))
        .collect()
}

/// The lists of findings joined in order into one, built from the largest list without
/// copying it: a large file can hold hundreds of thousands of findings of one rule.
fn gather(mut found: Vec<Vec<Diagnostic>>) -> Vec<Diagnostic> {
    let Some(largest) = (0..found.len()).max_by_key(|&i| found[i].len()) else {
        return Vec::new();
    };
    let total: usize = found.iter().map(Vec::len).sum();
    if found[largest].len() == total {
        return std::mem::take(&mut found[largest]);
    }
    let mut all = std::collections::VecDeque::from(std::mem::take(&mut found[largest]));
    all.reserve_exact(total - all.len());
    for list in found[..largest].iter_mut().rev() {
        for d in std::mem::take(list).into_iter().rev() {
            all.push_front(d);
        }
    }
    for list in &mut found[largest + 1..] {
        all.extend(std::mem::take(list));
    }
    Vec::from(all)
}

/// Suppression comments, then findings sorted by position and deduplicated.
fn finish_diagnostics(
    text: &str,
    settings: &Settings,
    diagnostics: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let (mut diagnostics, mut unused) = suppress::apply(text, diagnostics, settings.enabled);
    set_severity(settings, RuleId::UnusedSuppression, &mut unused);
    diagnostics.append(&mut unused);
    // Unstable: no scratch buffer on a file with many findings. The sort is still
    // deterministic (same input order, same result), and the rules run in a fixed order.
    diagnostics.sort_unstable_by(|a, b| {
        (a.start(), a.end(), a.rule, &a.message).cmp(&(b.start(), b.end(), b.rule, &b.message))
    });
    diagnostics.dedup();
    diagnostics
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_threads_find_what_one_finds_in_the_same_order() {
        // Every rule family fires in this text, and repeating it makes paragraphs
        // repeat and names recur.
        let article = "Anthony Blinken met the the minister. Leave a Reply\n\n\
            For his part, Antony Blinken said it costs 3,5 million euros.\n\n\
            The talks were held in DiplomacyJapan on Tuesday, at 14h30.\n\n\
            \u{201c}We will see\u{201d}, he said. Ã©tÃ© was there.\n\n";
        let text = article.repeat(20);
        let doc = Document::parse(&text, Format::Plain);
        for settings in [Settings::default(), {
            let mut s = Settings::default();
            RuleId::ALL
                .iter()
                .step_by(2)
                .for_each(|&id| s.enabled.remove(id));
            s
        }] {
            let one = run_rules(&doc, &settings);
            let two = gather(run_rules_on_two_threads(&doc, &settings));
            assert!(one.len() > 100, "{}", one.len());
            assert_eq!(one, two);
            let rules: std::collections::BTreeSet<_> = one.iter().map(|d| d.rule).collect();
            assert!(rules.len() >= 4, "{rules:?}");
        }
    }
}
