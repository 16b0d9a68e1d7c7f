//! `duplicate-paragraph`: a paragraph or sentence printed twice, and repetition loops.

use std::hash::Hasher;

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document, TokenKind};
use crate::lexicon::keys;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct DuplicateParagraph;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::DuplicateParagraph.name(),
    category: "structure",
    default_on: true,
    large_working_set: true,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "A paragraph, sentence or clause printed twice.",
    what: "A paragraph that repeats an earlier one verbatim or with trivial differences (case, punctuation, quotation marks, spacing); a sentence repeated within its paragraph or the next; and a repetition loop, a run of three or more words repeated back to back (\"in the northern region in the northern region\").",
    why: "Scrapers pick up the same paragraph from two places of a page (the teaser and the body), and neural machine translation sometimes loops, emitting a phrase again and again.",
    example: "The ministers met in Tokyo on Wednesday to discuss the new defence pact.\n\nThe talks lasted three hours.\n\nThe ministers met in Tokyo on Wednesday to discuss the new defence pact.",
    use_instead: "The ministers met in Tokyo on Wednesday to discuss the new defence pact.\n\nThe talks lasted three hours.",
    fix_safety: "Safe when the later copy is byte for byte the same (it is deleted with its line); unsafe when it differs in small ways or is a sentence or a looped phrase, where a human should check what goes.",
};

/// A hash of a word, lowercased (’ as '): ASCII words are hashed lowercased as they
/// stand, eight bytes at a time; other words through their lowercase string, with the
/// same hash, so that "don’t" and "don't" still agree.
fn word_hash(word: &str) -> u64 {
    keys::hash_ascii_lower(word.as_bytes())
        .unwrap_or_else(|| keys::hash(&word.to_lowercase().replace('’', "'")))
}

/// All bits set in the top bit of each byte of a word: where non-ASCII bytes show.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `bytes` at `at`, little-endian.
fn load8(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap())
}

/// [`word_hash`] of the word at `start..end` of `text`: most words are short ASCII
/// words, hashed straight from the text by [`keys::hash_short_ascii_lower`].
#[inline]
fn word_hash_at(text: &str, start: usize, end: usize) -> u64 {
    keys::hash_short_ascii_lower(text.as_bytes(), start, end)
        .unwrap_or_else(|| word_hash(&text[start..end]))
}

/// A one-byte fingerprint of a word hash, for the quick loop pretest in
/// [`DuplicateParagraph::loops`]: words with different fingerprints differ. Never 0,
/// the padding after each sentence's fingerprints, which so matches no word.
fn fingerprint(hash: u64) -> u8 {
    ((hash >> 56) as u8).max(1)
}

/// Zero bytes after the fingerprints of each sentence: the loop pretest reads eight
/// fingerprints from three words after any word of the sentence, so up to ten bytes
/// past its last word.
const PADDING: usize = 10;

/// Is `byte` among the eight fingerprints at `fingerprints[at..at + 8]`? Eight bytes
/// are compared at once: after the XOR, a byte is zero where a fingerprint equals
/// `byte`, and the zero-byte test reports a zero byte whenever there is one (its borrow
/// can mark more bytes above a true zero, never a byte when there is none).
fn any_fingerprint_eq(fingerprints: &[u8], at: usize, byte: u8) -> bool {
    const LOW_BITS: u64 = 0x0101_0101_0101_0101;
    let window = load8(fingerprints, at);
    let x = window ^ (LOW_BITS * u64::from(byte));
    x.wrapping_sub(LOW_BITS) & !x & HIGH_BITS != 0
}

/// A word of a paragraph: its span and [`word_hash`].
#[derive(Clone, Copy)]
struct Word {
    start: u32,
    end: u32,
    hash: u64,
}

/// A key for a run of words with trivial differences (case, punctuation, quotes) ignored.
fn key(words: &[Word]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    for w in words {
        h.write_u64(w.hash);
    }
    h.finish()
}

const MIN_PARAGRAPH_WORDS: usize = 8;
const MIN_SENTENCE_WORDS: usize = 6;

impl Rule for DuplicateParagraph {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// One pass over the paragraphs: each word is hashed once, and the hashes serve the
    /// paragraph key, the sentence keys and the loop search.
    fn check(&self, doc: &Document, ctx: &mut Context) {
        // Each paragraph key (split in two halves) and the first block with it (block
        // indexes fit in 32 bits, as text offsets do): twelve
        // bytes an entry where (u64, usize) takes sixteen, for the many paragraphs of a
        // large file.
        let mut seen: rustc_hash::FxHashMap<[u32; 2], u32> = Default::default();
        // Sentences repeated within a paragraph or in the next one. Sets: a paragraph of
        // many thousand sentences must not take quadratic time.
        let mut prev_keys: rustc_hash::FxHashSet<u64> = Default::default();
        let mut keys_here: rustc_hash::FxHashSet<u64> = Default::default();
        let mut prev_block: Option<usize> = None;
        let mut words: Vec<Word> = Vec::new();
        // The [`fingerprint`] of each word of `words`, sentence by sentence, each
        // sentence's followed by [`PADDING`] zero bytes.
        let mut fingerprints: Vec<u8> = Vec::new();
        // For each sentence of the block, the end of its words in `words`.
        let mut sentence_ends: Vec<usize> = Vec::new();
        for (idx, block) in doc.blocks.iter().enumerate() {
            // List items repeat on purpose (a summary list, then the details).
            if block.kind != BlockKind::Paragraph {
                prev_block = None;
                continue;
            }
            words.clear();
            fingerprints.clear();
            sentence_ends.clear();
            let sentences = doc.block_sentences(block);
            for s in sentences {
                for t in doc.sentence_tokens(s) {
                    if t.kind() != TokenKind::Punct {
                        let (start, end) = (t.start, t.end());
                        let hash = word_hash_at(doc.text, start as usize, end as usize);
                        words.push(Word { start, end, hash });
                        fingerprints.push(fingerprint(hash));
                    }
                }
                sentence_ends.push(words.len());
                fingerprints.extend_from_slice(&[0; PADDING]);
            }
            if words.len() >= MIN_PARAGRAPH_WORDS {
                let k = key(&words);
                let k = [k as u32, (k >> 32) as u32];
                if let Some(&first) = seen.get(&k) {
                    let first = first as usize;
                    // A long title line printed twice close together is duplicate-heading's.
                    let title_line =
                        crate::rules::duplicate_heading::long_title_line(doc.block_text(block))
                            && doc.block_text(&doc.blocks[first]) == doc.block_text(block)
                            && crate::rules::duplicate_heading::adjacent(doc, first, idx);
                    if !title_line {
                        self.repeated_paragraph(doc, idx, first, ctx);
                    }
                    prev_block = None;
                    continue;
                }
                seen.insert(k, idx as u32);
            }
            if prev_block != Some(idx.wrapping_sub(1)) {
                prev_keys.clear();
            }
            keys_here.clear();
            let mut from = 0;
            for (si, s) in sentences.iter().enumerate() {
                let sentence_words = &words[from..sentence_ends[si]];
                // The sentence's fingerprints and padding.
                let sentence_fingerprints = &fingerprints[from + si * PADDING..];
                from = sentence_ends[si];
                // Only sentences of MIN_SENTENCE_WORDS words or more are reported, so
                // only theirs are keyed and remembered: a shorter sentence's key could
                // only ever match a longer one's by a 64-bit hash collision.
                if sentence_words.len() < MIN_SENTENCE_WORDS {
                    self.loops(doc, sentence_words, sentence_fingerprints, ctx);
                    continue;
                }
                let k = key(sentence_words);
                if (keys_here.contains(&k) || prev_keys.contains(&k)) && sentences.len() > 1 {
                    let start = if si > 0 {
                        sentences[si - 1].end()
                    } else {
                        s.start()
                    };
                    let end = if si > 0 {
                        s.end()
                    } else {
                        sentences.get(1).map_or(s.end(), |n| n.start())
                    };
                    let fix = Fix::unsafe_(
                        "delete the repeated sentence",
                        vec![Edit::delete(start, end)],
                    );
                    let diag = ctx
                        .diagnostic(s.start(), s.end(), "this sentence is printed twice")
                        .with_fix(fix);
                    ctx.report(diag);
                } else {
                    keys_here.insert(k);
                }
                self.loops(doc, sentence_words, sentence_fingerprints, ctx);
            }
            std::mem::swap(&mut prev_keys, &mut keys_here);
            prev_block = Some(idx);
        }
    }
}

impl DuplicateParagraph {
    fn repeated_paragraph(&self, doc: &Document, idx: usize, first: usize, ctx: &mut Context) {
        let block = &doc.blocks[idx];
        let first_block = &doc.blocks[first];
        let verbatim = doc.block_text(first_block) == doc.block_text(block);
        let line = doc.line_of(first_block.start());
        let removal = doc.block_removal(idx);
        let edits = vec![Edit::delete(removal.start, removal.end)];
        let fix = if verbatim {
            Fix::safe("delete the repeated paragraph", edits)
        } else {
            Fix::unsafe_("delete the near-identical paragraph", edits)
        };
        let message = if verbatim {
            format!("this paragraph repeats the one on line {line}")
        } else {
            format!("this paragraph repeats the one on line {line} with trivial differences")
        };
        let diag = ctx
            .diagnostic(block.start(), block.end(), message)
            .with_fix(fix);
        ctx.report(diag);
    }

    /// A repetition loop: a run of 4-10 words immediately repeated, or of 3 words
    /// repeated three times. Shorter runs are English ("the best of the best", "and on
    /// and on and on").
    ///
    /// `fingerprints` holds the [`fingerprint`] of each word, then [`PADDING`] zero
    /// bytes.
    fn loops(&self, doc: &Document, words: &[Word], fingerprints: &[u8], ctx: &mut Context) {
        let text = |w: &Word| &doc.text[w.start as usize..w.end as usize];
        // Equal hashes, confirmed on the text (case-insensitively), and nothing but
        // spaces between the copies.
        // All the hashes first: the texts are compared only when every word agrees.
        let same = |a: usize, b: usize, n: usize| {
            (0..n).all(|k| words[a + k].hash == words[b + k].hash)
                && (0..n).all(|k| {
                    let (x, y) = (text(&words[a + k]), text(&words[b + k]));
                    if x.is_ascii() && y.is_ascii() {
                        x.eq_ignore_ascii_case(y)
                    } else {
                        x.to_lowercase() == y.to_lowercase()
                    }
                })
                && doc.text[words[b - 1].end as usize..words[b].start as usize]
                    .chars()
                    .all(char::is_whitespace)
        };
        let mut i = 0;
        while i < words.len() {
            let mut found = None;
            // A copy starts 3 to 10 words on with the same first word, or there is none.
            // Their fingerprints, eight bytes read at once, settle most positions; the
            // hashes then settle the rest.
            if !any_fingerprint_eq(fingerprints, i + 3, fingerprints[i]) {
                i += 1;
                continue;
            }
            let first = words[i].hash;
            let window = words.get(i + 3..(i + 11).min(words.len())).unwrap_or(&[]);
            if !window.iter().any(|w| w.hash == first) {
                i += 1;
                continue;
            }
            for n in 3..=10usize {
                let copies = if n >= 4 { 2 } else { 3 };
                if i + copies * n > words.len() {
                    break;
                }
                // Cheap test first: the first word of each copy.
                if words[i + n].hash != first || copies == 3 && words[i + 2 * n].hash != first {
                    continue;
                }
                if (1..copies).all(|c| same(i, i + c * n, n)) {
                    found = Some((n, copies));
                    break;
                }
            }
            if let Some((n, copies)) = found {
                let (start, end) = (
                    words[i + n - 1].end as usize,
                    words[i + copies * n - 1].end as usize,
                );
                let fix = Fix::unsafe_("delete the repeated words", vec![Edit::delete(start, end)]);
                let diag = ctx
                    .diagnostic(
                        words[i + n].start as usize,
                        end,
                        "these words repeat the ones just before them (a repetition loop)",
                    )
                    .with_fix(fix);
                ctx.report(diag);
                i += copies * n;
            } else {
                i += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Format, Settings, lint};

    fn found(text: &str) -> Vec<String> {
        lint(text, Format::Plain, &Settings::default())
            .into_iter()
            .filter(|d| d.rule == "duplicate-paragraph")
            .map(|d| text[d.start()..d.end()].to_string())
            .collect()
    }

    #[test]
    fn paragraphs_sentences_loops() {
        let p = "The council approved the budget for the new harbour on Monday evening.";
        assert_eq!(
            found(&format!("Title\n\n{p}\n\nOther words here.\n\n{p}\n")).len(),
            1
        );
        assert_eq!(
            found("Title\n\nThe vote was held on Monday in the capital. It passed. The vote was held on Monday in the capital.\n").len(),
            1
        );
        assert_eq!(
            found("Title\n\nTrade grew in the northern region in the northern region last year.\n"),
            vec!["in the northern region"]
        );
        assert_eq!(
            found("Title\n\nWe will not we will not we will not yield, he said.\n"),
            vec!["we will not we will not"]
        );
        assert_eq!(
            found("Title\n\nIn the north in the north in the north we saw it.\n"),
            vec!["in the north in the north"]
        );
        assert!(found("Title\n\nShe said it again and again and again, and on and on and on. The best of the best, step by step.\n").is_empty());
    }

    /// The fast path of `word_hash_at` agrees with `word_hash` on every kind of word:
    /// short and long, ASCII or not, near the end of the text or not.
    #[test]
    fn word_hash_fast_path_agrees() {
        let text = "A an THE Don’t don't Ünder über Northern REGION's 2024 x9Y abcdefg ABCDEFGH \
                    naïve Internationale ABCDEFGHIJKLMNO abcdefghijklmnop Überraschungsei \
                    international-ish Q";
        let mut start = 0;
        for word in text.split(' ') {
            let end = start + word.len();
            assert_eq!(
                super::word_hash_at(text, start, end),
                super::word_hash(word),
                "{word}"
            );
            start = end + 1;
        }
        assert_eq!(
            super::word_hash_at("the", 0, 3),
            super::word_hash_at("THE is", 0, 3)
        );
    }

    /// The fingerprint pretest agrees with comparing byte by byte.
    #[test]
    fn any_fingerprint_eq_agrees() {
        let bytes = [7u8, 0, 255, 7, 1, 128, 0x80, 3, 0, 0, 9, 0];
        for at in 0..=4 {
            for byte in [1u8, 3, 7, 9, 128, 255, 2, 0x7f] {
                assert_eq!(
                    super::any_fingerprint_eq(&bytes, at, byte),
                    bytes[at..at + 8].contains(&byte),
                    "{at} {byte}"
                );
            }
        }
    }
}
