//! Output formats. Each reads only the finished reports, one file at a time: a
//! [`ReportStream`] writes a file's findings as soon as its report comes, keeps only the
//! totals for the closing summary, and so lets a run drop each file once it is written.

mod json;
mod sarif;
mod text;

use std::io::{self, Write};

use std::collections::BTreeMap;

use crate::diagnostic::{Applicability, Severity};
use crate::report::FileReport;

pub use json::{write_json, write_json_lines};
pub use sarif::write_sarif;
pub use text::{escape_for_terminal, write_concise, write_github, write_text};

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Text,
    Concise,
    Json,
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

/// Printing without colour or options, for the machine formats.
pub(crate) const PLAIN: Printing = Printing {
    color: false,
    unsafe_fixes: false,
    fixed: false,
    statistics: false,
};

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

/// What the closing lines of a run need from the reports that went past: counts, counts
/// per rule, the skipped files and the errors.
#[derive(Debug, Default, Clone)]
pub struct Totals {
    pub summary: Summary,
    /// Files with at least one finding.
    pub files_with_findings: usize,
    /// Files that were checked (not skipped as binary).
    pub checked: usize,
    /// Per rule: findings, and findings with a fix that can be applied.
    pub per_rule: BTreeMap<&'static str, (usize, usize)>,
    /// Files found by walking and skipped, with the reason.
    pub skipped: Vec<(String, String)>,
    /// Files that could not be checked, with the reason.
    pub errors: Vec<(String, String)>,
    /// A finding at or above its file's failing severity was reported.
    pub failing: bool,
    /// Files with a fixed text (fixed, or fixable with `--diff`).
    pub files_fixed: usize,
}

impl Totals {
    pub fn add(&mut self, r: &FileReport) {
        let s = &mut self.summary;
        s.files += 1;
        if let Some(e) = &r.error {
            s.errors += 1;
            self.errors.push((r.path.clone(), e.to_string()));
        }
        if let Some(note) = &r.skipped {
            self.skipped.push((r.path.clone(), note.to_string()));
        } else {
            self.checked += 1;
        }
        if r.fixed.is_some() {
            s.fixed += r.fixes_applied;
            self.files_fixed += 1;
        }
        if !r.diagnostics.is_empty() {
            self.files_with_findings += 1;
        }
        for d in &r.diagnostics {
            s.diagnostics += 1;
            let applicability = d.fix.as_ref().map(|f| f.applicability);
            match applicability {
                Some(Applicability::Safe) => s.fixable += 1,
                Some(Applicability::Unsafe) => s.unsafe_fixable += 1,
                _ => {}
            }
            let e = self.per_rule.entry(d.rule).or_default();
            e.0 += 1;
            if applicability.is_some_and(|a| a != Applicability::DisplayOnly) {
                e.1 += 1;
            }
            self.failing |= d.severity >= r.fail_on;
        }
    }

    /// The exit code: 2 on any error, 1 on findings at or above the failing severity,
    /// else 0 (as [`crate::check::exit_code`]).
    pub fn exit_code(&self) -> i32 {
        if self.summary.errors > 0 {
            2
        } else if self.failing {
            1
        } else {
            0
        }
    }
}

pub fn summarize(reports: &[FileReport]) -> Summary {
    totals(reports).summary
}

fn totals(reports: &[FileReport]) -> Totals {
    let mut t = Totals::default();
    for r in reports {
        t.add(r);
    }
    t
}

/// Writes reports in one format as they come, one file at a time, and the closing part
/// (summary, statistics, the end of a JSON or SARIF document) at [`ReportStream::finish`].
pub struct ReportStream<'w> {
    out: &'w mut dyn Write,
    format: OutputFormat,
    printing: Printing,
    totals: Totals,
    sarif: sarif::Builder,
}

impl<'w> ReportStream<'w> {
    pub fn new(out: &'w mut dyn Write, format: OutputFormat, printing: Printing) -> Self {
        ReportStream {
            out,
            format,
            printing,
            totals: Totals::default(),
            sarif: sarif::Builder::default(),
        }
    }

    /// Write one file's report.
    pub fn file(&mut self, r: &FileReport) -> io::Result<()> {
        let out = &mut *self.out;
        match self.format {
            OutputFormat::Text => text::text_file(out, r, &self.printing)?,
            OutputFormat::Concise => text::concise_file(out, r, &self.printing)?,
            OutputFormat::Github => text::github_file(out, r)?,
            OutputFormat::Json => {
                if r.skipped.is_none() {
                    json::json_file(out, r, self.totals.checked == 0)?;
                }
            }
            OutputFormat::JsonLines => json::json_lines_file(out, r)?,
            OutputFormat::Sarif => self.sarif.add(r),
        }
        self.totals.add(r);
        Ok(())
    }

    /// Count a file's report without writing it (after an output error).
    pub fn count(&mut self, r: &FileReport) {
        self.totals.add(r);
    }

    /// Write the closing part and return the totals.
    pub fn finish(self) -> io::Result<Totals> {
        let out = self.out;
        let t = self.totals;
        match self.format {
            OutputFormat::Text | OutputFormat::Concise => {
                write_summary(out, &t, &self.printing)?;
            }
            OutputFormat::Github | OutputFormat::JsonLines => {}
            OutputFormat::Json => json::json_end(out, &t)?,
            OutputFormat::Sarif => self.sarif.write(out)?,
        }
        Ok(t)
    }
}

/// Write finished reports in one format (a [`ReportStream`] over a slice).
pub fn write_reports(
    out: &mut dyn Write,
    reports: &[FileReport],
    format: OutputFormat,
    printing: &Printing,
) -> io::Result<()> {
    let mut stream = ReportStream::new(out, format, *printing);
    for r in reports {
        stream.file(r)?;
    }
    stream.finish().map(drop)
}

/// Errors and notes for standard error, one file at a time: "error: PATH: REASON" for a
/// file that could not be checked, "note: PATH: REASON; skipped" for a file found by
/// walking and skipped. A configuration error is the same for every file under that
/// configuration: it is written once.
#[derive(Debug, Default)]
pub struct ProblemLog {
    seen_config_errors: std::collections::HashSet<String>,
    color: bool,
}

impl ProblemLog {
    /// `color`: the word "error" in bold red.
    pub fn new(color: bool) -> ProblemLog {
        ProblemLog {
            seen_config_errors: Default::default(),
            color,
        }
    }

    pub fn write(&mut self, err: &mut dyn Write, r: &FileReport) -> io::Result<()> {
        let (on, off) = if self.color {
            ("\x1b[1;31m", "\x1b[0m")
        } else {
            ("", "")
        };
        if let Some(e) = &r.error {
            let message = escape_for_terminal(&e.to_string());
            if matches!(e, crate::error::FileError::Config(_)) {
                if self.seen_config_errors.insert(message.clone()) {
                    writeln!(err, "{on}error{off}: {message}")?;
                }
            } else {
                writeln!(
                    err,
                    "{on}error{off}: {}: {message}",
                    escape_for_terminal(&r.path)
                )?;
            }
        }
        if let Some(note) = &r.skipped {
            writeln!(
                err,
                "note: {}: {}; skipped",
                escape_for_terminal(&r.path),
                escape_for_terminal(&note.to_string())
            )?;
        }
        Ok(())
    }
}

/// The closing line of text and concise output.
pub fn write_summary(out: &mut dyn Write, t: &Totals, p: &Printing) -> io::Result<()> {
    let s = t.summary;
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
            t.files_with_findings,
            plural(t.files_with_findings),
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
        write_statistics(out, t)?;
    }
    Ok(())
}

/// `--statistics`: counts per rule.
pub fn write_statistics(out: &mut dyn Write, t: &Totals) -> io::Result<()> {
    let mut rows: Vec<_> = t.per_rule.iter().collect();
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
