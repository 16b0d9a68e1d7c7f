//! `untranslated-text`: words, phrases or sentences left in the source language.
//!
//! Recognised without the source text, from what English does not have: function words
//! of French, German, Spanish, Italian and Portuguese that are not English words
//! (`data/` beside this file), elided articles ("l’expression", "dell’"), letters
//! English does not use (ä, ñ, ã…) and the inverted marks ¿ ¡. Three shapes are reported:
//!
//! - a **segment** (a sentence, or a line of one) whose words are mostly source-language
//!   words and which has next to no English function words;
//! - a **run** of consecutive source-language words inside an English sentence, with at
//!   least two function words that exist only in the source language ("… of Ci sto
//!   Lavoro …", "« nous sommes en guerre »");
//! - a single lowercase word spelled with a letter English never uses ("the länder");
//! - a phrase or sentence in another script (Cyrillic, Arabic, Chinese…), whatever the
//!   source language (`script.rs`).
//!
//! Names stay quiet: capitalised words inside a sentence are taken for names, and a
//! function word inside a name ("von der Leyen", "Alternative für Deutschland", "Banco
//! de España") is a particle, not evidence. Established loans ("coup d'état", "per se",
//! "déjà vu") are listed and stay quiet; so do foreign words given with an English gloss
//! in brackets and quoted titles.

mod lists;
mod script;

use lists::{UntranslatedLexicon, untranslated};

use crate::diagnostic::Severity;
use crate::document::{Document, TokenKind};
use crate::lexicon::{self, Lang, english};
use crate::rules::util::fold;
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};

pub struct UntranslatedText;

static META: RuleMeta = RuleMeta {
    name: crate::rules::RuleId::UntranslatedText.name(),
    category: "words",
    default_on: true,
    large_working_set: false,
    severity: Severity::Warning,
    fix: FixAvailability::Never,
    summary: "Words or sentences left in the source language.",
    what: "Text that machine translation left in French, German, Spanish, Italian or Portuguese: a whole sentence or line (\"Le chef de l'État y assistera.\"), a run of words inside an English sentence (\"the adolescents of Ci sto Lavoro\"), a lowercase word spelled with letters English does not use (\"the länder\"), or a phrase or sentence in another script (Cyrillic, Arabic, Chinese…). It is recognised without the source text, from function words that do not exist in English, elided articles (l', dell'), letters such as ä, ñ and ã, and the marks ¿ and ¡. Names (\"Charles de Gaulle\", \"Banco de España\", \"Le Monde\"), quoted titles, words glossed in brackets and established loans (\"coup d'état\", \"raison d'être\", \"déjà vu\", \"per se\", \"Realpolitik\") stay quiet, and so do a name or word in its own script (\"Moscow (Москва)\") and a phrase glossed in brackets. `source-languages` chooses the Latin-alphabet languages looked for; text in other scripts is reported whatever the source.",
    why: "Translation engines pass through what they take for a name, a quotation or a title, and scrapers mix the original page's kicker, headline or teaser with the translated body, so source-language headlines, kickers and whole sentences end up in the English article.",
    example: "The minister will attend the ceremony. Le chef de l'État y assistera, mais sans prendre la parole.",
    use_instead: "The minister will attend the ceremony. The head of state will attend it but will not speak.",
    fix_safety: "No fix: the passage needs translating, which only a person (or the source text) can do.",
};

/// Word lists are parsed once; the rule reads them through this bit for a language.
fn bit(lang: Lang) -> u8 {
    1 << lang as u8
}

/// English function words (beyond the shared stop words) whose presence shows a sentence
/// is English.
const EXTRA_ENGLISH_FUNCTION: &[&str] = &[
    "although", "among", "because", "him", "into", "me", "my", "onto", "said", "says", "though",
    "told", "upon", "us", "whom", "whose", "within", "without", "yet",
];

/// Function words that begin or join names when a capitalised word follows ("de Gaulle",
/// "von der Leyen", "Des Moines", "Le Pen").
const PARTICLES: &[&str] = &[
    "al", "da", "dal", "das", "de", "degli", "dei", "del", "della", "delle", "dem", "den", "der",
    "des", "di", "do", "dos", "du", "el", "il", "la", "las", "le", "les", "lo", "los", "san",
    "santa", "van", "vom", "von", "y", "zu", "zum", "zur",
];

/// What the rule knows about one word of a segment.
#[derive(Debug, Clone, Copy, Default)]
struct Word {
    start: usize,
    end: usize,
    /// First letter upper-case.
    cap: bool,
    /// Counted in the segment's statistics (capitalised words inside a sentence are
    /// names and are not).
    considered: bool,
    /// An English function word.
    en_func: bool,
    /// An English word (SCOWL), or a contraction or possessive.
    english: bool,
    /// Languages whose list holds the word.
    listed: u8,
    /// Languages for which the word is a strong, listed source word (not English, not a
    /// particle inside a name).
    strong: u8,
    /// Languages hinted by letters English does not use, for words no list holds.
    accent: u8,
    /// Neither English nor listed.
    unknown: bool,
    /// Part of an established loan.
    loan: bool,
    /// Spelled with a letter English never uses (ä ö ü ß ñ ã õ): the language.
    foreign_letter: Option<Lang>,
    /// The first word of its segment.
    initial: bool,
    /// Holds a digit or is too long for any list: no evidence either way.
    neutral: bool,
    /// `english` is already settled (a listed word, an elision, a contraction).
    known: bool,
    /// An elided article or pronoun before a lowercase word ("l'essentiel", "dell'anno").
    elision: bool,
}

impl Word {
    /// Does the word point to a source language (what [`check_segment`] looks for
    /// before anything else)?
    fn evidence(&self) -> bool {
        self.strong != 0 || self.accent != 0 || self.foreign_letter.is_some()
    }
}

/// Does the segment hold ¿ or ¡ or a word with [`Word::evidence`]? The same answer as
/// [`collect_words`] followed by that test, but stopping at the first piece of evidence,
/// and an ASCII word without an apostrophe is looked up as it stands: its only evidence
/// is a strong listed word (a listed letter glued to punctuation is not).
fn has_evidence(
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
fn short_word(text: &[u8], start: usize, end: usize) -> Option<u64> {
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
fn high_or_apostrophe_in(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A zero byte of `q` is an apostrophe of `w` (zero bytes become 0x27, not zero).
    let q = w ^ (ONES * u64::from(b'\''));
    (w | (q.wrapping_sub(ONES) & !q)) & HIGH != 0
}

/// Does `text[start..end]` hold a byte of a non-ASCII character or an apostrophe? Eight
/// bytes at a time, read from `text` past `end` when it is there (and masked off).
fn high_or_apostrophe(text: &[u8], start: usize, end: usize) -> bool {
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
fn apostrophe_lower<'b>(word: &[u8], buf: &'b mut [u8; 64]) -> Option<&'b str> {
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
struct StrongSet {
    /// (fingerprint, key); a zero fingerprint (never a key's) marks an empty slot.
    slots: Vec<(u64, &'static str)>,
    /// log2 of the number of slots.
    bits: u32,
}

/// 0x20 in every byte: OR-ed in, it maps an ASCII capital to its lowercase letter.
const CASE_BITS: u64 = 0x2020_2020_2020_2020;

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

fn strong_set() -> &'static StrongSet {
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

/// Per-language statistics of a segment or run.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    n: usize,
    strong: usize,
    accent: usize,
    weak: usize,
    en_func: usize,
    en_content: usize,
    unknown_plain: usize,
}

impl Rule for UntranslatedText {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &Document, ctx: &mut Context) {
        script::report(doc, ctx);
        let langs: Vec<Lang> = Lang::LATIN_SOURCES
            .into_iter()
            .filter(|&l| ctx.settings.langs.contains(l))
            .collect();
        if langs.is_empty() {
            return;
        }
        let lex = untranslated();
        let mut findings: Vec<Finding> = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        let mut segs: Vec<std::ops::Range<usize>> = Vec::new();
        for (bi, block) in doc.blocks.iter().enumerate() {
            for sentence in doc.block_sentences(block) {
                let before = findings.len();
                segments(doc, sentence.tokens(), &mut segs);
                for seg in segs.iter().cloned() {
                    // Most segments hold no evidence at all: settled without building
                    // their words.
                    if !has_evidence(doc, lex, seg.clone()) {
                        continue;
                    }
                    words.clear();
                    let inverted = collect_words(doc, lex, seg.clone(), &mut words);
                    if words.is_empty() {
                        continue;
                    }
                    check_segment(
                        doc,
                        lex,
                        &langs,
                        bi,
                        seg,
                        &mut words,
                        inverted,
                        &mut findings,
                    );
                }
                // Page furniture in the source language ("Lire aussi : …") is
                // web-boilerplate's, not ours.
                if findings.len() > before
                    && (crate::rules::web_boilerplate::is_furniture(ctx.settings, doc.block_text(block))
                        || crate::rules::web_boilerplate::is_furniture(ctx.settings, doc.sentence_text(sentence)))
                {
                    findings.truncate(before);
                }
            }
        }
        // One finding for consecutive flagged segments of a block in the same language.
        let mut merged: Vec<Finding> = Vec::new();
        for f in findings {
            if let Some(last) = merged.last_mut()
                && f.whole
                && last.whole
                && last.block == f.block
                && last.lang == f.lang
                && doc.text[last.end..f.start].trim().is_empty()
            {
                last.end = f.end;
                continue;
            }
            merged.push(f);
        }
        for f in merged {
            let quoted = excerpt(&doc.text[f.start..f.end]);
            let message = format!("“{quoted}” looks untranslated ({})", f.lang.name());
            let diag = ctx.diagnostic(f.start, f.end, message);
            ctx.report(diag);
        }
    }
}

struct Finding {
    start: usize,
    end: usize,
    lang: Lang,
    block: usize,
    /// A whole segment (sentence or line), not a run inside one.
    whole: bool,
}

/// A sentence's token range split at line breaks (a heading or kicker on its own line),
/// into `out` (cleared first).
fn segments(doc: &Document, range: std::ops::Range<usize>, out: &mut Vec<std::ops::Range<usize>>) {
    out.clear();
    // Most sentences stand on one line: one search over the sentence settles it.
    if range.is_empty() {
        return;
    }
    if let (Some(first), Some(last)) = (doc.tokens.get(range.start), range.end.checked_sub(1))
        && memchr::memchr(
            b'\n',
            &doc.text.as_bytes()[first.start as usize..doc.tokens[last].end() as usize],
        )
        .is_none()
    {
        out.push(range);
        return;
    }
    let mut start = range.start;
    for i in range.start + 1..range.end {
        let gap = &doc.text[doc.tokens[i - 1].end() as usize..doc.tokens[i].start as usize];
        if gap.contains('\n') {
            out.push(start..i);
            start = i;
        }
    }
    if start < range.end {
        out.push(start..range.end);
    }
}

/// Lower-case `s` into `buf` with straight apostrophes; `None` when it does not fit.
fn lower_into<'b>(s: &str, buf: &'b mut [u8; 64]) -> Option<&'b str> {
    if s.is_ascii() {
        let out = buf.get_mut(..s.len())?;
        for (o, b) in out.iter_mut().zip(s.bytes()) {
            *o = b.to_ascii_lowercase();
        }
        return std::str::from_utf8(out).ok();
    }
    let mut n = 0;
    for c in s.chars() {
        let c = if c == '\u{2019}' || c == '\u{2018}' {
            '\''
        } else {
            c
        };
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            l.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
    }
    std::str::from_utf8(&buf[..n]).ok()
}

/// Languages a letter English does not use points to.
fn letter_langs(c: char) -> u8 {
    let fr = bit(Lang::Fr);
    let de = bit(Lang::De);
    let es = bit(Lang::Es);
    let it = bit(Lang::It);
    let pt = bit(Lang::Pt);
    match c {
        'é' => fr | es | pt | it,
        'è' => fr | it,
        'ê' => fr | pt,
        'à' => fr | it | pt,
        'â' => fr | pt,
        'î' | 'ï' | 'û' | 'ë' | 'ÿ' | 'œ' => fr,
        'ô' => fr | pt,
        'ç' => fr | pt,
        'ù' => fr | it,
        'ì' | 'ò' => it,
        'á' | 'í' | 'ó' | 'ú' => es | pt,
        'ñ' => es,
        'ã' | 'õ' => pt,
        'ä' | 'ö' | 'ß' => de,
        'ü' => de | es,
        _ => 0,
    }
}

/// The language of a letter English never uses, even in loans it has naturalised.
fn foreign_letter(c: char) -> Option<Lang> {
    match c {
        'ä' | 'ö' | 'ü' | 'ß' => Some(Lang::De),
        'ñ' => Some(Lang::Es),
        'ã' | 'õ' => Some(Lang::Pt),
        _ => None,
    }
}

fn is_english_function(lower: &str) -> bool {
    english::STOPWORDS.binary_search(&lower).is_ok()
        || EXTRA_ENGLISH_FUNCTION.binary_search(&lower).is_ok()
}

/// Fill `words` with the segment's words and what the source lists say about them (the
/// cheap part); returns whether the segment holds ¿ or ¡. [`complete_words`] adds the
/// English side when the segment holds any evidence.
fn collect_words(
    doc: &Document,
    lex: &UntranslatedLexicon,
    seg: std::ops::Range<usize>,
    words: &mut Vec<Word>,
) -> bool {
    let mut inverted = false;
    let mut buf = [0u8; 64];
    let mut first = true;
    for i in seg {
        let tok = &doc.tokens[i];
        let text = doc.token_text(tok);
        match tok.kind() {
            TokenKind::Punct => {
                if text == "¿" || text == "¡" {
                    inverted = true;
                }
                continue;
            }
            TokenKind::Number => {
                first = false;
                continue;
            }
            TokenKind::Word => {}
        }
        words.push(word_at(doc, lex, i, first, &mut buf));
        first = false;
    }
    inverted
}

/// What the source lists say about word token `i` (the cheap part of [`Word`]).
fn word_at(
    doc: &Document,
    lex: &UntranslatedLexicon,
    i: usize,
    first: bool,
    buf: &mut [u8; 64],
) -> Word {
    let tok = &doc.tokens[i];
    let text = doc.token_text(tok);
    let mut w = Word {
        start: tok.start as usize,
        end: tok.end() as usize,
        initial: first,
        ..Word::default()
    };
    w.cap = text.chars().next().is_some_and(char::is_uppercase);
    // One pass over the bytes: any digit, and are all of them lowercase ASCII?
    let (mut digit, mut all_lower) = (false, true);
    for &b in text.as_bytes() {
        digit |= b.is_ascii_digit();
        all_lower &= b.is_ascii_lowercase();
    }
    if digit {
        // "G20", "14h30", "Covid-19": neither English nor source evidence.
        w.neutral = true;
        return w;
    }
    // Most words are lowercase ASCII already.
    let lower = if all_lower {
        text
    } else if let Some(l) = lower_into(text, buf) {
        l
    } else {
        // Too long for any list: a compound or a name.
        w.neutral = true;
        return w;
    };
    if let Some(e) = lex.word(lower) {
        w.listed = e.langs;
        w.strong = e.strong;
        w.english = e.english;
        w.known = true;
        // A letter glued to punctuation is a label or an abbreviation ("y-axis",
        // "e.g.", "o'"), not a conjunction.
        let glued_after = doc
            .tokens
            .get(i + 1)
            .is_some_and(|t| t.glued() && t.kind() == TokenKind::Punct);
        if lower.len() == 1 && glued_after {
            w.strong = 0;
        }
    } else if let Some(ap) = lower.find('\'') {
        let prefix = &lower[..ap + 1];
        // After the same apostrophe in the original word (’ and ‘ are one byte
        // longer there than the ' they became in `lower`).
        let quote = text.find(['\'', '\u{2019}', '\u{2018}']).unwrap_or(0);
        let rest = &text[quote..];
        let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
        if let Some(e) = lex.word(prefix)
            && lower.len() > ap + 2
            && rest.chars().all(char::is_alphabetic)
        {
            w.listed = e.langs;
            w.known = true;
            if rest.chars().next().is_some_and(char::is_lowercase) {
                // "l'expression", "dell'anno".
                w.strong = e.langs;
                w.elision = rest.chars().count() >= 4;
            }
            // Otherwise an elided article before a name ("d'Arras"): weak.
        } else {
            // Contractions and possessives: "don't", "Japan's".
            w.english = true;
            w.known = true;
        }
    } else if !lower.is_ascii() {
        // A diaeresis over a doubled vowel is English ("coöperate", "zoölogy").
        let diaeresis = ["oö", "eë", "aä"].iter().any(|d| lower.contains(d));
        if !diaeresis {
            w.foreign_letter = lower.chars().find_map(foreign_letter);
        }
        w.accent = lower.chars().fold(0, |acc, c| acc | letter_langs(c));
    }
    w
}

/// Add the English side of each word: dictionary, function word, whether it counts.
fn complete_words(doc: &Document, words: &mut [Word]) {
    let mut buf = [0u8; 64];
    for w in words.iter_mut() {
        if w.neutral {
            w.english = true;
            continue;
        }
        let text = &doc.text[w.start..w.end];
        let Some(lower) = lower_into(text, &mut buf) else {
            continue;
        };
        w.en_func = is_english_function(lower);
        if !w.known {
            if lower.is_ascii() {
                w.english = lexicon::is_english_word(lower);
            } else {
                // Naturalised loans keep their accents: "café", "résumé", "rôle".
                let folded = fold(lower);
                if folded.is_ascii() && lexicon::is_english_word(&folded) {
                    w.english = true;
                    w.accent = 0;
                }
            }
        }
        w.unknown = !w.english && w.listed == 0;
        let all_caps = w.cap
            && text.chars().filter(|c| c.is_alphabetic()).count() > 1
            && text
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
        w.considered = if all_caps {
            false
        } else if w.cap {
            // The first word of a segment counts when it is a word we know; inside a
            // sentence a capitalised word is a name.
            w.initial && (w.listed != 0 || w.english)
        } else {
            true
        };
    }
}

/// Mark words covered by an established loan.
fn mark_loans(doc: &Document, lex: &UntranslatedLexicon, words: &mut [Word]) {
    // The fold of an ASCII word is its lowercase, '`' aside: such words are looked up
    // and compared without folding them.
    let plain = |w: &Word| {
        let b = &doc.text.as_bytes()[w.start..w.end];
        b.is_ascii() && !b.contains(&b'`')
    };
    let folds_to = |folded: &str, w: &Word| {
        let text = &doc.text[w.start..w.end];
        if plain(w) {
            folded.eq_ignore_ascii_case(text)
        } else {
            fold(text) == folded
        }
    };
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        let phrases = if plain(&words[i]) {
            lex.loans_ascii(&doc.text[words[i].start..words[i].end])
        } else {
            lex.loans(&fold(&doc.text[words[i].start..words[i].end]))
        };
        if let Some(phrases) = phrases {
            for p in phrases {
                if i + p.len() <= words.len()
                    && p.iter().zip(&words[i..]).all(|(a, w)| folds_to(a, w))
                {
                    matched = p.len();
                    break;
                }
            }
        }
        if matched == 0 {
            i += 1;
            continue;
        }
        for w in &mut words[i..i + matched] {
            w.loan = true;
            w.english = true;
            w.listed = 0;
            w.strong = 0;
            w.accent = 0;
            w.unknown = false;
            w.foreign_letter = None;
            w.considered = true;
        }
        i += matched;
    }
}

/// Function words before a capitalised word are name particles: "de Gaulle", "von der
/// Leyen", "Alternative für Deutschland". Words of the closed particle list always are;
/// other function words only inside a name (after a capitalised word that is not itself
/// a source function word).
fn mark_particles(doc: &Document, words: &mut [Word]) {
    let n = words.len();
    let mut buf = [0u8; 64];
    for i in (0..n).rev() {
        if words[i].listed == 0 {
            continue;
        }
        // The next word, skipping other particles already marked.
        let mut j = i + 1;
        while j < n && words[j].listed != 0 && words[j].strong == 0 && !words[j].cap {
            j += 1;
        }
        let before_name = j < n && words[j].cap && !words[j].considered && words[j].listed == 0;
        if !before_name {
            continue;
        }
        let text = &doc.text[words[i].start..words[i].end];
        let closed = lower_into(text, &mut buf)
            .is_some_and(|l| PARTICLES.binary_search(&l).is_ok() || l.ends_with('\''));
        let inside_name = i > 0 && words[i - 1].cap && words[i - 1].listed == 0;
        if closed || inside_name {
            words[i].strong = 0;
        }
    }
}

/// How many words of a segment point to `lang`: listed in it, or spelled with its
/// letters (names included: "España").
fn affinity(words: &[Word], lang: Lang) -> usize {
    let b = bit(lang);
    words
        .iter()
        .filter(|w| (w.listed | w.accent) & b != 0)
        .count()
}

fn counts(words: &[Word], lang: Lang) -> Counts {
    let b = bit(lang);
    let mut c = Counts::default();
    for w in words.iter().filter(|w| w.considered) {
        c.n += 1;
        if w.strong & b != 0 {
            c.strong += 1;
        } else if w.listed & b != 0 {
            c.weak += 1;
        } else if w.accent & b != 0 {
            c.accent += 1;
        } else if w.en_func {
            c.en_func += 1;
        } else if w.english {
            c.en_content += 1;
        } else {
            c.unknown_plain += 1;
        }
    }
    c
}

/// Is the segment as a whole in `lang`?
fn segment_is_source(c: &Counts, inverted: bool) -> bool {
    let strong = c.strong + c.accent + usize::from(inverted);
    let foreign = c.n - c.en_func - c.en_content;
    let long = c.n >= 3
        && c.strong >= 1
        && strong >= 2
        && c.en_func * 100 <= 15 * c.n
        && foreign * 10 >= 6 * c.n;
    // A short line, a kicker or a heading: nothing English at all ("Les faits –").
    let short = (2..=4).contains(&c.n)
        && c.strong >= 1
        && c.en_func == 0
        && c.en_content == 0
        && c.strong + c.accent + c.unknown_plain >= 2;
    long || short
}

/// A segment of one elided word: a kicker such as "L'essentiel".
fn lone_elision(words: &[Word], lang: Lang) -> bool {
    let mut considered = words.iter().filter(|w| w.considered);
    matches!(
        (considered.next(), considered.next()),
        (Some(w), None) if w.elision && w.strong & bit(lang) != 0
    )
}

#[allow(clippy::too_many_arguments)]
fn check_segment(
    doc: &Document,
    lex: &UntranslatedLexicon,
    langs: &[Lang],
    block: usize,
    seg: std::ops::Range<usize>,
    words: &mut [Word],
    inverted: bool,
    findings: &mut Vec<Finding>,
) {
    // Cheap exit: most English sentences hold no evidence at all.
    let evidence = words.iter().any(Word::evidence);
    if !evidence && !inverted {
        return;
    }
    complete_words(doc, words);
    mark_loans(doc, lex, words);
    mark_particles(doc, words);

    // The whole segment.
    let mut best: Option<(Lang, (usize, usize, usize))> = None;
    for &lang in langs {
        let c = counts(words, lang);
        let inv = inverted && lang == Lang::Es;
        if segment_is_source(&c, inv) || lone_elision(words, lang) {
            let key = (
                c.strong + c.accent + usize::from(inv),
                c.strong,
                affinity(words, lang),
            );
            if best.is_none_or(|(_, k)| key > k) {
                best = Some((lang, key));
            }
        }
    }
    if let Some((lang, _)) = best {
        let first = &doc.tokens[seg.start];
        let last = &doc.tokens[seg.end - 1];
        findings.push(Finding {
            start: first.start as usize,
            end: last.end() as usize,
            lang,
            block,
            whole: true,
        });
        return;
    }

    // Runs of source words inside an English sentence.
    let mut reported: Vec<(usize, usize)> = Vec::new();
    let mut runs: Vec<(usize, usize, Lang, usize)> = Vec::new();
    for &lang in langs {
        let b = bit(lang);
        let runnable = |w: &Word| {
            !w.loan
                && (w.strong & b != 0
                    || (!w.cap
                        && (w.listed & b != 0
                            || w.accent & b != 0
                            || (w.unknown && w.accent == 0))))
        };
        let mut i = 0;
        while i < words.len() {
            if !runnable(&words[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len()
                && runnable(&words[j])
                && joins(&doc.text[words[j - 1].end..words[j].start])
            {
                j += 1;
            }
            let run = &words[i..j];
            let strong = run.iter().filter(|w| w.strong & b != 0).count();
            let lower_strong = run.iter().filter(|w| w.strong & b != 0 && !w.cap).count();
            if strong >= 2 && lower_strong >= 1 && (run.len() >= 3 || strong == run.len()) {
                runs.push((i, j, lang, strong));
            }
            i = j;
        }
    }
    // The strongest run first; between languages, the one the whole segment leans to.
    runs.sort_by_key(|&(i, j, lang, s)| {
        (
            std::cmp::Reverse(s),
            std::cmp::Reverse(affinity(words, lang)),
            i,
            std::cmp::Reverse(j),
        )
    });
    for (i, j, lang, _) in runs {
        let (start, end) = (words[i].start, words[j - 1].end);
        if reported.iter().any(|&(s, e)| s < end && start < e) {
            continue;
        }
        if glossed_or_title(doc, seg.clone(), start, end) {
            continue;
        }
        reported.push((start, end));
        findings.push(Finding {
            start,
            end,
            lang,
            block,
            whole: false,
        });
    }

    // Single lowercase words spelled with letters English never uses ("the länder").
    for k in 0..words.len() {
        let w = words[k];
        let Some(lang) = w.foreign_letter else {
            continue;
        };
        if w.cap || w.loan || !langs.contains(&lang) {
            continue;
        }
        // Inside a name: "Alternative für Deutschland".
        let prev_cap = k > 0 && words[k - 1].cap;
        let next_cap = k + 1 < words.len() && words[k + 1].cap;
        if prev_cap && next_cap {
            continue;
        }
        if reported.iter().any(|&(s, e)| s < w.end && w.start < e) {
            continue;
        }
        if glossed_or_title(doc, seg.clone(), w.start, w.end) {
            continue;
        }
        reported.push((w.start, w.end));
        findings.push(Finding {
            start: w.start,
            end: w.end,
            lang,
            block,
            whole: false,
        });
    }
    findings.sort_by_key(|f| (f.start, f.end));
}

/// May two words of a run be separated by `gap`? Spaces, hyphens and commas only.
fn joins(gap: &str) -> bool {
    gap.chars()
        .all(|c| c.is_whitespace() || c == '-' || c == ',' || c == '\u{2011}')
}

/// Is `start..end` inside brackets, followed by a bracketed gloss, or inside a quotation
/// that starts with a capital letter (a title, a slogan, a quoted saying)?
fn glossed_or_title(doc: &Document, seg: std::ops::Range<usize>, start: usize, end: usize) -> bool {
    let toks = &doc.tokens[seg];
    let text = |t: &crate::document::Token| doc.token_text(t);
    let before: Vec<&crate::document::Token> = toks
        .iter()
        .filter(|t| (t.end() as usize) <= start)
        .collect();
    let after: Vec<&crate::document::Token> =
        toks.iter().filter(|t| (t.start as usize) >= end).collect();
    // Inside brackets: an unclosed "(" before the span.
    let mut depth = 0i32;
    for t in &before {
        match text(t) {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    if depth > 0 {
        return true;
    }
    // A gloss in brackets right after (past closing quotes and a comma).
    let mut k = 0;
    while k < after.len() && matches!(text(after[k]), "\"" | "”" | "’" | "»" | "'" | ",") {
        k += 1;
    }
    if after.get(k).is_some_and(|t| text(t) == "(") {
        return true;
    }
    // The quotation the span is in, if any: its opening mark.
    let mut open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    for (idx, t) in before.iter().enumerate() {
        match text(t) {
            "“" | "«" | "„" => open = Some(idx),
            "”" | "»" => open = None,
            "\"" => {
                straight_open = match straight_open {
                    Some(_) => None,
                    None => Some(idx),
                }
            }
            // ‘ opens; a lone ’ after a word is an apostrophe, so only a glued-to-space
            // ‘ counts.
            "‘" => open = Some(idx),
            _ => {}
        }
    }
    let open = match (open, straight_open) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    let Some(open) = open else {
        return false;
    };
    let Some(close) = after
        .iter()
        .position(|t| matches!(text(t), "”" | "»" | "\"" | "’" | "“"))
    else {
        return false;
    };
    let first_word = before[open + 1..]
        .iter()
        .map(|t| text(t))
        .chain(std::iter::once(&doc.text[start..end]))
        .find(|s| s.chars().next().is_some_and(char::is_alphanumeric));
    // A title is short; a long quotation in the source language is a quote left
    // untranslated.
    let quoted_words = before[open + 1..]
        .iter()
        .chain(&after[..close])
        .filter(|t| t.kind() == TokenKind::Word)
        .count()
        + doc.text[start..end].split_whitespace().count();
    quoted_words <= 6
        && first_word.is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The start of a long passage, for the message.
pub(super) fn excerpt(s: &str) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= 60 {
        return s;
    }
    let cut: String = s.chars().take(57).collect();
    let cut = match cut.rfind(' ') {
        Some(p) if p > 30 => cut[..p].to_string(),
        _ => cut,
    };
    format!("{cut}…")
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
                super::super::util::capitalize(w),
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
                .then(|| super::lower_into(w, &mut b).unwrap().to_string());
            assert_eq!(fast, expected, "{w}");
        }
    }

    /// mark_loans relies on the fold of an ASCII word without '`' being its lowercase.
    #[test]
    fn ascii_fold() {
        let all: String = (1u8..0x80).map(char::from).filter(|&c| c != '`').collect();
        assert_eq!(super::fold(&all), all.to_ascii_lowercase());
    }

    use crate::config::Settings;
    use crate::document::Format;
    use crate::lexicon::{Lang, LangSet};

    fn findings_with(text: &str, settings: &Settings) -> Vec<String> {
        crate::lint(text, Format::Plain, settings)
            .into_iter()
            .filter(|d| d.rule == "untranslated-text")
            .map(|d| format!("{} | {}", &text[d.start()..d.end()], d.message))
            .collect()
    }

    fn findings(text: &str) -> Vec<String> {
        findings_with(text, &Settings::default())
    }

    #[test]
    fn lists_are_sorted() {
        assert!(super::PARTICLES.windows(2).all(|w| w[0] < w[1]));
        assert!(
            super::EXTRA_ENGLISH_FUNCTION
                .windows(2)
                .all(|w| w[0] < w[1])
        );
    }

    #[test]
    fn lexicon_loads() {
        let lex = super::untranslated();
        assert!(
            lex.word("les")
                .is_some_and(|e| e.langs & super::bit(Lang::Fr) != 0)
        );
        assert!(
            lex.word("und")
                .is_some_and(|e| e.langs & super::bit(Lang::De) != 0)
        );
        assert!(lex.word("l'").is_some());
        assert!(lex.loans("coup").is_some());
    }

    #[test]
    fn whole_sentences_are_flagged() {
        let f = findings(
            "The funeral will take place on Thursday. Les obsèques auront lieu ce jeudi, à dix heures, à la cathédrale.\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("(French)"), "{f:?}");
        assert!(f[0].starts_with("Les obsèques"), "{f:?}");

        let f = findings(
            "Berlin extended the rules. Die Maßnahmen sollen bis zum Ende des Monats gelten, sagte der Minister.\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("(German)"), "{f:?}");

        let f = findings("The talks resumed. ¿Dónde está el acuerdo que nos prometieron?\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("(Spanish)"), "{f:?}");

        let f = findings(
            "The council approved the plan. Il sindaco ha detto che il progetto sarà finanziato dalla regione.\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("(Italian)"), "{f:?}");

        let f = findings(
            "The minister spoke on Monday. O governo não vai aumentar os impostos este ano, disse ele.\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("(Portuguese)"), "{f:?}");
    }

    #[test]
    fn consecutive_sentences_make_one_finding() {
        let f = findings(
            "Le chef de l'État y assistera, mais sans prendre la parole. Les obsèques auront lieu ce jeudi.\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn kickers_and_lines() {
        let f = findings("Macron seeks unity\n\nLes faits –\n\nThe president met the families.\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].starts_with("Les faits"), "{f:?}");
        let f = findings(
            "A letter\n\nThe president wrote a letter.\na écrit à Jacques Chirac\nThe letter was kind.\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn runs_inside_english_sentences() {
        let f = findings(
            "The city funded projects for the adolescents of Ci sto Lavoro and other groups.\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].starts_with("Ci sto"), "{f:?}");
        let f = findings("The president said that « nous sommes en guerre » on Monday evening.\n");
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn runs_name_the_right_language() {
        let f = findings(
            "The wage rises to 870 euros a month, segundo o ministro do Trabalho, from January.\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("(Portuguese)"), "{f:?}");
        let f =
            findings("The minister told El Mundo: \"No vamos a permitir que se rompa España.\"\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("(Spanish)"), "{f:?}");
    }

    #[test]
    fn furniture_is_left_to_web_boilerplate() {
        let text = "Drought in the South-West\n\nFarmers asked for help on Monday.\n\nLire aussi : Sécheresse, les agriculteurs du Sud-Ouest demandent de l'aide\n";
        assert!(findings(text).is_empty(), "{:?}", findings(text));
    }

    #[test]
    fn single_words_with_foreign_letters() {
        let f = findings("The ministers of the federation and the länder met on Monday.\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].contains("(German)"), "{f:?}");
    }

    #[test]
    fn names_loans_and_titles_stay_quiet() {
        for text in [
            "Charles de Gaulle met the ambassador of the Banco de España in Paris.",
            "Le Monde and Der Spiegel reported that Ursula von der Leyen will visit.",
            "Members of the Alternative für Deutschland walked out of the Bundestag.",
            "The coup d'état was a fait accompli, and the raison d'être of the junta was power.",
            "It felt like déjà vu: the status quo, per se, was never the problem, and vice versa.",
            "The de facto leader ordered à la carte dishes and took the case pro bono.",
            "Realpolitik and the Zeitgeist explain the Ostpolitik of the period.",
            "She quoted “Les Misérables” and “La Dolce Vita” in her speech.",
            "Merkel’s words, “wir schaffen das” (we can do it), became famous.",
            "The courts of the Länder (the federal states) will decide.",
            "Des Moines and Los Angeles elected new mayors; Le Pen lost in Pas-de-Calais.",
            "The Corriere della Sera and El País ran the story on the front page.",
            "The café served crème brûlée and a fine rosé to the fiancée.",
            "He ordered a döner kebab and a jalapeño pizza from the señora.",
            "The protégé, née Smith, gave a résumé of the exposé.",
            "Don't worry: it's the government's plan, and they'll announce it.",
        ] {
            assert!(findings(text).is_empty(), "{text}: {:?}", findings(text));
        }
    }

    #[test]
    fn source_languages_setting_is_respected() {
        let text =
            "The funeral is on Thursday. Les obsèques auront lieu ce jeudi à la cathédrale.\n";
        let mut settings = Settings {
            langs: LangSet::from_langs(&[Lang::De]),
            ..Settings::default()
        };
        assert!(findings_with(text, &settings).is_empty());
        settings.langs = LangSet::from_langs(&[Lang::Fr]);
        assert_eq!(findings_with(text, &settings).len(), 1);
    }
}
