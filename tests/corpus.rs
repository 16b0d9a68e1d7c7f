//! The corpus is the test suite: every expected finding in `corpus/` is found, nothing
//! else is, the fix invariants hold on every file, and real well-edited prose stays quiet.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use mtlint::{Format, Settings};

const EXPECT_OPEN: &str = "<!-- mtlint-expect ";
const EXPECT_CLOSE: &str = "-->";

/// Strip inline expectations; returns the text to lint and the expected (line, rule).
fn strip_expectations(raw: &str) -> (String, BTreeSet<(usize, String)>) {
    let mut out = String::with_capacity(raw.len());
    let mut expected = BTreeSet::new();
    for (i, line) in raw.split_inclusive('\n').enumerate() {
        match line.find(EXPECT_OPEN) {
            Some(pos) => {
                let rest = &line[pos + EXPECT_OPEN.len()..];
                let close = rest
                    .find(EXPECT_CLOSE)
                    .expect("unclosed mtlint-expect comment");
                for rule in rest[..close].split(',') {
                    expected.insert((i + 1, rule.trim().to_string()));
                }
                let before = &line[..pos];
                let before = before.strip_suffix(' ').unwrap_or(before);
                let after = &rest[close + EXPECT_CLOSE.len()..];
                out.push_str(before);
                out.push_str(after);
            }
            None => out.push_str(line),
        }
    }
    (out, expected)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

#[derive(Default)]
struct Score {
    expected: usize,
    found: usize,
    reported: usize,
    correct: usize,
}

struct Outcome {
    failures: Vec<String>,
    scores: BTreeMap<String, Score>,
    files: usize,
}

fn run_case(
    name: &str,
    text: &str,
    expected: &BTreeSet<(usize, String)>,
    format: Format,
    outcome: &mut Outcome,
) {
    let settings = Settings::default();
    let diagnostics = mtlint::lint(text, format, &settings);
    let found: BTreeSet<(usize, String)> = diagnostics
        .iter()
        .map(|d| (line_of(text, d.start()), d.rule.to_string()))
        .collect();
    for (line, rule) in expected {
        let s = outcome.scores.entry(rule.clone()).or_default();
        s.expected += 1;
        if found.contains(&(*line, rule.clone())) {
            s.found += 1;
        } else {
            outcome
                .failures
                .push(format!("{name}:{line}: expected {rule}, not found"));
        }
    }
    for (line, rule) in &found {
        let s = outcome.scores.entry(rule.clone()).or_default();
        s.reported += 1;
        if expected.contains(&(*line, rule.clone())) {
            s.correct += 1;
        } else {
            let msg = diagnostics
                .iter()
                .find(|d| line_of(text, d.start()) == *line && d.rule == rule)
                .map(|d| d.message.clone())
                .unwrap_or_default();
            outcome
                .failures
                .push(format!("{name}:{line}: unexpected {rule}: {msg}"));
        }
    }
    if let Err(e) = common::check_invariants(name, text, format, &settings) {
        outcome.failures.push(e);
    }
    outcome.files += 1;
}

#[test]
fn corpus_expectations_and_invariants() {
    let root = common::project().join("corpus");
    let known: BTreeSet<&str> = mtlint::rules::names().into_iter().collect();
    let mut outcome = Outcome {
        failures: Vec::new(),
        scores: BTreeMap::new(),
        files: 0,
    };
    // The reference article, byte for byte, with a sidecar of expectations.
    let seed = std::fs::read_to_string(root.join("seed/seed-article.txt")).unwrap();
    let expect = std::fs::read_to_string(root.join("seed/seed-article.expect")).unwrap();
    let expected: BTreeSet<(usize, String)> = expect
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (n, r) = l.split_once(' ').unwrap();
            (n.parse().unwrap(), r.trim().to_string())
        })
        .collect();
    assert_eq!(
        seed.as_bytes(),
        std::fs::read(root.join("seed/seed-article.txt"))
            .unwrap()
            .as_slice()
    );
    run_case(
        "seed/seed-article.txt",
        &seed,
        &expected,
        Format::Plain,
        &mut outcome,
    );
    let mut skipped = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !p.ends_with("seed") && !p.ends_with("external"))
        .collect();
    dirs.sort();
    for dir in dirs {
        for file in common::files(&dir, &["txt", "md"]) {
            let name = file.strip_prefix(&root).unwrap().display().to_string();
            let raw = std::fs::read_to_string(&file).unwrap();
            let (text, expected) = strip_expectations(&raw);
            if let Some((_, rule)) = expected.iter().find(|(_, r)| !known.contains(r.as_str())) {
                skipped.push(format!("{name} (expects `{rule}`, not implemented)"));
                continue;
            }
            run_case(
                &name,
                &text,
                &expected,
                Format::from_path(&name),
                &mut outcome,
            );
        }
    }
    println!("corpus: {} files checked", outcome.files);
    println!(
        "{:<22} {:>8} {:>8} {:>9} {:>7}",
        "rule", "expected", "recall", "reported", "precision"
    );
    for (rule, s) in &outcome.scores {
        let recall = if s.expected == 0 {
            1.0
        } else {
            s.found as f64 / s.expected as f64
        };
        let precision = if s.reported == 0 {
            1.0
        } else {
            s.correct as f64 / s.reported as f64
        };
        println!(
            "{rule:<22} {:>8} {recall:>8.2} {:>9} {precision:>7.2}",
            s.expected, s.reported
        );
    }
    for s in &skipped {
        println!("note: skipped {s}");
    }
    assert!(outcome.files > 1, "the corpus is empty");
    assert!(
        outcome.failures.is_empty(),
        "{} corpus failure(s):\n{}",
        outcome.failures.len(),
        outcome.failures.join("\n")
    );
}

/// Real, well-edited English prose must stay quiet: print every finding and the rate per
/// 10,000 words; fail above the bar.
#[test]
fn clean_prose_stays_quiet() {
    let Some(shared) = common::shared() else {
        return;
    };
    let dir = shared.join("corpus/clean");
    let settings = Settings::default();
    let mut words = 0usize;
    let mut findings = Vec::new();
    let files = common::files(&dir, &["txt"]);
    assert!(
        files.len() > 900,
        "expected the clean corpus in {}",
        dir.display()
    );
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        words += text.split_whitespace().count();
        for d in mtlint::lint(&text, Format::Plain, &settings) {
            findings.push(format!(
                "{}:{}: {} {}",
                file.file_name().unwrap().to_string_lossy(),
                line_of(&text, d.start()),
                d.rule,
                d.message
            ));
        }
    }
    let rate = findings.len() as f64 * 10_000.0 / words as f64;
    for f in &findings {
        println!("{f}");
    }
    println!(
        "clean prose: {} files, {} words, {} findings, {:.3} per 10,000 words",
        files.len(),
        words,
        findings.len(),
        rate
    );
    assert!(
        rate <= 0.5,
        "{rate:.3} findings per 10,000 words on clean prose (bar: 0.5)"
    );
}

#[test]
fn expectation_comments_are_stripped_exactly() {
    let (text, expected) =
        strip_expectations("Title\n\nA line. <!-- mtlint-expect calque, glued-words -->\nB\n");
    assert_eq!(text, "Title\n\nA line.\nB\n");
    assert!(expected.contains(&(3, "calque".to_string())));
    assert!(expected.contains(&(3, "glued-words".to_string())));
}
