//! The forms (distinct spellings) of a document's names and acronyms, and the distinct
//! words they are made of, with each word's fold and dictionary facts looked up once.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};
use smallvec::SmallVec;

use crate::lexicon::english::is_stop_word;
use crate::lexicon::{self, keys};
use crate::rules::util::fold;

use super::UNSET;
use super::compare::{is_plain_name_token, similar_plain_tokens, single_words_may_be_similar};

/// One spelling of a name and where it occurs. Its text and words are slices of the
/// document (or of a configured canonical name): a form owns no strings, so an article's
/// many distinct spellings cost no allocation each.
pub(super) struct Form<'a> {
    pub(super) text: &'a str,
    /// Acronyms: the key they are grouped under ("U.S." -> "US").
    pub(super) key: Cow<'a, str>,
    /// Names: the words (ids in `Words`) as a range of `Forms::toks`.
    pub(super) toks: (u32, u32),
    /// Where it occurs, in order (none for a configured spelling), u32 offsets: an article
    /// can mention names millions of times. Two stay inline, in the space of a `Vec`.
    pub(super) spans: SmallVec<[(u32, u32); 2]>,
    /// Which occurrences end a sentence with the acronym's full stop ("… the U.S.").
    pub(super) finals: Vec<u32>,
    pub(super) acronym: bool,
}

pub(super) struct Forms<'a> {
    pub(super) forms: Vec<Form<'a>>,
    pub(super) index: FxHashMap<&'a str, u32>,
    /// The words of all name forms one after another (ids in `words`).
    pub(super) toks: Vec<u32>,
    pub(super) words: Words<'a>,
    /// Every mention of a (non-acronym) name as the spans of its words, for comparing
    /// single words across names of different lengths.
    pub(super) mentions: Mentions,
}

/// Name mentions stored flat (a large article holds millions): the word spans of all
/// mentions one after another, and where each mention ends.
#[derive(Default)]
pub(super) struct Mentions {
    pub(super) words: Vec<(u32, u32)>,
    pub(super) ends: Vec<u32>,
}

impl Mentions {
    /// Add a mention of `words`, the last of which ends at `last_end` instead (its
    /// possessive left out).
    pub(super) fn push(&mut self, words: &[(usize, usize)], last_end: usize) {
        self.words
            .extend(words.iter().map(|&(s, e)| (s as u32, e as u32)));
        if let Some(last) = self.words.last_mut() {
            last.1 = last_end as u32;
        }
        self.ends.push(self.words.len() as u32);
    }

    /// Each mention's word spans.
    pub(super) fn iter(&self) -> impl Iterator<Item = &[(u32, u32)]> {
        let mut start = 0usize;
        self.ends.iter().map(move |&end| {
            let m = &self.words[start..end as usize];
            start = end as usize;
            m
        })
    }
}

/// Fold `w` (see [`fold`]) onto the end of `out`; ASCII words without the NFD pass (for
/// ASCII, folding is lowercasing and straightening the backtick).
pub(super) fn fold_into(w: &str, out: &mut String) {
    if w.is_ascii() && !w.contains('`') {
        let start = out.len();
        out.push_str(w);
        out[start..].make_ascii_lowercase();
    } else if w.is_ascii() {
        out.extend(w.bytes().map(|b| {
            if b == b'`' {
                '\''
            } else {
                b.to_ascii_lowercase() as char
            }
        }));
    } else {
        out.push_str(&fold(w));
    }
}

/// Distinct folded words, interned in one string: equal folds get one id.
#[derive(Default)]
pub(super) struct Folds {
    pub(super) text: String,
    /// Where each fold ends in `text` (it starts where the previous one ends).
    pub(super) ends: Vec<u32>,
    /// Hash of a fold -> the last fold with that hash; `next` chains the earlier ones.
    pub(super) heads: FxHashMap<u64, u32>,
    pub(super) next: Vec<u32>,
}

impl Folds {
    pub(super) fn with_capacity(n: usize) -> Folds {
        Folds {
            text: String::with_capacity(n * 8),
            ends: Vec::with_capacity(n),
            heads: FxHashMap::with_capacity_and_hasher(n, FxBuildHasher),
            next: Vec::with_capacity(n),
        }
    }

    pub(super) fn get(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    pub(super) fn intern(&mut self, w: &str) -> u32 {
        let start = self.text.len();
        fold_into(w, &mut self.text);
        let hash = FxBuildHasher.hash_one(&self.text[start..]);
        let head = self.heads.get(&hash).copied().unwrap_or(UNSET);
        let mut cur = head;
        while cur != UNSET {
            if self.get(cur) == &self.text[start..] {
                self.text.truncate(start);
                return cur;
            }
            cur = self.next[cur as usize];
        }
        let id = self.ends.len() as u32;
        self.ends.push(self.text.len() as u32);
        self.next.push(head);
        self.heads.insert(hash, id);
        id
    }
}

/// One distinct word (exact spelling) of the names, with facts looked up once, when first
/// needed.
pub(super) struct Word<'a> {
    pub(super) text: &'a str,
    /// Its fold, an id in `Words::folds` (`UNSET` until needed).
    pub(super) fold: u32,
    /// Its lowercase form is a common English word.
    pub(super) english: Option<bool>,
    /// It is a stop word.
    pub(super) stop: Option<bool>,
    /// It is a dictionary name.
    pub(super) name: Option<bool>,
    /// It is a plain name token ([`is_plain_name_token`]).
    pub(super) plain: Option<bool>,
}

/// Capitalised words that open many sentences and that the leading-word loop of `collect`
/// always drops: each is a common word (an English word, not a dictionary name) or a stop
/// word, which the unit test `leading_common_words_are_common` checks against the
/// lexicon. A leading word found here is dropped without a word-table lookup.
pub(super) const LEADING_COMMON_WORDS: &[&str] = &[
    "A", "I", "About", "After", "All", "Also", "An", "And", "Any", "As", "At", "Because", "But",
    "By", "Each", "Even", "For", "From", "He", "Her", "His", "How", "If", "In", "Is", "It", "Its",
    "Many", "More", "Most", "My", "No", "Not", "Now", "Of", "On", "One", "Or", "Our", "She", "So",
    "Some", "That", "The", "Their", "There", "These", "They", "This", "Those", "To", "We", "What",
    "When", "Where", "Which", "While", "Who", "Why", "With", "You", "Your",
];

/// [`LEADING_COMMON_WORDS`] packed ([`keys::pack_short`]) and sorted, for an integer binary
/// search.
pub(super) const LEADING_COMMON_KEYS: [u64; LEADING_COMMON_WORDS.len()] =
    keys::packed_sorted(LEADING_COMMON_WORDS);

/// Is `w` (exact spelling) one of [`LEADING_COMMON_WORDS`]?
pub(super) fn is_leading_common_word(w: &str) -> bool {
    w.len() <= 7
        && LEADING_COMMON_KEYS
            .binary_search(&keys::pack_short(w.as_bytes()))
            .is_ok()
}

/// `f` of the lowercase form of `text` (ASCII lowercased into the scratch `lower`).
pub(super) fn with_lowercase<R>(text: &str, lower: &mut String, f: impl FnOnce(&str) -> R) -> R {
    if text.is_ascii() {
        lower.clear();
        lower.push_str(text);
        lower.make_ascii_lowercase();
        f(lower)
    } else {
        f(&text.to_lowercase())
    }
}

/// The number of characters of `s`.
pub(super) fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl Word<'_> {
    /// Its lowercase form is a common English word (`lexicon::is_english_word_ci`).
    pub(super) fn english(&mut self, lower: &mut String) -> bool {
        let text = self.text;
        *self
            .english
            .get_or_insert_with(|| with_lowercase(text, lower, lexicon::is_english_word))
    }

    /// It is a stop word ([`is_stop_word`]).
    pub(super) fn stop(&mut self) -> bool {
        let text = self.text;
        *self.stop.get_or_insert_with(|| is_stop_word(text))
    }

    pub(super) fn name(&mut self) -> bool {
        let text = self.text;
        *self
            .name
            .get_or_insert_with(|| lexicon::is_dictionary_name(text))
    }

    /// A dictionary name or (lowercased) an English word.
    pub(super) fn known(&mut self, lower: &mut String) -> bool {
        self.name() || self.english(lower)
    }
}

/// Each distinct word of the document's names: its fold and dictionary facts.
#[derive(Default)]
pub(super) struct Words<'a> {
    pub(super) ids: FxHashMap<&'a str, u32>,
    pub(super) words: Vec<Word<'a>>,
    pub(super) folds: Folds,
    /// Scratch for lowercasing.
    pub(super) lower: String,
}

impl<'a> Words<'a> {
    pub(super) fn with_capacity(n: usize) -> Words<'a> {
        Words {
            ids: FxHashMap::with_capacity_and_hasher(n, FxBuildHasher),
            words: Vec::with_capacity(n),
            folds: Folds::with_capacity(n / 2),
            lower: String::new(),
        }
    }

    pub(super) fn id(&mut self, w: &'a str) -> u32 {
        // One hash of `w` whether it is new or not.
        match self.ids.entry(w) {
            Entry::Occupied(e) => *e.get(),
            Entry::Vacant(e) => {
                let id = self.words.len() as u32;
                self.words.push(Word {
                    text: w,
                    fold: UNSET,
                    english: None,
                    stop: None,
                    name: None,
                    plain: None,
                });
                e.insert(id);
                id
            }
        }
    }

    pub(super) fn text(&self, id: u32) -> &'a str {
        self.words[id as usize].text
    }

    /// The word's fold id.
    pub(super) fn fold(&mut self, id: u32) -> u32 {
        let word = &self.words[id as usize];
        if word.fold != UNSET {
            return word.fold;
        }
        let f = self.folds.intern(word.text);
        self.words[id as usize].fold = f;
        f
    }

    pub(super) fn english(&mut self, id: u32) -> bool {
        self.words[id as usize].english(&mut self.lower)
    }

    pub(super) fn stop(&mut self, id: u32) -> bool {
        self.words[id as usize].stop()
    }

    pub(super) fn name(&mut self, id: u32) -> bool {
        self.words[id as usize].name()
    }

    /// An ordinary English word that is not also a dictionary name.
    pub(super) fn common(&mut self, id: u32) -> bool {
        self.english(id) && !self.name(id)
    }

    pub(super) fn plain(&mut self, id: u32) -> bool {
        let word = &mut self.words[id as usize];
        *word
            .plain
            .get_or_insert_with(|| is_plain_name_token(word.text))
    }

    /// [`similar_tokens`] of two words whose folds were looked up.
    pub(super) fn similar(&mut self, a: u32, b: u32, multi: bool) -> bool {
        let (fa, fb) = (self.words[a as usize].fold, self.words[b as usize].fold);
        if !multi
            && fa != fb
            && !single_words_may_be_similar(self.folds.get(fa), self.folds.get(fb))
        {
            return false;
        }
        if !self.plain(a) || !self.plain(b) {
            return false;
        }
        let (ta, tb) = (self.text(a), self.text(b));
        // The folds live in `self.folds`, which `known` does not touch: split the borrow.
        let Words {
            words,
            folds,
            lower,
            ..
        } = self;
        let (fa, fb) = (folds.get(fa), folds.get(fb));
        let known = |first: bool| words[if first { a } else { b } as usize].known(lower);
        similar_plain_tokens(ta, tb, fa, fb, multi, known)
    }
}

impl<'a> Forms<'a> {
    /// Record a mention of `text`, creating its form with `make` when new.
    pub(super) fn add(
        &mut self,
        text: &'a str,
        make: impl FnOnce(&mut Self) -> Form<'a>,
        span: (usize, usize),
        sentence_final: bool,
    ) -> usize {
        let id = match self.index.get(text) {
            Some(&id) => id as usize,
            None => {
                let id = self.forms.len();
                let form = make(self);
                self.forms.push(form);
                self.index.insert(text, id as u32);
                id
            }
        };
        let f = &mut self.forms[id];
        if sentence_final {
            f.finals.push(f.spans.len() as u32);
        }
        f.spans.push((span.0 as u32, span.1 as u32));
        id
    }

    /// A new name form of the words `words` (their folds looked up).
    pub(super) fn name_form(
        &mut self,
        text: &'a str,
        words: impl Iterator<Item = &'a str>,
    ) -> Form<'a> {
        let start = self.toks.len() as u32;
        for w in words {
            let id = self.words.id(w);
            self.words.fold(id);
            self.toks.push(id);
        }
        Form {
            text,
            key: Cow::Borrowed(""),
            toks: (start, self.toks.len() as u32),
            spans: SmallVec::new(),
            finals: Vec::new(),
            acronym: false,
        }
    }
}

pub(super) fn acronym_form<'a>(text: &'a str, key: Cow<'a, str>) -> Form<'a> {
    Form {
        text,
        key,
        toks: (0, 0),
        spans: SmallVec::new(),
        finals: Vec::new(),
        acronym: true,
    }
}

/// The first eight bytes of `s`, big-endian and zero-padded. Ordering strings by it and,
/// on a tie, by the strings themselves is their string order: the key never orders two
/// strings against it, and most comparisons end at the integers.
pub(super) fn order_key(s: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = s.len().min(8);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(b)
}
