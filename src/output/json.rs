//! `json` (the versioned report of DESIGN.md) and `json-lines` (one object per finding).

use std::io::{self, Write};

use serde::Serialize;

use super::{LineIndex, summarize};
use crate::check::FileReport;
use crate::diagnostic::{Diagnostic, Edit};

/// The report version; it changes only with a deliberate, documented break.
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonFix<'a> {
    applicability: &'static str,
    message: &'a str,
    edits: &'a [Edit],
}

#[derive(Serialize)]
pub(crate) struct JsonDiagnostic<'a> {
    rule: &'static str,
    severity: &'static str,
    message: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    fix: Option<JsonFix<'a>>,
}

impl<'a> JsonDiagnostic<'a> {
    pub(crate) fn new(d: &'a Diagnostic, text: &str, index: &LineIndex) -> JsonDiagnostic<'a> {
        let (line, column) = index.position(text, d.start());
        let (end_line, end_column) = index.position(text, d.end());
        JsonDiagnostic {
            rule: d.rule,
            severity: d.severity.as_str(),
            message: &d.message,
            start: d.start(),
            end: d.end(),
            line,
            column,
            end_line,
            end_column,
            fix: d.fix.as_ref().map(|f| JsonFix {
                applicability: f.applicability.as_str(),
                message: &f.message,
                edits: &f.edits,
            }),
        }
    }
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    diagnostics: usize,
    fixable: usize,
    unsafe_fixable: usize,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
    summary: JsonSummary,
}

pub fn write_json(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let files = reports
        .iter()
        .filter(|r| r.skipped.is_none())
        .map(|r| {
            let diagnostics = match &r.text {
                Some(text) => {
                    let index = LineIndex::new(text);
                    r.diagnostics
                        .iter()
                        .map(|d| JsonDiagnostic::new(d, text, &index))
                        .collect()
                }
                None => Vec::new(),
            };
            JsonFile {
                path: &r.path,
                diagnostics,
                error: r.error.as_deref(),
            }
        })
        .collect();
    let s = summarize(reports);
    let report = JsonReport {
        version: JSON_VERSION,
        files,
        summary: JsonSummary {
            files: reports.iter().filter(|r| r.skipped.is_none()).count(),
            diagnostics: s.diagnostics,
            fixable: s.fixable,
            unsafe_fixable: s.unsafe_fixable,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

#[derive(Serialize)]
struct JsonLine<'a> {
    path: &'a str,
    #[serde(flatten)]
    diagnostic: JsonDiagnostic<'a>,
}

#[derive(Serialize)]
struct JsonLineError<'a> {
    path: &'a str,
    error: &'a str,
}

/// One JSON object per line: each diagnostic with its `path`, and each file error.
pub fn write_json_lines(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    for r in reports {
        if let Some(e) = &r.error {
            serde_json::to_writer(
                &mut *out,
                &JsonLineError {
                    path: &r.path,
                    error: e,
                },
            )?;
            writeln!(out)?;
        }
        let Some(text) = &r.text else {
            continue;
        };
        let index = LineIndex::new(text);
        for d in &r.diagnostics {
            serde_json::to_writer(
                &mut *out,
                &JsonLine {
                    path: &r.path,
                    diagnostic: JsonDiagnostic::new(d, text, &index),
                },
            )?;
            writeln!(out)?;
        }
    }
    Ok(())
}
