//! The names that keep non-ASCII letters in English (`data/diacritic_names.txt`) as a
//! static table laid out by `build.rs`.

use crate::lexicon::keys::StaticMap;
use crate::lexicon::may_be_first_word;

include!(concat!(env!("OUT_DIR"), "/diacritic_tables.rs"));

/// Names that keep non-ASCII letters in English (`data/diacritic_names.txt`), indexed by the
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
