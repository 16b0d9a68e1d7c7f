//! Single source-language words (or a few in a row) inside an English sentence, judged on
//! word frequencies ([`crate::lexicon::freq`], wordfreq 3.1.1): "the Regierung decided",
//! "apples et oranges", "une réforme des pensiones".
//!
//! Each word is looked up once, which gives its English Zipf value and its Zipf value in
//! each source language. The difference of the two is the log10 of the likelihood ratio
//! P(word | language) / P(word | English); a word is reported when that ratio is large
//! *and* English itself rarely uses the word, so established loans ("kindergarten",
//! "angst", "per") and words common in both languages ("hotel", "regime") are no
//! evidence. Three kinds of word, with the evidence each needs (Zipf in tenths):
//!
//! - a lowercase **content word**: English Zipf at most [`CONTENT_MAX_EN`], source Zipf
//!   at least [`CONTENT_MIN_SRC`], ratio at least [`MIN_MARGIN`];
//! - a very frequent source **function word** that English has as a rare or foreign-text
//!   form ("et", "und", "les"): source Zipf at least [`FUNCTION_MIN_SRC`], no English part
//!   of speech in WordNet (so "hat", "pour", "dove" are English), and English words on
//!   both sides (the context decides);
//! - a **capitalised** word needs more, since capitals mark names: first in its sentence
//!   it must be among the source language's common words ([`INITIAL_MIN_SRC`]) and next
//!   to unknown in English; inside a sentence only German capitalises common nouns, so
//!   only German words count there ("the Regierung"), after a lowercase word.
//!
//! Words in other scripts (Cyrillic, Arabic, Chinese) are reported when one stands alone
//! in an English sentence and the tables know it; longer passages are `script.rs`'s.
//! Quiet: words glued to other text (URLs, paths, compounds), acronyms and CamelCase,
//! accented spellings of English words ("rôle"), listed loans ("en route"), names in
//! SCOWL, words inside brackets, glossed in brackets, or in a short quoted title.

use unicode_normalization::UnicodeNormalization;

use super::Finding;
use super::judge::glossed_or_title;
use super::lists::UntranslatedLexicon;
use super::words::lower_into;
use crate::document::{Document, Token, TokenKind};
use crate::lexicon::freq::{self, FreqLang, WordFreq};
use crate::lexicon::{self, Lang, LangSet};

/// A content word may be this frequent in English at most (Zipf 2.0: about one in 100
/// million words; "gobierno" is 1.9, "governo" 1.7, "kindergarten" 3.8).
const CONTENT_MAX_EN: u8 = 20;
/// A content word must be at least this frequent in its language (Zipf 3.5).
const CONTENT_MIN_SRC: u8 = 35;
/// The word must be at least 10^2 times likelier in the source language than in English.
const MIN_MARGIN: u8 = 20;
/// A function word must be among the language's most frequent (Zipf 6.0: "et", "und").
const FUNCTION_MIN_SRC: u8 = 60;
/// ...and not a common English form (Zipf 5.0: "la", "de" are near it from names).
const FUNCTION_MAX_EN: u8 = 50;
/// A capitalised word must be next to unknown in English (Zipf 1.5)...
const CAPITAL_MAX_EN: u8 = 15;
/// ...at least 10^3 times likelier in the source language...
const CAPITAL_MARGIN: u8 = 30;
/// ...and, inside a sentence, a common German word (Zipf 4.0).
const CAPITAL_MIN_SRC: u8 = 40;
/// First in its sentence, a capitalised word must be a very common source word (Zipf
/// 5.0): first names and surnames are rarely as frequent.
const INITIAL_MIN_SRC: u8 = 50;
/// An English neighbour: at least this frequent in English (Zipf 3.0).
const NEIGHBOUR_MIN_EN: u8 = 30;
/// Chinese words are mostly one to three characters: a longer run without spaces is a
/// name, a compound or a phrase ("人民日报", the People's Daily), left quiet here.
const MAX_IDEOGRAPHS: usize = 3;
/// A word in another script must be a common word of its language (Zipf 3.0).
const OTHER_SCRIPT_MIN_SRC: u8 = 30;

/// The languages looked for, as a bit set over [`FreqLang`] (`1 << lang as u16`).
#[derive(Debug, Clone, Copy)]
pub(super) struct FreqLangs(u16);

impl FreqLangs {
    /// The languages `langs` enables. Dutch, Polish and Turkish have no source-language
    /// setting of their own: they are looked for when every language is. Text in other
    /// scripts is looked for whatever the setting, as `script.rs` does.
    pub(super) fn from_settings(langs: LangSet) -> FreqLangs {
        let mut bits = 0;
        for l in FreqLang::ALL {
            let on = match Lang::parse(l.code()) {
                _ if !latin(l) => true,
                Some(lang) => langs.contains(lang),
                None => langs == LangSet::ALL,
            };
            if on {
                bits |= 1 << l as u16;
            }
        }
        FreqLangs(bits)
    }

    fn has(self, l: FreqLang) -> bool {
        self.0 & (1 << l as u16) != 0
    }
}

/// Is `l` written in the Latin alphabet?
fn latin(l: FreqLang) -> bool {
    !matches!(l, FreqLang::Ru | FreqLang::Ar | FreqLang::Fa | FreqLang::Zh)
}

/// One word token of a segment and what the tables say of it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Seen {
    tok: usize,
    freq: Option<WordFreq>,
    /// Written in the Latin alphabet (its first letter is).
    latin: bool,
    /// First letter lowercase.
    lower: bool,
}

/// Report the lone source words of segment `seg` (token range) into `findings`, past
/// those already there from index `from` on (which they must not overlap). `seen` is a
/// buffer reused from segment to segment.
#[allow(clippy::too_many_arguments)]
pub(super) fn check(
    doc: &Document,
    lex: &UntranslatedLexicon,
    langs: FreqLangs,
    block: usize,
    seg: std::ops::Range<usize>,
    seen: &mut Vec<Seen>,
    findings: &mut Vec<Finding>,
    from: usize,
) {
    look_up_words(doc, seg.clone(), seen);
    let mine = findings.len();
    let mut last: Option<(usize, FreqLang)> = None;
    for k in 0..seen.len() {
        let Some(lang) = judge(doc, seen, k, langs) else {
            continue;
        };
        let tok = &doc.tokens[seen[k].tok];
        let (start, end) = (tok.start as usize, tok.end() as usize);
        if findings[from..mine]
            .iter()
            .any(|f| f.start < end && start < f.end)
            || !quiet_context_ok(doc, seg.clone(), seen[k].tok)
            || english_spelled_with_accents(doc.token_text(tok))
            || english_typo(doc.token_text(tok))
            || in_loan(doc, lex, seen, k)
            || glossed_or_title(doc, seg.clone(), start, end)
            || title_before_gloss(doc, seg.clone(), seen, k, langs)
        {
            continue;
        }
        // Source words close together make one finding ("une réforme", "Análisis y
        // visualización de datos"), in the language of the first.
        if let Some((last_k, last_lang)) = last
            && let Some(f) = findings[mine..].last_mut()
            && close_together(seen, last_k, k, langs)
            && seen[k]
                .freq
                .and_then(|f| f.in_lang(last_lang))
                .is_some()
        {
            f.end = end;
            last = Some((k, last_lang));
            continue;
        }
        findings.push(Finding {
            start,
            end,
            lang: lang.name(),
            block,
            whole: false,
        });
        last = Some((k, lang));
    }
}

/// Are words `a` and `b` (a < b) of `seen` close together: at most two words between
/// them, none of them English, and no punctuation between?
fn close_together(seen: &[Seen], a: usize, b: usize, langs: FreqLangs) -> bool {
    b - a <= 3
        && seen[a + 1..b]
            .iter()
            .all(|s| !english_neighbour(*s, langs))
        && seen[b].tok - seen[a].tok == b - a
}

/// Look every word token of `seg` up, once, into `seen` (cleared first).
fn look_up_words(doc: &Document, seg: std::ops::Range<usize>, seen: &mut Vec<Seen>) {
    seen.clear();
    let mut buf = [0u8; 64];
    for i in seg {
        let tok = &doc.tokens[i];
        if tok.kind() != TokenKind::Word {
            continue;
        }
        let text = doc.token_text(tok);
        let first = text.chars().next().unwrap_or(' ');
        seen.push(Seen {
            tok: i,
            freq: look_up(text, &mut buf),
            latin: first.is_ascii() || ('\u{C0}'..'\u{250}').contains(&first),
            lower: first.is_lowercase(),
        });
    }
}

/// What the tables know of `word`. Fast path: an ASCII word is lowercased into `buf`
/// (no allocation, as most words are); only other words are folded by
/// [`freq::fold`], which allocates.
#[inline]
fn look_up(word: &str, buf: &mut [u8; 64]) -> Option<WordFreq> {
    // One byte is never a word worth a lookup here ("a", "I", "y").
    if word.len() < 2 {
        return None;
    }
    if word.is_ascii() {
        let out = buf.get_mut(..word.len())?;
        for (o, b) in out.iter_mut().zip(word.bytes()) {
            *o = b.to_ascii_lowercase();
        }
        return freq::lookup(std::str::from_utf8(out).ok()?);
    }
    freq::lookup(&freq::fold(word))
}

/// The English Zipf value of a word in tenths; absent from the English table (which
/// reaches down to Zipf 1.0) counts as 0.5.
fn english(f: WordFreq) -> u8 {
    f.english().map_or(5, |z| z.tenths())
}

/// The language among `langs` of the script wanted where `f` is most frequent.
fn best_lang(f: WordFreq, langs: FreqLangs, latin_script: bool) -> Option<(FreqLang, u8)> {
    f.source_langs()
        .filter(|&(l, _)| langs.has(l) && latin(l) == latin_script)
        .map(|(l, z)| (l, z.tenths()))
        .fold(None, |best, (l, z)| match best {
            Some((_, b)) if b >= z => best,
            _ => Some((l, z)),
        })
}

/// Is word `k` of `seen` a lone source word, and of which language? See the module
/// documentation for the evidence each kind of word needs.
fn judge(doc: &Document, seen: &[Seen], k: usize, langs: FreqLangs) -> Option<FreqLang> {
    let s = seen[k];
    let f = s.freq?;
    let text = doc.token_text(&doc.tokens[s.tok]);
    if !s.latin {
        return other_script(text, seen, k, f, langs);
    }
    // Acronyms and CamelCase: "NeSI", "GmbH".
    if text.chars().skip(1).any(char::is_uppercase) {
        return None;
    }
    let (lang, z) = best_lang(f, langs, true)?;
    let en = english(f);
    let margin = z.saturating_sub(en);
    if !s.lower {
        let strong = en <= CAPITAL_MAX_EN && margin >= CAPITAL_MARGIN;
        // First in its sentence, a capitalised word followed by an English word is most
        // often a name ("Yıldırım said"): it needs a source-language word after it.
        let fits = if k == 0 {
            z >= INITIAL_MIN_SRC && seen.get(1).is_some_and(|n| !english_neighbour(*n, langs))
        } else {
            lang == FreqLang::De && z >= CAPITAL_MIN_SRC && seen[k - 1].lower
        };
        return (strong && fits && !lexicon::is_dictionary_name(text)).then_some(lang);
    }
    if margin < MIN_MARGIN {
        return None;
    }
    if en <= CONTENT_MAX_EN && z >= CONTENT_MIN_SRC {
        return Some(lang);
    }
    // A form English's own dictionary lists ("lo and behold", "die", "con", "per") is no
    // evidence, however frequent it is in the source language.
    let function = z >= FUNCTION_MIN_SRC
        && en <= FUNCTION_MAX_EN
        && f.pos().is_none()
        && !lexicon::is_english_word_ci(text);
    // The English words must be right beside it, with no punctuation between.
    let english_sides = k > 0
        && k + 1 < seen.len()
        && seen[k - 1].tok + 1 == s.tok
        && seen[k + 1].tok == s.tok + 1
        && english_neighbour(seen[k - 1], langs)
        && english_neighbour(seen[k + 1], langs);
    (function && english_sides).then_some(lang)
}

/// A word in another script: reported alone only (a passage is `script.rs`'s), when the
/// tables know it in a language of its script.
fn other_script(
    text: &str,
    seen: &[Seen],
    k: usize,
    f: WordFreq,
    langs: FreqLangs,
) -> Option<FreqLang> {
    let alone = (k == 0 || seen[k - 1].latin) && seen.get(k + 1).is_none_or(|n| n.latin);
    let letters = text.chars().count();
    if !alone || letters < 2 {
        return None;
    }
    let (lang, z) = best_lang(f, langs, false)?;
    if z < OTHER_SCRIPT_MIN_SRC || (lang == FreqLang::Zh && letters > MAX_IDEOGRAPHS) {
        return None;
    }
    (english(f) < NEIGHBOUR_MIN_EN).then_some(lang)
}

/// A lowercase English word: frequent in English, not much likelier elsewhere.
fn english_neighbour(s: Seen, langs: FreqLangs) -> bool {
    let Some(f) = s.freq else {
        return false;
    };
    let en = english(f);
    s.lower
        && s.latin
        && en >= NEIGHBOUR_MIN_EN
        && best_lang(f, langs, true).is_none_or(|(_, z)| z < en + MIN_MARGIN)
}

/// Does the word token `i` stand apart: not glued to the text before it (save an
/// opening bracket or quotation mark) nor to a hyphen, slash or other joiner after it?
/// Words of URLs, paths, compounds and handles are not words of a sentence.
fn quiet_context_ok(doc: &Document, seg: std::ops::Range<usize>, i: usize) -> bool {
    let toks = &doc.tokens;
    let text = |t: &Token| doc.token_text(t);
    if toks[i].glued() && i > seg.start {
        let prev = text(&toks[i - 1]);
        if !matches!(prev, "(" | "[" | "“" | "\"" | "‘" | "'" | "«" | "„") {
            return false;
        }
    }
    let Some(next) = toks.get(i + 1).filter(|t| t.glued() && i + 1 < seg.end) else {
        return true;
    };
    match text(next) {
        "," | ";" | ":" | "!" | "?" | ")" | "]" | "”" | "\"" | "’" | "»" | "…" => true,
        // A full stop ends the sentence only when nothing is glued after it.
        "." => toks.get(i + 2).is_none_or(|t| !t.glued()),
        _ => false,
    }
}

/// Is word `k` inside a foreign title whose translation follows in brackets ("Cien
/// años de soledad (One Hundred Years of Solitude)")? True when a "(" comes within a few
/// words, none of them English.
fn title_before_gloss(
    doc: &Document,
    seg: std::ops::Range<usize>,
    seen: &[Seen],
    k: usize,
    langs: FreqLangs,
) -> bool {
    const MAX_WORDS: usize = 6;
    let mut next = k + 1;
    for i in seen[k].tok + 1..seg.end {
        let tok = &doc.tokens[i];
        match tok.kind() {
            TokenKind::Punct => return doc.token_text(tok) == "(",
            TokenKind::Number => {}
            TokenKind::Word => {
                let Some(&s) = seen.get(next) else {
                    return false;
                };
                next += 1;
                if next - k > MAX_WORDS || english_neighbour(s, langs) {
                    return false;
                }
            }
        }
    }
    false
}

/// Is a word with accents an English word spelled the older way ("rôle", "naïve")?
/// Only words with letters beyond ASCII are checked (few), with one more lookup.
fn english_spelled_with_accents(text: &str) -> bool {
    if text.is_ascii() {
        return false;
    }
    let plain: String = text.nfd().filter(char::is_ascii).collect();
    freq::lookup(&plain.to_ascii_lowercase())
        .is_some_and(|f| english(f) >= NEIGHBOUR_MIN_EN)
}

/// Is `text` one letter away from a common English word of the same length
/// ("confortable", "tabacco")? Such a word is more likely a slip of English than a source
/// word. Only candidates are checked (a lookup per letter and alternative).
fn english_typo(text: &str) -> bool {
    /// The English word must be this common (Zipf 3.5).
    const MIN_EN: u8 = 35;
    let mut buf = [0u8; 32];
    if !text.is_ascii() || text.len() > buf.len() || text.len() < 4 {
        return false;
    }
    let word = &mut buf[..text.len()];
    for (o, b) in word.iter_mut().zip(text.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    for i in 0..word.len() {
        let orig = word[i];
        for c in b'a'..=b'z' {
            if c == orig {
                continue;
            }
            word[i] = c;
            let hit = std::str::from_utf8(word)
                .ok()
                .and_then(freq::lookup)
                .is_some_and(|f| english(f) >= MIN_EN);
            if hit {
                return true;
            }
        }
        word[i] = orig;
    }
    false
}

/// Is word `k` part of a listed loan phrase ("en route", "per se")?
fn in_loan(doc: &Document, lex: &UntranslatedLexicon, seen: &[Seen], k: usize) -> bool {
    let mut buf = [0u8; 64];
    let lower = |s: &Seen, buf: &mut [u8; 64]| -> Option<String> {
        let text = doc.token_text(&doc.tokens[s.tok]);
        lower_into(text, buf).map(crate::rules::util::fold)
    };
    for first in k.saturating_sub(3)..=k {
        let Some(head) = lower(&seen[first], &mut buf) else {
            continue;
        };
        let Some(phrases) = lex.loans(&head) else {
            continue;
        };
        for p in phrases {
            let covers = first + p.len() > k && first + p.len() <= seen.len();
            if covers
                && p.iter()
                    .zip(&seen[first..])
                    .all(|(a, s)| lower(s, &mut buf).is_some_and(|l| l == *a))
            {
                return true;
            }
        }
    }
    false
}
