//! The page-furniture lists (`data/<language code>.tsv`) as static tables laid out by
//! `build.rs`, their lookup, and the normalisation of a line before the lookup.

use crate::lexicon::keys::StaticMap;
use crate::lexicon::{Lang, LangSet};

include!(concat!(env!("OUT_DIR"), "/boilerplate_tables.rs"));

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every phrase the static tables were built from is found again by the lookups (the
    /// layout in build.rs and the probing here agree).
    #[test]
    fn static_tables_find_every_phrase() {
        for (i, key) in BOILERPLATE_EXACT.keys().enumerate() {
            assert_eq!(BOILERPLATE_EXACT.get(key), Some(i));
            let (kind, phrase, _) = boilerplate().lookup(key, LangSet::ALL).unwrap();
            assert!(kind == BoilerplateKind::Exact && phrase == key);
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
}
