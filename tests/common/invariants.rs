//! The invariants of DESIGN.md "What must always hold" that can be checked on a text
//! in memory, without a file system or `git`. Shared by the integration tests (through
//! `tests/common`) and by the fuzz targets (`fuzz/src/lib.rs` includes this file), so a
//! crash input found by a fuzzer is checked by exactly the same code in `cargo test`.
//!
//! Depends on `mtlint` and `std` only.

use std::ops::Range;

use mtlint::diagnostic::{Applicability, Diagnostic};
use mtlint::{Document, Format, Settings};

/// Both input formats.
pub const FORMATS: [Format; 2] = [Format::Plain, Format::Markdown];

/// Settings with every rule switched on (whatever the defaults are) and some
/// configuration lists filled in, so the code reading them runs too.
pub fn all_rules() -> Settings {
    let mut s = Settings {
        enabled: mtlint::rules::RuleSet::all(),
        ..Settings::default()
    };
    s.options.inconsistent_name.canonical = vec!["Antony Blinken".to_string(), "U.S.".to_string()];
    s.options.glued_words.allow = vec!["JavaScript".to_string(), "iPhone".to_string()];
    let configured = mtlint::config::parse(
        "[rules.web-boilerplate]\nextra = [\"Share this article\", \"Read more (.*)\"]\n",
        std::path::Path::new("mtlint.toml"),
        std::path::Path::new("."),
    )
    .expect("a valid configuration");
    s.options.web_boilerplate = configured.options.web_boilerplate;
    s
}

fn span_ok(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

fn check_range(text: &str, what: &str, start: usize, end: usize) -> Result<(), String> {
    if span_ok(text, start, end) {
        Ok(())
    } else {
        Err(format!(
            "{what} {start}..{end} is not a span of the text on char boundaries (len {})",
            text.len()
        ))
    }
}

fn sub_range(what: &str, inner: &Range<usize>, outer: &Range<usize>) -> Result<(), String> {
    if inner.start <= inner.end && inner.start >= outer.start && inner.end <= outer.end {
        Ok(())
    } else {
        Err(format!("{what} {inner:?} is not inside {outer:?}"))
    }
}

/// The document model: every span inside the text on char boundaries, index ranges
/// consistent, and every block removable along char boundaries.
pub fn check_document(doc: &Document) -> Result<(), String> {
    let text = doc.text;
    let all_tokens = 0..doc.tokens.len();
    let all_sentences = 0..doc.sentences.len();
    for (i, t) in doc.tokens.iter().enumerate() {
        let r = t.range();
        check_range(text, &format!("token {i}"), r.start, r.end)?;
        if r.is_empty() {
            return Err(format!("token {i} is empty at {}", r.start));
        }
    }
    for (i, b) in doc.blocks.iter().enumerate() {
        let what = format!("block {i} ({:?})", b.kind);
        check_range(text, &what, b.start(), b.end())?;
        check_range(text, &format!("{what} lines"), b.line_start(), b.line_end())?;
        if b.line_start() > b.start() || b.end() > b.line_end() {
            return Err(format!(
                "{what}: content {}..{} is not inside its lines {}..{}",
                b.start(),
                b.end(),
                b.line_start(),
                b.line_end()
            ));
        }
        sub_range(&format!("{what} tokens"), &b.tokens(), &all_tokens)?;
        sub_range(&format!("{what} sentences"), &b.sentences(), &all_sentences)?;
        for t in doc.block_tokens(b) {
            sub_range(
                &format!("{what}: a token"),
                &t.range(),
                &(b.start()..b.end()),
            )?;
        }
        for s in doc.block_sentences(b) {
            sub_range(
                &format!("{what}: a sentence"),
                &(s.start()..s.end()),
                &(b.start()..b.end()),
            )?;
            check_range(text, &format!("{what}: sentence"), s.start(), s.end())?;
            sub_range(
                &format!("{what}: sentence tokens"),
                &s.tokens(),
                &b.tokens(),
            )?;
        }
        let r = doc.block_removal(i);
        check_range(text, &format!("{what}: removal"), r.start, r.end)?;
    }
    let mut last_start = 0;
    for r in &doc.excluded {
        check_range(text, "excluded span", r.start, r.end)?;
        if r.start < last_start {
            return Err("excluded spans are not sorted".to_string());
        }
        last_start = r.start;
    }
    Ok(())
}

/// Diagnostics: spans and edits inside the text on char boundaries, the edits of one
/// fix in order and not overlapping (else applying them would drop some), a title on
/// every fix, no fix from a rule that declares none.
pub fn check_diagnostics(text: &str, diagnostics: &[Diagnostic]) -> Result<(), String> {
    for d in diagnostics {
        check_range(text, &format!("{} span", d.rule), d.start(), d.end())?;
        let meta = mtlint::rules::find(d.rule)
            .ok_or_else(|| format!("unregistered rule {}", d.rule))?
            .meta();
        let Some(f) = &d.fix else { continue };
        if meta.fix == mtlint::rules::FixAvailability::Never {
            return Err(format!("{} declares no fix but offers one", d.rule));
        }
        if f.message.is_empty() {
            return Err(format!("{} fix without a title", d.rule));
        }
        let mut pos = 0;
        for e in &f.edits {
            check_range(text, &format!("{} edit", d.rule), e.start(), e.end())?;
            if e.start() < pos {
                return Err(format!(
                    "{} fix has overlapping or unsorted edits ({}..{} after {pos})",
                    d.rule,
                    e.start(),
                    e.end()
                ));
            }
            pos = e.end();
        }
    }
    Ok(())
}

/// The union of the edit ranges (merged where they overlap or touch).
fn merged_ranges<'d>(edits: impl Iterator<Item = &'d mtlint::Edit>) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = edits.map(|e| e.start()..e.end()).collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// Every byte of `old` outside the `edited` ranges is still in `new`, in order, and
/// nothing but replacements sits between those stretches: `new` starts with the
/// text before the first edit, ends with the text after the last, and holds every gap
/// between edits in order.
pub fn check_outside_edits(old: &str, new: &str, edited: &[Range<usize>]) -> Result<(), String> {
    let Some(first) = edited.first() else {
        return if old == new {
            Ok(())
        } else {
            Err("the text changed without any edit".to_string())
        };
    };
    let last = edited.last().expect("not empty");
    let head = &old[..first.start];
    let tail = &old[last.end..];
    if !new.starts_with(head) {
        return Err(format!(
            "bytes before the first edit (at {}) changed",
            first.start
        ));
    }
    if new.len() < head.len() + tail.len() || !new.ends_with(tail) {
        return Err(format!(
            "bytes after the last edit (at {}) changed",
            last.end
        ));
    }
    let mut rest = &new[head.len()..new.len() - tail.len()];
    for pair in edited.windows(2) {
        let gap = &old[pair[0].end..pair[1].start];
        match rest.find(gap) {
            Some(i) => rest = &rest[i + gap.len()..],
            None => {
                return Err(format!(
                    "bytes {}..{} between two edits changed",
                    pair[0].end, pair[1].start
                ));
            }
        }
    }
    Ok(())
}

/// Line endings of a text: `Some(true)` when every line break is CRLF, `Some(false)`
/// when none has a CR, `None` when mixed or when there is no line break.
pub fn line_endings(text: &str) -> Option<bool> {
    let lf = text.matches('\n').count();
    let crlf = text.matches("\r\n").count();
    if lf == 0 {
        None
    } else if crlf == lf {
        Some(true)
    } else if !text.contains('\r') {
        Some(false)
    } else {
        None
    }
}

/// Lint, fix, lint again, at both fix levels: diagnostics well-formed, each pass changes
/// nothing outside its edits, fixing converges and is idempotent (fix twice = fix once),
/// no fixable finding remains, line endings and a BOM are kept.
pub fn check_fix(text: &str, format: Format, settings: &Settings) -> Result<(), String> {
    let diagnostics = mtlint::lint(text, format, settings);
    check_diagnostics(text, &diagnostics)?;
    for level in [Applicability::Safe, Applicability::Unsafe] {
        // The passes of `fix_text`, one by one, checking what each changes.
        let mut current = text.to_string();
        for pass in 1..=mtlint::fix::MAX_PASSES {
            let diagnostics = mtlint::lint(&current, format, settings);
            check_diagnostics(&current, &diagnostics)
                .map_err(|e| format!("pass {pass} at {level:?}: {e}"))?;
            let fixes: Vec<&mtlint::Fix> = diagnostics
                .iter()
                .filter(|d| mtlint::fix::applies(d, level))
                .filter_map(|d| d.fix.as_ref())
                .collect();
            let (next, n) = mtlint::fix::apply_fixes(&current, fixes.iter().copied());
            let edited = merged_ranges(fixes.iter().flat_map(|f| f.edits.iter()));
            check_outside_edits(&current, &next, &edited)
                .map_err(|e| format!("pass {pass} at {level:?}: {e}"))?;
            if n == 0 || next == current {
                break;
            }
            current = next;
        }
        let once = mtlint::fix::fix_text(text, format, settings, level);
        if once.text != current {
            return Err(format!(
                "fix_text at {level:?} differs from applying its passes one by one"
            ));
        }
        if !once.converged {
            let left: Vec<&str> = mtlint::lint(&once.text, format, settings)
                .iter()
                .filter(|d| mtlint::fix::applies(d, level))
                .map(|d| d.rule)
                .collect();
            return Err(format!(
                "fixing at {level:?} did not converge in {} passes ({left:?} still fixable)",
                mtlint::fix::MAX_PASSES
            ));
        }
        let remaining: Vec<&str> = mtlint::lint(&once.text, format, settings)
            .iter()
            .filter(|d| mtlint::fix::applies(d, level))
            .map(|d| d.rule)
            .collect();
        if !remaining.is_empty() {
            return Err(format!(
                "fixable findings remain after fixing at {level:?}: {remaining:?}"
            ));
        }
        let twice = mtlint::fix::fix_text(&once.text, format, settings, level);
        if twice.text != once.text {
            return Err(format!(
                "a second fix at {level:?} changed the text ({} fixes)",
                twice.applied
            ));
        }
        if text.starts_with('\u{FEFF}') && !once.text.starts_with('\u{FEFF}') {
            return Err(format!("fixing at {level:?} removed the byte order mark"));
        }
        if let Some(crlf) = line_endings(text) {
            let after = line_endings(&once.text);
            if after.is_some_and(|a| a != crlf) || (after.is_none() && once.text.contains('\n')) {
                return Err(format!(
                    "fixing at {level:?} changed the line endings (all {} before)",
                    if crlf { "CRLF" } else { "LF" }
                ));
            }
        }
    }
    Ok(())
}
