//! Human output: rustc-style snippets (`text`), one line per finding (`concise`), and
//! GitHub workflow commands (`github`).

use std::io::{self, Write};

use unicode_width::UnicodeWidthChar;

use super::{LineIndex, Printing};
use crate::diagnostic::{Applicability, Severity};
use crate::report::FileReport;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const BLUE: &str = "\x1b[1;34m";
const GREEN: &str = "\x1b[32m";

fn severity_color(s: Severity) -> &'static str {
    match s {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
        Severity::Info => "\x1b[1;36m",
    }
}

struct Paint {
    on: bool,
}

impl Paint {
    fn p<'a>(&self, code: &'a str) -> &'a str {
        if self.on { code } else { "" }
    }
}

/// Render `s` for a terminal: control and invisible format characters become visible
/// escapes (`<U+200B>`), tabs a space, so nothing from an article can drive the terminal.
pub fn escape_for_terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Copy runs of characters that pass unchanged in one go: printable ASCII bytes are
    // settled without decoding, and only the characters that need rewriting (and the
    // non-ASCII ones, to test them) are looked at one by one.
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7f).contains(&b) {
            i += 1;
            continue;
        }
        let c = s[i..]
            .chars()
            .next()
            .expect("a char starts at a char boundary");
        let len = c.len_utf8();
        if c == '\t' || needs_escape(c) {
            out.push_str(&s[run..i]);
            push_escaped(&mut out, c);
            run = i + len;
        }
        i += len;
    }
    out.push_str(&s[run..]);
    out
}

/// [`escape_for_terminal`] one character at a time, the reference its run-copying must
/// agree with.
#[cfg(test)]
fn escape_for_terminal_by_char(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        push_escaped(&mut out, c);
    }
    out
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}' | '\u{180E}')
}

fn push_escaped(out: &mut String, c: char) {
    if c == '\t' {
        out.push(' ');
    } else if needs_escape(c) {
        out.push_str(&format!("<U+{:04X}>", c as u32));
    } else {
        out.push(c);
    }
}

fn display_width(c: char) -> usize {
    if c == '\t' {
        1
    } else if needs_escape(c) {
        format!("<U+{:04X}>", c as u32).len()
    } else {
        c.width().unwrap_or(0)
    }
}

/// Longest snippet shown; longer lines are cut around the span.
const MAX_SNIPPET: usize = 110;

/// Bytes of a long line looked at on each side of a span (enough for `MAX_SNIPPET`
/// columns of four-byte characters).
const SNIPPET_WINDOW: usize = 1024;

/// The visible part of a line and the caret position and width within it.
fn snippet(line: &str, span_start: usize, span_end: usize) -> (String, usize, usize) {
    // Only a window around the span is looked at: a long line with many findings must
    // not cost its whole length per finding.
    let mut lo = span_start.saturating_sub(SNIPPET_WINDOW);
    while !line.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (span_end + SNIPPET_WINDOW).min(line.len());
    while !line.is_char_boundary(hi) {
        hi += 1;
    }
    let (cut_before, cut_after) = (lo > 0, hi < line.len());
    let (line, span_start, span_end) = (&line[lo..hi], span_start - lo, span_end - lo);
    // Work in chars.
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let widths: Vec<usize> = chars.iter().map(|&(_, c)| display_width(c)).collect();
    let total: usize = widths.iter().sum();
    let first = chars.partition_point(|&(i, _)| i < span_start);
    let last = chars
        .partition_point(|&(i, _)| i < span_end)
        .max(first + 1)
        .min(chars.len());
    let (mut from, mut to) = (0, chars.len());
    if total > MAX_SNIPPET || cut_before || cut_after {
        // Keep some context before the span, then as much as fits.
        let mut w = 0;
        from = first;
        while from > 0 && w + widths[from - 1] <= 30 {
            from -= 1;
            w += widths[from];
        }
        let mut w: usize = widths[from..first].iter().sum();
        to = from;
        while to < chars.len() && w + widths[to] <= MAX_SNIPPET {
            w += widths[to];
            to += 1;
        }
        to = to.max(last.min(chars.len()));
    }
    let mut out = String::new();
    let mut caret_col = 0;
    if from > 0 || cut_before {
        out.push('…');
        caret_col += 1;
    }
    let mut caret_width = 0;
    for (k, &(_, c)) in chars.iter().enumerate().take(to).skip(from) {
        if k < first {
            caret_col += widths[k];
        } else if k < last {
            caret_width += widths[k];
        }
        push_escaped(&mut out, c);
    }
    if to < chars.len() || cut_after {
        out.push('…');
    }
    (out, caret_col, caret_width.max(1))
}

fn applicability_note(a: Applicability) -> &'static str {
    match a {
        Applicability::Safe => "",
        Applicability::Unsafe => " (unsafe fix)",
        Applicability::DisplayOnly => " (suggestion)",
    }
}

pub fn write_text(out: &mut dyn Write, reports: &[FileReport], p: &Printing) -> io::Result<()> {
    super::write_reports(out, reports, super::OutputFormat::Text, p)
}

/// One file's findings in the `text` format.
pub(super) fn text_file(out: &mut dyn Write, r: &FileReport, p: &Printing) -> io::Result<()> {
    let paint = Paint { on: p.color };
    let Some(text) = &r.text else {
        return Ok(());
    };
    if r.diagnostics.is_empty() {
        return Ok(());
    }
    let index = LineIndex::new(text);
    for d in &r.diagnostics {
        let (line, col) = index.position(text, d.start());
        let (ls, le) = index.line_span(text, line);
        let gutter = line.to_string().len();
        writeln!(
            out,
            "{}{}[{}]{}{}: {}{}",
            paint.p(severity_color(d.severity)),
            d.severity.as_str(),
            d.rule,
            paint.p(RESET),
            paint.p(BOLD),
            escape_for_terminal(&d.message),
            paint.p(RESET)
        )?;
        writeln!(
            out,
            "{:gutter$}{}-->{} {}:{}:{}",
            "",
            paint.p(BLUE),
            paint.p(RESET),
            escape_for_terminal(&r.path),
            line,
            col
        )?;
        let (shown, caret_col, caret_width) = snippet(
            &text[ls..le],
            d.start() - ls,
            d.end().min(le).max(d.start()) - ls,
        );
        writeln!(out, "{:gutter$} {}|{}", "", paint.p(BLUE), paint.p(RESET))?;
        writeln!(
            out,
            "{}{line}{} {}|{} {}",
            paint.p(BLUE),
            paint.p(RESET),
            paint.p(BLUE),
            paint.p(RESET),
            shown
        )?;
        writeln!(
            out,
            "{:gutter$} {}|{} {:caret_col$}{}{}{}",
            "",
            paint.p(BLUE),
            paint.p(RESET),
            "",
            paint.p(severity_color(d.severity)),
            "^".repeat(caret_width),
            paint.p(RESET)
        )?;
        if let Some(fix) = &d.fix {
            writeln!(
                out,
                "{:gutter$} {}={} {}help{}: {}{}",
                "",
                paint.p(BLUE),
                paint.p(RESET),
                paint.p(GREEN),
                paint.p(RESET),
                escape_for_terminal(&fix.message),
                applicability_note(fix.applicability)
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

pub fn write_concise(out: &mut dyn Write, reports: &[FileReport], p: &Printing) -> io::Result<()> {
    super::write_reports(out, reports, super::OutputFormat::Concise, p)
}

/// One file's findings in the `concise` format.
pub(super) fn concise_file(out: &mut dyn Write, r: &FileReport, p: &Printing) -> io::Result<()> {
    let paint = Paint { on: p.color };
    let Some(text) = &r.text else {
        return Ok(());
    };
    let index = LineIndex::new(text);
    // The path is the same on every line of the file: escaped once.
    let path = escape_for_terminal(&r.path);
    for d in &r.diagnostics {
        let (line, col) = index.position(text, d.start());
        let fixable = match d.fix.as_ref().map(|f| f.applicability) {
            Some(Applicability::Safe) => " [*]",
            Some(Applicability::Unsafe) => " [~]",
            _ => "",
        };
        writeln!(
            out,
            "{}:{}:{}: {}{}{} {}{}",
            path,
            line,
            col,
            paint.p(severity_color(d.severity)),
            d.rule,
            paint.p(RESET),
            escape_for_terminal(&d.message),
            fixable
        )?;
    }
    Ok(())
}

/// Escape workflow-command data (`%`, CR, LF).
fn gh_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a workflow-command property value (also `:` and `,`).
fn gh_property(s: &str) -> String {
    gh_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write_github(out: &mut dyn Write, reports: &[FileReport], p: &Printing) -> io::Result<()> {
    super::write_reports(out, reports, super::OutputFormat::Github, p)
}

/// One file's GitHub Actions workflow commands.
pub(super) fn github_file(out: &mut dyn Write, r: &FileReport) -> io::Result<()> {
    if let Some(e) = &r.error {
        writeln!(
            out,
            "::error file={},title=mtlint::{}",
            gh_property(&r.path),
            gh_data(&e.to_string())
        )?;
    }
    let Some(text) = &r.text else {
        return Ok(());
    };
    let index = LineIndex::new(text);
    for d in &r.diagnostics {
        let (line, col) = index.position(text, d.start());
        let (end_line, end_col) = index.position(text, d.end());
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        writeln!(
            out,
            "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            gh_property(&r.path),
            gh_property(d.rule),
            gh_data(&escape_for_terminal(&d.message))
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_cuts_long_lines_and_escapes() {
        let line = format!("{}target{}", "a ".repeat(100), " b".repeat(100));
        let start = line.find("target").unwrap();
        let (shown, col, width) = snippet(&line, start, start + 6);
        assert!(shown.starts_with('…') && shown.ends_with('…'));
        assert_eq!(
            &shown.chars().skip(col).take(width).collect::<String>(),
            "target"
        );
        assert_eq!(
            escape_for_terminal("a\u{200B}b\x1b[31m"),
            "a<U+200B>b<U+001B>[31m"
        );
    }

    #[test]
    fn escaping_runs_agree_with_escaping_by_char() {
        for s in [
            "",
            "plain ascii: \"quoted\" [x]~",
            "“Biden” is also spelled “BIDEN” in this article",
            "tab\there\x7f and \x1b[0m",
            "soft\u{AD}hyphen, zero\u{200B}width, \u{FEFF}bom, \u{85}next, \u{61C}\u{180E}",
            "é\u{2066}ü\u{202E}ж\t",
            "\u{1F600} emoji\u{2069}",
        ] {
            assert_eq!(
                escape_for_terminal(s),
                escape_for_terminal_by_char(s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn github_escaping() {
        assert_eq!(gh_property("a:b,c%"), "a%3Ab%2Cc%25");
        assert_eq!(gh_data("x\ny"), "x%0Ay");
    }
}
