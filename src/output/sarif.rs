//! SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::LineIndex;
use crate::diagnostic::Severity;
use crate::report::FileReport;
use crate::rules::{RULES, render_page};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Gathers the results of a SARIF log file by file: one JSON document whose run lists
/// every result after the errors, so the results wait here, without the files' text,
/// until the end.
#[derive(Default)]
pub(super) struct Builder {
    results: Vec<Value>,
    notifications: Vec<Value>,
}

impl Builder {
    pub(super) fn add(&mut self, r: &FileReport) {
        let (results, notifications) = (&mut self.results, &mut self.notifications);
        if let Some(e) = &r.error {
            notifications.push(json!({
                "level": "error",
                "message": {"text": format!("{}: {}", r.path, e)},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&r.path)}}}]
            }));
        }
        let Some(text) = &r.text else {
            return;
        };
        let index = LineIndex::new(text);
        for d in &r.diagnostics {
            let (line, col) = index.position(text, d.start());
            let (end_line, end_col) = index.position(text, d.end());
            let rule_index = RULES
                .iter()
                .position(|x| x.meta().name == d.rule)
                .unwrap_or(0);
            let mut result = json!({
                "ruleId": d.rule,
                "ruleIndex": rule_index,
                "level": level(d.severity),
                "message": {"text": d.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri(&r.path)},
                        "region": {
                            "startLine": line, "startColumn": col,
                            "endLine": end_line, "endColumn": end_col,
                            "byteOffset": d.start(), "byteLength": d.end() - d.start()
                        }
                    }
                }]
            });
            if let Some(fix) = &d.fix {
                let replacements: Vec<Value> = fix
                .edits
                .iter()
                .map(|e| {
                    json!({
                        "deletedRegion": {"byteOffset": e.start(), "byteLength": e.end() - e.start()},
                        "insertedContent": {"text": e.replacement}
                    })
                })
                .collect();
                result["fixes"] = json!([{
                    "description": {"text": format!("{} ({})", fix.message, fix.applicability.as_str())},
                    "artifactChanges": [{"artifactLocation": {"uri": uri(&r.path)}, "replacements": replacements}]
                }]);
            }
            results.push(result);
        }
    }

    /// The whole log.
    pub(super) fn value(self) -> Value {
        let (results, notifications) = (self.results, self.notifications);
        let rules: Vec<Value> = RULES
            .iter()
            .map(|r| {
                let m = r.meta();
                json!({
                    "id": m.name,
                    "name": m.name,
                    "shortDescription": {"text": m.summary},
                    "fullDescription": {"text": m.what},
                    "help": {"text": format!("{}\n\nExample:\n{}\n\nUse instead:\n{}", m.what, m.example, m.use_instead), "markdown": render_page(m)},
                    "defaultConfiguration": {"level": level(m.severity), "enabled": m.default_on},
                    "properties": {"category": m.category, "fix": m.fix.as_str()}
                })
            })
            .collect();
        json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "mtlint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules
                }},
                "columnKind": "unicodeCodePoints",
                "invocations": [{"executionSuccessful": notifications.is_empty(), "toolExecutionNotifications": notifications}],
                "results": results
            }]
        })
    }

    pub(super) fn write(self, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, &self.value())?;
        writeln!(out)
    }
}

/// A relative URI for a path (forward slashes, spaces and `%` escaped).
fn uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

pub fn write_sarif(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    super::write_reports(out, reports, super::OutputFormat::Sarif, &super::PLAIN)
}
