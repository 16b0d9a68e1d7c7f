//! Criterion benchmarks per stage: read, model, each rule family, fix, report; and the
//! whole of `lint` on articles from 1 KB to 10 MB (cost per megabyte by size).
//! The input is the reference article repeated into a 1 MB article, plus `../shared`'s
//! clean prose when present. `cargo bench --bench stages`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use mtlint::rules::RuleId;
use mtlint::{Document, Format, Settings};

fn input() -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut text = String::new();
    let clean = std::path::Path::new(root).join("../shared/corpus/clean");
    if let Ok(rd) = std::fs::read_dir(&clean) {
        let mut files: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        files.sort();
        for f in files
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        {
            text.push_str(&std::fs::read_to_string(f).unwrap_or_default());
            text.push('\n');
            if text.len() > 1_000_000 {
                break;
            }
        }
    }
    let seed = std::fs::read_to_string(format!("{root}/corpus/seed/seed-article.txt")).unwrap();
    while text.len() < 1_000_000 {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    text
}

fn only(rules: &[RuleId]) -> Settings {
    Settings {
        enabled: rules.iter().copied().collect(),
        ..Settings::default()
    }
}

fn stages(c: &mut Criterion) {
    let text = input();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.txt");
    std::fs::write(&path, &text).unwrap();
    g.bench_function("read+decode", |b| {
        b.iter(|| mtlint::files::decode(std::fs::read(black_box(&path)).unwrap()).unwrap())
    });
    g.bench_function("model", |b| {
        b.iter(|| Document::parse(black_box(&text), Format::Plain))
    });
    let families: &[(&str, &[RuleId])] = &[
        ("names", &[RuleId::InconsistentName]),
        (
            "structure",
            &[
                RuleId::DuplicateHeading,
                RuleId::DuplicateParagraph,
                RuleId::WebBoilerplate,
                RuleId::SentenceFragment,
            ],
        ),
        (
            "words",
            &[RuleId::GluedWords, RuleId::RepeatedWord, RuleId::Calque],
        ),
        ("typography", &[RuleId::MixedQuotes]),
        ("encoding", &[RuleId::InvisibleCharacter, RuleId::Mojibake]),
    ];
    for (family, rules) in families {
        let settings = only(rules);
        g.bench_function(format!("rules/{family}"), |b| {
            b.iter(|| mtlint::lint(black_box(&text), Format::Plain, &settings))
        });
    }
    let settings = Settings::default();
    g.bench_function("lint (all rules)", |b| {
        b.iter(|| mtlint::lint(black_box(&text), Format::Plain, &settings))
    });
    g.bench_function("fix (unsafe)", |b| {
        b.iter(|| {
            mtlint::fix::fix_text(
                black_box(&text),
                Format::Plain,
                &settings,
                mtlint::Applicability::Unsafe,
            )
        })
    });
    let diagnostics = mtlint::lint(&text, Format::Plain, &settings);
    let report = mtlint::report::FileReport::for_text("a.txt", &text, diagnostics);
    g.bench_function("report (json)", |b| {
        b.iter(|| {
            let mut out = Vec::new();
            mtlint::output::write_json(&mut out, std::slice::from_ref(black_box(&report))).unwrap();
            out
        })
    });
    g.finish();
}

/// `lint` on articles from 1 KB to 10 MB cut from the same text, so that the cost per
/// megabyte can be compared across sizes (criterion reports it as throughput). Files of
/// 1 MiB and more have their rules run on two threads when two cores are there
/// (`RAYON_NUM_THREADS=1` shows the cost on one). The 100 MB file is timed whole-process
/// by `benches/run.sh`.
fn per_size(c: &mut Criterion) {
    let base = input();
    let long = base.repeat(10);
    let mut g = c.benchmark_group("lint per size");
    g.sample_size(10);
    for size in [1_000, 10_000, 100_000, 1_000_000, 10_000_000] {
        // Cut at a paragraph break at or after `size`, so no article ends mid-word.
        let mut at = size.min(long.len());
        while !long.is_char_boundary(at) {
            at += 1;
        }
        let end = long[at..].find("\n\n").map_or(long.len(), |i| at + i);
        let text = &long[..end];
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(format!("{} bytes", text.len()), |b| {
            b.iter(|| mtlint::lint(black_box(text), Format::Plain, &Settings::default()))
        });
    }
    g.finish();
}

/// Word-frequency lookups on the words of the input text (letters and apostrophes, as
/// written): `lookup` on words already folded, `lookup_word` folding each one first.
fn word_freq(c: &mut Criterion) {
    use mtlint::lexicon::freq;
    let text = input();
    let words: Vec<&str> = text
        .split(|ch: char| !(ch.is_alphabetic() || ch == '\'' || ch == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .take(100_000)
        .collect();
    let folded: Vec<String> = words.iter().map(|w| freq::fold(w).into_owned()).collect();
    let mut g = c.benchmark_group("word-freq");
    g.throughput(Throughput::Elements(words.len() as u64));
    g.bench_function("lookup", |b| {
        b.iter(|| {
            folded
                .iter()
                .filter(|w| freq::lookup(black_box(w)).is_some())
                .count()
        })
    });
    g.bench_function("lookup_word", |b| {
        b.iter(|| {
            words
                .iter()
                .filter(|w| freq::lookup_word(black_box(w)).is_some())
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, stages, per_size, word_freq);
criterion_main!(benches);
