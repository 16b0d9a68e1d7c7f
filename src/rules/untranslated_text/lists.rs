//! The untranslated-text lists (`data/<language code>.txt`, `data/loans.txt`) as static
//! tables laid out by `build.rs`, and their lookups.

use crate::lexicon::keys::StaticMap;

include!(concat!(env!("OUT_DIR"), "/untranslated_tables.rs"));

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

    /// Every word and loan the static tables were built from is found again by the
    /// lookups (the layout in build.rs and the probing here agree).
    #[test]
    fn static_tables_find_every_key() {
        for (i, key) in UNTRANSLATED_WORDS.keys().enumerate() {
            assert_eq!(untranslated().word(key), Some(UNTRANSLATED_INFO[i]));
        }
        for key in LOANS.keys() {
            assert!(untranslated().loans(key).is_some_and(|p| !p.is_empty()));
        }
        assert_eq!(untranslated().word("zzzz-not-a-word"), None);
    }
}
