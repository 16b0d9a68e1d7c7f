//! Helpers shared by rules.

use crate::document::{Document, TokenKind};

/// Upper-case the first letter of `s`.
pub fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lower-case the first letter of `s`.
pub fn decapitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn starts_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Is every letter of `s` upper-case (and is there at least one)?
pub fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters > 0
}

pub use crate::lexicon::keys::{confusable, fold};

/// The first index at or after `from` whose byte satisfies `pred`. The bytes are
/// folded in chunks of 64 first (a loop the compiler vectorises), so text without any
/// such byte is passed over at a few instructions per chunk.
#[inline]
pub fn next_byte_where(bytes: &[u8], from: usize, pred: impl Fn(u8) -> bool) -> Option<usize> {
    let mut start = from;
    for chunk in bytes.get(from..)?.chunks(64) {
        if chunk.iter().fold(false, |any, &b| any | pred(b)) {
            return chunk.iter().position(|&b| pred(b)).map(|off| start + off);
        }
        start += chunk.len();
    }
    None
}

/// Is token `idx` the first word of its sentence (ignoring opening quotes/brackets)?
pub fn is_sentence_initial(doc: &Document, idx: usize) -> bool {
    let Some(s) = doc
        .sentences
        .get(doc.sentences.partition_point(|s| s.tokens().end <= idx))
    else {
        return false;
    };
    for k in s.tokens() {
        if k == idx {
            return true;
        }
        let t = &doc.tokens[k];
        if t.kind() != TokenKind::Punct {
            return false;
        }
    }
    false
}

/// Words of `s`, lowercased, for comparing headings: letters and digits only, CamelCase
/// joins ("DiplomacyJapan") split, possessive "'s" dropped.
pub fn heading_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    let flush = |cur: &mut String, words: &mut Vec<String>| {
        if !cur.is_empty() {
            let w = std::mem::take(cur);
            let w = w.strip_suffix("'s").map(str::to_string).unwrap_or(w);
            words.push(w);
        }
    };
    for c in s.chars() {
        let c = if c == '\u{2019}' { '\'' } else { c };
        if c.is_alphanumeric() || (c == '\'' && !cur.is_empty()) {
            // Split "DiplomacyJapan" and "Analysis2019" where a kicker was glued on.
            let digit_after_letter =
                c.is_ascii_digit() && cur.chars().next_back().is_some_and(char::is_alphabetic);
            if (c.is_uppercase() && prev_lower) || digit_after_letter {
                flush(&mut cur, &mut words);
            }
            prev_lower = c.is_lowercase();
            cur.extend(c.to_lowercase());
        } else {
            prev_lower = false;
            flush(&mut cur, &mut words);
        }
    }
    flush(&mut cur, &mut words);
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding() {
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("Вlinken"), "blinken");
        assert_eq!(fold("Saâd"), "saad");
    }

    #[test]
    fn heading_word_split() {
        assert_eq!(
            heading_words("DiplomacyJapan and America’s “Strategic Alignment”"),
            vec![
                "diplomacy",
                "japan",
                "and",
                "america",
                "strategic",
                "alignment"
            ]
        );
    }
}
