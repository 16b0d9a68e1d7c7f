//! Data the rules read, compiled into the binary. Each data file names its source and
//! licence in its header. The phrase and word lists are laid out as static tables by
//! `build.rs` (see [`keys::StaticMap`]): nothing is parsed or indexed at start-up.

pub mod english;
pub mod freq;
pub mod keys;

use keys::StaticMap;
pub use keys::{calque_key, push_lower, push_lower_bytes, strip_non_ascii};

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

/// A source language whose artifacts mtlint knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    De,
    Es,
    It,
    Pt,
    Ru,
    Ar,
    Fa,
    Zh,
}

impl Lang {
    /// Every source language, in the order the docs list them.
    pub const SOURCES: [Lang; 9] = [
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::It,
        Lang::Pt,
        Lang::Ru,
        Lang::Ar,
        Lang::Fa,
        Lang::Zh,
    ];

    /// The languages with word lists for untranslated text (written in the Latin
    /// alphabet, so their words can hide in an English sentence).
    pub const LATIN_SOURCES: [Lang; 5] = [Lang::Fr, Lang::De, Lang::Es, Lang::It, Lang::Pt];

    /// The codes `source-languages` accepts, for messages: "fr, de, …, en".
    pub fn known_codes() -> String {
        let mut v: Vec<&str> = Lang::SOURCES.iter().map(|l| l.code()).collect();
        v.push("en");
        v.join(", ")
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pt => "pt",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Zh => "zh",
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
            Lang::Ru => "Russian",
            Lang::Ar => "Arabic",
            Lang::Fa => "Persian",
            Lang::Zh => "Chinese",
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
            "ru" => Some(Lang::Ru),
            "ar" => Some(Lang::Ar),
            "fa" => Some(Lang::Fa),
            "zh" => Some(Lang::Zh),
            _ => None,
        }
    }
}

/// A set of source languages (bit set over [`Lang`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LangSet(u16);

impl LangSet {
    pub const ALL: LangSet = LangSet(u16::MAX);

    pub fn from_langs(langs: &[Lang]) -> LangSet {
        LangSet(langs.iter().fold(0, |acc, l| acc | (1 << *l as u16)))
    }

    pub fn contains(self, lang: Lang) -> bool {
        // English furniture is always on: it is what scraped pages carry whatever the source.
        lang == Lang::En || self.0 & (1 << lang as u16) != 0
    }
}

/// Is `word` (lowercase ASCII expected) a common English word (SCOWL)?
pub fn is_english_word(word: &str) -> bool {
    WORDS.contains(word)
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
    NAMES.contains(word)
}

/// The group of known transliteration variants a name belongs to ("Kiev" and "Kyiv"
/// share one), if any.
pub fn transliteration_group(name: &str) -> Option<usize> {
    TRANSLITERATIONS.get(name).map(|i| TRANSLITERATION_GROUP[i])
}

/// Names that keep non-ASCII letters in English (`diacritic_names.txt`), indexed by the
/// first word of their stripped form (a static table laid out by `build.rs`).
pub struct DiacriticNames;

impl DiacriticNames {
    /// The names whose stripped form starts with `word`, as (stripped phrase, name),
    /// longest first.
    pub fn by_first_word(&self, word: &str) -> Option<&'static [(&'static str, &'static str)]> {
        if !may_be_first_word(&DIACRITIC_FIRST_SHAPES, word) {
            return None;
        }
        DIACRITIC_FIRST_WORDS.get(word).map(|i| DIACRITIC_LISTS[i])
    }
}

pub fn diacritic_names() -> &'static DiacriticNames {
    &DiacriticNames
}

/// Could `word`, looked up exactly, be one of the ASCII keys whose shapes (lengths per first
/// and last byte `& 31`, laid out by build.rs) are `shapes`? False only when it cannot.
fn may_be_first_word(shapes: &[u32; 1024], word: &str) -> bool {
    may_be_shape(shapes, word.as_bytes())
}

/// [`may_be_first_word`] of a word given as bytes.
#[inline]
fn may_be_shape(shapes: &[u32; 1024], b: &[u8]) -> bool {
    let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
        return true;
    };
    shapes[usize::from(f & 31) << 5 | usize::from(l & 31)] & (1 << b.len().min(31)) != 0
}

/// Could `word` (any case, ’ or ') lowercase to one of the ASCII words whose shapes are
/// `shapes` (see [`may_be_first_word`])? False only when it cannot.
#[inline]
fn may_be_word_ci(shapes: &[u32; 1024], b: &[u8]) -> bool {
    let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
        return true;
    };
    if !f.is_ascii() || !l.is_ascii() {
        return true;
    }
    // A word with other letters may lowercase to another length ("don’t").
    may_be_shape(shapes, b) || !b.is_ascii()
}

/// One calque: an English phrase that renders a source-language idiom word for word.
#[derive(Debug)]
pub struct Calque {
    pub phrase: &'static str,
    pub suggestion: &'static str,
    pub source: &'static str,
    pub lang: Lang,
}

/// The calques, indexed by their first two words (lowercase), longest phrase first. The
/// index is a static table laid out by `build.rs`; matching walks the words once.
pub struct CalqueTable {
    pub entries: &'static [Calque],
}

static CALQUE_TABLE: CalqueTable = CalqueTable {
    entries: &CALQUE_ENTRIES,
};

pub fn calques() -> &'static CalqueTable {
    &CALQUE_TABLE
}

impl CalqueTable {
    /// Does some calque start with this word (lowercase, ’ as ')?
    pub fn starts_with_word(&self, lower: &str) -> bool {
        CALQUE_FIRST_WORDS.contains(lower)
    }

    /// Might some calque start with this word? A cheap test on the word's length and its
    /// first and last bytes, before it is hashed: false only when no calque does.
    pub fn may_start_with(&self, word: &str) -> bool {
        may_be_word_ci(&CALQUE_FIRST_SHAPES, word.as_bytes())
    }

    /// [`CalqueTable::may_start_with`] of a word given as its bytes (a whole `&str`'s),
    /// so that a caller can settle most words before slicing the text for them.
    #[inline]
    pub fn may_start_with_bytes(&self, word: &[u8]) -> bool {
        may_be_word_ci(&CALQUE_FIRST_SHAPES, word)
    }

    /// Might `word` be the second word of some two-word key? The same cheap test as
    /// [`CalqueTable::may_start_with`], before the word is hashed for
    /// [`CalqueTable::two_word_key`]: false only when no key has it as its second word.
    pub fn may_follow(&self, word: &str) -> bool {
        may_be_word_ci(&CALQUE_SECOND_SHAPES, word.as_bytes())
    }

    /// The index of the first word `word` is (see [`CalqueWord`]), if some calque starts
    /// with it.
    pub fn first_word(&self, word: CalqueWord<'_>) -> Option<usize> {
        CALQUE_FIRST_WORDS.get_hashed(word.hash, |k| word.is(k))
    }

    /// The key (see [`CalqueTable::match_key`]) made of first word number `first` alone,
    /// if it is one.
    pub fn one_word_key(&self, first: usize) -> Option<usize> {
        let k = CALQUE_FIRST_KEY[first];
        (k != u16::MAX).then_some(usize::from(k))
    }

    /// The key made of two words of the text (see [`calque_key`]), if it is one: the
    /// lookup [`CalqueTable::match_at`] does for the key "first second", from the words'
    /// hashes and without building the key.
    pub fn two_word_key(&self, first: CalqueWord<'_>, second: CalqueWord<'_>) -> Option<usize> {
        let (a, b) = (first.bytes.len(), second.bytes.len());
        CALQUE_PAIRS.get_hashed(keys::pair_hash(first.hash, second.hash), |k| {
            k.len() == a + 1 + b && k[a] == b' ' && first.is(&k[..a]) && second.is(&k[a + 1..])
        })
    }

    /// The longest calque of an enabled source language that `text` starts with
    /// (case-insensitive, ’ and ' alike), given its key (see [`calque_key`]); returns the
    /// entry and the matched length in bytes. English usage that contains a calque ("="
    /// entries, such as "rest assured that") counts whatever the languages.
    pub fn match_at(&self, key: &[u8], text: &str, langs: LangSet) -> Option<(&Calque, usize)> {
        self.match_key(CALQUE_KEYS.get_bytes(key)?, text, langs)
    }

    /// [`CalqueTable::match_at`] for key number `key`, as [`CalqueTable::one_word_key`]
    /// and [`CalqueTable::two_word_key`] find it.
    pub fn match_key(&self, key: usize, text: &str, langs: LangSet) -> Option<(&Calque, usize)> {
        let candidates = CALQUE_CANDIDATES[key];
        // The bytes every candidate starts with, matched once: a phrase matches when its
        // common part does and then its rest does, from where the common part ended.
        let common = usize::from(CALQUE_COMMON_PREFIX[key]);
        let head = &self.entries[usize::from(*candidates.first()?)].phrase[..common];
        let done = prefix_len_ci(text, head)?;
        let rest = &text[done..];
        let next = rest.as_bytes().first().copied();
        for &i in candidates {
            let e = &self.entries[i as usize];
            // Most candidates differ from the text in their first byte after the common
            // part: the first step of prefix_len_ci, taken here without the call.
            if let (Some(&p), Some(t)) = (e.phrase.as_bytes().get(common), next)
                && p.is_ascii()
                && t.is_ascii()
                && !same_byte_ci(t, p)
            {
                continue;
            }
            if e.suggestion != "=" && !langs.contains(e.lang) {
                continue;
            }
            if let Some(len) = prefix_len_ci(rest, &e.phrase[common..]) {
                return Some((e, done + len));
            }
        }
        None
    }
}

/// A word of a text as the calque tables look it up: lowercase as [`push_lower`] writes
/// it, hashed once ([`keys::hash`] of the lowercase form).
#[derive(Debug, Clone, Copy)]
pub struct CalqueWord<'a> {
    /// The word itself when ASCII (compared lowercased), else its lowercase form.
    bytes: &'a [u8],
    hash: u64,
}

impl<'a> CalqueWord<'a> {
    /// `word`, hashed in place when ASCII, else lowercased into `buf` first.
    pub fn new(word: &'a str, buf: &'a mut Vec<u8>) -> CalqueWord<'a> {
        match keys::hash_ascii_lower(word.as_bytes()) {
            Some(hash) => CalqueWord {
                bytes: word.as_bytes(),
                hash,
            },
            None => {
                buf.clear();
                push_lower_bytes(buf, word);
                CalqueWord {
                    hash: keys::hash_bytes(buf),
                    bytes: buf,
                }
            }
        }
    }

    /// [`CalqueWord::new`] of the word `text[range]` (a token's range): a short ASCII word
    /// is read and hashed at once in `text` (see [`keys::hash_short_ascii_lower`]).
    #[inline(always)]
    pub fn at(
        text: &'a str,
        range: std::ops::Range<usize>,
        buf: &'a mut Vec<u8>,
    ) -> CalqueWord<'a> {
        match keys::hash_short_ascii_lower(text.as_bytes(), range.start, range.end) {
            Some(hash) => CalqueWord {
                bytes: &text.as_bytes()[range],
                hash,
            },
            None => CalqueWord::new(&text[range], buf),
        }
    }

    /// An ASCII `word` whose hash [`CalqueWord::hash`] gave before.
    pub fn ascii(word: &'a str, hash: u64) -> CalqueWord<'a> {
        debug_assert!(word.is_ascii());
        CalqueWord {
            bytes: word.as_bytes(),
            hash,
        }
    }

    /// The word's hash, to be passed to [`CalqueWord::ascii`] later.
    pub fn hash(self) -> u64 {
        self.hash
    }

    /// Is the lowercase form of this word `key`? (A lowercase form holds no ASCII
    /// capital, so lowercasing its bytes again changes nothing.)
    fn is(self, key: &[u8]) -> bool {
        key.len() == self.bytes.len()
            && key
                .iter()
                .zip(self.bytes)
                .all(|(&k, b)| k == b.to_ascii_lowercase())
    }
}

/// If `text` starts with `phrase` (ASCII case-insensitive, ’ matching '), the byte length
/// of the match in `text`. A capital letter in the phrase marks a name and must be a
/// capital in the text too ("United We Can", the party, but not "united we can").
fn prefix_len_ci(text: &str, phrase: &str) -> Option<usize> {
    // Byte by byte while both sides are ASCII, where the test below comes down to one
    // comparison; a character at a time otherwise. `i` and `j` stay on character
    // boundaries.
    let (tb, pb) = (text.as_bytes(), phrase.as_bytes());
    let (mut i, mut j) = (0, 0);
    while j < pb.len() {
        let (t, p) = (*tb.get(i)?, pb[j]);
        if t.is_ascii() && p.is_ascii() {
            if !same_byte_ci(t, p) {
                return None;
            }
            i += 1;
            j += 1;
            continue;
        }
        let c = text[i..].chars().next()?;
        let p = phrase[j..].chars().next()?;
        if !same_char_ci(c, p) {
            return None;
        }
        i += c.len_utf8();
        j += p.len_utf8();
    }
    Some(i)
}

/// Does ASCII text byte `t` match ASCII phrase byte `p` (see [`prefix_len_ci`])?
#[inline]
fn same_byte_ci(t: u8, p: u8) -> bool {
    if p.is_ascii_uppercase() {
        t == p
    } else {
        t.to_ascii_lowercase() == p
    }
}

/// Does text character `c` match phrase character `p` (see [`prefix_len_ci`])?
fn same_char_ci(c: char, p: char) -> bool {
    if p.is_ascii_uppercase() {
        c == p
    } else {
        c.eq_ignore_ascii_case(&p)
            || (p == '\'' && c == '\u{2019}')
            || (p == '\u{2019}' && c == '\'')
            || (!c.is_ascii() && c.to_lowercase().eq(p.to_lowercase()))
    }
}

/// [`prefix_len_ci`] a character at a time (the definition; a test checks the two agree).
#[cfg(test)]
fn prefix_len_ci_chars(text: &str, phrase: &str) -> Option<usize> {
    let mut t = text.char_indices();
    for p in phrase.chars() {
        let (_, c) = t.next()?;
        if !same_char_ci(c, p) {
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

/// The boilerplate phrases: static tables laid out by `build.rs`.
pub struct BoilerplateTable;

pub fn boilerplate() -> &'static BoilerplateTable {
    &BoilerplateTable
}

/// The first space-separated word of a normalised line.
pub fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

impl BoilerplateTable {
    /// Could a line starting with this word (any case, ’ or ') be furniture? A cheap
    /// test before normalising the whole line.
    pub fn may_start_with(&self, word: &str) -> bool {
        // Looked up without a lowercase copy. Trimming the punctuation before
        // lowercasing gives the same key as after: no character lowercases to one of
        // these marks, and they lowercase to themselves.
        BOILERPLATE_FIRST_WORDS.get_lower(word).is_some()
            || BOILERPLATE_FIRST_WORDS
                .get_lower(word.trim_end_matches(['.', ':', '!', '*', '…', ',', ';']))
                .is_some()
    }

    /// Match a normalised line (see [`normalize_line`]).
    pub fn lookup(
        &self,
        line: &str,
        langs: LangSet,
    ) -> Option<(BoilerplateKind, &'static str, Lang)> {
        if let Some(i) = BOILERPLATE_EXACT.get(line)
            && langs.contains(BOILERPLATE_EXACT_LANG[i])
        {
            return Some((
                BoilerplateKind::Exact,
                BOILERPLATE_EXACT.key(i),
                BOILERPLATE_EXACT_LANG[i],
            ));
        }
        let candidates = BOILERPLATE_PREFIX_LISTS[BOILERPLATE_PREFIXES.get(first_word(line))?];
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
    normalize_line_into(line, &mut out);
    out
}

/// [`normalize_line`] into a buffer the caller reuses (cleared first).
pub fn normalize_line_into(line: &str, out: &mut String) {
    use crate::rules::util::next_byte_where;
    out.clear();
    out.reserve(line.len());
    // Each character is mapped on its own (whitespace to a space, ’ and ‘ to ', the rest
    // lowercased) and runs of spaces are collapsed to one afterwards, only when there
    // can be any. A leading or trailing space, which the collapsing leaves, goes with
    // the trimming: ' ' is in both trimmed sets.
    let mut collapse = has_double_space(line.as_bytes());
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII other than tab, line breaks and form feed (often the whole
        // line) are found in vectorisable chunks, copied at once and lowercased in
        // place.
        let run_end = next_byte_where(bytes, i, |b| b >= 0x80 || (b'\t'..=b'\r').contains(&b))
            .unwrap_or(bytes.len());
        if run_end > i {
            let start = out.len();
            out.push_str(&line[i..run_end]);
            out[start..].make_ascii_lowercase();
            i = run_end;
        }
        let Some(c) = line[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        match c {
            _ if c.is_whitespace() => {
                out.push(' ');
                collapse = true;
            }
            '\u{2019}' | '\u{2018}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
    if collapse {
        let mut after_space = false;
        out.retain(|c| {
            let keep = !(c == ' ' && after_space);
            after_space = c == ' ';
            keep
        });
    }
    trim_normalized(out);
}

/// Does `bytes` hold two spaces in a row? One branch-free pass over pairs of bytes (the
/// lines are short; building a substring searcher for each would cost more).
fn has_double_space(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .zip(bytes.iter().skip(1))
        .fold(false, |any, (&a, &b)| any | ((a == b' ') & (b == b' ')))
}

/// The end of [`normalize_line_into`]: trailing punctuation and leading list, quote and
/// heading markers removed.
fn trim_normalized(out: &mut String) {
    let trimmed_end = out.trim_end_matches(['.', ':', '!', '*', '…', ' ']).len();
    let end_trimmed = &out[..trimmed_end];
    let trimmed_start = end_trimmed.len()
        - end_trimmed
            .trim_start_matches(['-', '*', '•', '>', '#', ' '])
            .len();
    out.truncate(trimmed_end);
    out.drain(..trimmed_start);
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
/// established loans English uses as is, for the untranslated-text rule: static tables
/// laid out by `build.rs`.
pub struct UntranslatedLexicon;

impl UntranslatedLexicon {
    /// Look up a lowercase word (straight apostrophes).
    pub fn word(&self, lower: &str) -> Option<SourceWord> {
        UNTRANSLATED_WORDS.get(lower).map(|i| UNTRANSLATED_INFO[i])
    }

    /// [`Self::word`] of an ASCII word lowercased, without a lowercase copy (hashed and
    /// compared as it stands).
    pub fn word_ascii(&self, word: &str) -> Option<SourceWord> {
        debug_assert!(word.is_ascii());
        UNTRANSLATED_WORDS
            .get_lower(word)
            .map(|i| UNTRANSLATED_INFO[i])
    }

    /// The loans whose first folded word is `first`, each as folded words, longest first.
    pub fn loans(&self, first: &str) -> Option<&'static [&'static [&'static str]]> {
        LOANS.get(first).map(|i| LOAN_PHRASES[i])
    }

    /// [`Self::loans`] of an ASCII word lowercased (its fold when it holds no '`'),
    /// without a lowercase copy.
    pub fn loans_ascii(&self, word: &str) -> Option<&'static [&'static [&'static str]]> {
        debug_assert!(word.is_ascii());
        LOANS.get_lower(word).map(|i| LOAN_PHRASES[i])
    }

    /// The words that are strong evidence for some language (`strong` not empty).
    pub fn strong_words(&self) -> impl Iterator<Item = &'static str> {
        UNTRANSLATED_WORDS
            .keys()
            .enumerate()
            .filter(|&(i, _)| UNTRANSLATED_INFO[i].strong != 0)
            .map(|(_, k)| k)
    }
}

/// The untranslated-text lists.
pub fn untranslated() -> &'static UntranslatedLexicon {
    &UntranslatedLexicon
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
        data.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    }

    /// Every key the static tables were built from is found again by the lookups (the
    /// layout in build.rs and the probing here agree).
    #[test]
    fn static_tables_find_every_key() {
        for e in calques().entries {
            let key = calque_key(e.phrase);
            let (found, len) = calques()
                .match_at(key.as_bytes(), e.phrase, LangSet::ALL)
                .unwrap_or_else(|| panic!("calque not found: {}", e.phrase));
            assert!(found.phrase.len() >= e.phrase.len() || len == e.phrase.len());
            assert!(calques().starts_with_word(key.split(' ').next().unwrap()));
        }
        for (i, key) in BOILERPLATE_EXACT.keys().enumerate() {
            assert_eq!(BOILERPLATE_EXACT.get(key), Some(i));
            let (kind, phrase, _) = boilerplate().lookup(key, LangSet::ALL).unwrap();
            assert!(kind == BoilerplateKind::Exact && phrase == key);
        }
        for (i, key) in UNTRANSLATED_WORDS.keys().enumerate() {
            assert_eq!(untranslated().word(key), Some(UNTRANSLATED_INFO[i]));
        }
        for key in LOANS.keys() {
            assert!(untranslated().loans(key).is_some_and(|p| !p.is_empty()));
        }
        assert_eq!(transliteration_group("Kyiv"), transliteration_group("Kiev"));
        assert!(transliteration_group("Kyiv").is_some());
        assert!(!calques().starts_with_word("zzzz-not-a-word"));
        assert_eq!(untranslated().word("zzzz-not-a-word"), None);
    }

    /// The word-hash lookups (each word hashed in place, no key built) find what the
    /// key lookups find, in any case and with either apostrophe.
    #[test]
    fn calque_word_lookups_agree_with_key_lookups() {
        let (mut b1, mut b2) = (Vec::new(), Vec::new());
        for (i, key) in CALQUE_KEYS.keys().enumerate() {
            for form in [
                key.to_string(),
                key.to_uppercase(),
                capitalize_first(key),
                key.replace('\'', "\u{2019}"),
            ] {
                let (a, b) = match form.split_once(' ') {
                    Some((a, b)) => (a, Some(b)),
                    None => (form.as_str(), None),
                };
                assert!(calques().may_start_with(a), "{form}");
                let first_word = CalqueWord::new(a, &mut b1);
                let first = calques().first_word(first_word);
                assert_eq!(first, CALQUE_FIRST_WORDS.get_lower(a), "{form}");
                let first = first.unwrap_or_else(|| panic!("first word of {form}"));
                match b {
                    Some(b) => {
                        let second = CalqueWord::new(b, &mut b2);
                        assert_eq!(
                            calques().two_word_key(first_word, second),
                            Some(i),
                            "{form}"
                        );
                    }
                    None => {
                        assert_eq!(calques().one_word_key(first), Some(i), "{form}");
                    }
                }
            }
        }
        for (i, w) in CALQUE_FIRST_WORDS.keys().enumerate() {
            assert_eq!(
                calques().one_word_key(i).is_some(),
                CALQUE_KEYS.get(w).is_some(),
                "{w}"
            );
        }
        for (a, b) in [
            ("the", "zzzz"),
            ("zzzz", "the"),
            ("for", "his-part"),
            ("Ünd", "die"),
        ] {
            let second = CalqueWord::new(b, &mut b2);
            let found = calques().two_word_key(CalqueWord::new(a, &mut b1), second);
            let mut key = Vec::new();
            push_lower_bytes(&mut key, a);
            key.push(b' ');
            push_lower_bytes(&mut key, b);
            assert_eq!(found, CALQUE_KEYS.get_bytes(&key));
        }
    }

    /// The filter before the diacritic-name lookup passes every key.
    #[test]
    fn diacritic_first_word_filter_passes_every_key() {
        for (i, k) in DIACRITIC_FIRST_WORDS.keys().enumerate() {
            assert!(may_be_first_word(&DIACRITIC_FIRST_SHAPES, k), "{k}");
            assert_eq!(DIACRITIC_FIRST_WORDS.get(k), Some(i));
            assert!(diacritic_names().by_first_word(k).is_some());
        }
        assert!(diacritic_names().by_first_word("Trkiye").is_some());
        assert!(
            diacritic_names()
                .by_first_word("Zzzzzzzzzzzzzzzzz")
                .is_none()
        );
    }

    /// The filter before the first-word lookup passes every word the lookup finds.
    #[test]
    fn calque_first_word_filter_passes_every_first_word() {
        let mut buf = Vec::new();
        let text = include_str!("calques/fr.tsv").to_string()
            + include_str!("boilerplate/en.tsv")
            + "don’t DON’T \u{212a}ey İn ı ünd";
        let mut rejected = 0;
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
            let found = calques().first_word(CalqueWord::new(w, &mut buf)).is_some();
            let may = calques().may_start_with(w);
            assert!(may || !found, "{w}");
            rejected += usize::from(!may);
        }
        assert!(rejected > 0);
    }

    fn capitalize_first(s: &str) -> String {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    /// The byte-at-a-time prefix match agrees with the character-at-a-time definition.
    #[test]
    fn prefix_match_agrees_with_its_definition() {
        let mut texts: Vec<String> = Vec::new();
        for e in calques().entries.iter().step_by(3) {
            let p = e.phrase;
            texts.push(format!("{p} and more"));
            texts.push(p.to_uppercase());
            texts.push(p.to_lowercase());
            texts.push(p.replace('\'', "\u{2019}"));
            texts.push(p.replace('\u{2019}', "'"));
            texts.push(p.replace('k', "\u{212a}"));
            texts.push(p.replace('e', "é"));
            texts.push(p.chars().take(p.chars().count() / 2).collect());
        }
        for e in calques().entries {
            for t in &texts {
                assert_eq!(
                    prefix_len_ci(t, e.phrase),
                    prefix_len_ci_chars(t, e.phrase),
                    "{t:?} {:?}",
                    e.phrase
                );
            }
        }
    }

    #[test]
    fn word_lists_load() {
        assert!(is_english_word("diplomacy"));
        assert!(!is_english_word("diplomacyjapan"));
        assert!(is_dictionary_name("Japan"));
        assert!(is_english_word_ci("Security"));
    }

    /// A calque of a disabled source language does not match (so it cannot hide a
    /// shorter calque of an enabled one), while English usage entries always do.
    #[test]
    fn calque_matching_follows_the_source_languages() {
        let table = calques();
        let e = table
            .entries
            .iter()
            .find(|e| e.lang == Lang::Fr && e.phrase == "for his part,")
            .unwrap();
        let key = calque_key(e.phrase);
        let fr = LangSet::from_langs(&[Lang::Fr]);
        let it = LangSet::from_langs(&[Lang::It]);
        assert!(
            table
                .match_at(key.as_bytes(), "for his part, the", fr)
                .is_some()
        );
        assert!(
            table
                .match_at(key.as_bytes(), "for his part, the", it)
                .is_none()
        );
        let shadow = table.entries.iter().find(|e| e.suggestion == "=").unwrap();
        let other = Lang::SOURCES
            .into_iter()
            .find(|&l| l != shadow.lang)
            .unwrap();
        let (found, _) = table
            .match_at(
                calque_key(shadow.phrase).as_bytes(),
                shadow.phrase,
                LangSet::from_langs(&[other]),
            )
            .unwrap();
        assert_eq!(found.suggestion, "=");
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

    /// The character-by-character normalisation [`normalize_line_into`] replaced (whitespace
    /// runs written as one space when a later character comes), as the reference.
    fn normalize_line_reference(line: &str) -> String {
        let mut out = String::new();
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
        trim_normalized(&mut out);
        out
    }

    #[test]
    fn normalising_lines_agrees_with_the_reference() {
        const PIECES: [&str; 22] = [
            " ", "  ", "\t", "\n", "\r\n", "\u{0b}", "\u{a0}", "\u{2009}", "-", "*", "•", ">", "#",
            ".", ":", "…", "Word", "ÉTÉ", "’s", "‘", "İ", "x",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut line = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 9) {
                line.push_str(PIECES[((seed >> (6 * k + 8)) % PIECES.len() as u64) as usize]);
            }
            let mut out = String::from("stale");
            normalize_line_into(&line, &mut out);
            assert_eq!(out, normalize_line_reference(&line), "{line:?}");
        }
    }

    #[test]
    fn data_files_parse() {
        let calques = calques();
        for e in calques.entries {
            // Lower case, but for the first letter of a word in a name ("United We Can").
            let mut prev = ' ';
            for c in e.phrase.chars() {
                assert!(
                    !c.is_uppercase() || (c.is_ascii_uppercase() && prev == ' '),
                    "calque phrase with a stray capital: {}",
                    e.phrase
                );
                prev = c;
            }
            assert_eq!(prefix_len_ci(e.phrase, e.phrase), Some(e.phrase.len()));
        }
        let _ = boilerplate();
    }
}
