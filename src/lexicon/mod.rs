//! Data several rules read, compiled into the binary: the languages, the English word
//! and name lists, the hashing of keys (a rule's own lists live in its folder,
//! `rules/<rule>/data/`). Each data file names its source and licence in its header. The phrase and word lists are laid out as static tables by
//! `build.rs` (see [`keys::StaticMap`]): nothing is parsed or indexed at start-up.

pub mod english;
pub mod freq;
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

/// Could `word`, looked up exactly, be one of the ASCII keys whose shapes (lengths per first
/// and last byte `& 31`, laid out by build.rs) are `shapes`? False only when it cannot.
pub(crate) fn may_be_first_word(shapes: &[u32; 1024], word: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn data_lines(data: &'static str) -> impl Iterator<Item = &'static str> {
        data.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
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
}
