//! The calque lists (`data/<language code>.tsv`) as a static table laid out by
//! `build.rs`, and the matching of their phrases in a text.

use crate::lexicon::keys::{self, StaticMap};
use crate::lexicon::{Lang, LangSet, may_be_word_ci, push_lower_bytes};

include!(concat!(env!("OUT_DIR"), "/calque_tables.rs"));

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
    #[cfg(test)]
    pub fn starts_with_word(&self, lower: &str) -> bool {
        CALQUE_FIRST_WORDS.contains(lower)
    }

    /// Might some calque start with this word? A cheap test on the word's length and its
    /// first and last bytes, before it is hashed: false only when no calque does.
    #[cfg(test)]
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
    #[cfg(test)]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::calque_key;

    /// Every calque the static tables were built from is found again by the lookups (the
    /// layout in build.rs and the probing here agree).
    #[test]
    fn static_tables_find_every_calque() {
        for e in calques().entries {
            let key = calque_key(e.phrase);
            let (found, len) = calques()
                .match_at(key.as_bytes(), e.phrase, LangSet::ALL)
                .unwrap_or_else(|| panic!("calque not found: {}", e.phrase));
            assert!(found.phrase.len() >= e.phrase.len() || len == e.phrase.len());
            assert!(calques().starts_with_word(key.split(' ').next().unwrap()));
        }
        assert!(!calques().starts_with_word("zzzz-not-a-word"));
    }

    #[test]
    fn data_files_parse() {
        for e in calques().entries {
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

    /// The filter before the first-word lookup passes every word the lookup finds.
    #[test]
    fn calque_first_word_filter_passes_every_first_word() {
        let mut buf = Vec::new();
        let text = include_str!("data/fr.tsv").to_string()
            + include_str!("../web_boilerplate/data/en.tsv")
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
    fn calque_prefix_matching() {
        assert_eq!(
            prefix_len_ci("For his part, the", "for his part,"),
            Some(13)
        );
        assert_eq!(prefix_len_ci("country’s view", "country's view"), Some(16));
        assert_eq!(prefix_len_ci("For her", "for his"), None);
    }
}
