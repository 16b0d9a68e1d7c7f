//! The core of `mtlint review`: walk through every suggested fix, one at a time, like
//! `git add -p` and `cargo insta review`. Accepted fixes go through the same engine as
//! `--fix` (non-overlapping fixes applied together, then the text is linted again), and
//! each file is written once, atomically, when its review ends.
//!
//! The questions are put to a [`Reviewer`]: the command line's terminal, or a test's
//! script. Files come through the same [`pipeline`] as `check`.

use std::collections::{HashMap, HashSet};
use std::io;

use crate::diagnostic::{Applicability, Diagnostic, Fix};
use crate::error::FileError;
use crate::files;
use crate::output::LineIndex;
use crate::pipeline::{self, Prepared, SettingsResolver};
use crate::report::Input;

/// One question: may this fix be applied?
pub struct Question<'a> {
    /// The question's number among all files, and how many there are.
    pub number: usize,
    pub total: usize,
    /// The file, as shown to users, and the position of the finding (1-based).
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
    /// The text as it stands, the finding and its fix.
    pub text: &'a str,
    pub diagnostic: &'a Diagnostic,
    pub fix: &'a Fix,
    /// An earlier answer in this file can be undone.
    pub can_undo: bool,
}

/// An answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Apply this fix.
    Yes,
    /// Do not apply this fix.
    No,
    /// Apply this fix and every remaining fix in this file.
    AcceptFile,
    /// Apply this fix and every remaining fix of this rule, in every file.
    AcceptRule,
    /// Apply this fix with its one replacement changed to this text.
    Edited(String),
    /// Undo the last answer in this file.
    Undo,
    /// Ask nothing more about this file; what was accepted is applied.
    SkipFile,
    /// Save what was accepted so far and stop.
    Quit,
}

/// Something to tell the user between questions.
#[derive(Debug)]
pub enum Notice<'a> {
    /// Standard input cannot be reviewed.
    StdinSkipped,
    /// A file that cannot be reviewed (or written).
    Error { path: &'a str, error: &'a FileError },
    /// A file found by walking and skipped (binary).
    Skipped { path: &'a str, why: &'a FileError },
}

/// Who answers the questions.
pub trait Reviewer {
    fn ask(&mut self, question: &Question<'_>) -> io::Result<Reply>;
    fn notice(&mut self, notice: Notice<'_>) -> io::Result<()>;
}

/// Totals for the closing summary.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReviewSummary {
    pub accepted: usize,
    pub rejected: usize,
    pub files_written: usize,
    pub errors: usize,
}

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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Stop {
    None,
    SkipFile,
    Quit,
}

/// The fixes `review` asks about: every fix, safe or not.
fn reviewable(d: &Diagnostic) -> bool {
    crate::fix::applies(d, Applicability::Unsafe)
}

/// Review `inputs`, asking `reviewer` about each fix, and write each file whose text
/// changed.
pub fn run(
    inputs: Vec<Input>,
    resolver: &SettingsResolver,
    reviewer: &mut dyn Reviewer,
) -> io::Result<ReviewSummary> {
    let mut session = Session {
        reviewer,
        summary: ReviewSummary::default(),
        accept_rules: HashSet::new(),
        shown: 0,
        total: 0,
    };
    let files = session.prepare(inputs, resolver)?;
    session.total = files
        .iter()
        .map(|f| {
            crate::lint(&f.text, f.format, &f.settings)
                .iter()
                .filter(|d| reviewable(d))
                .count()
        })
        .sum();
    for file in files {
        if session.file(file)? == Stop::Quit {
            break;
        }
    }
    Ok(session.summary)
}

/// The fixes accepted in a pass, in order: as proposed, or as edited.
fn accepted(
    answers: Vec<Option<(Answer, Option<Fix>)>>,
    candidates: &[(&Diagnostic, &Fix)],
) -> Vec<Fix> {
    answers
        .into_iter()
        .enumerate()
        .filter_map(|(i, a)| match a {
            Some((Answer::Yes, Some(edited))) => Some(edited),
            Some((Answer::Yes, None)) => Some(candidates[i].1.clone()),
            _ => None,
        })
        .collect()
}

/// A review's state across files.
struct Session<'r> {
    reviewer: &'r mut dyn Reviewer,
    summary: ReviewSummary,
    /// Rules whose every remaining fix was accepted (`A`).
    accept_rules: HashSet<&'static str>,
    /// Questions asked so far, and how many there are (from each file's first pass).
    shown: usize,
    total: usize,
}

/// One file's answers: by signature, and whether the rest of the file was accepted.
#[derive(Default)]
struct FileState {
    decided: HashMap<Signature, Answer>,
    accept_file: bool,
}

impl Session<'_> {
    /// Every file through the pipeline (the guards of `check`, settings with the
    /// per-file ignores of its absolute path); those that cannot be reviewed are said so.
    fn prepare(
        &mut self,
        inputs: Vec<Input>,
        resolver: &SettingsResolver,
    ) -> io::Result<Vec<Prepared>> {
        let mut files = Vec::new();
        for input in inputs {
            if let Input::Stdin { .. } = input {
                self.reviewer.notice(Notice::StdinSkipped)?;
                continue;
            }
            match pipeline::prepare(input, resolver, None) {
                Ok(file) => files.push(file),
                Err(report) => {
                    let path = &report.path;
                    if let Some(error) = &report.error {
                        self.reviewer.notice(Notice::Error { path, error })?;
                        self.summary.errors += 1;
                    } else if let Some(why) = &report.skipped {
                        self.reviewer.notice(Notice::Skipped { path, why })?;
                    }
                }
            }
        }
        Ok(files)
    }

    /// Review one file: pass after pass (the text linted anew after each), until nothing
    /// more is accepted; then write it when it changed.
    fn file(&mut self, file: Prepared) -> io::Result<Stop> {
        let mut text = file.text.to_string();
        let mut state = FileState::default();
        let mut stop = Stop::None;
        for _pass in 0..crate::fix::MAX_PASSES {
            let diagnostics = crate::lint(&text, file.format, &file.settings);
            let candidates: Vec<(&Diagnostic, &Fix)> = diagnostics
                .iter()
                .filter(|d| reviewable(d))
                .map(|d| (d, d.fix.as_ref().expect("has fix")))
                .collect();
            if candidates.is_empty() {
                break;
            }
            let chosen;
            (chosen, stop) = self.pass(&file.path, &text, &candidates, &mut state)?;
            let (next, n) = crate::fix::apply_fixes(&text, chosen.iter());
            if n > 0 {
                text = next;
            }
            if n == 0 || stop != Stop::None {
                break;
            }
        }
        if *text != *file.text
            && let Input::File { path, .. } = &file.input
        {
            match files::write_atomic(path, text.as_bytes()) {
                Ok(()) => self.summary.files_written += 1,
                Err(error) => {
                    let path = &file.path;
                    self.reviewer.notice(Notice::Error {
                        path,
                        error: &error,
                    })?;
                    self.summary.errors += 1;
                }
            }
        }
        Ok(stop)
    }

    /// Ask about each fix of one pass; the fixes accepted, and whether to stop.
    fn pass(
        &mut self,
        path: &str,
        text: &str,
        candidates: &[(&Diagnostic, &Fix)],
        state: &mut FileState,
    ) -> io::Result<(Vec<Fix>, Stop)> {
        // Answers for this pass (with the edited fix, if any), and an undo stack.
        let mut answers: Vec<Option<(Answer, Option<Fix>)>> = vec![None; candidates.len()];
        let mut history: Vec<usize> = Vec::new();
        let mut stop = Stop::None;
        let index = LineIndex::new(text);
        let mut k = 0;
        while k < candidates.len() {
            let (d, fix) = candidates[k];
            let sig = signature(text, d, fix);
            if let Some(&a) = state.decided.get(&sig) {
                answers[k] = Some((a, None));
                k += 1;
                continue;
            }
            if state.accept_file || self.accept_rules.contains(d.rule) {
                answers[k] = Some((Answer::Yes, None));
                state.decided.insert(sig, Answer::Yes);
                self.summary.accepted += 1;
                k += 1;
                continue;
            }
            self.shown += 1;
            let (line, column) = index.position(text, d.start());
            let question = Question {
                number: self.shown,
                total: self.total.max(self.shown),
                path,
                line,
                column,
                text,
                diagnostic: d,
                fix,
                can_undo: !history.is_empty(),
            };
            let (answer, decided) = match self.reviewer.ask(&question)? {
                Reply::Yes => (Answer::Yes, Answer::Yes),
                Reply::AcceptFile => {
                    state.accept_file = true;
                    (Answer::Yes, Answer::Yes)
                }
                Reply::AcceptRule => {
                    self.accept_rules.insert(d.rule);
                    (Answer::Yes, Answer::Yes)
                }
                Reply::No => (Answer::No, Answer::No),
                Reply::Edited(replacement) if fix.edits.len() == 1 => {
                    let mut edited = fix.clone();
                    edited.edits[0].replacement = replacement;
                    answers[k] = Some((Answer::Yes, Some(edited)));
                    // The edited text is applied; the fix as proposed is not asked again.
                    state.decided.insert(sig, Answer::No);
                    self.summary.accepted += 1;
                    history.push(k);
                    k += 1;
                    continue;
                }
                Reply::Undo if !history.is_empty() => {
                    let prev = history.pop().expect("not empty");
                    self.undo(text, candidates[prev], answers[prev].take(), state);
                    self.shown = self.shown.saturating_sub(2);
                    k = prev;
                    continue;
                }
                Reply::SkipFile => {
                    stop = Stop::SkipFile;
                    break;
                }
                Reply::Quit => {
                    stop = Stop::Quit;
                    break;
                }
                // Nothing to undo, or an edit of a fix with several edits: ask again.
                Reply::Undo | Reply::Edited(_) => {
                    self.shown -= 1;
                    continue;
                }
            };
            answers[k] = Some((answer, None));
            state.decided.insert(sig, decided);
            match answer {
                Answer::Yes => self.summary.accepted += 1,
                Answer::No => self.summary.rejected += 1,
            }
            history.push(k);
            k += 1;
        }
        Ok((accepted(answers, candidates), stop))
    }

    /// Forget an answer: its decision and its count.
    fn undo(
        &mut self,
        text: &str,
        (d, fix): (&Diagnostic, &Fix),
        answer: Option<(Answer, Option<Fix>)>,
        state: &mut FileState,
    ) {
        if let Some((a, _)) = answer {
            state.decided.remove(&signature(text, d, fix));
            match a {
                Answer::Yes => self.summary.accepted -= 1,
                Answer::No => self.summary.rejected -= 1,
            }
        }
        state.accept_file = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::{FixMode, RunOptions};

    const ARTICLE: &str = "Anthony Blinken met the the minister.\n\nLeave a Reply\n\n\
        For his part, Antony Blinken said it costs 3,5 million euros.\n\n\
        The talks were held in DiplomacyJapan on Tuesday.\n";

    /// Answers from a script, one per question; `Quit` once the script runs out.
    struct Script {
        replies: Vec<Reply>,
        asked: Vec<(usize, &'static str)>,
        notices: Vec<String>,
    }

    impl Reviewer for Script {
        fn ask(&mut self, q: &Question<'_>) -> io::Result<Reply> {
            self.asked.push((q.number, q.diagnostic.rule));
            Ok(if self.replies.is_empty() {
                Reply::Quit
            } else {
                self.replies.remove(0)
            })
        }
        fn notice(&mut self, notice: Notice<'_>) -> io::Result<()> {
            self.notices.push(format!("{notice:?}"));
            Ok(())
        }
    }

    fn review(replies: Vec<Reply>) -> (tempfile::TempDir, String, ReviewSummary, Script) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, ARTICLE).unwrap();
        let options = RunOptions {
            fix_mode: FixMode::None,
            overrides: Default::default(),
            config: None,
            isolated: true,
        };
        let resolver = SettingsResolver::new(&options).unwrap();
        let mut script = Script {
            replies,
            asked: Vec::new(),
            notices: Vec::new(),
        };
        let input = Input::File {
            path: path.clone(),
            explicit: true,
        };
        let summary = run(vec![input], &resolver, &mut script).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        (dir, text, summary, script)
    }

    #[test]
    fn yes_to_everything_is_fix_with_unsafe_fixes() {
        let (_dir, text, summary, script) = review(vec![Reply::Yes; 50]);
        let settings = crate::Settings {
            unsafe_fixes: true,
            ..Default::default()
        };
        let fixed = crate::fix::fix_text(
            ARTICLE,
            crate::Format::Plain,
            &settings,
            Applicability::Unsafe,
        );
        assert!(summary.accepted >= 3, "{:?}", script.asked);
        assert_eq!(summary.files_written, 1);
        assert_eq!(text, fixed.text);
        assert_ne!(text, ARTICLE);
    }

    #[test]
    fn no_to_everything_writes_nothing() {
        let (_dir, text, summary, script) = review(vec![Reply::No; 50]);
        assert_eq!(text, ARTICLE);
        assert_eq!(summary.rejected, script.asked.len());
        assert_eq!((summary.accepted, summary.files_written), (0, 0));
    }

    #[test]
    fn undo_asks_the_question_again_and_forgets_the_answer() {
        let (_dir, text, summary, script) = review(vec![Reply::Yes, Reply::Undo, Reply::No]);
        // The first question, the second (answered with undo), the first again, then the
        // second again (the script has run out: quit).
        assert_eq!(script.asked.len(), 4, "{:?}", script.asked);
        assert_eq!(script.asked[0], script.asked[2]);
        assert_eq!(script.asked[1], script.asked[3]);
        assert_eq!((summary.accepted, summary.rejected), (0, 1));
        assert_eq!(text, ARTICLE);
    }

    #[test]
    fn an_edited_replacement_is_what_is_written() {
        let (_dir, text, summary, script) = review(vec![Reply::Edited("XYZ".into())]);
        assert_eq!(summary.accepted, 1, "{:?}", script.asked);
        assert!(text.contains("XYZ"), "{text}");
    }
}
