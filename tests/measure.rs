//! The measurement tables of the README ("Measured on data"), printed between markers that
//! `tools/measure.sh` copies into the README:
//!
//! - the shared real-MT dev set (`../shared/corpus/real-mt/`), its tuning half and its
//!   check half (`tests/data/real-mt-dev-split.tsv`, split by site);
//! - the project's own real-MT excerpts (`corpus/external/real-mt/`), tuning and check
//!   sets (split by site; nothing is tuned on the check set);
//! - clean prose: the shared clean set and `corpus/external/clean-news/`.
//!
//! Ignored by default (the bars are held by `tests/real_mt.rs` and `tests/corpus.rs`):
//! `cargo test --release --test measure -- --ignored --nocapture`.

mod common;

use std::path::PathBuf;

use common::score::{self, SetScore};
use mtlint::Settings;

/// The rules issue-level goals group together: the word-level rules.
const WORD_RULES: &[&str] = &[
    "glued-words",
    "untranslated-text",
    "inconsistent-name",
    "repeated-word",
];

fn row(name: &str, s: &SetScore) -> String {
    let t = s.total();
    let w = s.of_rules(WORD_RULES);
    let c = s.of_rules(&["calque"]);
    let b = s.of_rules(&["web-boilerplate"]);
    let f = |x: f64| {
        if x.is_nan() {
            "–".to_string()
        } else {
            format!("{x:.2}")
        }
    };
    format!(
        "| {name} | {} | {} | {} / {} | {} / {} | {} / {} | {} / {} |\n",
        s.files,
        t.artifacts,
        f(t.recall()),
        f(t.precision()),
        f(w.recall()),
        f(w.precision()),
        f(c.recall()),
        f(c.precision()),
        f(b.recall()),
        f(b.precision()),
    )
}

#[test]
#[ignore = "prints the README's measurement tables; run by tools/measure.sh"]
fn measurement_tables() {
    let project = common::project();
    let settings = Settings::default();
    let mut sets: Vec<(String, SetScore)> = Vec::new();
    if let Some(shared) = common::shared() {
        let split = score::dev_split(&project);
        let all = common::files(&shared.join("corpus/real-mt"), &["json"]);
        for half in ["tune", "check"] {
            let files: Vec<PathBuf> = all
                .iter()
                .filter(|f| {
                    let stem = f.file_stem().unwrap().to_string_lossy().to_string();
                    split.get(&stem).map(String::as_str) == Some(half)
                })
                .cloned()
                .collect();
            sets.push((
                format!("dev real MT, {half} half"),
                score::score_annotated(&files, &settings),
            ));
        }
    }
    let external = project.join("corpus/external/real-mt");
    for half in ["tune", "check"] {
        let files = common::files(&external.join(half), &["json"]);
        if !files.is_empty() {
            sets.push((
                format!("project real MT, {half} set"),
                score::score_annotated(&files, &settings),
            ));
        }
    }
    for (name, s) in &sets {
        s.print(name);
    }
    let mut md = String::from(
        "| set | files | artifacts | all: recall / precision | word rules¹ | calque | web-boilerplate |\n|---|---:|---:|---:|---:|---:|---:|\n",
    );
    for (name, s) in &sets {
        md.push_str(&row(name, s));
    }
    md.push_str(
        "\n¹ glued-words, untranslated-text, inconsistent-name and repeated-word together.\n\n",
    );
    md.push_str("| clean prose | files | words | findings | per 10,000 words | word rules per 10,000 | safe fixes |\n|---|---:|---:|---:|---:|---:|---:|\n");
    let mut clean_sets = Vec::new();
    if let Some(shared) = common::shared() {
        clean_sets.push((
            "shared clean set (blogs)",
            common::files(&shared.join("corpus/clean"), &["txt"]),
        ));
    }
    clean_sets.push((
        "project clean news",
        common::files(&project.join("corpus/external/clean-news"), &["txt"]),
    ));
    for (name, files) in clean_sets {
        if files.is_empty() {
            continue;
        }
        let c = score::score_clean(&files, &settings);
        println!("== clean: {name}: {}", c.summary());
        for f in &c.findings {
            println!("finding: {f}");
        }
        md.push_str(&format!(
            "| {name} | {} | {} | {} | {:.2} | {:.2} | {} |\n",
            c.files,
            c.words,
            c.findings.len(),
            c.per_10k(),
            c.per_10k_of(WORD_RULES),
            c.safe_fixes
        ));
    }
    println!("<!-- measure:begin -->\n{md}<!-- measure:end -->");
    assert!(!sets.is_empty() || common::shared().is_none());
}
