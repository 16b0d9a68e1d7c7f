//! Scoring mtlint against annotated real articles (recall and precision per rule) and
//! counting its findings on clean prose, for the measurement tests and `tools/measure.sh`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use mtlint::{Applicability, Diagnostic, Format, Settings};
use serde_json::Value;

/// One rule's counts on an annotated set.
#[derive(Default, Debug, Clone, Copy)]
pub struct Score {
    pub artifacts: usize,
    pub matched: usize,
    pub diagnostics: usize,
    pub correct: usize,
}

impl Score {
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.artifacts)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.diagnostics)
    }
    fn add(&mut self, o: &Score) {
        self.artifacts += o.artifacts;
        self.matched += o.matched;
        self.diagnostics += o.diagnostics;
        self.correct += o.correct;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        f64::NAN
    } else {
        a as f64 / b as f64
    }
}

/// The result of scoring one annotated set.
#[derive(Default, Debug)]
pub struct SetScore {
    pub files: usize,
    pub by_rule: BTreeMap<String, Score>,
    pub misses: Vec<String>,
    pub false_positives: Vec<String>,
}

impl SetScore {
    pub fn total(&self) -> Score {
        let mut t = Score::default();
        for s in self.by_rule.values() {
            t.add(s);
        }
        t
    }

    /// The counts of a group of rules together.
    pub fn of_rules(&self, rules: &[&str]) -> Score {
        let mut t = Score::default();
        for r in rules {
            if let Some(s) = self.by_rule.get(*r) {
                t.add(s);
            }
        }
        t
    }

    /// A Markdown table: rule, artifacts, recall, diagnostics, precision.
    pub fn markdown(&self) -> String {
        let mut out = String::from(
            "| rule | artifacts | recall | diagnostics | precision |\n|---|---:|---:|---:|---:|\n",
        );
        let row = |name: &str, s: &Score| {
            format!(
                "| {name} | {} | {} | {} | {} |\n",
                s.artifacts,
                fmt(s.recall()),
                s.diagnostics,
                fmt(s.precision())
            )
        };
        for (rule, s) in &self.by_rule {
            out.push_str(&row(&format!("`{rule}`"), s));
        }
        out.push_str(&row("**all**", &self.total()));
        out
    }

    pub fn print(&self, title: &str) {
        println!("== {title} ({} files)", self.files);
        print!("{}", self.markdown());
        for m in &self.misses {
            println!("missed: {m}");
        }
        for f in &self.false_positives {
            println!("false positive: {f}");
        }
    }
}

fn fmt(x: f64) -> String {
    if x.is_nan() {
        "–".to_string()
    } else {
        format!("{x:.2}")
    }
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The spans an annotated artifact may be matched on: its own and its other mentions.
fn spans(a: &Value) -> Vec<(usize, usize)> {
    let at = |v: &Value| v.as_u64().unwrap() as usize;
    let mut v = vec![(at(&a["start"]), at(&a["end"]))];
    if let Some(m) = a["mentions"].as_array() {
        v.extend(m.iter().map(|p| (at(&p[0]), at(&p[1]))));
    }
    v
}

fn hits(a: &Value, d: &Diagnostic) -> bool {
    spans(a)
        .iter()
        .any(|&sp| overlaps(sp, (d.start(), d.end())))
}

/// Score the annotated articles `json_files` (each `NAME.json` beside its `NAME.txt`).
/// An artifact is found when a finding of its rule overlaps it; a finding is correct when
/// it overlaps an artifact of its rule. A finding that overlaps an artifact listing its
/// rule in `alt_rules` is neither counted nor held against the rule.
pub fn score_annotated(json_files: &[PathBuf], settings: &Settings) -> SetScore {
    let mut out = SetScore::default();
    for file in json_files {
        let ann: Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let txt = file.with_extension("txt");
        let text = std::fs::read_to_string(&txt).unwrap();
        let name = txt.file_name().unwrap().to_string_lossy().to_string();
        let diagnostics = mtlint::lint(&text, Format::Plain, settings);
        let artifacts = ann["artifacts"].as_array().unwrap();
        out.files += 1;
        for a in artifacts {
            let rule = a["rule"].as_str().unwrap();
            let s = out.by_rule.entry(rule.to_string()).or_default();
            s.artifacts += 1;
            if diagnostics.iter().any(|d| d.rule == rule && hits(a, d)) {
                s.matched += 1;
            } else {
                out.misses.push(format!(
                    "{name}: {rule} {:?}",
                    a["text"].as_str().unwrap_or("")
                ));
            }
        }
        for d in &diagnostics {
            let is_alt = artifacts.iter().any(|a| {
                a["alt_rules"]
                    .as_array()
                    .is_some_and(|alts| alts.iter().any(|r| r == d.rule))
                    && hits(a, d)
            });
            if is_alt {
                continue;
            }
            let s = out.by_rule.entry(d.rule.to_string()).or_default();
            s.diagnostics += 1;
            if artifacts.iter().any(|a| a["rule"] == d.rule && hits(a, d)) {
                s.correct += 1;
            } else {
                out.false_positives.push(format!(
                    "{name}: {} {:?}: {}",
                    d.rule,
                    &text[d.start()..d.end()],
                    d.message
                ));
            }
        }
    }
    out
}

/// Findings on clean prose.
#[derive(Default, Debug)]
pub struct CleanScore {
    pub files: usize,
    pub words: usize,
    /// `file:line: rule message`, one per finding.
    pub findings: Vec<String>,
    pub by_rule: BTreeMap<String, usize>,
    /// Findings whose fix `--fix` would apply without `--unsafe-fixes`.
    pub safe_fixes: usize,
}

impl CleanScore {
    pub fn per_10k(&self) -> f64 {
        self.findings.len() as f64 * 10_000.0 / self.words.max(1) as f64
    }

    /// Findings of a group of rules per 10,000 words.
    pub fn per_10k_of(&self, rules: &[&str]) -> f64 {
        let n: usize = rules.iter().filter_map(|r| self.by_rule.get(*r)).sum();
        n as f64 * 10_000.0 / self.words.max(1) as f64
    }

    pub fn summary(&self) -> String {
        let rules: Vec<String> = self
            .by_rule
            .iter()
            .map(|(r, n)| format!("{r} {n}"))
            .collect();
        format!(
            "{} files, {} words, {} findings ({:.2} per 10,000 words; {} with a safe fix){}",
            self.files,
            self.words,
            self.findings.len(),
            self.per_10k(),
            self.safe_fixes,
            if rules.is_empty() {
                String::new()
            } else {
                format!(": {}", rules.join(", "))
            }
        )
    }
}

/// Lint every file of `files` as plain text and collect the findings.
pub fn score_clean(files: &[PathBuf], settings: &Settings) -> CleanScore {
    let mut out = CleanScore::default();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        out.files += 1;
        out.words += text.split_whitespace().count();
        for d in mtlint::lint(&text, Format::Plain, settings) {
            if mtlint::fix::applies(&d, Applicability::Safe) {
                out.safe_fixes += 1;
            }
            *out.by_rule.entry(d.rule.to_string()).or_default() += 1;
            out.findings.push(format!(
                "{}:{}: {} {}",
                file.file_name().unwrap().to_string_lossy(),
                text[..d.start()].matches('\n').count() + 1,
                d.rule,
                d.message
            ));
        }
    }
    out
}

/// The shared dev set's split (`tests/data/real-mt-dev-split.tsv`): doc name → split.
pub fn dev_split(project: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(project.join("tests/data/real-mt-dev-split.tsv")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), f[2].to_string())
        })
        .collect()
}
