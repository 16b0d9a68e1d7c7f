//! Data the rules read, compiled into the binary. Each data file names its source and
//! licence in its header. Parsed lazily, once per process.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

pub mod english;

/// A source language whose artifacts mtlint knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    De,
    Es,
    It,
    Pt,
}

impl Lang {
    pub const SOURCES: [Lang; 5] = [Lang::Fr, Lang::De, Lang::Es, Lang::It, Lang::Pt];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "French",
            Lang::De => "German",
            Lang::Es => "Spanish",
            Lang::It => "Italian",
            Lang::Pt => "Portuguese",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            "es" => Some(Lang::Es),
            "it" => Some(Lang::It),
            "pt" => Some(Lang::Pt),
            _ => None,
        }
    }
}

/// A set of source languages (bit set over [`Lang`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LangSet(u8);

impl LangSet {
    pub const ALL: LangSet = LangSet(0xff);

    pub fn from_langs(langs: &[Lang]) -> LangSet {
        LangSet(langs.iter().fold(0, |acc, l| acc | (1 << *l as u8)))
    }

    pub fn contains(self, lang: Lang) -> bool {
        // English furniture is always on: it is what scraped pages carry whatever the source.
        lang == Lang::En || self.0 & (1 << lang as u8) != 0
    }
}

fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// A sorted word list searched in place: binary search over the bytes of the data file,
/// so nothing is built at start-up.
struct SortedList(&'static str);

impl SortedList {
    /// The list after its comment header.
    fn load(data: &'static str) -> SortedList {
        let mut body = data;
        while body.starts_with('#') {
            body = body.find('\n').map_or("", |i| &body[i + 1..]);
        }
        SortedList(body)
    }

    fn contains(&self, w: &str) -> bool {
        let text = self.0;
        let bytes = text.as_bytes();
        let (mut lo, mut hi) = (0usize, text.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let line_start = memchr::memrchr(b'\n', &bytes[lo..mid]).map_or(lo, |i| lo + i + 1);
            let line_end =
                memchr::memchr(b'\n', &bytes[line_start..hi]).map_or(hi, |i| line_start + i);
            let line = &text[line_start..line_end];
            match line.cmp(w) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = line_end + 1,
                std::cmp::Ordering::Greater => hi = line_start,
            }
        }
        false
    }
}

static WORDS: OnceLock<SortedList> = OnceLock::new();
static NAMES: OnceLock<SortedList> = OnceLock::new();

/// Is `word` (lowercase ASCII expected) a common English word (SCOWL)?
pub fn is_english_word(word: &str) -> bool {
    WORDS
        .get_or_init(|| SortedList::load(include_str!("words.txt")))
        .contains(word)
}

/// Is `word` (any case) a common English word, judged by its lowercase form?
pub fn is_english_word_ci(word: &str) -> bool {
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        return is_english_word(word);
    }
    is_english_word(&word.to_lowercase())
}

/// Is `word` (capitalised, e.g. "Japan") a proper name in the English dictionary (SCOWL)?
pub fn is_dictionary_name(word: &str) -> bool {
    NAMES
        .get_or_init(|| SortedList::load(include_str!("names.txt")))
        .contains(word)
}

static TRANSLITERATIONS: OnceLock<HashMap<&'static str, usize>> = OnceLock::new();

/// The group of known transliteration variants a name belongs to ("Kiev" and "Kyiv"
/// share one), if any.
pub fn transliteration_group(name: &str) -> Option<usize> {
    TRANSLITERATIONS
        .get_or_init(|| {
            let mut m = HashMap::new();
            for (g, line) in data_lines(include_str!("transliterations.txt")).enumerate() {
                for v in line.split('|') {
                    m.insert(v.trim(), g);
                }
            }
            m
        })
        .get(name)
        .copied()
}

/// A name with its non-ASCII letters removed ("Trkiye" for "Türkiye").
pub fn strip_non_ascii(name: &str) -> String {
    name.chars().filter(char::is_ascii).collect()
}

/// Names that keep non-ASCII letters in English (`diacritic_names.txt`), indexed by the
/// first word of their stripped form; each entry is (stripped phrase, name).
pub struct DiacriticNames {
    pub by_first_word: FxHashMap<String, Vec<(String, &'static str)>>,
}

static DIACRITIC_NAMES: OnceLock<DiacriticNames> = OnceLock::new();

pub fn diacritic_names() -> &'static DiacriticNames {
    DIACRITIC_NAMES.get_or_init(|| {
        let mut by_first_word: FxHashMap<String, Vec<(String, &'static str)>> =
            FxHashMap::default();
        for name in data_lines(include_str!("diacritic_names.txt")) {
            let name = name.trim();
            let stripped = strip_non_ascii(name);
            let first = stripped
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
                .next()
                .unwrap_or("")
                .to_string();
            if first.is_empty() || stripped == name {
                continue;
            }
            by_first_word
                .entry(first)
                .or_default()
                .push((stripped, name));
        }
        for list in by_first_word.values_mut() {
            list.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        }
        DiacriticNames { by_first_word }
    })
}

/// One calque: an English phrase that renders a source-language idiom word for word.
#[derive(Debug)]
pub struct Calque {
    pub phrase: &'static str,
    pub suggestion: &'static str,
    pub source: &'static str,
    pub lang: Lang,
}

/// The calques, indexed by their first two words (lowercase), longest phrase first. A hash
/// index costs nothing to build (an Aho-Corasick automaton over the same phrases took
/// 11 ms per process, more than linting a short article); matching walks the words once.
pub struct CalqueTable {
    pub entries: Vec<Calque>,
    pub by_first_word: FxHashMap<String, Vec<usize>>,
    /// Every phrase's first word, to reject most words with one lookup.
    pub first_words: FxHashSet<String>,
}

const CALQUE_FILES: [(Lang, &str); 5] = [
    (Lang::Fr, include_str!("calques/fr.tsv")),
    (Lang::De, include_str!("calques/de.tsv")),
    (Lang::Es, include_str!("calques/es.tsv")),
    (Lang::It, include_str!("calques/it.tsv")),
    (Lang::Pt, include_str!("calques/pt.tsv")),
];

static CALQUES: OnceLock<CalqueTable> = OnceLock::new();

pub fn calques() -> &'static CalqueTable {
    CALQUES.get_or_init(|| {
        let mut entries = Vec::new();
        let mut seen: HashMap<(&str, Lang), ()> = HashMap::new();
        for (lang, data) in CALQUE_FILES {
            for line in data_lines(data) {
                let mut fields = line.split('\t');
                let phrase = fields.next().unwrap_or("").trim();
                let suggestion = fields.next().unwrap_or("").trim();
                let source = fields.next().unwrap_or("").trim();
                if phrase.is_empty() || seen.insert((phrase, lang), ()).is_some() {
                    continue;
                }
                entries.push(Calque {
                    phrase,
                    suggestion,
                    source,
                    lang,
                });
            }
        }
        let mut by_first_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        let mut first_words: FxHashSet<String> = FxHashSet::default();
        for (i, e) in entries.iter().enumerate() {
            let key = calque_key(e.phrase);
            first_words.insert(key.split(' ').next().unwrap_or("").to_string());
            by_first_word.entry(key).or_default().push(i);
        }
        for list in by_first_word.values_mut() {
            list.sort_by_key(|&i| std::cmp::Reverse(entries[i].phrase.len()));
        }
        CalqueTable {
            entries,
            by_first_word,
            first_words,
        }
    })
}

impl CalqueTable {
    /// The longest calque that `text` starts with (case-insensitive, ’ and ' alike), given
    /// its key (see [`calque_key`]); returns the entry and the matched length in bytes.
    pub fn match_at(&self, key: &str, text: &str) -> Option<(&Calque, usize)> {
        let candidates = self.by_first_word.get(key)?;
        for &i in candidates {
            let e = &self.entries[i];
            if let Some(len) = prefix_len_ci(text, e.phrase) {
                return Some((e, len));
            }
        }
        None
    }
}

/// The index key of a phrase: its first two words, lowercase, ’ as ', joined by a space.
pub fn calque_key(phrase: &str) -> String {
    let mut words = phrase
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty());
    let mut key = String::new();
    for w in words.by_ref().take(2) {
        if !key.is_empty() {
            key.push(' ');
        }
        push_lower(&mut key, w);
    }
    key
}

/// Append `word` lowercased, with curly apostrophes as straight ones (ASCII without
/// per-character case tables).
pub fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
        return;
    }
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// If `text` starts with `phrase` (ASCII case-insensitive, ’ matching '), the byte length
/// of the match in `text`.
fn prefix_len_ci(text: &str, phrase: &str) -> Option<usize> {
    let mut t = text.char_indices();
    for p in phrase.chars() {
        let (_, c) = t.next()?;
        let same = c.eq_ignore_ascii_case(&p)
            || (p == '\'' && c == '\u{2019}')
            || (p == '\u{2019}' && c == '\'')
            || (!c.is_ascii() && c.to_lowercase().eq(p.to_lowercase()));
        if !same {
            return None;
        }
    }
    Some(t.next().map_or(text.len(), |(i, _)| i))
}

/// How a boilerplate phrase matches a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoilerplateKind {
    /// The whole normalised line equals the phrase.
    Exact,
    /// The normalised line starts with the phrase, then a word boundary.
    Prefix,
}

pub struct BoilerplateTable {
    /// The first word of every phrase: a line whose first word is not here cannot match.
    pub first_words: FxHashSet<&'static str>,
    pub exact: HashMap<&'static str, Lang>,
    /// Prefix phrases grouped by their first word.
    pub prefixes: HashMap<&'static str, Vec<(&'static str, Lang)>>,
}

const BOILERPLATE_FILES: [(Lang, &str); 6] = [
    (Lang::En, include_str!("boilerplate/en.tsv")),
    (Lang::Fr, include_str!("boilerplate/fr.tsv")),
    (Lang::De, include_str!("boilerplate/de.tsv")),
    (Lang::Es, include_str!("boilerplate/es.tsv")),
    (Lang::It, include_str!("boilerplate/it.tsv")),
    (Lang::Pt, include_str!("boilerplate/pt.tsv")),
];

static BOILERPLATE: OnceLock<BoilerplateTable> = OnceLock::new();

pub fn boilerplate() -> &'static BoilerplateTable {
    BOILERPLATE.get_or_init(|| {
        let mut exact = HashMap::new();
        let mut prefixes: HashMap<&'static str, Vec<(&'static str, Lang)>> = HashMap::new();
        for (lang, data) in BOILERPLATE_FILES {
            for line in data_lines(data) {
                let Some((kind, phrase)) = line.split_once('\t') else {
                    continue;
                };
                let phrase = phrase.trim();
                if phrase.is_empty() {
                    continue;
                }
                match kind.trim() {
                    "exact" => {
                        exact.entry(phrase).or_insert(lang);
                    }
                    "prefix" => {
                        let first = first_word(phrase);
                        prefixes.entry(first).or_default().push((phrase, lang));
                    }
                    _ => {}
                }
            }
        }
        for list in prefixes.values_mut() {
            // Longest first, so the most specific phrase wins.
            list.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        let first_words = exact
            .keys()
            .chain(prefixes.keys())
            .map(|p| first_word(p))
            .collect();
        BoilerplateTable {
            first_words,
            exact,
            prefixes,
        }
    })
}

/// The first space-separated word of a normalised line.
pub fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

impl BoilerplateTable {
    /// Could a line starting with this word (any case, ’ or ') be furniture? A cheap
    /// test before normalising the whole line.
    pub fn may_start_with(&self, word: &str) -> bool {
        let mut buf = String::with_capacity(word.len());
        push_lower(&mut buf, word);
        self.first_words.contains(buf.as_str())
            || self
                .first_words
                .contains(buf.trim_end_matches(['.', ':', '!', '*', '…', ',', ';']))
    }

    /// Match a normalised line (see [`normalize_line`]).
    pub fn lookup(
        &self,
        line: &str,
        langs: LangSet,
    ) -> Option<(BoilerplateKind, &'static str, Lang)> {
        if let Some((&phrase, &lang)) = self.exact.get_key_value(line)
            && langs.contains(lang)
        {
            return Some((BoilerplateKind::Exact, phrase, lang));
        }
        let candidates = self.prefixes.get(first_word(line))?;
        for &(phrase, lang) in candidates {
            if !langs.contains(lang) || !line.starts_with(phrase) {
                continue;
            }
            let rest = &line[phrase.len()..];
            // A phrase ending in a letter or digit must end a word; one ending in
            // punctuation ("read also:", "©") needs no further check.
            let boundary = !phrase
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                || !rest.chars().next().is_some_and(char::is_alphanumeric);
            if boundary && line.split(' ').count() <= 25 {
                return Some((BoilerplateKind::Prefix, phrase, lang));
            }
        }
        None
    }
}

/// Normalise a line for boilerplate matching: lowercase, ’ as ', whitespace runs as one
/// space, leading list/quote/heading markers and trailing punctuation removed.
pub fn normalize_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            '\u{2019}' | '\u{2018}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
    let trimmed_start = out.trim_start_matches(['-', '*', '•', '>', '#', ' ']);
    let trimmed = trimmed_start.trim_end_matches(['.', ':', '!', '*', '…', ' ']);
    trimmed.to_string()
}

/// What the untranslated-text lists say about one lowercase word: bit sets over [`Lang`]
/// (`1 << lang as u8`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SourceWord {
    /// Languages whose list holds the word.
    pub langs: u8,
    /// Languages for which it is strong evidence although English has the word too.
    pub forced: u8,
    /// Languages for which it is only ever weak evidence (name particles, single letters).
    pub weak: u8,
    /// Languages for which it is strong evidence: listed, not weak, and either not an
    /// English word or forced.
    pub strong: u8,
    /// Is it an English word too (SCOWL)?
    pub english: bool,
}

/// Function words of the source languages, elision prefixes ("l'", "dell'") and the
/// established loans English uses as is, for the untranslated-text rule.
pub struct UntranslatedLexicon {
    /// Lowercase word (or elision prefix ending in `'`) -> what the lists say.
    pub words: FxHashMap<&'static str, SourceWord>,
    /// Loans by their first folded word: each phrase as folded words.
    pub loans: HashMap<String, Vec<Vec<String>>>,
}

impl UntranslatedLexicon {
    /// Look up a lowercase word (straight apostrophes).
    pub fn word(&self, lower: &str) -> Option<SourceWord> {
        self.words.get(lower).copied()
    }
}

const UNTRANSLATED_FILES: [(Lang, &str); 6] = [
    (Lang::Fr, include_str!("untranslated/fr.txt")),
    (Lang::De, include_str!("untranslated/de.txt")),
    (Lang::Es, include_str!("untranslated/es.txt")),
    (Lang::It, include_str!("untranslated/it.txt")),
    (Lang::Pt, include_str!("untranslated/pt.txt")),
    // Latin and other loans only ("= phrase" lines); the language is not used.
    (Lang::En, include_str!("untranslated/loans.txt")),
];

static UNTRANSLATED: OnceLock<UntranslatedLexicon> = OnceLock::new();

/// The untranslated-text lists, parsed once.
pub fn untranslated() -> &'static UntranslatedLexicon {
    UNTRANSLATED.get_or_init(|| {
        let mut words: FxHashMap<&'static str, SourceWord> = FxHashMap::default();
        let mut loans: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for (lang, data) in UNTRANSLATED_FILES {
            let bit = 1u8 << lang as u8;
            for line in data_lines(data) {
                let line = line.trim();
                if let Some(phrase) = line.strip_prefix('=') {
                    let folded: Vec<String> = phrase
                        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
                        .filter(|w| !w.is_empty())
                        .map(crate::rules::util::fold)
                        .collect();
                    if let Some(first) = folded.first() {
                        loans.entry(first.clone()).or_default().push(folded);
                    }
                    continue;
                }
                if lang == Lang::En {
                    continue;
                }
                let (word, forced, weak) = match line.as_bytes()[0] {
                    b'!' => (&line[1..], bit, 0),
                    b'?' => (&line[1..], 0, bit),
                    _ => (line, 0, 0),
                };
                let e = words.entry(word).or_default();
                e.langs |= bit;
                e.forced |= forced;
                e.weak |= weak;
            }
        }
        for (word, e) in words.iter_mut() {
            e.english = is_english_word(word);
            e.strong = e.langs & !e.weak & if e.english { e.forced } else { 0xff };
        }
        for list in loans.values_mut() {
            // Longest first, so the longest loan wins.
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        UntranslatedLexicon { words, loans }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_load() {
        assert!(is_english_word("diplomacy"));
        assert!(!is_english_word("diplomacyjapan"));
        assert!(is_dictionary_name("Japan"));
        assert!(is_english_word_ci("Security"));
    }

    #[test]
    fn word_lists_are_sorted() {
        for data in [include_str!("words.txt"), include_str!("names.txt")] {
            let v: Vec<&str> = data_lines(data).collect();
            assert!(v.windows(2).all(|w| w[0] < w[1]), "word list not sorted");
        }
    }

    #[test]
    fn calque_prefix_matching() {
        assert_eq!(
            prefix_len_ci("For his part, the", "for his part,"),
            Some(13)
        );
        assert_eq!(prefix_len_ci("country’s view", "country's view"), Some(16));
        assert_eq!(prefix_len_ci("For her", "for his"), None);
    }

    #[test]
    fn normalising_lines() {
        assert_eq!(normalize_line("  Leave a Reply  "), "leave a reply");
        assert_eq!(
            normalize_line("- Read  also: Something’s here..."),
            "read also: something's here"
        );
    }

    #[test]
    fn data_files_parse() {
        let calques = calques();
        for e in &calques.entries {
            assert_eq!(
                e.phrase,
                e.phrase.to_lowercase(),
                "calque phrase not lowercase: {}",
                e.phrase
            );
        }
        let _ = boilerplate();
    }
}
