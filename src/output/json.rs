//! `json` (the versioned report of DESIGN.md) and `json-lines` (one object per finding).

use std::io::{self, Write};

use serde::Serialize;

use super::{LineIndex, Totals};
use crate::diagnostic::{Diagnostic, Edit};
use crate::report::FileReport;

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

/// One file's entry in the JSON report; its findings are serialized as they are read.
#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    diagnostics: JsonDiagnostics<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// A file's findings with their lines and columns, computed while serializing, so a file
/// with hundreds of thousands of findings holds no second list of them.
struct JsonDiagnostics<'a>(&'a FileReport);

impl Serialize for JsonDiagnostics<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.0;
        match &r.text {
            Some(text) => {
                let index = LineIndex::new(text);
                serializer.collect_seq(
                    r.diagnostics
                        .iter()
                        .map(|d| JsonDiagnostic::new(d, text, &index)),
                )
            }
            None => serializer.collect_seq(std::iter::empty::<JsonDiagnostic>()),
        }
    }
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    diagnostics: usize,
    fixable: usize,
    unsafe_fixable: usize,
}

/// Passes pretty-printed JSON through with every line after the first indented, so that
/// a value printed on its own lands at its depth inside the report. JSON strings hold no
/// raw line breaks, so every line break is the printer's.
struct Indented<'a> {
    out: &'a mut dyn Write,
    indent: &'static [u8],
}

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = memchr::memchr(b'\n', rest) {
            self.out.write_all(&rest[..=i])?;
            self.out.write_all(self.indent)?;
            rest = &rest[i + 1..];
        }
        self.out.write_all(rest)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The start of the report, before the first file.
fn json_start(out: &mut dyn Write) -> io::Result<()> {
    write!(out, "{{\n  \"version\": {JSON_VERSION},\n  \"files\": [")
}

/// One file's entry of the JSON report (`first`: the first file written).
pub(super) fn json_file(out: &mut dyn Write, r: &FileReport, first: bool) -> io::Result<()> {
    if first {
        json_start(out)?;
        out.write_all(b"\n    ")?;
    } else {
        out.write_all(b",\n    ")?;
    }
    let file = JsonFile {
        path: &r.path,
        diagnostics: JsonDiagnostics(r),
        error: r.error.as_ref().map(ToString::to_string),
    };
    let mut indented = Indented {
        out,
        indent: b"    ",
    };
    serde_json::to_writer_pretty(&mut indented, &file)?;
    Ok(())
}

/// The end of the JSON report: the list of files closed, and the summary.
pub(super) fn json_end(out: &mut dyn Write, t: &Totals) -> io::Result<()> {
    if t.checked == 0 {
        json_start(out)?;
        out.write_all(b"],\n  \"summary\": ")?;
    } else {
        out.write_all(b"\n  ],\n  \"summary\": ")?;
    }
    let s = t.summary;
    let summary = JsonSummary {
        files: t.checked,
        diagnostics: s.diagnostics,
        fixable: s.fixable,
        unsafe_fixable: s.unsafe_fixable,
    };
    let mut indented = Indented { out, indent: b"  " };
    serde_json::to_writer_pretty(&mut indented, &summary)?;
    out.write_all(b"\n}\n")
}

/// The versioned JSON report of finished reports.
pub fn write_json(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    super::write_reports(out, reports, super::OutputFormat::Json, &super::PLAIN)
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
    error: String,
}

/// One JSON object per line: each diagnostic with its `path`, and each file error.
pub fn write_json_lines(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    super::write_reports(out, reports, super::OutputFormat::JsonLines, &super::PLAIN)
}

/// One file's lines of `json-lines`.
pub(super) fn json_lines_file(out: &mut dyn Write, r: &FileReport) -> io::Result<()> {
    if let Some(e) = &r.error {
        serde_json::to_writer(
            &mut *out,
            &JsonLineError {
                path: &r.path,
                error: e.to_string(),
            },
        )?;
        writeln!(out)?;
    }
    let Some(text) = &r.text else {
        return Ok(());
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;
    use crate::lint;

    /// The report as one value, printed in one go: what the file-by-file writer must
    /// reproduce byte for byte.
    #[derive(Serialize)]
    struct WholeReport<'a> {
        version: u32,
        files: Vec<JsonFile<'a>>,
        summary: JsonSummary,
    }

    fn whole(reports: &[FileReport]) -> String {
        let t = super::super::totals(reports);
        let report = WholeReport {
            version: JSON_VERSION,
            files: reports
                .iter()
                .filter(|r| r.skipped.is_none())
                .map(|r| JsonFile {
                    path: &r.path,
                    diagnostics: JsonDiagnostics(r),
                    error: r.error.as_ref().map(ToString::to_string),
                })
                .collect(),
            summary: JsonSummary {
                files: t.checked,
                diagnostics: t.summary.diagnostics,
                fixable: t.summary.fixable,
                unsafe_fixable: t.summary.unsafe_fixable,
            },
        };
        let mut s = serde_json::to_string_pretty(&report).unwrap();
        s.push('\n');
        s
    }

    fn streamed(reports: &[FileReport]) -> String {
        let mut out = Vec::new();
        write_json(&mut out, reports).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn file_by_file_json_is_the_whole_report() {
        let texts = [
            "Leave a Reply\n\nThe the report was \"quoted\n",
            "Fine text with nothing to say.\n",
            "",
        ];
        let mut reports: Vec<FileReport> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let d = lint(t, Format::Plain, &crate::Settings::default());
                FileReport::for_text(&format!("f{i}.txt"), t, d)
            })
            .collect();
        assert!(!reports[0].diagnostics.is_empty());
        let mut failed = FileReport::for_text("bad.txt", "", Vec::new());
        failed.text = None;
        failed.error = Some(crate::error::FileError::InvalidUtf8 { offset: 0 });
        let mut skipped = FileReport::for_text("image.bin", "", Vec::new());
        skipped.skipped = Some(crate::error::FileError::Binary { offset: 0 });
        reports.insert(1, failed);
        reports.insert(0, skipped.clone());
        for n in 0..=reports.len() {
            assert_eq!(streamed(&reports[..n]), whole(&reports[..n]), "first {n}");
        }
        assert_eq!(streamed(&[skipped.clone()]), whole(&[skipped]));
    }
}
