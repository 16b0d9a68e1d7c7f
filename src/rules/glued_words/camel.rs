//! A capital inside a word: a kicker run into a headline ("DiplomacyJapan") or a word
//! run into a name ("theUnited", "ofJapan").

use crate::lexicon::{self, english, freq};

/// Sentence openers: after "word." with no space, they show two sentences were joined; as
/// the second part of "DiplomacyThe", a kicker glued to a headline.
pub(super) const OPENERS: &[&str] = &[
    "a",
    "according",
    "accordingly",
    "after",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "before",
    "both",
    "but",
    "despite",
    "during",
    "each",
    "for",
    "from",
    "furthermore",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "many",
    "meanwhile",
    "moreover",
    "most",
    "nevertheless",
    "on",
    "one",
    "our",
    "she",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "thus",
    "to",
    "today",
    "we",
    "what",
    "when",
    "while",
    "with",
    "yesterday",
    "yet",
];

/// The English frequency (Zipf × 10) of the lowercase word before a capital
/// ("theUnited", "saidJapan"): common words only, so brand names made of a letter or a
/// rare stem ("iPhone", "eBay", "camelCase") and code names ("almostEquals") stay quiet.
const MIN_LOWER_LEFT_ZIPF: u8 = 60;

/// The English frequency (Zipf × 10) of the capitalised part after a lowercase word,
/// unless it is a name of the dictionary.
const MIN_RIGHT_ZIPF: u8 = 35;

/// Split a word of two parts at its one inner capital ("DiplomacyJapan", "theUnited"):
/// letters only, a capital followed by lowercase letters after a lowercase letter.
pub(super) fn camel_split(word: &str) -> Option<usize> {
    let mut chars = word.char_indices();
    let (_, first) = chars.next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let mut split = None;
    let mut prev_lower = first.is_lowercase();
    for (i, c) in chars {
        if c.is_uppercase() {
            if !prev_lower || split.is_some() {
                return None;
            }
            split = Some(i);
            prev_lower = false;
        } else if c.is_lowercase() {
            prev_lower = true;
        } else {
            return None;
        }
    }
    let split = split?;
    // The second part must be a capital followed by lowercase letters.
    (prev_lower && word[split..].chars().count() >= 3).then_some(split)
}

fn is_word_or_name(w: &str) -> bool {
    lexicon::is_english_word_ci(w) || lexicon::is_dictionary_name(w)
}

/// Is `text`, split at `split` (see [`camel_split`]), two words run together?
/// `block_start`: the word opens its block (where kickers are glued to headlines).
pub(super) fn camel_glued(text: &str, split: usize, block_start: bool) -> bool {
    let lower = text.to_lowercase();
    let (left, right) = text.split_at(split);
    if english::contains(english::CAMEL_CASE_NAMES, &lower) || lexicon::is_english_word(&lower) {
        return false;
    }
    if left.starts_with(char::is_lowercase) {
        return lower_then_capital(left, right);
    }
    if left.chars().count() < 4 || !lexicon::is_english_word_ci(left) || !is_word_or_name(right) {
        return false;
    }
    // The second part must start a new phrase: a proper name ("Japan"), or a word that
    // opens a sentence ("The"). Product names join common words ("OpenRefine") and stay
    // quiet.
    let right_lower = right.to_lowercase();
    // A name that is also a common word ("Japan", "Shell") counts only at the start of a
    // block, where kickers are glued to headlines.
    let proper = lexicon::is_dictionary_name(right)
        && (!lexicon::is_english_word(&right_lower) || block_start);
    proper || OPENERS.binary_search(&right_lower.as_str()).is_ok()
}

/// "theUnited", "saidJapan": a common lowercase word, then a name or a word.
fn lower_then_capital(left: &str, right: &str) -> bool {
    if left.len() < 2 {
        return false;
    }
    let zl = freq::lookup_word(left)
        .and_then(|f| f.english())
        .map_or(0, |z| z.tenths());
    if zl < MIN_LOWER_LEFT_ZIPF {
        return false;
    }
    lexicon::is_dictionary_name(right)
        || freq::lookup_word(right)
            .and_then(|f| f.english())
            .is_some_and(|z| z.tenths() >= MIN_RIGHT_ZIPF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_splitting() {
        assert_eq!(camel_split("DiplomacyJapan"), Some(9));
        assert_eq!(camel_split("JavaScript"), Some(4));
        assert_eq!(camel_split("theUnited"), Some(3));
        assert_eq!(camel_split("Japan"), None);
        assert_eq!(camel_split("USA"), None);
        assert_eq!(camel_split("OpenStreetMap"), None);
        assert_eq!(camel_split("iOS"), None);
        assert!(OPENERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lowercase_word_then_name() {
        assert!(camel_glued("theUnited", 3, false));
        assert!(camel_glued("ofJapan", 2, false));
        for w in ["iPhone", "eBay", "camelCase"] {
            let at = camel_split(w).unwrap();
            assert!(!camel_glued(w, at, false), "{w}");
        }
    }
}
