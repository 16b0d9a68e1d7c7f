//! Output formats. Each reads only the finished reports.

mod json;
mod sarif;
mod text;

use std::io::{self, Write};

use crate::check::FileReport;
use crate::diagnostic::{Applicability, Severity};

pub use json::{write_json, write_json_lines};
pub use sarif::write_sarif;
pub use text::{escape_for_terminal, write_concise, write_github, write_text};

/// `--format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Text,
    Concise,
    Json,
    #[value(name = "json-lines")]
    JsonLines,
    Sarif,
    Github,
}

/// How the report is printed.
#[derive(Debug, Clone, Copy)]
pub struct Printing {
    pub color: bool,
    /// Unsafe fixes were asked for (they count as fixable).
    pub unsafe_fixes: bool,
    /// `--fix` was used: the diagnostics are what remains.
    pub fixed: bool,
    pub statistics: bool,
}

/// Byte offsets of line starts, to turn offsets into 1-based lines and columns (columns
/// in Unicode scalar values).
pub struct LineIndex {
    starts: Vec<usize>,
    /// The last position asked for (line, byte offset, 0-based column): columns of the
    /// next finding are counted from there, so that many findings on one long line cost
    /// the line's length once, not once per finding.
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex {
            starts,
            last: std::cell::Cell::new((0, 0, 0)),
        }
    }

    /// (line, column), both 1-based.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let (last_line, last_offset, last_col) = self.last.get();
        let chars = |a: usize, b: usize| text.get(a..b).map(|s| s.chars().count());
        let cached = if last_line == line && text.is_char_boundary(last_offset) {
            if last_offset <= offset {
                chars(last_offset, offset).map(|n| last_col + n)
            } else if last_offset - offset < offset - start {
                chars(offset, last_offset).map(|n| last_col - n)
            } else {
                None
            }
        } else {
            None
        };
        let col = cached.unwrap_or_else(|| chars(start, offset).unwrap_or(offset - start));
        if text.is_char_boundary(offset) {
            self.last.set((line, offset, col));
        }
        (line + 1, col + 1)
    }

    pub fn line_span(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).map_or(text.len(), |&s| s - 1);
        if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        (start, end.max(start))
    }
}

/// Counts for the summary line.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub files: usize,
    pub diagnostics: usize,
    pub fixable: usize,
    pub unsafe_fixable: usize,
    pub errors: usize,
    pub fixed: usize,
}

pub fn summarize(reports: &[FileReport]) -> Summary {
    let mut s = Summary {
        files: reports.len(),
        ..Summary::default()
    };
    for r in reports {
        if r.error.is_some() {
            s.errors += 1;
        }
        s.fixed += if r.fixed.is_some() {
            r.fixes_applied
        } else {
            0
        };
        for d in &r.diagnostics {
            s.diagnostics += 1;
            match d.fix.as_ref().map(|f| f.applicability) {
                Some(Applicability::Safe) => s.fixable += 1,
                Some(Applicability::Unsafe) => s.unsafe_fixable += 1,
                _ => {}
            }
        }
    }
    s
}

/// The closing line of text and concise output.
pub fn write_summary(out: &mut dyn Write, reports: &[FileReport], p: &Printing) -> io::Result<()> {
    let s = summarize(reports);
    if p.fixed && s.fixed > 0 {
        writeln!(out, "Fixed {} problem{}.", s.fixed, plural(s.fixed))?;
    }
    if s.diagnostics == 0 {
        if s.errors == 0 && !p.fixed {
            writeln!(
                out,
                "All checks passed ({} file{}).",
                s.files,
                plural(s.files)
            )?;
        } else if s.errors == 0 {
            writeln!(
                out,
                "No problems remain ({} file{}).",
                s.files,
                plural(s.files)
            )?;
        }
    } else {
        let mut line = format!(
            "Found {} problem{} in {} file{}",
            s.diagnostics,
            plural(s.diagnostics),
            reports.iter().filter(|r| !r.diagnostics.is_empty()).count(),
            plural(reports.iter().filter(|r| !r.diagnostics.is_empty()).count()),
        );
        let mut notes = Vec::new();
        if s.fixable > 0 {
            notes.push(format!("{} fixable with --fix", s.fixable));
        }
        if s.unsafe_fixable > 0 {
            if p.unsafe_fixes {
                notes.push(format!(
                    "{} more fixable with --fix (unsafe fixes on)",
                    s.unsafe_fixable
                ));
            } else {
                notes.push(format!(
                    "{} more with --fix --unsafe-fixes",
                    s.unsafe_fixable
                ));
            }
        }
        if !notes.is_empty() {
            line.push_str(&format!(" ({})", notes.join(", ")));
        }
        line.push('.');
        writeln!(out, "{line}")?;
    }
    if s.errors > 0 {
        writeln!(
            out,
            "{} file{} could not be checked.",
            s.errors,
            plural(s.errors)
        )?;
    }
    if p.statistics {
        write_statistics(out, reports)?;
    }
    Ok(())
}

/// `--statistics`: counts per rule.
pub fn write_statistics(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let mut counts: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for r in reports {
        for d in &r.diagnostics {
            let e = counts.entry(d.rule).or_default();
            e.0 += 1;
            if d.fix
                .as_ref()
                .is_some_and(|f| f.applicability != Applicability::DisplayOnly)
            {
                e.1 += 1;
            }
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    for (rule, (n, fixable)) in rows {
        writeln!(out, "{n:>6}  {rule:<22} {fixable} with a fix")?;
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

pub fn severity_label(s: Severity) -> &'static str {
    s.as_str()
}
