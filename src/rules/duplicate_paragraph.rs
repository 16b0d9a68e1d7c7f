//! `duplicate-paragraph`: a paragraph or sentence printed twice, and repetition loops.

use std::hash::Hasher;

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{BlockKind, Document, TokenKind};
use crate::lexicon::keys;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct DuplicateParagraph;

static META: RuleMeta = RuleMeta {
    name: "duplicate-paragraph",
    category: "structure",
    default_on: true,
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
        let mut seen: rustc_hash::FxHashMap<u64, usize> = Default::default();
        // Sentences repeated within a paragraph or in the next one. Sets: a paragraph of
        // many thousand sentences must not take quadratic time.
        let mut prev_keys: rustc_hash::FxHashSet<u64> = Default::default();
        let mut keys_here: rustc_hash::FxHashSet<u64> = Default::default();
        let mut prev_block: Option<usize> = None;
        let mut words: Vec<Word> = Vec::new();
        // For each sentence of the block, the end of its words in `words`.
        let mut sentence_ends: Vec<usize> = Vec::new();
        for (idx, block) in doc.blocks.iter().enumerate() {
            // List items repeat on purpose (a summary list, then the details).
            if block.kind != BlockKind::Paragraph {
                prev_block = None;
                continue;
            }
            words.clear();
            sentence_ends.clear();
            let sentences = doc.block_sentences(block);
            for s in sentences {
                for t in doc.sentence_tokens(s) {
                    if t.kind() != TokenKind::Punct {
                        words.push(Word {
                            start: t.start,
                            end: t.end(),
                            hash: word_hash(doc.token_text(t)),
                        });
                    }
                }
                sentence_ends.push(words.len());
            }
            if words.len() >= MIN_PARAGRAPH_WORDS {
                let k = key(&words);
                if let Some(&first) = seen.get(&k) {
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
                seen.insert(k, idx);
            }
            if prev_block != Some(idx.wrapping_sub(1)) {
                prev_keys.clear();
            }
            keys_here.clear();
            let mut from = 0;
            for (si, s) in sentences.iter().enumerate() {
                let sentence_words = &words[from..sentence_ends[si]];
                from = sentence_ends[si];
                let k = key(sentence_words);
                if sentence_words.len() >= MIN_SENTENCE_WORDS
                    && (keys_here.contains(&k) || prev_keys.contains(&k))
                    && sentences.len() > 1
                {
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
                self.loops(doc, sentence_words, ctx);
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
    fn loops(&self, doc: &Document, words: &[Word], ctx: &mut Context) {
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
            let first = words[i].hash;
            // A copy starts 3 to 10 words on with the same first word, or there is none:
            // one pass over those words settles most positions.
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
        assert!(found("Title\n\nShe said it again and again and again, and on and on and on. The best of the best, step by step.\n").is_empty());
    }
}
