//! `inconsistent-name`: one person, place or organisation spelled several ways.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::hash::BuildHasher;

use rustc_hash::{FxBuildHasher, FxHashMap};
use smallvec::SmallVec;

use crate::diagnostic::{Edit, Fix, Severity};
use crate::document::{Document, TokenKind};
use crate::lexicon::english::is_stop_word;
use crate::lexicon::{self, keys};
use crate::rules::util::{fold, is_all_caps, is_sentence_initial, starts_uppercase};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

mod transliterations;

pub struct InconsistentName;

/// `[rules.inconsistent-name]`.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameOptions {
    /// The spellings to keep: the other spellings of these names are reported.
    #[serde(default)]
    pub canonical: Vec<String>,
}

impl crate::rules::Options for NameOptions {
    fn describe(&self) -> Vec<(&'static str, String)> {
        if self.canonical.is_empty() {
            return Vec::new();
        }
        vec![("canonical", self.canonical.join(", "))]
    }
}

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::InconsistentName.name(),
    category: "names",
    default_on: true,
    large_working_set: true,
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    summary: "One name spelled several ways in the same article.",
    what: "The same person, place or organisation spelled differently within one article: spelling and transliteration variants (\"Anthony Blinken\" / \"Antony Blinken\", \"Zelensky\" / \"Zelenskyy\"), missing or extra diacritics (\"Sanchez\" / \"Sánchez\"), look-alike letters from another script (a Cyrillic \"В\" in \"Вlinken\"), capitals (\"Biden\" / \"BIDEN\"), and acronym styles (\"US\" / \"U.S.\"). The canonical spelling is the first listed in `[rules.inconsistent-name] canonical` that matches, else the most frequent spelling, ties to the first; every other spelling is reported.",
    why: "Each sentence is translated on its own, so a name can come out transliterated one way in one sentence and another way in the next; human editors of the source and of the translation also mix conventions, and a majority vote can pick the wrong one.",
    example: "Antony Blinken met his counterpart. Later, Anthony Blinken said the U.S. and Japan agreed, and the US would act.",
    use_instead: "Antony Blinken met his counterpart. Later, Antony Blinken said the US and Japan agreed, and the US would act.",
    fix_safety: "Unsafe: rewrites the mention to the canonical spelling. With no canonical list, the majority can be wrong (\"Anthony\" twice, \"Antony\" once), so list the right spelling in mtlint.toml and review each change.",
};

/// Connecting particles inside names ("Charles de Gaulle", "Bashar al Assad").
const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "van",
    "von",
];

/// How many neighbours (in sorted order) a spelling is compared with, keeping the rule
/// linear in the number of names.
const WINDOW: usize = 8;

/// "Not yet looked up" / "none" for u32 ids.
const UNSET: u32 = u32::MAX;

/// One spelling of a name and where it occurs. Its text and words are slices of the
/// document (or of a configured canonical name): a form owns no strings, so an article's
/// many distinct spellings cost no allocation each.
struct Form<'a> {
    text: &'a str,
    /// Acronyms: the key they are grouped under ("U.S." -> "US").
    key: Cow<'a, str>,
    /// Names: the words (ids in `Words`) as a range of `Forms::toks`.
    toks: (u32, u32),
    /// Where it occurs, in order (none for a configured spelling), u32 offsets: an article
    /// can mention names millions of times. Two stay inline, in the space of a `Vec`.
    spans: SmallVec<[(u32, u32); 2]>,
    /// Which occurrences end a sentence with the acronym's full stop ("… the U.S.").
    finals: Vec<u32>,
    acronym: bool,
}

struct Forms<'a> {
    forms: Vec<Form<'a>>,
    index: FxHashMap<&'a str, u32>,
    /// The words of all name forms one after another (ids in `words`).
    toks: Vec<u32>,
    words: Words<'a>,
    /// Every mention of a (non-acronym) name as the spans of its words, for comparing
    /// single words across names of different lengths.
    mentions: Mentions,
}

/// Name mentions stored flat (a large article holds millions): the word spans of all
/// mentions one after another, and where each mention ends.
#[derive(Default)]
struct Mentions {
    words: Vec<(u32, u32)>,
    ends: Vec<u32>,
}

impl Mentions {
    /// Add a mention of `words`, the last of which ends at `last_end` instead (its
    /// possessive left out).
    fn push(&mut self, words: &[(usize, usize)], last_end: usize) {
        self.words
            .extend(words.iter().map(|&(s, e)| (s as u32, e as u32)));
        if let Some(last) = self.words.last_mut() {
            last.1 = last_end as u32;
        }
        self.ends.push(self.words.len() as u32);
    }

    /// Each mention's word spans.
    fn iter(&self) -> impl Iterator<Item = &[(u32, u32)]> {
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
fn fold_into(w: &str, out: &mut String) {
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
struct Folds {
    text: String,
    /// Where each fold ends in `text` (it starts where the previous one ends).
    ends: Vec<u32>,
    /// Hash of a fold -> the last fold with that hash; `next` chains the earlier ones.
    heads: FxHashMap<u64, u32>,
    next: Vec<u32>,
}

impl Folds {
    fn with_capacity(n: usize) -> Folds {
        Folds {
            text: String::with_capacity(n * 8),
            ends: Vec::with_capacity(n),
            heads: FxHashMap::with_capacity_and_hasher(n, FxBuildHasher),
            next: Vec::with_capacity(n),
        }
    }

    fn get(&self, id: u32) -> &str {
        let i = id as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn intern(&mut self, w: &str) -> u32 {
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
struct Word<'a> {
    text: &'a str,
    /// Its fold, an id in `Words::folds` (`UNSET` until needed).
    fold: u32,
    /// Its lowercase form is a common English word.
    english: Option<bool>,
    /// It is a stop word.
    stop: Option<bool>,
    /// It is a dictionary name.
    name: Option<bool>,
    /// It is a plain name token ([`is_plain_name_token`]).
    plain: Option<bool>,
}

/// Capitalised words that open many sentences and that the leading-word loop of `collect`
/// always drops: each is a common word (an English word, not a dictionary name) or a stop
/// word, which the unit test `leading_common_words_are_common` checks against the
/// lexicon. A leading word found here is dropped without a word-table lookup.
const LEADING_COMMON_WORDS: &[&str] = &[
    "A", "I", "About", "After", "All", "Also", "An", "And", "Any", "As", "At", "Because", "But",
    "By", "Each", "Even", "For", "From", "He", "Her", "His", "How", "If", "In", "Is", "It", "Its",
    "Many", "More", "Most", "My", "No", "Not", "Now", "Of", "On", "One", "Or", "Our", "She", "So",
    "Some", "That", "The", "Their", "There", "These", "They", "This", "Those", "To", "We", "What",
    "When", "Where", "Which", "While", "Who", "Why", "With", "You", "Your",
];

/// [`LEADING_COMMON_WORDS`] packed ([`keys::pack_short`]) and sorted, for an integer binary
/// search.
const LEADING_COMMON_KEYS: [u64; LEADING_COMMON_WORDS.len()] =
    keys::packed_sorted(LEADING_COMMON_WORDS);

/// Is `w` (exact spelling) one of [`LEADING_COMMON_WORDS`]?
fn is_leading_common_word(w: &str) -> bool {
    w.len() <= 7
        && LEADING_COMMON_KEYS
            .binary_search(&keys::pack_short(w.as_bytes()))
            .is_ok()
}

/// `f` of the lowercase form of `text` (ASCII lowercased into the scratch `lower`).
fn with_lowercase<R>(text: &str, lower: &mut String, f: impl FnOnce(&str) -> R) -> R {
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
fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl Word<'_> {
    /// Its lowercase form is a common English word (`lexicon::is_english_word_ci`).
    fn english(&mut self, lower: &mut String) -> bool {
        let text = self.text;
        *self
            .english
            .get_or_insert_with(|| with_lowercase(text, lower, lexicon::is_english_word))
    }

    /// It is a stop word ([`is_stop_word`]).
    fn stop(&mut self) -> bool {
        let text = self.text;
        *self.stop.get_or_insert_with(|| is_stop_word(text))
    }

    fn name(&mut self) -> bool {
        let text = self.text;
        *self
            .name
            .get_or_insert_with(|| lexicon::is_dictionary_name(text))
    }

    /// A dictionary name or (lowercased) an English word.
    fn known(&mut self, lower: &mut String) -> bool {
        self.name() || self.english(lower)
    }
}

/// Each distinct word of the document's names: its fold and dictionary facts.
#[derive(Default)]
struct Words<'a> {
    ids: FxHashMap<&'a str, u32>,
    words: Vec<Word<'a>>,
    folds: Folds,
    /// Scratch for lowercasing.
    lower: String,
}

impl<'a> Words<'a> {
    fn with_capacity(n: usize) -> Words<'a> {
        Words {
            ids: FxHashMap::with_capacity_and_hasher(n, FxBuildHasher),
            words: Vec::with_capacity(n),
            folds: Folds::with_capacity(n / 2),
            lower: String::new(),
        }
    }

    fn id(&mut self, w: &'a str) -> u32 {
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

    fn text(&self, id: u32) -> &'a str {
        self.words[id as usize].text
    }

    /// The word's fold id.
    fn fold(&mut self, id: u32) -> u32 {
        let word = &self.words[id as usize];
        if word.fold != UNSET {
            return word.fold;
        }
        let f = self.folds.intern(word.text);
        self.words[id as usize].fold = f;
        f
    }

    fn english(&mut self, id: u32) -> bool {
        self.words[id as usize].english(&mut self.lower)
    }

    fn stop(&mut self, id: u32) -> bool {
        self.words[id as usize].stop()
    }

    fn name(&mut self, id: u32) -> bool {
        self.words[id as usize].name()
    }

    /// An ordinary English word that is not also a dictionary name.
    fn common(&mut self, id: u32) -> bool {
        self.english(id) && !self.name(id)
    }

    fn plain(&mut self, id: u32) -> bool {
        let word = &mut self.words[id as usize];
        *word
            .plain
            .get_or_insert_with(|| is_plain_name_token(word.text))
    }

    /// [`similar_tokens`] of two words whose folds were looked up.
    fn similar(&mut self, a: u32, b: u32, multi: bool) -> bool {
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
    fn add(
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
    fn name_form(&mut self, text: &'a str, words: impl Iterator<Item = &'a str>) -> Form<'a> {
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

fn acronym_form<'a>(text: &'a str, key: Cow<'a, str>) -> Form<'a> {
    Form {
        text,
        key,
        toks: (0, 0),
        spans: SmallVec::new(),
        finals: Vec::new(),
        acronym: true,
    }
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
}

/// Is `b` a plural or a derived adjective of `a` ("Africa" / "African", "Python" /
/// "Pythons")?
fn is_derived_from(a: &str, b: &str) -> bool {
    b.strip_prefix(a)
        .is_some_and(|rest| matches!(rest, "s" | "es" | "n" | "an" | "ian" | "ese" | "ish" | "i"))
}

/// Names with digits or inner capitals ("Python3", "HackR") are product names: spelled
/// as their owners like, not variants.
fn is_plain_name_token(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return !b.iter().any(u8::is_ascii_digit) && !b.iter().skip(1).any(u8::is_ascii_uppercase)
            || is_all_caps(s);
    }
    !s.chars().any(|c| c.is_ascii_digit()) && !s.chars().skip(1).any(char::is_uppercase)
        || is_all_caps(s)
}

/// Are two single name tokens (raw) spellings of the same name? (The rule asks
/// [`Words::similar`], which looks each word's facts up once.)
#[cfg(test)]
fn similar_tokens(a: &str, b: &str, fa: &str, fb: &str, multi: bool) -> bool {
    is_plain_name_token(a)
        && is_plain_name_token(b)
        && similar_plain_tokens(a, b, fa, fb, multi, |first| {
            let x = if first { a } else { b };
            lexicon::is_dictionary_name(x) || lexicon::is_english_word(&x.to_lowercase())
        })
}

/// [`similar_tokens`] for two plain name tokens; `known(true)` tells whether `a` is a
/// dictionary name or (lowercased) English word, `known(false)` the same of `b`.
fn similar_plain_tokens(
    a: &str,
    b: &str,
    fa: &str,
    fb: &str,
    multi: bool,
    mut known: impl FnMut(bool) -> bool,
) -> bool {
    if fa == fb {
        // Same letters: differs by diacritics, look-alike letters or case. A case-only
        // difference counts when one side is written in capitals ("BIDEN"), for words
        // long enough not to be acronyms ("UNIX" / "Unix" is a house style).
        if a.to_lowercase() == b.to_lowercase() {
            return is_all_caps(a) != is_all_caps(b) && char_len(a) >= 5;
        }
        return a != b;
    }
    let (la, lb) = (char_len(fa), char_len(fb));
    let min = la.min(lb);
    if min < 5 || is_derived_from(fa, fb) || is_derived_from(fb, fa) {
        return false;
    }
    // Transliterations may differ in the first letter ("Oleksandr" / "Aleksandr") when the
    // rest of the name agrees; single names must share it.
    if fa.chars().next() != fb.chars().next() && !multi {
        return false;
    }
    // A people's adjective is not a spelling of its country ("Turkish" / "Turkiye").
    let demonym = |x: &str| {
        ["ish", "ian", "ese", "ic", "ean"]
            .iter()
            .any(|s| x.ends_with(s))
    };
    if demonym(fa) != demonym(fb) {
        return false;
    }
    // "Daniel" / "Daniela", "Paul" / "Paula": a vowel added at the end makes another name.
    let gendered = |short: &str, long: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| matches!(rest, "a" | "e" | "o"))
    };
    if gendered(fa, fb) || gendered(fb, fa) {
        return false;
    }
    if multi && translated_surname(a, b, fa, fb) {
        return true;
    }
    let dist = levenshtein(fa, fb);
    if known(true) && known(false) {
        // Two dictionary names differing by a substitution are usually two names
        // ("Maria" / "Mario"); an inserted or dropped letter is a spelling variant
        // ("Anthony" / "Antony") when the rest of the name agrees.
        return multi && dist == 1 && la != lb;
    }
    let max = la.max(lb);
    if multi {
        dist <= if max >= 8 { 2 } else { 1 }
    } else {
        if min < 6 {
            return false;
        }
        // Shared start, so "Austria" never meets "Australia".
        fb.starts_with(fold_prefix(fa)) && dist <= if max >= 7 { 2 } else { 1 }
    }
}

/// The first three characters of a fold (all of it when shorter).
fn fold_prefix(f: &str) -> &str {
    f.char_indices().nth(3).map_or(f, |(i, _)| &f[..i])
}

/// A necessary condition of [`similar_plain_tokens`] for single-word names with
/// different folds, cheap enough to ask before anything else: both folds have at least
/// six characters and share their first three. (Every way that function can answer
/// true for such a pair passes both tests; most pairs of neighbouring names fail them.)
fn single_words_may_be_similar(fa: &str, fb: &str) -> bool {
    char_len(fa).min(char_len(fb)) >= 6 && fb.starts_with(fold_prefix(fa))
}

/// The first eight bytes of `s`, big-endian and zero-padded. Ordering strings by it and,
/// on a tie, by the strings themselves is their string order: the key never orders two
/// strings against it, and most comparisons end at the integers.
fn order_key(s: &str) -> u64 {
    let mut b = [0u8; 8];
    let n = s.len().min(8);
    b[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(b)
}

/// Edit distance in characters (as `strsim::levenshtein`), for two ASCII words of up
/// to 63 bytes without allocating.
fn levenshtein(a: &str, b: &str) -> usize {
    const MAX: usize = 63;
    if !(a.is_ascii() && b.is_ascii() && b.len() <= MAX) {
        return strsim::levenshtein(a, b);
    }
    let b = b.as_bytes();
    // row[j]: distance between the prefix of `a` read so far and b[..j].
    let mut row = [0usize; MAX + 1];
    for (j, r) in row.iter_mut().enumerate().take(b.len() + 1) {
        *r = j;
    }
    for (i, &ca) in a.as_bytes().iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let sub = diag + usize::from(ca != cb);
            diag = row[j + 1];
            row[j + 1] = sub.min(diag + 1).min(row[j] + 1);
        }
    }
    row[b.len()]
}

/// A surname translated as a common word in one mention ("Mario Draghi" / "Mario
/// Dragons"): one spelling is an ordinary English word, the other is not a word at all,
/// and they share their first four letters. Called for multi-word names only, where the
/// other words of the name agree.
fn translated_surname(a: &str, b: &str, fa: &str, fb: &str) -> bool {
    let common =
        |x: &str| lexicon::is_english_word(&x.to_lowercase()) && !lexicon::is_dictionary_name(x);
    // Not a word, nor an inflection of one ("Carpentries" of "carpentry").
    let foreign = |x: &str| {
        let l = x.to_lowercase();
        let stems = [
            l.strip_suffix("ies").map(|s| format!("{s}y")),
            l.strip_suffix("es").map(str::to_string),
            l.strip_suffix('s').map(str::to_string),
        ];
        x.chars().all(char::is_alphabetic)
            && !lexicon::is_english_word(&l)
            && !stems.iter().flatten().any(|s| lexicon::is_english_word(s))
    };
    let prefix = |x: &str| x.chars().take(4).collect::<String>();
    char_len(fa) >= 5
        && char_len(fb) >= 5
        && prefix(fa) == prefix(fb)
        && !fa.starts_with(fb)
        && !fb.starts_with(fa)
        && ((common(a) && foreign(b)) || (common(b) && foreign(a)))
}

fn similar_forms(toks: &[u32], words: &mut Words<'_>, a: &Form<'_>, b: &Form<'_>) -> bool {
    if a.acronym || b.acronym {
        return false;
    }
    let ta = &toks[a.toks.0 as usize..a.toks.1 as usize];
    let tb = &toks[b.toks.0 as usize..b.toks.1 as usize];
    if ta.len() != tb.len() {
        return false;
    }
    let multi = ta.len() > 1;
    let mut diff = None;
    for i in 0..ta.len() {
        // Word ids are equal exactly when the spellings are.
        if ta[i] != tb[i] {
            if diff.is_some() {
                // More than one token differs: allowed only when all differences are
                // diacritics or look-alike letters.
                return ta
                    .iter()
                    .zip(tb)
                    .all(|(&x, &y)| words.words[x as usize].fold == words.words[y as usize].fold);
            }
            diff = Some(i);
        }
    }
    let Some(i) = diff else {
        return false;
    };
    words.similar(ta[i], tb[i], multi)
}

/// Long forms of country and organisation acronyms that name the same thing as the short
/// form when used as a noun with the article ("the USA" / "the US", "the UNO" / "the UN"):
/// a translation from languages that use the long form keeps it in some sentences only.
/// Without the article ("Virginia, USA", "Team USA") the long form is an address or a
/// fixed name, and stays apart.
const ACRONYM_ALIASES: &[(&str, &str)] = &[("UNO", "UN"), ("USA", "US")];

/// The key an undotted acronym is grouped under: its long form mapped to the short one
/// after "the".
fn acronym_alias<'a>(text: &'a str, prev_word: Option<&str>) -> Cow<'a, str> {
    if prev_word.is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && let Some(&(_, short)) = ACRONYM_ALIASES.iter().find(|(long, _)| *long == text)
    {
        return Cow::Borrowed(short);
    }
    acronym_key(text)
}

/// The undotted form of a dotted acronym ("U.S." -> "US").
fn acronym_key(s: &str) -> Cow<'_, str> {
    if s.contains('.') {
        Cow::Owned(s.chars().filter(|c| *c != '.').collect())
    } else {
        Cow::Borrowed(s)
    }
}

fn collect<'a>(doc: &'a Document, forms: &mut Forms<'a>) {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let toks = &doc.tokens;
    for block in &doc.blocks {
        let block_text = doc.block_text(block);
        if is_all_caps(block_text) {
            continue;
        }
        let range = block.tokens();
        let mut i = range.start;
        while i < range.end {
            // Every acronym and name starts with a word whose first letter is a capital:
            // most tokens (lower-case words, numbers, punctuation) are passed over in one
            // scan, on their first byte when it is ASCII, without slicing out their text.
            let bytes = doc.text.as_bytes();
            let Some(skip) = toks[i..range.end].iter().position(|t| {
                t.kind() == TokenKind::Word && {
                    let b = bytes[t.start as usize];
                    !b.is_ascii() || b.is_ascii_uppercase()
                }
            }) else {
                break;
            };
            i += skip;
            let t = &toks[i];
            let text = doc.token_text(t);
            if !starts_uppercase(text) {
                i += 1;
                continue;
            }
            // Dotted acronyms: U . S . (all glued), 2-4 letters.
            if t.kind() == TokenKind::Word && text.len() == 1 && starts_uppercase(text) {
                let mut j = i;
                let mut letters = 0;
                while j + 1 < range.end
                    && doc.token_text(&toks[j]).len() == 1
                    && starts_uppercase(doc.token_text(&toks[j]))
                    && doc.token_text(&toks[j + 1]) == "."
                    && toks[j + 1].glued()
                    && (j == i || toks[j].glued())
                {
                    letters += 1;
                    j += 2;
                }
                if (2..=4).contains(&letters)
                    && !(j < range.end && toks[j].glued() && toks[j].kind() == TokenKind::Word)
                {
                    let start = t.start as usize;
                    let end = toks[j - 1].end() as usize;
                    let written = &doc.text[start..end];
                    // Does the acronym's stop also end the sentence?
                    let sentence_final = doc
                        .sentences
                        .get(doc.sentences.partition_point(|s| s.tokens().end < j))
                        .is_some_and(|s| s.tokens().end == j);
                    forms.add(
                        written,
                        |_| acronym_form(written, acronym_key(written)),
                        (start, end),
                        sentence_final,
                    );
                    i = j;
                    continue;
                }
            }
            // Undotted acronyms: 2-4 capitals, standing alone.
            if t.kind() == TokenKind::Word
                && (2..=4).contains(&text.len())
                && text.bytes().all(|b| b.is_ascii_uppercase())
                && !(i + 1 < range.end
                    && toks[i + 1].glued()
                    && doc.token_text(&toks[i + 1]) == ".")
                && !(i > range.start && t.glued() && doc.token_text(&toks[i - 1]) == ".")
            {
                let make = |_: &mut Forms<'a>| {
                    let prev_word = toks[range.start..i]
                        .iter()
                        .rev()
                        .find(|p| p.kind() == TokenKind::Word)
                        .map(|p| doc.token_text(p));
                    acronym_form(text, acronym_alias(text, prev_word))
                };
                forms.add(text, make, (t.start as usize, t.end() as usize), false);
                i += 1;
                continue;
            }
            // Capitalised name runs.
            if t.kind() != TokenKind::Word
                || !starts_uppercase(text)
                || t.glued() && i > range.start && toks[i - 1].kind() == TokenKind::Word
            {
                i += 1;
                continue;
            }
            parts.clear(); // (start, end) of each name token
            let mut j = i;
            while j < range.end {
                let tj = &toks[j];
                let tt = doc.token_text(tj);
                if tj.kind() != TokenKind::Word {
                    break;
                }
                let is_particle = || !parts.is_empty() && PARTICLES.contains(&tt);
                if !starts_uppercase(tt) && !is_particle() {
                    break;
                }
                // An acronym inside a run ("The US Chamber") is collected on its own.
                if !parts.is_empty()
                    && (2..=4).contains(&tt.len())
                    && tt.bytes().all(|b| b.is_ascii_uppercase())
                {
                    break;
                }
                // A dotted acronym ("The U.S. …") is collected on its own.
                if char_len(tt) == 1
                    && j + 1 < range.end
                    && toks[j + 1].glued()
                    && doc.token_text(&toks[j + 1]) == "."
                {
                    break;
                }
                // Join hyphenated parts: Al-Assad.
                let mut end = tj.end() as usize;
                let mut k = j + 1;
                while k + 1 < range.end
                    && doc.token_text(&toks[k]) == "-"
                    && toks[k].glued()
                    && toks[k + 1].glued()
                    && toks[k + 1].kind() == TokenKind::Word
                {
                    end = toks[k + 1].end() as usize;
                    k += 2;
                }
                if let Some(&(_, prev_end)) = parts.last() {
                    let gap = &doc.text[prev_end..tj.start as usize];
                    if gap != " " && gap != "\u{a0}" {
                        break;
                    }
                }
                parts.push((tj.start as usize, end));
                j = k;
            }
            // Particles cannot end a name.
            // (A particle starts with a lowercase ASCII letter: other parts are passed over
            // on their first byte.)
            while parts.last().is_some_and(|&(s, e)| {
                doc.text.as_bytes()[s].is_ascii_lowercase() && PARTICLES.contains(&&doc.text[s..e])
            }) {
                parts.pop();
            }
            // Drop leading common words: sentence-initial words, titles ("Secretary",
            // "State"), function words.
            let mut first = 0;
            // The word id of `parts[first]` once the loop stops there.
            let mut first_id = UNSET;
            while first < parts.len() {
                let (s, e) = parts[first];
                let w = &doc.text[s..e];
                // "The", "In", "It" …: settled without the word table.
                if is_leading_common_word(w) {
                    first += 1;
                    continue;
                }
                let id = forms.words.id(w);
                first_id = id;
                let english_word = forms.words.english(id);
                let common = english_word && !forms.words.name(id);
                // Asked only when the cheaper tests leave it open.
                let initial_word = || first == 0 && english_word && is_sentence_initial(doc, i);
                if common || initial_word() || forms.words.stop(id) {
                    first += 1;
                } else {
                    break;
                }
            }
            let name_parts = &parts[first..];
            let next = j.max(i + 1);
            if name_parts.is_empty() || name_parts.len() > 4 {
                i = next;
                continue;
            }
            if name_parts.len() == 1 {
                let written = &doc.text[name_parts[0].0..name_parts[0].1];
                let w = strip_possessive(written);
                if char_len(w) < 3 || {
                    // Without a possessive the word is the one the loop above stopped at.
                    let id = if w.len() == written.len() {
                        first_id
                    } else {
                        forms.words.id(w)
                    };
                    forms.words.common(id)
                } {
                    i = next;
                    continue;
                }
            }
            let start = name_parts[0].0;
            let last = name_parts[name_parts.len() - 1];
            let end = last.0 + strip_possessive(&doc.text[last.0..last.1]).len();
            let text = &doc.text[start..end];
            let make = |f: &mut Forms<'a>| {
                f.name_form(
                    text,
                    name_parts
                        .iter()
                        .map(|&(s, e)| strip_possessive(&doc.text[s..e])),
                )
            };
            forms.add(text, make, (start, end), false);
            forms.mentions.push(name_parts, end);
            i = next;
        }
    }
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s)
}

impl Rule for InconsistentName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        let settings = ctx.settings;
        // Sized for an article (about one distinct capitalised word per 75 bytes, one
        // distinct name per 200), capped so a large file grows its tables as needed.
        let n_words = (doc.text.len() / 64).clamp(16, 4096);
        let n_forms = n_words / 2;
        let mut forms = Forms {
            forms: Vec::with_capacity(n_forms),
            index: FxHashMap::with_capacity_and_hasher(n_forms, FxBuildHasher),
            toks: Vec::with_capacity(n_forms * 2),
            words: Words::with_capacity(n_words),
            mentions: Mentions::default(),
        };
        collect(doc, &mut forms);
        let n_doc_forms = forms.forms.len();
        if n_doc_forms < 2 {
            return;
        }
        // Configured canonical spellings join as forms with no mention.
        for canon in &settings.options.inconsistent_name.canonical {
            if forms.index.contains_key(canon.as_str()) {
                continue;
            }
            if canon.split_whitespace().next().is_none() {
                continue;
            }
            let id = forms.forms.len();
            let form = forms.name_form(canon, canon.split_whitespace());
            forms.forms.push(form);
            forms.index.insert(canon, id as u32);
        }
        let Forms {
            forms: all,
            toks,
            words,
            mentions,
            ..
        } = &mut forms;
        let all = &*all;
        let toks = &*toks;
        let toks_of = |f: &Form<'_>| &toks[f.toks.0 as usize..f.toks.1 as usize];
        let mut parent: Vec<usize> = (0..all.len()).collect();
        // Acronyms: same key.
        let mut by_key: FxHashMap<&str, usize> = FxHashMap::default();
        for (id, f) in all.iter().enumerate().filter(|(_, f)| f.acronym) {
            match by_key.get(&*f.key) {
                Some(&other) => union(&mut parent, id, other),
                None => {
                    by_key.insert(&f.key, id);
                }
            }
        }
        // Known transliteration variants of one-word names ("Kiev" / "Kyiv").
        let mut by_group: FxHashMap<usize, usize> = FxHashMap::default();
        for (id, f) in all.iter().enumerate() {
            if f.acronym {
                continue;
            }
            let t = toks_of(f);
            if t.len() != 1 {
                continue;
            }
            if let Some(g) = transliterations::transliteration_group(words.text(t[0])) {
                match by_group.get(&g) {
                    Some(&other) => union(&mut parent, id, other),
                    None => {
                        by_group.insert(g, id);
                    }
                }
            }
        }
        // Names: buckets keyed by the other tokens, compared within a sorted window. A
        // bucket is a run of equal keys (length, slot, folds of the other words) in a
        // sorted list; the order buckets are compared in does not matter (the clusters are
        // the same).
        // A key packed in a u128: length and slot in the top 32 bits, then the folds of
        // the (at most three) other words, or for a longer (configured) name an id for
        // them.
        let mut long_keys: FxHashMap<Vec<u32>, u32> = FxHashMap::default();
        let mut entries: Vec<(u128, u32)> = Vec::with_capacity(toks.len());
        for (id, f) in all.iter().enumerate() {
            if f.acronym {
                continue;
            }
            let t = toks_of(f);
            let n = t.len();
            for slot in 0..n {
                let others = t
                    .iter()
                    .enumerate()
                    .filter(|&(k, _)| k != slot)
                    .map(|(_, &w)| words.words[w as usize].fold);
                let rest = if n <= 4 {
                    others.fold(0u128, |acc, f| (acc << 32) | u128::from(f))
                } else {
                    let next = long_keys.len() as u32;
                    u128::from(*long_keys.entry(others.collect()).or_insert(next))
                };
                let key = ((n as u128) << 112) | ((slot as u128) << 96) | rest;
                entries.push((key, id as u32));
            }
        }
        entries.sort_unstable();
        let mut ids: Vec<(u64, u32, u32)> = Vec::new();
        for run in entries.chunk_by(|a, b| a.0 == b.0) {
            if run.len() < 2 {
                continue;
            }
            let slot = ((run[0].0 >> 96) & 0xffff) as usize;
            let single = (run[0].0 >> 112) == 1;
            // Sorted by the slot's word, folded, then id.
            ids.clear();
            // Each with its fold's order key, so most comparisons are of integers (16 bytes
            // an entry, as many as a fold id and a usize form id took).
            ids.extend(run.iter().map(|&(_, id)| {
                let w = toks_of(&all[id as usize])[slot];
                let fold = words.words[w as usize].fold;
                (order_key(words.folds.get(fold)), fold, id)
            }));
            let folds = &words.folds;
            ids.sort_unstable_by(|a, b| {
                a.0.cmp(&b.0)
                    .then_with(|| folds.get(a.1).cmp(folds.get(b.1)))
                    .then(a.2.cmp(&b.2))
            });
            for x in 0..ids.len() {
                for y in x + 1..ids.len().min(x + 1 + WINDOW) {
                    // Single-word names with different folds pair only when they share
                    // their first three letters (`single_words_may_be_similar`), and the
                    // folds sharing them follow `x` in one run: past the run, nothing
                    // further in the window can pair with it.
                    if single
                        && ids[x].1 != ids[y].1
                        && !words
                            .folds
                            .get(ids[y].1)
                            .starts_with(fold_prefix(words.folds.get(ids[x].1)))
                    {
                        break;
                    }
                    let (a, b) = (ids[x].2 as usize, ids[y].2 as usize);
                    if similar_forms(toks, words, &all[a], &all[b]) {
                        union(&mut parent, a, b);
                    }
                }
            }
        }
        // Clusters with at least two spellings, one of them in the text, in the order of
        // their roots (a cluster's smallest id); members in id order.
        let mut size: Vec<u32> = vec![0; all.len()];
        for id in 0..all.len() {
            let root = find(&mut parent, id);
            parent[id] = root;
            size[root] += 1;
        }
        let mut grouped: Vec<(usize, usize)> = (0..all.len())
            .filter(|&id| size[parent[id]] >= 2)
            .map(|id| (parent[id], id))
            .collect();
        grouped.sort_by_key(|&(root, _)| root);
        let mut reported: Vec<(usize, usize)> = Vec::new();
        let mut members: Vec<usize> = Vec::new();
        for cluster in grouped.chunk_by(|a, b| a.0 == b.0) {
            members.clear();
            members.extend(cluster.iter().map(|&(_, id)| id));
            let in_text: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&m| !all[m].spans.is_empty())
                .collect();
            if in_text.is_empty() {
                continue;
            }
            let configured = settings
                .options
                .inconsistent_name
                .canonical
                .iter()
                .find_map(|c| members.iter().copied().find(|&m| all[m].text == *c));
            if configured.is_none() && in_text.len() < 2 {
                continue;
            }
            // A spelling with look-alike letters from another script is never the right one.
            let plain: Vec<usize> = in_text
                .iter()
                .copied()
                .filter(|&m| {
                    !all[m]
                        .text
                        .chars()
                        .any(|c| crate::rules::util::confusable(c).is_some())
                })
                .collect();
            let pool = if plain.is_empty() { &in_text } else { &plain };
            let canonical = configured.unwrap_or_else(|| {
                *pool
                    .iter()
                    .max_by(|&&a, &&b| {
                        all[a]
                            .spans
                            .len()
                            .cmp(&all[b].spans.len())
                            .then(all[b].spans[0].0.cmp(&all[a].spans[0].0))
                    })
                    .expect("non-empty")
            });
            let canon = &all[canonical];
            for &m in &in_text {
                if m == canonical {
                    continue;
                }
                let f = &all[m];
                for (k, &(s, e)) in f.spans.iter().enumerate() {
                    let (s, e) = (s as usize, e as usize);
                    let mut replacement = canon.text.to_string();
                    if f.finals.binary_search(&(k as u32)).is_ok() && !replacement.ends_with('.') {
                        replacement.push('.');
                    }
                    let message = if canon.spans.is_empty() {
                        format!("“{}” is configured to be spelled “{}”", f.text, canon.text)
                    } else {
                        format!(
                            "“{}” is also spelled “{}” in this article",
                            f.text, canon.text
                        )
                    };
                    let fix = Fix::unsafe_(
                        format!("use “{}”", canon.text),
                        vec![Edit::replace(s, e, replacement)],
                    );
                    let diag = ctx.diagnostic(s, e, message).with_fix(fix);
                    ctx.report(diag);
                    reported.push((s, e));
                }
            }
        }
        word_variants(doc, mentions, words, &mut reported, ctx);
    }
}

/// A word of a name mention: its span (8 bytes; the text is `doc.text[start..end]`).
type WordMention = (u32, u32);

/// A distinct spelling in a bucket: its text, word id, fold id, whether it is a common
/// word, and its mentions.
type Spelling<'a> = (&'a str, u32, u32, bool, Vec<(usize, usize)>);

/// Where one word of a name is spelled two ways across mentions of different lengths
/// ("Pedro Sanchez" / "Sánchez", "Joe Biden" / "Jill BIDEN", "Sergei Lavrov" / "the
/// Minister Russia Sergey Lavrov"), the whole-name comparison never meets them. Each word
/// is compared within two kinds of buckets: the last words of names under their folded
/// spelling (surnames differing only in accents, look-alike letters or capitals), and the
/// words next to a shared word (a first name before the same surname). Each word falls in
/// at most three buckets and each bucket is compared within a sorted window, so the pass
/// stays linear. Mentions already reported as whole names are not reported again.
fn word_variants<'a>(
    doc: &'a Document,
    mentions: &Mentions,
    wk: &mut Words<'a>,
    reported: &mut [(usize, usize)],
    ctx: &mut Context,
) {
    // Bucket key: (kind, folded key word) -> occurrences (word text, span).
    // Most buckets hold one or two occurrences: inline, in the space of a `Vec`.
    let mut buckets: FxHashMap<(u8, u32), SmallVec<[WordMention; 2]>> =
        FxHashMap::with_capacity_and_hasher(mentions.words.len().min(4096), FxBuildHasher);
    for words in mentions.iter() {
        let n = words.len();
        for (k, &(s, e)) in words.iter().enumerate() {
            let (s, e) = (s as usize, e as usize);
            let w = strip_possessive(&doc.text[s..e]);
            let occ = (s as u32, (s + w.len()) as u32);
            if k + 1 == n {
                let id = wk.id(w);
                buckets.entry((0, wk.fold(id))).or_default().push(occ);
            }
            // Neighbour buckets only around a word that is a name, not a common word
            // ("Sergei Lavrov", not "Software Carpentry").
            if k + 1 < n {
                let (ns, ne) = words[k + 1];
                let next = strip_possessive(&doc.text[ns as usize..ne as usize]);
                let id = wk.id(next);
                let fold = wk.fold(id);
                if !wk.common(id) {
                    buckets.entry((1, fold)).or_default().push(occ);
                }
            }
            if k > 0 {
                let (ps, pe) = words[k - 1];
                let prev = &doc.text[ps as usize..pe as usize];
                let id = wk.id(prev);
                let fold = wk.fold(id);
                if !wk.common(id) {
                    buckets.entry((2, fold)).or_default().push(occ);
                }
            }
        }
    }
    reported.sort_unstable();
    let covered = |reported: &[(usize, usize)], (s, e): (usize, usize)| {
        // Reported spans do not overlap each other: the candidate is covered by the last
        // span starting at or before it.
        let i = reported.partition_point(|r| r.0 <= s);
        i > 0 && reported[i - 1].1 >= e
    };
    let mut new_spans: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    // Only buckets with two spellings or more can report anything.
    let text_of = |&(s, e): &WordMention| &doc.text[s as usize..e as usize];
    let mut keys: Vec<&(u8, u32)> = buckets
        .iter()
        .filter(|(_, occs)| {
            let first = text_of(&occs[0]);
            occs[1..].iter().any(|o| text_of(o) != first)
        })
        .map(|(k, _)| k)
        .collect();
    keys.sort_unstable_by(|a, b| (a.0, wk.folds.get(a.1)).cmp(&(b.0, wk.folds.get(b.1))));
    for key in keys {
        let occs = &buckets[key];
        let key_fold = key.1;
        // Distinct spellings with their first position and mentions.
        let mut spellings: Vec<Spelling<'_>> = Vec::new();
        let mut index: FxHashMap<&str, usize> = FxHashMap::default();
        for &(s, e) in occs {
            let span = (s as usize, e as usize);
            let w = &doc.text[span.0..span.1];
            let id = match index.get(w) {
                Some(&id) => id,
                None => {
                    let wid = wk.id(w);
                    let fold = wk.fold(wid);
                    let common = wk.common(wid);
                    spellings.push((w, wid, fold, common, Vec::new()));
                    index.insert(w, spellings.len() - 1);
                    spellings.len() - 1
                }
            };
            spellings[id].4.push(span);
        }
        if spellings.len() < 2 {
            continue;
        }
        let multi = key.0 != 0;
        let mut order: Vec<usize> = (0..spellings.len()).collect();
        let folds = &wk.folds;
        order.sort_unstable_by(|&a, &b| {
            folds
                .get(spellings[a].2)
                .cmp(folds.get(spellings[b].2))
                .then(a.cmp(&b))
        });
        let mut parent: Vec<usize> = (0..spellings.len()).collect();
        for x in 0..order.len() {
            for y in x + 1..order.len().min(x + 1 + WINDOW) {
                let (a, b) = (&spellings[order[x]], &spellings[order[y]]);
                // The key word itself is not a variant of its neighbour.
                if multi && (a.2 == key_fold || b.2 == key_fold) {
                    continue;
                }
                // A common word pairs only as a translated surname: two words of an
                // organisation's name ("Advisor" / "Advisory") are not spellings.
                let similar = if a.3 || b.3 {
                    multi && translated_surname(a.0, b.0, wk.folds.get(a.2), wk.folds.get(b.2))
                } else {
                    wk.similar(a.1, b.1, multi)
                };
                if similar {
                    union(&mut parent, order[x], order[y]);
                }
            }
        }
        let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for id in 0..spellings.len() {
            let root = find(&mut parent, id);
            groups.entry(root).or_default().push(id);
        }
        let mut roots: Vec<usize> = groups.keys().copied().collect();
        roots.sort_unstable();
        for root in roots {
            let members = &groups[&root];
            if members.len() < 2 {
                continue;
            }
            let canonical = *members
                .iter()
                .max_by(|&&a, &&b| {
                    spellings[a]
                        .4
                        .len()
                        .cmp(&spellings[b].4.len())
                        .then(spellings[b].4[0].0.cmp(&spellings[a].4[0].0))
                })
                .expect("non-empty");
            let canon = spellings[canonical].0;
            for &m in members {
                if m == canonical
                    || spellings[m]
                        .0
                        .chars()
                        .any(|c| crate::rules::util::confusable(c).is_some())
                        && canon
                            .chars()
                            .any(|c| crate::rules::util::confusable(c).is_some())
                {
                    continue;
                }
                let written = spellings[m].0;
                for &span in &spellings[m].4 {
                    if covered(reported, span) || !new_spans.insert(span) {
                        continue;
                    }
                    let fix = Fix::unsafe_(
                        format!("use “{canon}”"),
                        vec![Edit::replace(span.0, span.1, canon.to_string())],
                    );
                    let diag = ctx
                        .diagnostic(
                            span.0,
                            span.1,
                            format!("“{written}” is also spelled “{canon}” in this article"),
                        )
                        .with_fix(fix);
                    ctx.report(diag);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::english;

    #[test]
    fn token_similarity() {
        let t = |a: &str, b: &str, multi| similar_tokens(a, b, &fold(a), &fold(b), multi);
        assert!(t("Anthony", "Antony", true));
        assert!(t("Sergei", "Sergey", true));
        assert!(t("Zelensky", "Zelenskyy", false));
        assert!(t("Sánchez", "Sanchez", false));
        assert!(t("BIDEN", "Biden", false));
        assert!(!t("Maria", "Mario", true));
        assert!(!t("Austria", "Australia", false));
        assert!(!t("Iran", "Iraq", false));
        assert!(!t("Becker", "Baker", true));
        assert!(!t("Instructor", "Instructors", false));
        assert!(PARTICLES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn early_rejection_agrees_with_the_full_comparison() {
        let names = [
            "Anthony",
            "Antony",
            "Sergei",
            "Sergey",
            "Zelensky",
            "Zelenskyy",
            "Sánchez",
            "Sanchez",
            "BIDEN",
            "Biden",
            "Maria",
            "Mario",
            "Austria",
            "Australia",
            "Iran",
            "Iraq",
            "Instructor",
            "Instructors",
            "Python3",
            "HackR",
            "Oleksandr",
            "Aleksandr",
            "Turkish",
            "Turkiye",
            "Daniel",
            "Daniela",
            "Draghi",
            "Dragons",
            "Kyiv",
            "Kiev",
            "Erdoğan",
            "Erdogan",
            "Вlinken",
            "Blinken",
            "Blinkens",
            "Washington",
            "Washingtn",
        ];
        let mut words = Words::with_capacity(names.len());
        let ids: Vec<u32> = names
            .iter()
            .map(|n| {
                let id = words.id(n);
                words.fold(id);
                id
            })
            .collect();
        for (&a, &ia) in names.iter().zip(&ids) {
            for (&b, &ib) in names.iter().zip(&ids) {
                for multi in [false, true] {
                    assert_eq!(
                        words.similar(ia, ib, multi),
                        similar_tokens(a, b, &fold(a), &fold(b), multi),
                        "{a} / {b} / {multi}"
                    );
                }
            }
        }
    }

    #[test]
    fn order_key_keeps_string_order() {
        let words = [
            "",
            "a",
            "a\0",
            "a\0b",
            "ab",
            "abc",
            "abcdefgh",
            "abcdefgh\0",
            "abcdefghi",
            "abcdefgi",
            "b",
            "zelensky",
            "zelenskyy",
            "é",
            "sánchez",
            "sanchez",
        ];
        for a in words {
            for b in words {
                let keyed = order_key(a).cmp(&order_key(b)).then_with(|| a.cmp(b));
                assert_eq!(keyed, a.cmp(b), "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn translated_surnames_and_aliases() {
        let t = |a: &str, b: &str| translated_surname(a, b, &fold(a), &fold(b));
        assert!(t("Draghi", "Dragons"));
        assert!(!t("Carpentry", "Carpentries"));
        assert!(!t("Advisor", "Advisory"));
        assert_eq!(acronym_alias("USA", Some("the")), "US");
        assert_eq!(acronym_alias("USA", Some("Texas")), "USA");
        assert_eq!(acronym_alias("US", Some("the")), "US");
    }

    #[test]
    fn edit_distance_matches_strsim() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "antony",
            "anthony",
            "zelensky",
            "zelenskyy",
            "kyiv",
            "kiev",
            "sergei",
            "sergey",
            "aleksandr",
            "oleksandr",
            "draghi",
            "dragons",
            "kitten",
            "sitting",
            "sanchez",
            "sánchez",
            "erdoğan",
            "erdogan",
        ];
        for a in words {
            for b in words {
                assert_eq!(levenshtein(a, b), strsim::levenshtein(a, b), "{a} / {b}");
            }
        }
        let long = "x".repeat(80);
        assert_eq!(levenshtein(&long, "xx"), strsim::levenshtein(&long, "xx"));
        assert_eq!(levenshtein("xx", &long), strsim::levenshtein("xx", &long));
    }

    #[test]
    fn leading_common_words_are_common() {
        let mut words = Words::with_capacity(LEADING_COMMON_WORDS.len());
        for &w in LEADING_COMMON_WORDS {
            let id = words.id(w);
            // The leading-word loop drops a common word or a stop word.
            assert!(words.common(id) || words.stop(id), "{w}");
            assert!(is_leading_common_word(w), "{w}");
        }
        for w in [
            "the", "THE", "Th", "Thee", "Japan", "Biden", "Über", "", "Whereas",
        ] {
            assert!(!is_leading_common_word(w), "{w}");
        }
    }

    #[test]
    fn word_facts_match_the_lexicon() {
        let mut texts: Vec<String> = Vec::new();
        for &w in english::STOPWORDS {
            texts.push(w.to_string());
            texts.push(w.to_uppercase());
            let mut c = w.chars();
            if let Some(f) = c.next() {
                texts.push(f.to_uppercase().chain(c).collect());
            }
        }
        for w in [
            "Biden", "Japan", "Sánchez", "Über", "Inthe", "Tha", "Kyiv", "ÍN", "Blinkens",
        ] {
            texts.push(w.to_string());
        }
        let mut words = Words::with_capacity(4);
        for t in &texts {
            let id = words.id(t);
            assert_eq!(
                words.stop(id),
                english::contains(english::STOPWORDS, t),
                "{t}"
            );
            assert_eq!(words.english(id), lexicon::is_english_word_ci(t), "{t}");
            assert_eq!(words.text(id), t);
            let f = words.fold(id);
            assert_eq!(words.folds.get(f), fold(t), "{t}");
        }
    }
}
