//! Lays out mtlint's phrase and word lists as static tables, so that nothing is parsed
//! or indexed when mtlint starts (a short article is linted in a few milliseconds, most
//! of which would otherwise go to building hash maps).
//!
//! Reads the shared English lists under `src/lexicon/` into `$OUT_DIR/lexicon_tables.rs`
//! (included by `src/lexicon/mod.rs`), and each rule's `src/rules/<rule>/data/` into
//! `$OUT_DIR/<table>_tables.rs` (included by the rule's folder). Keys are folded and
//! hashed by `src/lexicon/keys.rs`, the same code the lookups run.

#[path = "src/lexicon/keys.rs"]
#[allow(dead_code)]
mod keys;
#[path = "src/lexicon/lang.rs"]
#[allow(dead_code)]
mod lang;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

/// The per-language data files of a rule's `data/` folder, named by language code
/// (`fr.tsv`), in [`Lang`](lang::Lang) order, with their language. Files named
/// otherwise must be listed in `others` (read apart); anything else is an error.
fn lang_files(dir: &str, ext: &str, others: &[&str]) -> Vec<(lang::Lang, String)> {
    println!("cargo:rerun-if-changed={dir}");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
        let name = entry.expect("a folder entry").file_name();
        let name = name.to_str().expect("UTF-8 file names").to_string();
        if others.contains(&name.as_str()) {
            continue;
        }
        let lang = name
            .strip_suffix(ext)
            .and_then(|code| code.strip_suffix('.'))
            .and_then(lang::Lang::parse)
            .unwrap_or_else(|| panic!("{dir}/{name}: not named `<language code>.{ext}`"));
        found.push((lang, format!("{dir}/{name}")));
    }
    found.sort();
    found
}

/// The name of a language's `Lang` variant, as the generated code writes it.
fn variant(lang: lang::Lang) -> &'static str {
    // A build script runs once: the few names leaked are freed when it exits.
    Box::leak(format!("{lang:?}").into_boxed_str())
}

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Data lines: comment lines (`#`) and blank lines skipped.
fn data_lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// The slot table of a `StaticMap` (src/lexicon/keys.rs) over keys with these `hashes`
/// (in value order), at most half full, probed the way `StaticMap::get` probes.
fn layout(hashes: &[u64]) -> Vec<u64> {
    let size = (hashes.len() * 2).next_power_of_two().max(2);
    let mask = size - 1;
    let mut slots = vec![0u64; size];
    for (k, &h) in hashes.iter().enumerate() {
        let mut i = h as usize & mask;
        while slots[i] != 0 {
            i = (i + 1) & mask;
        }
        slots[i] = (h >> 32) << 32 | (k as u64 + 1);
    }
    slots
}

/// `static NAME: StaticMap` over `keys` (distinct, in value order), hashed by
/// `keys::hash` as `StaticMap::get` looks them up.
fn static_map(out: &mut String, name: &str, keys: &[String]) {
    let hashes: Vec<u64> = keys.iter().map(|k| keys::hash(k)).collect();
    static_map_hashed(out, name, keys, &hashes);
}

/// `static NAME: StaticMap` over `keys` (distinct, in value order), laid out by the given
/// hash of each key (for lookups that compute the hash from the key's parts, such as
/// `keys::pair_hash`).
fn static_map_hashed(out: &mut String, name: &str, keys: &[String], hashes: &[u64]) {
    let slots = layout(hashes);
    let blob: String = keys.concat();
    let mut ends = Vec::with_capacity(keys.len());
    let mut end = 0u32;
    for k in keys {
        end += u32::try_from(k.len()).expect("short keys");
        ends.push(end);
    }
    writeln!(out, "static {name}: StaticMap = StaticMap {{").unwrap();
    writeln!(out, "    slots: &{slots:?},").unwrap();
    writeln!(out, "    blob: {blob:?},").unwrap();
    writeln!(out, "    ends: &{ends:?},").unwrap();
    writeln!(out, "}};").unwrap();
}

/// A filter before a first-word lookup: for each (first byte & 31, last byte & 31) of
/// `words` (all ASCII), the lengths they come in (bit 31 for 31 and longer). `& 31` maps
/// a letter's two cases together. Read by `may_be_first_word` in src/lexicon/mod.rs.
fn word_shapes(words: &[String], what: &str) -> Vec<u32> {
    let mut shapes = vec![0u32; 1024];
    for w in words {
        let b = w.as_bytes();
        assert!(w.is_ascii() && !b.is_empty(), "{what} are ASCII");
        let cell = usize::from(b[0] & 31) << 5 | usize::from(b[b.len() - 1] & 31);
        shapes[cell] |= 1 << b.len().min(31);
    }
    shapes
}

/// Lists grouped under keys: `static MAP: StaticMap` over the keys (in first-seen order)
/// and `static LISTS: [&[ELEM]; n]`, each list sorted longest first by `len` (ties keep
/// their file order) and rendered item by item.
struct Groups<T> {
    order: Vec<String>,
    lists: HashMap<String, Vec<T>>,
}

impl<T> Groups<T> {
    fn new() -> Groups<T> {
        Groups {
            order: Vec::new(),
            lists: HashMap::new(),
        }
    }

    fn push(&mut self, key: String, item: T) {
        if !self.lists.contains_key(&key) {
            self.order.push(key.clone());
        }
        self.lists.entry(key).or_default().push(item);
    }

    fn write(
        mut self,
        out: &mut String,
        map: &str,
        lists: &str,
        elem: &str,
        len: impl Fn(&T) -> usize,
        item: impl Fn(&T) -> String,
    ) {
        static_map(out, map, &self.order);
        writeln!(out, "static {lists}: [&[{elem}]; {}] = [", self.order.len()).unwrap();
        for key in &self.order {
            let list = self.lists.get_mut(key).expect("listed key");
            list.sort_by_key(|x| std::cmp::Reverse(len(x)));
            let items: Vec<String> = list.iter().map(&item).collect();
            writeln!(out, "    &[{}],", items.join(", ")).unwrap();
        }
        writeln!(out, "];").unwrap();
    }
}

/// The SCOWL word lists as sets (the file's lines after its comment header).
fn word_list(out: &mut String, name: &str, file: &str) {
    let data = read(file);
    let words: Vec<String> = data
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    static_map(out, name, &words);
}

/// One calque of `src/rules/calque/data/<lang>.tsv`.
struct CalqueEntry {
    phrase: String,
    suggestion: String,
    source: String,
    lang: &'static str,
}

fn calques(out: &mut String) {
    let entries = read_calques();
    writeln!(
        out,
        "static CALQUE_ENTRIES: [Calque; {}] = [",
        entries.len()
    )
    .unwrap();
    for e in &entries {
        writeln!(
            out,
            "    Calque {{ phrase: {:?}, suggestion: {:?}, source: {:?}, lang: Lang::{} }},",
            e.phrase, e.suggestion, e.source, e.lang
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    calque_keys(out, &entries);
}

/// The calques of every language, the first of each phrase per language kept.
fn read_calques() -> Vec<CalqueEntry> {
    let mut entries: Vec<CalqueEntry> = Vec::new();
    let mut seen: HashSet<(String, &str)> = HashSet::new();
    for (lang, file) in lang_files("src/rules/calque/data", "tsv", &[]) {
        let lang = variant(lang);
        for line in data_lines(&read(&file)) {
            let mut fields = line.split('\t');
            let phrase = fields.next().unwrap_or("").trim().to_string();
            let suggestion = fields.next().unwrap_or("").trim().to_string();
            let source = fields.next().unwrap_or("").trim().to_string();
            if phrase.is_empty() || !seen.insert((phrase.clone(), lang)) {
                continue;
            }
            entries.push(CalqueEntry {
                phrase,
                suggestion,
                source,
                lang,
            });
        }
    }
    entries
}

/// The lookup tables over the calques' keys: candidates per key, the prefix each key's
/// phrases share, the keys by word hashes, and the word-shape filters.
fn calque_keys(out: &mut String, entries: &[CalqueEntry]) {
    // Candidates per two-word key, longest phrase first (ties in file order).
    let mut groups: Groups<usize> = Groups::new();
    let mut first_words: Vec<String> = Vec::new();
    let mut first_seen: HashSet<String> = HashSet::new();
    for (i, e) in entries.iter().enumerate() {
        let key = keys::calque_key(&e.phrase);
        let first = key.split(' ').next().unwrap_or("").to_string();
        if first_seen.insert(first.clone()) {
            first_words.push(first);
        }
        groups.push(key, i);
    }
    let key_order = groups.order.clone();
    // Per key: the bytes all its phrases start with (cut to a character boundary, at most
    // 255), which a lookup matches once for all of them.
    let common: Vec<String> = key_order
        .iter()
        .map(|k| {
            let phrases: Vec<&str> = groups.lists[k]
                .iter()
                .map(|&i| entries[i].phrase.as_str())
                .collect();
            let first = phrases[0];
            let mut n = first.len().min(255);
            for p in &phrases[1..] {
                n = n.min(
                    first
                        .bytes()
                        .zip(p.bytes())
                        .take_while(|(a, b)| a == b)
                        .count(),
                );
            }
            while !first.is_char_boundary(n) {
                n -= 1;
            }
            n.to_string()
        })
        .collect();
    writeln!(
        out,
        "static CALQUE_COMMON_PREFIX: [u8; {}] = [{}];",
        common.len(),
        common.join(", ")
    )
    .unwrap();
    // The key lookup serves the tests (the rule looks keys up by word hashes, below).
    writeln!(out, "#[cfg_attr(not(test), allow(dead_code))]").unwrap();
    groups.write(
        out,
        "CALQUE_KEYS",
        "CALQUE_CANDIDATES",
        "u16",
        |&i| entries[i].phrase.len(),
        |i| i.to_string(),
    );
    // The same keys, laid out by the hashes of their words (`keys::pair_hash` of the two
    // words' hashes; a one-word key by its own hash), so that a lookup hashes each word of
    // the text once and builds no key. Same key order as CALQUE_KEYS.
    let pair_hashes: Vec<u64> = key_order
        .iter()
        .map(|k| match k.split_once(' ') {
            Some((a, b)) => keys::pair_hash(keys::hash(a), keys::hash(b)),
            None => keys::hash(k),
        })
        .collect();
    static_map_hashed(out, "CALQUE_PAIRS", &key_order, &pair_hashes);
    static_map(out, "CALQUE_FIRST_WORDS", &first_words);
    calque_word_filters(out, &key_order, &first_words);
}

/// Word-shape filters before the first-word and second-word lookups, and each first
/// word's one-word key.
fn calque_word_filters(out: &mut String, key_order: &[String], first_words: &[String]) {
    // A filter before the first-word lookup (see `word_shapes`).
    let shapes = word_shapes(first_words, "calque first words");
    writeln!(out, "static CALQUE_FIRST_SHAPES: [u32; 1024] = {shapes:?};").unwrap();
    // The same filter before a second word is hashed and looked up as part of a pair. An
    // ASCII word of a text lowercases to ASCII, so only the ASCII second words need a
    // shape; a word of a text that is not ASCII always passes the filter.
    let mut second_words: Vec<String> = key_order
        .iter()
        .filter_map(|k| k.split_once(' '))
        .map(|(_, b)| b.to_string())
        .filter(|b| b.is_ascii())
        .collect();
    second_words.sort();
    second_words.dedup();
    let shapes = word_shapes(&second_words, "calque second words");
    writeln!(
        out,
        "static CALQUE_SECOND_SHAPES: [u32; 1024] = {shapes:?};"
    )
    .unwrap();
    // Per first word: the index of the one-word key it is, or u16::MAX.
    let first_keys: Vec<String> = first_words
        .iter()
        .map(|w| match key_order.iter().position(|k| k == w) {
            Some(i) => u16::try_from(i).expect("few keys").to_string(),
            None => u16::MAX.to_string(),
        })
        .collect();
    writeln!(
        out,
        "static CALQUE_FIRST_KEY: [u16; {}] = [{}];",
        first_keys.len(),
        first_keys.join(", ")
    )
    .unwrap();
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn boilerplate(out: &mut String) {
    let mut exact: Vec<(String, &str)> = Vec::new();
    let mut exact_seen: HashSet<String> = HashSet::new();
    let mut prefixes: Groups<(String, &str)> = Groups::new();
    for (lang, file) in lang_files("src/rules/web_boilerplate/data", "tsv", &[]) {
        let lang = variant(lang);
        for line in data_lines(&read(&file)) {
            let Some((kind, phrase)) = line.split_once('\t') else {
                continue;
            };
            let phrase = phrase.trim();
            if phrase.is_empty() {
                continue;
            }
            match kind.trim() {
                "exact" if exact_seen.insert(phrase.to_string()) => {
                    exact.push((phrase.to_string(), lang));
                }
                "prefix" => {
                    prefixes.push(first_word(phrase).to_string(), (phrase.to_string(), lang));
                }
                _ => {}
            }
        }
    }
    let exact_keys: Vec<String> = exact.iter().map(|(p, _)| p.clone()).collect();
    static_map(out, "BOILERPLATE_EXACT", &exact_keys);
    let langs: Vec<String> = exact.iter().map(|(_, l)| format!("Lang::{l}")).collect();
    writeln!(
        out,
        "static BOILERPLATE_EXACT_LANG: [Lang; {}] = [{}];",
        langs.len(),
        langs.join(", ")
    )
    .unwrap();
    let prefix_order = prefixes.order.clone();
    // Longest first, so the most specific phrase wins.
    prefixes.write(
        out,
        "BOILERPLATE_PREFIXES",
        "BOILERPLATE_PREFIX_LISTS",
        "(&str, Lang)",
        |(p, _)| p.len(),
        |(p, l)| format!("({p:?}, Lang::{l})"),
    );
    let mut first_words: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    for p in exact_keys.iter().chain(prefix_order.iter()) {
        let f = first_word(p).to_string();
        if seen.insert(f.clone()) {
            first_words.push(f);
        }
    }
    static_map(out, "BOILERPLATE_FIRST_WORDS", &first_words);
}

fn untranslated(out: &mut String) {
    let words_txt = read("src/lexicon/words.txt");
    let english: HashSet<&str> = words_txt
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .collect();
    #[derive(Default, Clone, Copy)]
    struct Info {
        langs: u8,
        forced: u8,
        weak: u8,
    }
    let mut order: Vec<String> = Vec::new();
    let mut info: HashMap<String, Info> = HashMap::new();
    let mut loans: Groups<Vec<String>> = Groups::new();
    // Each language's words carry its bit (`1 << Lang as u8`); the loans, read last,
    // carry English's.
    const DIR: &str = "src/rules/untranslated_text/data";
    let mut files: Vec<(u8, String)> = lang_files(DIR, "txt", &["loans.txt"])
        .into_iter()
        .map(|(lang, file)| (1 << lang as u8, file))
        .collect();
    let loans_bit = 1 << lang::Lang::En as u8;
    files.push((loans_bit, format!("{DIR}/loans.txt")));
    for (bit, file) in files {
        for line in data_lines(&read(&file)) {
            let line = line.trim();
            if let Some(phrase) = line.strip_prefix('=') {
                let folded: Vec<String> = phrase
                    .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
                    .filter(|w| !w.is_empty())
                    .map(keys::fold)
                    .collect();
                if let Some(first) = folded.first() {
                    loans.push(first.clone(), folded);
                }
                continue;
            }
            if bit == loans_bit {
                continue;
            }
            let (word, forced, weak) = match line.as_bytes()[0] {
                b'!' => (&line[1..], bit, 0),
                b'?' => (&line[1..], 0, bit),
                _ => (line, 0, 0),
            };
            if !info.contains_key(word) {
                order.push(word.to_string());
            }
            let e = info.entry(word.to_string()).or_default();
            e.langs |= bit;
            e.forced |= forced;
            e.weak |= weak;
        }
    }
    static_map(out, "UNTRANSLATED_WORDS", &order);
    writeln!(
        out,
        "static UNTRANSLATED_INFO: [SourceWord; {}] = [",
        order.len()
    )
    .unwrap();
    for w in &order {
        let e = info[w];
        let is_english = english.contains(w.as_str());
        let strong = e.langs & !e.weak & if is_english { e.forced } else { 0xff };
        writeln!(
            out,
            "    SourceWord {{ langs: {}, forced: {}, weak: {}, strong: {strong}, english: {is_english} }},",
            e.langs, e.forced, e.weak
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    // Longest first, so the longest loan wins.
    loans.write(out, "LOANS", "LOAN_PHRASES", "&[&str]", Vec::len, |p| {
        format!("&{p:?}")
    });
}

fn transliterations(out: &mut String) {
    let mut order: Vec<String> = Vec::new();
    let mut group: HashMap<String, usize> = HashMap::new();
    for (g, line) in data_lines(&read(
        "src/rules/inconsistent_name/data/transliterations.txt",
    ))
    .enumerate()
    {
        for v in line.split('|') {
            let v = v.trim().to_string();
            if !group.contains_key(&v) {
                order.push(v.clone());
            }
            // A name listed twice belongs to its last group.
            group.insert(v, g);
        }
    }
    static_map(out, "TRANSLITERATIONS", &order);
    let groups: Vec<usize> = order.iter().map(|v| group[v]).collect();
    writeln!(
        out,
        "static TRANSLITERATION_GROUP: [usize; {}] = {groups:?};",
        groups.len()
    )
    .unwrap();
}

/// Names that keep non-ASCII letters, by the first word of their stripped form.
fn diacritic_names(out: &mut String) {
    let mut groups: Groups<(String, String)> = Groups::new();
    for name in data_lines(&read("src/rules/mojibake/data/diacritic_names.txt")) {
        let name = name.trim();
        let stripped = keys::strip_non_ascii(name);
        let first = stripped
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
            .next()
            .unwrap_or("")
            .to_string();
        if first.is_empty() || stripped == name {
            continue;
        }
        groups.push(first, (stripped, name.to_string()));
    }
    // A filter before the first-word lookup (see `word_shapes`).
    let shapes = word_shapes(&groups.order, "stripped first words");
    writeln!(
        out,
        "static DIACRITIC_FIRST_SHAPES: [u32; 1024] = {shapes:?};"
    )
    .unwrap();
    groups.write(
        out,
        "DIACRITIC_FIRST_WORDS",
        "DIACRITIC_LISTS",
        "(&str, &str)",
        |(s, _)| s.len(),
        |(s, n)| format!("({s:?}, {n:?})"),
    );
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon/keys.rs");
    println!("cargo:rerun-if-changed=src/lexicon/lang.rs");
    let mut out = String::from("// Generated by build.rs from src/lexicon/.\n");
    word_list(&mut out, "WORDS", "src/lexicon/words.txt");
    word_list(&mut out, "NAMES", "src/lexicon/names.txt");
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    std::fs::write(Path::new(&dir).join("lexicon_tables.rs"), out)
        .expect("write lexicon_tables.rs");
    // The tables of one rule, included by its folder's code.
    type Writer = fn(&mut String);
    let rule_tables: [(&str, &str, Writer); 5] = [
        ("calque_tables.rs", "src/rules/calque/data/", calques),
        (
            "boilerplate_tables.rs",
            "src/rules/web_boilerplate/data/",
            boilerplate,
        ),
        (
            "untranslated_tables.rs",
            "src/rules/untranslated_text/data/",
            untranslated,
        ),
        (
            "transliteration_tables.rs",
            "src/rules/inconsistent_name/data/",
            transliterations,
        ),
        (
            "diacritic_tables.rs",
            "src/rules/mojibake/data/",
            diacritic_names,
        ),
    ];
    for (file, from, write) in rule_tables {
        let mut out = format!("// Generated by build.rs from {from}.\n");
        write(&mut out);
        std::fs::write(Path::new(&dir).join(file), out)
            .unwrap_or_else(|e| panic!("write {file}: {e}"));
    }
    word_freq_tables();
}

// Word frequencies: the tables in src/lexicon/freq/ (derived from wordfreq by
// tools/wordfreq/derive.py) become one open-addressing hash table,
// $OUT_DIR/word_freq.bin, which src/lexicon/freq.rs includes with include_bytes!.
// Layout and hash: src/lexicon/freq/hash.rs.

#[path = "src/lexicon/freq/hash.rs"]
mod freq_hash;

/// The frequency files, English first, then the source languages in `FreqLang` order.
const FREQ_FILES: [&str; 13] = [
    "en", "fr", "de", "es", "it", "pt", "nl", "pl", "ru", "tr", "ar", "fa", "zh",
];

/// A hasher that passes a precomputed 64-bit word hash through.
#[derive(Default)]
struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// Record of a word (see src/lexicon/freq.rs): bits 0-7 English Zipf x 10, then 4 bits
/// per source language, the Zipf step `(zipf10 - 5) / 5` clamped to 1..=15, then at bit
/// 56 the WordNet parts of speech of en_pos.txt.
fn word_freq_tables() {
    type Map = HashMap<u64, u64, std::hash::BuildHasherDefault<PassThrough>>;
    let mut records: Map = Map::default();
    for (k, lang) in FREQ_FILES.iter().enumerate() {
        let path = format!("src/lexicon/freq/{lang}.txt");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut zipf10: u64 = 0;
        let mut seen = 0usize;
        for line in text.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            if let Some(z) = line.strip_prefix('@') {
                zipf10 = z
                    .parse()
                    .unwrap_or_else(|_| panic!("{path}: bad step {line}"));
                assert!(
                    (1..=99).contains(&zipf10),
                    "{path}: step out of range {line}"
                );
                continue;
            }
            assert!(zipf10 > 0, "{path}: a word before the first @ line");
            let h = freq_hash::word_hash(line.as_bytes());
            let rec = records.entry(h).or_insert(0);
            let bits = if k == 0 {
                zipf10
            } else {
                (zipf10.saturating_sub(5) / 5).clamp(1, 15) << (8 + 4 * (k - 1))
            };
            let mask = if k == 0 {
                0xFF
            } else {
                0xF << (8 + 4 * (k - 1))
            };
            // Each file lists a form once, so a filled field means two forms share a hash.
            assert!(*rec & mask == 0, "{path}: hash collision on {line:?}");
            *rec |= bits;
            seen += 1;
        }
        assert!(seen > 0, "{path}: no words");
    }
    let path = "src/lexicon/freq/en_pos.txt";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut pos: u64 = 0;
    for line in text.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        if let Some(b) = line.strip_prefix('@') {
            pos = b
                .parse()
                .unwrap_or_else(|_| panic!("{path}: bad group {line}"));
            assert!((1..=15).contains(&pos), "{path}: group out of range {line}");
            continue;
        }
        assert!(pos > 0, "{path}: a word before the first @ line");
        let rec = records
            .entry(freq_hash::word_hash(line.as_bytes()))
            .or_insert(0);
        assert!(*rec >> 56 == 0, "{path}: hash collision on {line:?}");
        *rec |= pos << 56;
    }
    let mut entries: Vec<(u64, u64)> = records.into_iter().collect();
    entries.sort_unstable();
    let slots = entries.len() * 4 / 3 + 1;
    let mut table = vec![0u8; slots * freq_hash::SLOT];
    for &(h, rec) in &entries {
        let mut i = freq_hash::home(h, slots);
        loop {
            let s = &mut table[i * freq_hash::SLOT..(i + 1) * freq_hash::SLOT];
            if s[..4] == [0, 0, 0, 0] {
                s[..4].copy_from_slice(&freq_hash::fingerprint(h).to_le_bytes());
                s[4..].copy_from_slice(&rec.to_le_bytes());
                break;
            }
            i = if i + 1 == slots { 0 } else { i + 1 };
        }
    }
    // Every word must find its own record: no fingerprint met earlier on its probe path.
    for &(h, rec) in &entries {
        assert_eq!(
            freq_hash::find(&table, h),
            Some(rec),
            "word-frequency fingerprint clash"
        );
    }
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    std::fs::write(Path::new(&dir).join("word_freq.bin"), table).expect("write word_freq.bin");
}
