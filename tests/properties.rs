//! Property tests over generated articles full of machine-translation artifacts:
//! doubled words, glued "said.The", page furniture lines, mixed quotes, invisible
//! characters, mojibake, repeated headings and paragraphs, CRLF line endings, a BOM,
//! non-ASCII letters, with and without a final newline, as plain text and Markdown.
//!
//! What must hold on every one (DESIGN.md, "What must always hold"):
//! - every span and edit lies on char boundaries; each fix pass changes nothing outside
//!   its edits; fixing converges and fixing twice equals fixing once; line endings and a
//!   BOM survive (`common::invariants::check_fix`);
//! - the unified diff applied with `git apply` gives the same bytes as the fix;
//! - `mtlint check --fix` writes exactly those bytes, and keeps LF/CRLF and a BOM;
//! - the JSON report is the same with one thread and with four.

mod common;

use std::process::Command;

use mtlint::{Applicability, Format, Settings};
use proptest::prelude::*;
use proptest::sample::select;

use common::invariants;

const WORDS: &[&str] = &[
    "minister",
    "government",
    "said",
    "talks",
    "security",
    "meeting",
    "president",
    "agreement",
    "economy",
    "week",
    "region",
    "allies",
    "policy",
    "would",
    "consider",
    "new",
    "plan",
    "after",
    "with",
    "for",
    "in",
    "on",
    "a",
    "the",
    "of",
    "Paris",
    "Tokyo",
    "Washington",
    "Japan",
    "café",
    "naïve",
    "Zürich",
    "façade",
    "résumé",
    "São",
    "Kraków",
    "Dvořák",
    "İstanbul",
    "Ελλάδα",
    "Москва",
    "東京",
    "Straße",
    "Ærøskøbing",
    "Nguyễn",
];

const FURNITURE: &[&str] = &[
    "Leave a Reply",
    "Your email address will not be published.",
    "Read also: the minister in Tokyo",
    "Share this article",
    "Laisser un commentaire",
    "Subscribe to our newsletter",
];

/// One sentence: words, then artifacts applied to it.
#[derive(Debug, Clone)]
struct Sentence {
    words: Vec<&'static str>,
    end: &'static str,
    artifact: Artifact,
}

#[derive(Debug, Clone, Copy)]
enum Artifact {
    None,
    /// "the the"
    DoubledWord(usize),
    /// "said.The": no space before the next sentence.
    GluedToNext,
    /// Some words in curly quotes, some in straight ones.
    Quotes(usize, bool),
    /// An invisible character inside or between words.
    Invisible(usize, char),
    /// "é" as "Ã©".
    Mojibake,
    /// French spacing before "?" and « ».
    FrenchSpacing,
    /// "e" + combining acute accent (not NFC).
    Decomposed,
    /// "1,5 million", "14h30".
    Number(usize),
}

#[derive(Debug, Clone)]
enum Block {
    Paragraph(Vec<Sentence>),
    Furniture(&'static str),
    /// A copy of the title (a repeated heading).
    TitleAgain,
    /// A copy of the paragraph before.
    Repeat,
    /// A sub-heading (Markdown `##` or a short line).
    Heading(Vec<&'static str>),
}

#[derive(Debug, Clone)]
struct Article {
    title: Vec<&'static str>,
    blocks: Vec<Block>,
    crlf: bool,
    bom: bool,
    final_newline: bool,
    markdown: bool,
}

impl Article {
    fn format(&self) -> Format {
        if self.markdown {
            Format::Markdown
        } else {
            Format::Plain
        }
    }

    fn file_name(&self) -> &'static str {
        if self.markdown {
            "article.md"
        } else {
            "article.txt"
        }
    }

    fn render(&self) -> String {
        let mut lines: Vec<String> = Vec::new();
        let heading = |words: &[&str], level: &str| -> String {
            let text = capitalize(&words.join(" "));
            if self.markdown {
                format!("{level} {text}")
            } else {
                text
            }
        };
        let title = heading(&self.title, "#");
        lines.push(title.clone());
        let mut last_paragraph = String::new();
        for b in &self.blocks {
            let line = match b {
                Block::Paragraph(sentences) => {
                    let p = render_paragraph(sentences);
                    last_paragraph = p.clone();
                    p
                }
                Block::Furniture(f) => f.to_string(),
                Block::TitleAgain => title.clone(),
                Block::Repeat => {
                    if last_paragraph.is_empty() {
                        continue;
                    }
                    last_paragraph.clone()
                }
                Block::Heading(words) => heading(words, "##"),
            };
            lines.push(String::new());
            lines.push(line);
        }
        let nl = if self.crlf { "\r\n" } else { "\n" };
        let mut text = String::new();
        if self.bom {
            text.push('\u{FEFF}');
        }
        text.push_str(&lines.join(nl));
        if self.final_newline {
            text.push_str(nl);
        }
        text
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn render_paragraph(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 && !matches!(sentences[i - 1].artifact, Artifact::GluedToNext) {
            out.push(' ');
        }
        out.push_str(&render_sentence(s));
    }
    out
}

fn render_sentence(s: &Sentence) -> String {
    let mut words: Vec<String> = s.words.iter().map(|w| w.to_string()).collect();
    let n = words.len();
    let mut end = s.end.to_string();
    match s.artifact {
        Artifact::None | Artifact::GluedToNext => {}
        Artifact::DoubledWord(i) => {
            let w = words[i % n].clone();
            words.insert(i % n, w);
        }
        Artifact::Quotes(i, curly_first) => {
            let (a, b) = if curly_first {
                (("“", "”"), ("\"", "\""))
            } else {
                (("\"", "\""), ("“", "”"))
            };
            let i = i % n;
            words[i] = format!("{}{}{}", a.0, words[i], a.1);
            let j = (i + 1) % n;
            if j != i {
                words[j] = format!("{}{}{}", b.0, words[j], b.1);
            }
        }
        Artifact::Invisible(i, c) => {
            let w = &mut words[i % n];
            let mid = w
                .char_indices()
                .nth(w.chars().count() / 2)
                .map_or(0, |x| x.0);
            w.insert(mid, c);
        }
        Artifact::Mojibake => words.push("cafÃ©".to_string()),
        Artifact::FrenchSpacing => {
            end = " ?".to_string();
            words.push("« oui »".to_string());
        }
        Artifact::Decomposed => words.push("cafe\u{301}".to_string()),
        Artifact::Number(i) => words.push(["1,5 million", "50 000", "14h30"][i % 3].to_string()),
    }
    let mut s = capitalize(&words.join(" "));
    s.push_str(&end);
    s
}

fn sentence() -> impl Strategy<Value = Sentence> {
    let artifact = prop_oneof![
        6 => Just(Artifact::None),
        1 => any::<usize>().prop_map(Artifact::DoubledWord),
        2 => Just(Artifact::GluedToNext),
        1 => (any::<usize>(), any::<bool>()).prop_map(|(i, b)| Artifact::Quotes(i, b)),
        1 => (any::<usize>(), select(vec!['\u{200B}', '\u{00AD}', '\u{00A0}', '\u{FEFF}', '\u{202E}', '\u{2060}']))
            .prop_map(|(i, c)| Artifact::Invisible(i, c)),
        1 => Just(Artifact::Mojibake),
        1 => Just(Artifact::FrenchSpacing),
        1 => Just(Artifact::Decomposed),
        1 => any::<usize>().prop_map(Artifact::Number),
    ];
    (
        prop::collection::vec(select(WORDS), 3..12),
        select(vec![".", ".", ".", "?", "!"]),
        artifact,
    )
        .prop_map(|(words, end, artifact)| Sentence {
            words,
            end,
            artifact,
        })
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        8 => prop::collection::vec(sentence(), 1..5).prop_map(Block::Paragraph),
        1 => select(FURNITURE).prop_map(Block::Furniture),
        1 => Just(Block::TitleAgain),
        1 => Just(Block::Repeat),
        1 => prop::collection::vec(select(WORDS), 2..5).prop_map(Block::Heading),
    ]
}

fn article() -> impl Strategy<Value = Article> {
    (
        prop::collection::vec(select(WORDS), 2..7),
        prop::collection::vec(block(), 1..8),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(title, blocks, crlf, bom, final_newline, markdown)| Article {
                title,
                blocks,
                crlf,
                bom,
                final_newline,
                markdown,
            },
        )
}

fn config(cases: u32) -> ProptestConfig {
    // PROPTEST_CASES raises (or lowers) every property's count for a longer run.
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn mtlint() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mtlint"))
}

proptest! {
    #![proptest_config(config(64))]

    /// Spans on char boundaries, bytes outside the edits unchanged, convergence, fix
    /// twice = fix once, line endings and BOM kept: with the default rules and with
    /// every rule on.
    #[test]
    fn fix_invariants_hold(a in article()) {
        let text = a.render();
        for settings in [Settings::default(), invariants::all_rules()] {
            if let Err(e) = invariants::check_fix(&text, a.format(), &settings) {
                prop_assert!(false, "{e}\n--- text: {text:?}");
            }
        }
    }

    /// The printed diff, applied with `git apply`, gives the bytes of the fix.
    #[test]
    fn diff_applies_with_git(a in article()) {
        if !common::git_available() {
            return Ok(());
        }
        let text = a.render();
        let settings = Settings::default();
        for level in [Applicability::Safe, Applicability::Unsafe] {
            let fixed = mtlint::fix::fix_text(&text, a.format(), &settings, level).text;
            if fixed == text {
                continue;
            }
            let patch = mtlint::fix::unified_diff(a.file_name(), &text, &fixed);
            let applied = common::git_apply(a.file_name(), text.as_bytes(), &patch);
            prop_assert_eq!(String::from_utf8(applied).unwrap(), fixed);
        }
    }
}

proptest! {
    #![proptest_config(config(24))]

    /// `check` without `--fix` writes nothing; `check --fix` writes exactly the fixed
    /// text: line endings, a BOM and the final newline (or its absence) kept.
    #[test]
    fn fix_on_disk_keeps_line_endings_and_bom(a in article()) {
        let text = a.render();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(a.file_name());
        std::fs::write(&path, &text).unwrap();
        // Without --fix nothing is written, whatever the output.
        for args in [&["--diff"][..], &["--format", "json"][..], &["--unsafe-fixes"][..]] {
            let out = mtlint()
                .args(["check", "--isolated"])
                .args(args)
                .arg(&path)
                .output()
                .unwrap();
            prop_assert!(out.status.code() == Some(0) || out.status.code() == Some(1));
            prop_assert!(std::fs::read(&path).unwrap() == text.as_bytes(), "{args:?} wrote");
        }
        let out = mtlint()
            .args(["check", "--isolated", "--fix", "--format", "concise"])
            .arg(&path)
            .output()
            .unwrap();
        prop_assert!(out.status.code() == Some(0) || out.status.code() == Some(1),
            "{}", String::from_utf8_lossy(&out.stderr));
        let written = String::from_utf8(std::fs::read(&path).unwrap()).unwrap();
        let expected = mtlint::fix::fix_text(&text, a.format(), &Settings::default(), Applicability::Safe).text;
        prop_assert_eq!(&written, &expected);
        prop_assert_eq!(written.starts_with('\u{FEFF}'), a.bom);
        if written.contains('\n') {
            prop_assert_eq!(invariants::line_endings(&written), Some(a.crlf));
        }
        if !written.trim_start_matches('\u{FEFF}').is_empty() {
            prop_assert_eq!(written.ends_with('\n'), a.final_newline);
        }
    }
}

proptest! {
    #![proptest_config(config(6))]

    /// The same folder gives the same JSON report with one thread and with four.
    #[test]
    fn report_is_the_same_with_one_and_many_threads(articles in prop::collection::vec(article(), 8..24)) {
        let dir = tempfile::tempdir().unwrap();
        for (i, a) in articles.iter().enumerate() {
            let name = format!("{i:02}-{}", a.file_name());
            std::fs::write(dir.path().join(name), a.render()).unwrap();
        }
        let report = |threads: &str, args: &[&str]| {
            let out = mtlint()
                .args(["check", "--isolated", "--format", "json"])
                .args(args)
                .arg(".")
                .current_dir(dir.path())
                .env("RAYON_NUM_THREADS", threads)
                .output()
                .unwrap();
            (out.status.code(), out.stdout)
        };
        for args in [&[][..], &["--select", "ALL"][..]] {
            let one = report("1", args);
            let many = report("4", args);
            prop_assert_eq!(one.0, many.0);
            prop_assert!(one.1 == many.1, "JSON differs between 1 and 4 threads");
        }
    }
}
