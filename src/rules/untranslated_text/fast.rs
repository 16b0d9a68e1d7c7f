//! The evidence pass: does a segment hold anything that points to a source language?
//! Most English segments hold nothing, and this pass settles them without building their
//! words (see [`has_evidence`]). What it buys: the per-word cost of an English article is
//! one or two table probes on bytes already in cache, no lowercasing and no allocation.

use super::lists::{UntranslatedLexicon, untranslated};
use super::words::word_at;
use crate::document::{Document, TokenKind};


/// Does the segment hold ¿ or ¡ or a word with [`Word::evidence`]? The same answer as
/// [`collect_words`] followed by that test, but stopping at the first piece of evidence,
/// and an ASCII word without an apostrophe is looked up as it stands: its only evidence
/// is a strong listed word (a listed letter glued to punctuation is not).
pub(super) fn has_evidence(
    doc: &Document,
    lex: &UntranslatedLexicon,
    seg: std::ops::Range<usize>,
) -> bool {
    let mut buf = [0u8; 64];
    let all = doc.text.as_bytes();
    let strong = strong_set();
    // The tokens as a slice (no bounds check per token); `i` is each one's index.
    for (i, tok) in (seg.start..).zip(&doc.tokens[seg]) {
        let (start, end) = (tok.start as usize, tok.end() as usize);
        let bytes = &all[start..end];
        match tok.kind() {
            TokenKind::Punct => {
                // "¿" or "¡" (C2 BF, C2 A1), compared as bytes.
                if matches!(bytes, [0xc2, 0xbf | 0xa1]) {
                    return true;
                }
                continue;
            }
            TokenKind::Number => continue,
            TokenKind::Word => {}
        }
        if bytes.is_empty() {
            continue;
        }
        // Plain ASCII (no apostrophe), and is it a strong word? Most words are at most
        // eight bytes with eight bytes of text from their start: read once, and both
        // answers come from that one read.
        let (plain, is_strong) = match short_word(all, start, end) {
            Some(w) => {
                let plain = !high_or_apostrophe_in(w);
                (
                    plain,
                    plain && strong.holds(StrongSet::fingerprint_short(w), bytes),
                )
            }
            None => {
                let plain = bytes.len() <= 64 && !high_or_apostrophe(all, start, end);
                (plain, plain && strong.holds_any(bytes))
            }
        };
        if plain {
            // Its only evidence is a strong listed word.
            if is_strong
                && !bytes.iter().any(u8::is_ascii_digit)
                && !(bytes.len() == 1
                    && doc
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| t.glued() && t.kind() == TokenKind::Punct))
            {
                return true;
            }
            continue;
        }
        // An ASCII word with straight or curly apostrophes ("don’t", "Japan's") is
        // evidence only through a listed word or elision prefix ("l'"): without either,
        // word_at would find it English.
        if bytes.len() <= 64
            && let Some(lower) = apostrophe_lower(bytes, &mut buf)
            && lex.word(lower).is_none()
            && lower
                .find('\'')
                .is_some_and(|ap| lex.word(&lower[..ap + 1]).is_none())
        {
            continue;
        }
        // Apostrophes, other letters, long words: as collect_words sees them.
        if word_at(doc, lex, i, false, &mut buf).evidence() {
            return true;
        }
    }
    false
}

/// The bytes of `text[start..end]`, when they are 1 to 8 and `text` holds eight bytes
/// from `start`: one little-endian read, the bytes past `end` masked off (zero).
#[inline]
pub(super) fn short_word(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let n = end - start;
    if n == 0 || n > 8 {
        return None;
    }
    let c = text.get(start..start + 8)?;
    let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
    Some(w & (u64::MAX >> (64 - 8 * n)))
}

/// Does word `w` (bytes read little-endian, unused high bytes zero) hold a byte of a
/// non-ASCII character or an apostrophe?
#[inline]
pub(super) fn high_or_apostrophe_in(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A zero byte of `q` is an apostrophe of `w` (zero bytes become 0x27, not zero).
    let q = w ^ (ONES * u64::from(b'\''));
    (w | (q.wrapping_sub(ONES) & !q)) & HIGH != 0
}

/// Does `text[start..end]` hold a byte of a non-ASCII character or an apostrophe? Eight
/// bytes at a time, read from `text` past `end` when it is there (and masked off).
pub(super) fn high_or_apostrophe(text: &[u8], start: usize, end: usize) -> bool {
    let mut i = start;
    while i < end {
        let n = (end - i).min(8);
        let w = match text.get(i..i + 8) {
            Some(c) => u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
            None => text[i..end]
                .iter()
                .rev()
                .fold(0, |acc, &b| acc << 8 | u64::from(b)),
        };
        // `n` is 1 to 8: keep its bytes.
        if high_or_apostrophe_in(w & (u64::MAX >> (64 - 8 * n))) {
            return true;
        }
        i += 8;
    }
    false
}

/// `word` lowercased as [`lower_into`] does, when it is made of ASCII letters and
/// punctuation and the curly apostrophes ’ ‘ only (no digit, no other character).
pub(super) fn apostrophe_lower<'b>(word: &[u8], buf: &'b mut [u8; 64]) -> Option<&'b str> {
    let mut n = 0;
    let mut i = 0;
    while i < word.len() {
        let b = word[i];
        let out = if b < 0x80 && !b.is_ascii_digit() {
            i += 1;
            b.to_ascii_lowercase()
        } else if let [0xe2, 0x80, 0x98 | 0x99, ..] = word[i..] {
            i += 3;
            b'\''
        } else {
            return None;
        };
        *buf.get_mut(n)? = out;
        n += 1;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// The words that are strong evidence for some language, for the plain ASCII words of
/// the evidence pass: an open-addressing table (linear probing, at most a quarter full)
/// of the keys of at most 16 bytes that are ASCII without capitals, by a fingerprint that
/// ignores case ([`StrongSet::fingerprint`]). A word whose fingerprint is found is
/// compared with the key, case ignored; longer words go to the lexicon.
pub(super) struct StrongSet {
    /// (fingerprint, key); a zero fingerprint (never a key's) marks an empty slot.
    slots: Vec<(u64, &'static str)>,
    /// log2 of the number of slots.
    bits: u32,
}

/// 0x20 in every byte: OR-ed in, it maps an ASCII capital to its lowercase letter.
pub(super) const CASE_BITS: u64 = 0x2020_2020_2020_2020;

impl StrongSet {
    /// The fingerprint of a word of at most eight bytes read little-endian as `w`
    /// (unused high bytes zero, see [`short_word`]): its bytes with case ignored.
    #[inline]
    fn fingerprint_short(w: u64) -> u64 {
        w | CASE_BITS
    }

    /// The fingerprint of `word` (1 to 16 bytes): for up to eight bytes,
    /// [`StrongSet::fingerprint_short`] of its bytes; for more, of its first and of its
    /// last eight bytes, mixed.
    fn fingerprint(word: &[u8]) -> u64 {
        let read = |b: &[u8]| {
            let mut a = [0u8; 8];
            a[..b.len()].copy_from_slice(b);
            Self::fingerprint_short(u64::from_le_bytes(a))
        };
        let n = word.len();
        if n <= 8 {
            read(word)
        } else {
            read(&word[..8]) ^ read(&word[n - 8..]).rotate_left(29) ^ n as u64
        }
    }

    /// Is `word`, with fingerprint `f`, a key (case ignored)? Keys hold no capital, so
    /// this is the lowercased word's equality with a key.
    #[inline]
    fn holds(&self, f: u64, word: &[u8]) -> bool {
        let mask = (1usize << self.bits) - 1;
        let mut k = (f.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - self.bits)) as usize;
        loop {
            let (sf, key) = self.slots[k];
            if sf == 0 {
                return false;
            }
            if sf == f && key.as_bytes().eq_ignore_ascii_case(word) {
                return true;
            }
            k = (k + 1) & mask;
        }
    }

    /// Is the plain ASCII `word` (not empty), lowercased, a strong word: the same answer
    /// as [`UntranslatedLexicon::word_ascii`] with `strong` not empty.
    fn holds_any(&self, word: &[u8]) -> bool {
        if word.len() <= 16 {
            return self.holds(Self::fingerprint(word), word);
        }
        let word = std::str::from_utf8(word).unwrap_or("");
        untranslated()
            .word_ascii(word)
            .is_some_and(|e| e.strong != 0)
    }
}

pub(super) fn strong_set() -> &'static StrongSet {
    static SET: std::sync::OnceLock<StrongSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        // A key with a capital, or not ASCII, never equals a lowercased ASCII word.
        let keys: Vec<&'static str> = untranslated()
            .strong_words()
            .filter(|w| {
                (1..=16).contains(&w.len())
                    && w.is_ascii()
                    && !w.bytes().any(|b| b.is_ascii_uppercase())
            })
            .collect();
        let size = (keys.len() * 4).next_power_of_two().max(16);
        let mut set = StrongSet {
            slots: vec![(0, ""); size],
            bits: size.trailing_zeros(),
        };
        for w in keys {
            let f = StrongSet::fingerprint(w.as_bytes());
            let mut k = (f.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - set.bits)) as usize;
            while set.slots[k].0 != 0 {
                k = (k + 1) & (size - 1);
            }
            set.slots[k] = (f, w);
        }
        set
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn high_or_apostrophe_agrees_with_bytes() {
        let text =
            "l'Europe était déjà là, don't stop: abcdefghijklmnopq'rstuvwxyz’ ok\u{7f}\u{80}";
        let b = text.as_bytes();
        for start in 0..b.len() {
            for end in start..=b.len() {
                let slow = b[start..end].iter().any(|&c| c >= 0x80 || c == b'\'');
                assert_eq!(
                    super::high_or_apostrophe(b, start, end),
                    slow,
                    "{start}..{end}"
                );
            }
        }
    }

    /// The one-read path of has_evidence agrees with the general one: same bytes, same
    /// plain-ASCII answer.
    #[test]
    fn short_word_agrees_with_general_path() {
        let text = "l'Europe était don't ABCdefgh abcdefghi Kultur y el de los \u{7f}x Ño";
        let b = text.as_bytes();
        let mut checked = 0;
        for start in 0..b.len() {
            for end in start..=b.len() {
                let Some(w) = super::short_word(b, start, end) else {
                    assert!(end == start || end - start > 8 || start + 8 > b.len());
                    continue;
                };
                let bytes = &b[start..end];
                let mut read = [0u8; 8];
                read[..bytes.len()].copy_from_slice(bytes);
                assert_eq!(w, u64::from_le_bytes(read));
                let plain = !super::high_or_apostrophe(b, start, end);
                assert_eq!(!super::high_or_apostrophe_in(w), plain, "{start}..{end}");
                checked += 1;
            }
        }
        assert!(checked > 100);
    }

    /// The strong-word set answers as the lexicon does, for every strong word in any case
    /// and place (hashed in place or not), and for other words.
    #[test]
    fn strong_set_agrees_with_lexicon() {
        let lex = super::untranslated();
        let set = super::strong_set();
        let agree = |text: &str, start: usize, end: usize| {
            let word = &text[start..end];
            let expected = lex.word_ascii(word).is_some_and(|e| e.strong != 0);
            let b = text.as_bytes();
            assert_eq!(
                set.holds_any(&b[start..end]),
                expected,
                "{word:?} in {text:?}"
            );
            // The one-read path of has_evidence, where the text allows it.
            if let Some(w) = super::short_word(b, start, end) {
                assert_eq!(
                    set.holds(super::StrongSet::fingerprint_short(w), &b[start..end]),
                    expected,
                    "{word:?} in {text:?}"
                );
            }
            expected
        };
        let mut found = 0;
        for w in lex
            .strong_words()
            .filter(|w| w.is_ascii() && !w.contains('\''))
        {
            for form in [
                w.to_string(),
                w.to_ascii_uppercase(),
                crate::rules::util::capitalize(w),
            ] {
                // At the end of the text (not hashed in place) and inside it.
                found += usize::from(agree(&form, 0, form.len()));
                let padded = format!("x {form} and more text after it");
                found += usize::from(agree(&padded, 2, 2 + form.len()));
            }
        }
        assert!(found > 1000);
        let text = "The minister said that the plan, however, was nevertheless Internationalisation y de el los Kultur abcdefghijklmnopqrstu zz";
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (c.is_ascii_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    agree(text, s, i);
                    start = None;
                }
                _ => {}
            }
        }
    }

    #[test]
    fn apostrophe_lower_as_lower_into() {
        for w in [
            "don't",
            "Don’t",
            "L’Europe",
            "dell‘anno",
            "ab12",
            "été",
            "x'",
            "’",
            "it’s-time",
        ] {
            let (mut a, mut b) = ([0u8; 64], [0u8; 64]);
            let fast = super::apostrophe_lower(w.as_bytes(), &mut a).map(str::to_string);
            let expected = w
                .chars()
                .all(|c| (c.is_ascii() && !c.is_ascii_digit()) || c == '’' || c == '‘')
                .then(|| super::super::words::lower_into(w, &mut b).unwrap().to_string());
            assert_eq!(fast, expected, "{w}");
        }
    }

}
