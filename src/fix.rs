//! Applying fixes: non-overlapping fixes are applied together, the text is linted again,
//! and this repeats until nothing changes (conflicting fixes resolve on a later pass).

use crate::config::Settings;
use crate::diagnostic::{Applicability, Diagnostic, Fix};
use crate::document::Format;

/// Give up after this many passes (a fix that keeps producing fixes is a bug; the text
/// so far is still returned).
pub const MAX_PASSES: usize = 10;

/// The result of fixing a text.
#[derive(Debug, Clone)]
pub struct FixOutcome {
    pub text: String,
    /// Fixes applied, over all passes.
    pub applied: usize,
    pub passes: usize,
    /// False when [`MAX_PASSES`] was reached with fixes still applying.
    pub converged: bool,
    /// The findings in the original text (the first pass's lint).
    pub original_diagnostics: Vec<Diagnostic>,
    /// The findings left in the fixed text (the last pass's lint).
    pub remaining: Vec<Diagnostic>,
}

/// Apply the fixes that do not overlap or touch one applied before them (in order of
/// position). Returns the new text and how many fixes were applied.
pub fn apply_fixes<'f>(text: &str, fixes: impl IntoIterator<Item = &'f Fix>) -> (String, usize) {
    let mut fixes: Vec<&Fix> = fixes.into_iter().filter(|f| !f.edits.is_empty()).collect();
    fixes.sort_by_key(|f| f.range());
    let mut chosen: Vec<&Fix> = Vec::new();
    let mut last_end: Option<usize> = None;
    for f in fixes {
        let (start, end) = f.range();
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        if f.edits.iter().any(|e| {
            !text.is_char_boundary(e.start())
                || !text.is_char_boundary(e.end())
                || e.start() > e.end()
        }) {
            continue;
        }
        if let Some(le) = last_end
            && start <= le
        {
            continue;
        }
        last_end = Some(end);
        chosen.push(f);
    }
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for f in &chosen {
        for e in &f.edits {
            if e.start() < pos {
                continue;
            }
            out.push_str(&text[pos..e.start()]);
            out.push_str(&e.replacement);
            pos = e.end();
        }
    }
    out.push_str(&text[pos..]);
    (out, chosen.len())
}

/// Is this diagnostic's fix applied at `level`?
pub fn applies(d: &Diagnostic, level: Applicability) -> bool {
    d.fix
        .as_ref()
        .is_some_and(|f| f.applicability != Applicability::DisplayOnly && f.applicability >= level)
}

/// The lowest applicability applied: `Safe`, or `Unsafe` with unsafe fixes on.
pub fn level(unsafe_fixes: bool) -> Applicability {
    if unsafe_fixes {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    }
}

/// Fix `text` until stable.
pub fn fix_text(
    text: &str,
    format: Format,
    settings: &Settings,
    level: Applicability,
) -> FixOutcome {
    let mut current = text.to_string();
    let mut applied = 0;
    let mut original_diagnostics = None;
    for pass in 1..=MAX_PASSES {
        let diagnostics = crate::lint(&current, format, settings);
        let fixes = diagnostics
            .iter()
            .filter(|d| applies(d, level))
            .filter_map(|d| d.fix.as_ref());
        let (next, n) = apply_fixes(&current, fixes);
        if n == 0 || next == current {
            return FixOutcome {
                text: current,
                applied,
                passes: pass,
                converged: true,
                original_diagnostics: original_diagnostics.unwrap_or_else(|| diagnostics.clone()),
                remaining: diagnostics,
            };
        }
        original_diagnostics.get_or_insert(diagnostics);
        applied += n;
        current = next;
    }
    let remaining = crate::lint(&current, format, settings);
    let converged = !remaining.iter().any(|d| applies(d, level));
    FixOutcome {
        text: current,
        applied,
        passes: MAX_PASSES,
        converged,
        original_diagnostics: original_diagnostics.unwrap_or_default(),
        remaining,
    }
}

/// A unified diff from `old` to `new` with `a/` and `b/` headers, as `git apply` reads it.
/// Empty when the texts are equal.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let path = path.trim_start_matches("./");
    let diff = similar::TextDiff::from_lines(old, new);
    diff.unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Edit;

    #[test]
    fn overlapping_and_touching_fixes_wait() {
        let a = Fix::safe("a", vec![Edit::replace(0, 3, "X")]);
        let b = Fix::safe("b", vec![Edit::replace(3, 5, "Y")]);
        let c = Fix::safe("c", vec![Edit::replace(7, 8, "Z")]);
        let (out, n) = apply_fixes("abcdefgh", [&a, &b, &c]);
        assert_eq!(out, "XdefgZ");
        assert_eq!(n, 2);
    }

    #[test]
    fn diff_has_headers_and_no_newline_marker() {
        let d = unified_diff("x.txt", "a\nb", "a\nc");
        assert!(d.starts_with("--- a/x.txt\n+++ b/x.txt\n"), "{d}");
        assert!(d.contains("\\ No newline at end of file"), "{d}");
    }
}
