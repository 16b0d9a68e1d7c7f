//! Single source-language words in English sentences: how many does untranslated-text
//! flag, and how many unperturbed sentences does it flag at all?
//!
//! Sentences come from clean edited prose (corpus/external/clean-news/, and the shared
//! clean blogs in ../shared/corpus/clean/ when present). In each, one lowercase word of
//! at least three letters (not the first) is replaced by a word of language L chosen by
//! a fixed rule, not by hand: a word of L's frequency table (src/lexicon/freq/<L>.txt,
//! wordfreq 3.1.1) made of letters only, at least three of them, at least Zipf 4.0 in L
//! and at least 1.0 (ten times) more frequent in L than in English — so words English
//! shares ("hotel", "per") are never injected, but loans English uses less often are.
//! German words are capitalised half of the time, as German nouns are. Choices are made
//! by a fixed pseudo-random sequence, so the figures are reproducible.
//!
//! `cargo test --release --test untranslated_words -- --nocapture` prints the figures.

use std::collections::HashMap;
use std::path::Path;

use mtlint::{Format, Settings};

const LANGS: [&str; 12] = [
    "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "tr", "ar", "fa", "zh",
];
const SENTENCES_PER_LANG: usize = 150;
const UNPERTURBED: usize = 2000;

/// A table of `src/lexicon/freq/` as (word, Zipf × 10).
fn table(code: &str) -> Vec<(String, u8)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/lexicon/freq")
        .join(format!("{code}.txt"));
    let text = std::fs::read_to_string(&path).expect("frequency table");
    let mut zipf = 0u8;
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(z) = line.strip_prefix('@') {
            zipf = z.parse().expect("zipf");
            continue;
        }
        out.push((line.to_string(), zipf));
    }
    out
}

/// A small fixed pseudo-random sequence (xorshift).
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Sentences of clean prose: lines split at ". " with 8 to 40 words, ending in a full
/// stop, question or exclamation mark.
fn clean_sentences() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("corpus/external/clean-news")];
    let shared = root.join("../shared/corpus/clean");
    if shared.is_dir() {
        dirs.push(shared);
    } else {
        eprintln!("note: ../shared/corpus/clean is absent; clean news only");
    }
    let mut files = Vec::new();
    for d in dirs {
        for e in std::fs::read_dir(d).expect("clean prose") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "txt") && !p.ends_with("README.md") {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for line in text.lines() {
            for s in line.split_inclusive(". ") {
                let s = s.trim();
                let n = s.split_whitespace().count();
                if (8..=40).contains(&n) && s.ends_with(['.', '?', '!']) && s.is_ascii() {
                    out.push(s.to_string());
                }
            }
        }
    }
    out
}

fn flagged_between(text: &str, start: usize, end: usize) -> bool {
    mtlint::lint(text, Format::Plain, &Settings::default())
        .iter()
        .any(|d| d.rule == "untranslated-text" && d.start() < end && start < d.end())
}

#[test]
fn single_source_words_are_flagged_and_clean_sentences_are_not() {
    let sentences = clean_sentences();
    assert!(sentences.len() > 500, "{} sentences", sentences.len());
    let english: HashMap<String, u8> = table("en").into_iter().collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);

    // Unperturbed sentences flagged at all.
    let mut flagged = 0;
    let mut n = 0;
    for _ in 0..UNPERTURBED.min(sentences.len()) {
        let s = &sentences[rng.below(sentences.len())];
        n += 1;
        flagged += usize::from(flagged_between(s, 0, s.len()));
    }
    let clean_share = flagged as f64 / n as f64;
    println!("unperturbed sentences flagged: {flagged}/{n} = {clean_share:.3}");

    let mut total = (0, 0);
    for code in LANGS {
        let pool: Vec<String> = table(code)
            .into_iter()
            .filter(|(w, z)| {
                *z >= 40
                    && w.chars().count() >= 3
                    && w.chars().all(char::is_alphabetic)
                    && *z >= english.get(w).copied().unwrap_or(5) + 10
            })
            .map(|(w, _)| w)
            .collect();
        let (mut hit, mut tried) = (0, 0);
        while tried < SENTENCES_PER_LANG {
            let s = &sentences[rng.below(sentences.len())];
            // Lowercase words of three letters or more, not the first: byte ranges.
            let mut spans = Vec::new();
            let mut offset = 0;
            for (k, w) in s.split(' ').enumerate() {
                if k > 0 && w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()) {
                    spans.push((offset, offset + w.len()));
                }
                offset += w.len() + 1;
            }
            if spans.is_empty() {
                continue;
            }
            let (a, b) = spans[rng.below(spans.len())];
            let mut word = pool[rng.below(pool.len())].clone();
            if code == "de" && rng.below(2) == 0 {
                let mut c = word.chars();
                let first = c.next().expect("word").to_uppercase().to_string();
                word = first + c.as_str();
            }
            let text = format!("{}{}{}", &s[..a], word, &s[b..]);
            tried += 1;
            hit += usize::from(flagged_between(&text, a, a + word.len()));
        }
        println!(
            "{code}: {hit}/{tried} = {:.2} of single injected words flagged",
            hit as f64 / tried as f64
        );
        total.0 += hit;
        total.1 += tried;
    }
    let share = total.0 as f64 / total.1 as f64;
    println!("all languages: {}/{} = {share:.3}", total.0, total.1);
    assert!(share >= 0.6, "injected words flagged: {share:.3}");
    assert!(
        clean_share <= 0.02,
        "clean sentences flagged: {clean_share:.3}"
    );
}
