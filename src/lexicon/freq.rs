//! Word frequencies for English and the source languages, from wordfreq 3.1.1
//! (data licence CC BY-SA 4.0; sources and attribution in the header of each table in
//! `src/lexicon/freq/`, which `tools/wordfreq/derive.py` regenerates).
//!
//! One lookup answers every language at once: [`lookup`] returns a [`WordFreq`] record
//! with the word's English frequency and its frequency in each [`FreqLang`]. `build.rs`
//! lays the tables out as a static hash table (see `freq/hash.rs`), so nothing is read or
//! built at start-up.
//!
//! Frequencies are on the Zipf scale: log10 of the occurrences per billion words ("the"
//! is about 7.7; 3 is a word seen about once per million words; 1 is the rarest the
//! tables keep). English is kept to 0.1; the source languages in steps of 0.5.
//!
//! Keys are wordfreq's forms: case-folded (ß becomes "ss"), NFC, apostrophe `'`, Arabic
//! vowel marks and tatweel removed. [`fold`] turns a word as written into that form.

mod hash;

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

const TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/word_freq.bin"));

/// A frequency on the Zipf scale, in tenths (45 = Zipf 4.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Zipf(u8);

impl Zipf {
    /// Zipf × 10.
    pub fn tenths(self) -> u8 {
        self.0
    }

    /// The Zipf value.
    pub fn value(self) -> f32 {
        f32::from(self.0) / 10.0
    }
}

/// A language whose word frequencies mtlint has, besides English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FreqLang {
    Fr,
    De,
    Es,
    It,
    Pt,
    Nl,
    Pl,
    Ru,
    Tr,
    Ar,
    Fa,
    Zh,
}

impl FreqLang {
    /// Every language, in record order.
    pub const ALL: [FreqLang; 12] = [
        FreqLang::Fr,
        FreqLang::De,
        FreqLang::Es,
        FreqLang::It,
        FreqLang::Pt,
        FreqLang::Nl,
        FreqLang::Pl,
        FreqLang::Ru,
        FreqLang::Tr,
        FreqLang::Ar,
        FreqLang::Fa,
        FreqLang::Zh,
    ];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            FreqLang::Fr => "fr",
            FreqLang::De => "de",
            FreqLang::Es => "es",
            FreqLang::It => "it",
            FreqLang::Pt => "pt",
            FreqLang::Nl => "nl",
            FreqLang::Pl => "pl",
            FreqLang::Ru => "ru",
            FreqLang::Tr => "tr",
            FreqLang::Ar => "ar",
            FreqLang::Fa => "fa",
            FreqLang::Zh => "zh",
        }
    }

    /// English name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            FreqLang::Fr => "French",
            FreqLang::De => "German",
            FreqLang::Es => "Spanish",
            FreqLang::It => "Italian",
            FreqLang::Pt => "Portuguese",
            FreqLang::Nl => "Dutch",
            FreqLang::Pl => "Polish",
            FreqLang::Ru => "Russian",
            FreqLang::Tr => "Turkish",
            FreqLang::Ar => "Arabic",
            FreqLang::Fa => "Persian",
            FreqLang::Zh => "Chinese",
        }
    }

    /// The language with this ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<FreqLang> {
        FreqLang::ALL.into_iter().find(|l| l.code() == code)
    }

    fn shift(self) -> u32 {
        8 + 4 * self as u32
    }
}

/// What the tables know of one word form: its English frequency and its frequency in
/// each source language (absent where the language's table does not have it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordFreq(u64);

impl WordFreq {
    /// The word's English frequency, to 0.1 (`None`: not among the English forms,
    /// which reach down to Zipf 1.0).
    pub fn english(self) -> Option<Zipf> {
        match self.0 as u8 {
            0 => None,
            z => Some(Zipf(z)),
        }
    }

    /// The word's frequency in `lang`, rounded down to a step of 0.5 (`None`: not among
    /// that language's forms; the header of each table says how far down it reaches).
    pub fn in_lang(self, lang: FreqLang) -> Option<Zipf> {
        match (self.0 >> lang.shift()) & 0xF {
            0 => None,
            q => Some(Zipf(q as u8 * 5 + 5)),
        }
    }

    /// The source languages that have the word, with its frequency in each.
    pub fn source_langs(self) -> impl Iterator<Item = (FreqLang, Zipf)> {
        FreqLang::ALL
            .into_iter()
            .filter_map(move |l| self.in_lang(l).map(|z| (l, z)))
    }

    /// The source language where the word is most frequent (the first in
    /// [`FreqLang::ALL`] order on a tie), or `None` if no source language has it.
    pub fn best_source_lang(self) -> Option<(FreqLang, Zipf)> {
        self.source_langs()
            .fold(None, |best: Option<(FreqLang, Zipf)>, (l, z)| match best {
                Some((_, b)) if b >= z => best,
                _ => Some((l, z)),
            })
    }
}

/// What the tables know of `folded`, a word already in table form (see [`fold`]).
#[inline]
pub fn lookup(folded: &str) -> Option<WordFreq> {
    hash::find(TABLE, hash::word_hash(folded.as_bytes())).map(WordFreq)
}

/// What the tables know of `word` as written: folds it first (no allocation when it is
/// already lowercase ASCII).
pub fn lookup_word(word: &str) -> Option<WordFreq> {
    lookup(&fold(word))
}

/// `word` in the tables' form: NFC, case-folded ("Straße" → "strasse", "İ" → "i"),
/// curly apostrophes as `'`, Arabic vowel marks and tatweel removed.
pub fn fold(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        return Cow::Borrowed(word);
    }
    if word.is_ascii() {
        return Cow::Owned(word.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(word.len());
    for c in word.nfc() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'İ' => out.push('i'),
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            '\u{0640}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
            c if c.is_lowercase() || !c.is_alphabetic() => out.push(c),
            c => out.extend(c.to_lowercase()),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(word: &str) -> Option<u8> {
        lookup(word).and_then(|f| f.english()).map(Zipf::tenths)
    }

    #[test]
    fn the_is_very_frequent_english() {
        let z = en("the").unwrap();
        assert!(z >= 75, "Zipf of 'the' is {z}");
        assert!(en("government").unwrap() > en("regierung").unwrap_or(0));
    }

    #[test]
    fn german_word_is_german_not_english() {
        let f = lookup("regierung").unwrap();
        assert!(f.english().is_none_or(|z| z.tenths() < 20), "{f:?}");
        let (lang, z) = f.best_source_lang().unwrap();
        assert_eq!(lang, FreqLang::De);
        assert!(z.tenths() >= 40, "{z:?}");
        assert!(f.in_lang(FreqLang::Fr).is_none());
    }

    #[test]
    fn informations_is_rare_in_english_common_in_french() {
        let f = lookup("informations").unwrap();
        let en = f.english().unwrap().tenths();
        let fr = f.in_lang(FreqLang::Fr).unwrap().tenths();
        assert!(en < 30, "English Zipf {en}");
        assert!(fr >= 40, "French Zipf {fr}");
        assert_eq!(f.best_source_lang().unwrap().0, FreqLang::Fr);
    }

    #[test]
    fn absent_everywhere_is_none() {
        assert_eq!(lookup("qzxvbnmwq"), None);
        assert_eq!(lookup(""), None);
        assert_eq!(lookup("The"), None, "keys are folded");
    }

    #[test]
    fn non_latin_scripts_are_found() {
        let ru = lookup("правительство").unwrap();
        assert_eq!(ru.best_source_lang().unwrap().0, FreqLang::Ru);
        let ar = lookup("الحكومة").unwrap();
        assert!(ar.in_lang(FreqLang::Ar).is_some());
        let zh = lookup("政府").unwrap();
        assert!(zh.in_lang(FreqLang::Zh).is_some());
        assert!(zh.english().is_none());
    }

    #[test]
    fn english_word_shared_with_sources() {
        // "hotel" is common in English and in most Latin-script source languages.
        let f = lookup("hotel").unwrap();
        assert!(f.english().unwrap().tenths() >= 40);
        assert!(f.in_lang(FreqLang::De).is_some() && f.in_lang(FreqLang::Es).is_some());
    }

    #[test]
    fn folding_matches_the_tables() {
        assert_eq!(fold("the"), "the");
        assert_eq!(fold("The"), "the");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("don\u{2019}t"), "don't");
        assert_eq!(fold("Ünternehmen"), "ünternehmen");
        assert_eq!(fold("ПРАВИТЕЛЬСТВО"), "правительство");
        assert_eq!(fold("الحكــومة"), "الحكومة");
        assert_eq!(fold("e\u{301}té"), "été");
        assert!(
            lookup_word("Straße")
                .unwrap()
                .in_lang(FreqLang::De)
                .is_some()
        );
        assert!(
            lookup_word("Don\u{2019}t")
                .unwrap()
                .english()
                .unwrap()
                .tenths()
                >= 60
        );
    }

    #[test]
    fn codes_round_trip() {
        for l in FreqLang::ALL {
            assert_eq!(FreqLang::from_code(l.code()), Some(l));
        }
        assert_eq!(FreqLang::from_code("en"), None);
    }
}
