//! Diagnostics, fixes and edits: what a rule reports.

use std::borrow::Cow;

use serde::Serialize;
use smallvec::SmallVec;

use crate::span::Span;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// How far a fix can be trusted. Ordered so that "apply at level >= X" is one comparison:
/// `DisplayOnly < Unsafe < Safe`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Shown to the user, never applied (several candidates, or a human must choose).
    DisplayOnly,
    /// Applied with `--unsafe-fixes` or after review: the wording changes.
    Unsafe,
    /// Applied by `--fix`: the meaning cannot change.
    Safe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::DisplayOnly => "display-only",
            Applicability::Unsafe => "unsafe",
            Applicability::Safe => "safe",
        }
    }
}

/// Replace the bytes `start..end` of the text with `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    span: Span,
    pub replacement: String,
}

impl Edit {
    /// Offsets are stored as `u32`, like the document model's (texts up to 512 MiB).
    pub fn replace(start: usize, end: usize, replacement: impl Into<String>) -> Edit {
        debug_assert!(start <= end && end <= crate::document::MAX_TEXT_LEN);
        Edit {
            span: Span::new(start, end),
            replacement: replacement.into(),
        }
    }
    pub fn span(&self) -> Span {
        self.span
    }
    pub fn start(&self) -> usize {
        self.span.start()
    }
    pub fn end(&self) -> usize {
        self.span.end()
    }
    /// The same edit `by` bytes earlier (for a fix shown on an excerpt of the text).
    pub fn shifted_back(&self, by: usize) -> Edit {
        Edit::replace(self.start() - by, self.end() - by, self.replacement.clone())
    }
    pub fn delete(start: usize, end: usize) -> Edit {
        Edit::replace(start, end, "")
    }
    pub fn insert(at: usize, text: impl Into<String>) -> Edit {
        Edit::replace(at, at, text)
    }
}

/// `{"start": …, "end": …, "replacement": …}`, as the JSON report writes an edit.
impl Serialize for Edit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("Edit", 3)?;
        st.serialize_field("start", &self.span.start())?;
        st.serialize_field("end", &self.span.end())?;
        st.serialize_field("replacement", &self.replacement)?;
        st.end()
    }
}

/// A set of edits applied together, or not at all.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Fix {
    pub applicability: Applicability,
    /// Usually a fixed text: borrowed, so a file with many findings does not hold one
    /// allocation per fix for it.
    pub message: Cow<'static, str>,
    /// Sorted by position; one edit is stored inline.
    pub edits: SmallVec<[Edit; 1]>,
}

impl Fix {
    pub fn new(
        applicability: Applicability,
        message: impl Into<Cow<'static, str>>,
        mut edits: Vec<Edit>,
    ) -> Fix {
        edits.sort_by_key(|e| e.span);
        Fix {
            applicability,
            message: message.into(),
            edits: SmallVec::from_vec(edits),
        }
    }
    pub fn safe(message: impl Into<Cow<'static, str>>, edits: Vec<Edit>) -> Fix {
        Fix::new(Applicability::Safe, message, edits)
    }
    pub fn unsafe_(message: impl Into<Cow<'static, str>>, edits: Vec<Edit>) -> Fix {
        Fix::new(Applicability::Unsafe, message, edits)
    }
    pub fn display_only(message: impl Into<Cow<'static, str>>, edits: Vec<Edit>) -> Fix {
        Fix::new(Applicability::DisplayOnly, message, edits)
    }
    /// The byte range covered by all edits.
    pub fn range(&self) -> (usize, usize) {
        let start = self.edits.iter().map(Edit::start).min().unwrap_or(0);
        let end = self.edits.iter().map(Edit::end).max().unwrap_or(0);
        (start, end)
    }
}

/// One finding: a rule, a span of the text, a message and maybe a fix.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Offsets stored as `u32` (see [`Span`]): a file can hold hundreds of thousands of
    /// findings.
    span: Span,
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn new(
        rule: &'static str,
        start: usize,
        end: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let mut message = message.into();
        // `format!` leaves up to twice the room it needs; a file can hold hundreds of
        // thousands of findings.
        message.shrink_to_fit();
        Diagnostic {
            rule,
            severity: Severity::Warning,
            message,
            span: Span::new(start, end),
            fix: None,
        }
    }
    /// The flagged span.
    pub fn span(&self) -> Span {
        self.span
    }
    /// Start of the flagged span (byte offset).
    pub fn start(&self) -> usize {
        self.span.start()
    }
    /// End of the flagged span (byte offset, exclusive).
    pub fn end(&self) -> usize {
        self.span.end()
    }
    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fix = Some(fix);
        self
    }
    pub fn with_severity(mut self, severity: Severity) -> Diagnostic {
        self.severity = severity;
        self
    }
}
