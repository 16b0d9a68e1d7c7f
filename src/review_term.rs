//! `mtlint review`: walk through every suggested fix, one at a time, like
//! `git add -p` and `cargo insta review`. Accepted fixes go through the same engine as
//! `--fix` (non-overlapping fixes applied together, then the text is linted again), and
//! each file is written once, atomically, when its review ends.

use std::collections::HashSet;
use std::io::{self, Write};

use console::{Key, Term};

use crate::diagnostic::{Applicability, Diagnostic, Fix};
use crate::files;
use crate::output::{LineIndex, escape_for_terminal};
use crate::pipeline::{self, Prepared, SettingsResolver};
use crate::report::Input;

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

/// A fix as the user decided it, identified by what it changes (so it is recognised
/// again after the text is linted anew).
#[derive(Clone, PartialEq, Eq, Hash)]
struct Signature {
    rule: &'static str,
    old: String,
    new: Vec<String>,
    context: String,
}

fn signature(text: &str, d: &Diagnostic, fix: &Fix) -> Signature {
    let (s, e) = fix.range();
    let ctx_start = text[..s].char_indices().rev().nth(20).map_or(0, |(i, _)| i);
    Signature {
        rule: d.rule,
        old: text[s..e].to_string(),
        new: fix.edits.iter().map(|x| x.replacement.clone()).collect(),
        context: text[ctx_start..s].to_string(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer {
    Yes,
    No,
}

/// Totals for the closing summary.
#[derive(Default)]
pub struct ReviewSummary {
    pub accepted: usize,
    pub rejected: usize,
    pub files_written: usize,
    pub errors: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    None,
    SkipFile,
    Quit,
}

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
    let (new, _) = crate::fix::apply_fixes(old, [&shift(fix, line_start)]);
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

/// Run the review over `inputs`. `term` must be a terminal.
pub fn run(
    inputs: Vec<Input>,
    resolver: &SettingsResolver,
    term: &Term,
    color: bool,
) -> io::Result<ReviewSummary> {
    let p = Painter { color };
    let mut summary = ReviewSummary::default();
    let mut accept_rules: HashSet<&'static str> = HashSet::new();
    // Every file through the pipeline (the guards of `check`, settings with the
    // per-file ignores of its absolute path); what there is to review then gives the
    // [k/N] header.
    let mut items: Vec<Prepared> = Vec::new();
    for input in inputs {
        if let Input::Stdin { .. } = input {
            writeln!(
                io::stderr(),
                "mtlint review: standard input cannot be reviewed; skipped"
            )?;
            continue;
        }
        match pipeline::prepare(input, resolver, None) {
            Ok(file) => items.push(file),
            Err(report) => {
                if let Some(e) = &report.error {
                    term.write_line(&format!("error: {}: {e}", report.path))?;
                    summary.errors += 1;
                } else if let Some(why) = &report.skipped {
                    term.write_line(&format!("note: {}: {why}; skipped", report.path))?;
                }
            }
        }
    }
    let total: usize = items
        .iter()
        .map(|it| {
            crate::lint(&it.text, it.format, &it.settings)
                .iter()
                .filter(|d| crate::fix::applies(d, Applicability::Unsafe))
                .count()
        })
        .sum();
    let mut shown = 0usize;
    'files: for item in items {
        let Input::File {
            path: file_path, ..
        } = &item.input
        else {
            continue;
        };
        let settings = &item.settings;
        let original = item.text.clone();
        let mut text = item.text.to_string();
        let mut decided: std::collections::HashMap<Signature, Answer> = Default::default();
        let mut accept_file = false;
        let mut stop = Stop::None;
        for _pass in 0..crate::fix::MAX_PASSES {
            let diagnostics = crate::lint(&text, item.format, settings);
            let candidates: Vec<(&Diagnostic, &Fix)> = diagnostics
                .iter()
                .filter(|d| crate::fix::applies(d, Applicability::Unsafe))
                .map(|d| (d, d.fix.as_ref().expect("has fix")))
                .collect();
            if candidates.is_empty() {
                break;
            }
            // Answers for this pass, with an undo stack.
            let mut answers: Vec<Option<(Answer, Option<Fix>)>> = vec![None; candidates.len()];
            let mut history: Vec<usize> = Vec::new();
            let mut k = 0;
            let index = LineIndex::new(&text);
            while k < candidates.len() {
                let (d, fix) = candidates[k];
                let sig = signature(&text, d, fix);
                if let Some(&a) = decided.get(&sig) {
                    answers[k] = Some((a, None));
                    k += 1;
                    continue;
                }
                if accept_file || accept_rules.contains(d.rule) {
                    answers[k] = Some((Answer::Yes, None));
                    decided.insert(sig, Answer::Yes);
                    summary.accepted += 1;
                    k += 1;
                    continue;
                }
                shown += 1;
                let (line, col) = index.position(&text, d.start());
                term.write_line("")?;
                term.write_line(&format!(
                    "{} {} {}:{}:{}",
                    p.paint(
                        "1",
                        &format!("[{}/{}]", shown.min(total.max(shown)), total.max(shown))
                    ),
                    p.paint("1;33", d.rule),
                    escape_for_terminal(&item.path),
                    line,
                    col
                ))?;
                term.write_line(&format!("  {}", escape_for_terminal(&d.message)))?;
                term.write_line(&format!(
                    "  {} {}",
                    p.paint("1;32", "fix:"),
                    escape_for_terminal(&fix.message)
                ))?;
                term.write_line(&render_change(&text, fix, &p))?;
                loop {
                    term.write_str("Apply this fix? [y,n,a,A,s,e,u,q,?] ")?;
                    let key = term.read_key()?;
                    let c = match key {
                        Key::Char(c) => c,
                        Key::Enter => '?',
                        Key::Escape | Key::CtrlC => 'q',
                        _ => '?',
                    };
                    term.write_line(&c.to_string())?;
                    match c {
                        'y' | 'a' | 'A' => {
                            answers[k] = Some((Answer::Yes, None));
                            decided.insert(sig.clone(), Answer::Yes);
                            summary.accepted += 1;
                            history.push(k);
                            if c == 'a' {
                                accept_file = true;
                            }
                            if c == 'A' {
                                accept_rules.insert(d.rule);
                            }
                            k += 1;
                            break;
                        }
                        'n' => {
                            answers[k] = Some((Answer::No, None));
                            decided.insert(sig.clone(), Answer::No);
                            summary.rejected += 1;
                            history.push(k);
                            k += 1;
                            break;
                        }
                        'e' => {
                            if fix.edits.len() != 1 {
                                term.write_line(
                                    "This fix changes several places; it cannot be edited.",
                                )?;
                                continue;
                            }
                            let Some(edited) = edit_line(term, &fix.edits[0].replacement)? else {
                                continue;
                            };
                            let mut f = fix.clone();
                            f.edits[0].replacement = edited;
                            answers[k] = Some((Answer::Yes, Some(f)));
                            decided.insert(sig.clone(), Answer::No);
                            summary.accepted += 1;
                            history.push(k);
                            k += 1;
                            break;
                        }
                        'u' => match history.pop() {
                            Some(prev) => {
                                if let Some((a, _)) = answers[prev].take() {
                                    let (pd, pf) = candidates[prev];
                                    decided.remove(&signature(&text, pd, pf));
                                    match a {
                                        Answer::Yes => summary.accepted -= 1,
                                        Answer::No => summary.rejected -= 1,
                                    }
                                }
                                accept_file = false;
                                shown = shown.saturating_sub(2);
                                k = prev;
                                break;
                            }
                            None => {
                                term.write_line("Nothing to undo in this file.")?;
                            }
                        },
                        's' => {
                            // Stop asking about this file; what was accepted stays.
                            stop = Stop::SkipFile;
                            break;
                        }
                        'q' => {
                            stop = Stop::Quit;
                            break;
                        }
                        _ => term.write_line(HELP)?,
                    }
                }
                if stop != Stop::None {
                    break;
                }
            }
            // Apply what was accepted in this pass.
            let chosen: Vec<Fix> = answers
                .iter()
                .enumerate()
                .filter_map(|(i, a)| match a {
                    Some((Answer::Yes, Some(f))) => Some(f.clone()),
                    Some((Answer::Yes, None)) => Some(candidates[i].1.clone()),
                    _ => None,
                })
                .collect();
            let (next, n) = crate::fix::apply_fixes(&text, chosen.iter());
            if n > 0 {
                text = next;
            }
            if n == 0 || stop != Stop::None {
                break;
            }
        }
        if *text != *original {
            match files::write_atomic(file_path, text.as_bytes()) {
                Ok(()) => summary.files_written += 1,
                Err(e) => {
                    term.write_line(&format!("error: {}: {e}", item.path))?;
                    summary.errors += 1;
                }
            }
        }
        if stop == Stop::Quit {
            break 'files;
        }
    }
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
