//! Word keys shared by the lexicon tables and the rules that look words up in them.
//!
//! This file is also compiled into `build.rs`, which lays out the lexicon tables at build
//! time with the same folding and hashing the lookups use at run time: nothing is parsed
//! or indexed when mtlint starts. It depends on nothing but `std` and
//! `unicode-normalization`.

use unicode_normalization::UnicodeNormalization;

/// Append `word` lowercased, with curly apostrophes as straight ones (ASCII without
/// per-character case tables).
pub fn push_lower(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// Append `word` lowercased to a byte buffer: the same bytes as [`push_lower`], without
/// a heap string per word or a UTF-8 check per lookup (see [`StaticMap::get_bytes`]).
/// ASCII words, nearly all of them, are lowercased byte by byte in one pass.
pub fn push_lower_bytes(out: &mut Vec<u8>, word: &str) {
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
        return;
    }
    let mut utf8 = [0u8; 4];
    for c in word.chars() {
        match c {
            '\u{2019}' | '\u{2018}' => out.push(b'\''),
            _ => {
                for l in c.to_lowercase() {
                    out.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
                }
            }
        }
    }
}

/// A name with its non-ASCII letters removed ("Trkiye" for "Türkiye"): what a scraper
/// that drops such letters leaves.
pub fn strip_non_ascii(name: &str) -> String {
    name.chars().filter(char::is_ascii).collect()
}

/// The index key of a calque phrase: its first two words, lowercase, ’ as ', joined by a
/// space.
pub fn calque_key(phrase: &str) -> String {
    let mut words = phrase
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty());
    let mut key = String::new();
    for w in words.by_ref().take(2) {
        if !key.is_empty() {
            key.push(' ');
        }
        push_lower(&mut key, w);
    }
    key
}

/// Fold a word for comparison: NFD, combining marks removed, a few letters that do not
/// decompose mapped to ASCII, look-alike Cyrillic and Greek letters mapped to Latin,
/// curly apostrophes straightened, lowercase.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let mapped = match c {
            'ı' => 'i',
            'ø' | 'Ø' => 'o',
            'ł' | 'Ł' => 'l',
            'đ' | 'Đ' => 'd',
            'ß' => {
                out.push_str("ss");
                continue;
            }
            '\u{2019}' | '\u{2018}' | '`' | '´' => '\'',
            c => confusable(c).unwrap_or(c),
        };
        out.extend(mapped.to_lowercase());
    }
    out
}

/// The Latin letter a Cyrillic or Greek letter is mistaken for, if any.
pub fn confusable(c: char) -> Option<char> {
    Some(match c {
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'У' => 'Y',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'һ' => 'h',
        'ԁ' => 'd',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Ζ' => 'Z',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Υ' => 'Y',
        'Χ' => 'X',
        'ο' => 'o',
        'ν' => 'v',
        _ => return None,
    })
}

/// The hash the static tables are laid out with: eight bytes per multiply (most keys are
/// one short word, hashed for most words of an article), finished so that the low bits
/// the tables index with depend on every input bit.
pub fn hash(key: &str) -> u64 {
    hash_bytes(key.as_bytes())
}

/// [`hash`] of a key given as bytes.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    hash_words(bytes, |w| w)
}

/// The hash of a two-word key ("first second") from the [`hash`]es of its two words, so
/// that a lookup can hash each word of a text once, in place, and build no key bytes.
pub fn pair_hash(first: u64, second: u64) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let h = (first.rotate_left(23) ^ second).wrapping_mul(K);
    h ^ (h >> 29)
}

/// All bits set in the top bit of each byte of a word: where non-ASCII bytes show.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Eight ASCII bytes (each below 0x80) lowercased at once: a byte gets 0x20 added when
/// it is in 'A'..='Z', found by two additions whose top bits differ only for those
/// bytes (no carry crosses a byte, since every byte is below 0x80).
fn lower_ascii_word(w: u64) -> u64 {
    let at_least_a = w.wrapping_add(0x3f3f_3f3f_3f3f_3f3f); // top bit set from b'A' (0x41)
    let above_z = w.wrapping_add(0x2525_2525_2525_2525); // top bit set from b'[' (0x5b)
    w | (((at_least_a ^ above_z) & HIGH_BITS) >> 2)
}

/// [`hash`] of ASCII `word` lowercased, computed from `word` itself (no lowercase copy);
/// `None` when `word` is not ASCII.
pub fn hash_ascii_lower(word: &[u8]) -> Option<u64> {
    let mut ascii = true;
    let h = hash_words(word, |w| {
        ascii &= w & HIGH_BITS == 0;
        lower_ascii_word(w)
    });
    ascii.then_some(h)
}

/// [`hash_ascii_lower`] of `text[start..end]` when it is an ASCII word of 1 to 15
/// bytes and `text` holds eight bytes from `start` (sixteen for a word of eight bytes or
/// more): the word is read as at most two little-endian words, the bytes past `end`
/// masked off and all of them lowercased at once, instead of a byte at a time. `None`
/// otherwise, whether or not the word is ASCII. Most words of an article take this path.
#[inline]
pub fn hash_short_ascii_lower(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let n = end.checked_sub(start)?;
    if n == 0 || n >= 16 {
        return None;
    }
    let load = |at: usize| {
        let c = text.get(at..at + 8)?;
        Some(u64::from_le_bytes([
            c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
        ]))
    };
    // The word's bytes of its last, partial word (none when `n` is 8).
    let keep = (1u64 << (8 * (n % 8))) - 1;
    let head = load(start)?;
    let (h, tail) = if n < 8 {
        (start_hash(n), head & keep)
    } else {
        let next = load(start + 8)?;
        if head & HIGH_BITS != 0 {
            return None;
        }
        (round(start_hash(n), lower_ascii_word(head)), next & keep)
    };
    if tail & HIGH_BITS != 0 {
        return None;
    }
    Some(finish_hash(h, lower_ascii_word(tail)))
}

/// A word of at most seven bytes as one number: its length in the top byte, then its
/// bytes, first byte highest, so distinct words give distinct numbers. Small word sets
/// fixed at compile time ([`packed_sorted`]) are searched by these integers.
pub const fn pack_short(word: &[u8]) -> u64 {
    assert!(word.len() <= 7);
    let mut v = 0u64;
    let mut i = 0;
    while i < word.len() {
        v = (v << 8) | word[i] as u64;
        i += 1;
    }
    v | ((word.len() as u64) << 56)
}

/// `words` (each at most seven bytes) packed with [`pack_short`] and sorted, at compile
/// time, for an integer binary search.
pub const fn packed_sorted<const N: usize>(words: &[&str]) -> [u64; N] {
    assert!(words.len() == N);
    let mut keys = [0u64; N];
    let mut i = 0;
    while i < N {
        keys[i] = pack_short(words[i].as_bytes());
        let mut j = i;
        while j > 0 && keys[j - 1] > keys[j] {
            let t = keys[j];
            keys[j] = keys[j - 1];
            keys[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    keys
}

/// The state a hash over `len` bytes starts from.
#[inline(always)]
fn start_hash(len: usize) -> u64 {
    (len as u64).wrapping_mul(HASH_K)
}

/// One round of the hash over a whole word of eight bytes.
#[inline(always)]
fn round(h: u64, word: u64) -> u64 {
    (h ^ word).wrapping_mul(HASH_K).rotate_left(29)
}

/// The end of a hash: the last, partial word `tail` mixed into `h` and the result
/// finished so that its low bits depend on every input bit.
#[inline(always)]
fn finish_hash(h: u64, tail: u64) -> u64 {
    let mut h = (h ^ tail).wrapping_mul(HASH_K);
    h ^= h >> 32;
    h = h.wrapping_mul(HASH_K);
    h ^ (h >> 29)
}

/// The multiplier of [`hash`].
const HASH_K: u64 = 0x9e37_79b9_7f4a_7c15;

/// The hash over `bytes` read as little-endian words (the last one padded with zeros),
/// each passed through `map` first.
#[inline(always)]
fn hash_words(bytes: &[u8], mut map: impl FnMut(u64) -> u64) -> u64 {
    let mut h = start_hash(bytes.len());
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let word = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = round(h, map(word));
    }
    let mut tail = 0u64;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        tail |= u64::from(b) << (8 * i);
    }
    finish_hash(h, map(tail))
}

/// A string set or map laid out at build time: open addressing with linear probing over
/// a power-of-two slot table at most half full. A slot is 0 (empty) or holds 1 + the
/// index of a key (low 32 bits) and 32 bits of the key's hash (high bits), so most probes
/// are settled without comparing strings. The keys are one string with their end
/// offsets beside it (no pointer per key, so nothing to relocate when mtlint starts).
/// Values live in arrays parallel to the keys.
pub struct StaticMap {
    pub slots: &'static [u64],
    /// All keys, concatenated.
    pub blob: &'static str,
    /// End offset of each key in `blob` (a key starts where the previous one ends).
    pub ends: &'static [u32],
}

impl StaticMap {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Key number `i`.
    pub fn key(&self, i: usize) -> &'static str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.blob[start..self.ends[i] as usize]
    }

    /// Key number `i`, as bytes (no char-boundary checks).
    fn key_bytes(&self, i: usize) -> &'static [u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.blob.as_bytes()[start..self.ends[i] as usize]
    }

    /// The keys, in index order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        (0..self.len()).map(|i| self.key(i))
    }

    /// The index of `key`, if present.
    pub fn get(&self, key: &str) -> Option<usize> {
        self.get_bytes(key.as_bytes())
    }

    /// The index of the key whose bytes are `key`, if present.
    pub fn get_bytes(&self, key: &[u8]) -> Option<usize> {
        self.probe(hash_bytes(key), |k| k == key)
    }

    /// The index of `word` lowercased as [`push_lower`] does, if present. ASCII words are
    /// hashed and compared as they stand, without a lowercase copy.
    pub fn get_lower(&self, word: &str) -> Option<usize> {
        let bytes = word.as_bytes();
        match hash_ascii_lower(bytes) {
            Some(h) => self.probe(h, |k| {
                k.len() == bytes.len()
                    && k.iter()
                        .zip(bytes)
                        .all(|(&a, b)| a == b.to_ascii_lowercase())
            }),
            None => {
                let mut lower = String::with_capacity(word.len());
                push_lower(&mut lower, word);
                self.get(&lower)
            }
        }
    }

    /// The index of the key with hash `h` (the hash the table was laid out with) for
    /// which `is_key` holds, if any.
    #[inline]
    pub fn get_hashed(&self, h: u64, is_key: impl Fn(&[u8]) -> bool) -> Option<usize> {
        self.probe(h, is_key)
    }

    /// The index of the key with hash `h` for which `is_key` holds, if any.
    #[inline]
    fn probe(&self, h: u64, is_key: impl Fn(&[u8]) -> bool) -> Option<usize> {
        if self.ends.is_empty() {
            return None;
        }
        let tag = h >> 32;
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let s = self.slots[i];
            if s == 0 {
                return None;
            }
            let idx = (s & 0xffff_ffff) as usize - 1;
            if s >> 32 == tag && is_key(self.key_bytes(idx)) {
                return Some(idx);
            }
            i = (i + 1) & mask;
        }
    }

    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A short word hashed in place in its text (read at once) has the hash of the word
    /// alone, wherever it is and whatever follows it.
    #[test]
    fn short_hash_in_place_agrees_with_hash_of_the_word() {
        let text =
            b"For his PART, the Minister-of-State said \xc3\xa9t\xc3\xa9 a ok, INTERNATIONALE";
        let mut checked = 0;
        for start in 0..text.len() {
            for end in start..=text.len() {
                let word = &text[start..end];
                match hash_short_ascii_lower(text, start, end) {
                    Some(h) => {
                        assert_eq!(Some(h), hash_ascii_lower(word), "{start}..{end}");
                        checked += 1;
                    }
                    None => assert!(
                        word.is_empty()
                            || word.len() >= 16
                            || start + if word.len() < 8 { 8 } else { 16 } > text.len()
                            || !word.is_ascii()
                    ),
                }
            }
        }
        assert!(checked > 100);
        // Words of 8 to 15 bytes take the two-word read too.
        assert!(hash_short_ascii_lower(text, 18, 33).is_some());
    }
}
