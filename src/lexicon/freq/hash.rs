//! The layout of the word-frequency table, shared by `build.rs` (which writes the table)
//! and `src/lexicon/freq.rs` (which reads it), so both hash and probe the same way.
//!
//! The table is an array of 12-byte slots, open addressing with linear probing: a slot
//! holds a 32-bit fingerprint of the word's 64-bit hash (low half; 0 marks an empty slot)
//! and the word's 64-bit record, little-endian. A word's first slot comes from the high
//! half of the hash. The table is at most 75 % full, so a probe ends within a few slots.

/// Bytes per slot: fingerprint (4) + record (8).
pub const SLOT: usize = 12;

/// The 64-bit hash of a word's UTF-8 bytes: 8 bytes at a time, each mixed in with a
/// folded multiply (the high and low halves of a 128-bit product, xored, so that a change
/// in any byte reaches every bit), then the 64-bit finaliser of MurmurHash3.
#[inline]
pub fn word_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = fold_mul(h ^ v, K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = fold_mul(h ^ u64::from_le_bytes(buf), K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

#[inline]
fn fold_mul(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

/// The fingerprint stored for a hash: its low 32 bits, never 0 (0 marks an empty slot).
#[inline]
pub fn fingerprint(h: u64) -> u32 {
    (h as u32).max(1)
}

/// The first slot to probe for a hash in a table of `slots` slots (multiply-shift range
/// reduction: uses the high bits, independent of the fingerprint's low bits).
#[inline]
pub fn home(h: u64, slots: usize) -> usize {
    ((u128::from(h) * slots as u128) >> 64) as usize
}

/// The record stored for hash `h` in `table`, if any.
#[inline]
pub fn find(table: &[u8], h: u64) -> Option<u64> {
    let slots = table.len() / SLOT;
    if slots == 0 {
        return None;
    }
    let fp = fingerprint(h);
    let mut i = home(h, slots);
    loop {
        let s = &table[i * SLOT..i * SLOT + SLOT];
        let f = u32::from_le_bytes([s[0], s[1], s[2], s[3]]);
        if f == fp {
            return Some(u64::from_le_bytes([
                s[4], s[5], s[6], s[7], s[8], s[9], s[10], s[11],
            ]));
        }
        if f == 0 {
            return None;
        }
        i += 1;
        if i == slots {
            i = 0;
        }
    }
}
