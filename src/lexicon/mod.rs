//! Data the rules read, compiled into the binary. Each data file names its source and
//! licence in its header. The phrase and word lists are laid out as static tables by
//! `build.rs` (see [`keys::StaticMap`]): nothing is parsed or indexed at start-up.

pub mod english;
pub mod keys;
mod lang;

use keys::StaticMap;
pub use keys::{calque_key, push_lower, push_lower_bytes, strip_non_ascii};
pub use lang::{Lang, LangSet};

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

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
pub(crate) fn may_be_word_ci(shapes: &[u32; 1024], b: &[u8]) -> bool {
    let (Some(&f), Some(&l)) = (b.first(), b.last()) else {
        return true;
    };
    if !f.is_ascii() || !l.is_ascii() {
        return true;
    }
    // A word with other letters may lowercase to another length ("don’t").
    may_be_shape(shapes, b) || !b.is_ascii()
}

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
        assert_eq!(untranslated().word("zzzz-not-a-word"), None);
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
        let _ = boilerplate();
    }
}
