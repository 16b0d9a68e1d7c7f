//! `mtlint review` on a terminal: draws each question, reads the keys, edits a
//! replacement. The review itself (what is asked, what is applied and written) is
//! [`mtlint::review`].

use std::io::{self, Write};

use console::{Key, Term};

use mtlint::check::{Input, SettingsResolver};
use mtlint::diagnostic::Fix;
use mtlint::output::escape_for_terminal;
use mtlint::review::{self, Notice, Question, Reply, ReviewSummary, Reviewer};

const HELP: &str = "\
y - apply this fix
n - do not apply this fix
a - apply this fix and every remaining fix in this file
A - apply this fix and every remaining fix of this rule, in every file
s - skip the rest of this file (nothing more is applied to it)
e - edit the replacement text, then apply
u - undo the last answer in this file
q - save the fixes accepted so far and quit
? - show this help";

struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Render the change a fix makes to its lines: a word-level diff for a change inside a
/// line (context cut to a window), removed and added lines for a change across lines.
fn render_change(text: &str, fix: &Fix, p: &Painter) -> String {
    let (s, e) = fix.range();
    let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i);
    let old = &text[line_start..line_end];
    let (new, _) = mtlint::fix::apply_fixes(old, [&shift(fix, line_start)]);
    if old.contains('\n') || new.contains('\n') {
        let mut out = String::new();
        for line in old.lines() {
            out.push_str(&p.paint("31", &format!("  - {}", escape_for_terminal(line))));
            out.push('\n');
        }
        for line in new.lines() {
            out.push_str(&p.paint("32", &format!("  + {}", escape_for_terminal(line))));
            out.push('\n');
        }
        return out.trim_end().to_string();
    }
    let diff = similar::TextDiff::from_words(old, new.as_str());
    let mut parts: Vec<(similar::ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        match parts.last_mut() {
            Some((tag, buf)) if *tag == change.tag() => buf.push_str(change.value()),
            _ => parts.push((change.tag(), change.value().to_string())),
        }
    }
    let mut out = String::from("  ");
    let last = parts.len().saturating_sub(1);
    for (k, (tag, v)) in parts.iter().enumerate() {
        match tag {
            similar::ChangeTag::Equal => {
                // Context: at most 60 characters on each side of a change.
                let chars: Vec<char> = v.chars().collect();
                let shown: String = if k == 0 && chars.len() > 60 {
                    format!("…{}", chars[chars.len() - 60..].iter().collect::<String>())
                } else if k == last && chars.len() > 60 {
                    format!("{}…", chars[..60].iter().collect::<String>())
                } else if k != 0 && k != last && chars.len() > 120 {
                    format!(
                        "{}…{}",
                        chars[..60].iter().collect::<String>(),
                        chars[chars.len() - 60..].iter().collect::<String>()
                    )
                } else {
                    v.clone()
                };
                out.push_str(&escape_for_terminal(&shown));
            }
            similar::ChangeTag::Delete => {
                out.push_str(&p.paint("1;31", &format!("[-{}-]", escape_for_terminal(v))))
            }
            similar::ChangeTag::Insert => {
                out.push_str(&p.paint("1;32", &format!("{{+{}+}}", escape_for_terminal(v))))
            }
        }
    }
    out
}

/// Edit a replacement on one line: typing appends, Backspace deletes, Enter accepts,
/// Escape cancels (None).
fn edit_line(term: &Term, initial: &str) -> io::Result<Option<String>> {
    let mut buf = initial.to_string();
    loop {
        term.clear_line()?;
        term.write_str(&format!(
            "Replacement (Enter to apply, Esc to cancel): {}",
            escape_for_terminal(&buf)
        ))?;
        match term.read_key()? {
            Key::Enter => {
                term.write_line("")?;
                return Ok(Some(buf));
            }
            Key::Escape => {
                term.write_line("")?;
                return Ok(None);
            }
            Key::Backspace | Key::Char('\x7f') | Key::Char('\x08') => {
                buf.pop();
            }
            Key::Char(c) if !c.is_control() => buf.push(c),
            _ => {}
        }
    }
}

fn shift(fix: &Fix, by: usize) -> Fix {
    let mut f = fix.clone();
    for e in &mut f.edits {
        *e = e.shifted_back(by);
    }
    f
}

/// Questions asked on a terminal.
struct TermReviewer<'t> {
    term: &'t Term,
    painter: Painter,
}

impl TermReviewer<'_> {
    /// The question: its number, rule, place, message and fix, and the change drawn.
    fn draw(&self, q: &Question<'_>) -> io::Result<()> {
        let (term, p) = (self.term, &self.painter);
        term.write_line("")?;
        term.write_line(&format!(
            "{} {} {}:{}:{}",
            p.paint("1", &format!("[{}/{}]", q.number, q.total)),
            p.paint("1;33", q.diagnostic.rule),
            escape_for_terminal(q.path),
            q.line,
            q.column
        ))?;
        term.write_line(&format!("  {}", escape_for_terminal(&q.diagnostic.message)))?;
        term.write_line(&format!(
            "  {} {}",
            p.paint("1;32", "fix:"),
            escape_for_terminal(&q.fix.message)
        ))?;
        term.write_line(&render_change(q.text, q.fix, p))
    }
}

impl Reviewer for TermReviewer<'_> {
    fn ask(&mut self, q: &Question<'_>) -> io::Result<Reply> {
        self.draw(q)?;
        let term = self.term;
        loop {
            term.write_str("Apply this fix? [y,n,a,A,s,e,u,q,?] ")?;
            let c = match term.read_key()? {
                Key::Char(c) => c,
                Key::Enter => '?',
                Key::Escape | Key::CtrlC => 'q',
                _ => '?',
            };
            term.write_line(&c.to_string())?;
            match c {
                'y' => return Ok(Reply::Yes),
                'a' => return Ok(Reply::AcceptFile),
                'A' => return Ok(Reply::AcceptRule),
                'n' => return Ok(Reply::No),
                'e' if q.fix.edits.len() != 1 => {
                    term.write_line("This fix changes several places; it cannot be edited.")?;
                }
                'e' => {
                    if let Some(edited) = edit_line(term, &q.fix.edits[0].replacement)? {
                        return Ok(Reply::Edited(edited));
                    }
                }
                'u' if q.can_undo => return Ok(Reply::Undo),
                'u' => term.write_line("Nothing to undo in this file.")?,
                's' => return Ok(Reply::SkipFile),
                'q' => return Ok(Reply::Quit),
                _ => term.write_line(HELP)?,
            }
        }
    }

    fn notice(&mut self, notice: Notice<'_>) -> io::Result<()> {
        match notice {
            Notice::StdinSkipped => writeln!(
                io::stderr(),
                "mtlint review: standard input cannot be reviewed; skipped"
            ),
            Notice::Error { path, error } => {
                self.term.write_line(&format!("error: {path}: {error}"))
            }
            Notice::Skipped { path, why } => self
                .term
                .write_line(&format!("note: {path}: {why}; skipped")),
        }
    }
}

/// Run the review over `inputs` on `term` (a terminal), then print the summary.
pub fn run(
    inputs: Vec<Input>,
    resolver: &SettingsResolver,
    term: &Term,
    color: bool,
) -> io::Result<ReviewSummary> {
    let mut reviewer = TermReviewer {
        term,
        painter: Painter { color },
    };
    let summary = review::run(inputs, resolver, &mut reviewer)?;
    term.write_line("")?;
    term.write_line(&format!(
        "Accepted {} fix{}, rejected {}; wrote {} file{}.",
        summary.accepted,
        if summary.accepted == 1 { "" } else { "es" },
        summary.rejected,
        summary.files_written,
        if summary.files_written == 1 { "" } else { "s" }
    ))?;
    Ok(summary)
}
